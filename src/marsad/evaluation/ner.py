"""Entity-level NER scoring (seqeval/conlleval style), so quality claims come from one scorer.

A predicted entity counts only when its type, start and end all equal a gold entity's: a partial
span is both a miss and a false alarm. Labels are IOB/IOB2; ``I-X`` after ``O`` or after another type
opens a new entity (conlleval's rule), so sloppy taggers are not punished twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

Entity = tuple[str, int, int]  # (type, start token, end token exclusive)


def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    """Sentences of ``token TAG`` lines (last field is the tag); blank lines separate sentences."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if current:
                    sentences.append(current)
                    current = []
                continue
            tag = parts[-1] if len(parts) > 1 else "O"
            current.append((parts[0], tag))
    if current:
        sentences.append(current)
    return sentences


def _split(label: str) -> tuple[str, str]:
    if label == "O" or len(label) < 2 or label[1] != "-":
        return "O", ""
    return label[0], label[2:]


def spans(labels: Sequence[str]) -> set[Entity]:
    """Entities of one BIO sequence as ``(type, start, end)`` with ``end`` exclusive."""
    found: set[Entity] = set()
    kind = ""
    start = -1
    for i, label in enumerate(labels):
        prefix, typ = _split(label)
        if kind and (prefix in ("O", "B", "S") or typ != kind):
            found.add((kind, start, i))
            kind = ""
        if prefix in ("B", "S", "I", "E") and not kind:
            kind, start = typ, i
        if kind and prefix in ("E", "S"):
            found.add((kind, start, i + 1))
            kind = ""
    if kind:
        found.add((kind, start, len(labels)))
    return found


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": float(n_gold)}


def score(
    gold_seqs: Iterable[Sequence[str]], pred_seqs: Iterable[Sequence[str]]
) -> dict[str, dict[str, float]]:
    """Per-type and ``micro`` precision / recall / F1 (and gold ``support``) over aligned sequences."""
    tp: dict[str, int] = {}
    n_pred: dict[str, int] = {}
    n_gold: dict[str, int] = {}
    for gold, pred in zip(gold_seqs, pred_seqs, strict=True):
        if len(gold) != len(pred):
            raise ValueError(f"sequence lengths differ: gold {len(gold)}, predicted {len(pred)}")
        g, p = spans(gold), spans(pred)
        for kind, _, _ in g:
            n_gold[kind] = n_gold.get(kind, 0) + 1
        for kind, _, _ in p:
            n_pred[kind] = n_pred.get(kind, 0) + 1
        for kind, _, _ in g & p:
            tp[kind] = tp.get(kind, 0) + 1
    kinds = sorted(n_gold.keys() | n_pred.keys())
    out = {k: _prf(tp.get(k, 0), n_pred.get(k, 0), n_gold.get(k, 0)) for k in kinds}
    out["micro"] = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return out


def format_report(scores: dict[str, dict[str, Any]]) -> str:
    """A fixed-width table: one row per type, then micro."""
    lines = [f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}"]
    for kind in [k for k in scores if k != "micro"] + (["micro"] if "micro" in scores else []):
        s = scores[kind]
        lines.append(
            f"{kind:<8}{100 * s['precision']:>8.2f}{100 * s['recall']:>8.2f}{100 * s['f1']:>8.2f}"
            f"{int(s['support']):>8d}"
        )
    return "\n".join(lines)
