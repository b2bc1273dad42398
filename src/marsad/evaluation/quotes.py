"""Score predicted quotations against a gold file, exactly as shared/gold/QUOTES-GUIDELINES.md says.

A prediction matches a gold quotation when their contents overlap with a token F1 >= 0.5 after
Arabic normalisation; each gold quotation matches at most one prediction and each prediction at
most one gold (greedy, best F1 first). Reported: quotation precision / recall / F1, speaker
accuracy over matched pairs (the predicted speaker name, normalised, contains one of the gold
``speaker_keys``), end-to-end F1 (a match counts only with the right speaker) and, per gold kind,
recall and speaker-correct recall.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from marsad.records import Quote
from marsad.text.normalize import normalize

MATCH_F1 = 0.5
_WORD = re.compile(r"[^\W_]+")


def content_tokens(text: str) -> list[str]:
    """Words of a quotation's content in matching form (punctuation and marks dropped)."""
    return _WORD.findall(normalize(text))


def token_f1(a: list[str], b: list[str]) -> float:
    """Bag-of-tokens F1 between two token lists."""
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    if common == 0:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


def speaker_ok(predicted: str | None, keys: list[str]) -> bool:
    """The predicted name, normalised, contains one of the normalised keys."""
    if not predicted:
        return False
    name = normalize(predicted)
    return any(normalize(k) in name for k in keys if k)


@dataclass(slots=True)
class KindScore:
    gold: int = 0
    matched: int = 0
    speaker_right: int = 0


@dataclass(slots=True)
class QuoteScores:
    gold: int
    predicted: int
    matched: int
    speaker_right: int
    by_kind: dict[str, KindScore] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)  # for error analysis
    spurious: list[dict[str, Any]] = field(default_factory=list)
    wrong_speaker: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0

    @property
    def e2e_precision(self) -> float:
        return self.speaker_right / self.predicted if self.predicted else 0.0

    @property
    def e2e_recall(self) -> float:
        return self.speaker_right / self.gold if self.gold else 0.0

    @property
    def e2e_f1(self) -> float:
        return _f1(self.e2e_precision, self.e2e_recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold, "predicted": self.predicted, "matched": self.matched,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "speaker_accuracy": self.speaker_accuracy, "e2e_f1": self.e2e_f1,
            "by_kind": {k: {"gold": v.gold, "matched": v.matched, "speaker_right": v.speaker_right}
                        for k, v in sorted(self.by_kind.items())},
        }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_quotes(gold: list[dict[str, Any]], predicted: dict[str, list[Quote]]) -> QuoteScores:
    """Score predictions keyed by article name against gold entries (``{"article", "quotes"}``).

    Articles with predictions but no gold entry are not counted: the gold file defines the set.
    """
    s = QuoteScores(0, 0, 0, 0)
    for entry in gold:
        name = entry["article"]
        gq = entry.get("quotes", [])
        pq = predicted.get(name, [])
        s.gold += len(gq)
        s.predicted += len(pq)
        gtoks = [content_tokens(g["text"]) for g in gq]
        ptoks = [content_tokens(p.text) for p in pq]
        pairs = sorted(
            ((token_f1(gt, pt), gi, pi) for gi, gt in enumerate(gtoks) for pi, pt in enumerate(ptoks)),
            key=lambda t: (-t[0], t[1], t[2]),
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for f, gi, pi in pairs:
            if f < MATCH_F1:
                break
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            g = gq[gi]
            p = pq[pi]
            ok = speaker_ok(p.speaker.name if p.speaker else None, g.get("speaker_keys", []))
            s.matched += 1
            s.speaker_right += ok
            ks = s.by_kind.setdefault(g.get("kind", "?"), KindScore())
            ks.matched += 1
            ks.speaker_right += ok
            if not ok:
                s.wrong_speaker.append({"article": name, "gold": g,
                                        "predicted": p.speaker.name if p.speaker else None})
        for gi, g in enumerate(gq):
            s.by_kind.setdefault(g.get("kind", "?"), KindScore()).gold += 1
            if gi not in used_g:
                s.misses.append({"article": name, **g})
        for pi, p in enumerate(pq):
            if pi not in used_p:
                s.spurious.append({"article": name, "text": p.text, "kind": p.kind,
                                   "speaker": p.speaker.name if p.speaker else None})
    return s


def format_scores(s: QuoteScores) -> str:
    """A short plain-text report."""
    lines = [
        f"quotations  gold {s.gold}  predicted {s.predicted}  matched {s.matched}",
        f"quote       P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}",
        f"speaker     accuracy {s.speaker_accuracy:.3f} ({s.speaker_right}/{s.matched})",
        f"end-to-end  P {s.e2e_precision:.3f}  R {s.e2e_recall:.3f}  F1 {s.e2e_f1:.3f}",
        "by kind     " + "  ".join(
            f"{k}: {v.matched}/{v.gold} found, {v.speaker_right} right" for k, v in sorted(s.by_kind.items())
        ),
    ]
    return "\n".join(lines)
