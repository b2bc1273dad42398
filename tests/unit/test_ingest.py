"""Readers: every input kind, every encoding, every bad-input code, and the run going on after each."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from marsad.errors import ConfigError
from marsad.ingest import (
    JsonlFields,
    TextDecodeError,
    date_from_name,
    decode_bytes,
    fragment_text,
    iso_date,
    parquet_docs,
    read_paths,
    sniff_kind,
)
from marsad.records import InputProblem, RawDoc

Item = RawDoc | InputProblem

ARTICLE = (
    "قال وزير الخارجية الروسي سيرغي لافروف إن الوضع في سوريا يتطلب تضافر الجهود. "
    "وأضاف أن الحوار مع الشركاء مستمر، وأن الحل السياسي هو الطريق الوحيد."
)


def read(*paths: str | os.PathLike[str], **kw: object) -> list[Item]:
    return list(read_paths(paths, **kw))  # type: ignore[arg-type]


def docs(items: Iterable[Item]) -> list[RawDoc]:
    return [i for i in items if isinstance(i, RawDoc)]


def problems(items: Iterable[Item]) -> list[InputProblem]:
    return [i for i in items if isinstance(i, InputProblem)]


def page(body: str, *, title: str = "عنوان الخبر", head: str = "") -> str:
    paragraphs = "".join(f"<p>{body} {i}</p>" for i in range(6))
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        f"<nav><a href='/'>الرئيسية</a></nav><article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>"
    )


# --- decoding ---------------------------------------------------------------------------------

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_each_encoding_reads_back_exactly_the_seed(
    encoding: str, seed_texts: dict[str, str], tmp_path: Path
) -> None:
    for name, text in seed_texts.items():
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        assert decode_bytes(path.read_bytes()) == text
        (item,) = read(path)
        assert isinstance(item, RawDoc), item
        assert item.raw == text and item.text == text and item.source == str(path)


def test_decoding_keeps_line_endings_and_strips_only_the_bom() -> None:
    text = "سطر أول\r\nسطر ثان\rثالث\n\n  رابع  "
    assert decode_bytes(text.encode("utf-8")) == text
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode_bytes(text.encode("utf-16")) == text
    assert decode_bytes(text.encode("cp1256")) == text
    assert decode_bytes("\ufeffنص".encode("utf-16-le")) == "نص"  # BOM written as a character, no NUL


def test_utf16_arabic_without_spaces_or_bom_is_not_binary() -> None:
    assert decode_bytes("السلامعليكم".encode("utf-16-le")) == "السلامعليكم"


def test_utf8_with_a_cut_last_character_is_not_read_as_cp1256() -> None:
    data = (ARTICLE * 3).encode("utf-8")[:-2]  # drops the final "." and half of the "د" before it
    text = decode_bytes(data)
    assert text.startswith(ARTICLE) and text.endswith("\ufffd")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "I001"),
        (b" \n\t\r\n", "I001"),
        ("\u200f \u200b\n".encode(), "I001"),
        ("\ufeff  ".encode("utf-16"), "I001"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "I002"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "I002"),
        (b"PK\x03\x04" + b"\x00" * 40, "I002"),
        (b"\x7fELF\x02\x01\x01" + bytes(100), "I002"),
        (bytes(range(256)) * 4, "I002"),
        (b"abc\x00\x01\x02def\x00\x00\x00\xff", "I002"),
        (b"\x01\x02\x03\x04\x05 text", "I002"),
        ("Съешь же ещё этих мягких французских булок да выпей чаю".encode("cp1251") * 3, "I003"),
        (b"\xff\xfe\x00\xd8", "I003"),  # UTF-16 BOM then a lone surrogate
    ],
)
def test_bad_bytes_raise_the_right_code(data: bytes, code: str) -> None:
    with pytest.raises(TextDecodeError) as info:
        decode_bytes(data)
    assert info.value.input_code == code
    assert info.value.problem("x.txt") == InputProblem("x.txt", code, info.value.reason)


# --- every bad input, and the run goes on -----------------------------------------------------


def test_every_bad_input_is_named_with_its_code_and_the_good_ones_after_it_are_read(
    tmp_path: Path, seed_texts: dict[str, str]
) -> None:
    seed = next(iter(seed_texts.values()))
    d = tmp_path / "in"
    d.mkdir()
    files = {
        "01-good.txt": seed.encode("utf-8"),
        "02-empty.txt": b"",
        "03-blank.txt": b"  \n \xe2\x80\x8f \n",
        "04-binary.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "05-undecodable.txt": "Съешь же ещё этих мягких французских булок".encode("cp1251") * 4,
        "06-broken.jsonl": json.dumps({"text": ARTICLE}).encode() + b'\n{"text": \n',
        "07-nothing.html": b"<html><head><title>t</title></head><body><div></div></body></html>",
        "08-broken.warc": b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200",
        "09-broken.xml": b"<?xml version='1.0'?><rss><channel><title>x</ti",
        "10-big.txt": ("كلمة " * 4000).encode("utf-8"),
        "11-array.json": json.dumps([{"text": ARTICLE}]).encode(),
        "12-good.txt": seed.encode("cp1256"),
    }
    for name, data in files.items():
        (d / name).write_bytes(data)
    (d / "13-dangling.txt").symlink_to(d / "no-such-target")
    items = read(d, tmp_path / "missing.txt", d / "01-good.txt", max_bytes=20_000)
    got = [(Path(i.source).name, i.code) for i in problems(items)]
    assert got == [
        ("02-empty.txt", "I001"),
        ("03-blank.txt", "I001"),
        ("04-binary.txt", "I002"),
        ("05-undecodable.txt", "I003"),
        ("06-broken.jsonl#L2", "I004"),
        ("07-nothing.html", "I007"),
        ("08-broken.warc", "I006"),
        ("09-broken.xml", "I005"),
        ("10-big.txt", "I008"),
        ("11-array.json", "I010"),
        ("13-dangling.txt", "I009"),
        ("missing.txt", "I009"),
    ]
    for p in problems(items):
        assert p.reason and str(p).startswith(p.source)
    good = docs(items)
    assert [Path(g.source).name for g in good] == [
        "01-good.txt",
        "06-broken.jsonl#L1",
        "12-good.txt",
        "01-good.txt",
    ]
    assert good[0].raw == seed and good[2].raw == seed and good[1].body == ARTICLE
    # the order of the output follows the order of the input
    order = [Path(i.source).name.split("#")[0] for i in items]
    assert order == sorted(order[:-2]) + ["missing.txt", "01-good.txt"]


def test_a_path_that_is_neither_file_nor_folder_is_unsupported(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (item,) = read(fifo)
    assert isinstance(item, InputProblem) and item.code == "I010"


def test_size_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"<html>" + b" " * 5000)
    (item,) = read(big, max_bytes=1000)
    assert isinstance(item, InputProblem) and item.code == "I008" and "5006" in item.reason


# --- text files -------------------------------------------------------------------------------


def test_text_file_name_dates(tmp_path: Path) -> None:
    assert date_from_name("JA-internationalNews-1007-20170604.txt") == "2017-06-04"
    assert date_from_name("JA-politic-83-29102013.txt") == "2013-10-29"
    assert date_from_name("news_2017-06-04_lavrov.txt") == "2017-06-04"
    assert date_from_name("000_9b599deff243c192.txt") is None  # digits inside a hash
    assert date_from_name("report-20170231.txt") is None  # no such day
    assert date_from_name("scan-18990101.txt") is None  # outside 1990-2100
    path = tmp_path / "x-20170604.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (doc,) = docs(read(path))
    assert doc.published == "2017-06-04"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-03-21", "2017-03-21"),
        ("2017-03-21T10:00:00+03:00", "2017-03-21"),
        ("21/03/2017", "2017-03-21"),
        ("03/21/2017", "2017-03-21"),
        ("٢١/٠٣/٢٠١٧", "2017-03-21"),
        ("Tue, 21 Mar 2017 10:00:00 GMT", "2017-03-21"),
        ("20170321", "2017-03-21"),
        (1490090400, "2017-03-21"),
        (1490090400000, "2017-03-21"),
        ("2017-02-30", None),
        ("yesterday", None),
        (None, None),
        (True, None),
    ],
)
def test_iso_date(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected


# --- JSONL ------------------------------------------------------------------------------------


def jsonl_lines() -> list[str]:
    return [
        json.dumps(
            {
                "id": 7,
                "title": "عنوان",
                "text": ARTICLE,
                "date": "21/03/2017",
                "url": "http://x/1",
                "source": "سبوتنيك",
                "cat": "politic",
            },
            ensure_ascii=False,
        ),
        '{"text": "قال الوزير", ',
        json.dumps({"content": "أكد الرئيس أن المحادثات مستمرة", "time": "not a date"}, ensure_ascii=False),
        "",
        json.dumps({"title": "no text here", "body": "   "}),
        "[1, 2, 3]",
        json.dumps({"article": "نص المقال"}, ensure_ascii=False),
    ]


@pytest.mark.parametrize("compressed", [False, True])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_jsonl_bad_lines_are_reported_and_the_others_read(
    tmp_path: Path, compressed: bool, newline: str
) -> None:
    data = (newline.join(jsonl_lines()) + newline).encode("utf-8")
    path = tmp_path / ("a.jsonl.gz" if compressed else "a.jsonl")
    path.write_bytes(gzip.compress(data) if compressed else data)
    items = read(path)
    assert [(i.source.split("#")[1], i.code) for i in problems(items)] == [
        ("L2", "I004"),
        ("L5", "I007"),
        ("L6", "I004"),
    ]
    first, third, last = docs(items)
    assert first.source == f"{path}#L1" and third.source == f"{path}#L3" and last.source == f"{path}#L7"
    assert first.raw == jsonl_lines()[0] and first.body == ARTICLE and first.text == ARTICLE
    assert (first.title, first.published, first.url, first.outlet) == (
        "عنوان",
        "2017-03-21",
        "http://x/1",
        "سبوتنيك",
    )
    assert first.meta == {"id": "7", "cat": "politic"}
    assert third.body == "أكد الرئيس أن المحادثات مستمرة" and third.published is None
    assert third.meta == {"published_raw": "not a date"}
    assert last.body == "نص المقال"


def test_jsonl_in_utf16_and_cp1256(tmp_path: Path) -> None:
    text = "\n".join(jsonl_lines()) + "\n"
    (tmp_path / "a.jsonl").write_bytes(text.encode("utf-16"))
    (tmp_path / "b.jsonl").write_bytes(text.encode("cp1256"))
    for name in ("a.jsonl", "b.jsonl"):
        items = read(tmp_path / name)
        assert [d.body for d in docs(items)] == [ARTICLE, "أكد الرئيس أن المحادثات مستمرة", "نص المقال"]
        assert len(problems(items)) == 3


def test_jsonl_over_long_line_is_reported_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({"text": "قصير"}), json.dumps({"text": "طويل " * 500}), json.dumps({"text": "بعده"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(path, max_bytes=1000)
    assert [(i.source, i.code) for i in problems(items)] == [(f"{path}#L2", "I008")]
    assert [d.body for d in docs(items)] == ["قصير", "بعده"]


def test_jsonl_fields_from_the_cli(tmp_path: Path) -> None:
    fields = JsonlFields.parse("text=body, title=headline|name,published=day")
    assert fields.text == ("body",) and fields.title == ("headline", "name") and fields.published == ("day",)
    assert fields.url == JsonlFields().url
    assert JsonlFields.parse("") == JsonlFields()
    for bad in ("txt=body", "text", "text=", "text=|"):
        with pytest.raises(ConfigError):
            JsonlFields.parse(bad)
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"body": ARTICLE, "name": "ن", "day": "2020-01-02", "text": "x"}) + "\n")
    (doc,) = read(path, fields=fields)
    assert isinstance(doc, RawDoc)
    assert (doc.body, doc.title, doc.published, doc.meta) == (ARTICLE, "ن", "2020-01-02", {"text": "x"})


def test_ant_metadata_has_no_text_field(shared_dir: Path) -> None:
    items = read(shared_dir / "data" / "ant-politics" / "metadata.jsonl")
    assert len(items) == 200
    assert {i.code for i in problems(items)} == {"I007"} and not docs(items)
    assert "docno" in problems(items)[0].reason  # tells which keys there are


# --- ANT corpus -------------------------------------------------------------------------------


def test_ant_politics_txt_reads_200_articles(shared_dir: Path) -> None:
    folder = shared_dir / "data" / "ant-politics" / "txt"
    items = read(folder)
    assert len(items) == 200 and not problems(items)
    assert all(d.published for d in docs(items))
    assert [d.source for d in docs(items)] == sorted(str(p) for p in folder.glob("*.txt"))
    sample = docs(items)[0]
    assert sample.raw == Path(sample.source).read_text(encoding="utf-8")


# --- HTML -------------------------------------------------------------------------------------


def test_html_main_text_matches_the_trafilatura_gold(shared_dir: Path) -> None:
    folder = shared_dir / "data" / "boilerplate-ar"
    gold = next(iter(json.loads((folder / "evaldata_assabah.json").read_text(encoding="utf-8")).values()))
    (doc,) = read(folder / gold["file"])
    assert isinstance(doc, RawDoc) and doc.body
    for snippet in gold["with"]:
        assert snippet in doc.body
    for snippet in gold["without"]:
        assert snippet not in doc.body
    assert "غائم جزئيا" in doc.raw  # boilerplate is in the page, kept in raw
    assert " ".join(doc.title.split()) == " ".join(gold["title"].split())  # type: ignore[union-attr]
    assert doc.published is not None and iso_date(doc.published) == doc.published


def test_html_declared_cp1256_and_page_date(tmp_path: Path) -> None:
    head = (
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        '<meta property="article:published_time" content="2019-05-06T08:00:00+03:00">'
    )
    path = tmp_path / "a.htm"
    path.write_bytes(page(ARTICLE, head=head).encode("cp1256"))
    (doc,) = read(path)
    assert isinstance(doc, RawDoc)
    assert ARTICLE in doc.text and "جميع الحقوق محفوظة" not in doc.text
    assert doc.raw == page(ARTICLE, head=head)
    assert doc.title == "عنوان الخبر" and doc.published == "2019-05-06"


def test_xhtml_with_xml_declaration(tmp_path: Path) -> None:
    path = tmp_path / "a.xhtml"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n' + page(ARTICLE), encoding="utf-8")
    (doc,) = read(path)
    assert isinstance(doc, RawDoc) and ARTICLE in doc.text


def test_fragment_text_keeps_paragraphs() -> None:
    html = "<p>الفقرة <b>الأولى</b></p><script>var x;</script><p>الثانية<br>سطر</p><!-- c -->ذيل &amp; نهاية"
    assert fragment_text(html) == "الفقرة الأولى\nالثانية\nسطر\nذيل & نهاية"
    deep = "<div>" * 3000 + "عميق" + "</div>" * 3000
    assert "عميق" in fragment_text(deep) or fragment_text(deep) == ""


# --- feeds ------------------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>سبوتنيك عربي</title><link>https://sputnik.example/</link>
<item><title>لافروف: الحل سياسي</title><link>https://sputnik.example/a1</link>
<pubDate>Fri, 09 Mar 2018 10:00:00 +0300</pubDate>
<description><![CDATA[<p>{ARTICLE}</p><p>فقرة ثانية</p>]]></description></item>
<item><title>خبر بلا رابط</title><pubDate>Sat, 10 Mar 2018 10:00:00 GMT</pubDate>
<description>نص عادي بلا وسوم</description>
<content:encoded><![CDATA[<div><p>النص الكامل للخبر</p><p>وأضاف الوزير</p></div>]]></content:encoded></item>
<item><title>فارغ</title><link>https://sputnik.example/empty</link></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>الجزيرة نت</title><id>urn:x</id>
<updated>2019-01-02T00:00:00Z</updated>
<entry><title type="html">&lt;b&gt;عاجل&lt;/b&gt; تصريح</title><id>urn:1</id>
<link href="https://aljazeera.example/1"/><updated>2019-01-02T09:00:00Z</updated>
<content type="html">&lt;p&gt;{ARTICLE}&lt;/p&gt;</content></entry>
<entry><title>نص فقط</title><id>urn:2</id><published>2019-01-01T09:00:00Z</published>
<summary type="text">ملخص نصي</summary></entry>
</feed>"""


