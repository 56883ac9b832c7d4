"""`extract` on web pages: the article and its metadata, not the markup (issue "Daily use", 3)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.corpus.document import article_from, is_html, looks_like_html
from newsfacts.nlp.text import looks_like_markup

PAGE = """<!DOCTYPE html>
<html><head><title>Ferry talks in Oslo</title><meta property="og:site_name" content="Harbour Post">
<meta name="date" content="2026-03-04"></head>
<body><nav><ul><li class="facebook"><a href="#">Share</a></li><li class="twitter"><a href="#">Tweet</a></li></ul></nav>
<article><h1>Ferry talks in Oslo</h1>
<p>Norway's Foreign Minister Ingrid Solheim met Canada's Defence Minister Marc Tremblay in Oslo on
Tuesday to discuss search and rescue in the Arctic.</p>
<p>"We cannot leave the Arctic to chance," Solheim told reporters after the meeting. Tremblay said
Canada would send two patrol aircraft to a joint exercise in March.</p>
<p>The two ministers also agreed to share satellite data on shipping routes, a statement said.</p>
</article><footer>Copyright Harbour Post</footer></body></html>
"""


@pytest.mark.parametrize("text, expected", [
    (PAGE, True),
    ("  <!-- saved page -->\n<html lang='en'><body>x</body></html>", True),
    ("<body><p>x</p></body>", True),
    ("The vote was 5 < 6, and <b>bold</b> claims followed.", False),
    ("Roe said the plan failed.", False),
])
def test_document_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def test_document_format_choice():
    assert is_html("page.HTM", "plain words") and not is_html("a.txt", "plain words")
    assert is_html("a.txt", "plain words", "html") and not is_html("page.html", PAGE, "text")
    with pytest.raises(ValueError):
        is_html("a.txt", "x", "pdf")


def test_document_article_and_metadata_from_a_page():
    text, meta = article_from(PAGE, "page.html")
    assert "Ingrid Solheim" in text and "facebook" not in text and "<" not in text
    assert meta["title"] == "Ferry talks in Oslo" and meta["published"] == "2026-03-04"
    assert article_from("Roe said it.", "a.txt") == ("Roe said it.", {})


def test_document_markup_share():
    assert looks_like_markup(PAGE) and not looks_like_markup("Roe said <the plan> would fail.")


@pytest.mark.model
def test_extract_cli_reads_the_article_of_a_page(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    res = CliRunner().invoke(cli, ["extract", str(page), "--json"])
    assert res.exit_code == 0, res.output
    record = json.loads(res.stdout)
    assert record["document"]["title"] == "Ferry talks in Oslo" and record["document"]["published"] == "2026-03-04"
    names = {e["name"] for e in record["entities"]}
    assert {"Ingrid Solheim", "Marc Tremblay"} <= names and not any("class" in n or "<" in n for n in names)
    assert "markup" not in [w["code"] for w in record["warnings"]]
    # the options win over the page's own metadata
    res = CliRunner().invoke(cli, ["extract", str(page), "--json", "--published", "2026-03-05", "--title", "Mine"])
    doc = json.loads(res.stdout)["document"]
    assert (doc["published"], doc["title"]) == ("2026-03-05", "Mine")


@pytest.mark.model
def test_extract_cli_markup_as_text_is_warned_and_empty_page_is_an_error(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE.replace("<!DOCTYPE html>\n<html>", "<div>"), encoding="utf-8")
    res = CliRunner().invoke(cli, ["extract", str(page), "--json", "--format", "text"])
    assert res.exit_code == 0, res.output
    assert "markup" in [w["code"] for w in json.loads(res.stdout)["warnings"]]
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    res = CliRunner().invoke(cli, ["extract", str(empty)])
    assert res.exit_code == 2 and "NF107" in res.output and "Traceback" not in res.output
