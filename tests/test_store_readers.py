"""Input readers: every format, every reject reason a reader can give, with its location."""

from __future__ import annotations

import json

import pytest

from newsfacts.errors import InputError
from newsfacts.corpus.readers import Item, Reject, Skipped, check_inputs, normalise_date, read_inputs

from .corpus_helpers import ARTICLES, html_page, write_jsonl, write_warc


def _by_origin(entries):
    return {e.origin: e for e in entries}


def test_readers_jsonl_items_and_rejects_with_line_numbers(tmp_path):
    p = write_jsonl(tmp_path / "in.jsonl", [
        {"text": ARTICLES[0], "url": "https://a.example/1", "title": "Talks", "published": "2024-03-05T08:00:00Z", "source": "Example"},
        "{not json",
        "[1, 2]",
        {"title": "no text here"},
        {"text": 42},
        {"text": "   "},
        {"html": html_page("Visit", ARTICLES[1]).decode()},
    ])
    got = _by_origin(read_inputs([str(p)]))
    first = got[f"{p}:1"]
    assert isinstance(first, Item) and first.text == ARTICLES[0]
    assert first.meta == {"published": "2024-03-05", "source": "Example", "title": "Talks", "url": "https://a.example/1"}
    assert [got[f"{p}:{n}"].reason for n in range(2, 7)] == ["bad_json", "bad_json", "missing_text", "missing_text", "empty"]
    html = got[f"{p}:7"]
    assert isinstance(html, Item) and "Nairobi" in html.text and "Copyright" not in html.text and html.meta["title"] == "Visit"


