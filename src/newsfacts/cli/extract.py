"""`newsfacts extract`: the facts of one or more articles, as a summary or JSON records."""

from __future__ import annotations

import json
import sys

import click

from ..errors import NewsfactsError
from .options import build_nlp_from, check_date, check_reference, json_option, quotes_model_options, reference_option, reports_errors


def _read_items(files, published, source, title, fmt="auto") -> tuple[list, int]:
    """``(text, meta)`` for every readable file, and how many could not be read (each told on stderr).

    An HTML page gives its article text and its metadata; what the options say wins."""
    from ..corpus.document import article_from
    from ..corpus.textio import read_text

    failed = 0
    items = []
    for path in files:
        try:
            text, page = article_from(read_text(path), "<stdin>" if path == "-" else path, fmt)
        except NewsfactsError as exc:
            click.echo(f"newsfacts: {exc}", err=True)
            failed += 1
            continue
        meta = {"published": published or page.get("published"), "title": title or page.get("title"),
                "source": source or page.get("source") or (None if path == "-" else path)}
        items.append((text, meta))
    return items, failed


@click.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--published", callback=check_date, help="Publication date, YYYY-MM-DD: relative dates are resolved against it.")
@click.option("--source", help="Outlet or source name recorded in the document info.")
@click.option("--title", help="Article title recorded in the document info.")
@json_option("Print the full record as JSON (one object per line for several files).")
@click.option("--pretty", is_flag=True, help="With --json, indent the JSON.")
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "html"]), default="auto", show_default=True,
              help="'html': extract the article (and its title, date, outlet) from a web page first; "
                   "'auto': when the name ends in .html/.htm or the file starts like a page.")
@quotes_model_options
@reference_option
@reports_errors
def extract(files, published, source, title, as_json, pretty, fmt, quotes_model, quotes_mode, reference):
    """Extract the facts of one or more articles (UTF-8 text or HTML pages; '-' reads stdin).

    Files that can't be read are reported on stderr, one line each, and the exit
    status is 2; the others are still processed.

    Example:

        newsfacts extract article.txt --published 2021-06-03 --json

        newsfacts extract page.html      # the article of a saved web page, with its date

        newsfacts extract article.txt --reference official.csv   # claims checked against a table
    """
    from ..pipeline import process
    from .render import summary

    check_reference(reference)
    items, failed = _read_items(files, published, source, title, fmt)
    nlp = build_nlp_from(quotes_model, quotes_mode, reference)
    for k, record in enumerate(process(items, nlp=nlp)):
        if as_json:
            click.echo(json.dumps(record, ensure_ascii=False, indent=2 if pretty else None))
        else:
            if k:
                click.echo("\n" + "=" * 72 + "\n")
            click.echo(summary(record))
    if failed:
        sys.exit(2)
