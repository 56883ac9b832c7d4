"""One document for `extract` and the web page's Analyse form: plain text, or an HTML page
whose article text and metadata are extracted first (trafilatura, as ingest does).

``auto`` (the default) takes a file as HTML when its name ends in .html/.htm/.xhtml or its
text starts like a page (``<!DOCTYPE html``, ``<html``, ``<head``, ``<body``, after blanks and
comments); anything else is text. A text that is mostly markup anyway is processed as given,
and the record says so in a ``markup`` warning (nlp/facts.py).
"""

from __future__ import annotations

import re
from typing import Any, Optional

from ..errors import E_NO_ARTICLE, InputError
from .readers import HTML_EXT, Item, html_to_item

FORMATS = ("auto", "text", "html")

_PAGE_START = re.compile(r"\A(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML page (blanks and comments before it allowed)."""
    return bool(_PAGE_START.match(text[:4096]))


def is_html(name: str, text: str, fmt: str = "auto") -> bool:
    """Whether a document is read as HTML: ``fmt`` says so, or (``auto``) its name or start does."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt != "auto":
        return fmt == "html"
    return name.lower().endswith(HTML_EXT) or looks_like_html(text)


def article_from(text: str, name: str, fmt: str = "auto", *, url: Optional[str] = None) -> tuple[str, dict[str, Any]]:
    """The article text of a document and the metadata its page gives (title, published, url,
    source); plain text comes back as it is, with no metadata.

    Raises:
        InputError: NF107 for an HTML page with no article text in it.
    """
    if not is_html(name, text, fmt):
        return text, {}
    item = html_to_item(text, name, url=url)
    if not isinstance(item, Item):
        raise InputError(f"{name}: {item.detail}", code=E_NO_ARTICLE)
    meta = {k: v for k, v in item.meta.items() if k in ("title", "published", "url", "source") and v}
    return item.text, meta