def test_readers_jsonl_bad_utf8_line_is_rejected_not_fatal(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_bytes(json.dumps({"text": ARTICLES[0]}).encode() + b"\n" + b'{"text": "caf\xe9"}\n' + json.dumps({"text": ARTICLES[1]}).encode() + b"\n")
    entries = list(read_inputs([str(p)]))
    assert [type(e).__name__ for e in entries] == ["Item", "Reject", "Item"]
    assert entries[1].reason == "not_utf8" and entries[1].origin == f"{p}:2"


def test_readers_csv_rows_and_bad_rows(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text('text,published,source\n"' + ARTICLES[0] + '",2024-03-05,Example\n"short row"\n"",2024-03-06,X\n"' + ARTICLES[1] + '",06 Mar 2024 10:00:00 +0000,Y\n', encoding="utf-8")
    got = _by_origin(read_inputs([str(p)]))
    assert isinstance(got[f"{p}:2"], Item) and got[f"{p}:2"].meta["published"] == "2024-03-05"
    assert got[f"{p}:3"].reason == "bad_csv_row"
    assert got[f"{p}:4"].reason == "empty"
    assert got[f"{p}:5"].meta["published"] == "2024-03-06"  # RFC 2822 date


def test_readers_csv_without_text_column(tmp_path):
    p = tmp_path / "in.csv"
    p.write_text("body,date\nhello,2024-01-01\n", encoding="utf-8")
    (e,) = list(read_inputs([str(p)]))
    assert isinstance(e, Reject) and e.reason == "missing_text" and "no 'text' column" in e.detail


def test_readers_folder_of_files_every_file_reason(tmp_path):
    d = tmp_path / "news"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    (d / "b.html").write_bytes(html_page("Visit to Nairobi", ARTICLES[1]))
    (d / "c.txt").write_text("", encoding="utf-8")
    (d / "d.txt").write_bytes(b"\x00\x01\x02binary")
    (d / "e.txt").write_bytes("caf\u00e9".encode("latin-1"))
    (d / "f.html").write_bytes(b"<html><head><script>var x = 1;</script></head><body></body></html>")
    (d / "g.pdf").write_bytes(b"%PDF-1.4")
    got = _by_origin(read_inputs([str(d)]))
    assert isinstance(got[str(d / "a.txt")], Item)
    b = got[str(d / "b.html")]
    assert isinstance(b, Item) and b.meta["title"] == "Visit to Nairobi" and b.meta["published"] == "2024-03-05"
    assert "Home | World" not in b.text and "Copyright" not in b.text
    reasons = {k.rsplit("/", 1)[-1]: v.reason for k, v in got.items() if isinstance(v, Reject)}
    assert reasons == {"c.txt": "empty", "d.txt": "binary", "e.txt": "not_utf8", "f.html": "empty_html", "g.pdf": "unsupported_file"}


def test_readers_warc_gz_cc_news_layout(tmp_path):
    p = write_warc(tmp_path / "CC-NEWS-test.warc.gz", [
        ("200 OK", "text/html; charset=utf-8", html_page("Talks in Oslo", ARTICLES[0], date="2024-03-04")),
        ("404 Not Found", "text/html", html_page("Gone", ARTICLES[1])),
        ("200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
        ("200 OK", "text/html", b"<html><body><script>1</script></body></html>"),
        ("200 OK", "text/html", b""),
        ("200 OK", "text/html", b"<html><body><article><p>" + ARTICLES[2].encode() + b"</p></article></body></html>"),
    ])
    entries = list(read_inputs([str(p)]))
    kinds = [e.reason if isinstance(e, Reject) else type(e).__name__ for e in entries]
    assert kinds == ["Skipped", "Item", "http_status", "not_html", "empty_html", "empty_html", "Item"]
    first, last = entries[1], entries[-1]
    assert first.meta["url"] == "https://news.example.org/story/0" and first.meta["published"] == "2024-03-04"
    assert last.meta["published"] == "2024-03-05"  # no date in the page: the WARC-Date
    assert "Norwegian Foreign Minister" in first.text
    offsets = [int(e.origin.rsplit("#", 1)[1]) for e in entries]
    assert offsets == sorted(offsets) and offsets[0] == 0
    assert sum(e.size for e in entries) == p.stat().st_size
    # the offset is where the record starts: a gzip member can be read from there alone
    import gzip
    member = p.read_bytes()[offsets[1]:]
    assert gzip.GzipFile(fileobj=__import__("io").BytesIO(member)).read(8) == b"WARC/1.0"


def test_readers_warc_uncompressed(tmp_path):
    p = write_warc(tmp_path / "plain.warc", [("200 OK", "text/html", html_page("T", ARTICLES[3]))], gz=False)
    entries = list(read_inputs([str(p)]))
    assert [type(e) for e in entries] == [Skipped, Item]


def test_readers_broken_warc_records(tmp_path):
    good = write_warc(tmp_path / "good.warc.gz", [("200 OK", "text/html", html_page("T", a)) for a in ARTICLES[:3]])
    data = good.read_bytes()
    truncated = tmp_path / "truncated.warc.gz"
    truncated.write_bytes(data[:-150])
    entries = list(read_inputs([str(truncated)]))
    assert [type(e).__name__ for e in entries[:3]] == ["Skipped", "Item", "Item"]
    assert len(entries) == 4 and entries[-1].reason == "broken_warc_record" and "truncated" in entries[-1].detail
    good_origins = [e.origin.rsplit("#", 1)[1] for e in read_inputs([str(good)])]
    assert entries[-1].origin == f"{truncated}#{good_origins[-1]}" and entries[-1].size > 0
    corrupt = tmp_path / "corrupt.warc.gz"
    second = int([e for e in read_inputs([str(good)])][2].origin.rsplit("#", 1)[1])
    corrupt.write_bytes(data[:second] + b"this is not gzip at all" * 4 + data[second:])
    entries = list(read_inputs([str(corrupt)]))
    assert isinstance(entries[1], Item)
    bad = entries[2]
    assert bad.reason == "broken_warc_record" and bad.origin == f"{corrupt}#{second}"
    assert "\n" not in bad.detail and bad.detail.isprintable() and "skipped to the next readable record" in bad.detail
    # the reader resynchronises on the next gzip member: the records after the damage are not lost
    assert [type(e).__name__ for e in entries] == ["Skipped", "Item", "Reject", "Item", "Item"]
    assert entries[3].text == list(read_inputs([str(good)]))[2].text
    assert sum(e.size for e in entries) == corrupt.stat().st_size


def test_readers_corrupt_uncompressed_warc_resyncs(tmp_path):
    good = write_warc(tmp_path / "good.warc", [("200 OK", "text/html", html_page("T", a)) for a in ARTICLES[:3]], gz=False)
    data = good.read_bytes()
    offsets = [int(e.origin.rsplit("#", 1)[1]) for e in read_inputs([str(good)])]
    bad = tmp_path / "bad.warc"
    bad.write_bytes(data[:offsets[2]] + b"GARBAGE LINE\r\n" * 3 + data[offsets[2]:])
    entries = list(read_inputs([str(bad)]))
    kinds = [e.reason if isinstance(e, Reject) else type(e).__name__ for e in entries]
    assert kinds == ["Skipped", "Item", "broken_warc_record", "Item", "Item"]


def test_readers_missing_input_is_a_clear_error(tmp_path):
    with pytest.raises(InputError) as exc:
        check_inputs([str(tmp_path / "nope.jsonl")])
    assert exc.value.code == "NF101" and "no such file" in str(exc.value)


@pytest.mark.parametrize("value,expected", [
    ("2024-03-05", "2024-03-05"), ("2024-03-05T23:10:00+02:00", "2024-03-05"), ("2024-03-05T10:00:00Z", "2024-03-05"),
    ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"), ("next week", None), ("", None), (None, None),
])
def test_readers_normalise_date(value, expected):
    assert normalise_date(value) == expected
