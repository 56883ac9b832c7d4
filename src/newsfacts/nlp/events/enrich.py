"""What event-data users load beside the type: Goldstein intensity, root event, background.

:func:`enrich_events` is a pure function over the events of one document (the parsed Doc and
the report for the sentence trees, the dates and the publication date); it returns copies
of the events with three fields set:

- ``goldstein``: the Goldstein-scale value of the event's CAMEO code, from the table GDELT
  distributes (``lexicons/cameo_goldstein.tsv``; a code missing from it falls back to its
  shorter prefixes: ``0431`` -> ``043`` -> ``04``); None without a CAMEO code.
- ``is_root``: the main event of its sentence: among the sentence's coded events (``uncoded``
  is None), the one whose trigger word is fewest dependency arcs from the sentence's root
  (ties: the first in the text). Every sentence with a coded event has exactly one. (GDELT's
  ``IsRootEvent`` marks events of the lead paragraph instead; see docs/events.md.)
- ``background``: the event is not news of the day, by its own resolved date (its date
  record: a day, a month or a year): that date ends more than :data:`BACKGROUND_DAYS` days
  before the publication date ("in 2016, Russia annexed ..." in an article of 2024), or the
  event is said to have happened (asserted or reported) and its date starts after the
  publication date (a target read as its date: "pledged to cut emissions by 2050"). An event
  with no date record, an unresolved or duration date, or a document with no publication
  date is never background. Background events stay in the record and the store, out of the
  default counts.

:func:`extract_events` is the event stage (:func:`.extract.extract_events`) with its events enriched:
the package exports it.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ...lexicons import rows
from ...schema import DateRecord, Event, Place, Report
from . import extract

#: An event whose own date ends more than this many days before publication is background.
BACKGROUND_DAYS = 365


@lru_cache(maxsize=None)
def goldstein_table() -> dict[str, float]:
    """CAMEO code -> Goldstein scale value (``lexicons/cameo_goldstein.tsv``)."""
    return {r[0]: float(r[1]) for r in rows("cameo_goldstein.tsv")}


def goldstein(cameo: Optional[str]) -> Optional[float]:
    """The Goldstein value of a CAMEO code (its longest prefix in the table), or None."""
    code = (cameo or "").strip()
    table = goldstein_table()
    while len(code) >= 2:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def period_end(value: Optional[str]) -> Optional[_dt.date]:
    """The last day of an ISO day, month (``2021-05``) or year (``2016``); None for anything else."""
    v = (value or "").strip()
    try:
        if len(v) == 4 and v.isdigit():
            return _dt.date(int(v), 12, 31)
        if len(v) == 7 and v[4] == "-":
            y, m = int(v[:4]), int(v[5:])
            return _dt.date(y, m, calendar.monthrange(y, m)[1])
        if len(v) >= 10:
            return _dt.date.fromisoformat(v[:10])
    except ValueError:
        return None
    return None


def is_background(date: Optional[DateRecord], published: Optional[str], modality: str = "asserted") -> bool:
    """True if the date record's period ends more than :data:`BACKGROUND_DAYS` before ``published``,
    or, for an event of ``modality`` asserted or reported, starts after ``published``."""
    if date is None or date.precision in ("duration", "unresolved"):
        return False
    end, pub = period_end(date.value), period_end(published)
    if end is None or pub is None:
        return False
    start = period_start(date.value)
    happened = modality in ("asserted", "reported")
    return (pub - end).days > BACKGROUND_DAYS or (happened and start is not None and start > pub)


def period_start(value: Optional[str]) -> Optional[_dt.date]:
    """The first day of an ISO day, month or year; None for anything else."""
    end = period_end(value)
    v = (value or "").strip()
    if end is None:
        return None
    return end.replace(month=1, day=1) if len(v) == 4 else end.replace(day=1) if len(v) == 7 else end


def _depth(doc, span) -> int:
    """Dependency arcs from the root token of the char span to its sentence's root (large if unknown)."""
    if doc is None or not span:
        return 1_000
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or not len(toks):
        return 1_000
    tok, n = toks.root, 0
    while tok.head.i != tok.i and n < 1_000:
        tok, n = tok.head, n + 1
    return n


def _roots(events: list[Event], doc) -> set[str]:
    """The ids of the main coded event of each sentence."""
    best: dict[tuple, tuple[int, int, str]] = {}
    for ev in events:
        if ev.uncoded is not None:
            continue
        trig = ev.trigger or (ev.evidence[0] if ev.evidence else None)
        key = tuple(ev.sentence) if ev.sentence else ("event", ev.id)
        rank = (_depth(doc, trig), trig[0] if trig else 0, ev.id)
        if key not in best or rank < best[key]:
            best[key] = rank
    return {r[2] for r in best.values()}


def enrich_events(events: list[Event], doc, report: Report) -> list[Event]:
    """Copies of ``events`` with ``goldstein``, ``is_root`` and ``background`` set (see the module).

    Args:
        events: the document's events.
        doc: the parsed spaCy Doc (None: the first coded event of each sentence is its root).
        report: the report: its ``dates`` (the events' date ids) and ``document.published``.
    """
    dates = {d.id: d for d in report.dates}
    published = report.document.published
    roots = _roots(events, doc)
    return [
        replace(ev, goldstein=goldstein(ev.cameo), is_root=ev.id in roots,
                background=is_background(dates.get(ev.date or ""), published, ev.modality))
        for ev in events
    ]


def extract_events(doc, index, report: Report) -> tuple[list[Event], list[Place]]:
    """The event stage (:func:`.extract.extract_events`) with its events enriched by :func:`enrich_events`."""
    events, places = extract.extract_events(doc, index, report)
    return enrich_events(events, doc, report), places
