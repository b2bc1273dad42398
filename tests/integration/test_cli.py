"""End to end through the `marsad` command, on the seeds and the 200 real articles."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from marsad.cli import main


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def dump(db: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return list(con.iterdump())  # type: ignore[arg-type]
    finally:
        con.close()


def test_ingest_seeds_then_reingest_is_a_noop(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "m.db"
    code, out, err = invoke("ingest", str(seeds_dir), "--db", str(db))
    assert code == 0, err
    assert out.startswith("5 added, 0 already stored, 0 skipped")
    before = dump(db)
    code, out, _ = invoke("ingest", str(seeds_dir), "--db", str(db))
    assert code == 0
    assert out.startswith("0 added, 5 already stored")
    assert dump(db) == before

    code, out, _ = invoke("articles", "--db", str(db))
    rows = [line.split("\t") for line in out.splitlines()]
    assert len(rows) == 5
    assert {r[2] for r in rows} >= {"سبوتنيك", "سيريانيوز"}


def test_bad_inputs_are_reported_and_the_rest_is_ingested(tmp_path: Path, seeds_dir: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    good = sorted(seeds_dir.glob("*.txt"))[0]
    (inputs / "good.txt").write_bytes(good.read_bytes())
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (inputs / "broken.jsonl").write_text(
        '{"text": "قال الوزير إن الوضع مستقر"}\n{"text": \n', encoding="utf-8"
    )
    db = tmp_path / "m.db"
    code, out, err = invoke("ingest", str(inputs), "--db", str(db))
    assert code == 1
    assert out.startswith("2 added")
    for name in ("empty.txt", "binary.txt", "broken.jsonl#L2"):
        assert name in err


def test_ingest_200_real_articles_without_error(tmp_path: Path, shared_dir: Path) -> None:
    folder = shared_dir / "data" / "ant-politics" / "txt"
    distinct = len({hashlib.sha256(f.read_bytes()).digest() for f in folder.iterdir()})
    assert distinct < 200  # the corpus holds byte-identical copies under different names
    db = tmp_path / "ant.db"
    code, out, err = invoke("ingest", str(folder), "--db", str(db))
    assert code == 0, err
    assert out.startswith(f"{distinct} added, {200 - distinct} already stored, 0 skipped")
    con = sqlite3.connect(db)
    dated = con.execute("SELECT count(*) FROM articles WHERE published IS NOT NULL").fetchone()[0]
    con.close()
    assert dated == distinct  # every file name carries its date


def test_search_is_arabic_aware(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "m.db"
    invoke("ingest", str(seeds_dir), "--db", str(db))
    _, out_a, _ = invoke("search", "سورية", "--db", str(db))
    _, out_b, _ = invoke("search", "سوريا", "--db", str(db))
    ids_a = {ln.split("\t")[0] for ln in out_a.splitlines() if "\t" in ln}
    ids_b = {ln.split("\t")[0] for ln in out_b.splitlines() if "\t" in ln}
    assert len(ids_a) == 5 and ids_a == ids_b  # every seed mentions Syria, spelled either way
    _, out, _ = invoke("search", "ادلب", "--db", str(db))
    assert len([ln for ln in out.splitlines() if "\t" in ln]) >= 3
    code, out, err = invoke("search", 'NEAR(" * OR -', "--db", str(db))
    assert code == 0, err


def test_show_one_article(tmp_path: Path, seeds_dir: Path) -> None:
    db = tmp_path / "m.db"
    invoke("ingest", str(seeds_dir), "--db", str(db))
    _, out, _ = invoke("articles", "--db", str(db))
    first = out.splitlines()[0].split("\t")[0]
    code, out, _ = invoke("show", first, "--db", str(db), "--format", "json")
    assert code == 0
    assert json.loads(out)["id"] == first
    code, _, err = invoke("show", "no-such-id", "--db", str(db))
    assert code != 0 and "no article" in err


@pytest.fixture(scope="module")
def schema(shared_dir: Path) -> dict[str, object]:
    return json.loads((shared_dir / "schema" / "extract.schema.json").read_text(encoding="utf-8"))


def test_extract_follows_the_schema_and_spans_index_the_text(
    tmp_path: Path, seeds_dir: Path, schema: dict[str, object]
) -> None:
    code, out, err = invoke("extract", str(seeds_dir), "--format", "jsonl")
    assert code == 0, err
    docs = [json.loads(line) for line in out.splitlines()]
    assert len(docs) == 5
    for doc in docs:
        jsonschema.validate(doc, schema)
        text = doc["text"]
        for key in ("entities", "quotes", "dates"):
            for span in doc[key]:
                assert text[span["start"] : span["end"]] == span["text"]
        for q in doc["quotes"]:
            assert text[q["cue"]["start"] : q["cue"]["end"]] == q["cue"]["text"]
            mention = (q["speaker"] or {}).get("mention")
            if mention:
                assert text[mention["start"] : mention["end"]] == mention["text"]
        for start, end in doc["sentences"]:
            assert 0 <= start < end <= len(text)
    again = [json.loads(line) for line in invoke("extract", str(seeds_dir))[1].splitlines()]
    assert [d["id"] for d in again] == [d["id"] for d in docs]