def test_rss_entries(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(RSS, encoding="utf-8")
    items = read(path)
    a, b = docs(items)
    assert [(p.source, p.code) for p in problems(items)] == [("https://sputnik.example/empty", "I007")]
    assert (a.source, a.url, a.title, a.outlet, a.published) == (
        "https://sputnik.example/a1",
        "https://sputnik.example/a1",
        "لافروف: الحل سياسي",
        "سبوتنيك عربي",
        "2018-03-09",
    )
    assert a.text == f"{ARTICLE}\nفقرة ثانية" and "<p>" in a.raw
    assert b.source == f"{path}#entry-2" and b.url is None and b.published == "2018-03-10"
    assert b.text == "النص الكامل للخبر\nوأضاف الوزير"


def test_atom_entries(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    a, b = read(path)
    assert isinstance(a, RawDoc) and isinstance(b, RawDoc)
    assert (a.source, a.title, a.outlet, a.published, a.text) == (
        "https://aljazeera.example/1",
        "عاجل تصريح",
        "الجزيرة نت",
        "2019-01-02",
        ARTICLE,
    )
    assert (b.source, b.raw, b.body, b.published) == (f"{path}#entry-2", "ملخص نصي", None, "2019-01-01")


def test_broken_feed_with_entries_is_still_read(tmp_path: Path) -> None:
    broken = RSS.replace("</channel></rss>", "<item><title>مقطوع")
    path = tmp_path / "cut.xml"
    path.write_text(broken, encoding="utf-8")
    assert len(docs(read(path))) == 2
    path.write_text("<?xml version='1.0'?><rss><channel><title>x</chan", encoding="utf-8")
    (p,) = read(path)
    assert isinstance(p, InputProblem) and p.code == "I005"
    path.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>x</title></channel></rss>")
    (p,) = read(path)
    assert isinstance(p, InputProblem) and p.code == "I007"


# --- WARC -------------------------------------------------------------------------------------


def write_warc(path: Path, *, compress: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    dated = '<meta property="article:published_time" content="2018-03-09T10:00:00Z">'
    records = [
        ("http://ex.example/a", "200 OK", "text/html; charset=utf-8", page(ARTICLE, head=dated).encode()),
        (
            "http://ex.example/b",
            "200 OK",
            "text/html",
            page("نص الصفحة الثانية بلا تاريخ وفيه كلام").encode(),
        ),
        ("http://ex.example/c", "200 OK", "text/plain; charset=windows-1256", ARTICLE.encode("cp1256")),
        ("http://ex.example/gone", "404 Not Found", "text/html", page("غير موجود").encode()),
        ("http://ex.example/i.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(50)),
        ("http://ex.example/d", "200 OK", "text/plain", ("آخر " + ARTICLE).encode()),
    ]
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        for uri, status, ctype, payload in records:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(payload),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2021-07-08T00:00:00Z"},
            )
            writer.write_record(rec)
        req = writer.create_warc_record(
            "http://ex.example/a", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(req)


@pytest.mark.parametrize("compress", [False, True])
def test_warc_responses(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("a.warc.gz" if compress else "a.warc")
    write_warc(path, compress=compress)
    items = read(path)
    assert not problems(items)
    a, b, c, d = docs(items)
    assert [x.source for x in (a, b, c, d)] == [f"http://ex.example/{k}" for k in "abcd"]
    assert ARTICLE in a.text and a.published == "2018-03-09" and a.url == "http://ex.example/a"
    assert "نص الصفحة الثانية" in b.text and b.published == "2021-07-08"  # crawl date only as a fallback
    assert c.raw == ARTICLE and c.body is None and c.published == "2021-07-08"
    assert d.raw == "آخر " + ARTICLE


def record_ends(path: Path) -> set[int]:
    """Sizes at which a cut leaves only whole records (record end, plus its CRLF CRLF when uncompressed)."""
    from warcio.archiveiterator import ArchiveIterator

    ends: set[int] = set()
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for _ in it:
            end = it.get_record_offset() + it.get_record_length()
            ends.update(range(end, end + (1 if path.suffix == ".gz" else 5)))
    return ends


@pytest.mark.parametrize("compress", [False, True])
def test_truncated_warc_yields_what_was_read_then_i006(tmp_path: Path, compress: bool) -> None:
    whole = tmp_path / ("a.warc.gz" if compress else "a.warc")
    write_warc(whole, compress=compress)
    data = whole.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    seen_partial = False
    ends = record_ends(whole)
    for size in range(1, len(data), max(1, len(data) // 150)):
        if size in ends:  # a cut between records leaves a valid, shorter archive
            continue
        cut.write_bytes(data[:size])
        items = read(cut)
        assert isinstance(items[-1], InputProblem) and items[-1].code == "I006", (size, items[-1])
        assert all(isinstance(i, RawDoc) for i in items[:-1])
        got = [i.source for i in items[:-1]]
        assert got == [f"http://ex.example/{k}" for k in "abcd"][: len(got)]
        seen_partial = seen_partial or len(got) in (1, 2, 3)
    assert seen_partial


# --- Parquet ----------------------------------------------------------------------------------


def test_parquet_round_trip(tmp_path: Path) -> None:
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    n = 25
    table = pa.table(
        {
            "text": [f"{ARTICLE} {i}" if i != 3 else None for i in range(n)],
            "headline": [f"عنوان {i}" for i in range(n)],
            "date": [dt.datetime(2017, 6, 4, 12) + dt.timedelta(days=i) for i in range(n)],
            "link": [f"http://x/{i}" for i in range(n)],
            "views": list(range(n)),
        }
    )
    path = tmp_path / "a.parquet"
    pq.write_table(table, path, row_group_size=10)
    items = list(parquet_docs(path, JsonlFields(), batch_rows=4))
    assert [(p.source, p.code) for p in problems(items)] == [(f"{path}#row-4", "I007")]
    rows = docs(items)
    assert len(rows) == n - 1 and rows == docs(read(path))
    first = rows[0]
    assert (first.source, first.body, first.title, first.url, first.published) == (
        f"{path}#row-1",
        f"{ARTICLE} 0",
        "عنوان 0",
        "http://x/0",
        "2017-06-04",
    )
    assert first.meta == {"views": 0} and json.loads(first.raw)["headline"] == "عنوان 0"
    assert rows[-1].published == "2017-06-28"


def test_broken_parquet_and_missing_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bad.parquet"
    path.write_bytes(b"PAR1" + b"\x00" * 64 + b"PAR1")
    (p,) = read(path)
    assert isinstance(p, InputProblem) and p.code == "I009"
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)  # as if the extra were not installed
    (p,) = read(path)
    assert isinstance(p, InputProblem) and p.code == "I010" and "marsad[parquet]" in p.reason


# --- walking and sniffing ---------------------------------------------------------------------


def test_folder_walk_is_sorted_recursive_and_skips_hidden(tmp_path: Path) -> None:
    for rel in [
        "b.txt",
        "a/z.txt",
        "a/b/c.txt",
        "a/a.txt",
        ".hidden.txt",
        ".git/x.txt",
        "c/.h/y.txt",
        "B.txt",
    ]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"{ARTICLE} {rel}", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)  # a link back up must not loop
    got = [os.path.relpath(i.source, tmp_path) for i in read(tmp_path)]
    assert got == ["B.txt", "a/a.txt", "a/b/c.txt", "a/z.txt", "b.txt"]
    assert [i.source for i in read_paths(str(tmp_path / "b.txt"))] == [str(tmp_path / "b.txt")]


def test_content_sniffing_without_a_telling_extension(tmp_path: Path) -> None:
    samples = {
        "page": page(ARTICLE).encode(),
        "feed.dat": RSS.encode(),
        "lines": (json.dumps({"text": ARTICLE}) + "\n").encode(),
        "plain": ("[ads1] " + ARTICLE).encode(),
        "notes.md": ARTICLE.encode("utf-16"),
        "page.gz": gzip.compress(page(ARTICLE).encode()),
    }
    for name, data in samples.items():
        (tmp_path / name).write_bytes(data)
    write_warc(tmp_path / "archive", compress=True)

    def one(name: str) -> list[RawDoc]:
        items = read(tmp_path / name)
        return docs(items)

    assert [d.source for d in one("archive")] == [f"http://ex.example/{k}" for k in "abcd"]
    assert [d.source for d in one("feed.dat")] == [
        "https://sputnik.example/a1",
        f"{tmp_path / 'feed.dat'}#entry-2",
    ]
    assert one("lines")[0].body == ARTICLE and one("lines")[0].source.endswith("lines#L1")
    assert one("plain")[0].raw.startswith("[ads1]") and one("plain")[0].body is None
    assert one("notes.md")[0].raw == ARTICLE
    html = one("page")[0]
    assert ARTICLE in html.text and html.raw.startswith("<html>")
    assert ARTICLE in one("page.gz")[0].text
    assert sniff_kind(b"WARC/1.0\r\n") == "warc" and sniff_kind(b"PAR1") == "parquet"
    assert sniff_kind(b'  {"a": 1}\n{') == "jsonl" and sniff_kind("{ليس json".encode()) == "text"
