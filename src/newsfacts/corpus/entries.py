"""The entries the corpus readers yield: an article (:class:`Item`), a page still to extract
(:class:`Html`), a rejected record (:class:`Reject`) and a record that is no article
(:class:`Skipped`); and the date normalisation they share."""

from __future__ import annotations

import datetime as _dt
import email.utils
from typing import Any, NamedTuple, Optional, Union


class Item(NamedTuple):
    """One article: its text, metadata (published, source, title, url) and where it came from."""

    text: str
    meta: dict[str, Any]
    origin: str
    size: int = 0  # input bytes this record took (for progress)


class Reject(NamedTuple):
    """An input record that could not be processed, with its location and a reason code."""

    origin: str
    reason: str
    detail: str
    doc_id: Optional[str] = None
    size: int = 0


class Skipped(NamedTuple):
    """An input record that is not an article by construction (e.g. a WARC request record)."""

    origin: str
    kind: str
    size: int = 0


class Html(NamedTuple):
    """An HTML page whose article text is still to be extracted (see :func:`extract_html`).

    Readers yield these; :func:`read_inputs` extracts them unless asked not to, so that
    ingest can run the extraction in its worker processes.
    """

    html: Union[str, bytes]
    meta: dict[str, Any]
    origin: str
    size: int = 0
    url: Optional[str] = None
    fallback_published: Optional[str] = None  # e.g. the WARC-Date, when the page gives no date


Entry = Union[Item, Reject, Skipped, Html]


def normalise_date(value: Any) -> Optional[str]:
    """An ISO date (YYYY-MM-DD) from ISO 8601, RFC 2822 or a datetime; None when unparseable."""
    if value in (None, ""):
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    s = str(value).strip()
    try:
        return _dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return _dt.date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
