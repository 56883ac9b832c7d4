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
  date is never background, unless its own clause names a past period itself: a year or a
  decade as a modifier of the trigger noun or after "in"/"during"/"throughout" on the trigger
  or its verb ("the 1979 revolution", "in the 1990s"), or a named era of
  ``lexicons/past_eras.tsv`` there ("during the Cold War"); that period's end counts as the
  date (:func:`clause_era_end`). A decade ("the 2010s", date value ``2010``, precision
  ``approximate``) ends with its tenth year. Background events stay in the record and the
  store, out of the default counts.

:func:`extract_events` is the event stage (:func:`.extract.extract_events`) with its events enriched:
the package exports it.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ...lexicons import rows
from ...schema import DateRecord, Event, Place, Report
from . import extract

#: An event whose own date ends more than this many days before publication is background.
BACKGROUND_DAYS = 365

_YEAR_RE = re.compile(r"^(1[5-9]\d\d|20\d\d)$")
_DECADE_RE = re.compile(r"^(1[5-9]\d0|20\d0)'?s$")
_ERA_PREPS = frozenset({"in", "during", "throughout"})
_ERA_TAIL = ("era", "years", "period", "days")


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


@lru_cache(maxsize=None)
def past_eras() -> dict[str, int]:
    """Named era (lower case, no "the") -> the year it ended (``lexicons/past_eras.tsv``)."""
    return {r[0].lower(): int(r[1]) for r in rows("past_eras.tsv")}


def is_background(date: Optional[DateRecord], published: Optional[str], modality: str = "asserted") -> bool:
    """True if the date record's period ends more than :data:`BACKGROUND_DAYS` before ``published``,
    or, for an event of ``modality`` asserted or reported, starts after ``published``."""
    if date is None or date.precision in ("duration", "unresolved"):
        return False
    end, pub = period_end(date.value), period_end(published)
    if end is not None and date.precision == "approximate" and _DECADE_RE.match(f"{date.value}s"):
        end = _dt.date(end.year + 9, 12, 31)  # "the 2010s": the decade's last year
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


def _period_word_end(tok) -> Optional[_dt.date]:
    """The end of the year ("1979") or decade ("1990s") one token names, or None."""
    text = tok.text
    if m := _YEAR_RE.match(text):
        return _dt.date(int(m.group(1)), 12, 31)
    if m := _DECADE_RE.match(text):
        return _dt.date(int(m.group(1)) + 9, 12, 31)
    return None


def _phrase_end(p) -> Optional[_dt.date]:
    """The end of the past period a date phrase's head names: a year, a decade, a named era."""
    end = _period_word_end(p)
    if end is None:
        end = next((e for c in p.children if c.dep_ in ("nummod", "compound", "amod")
                    and (e := _period_word_end(c))), None)  # "the early 1990s", "the 1979 revolution"
    if end is not None:
        return end
    words = [t.lower_ for t in p.subtree if t.i <= p.i and t.dep_ != "det"]
    if len(words) > 1 and words[-1] in _ERA_TAIL and " ".join(words[:-1]) in past_eras():
        words = words[:-1]  # "the Cold War era"
    year = past_eras().get(" ".join(words))
    return _dt.date(year, 12, 31) if year else None


def clause_era_end(doc, span) -> Optional[_dt.date]:
    """The end of a past period the trigger's own clause places it in: a year or decade
    modifying the trigger noun ("the 1979 revolution"), or the object of "in"/"during"/
    "throughout" on the trigger or on the verb it hangs from ("During the Cold War, X
    threatened Y", "signed a treaty in the 1990s"). "since"/"after" phrases never count."""
    if doc is None or not span:
        return None
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or not len(toks):
        return None
    trig = toks.root
    anchors, cur = [trig], trig
    for _ in range(3):  # the verb of the trigger's clause ("signed a treaty with ...")
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i or cur.dep_ not in ("dobj", "pobj", "prep", "nsubj", "nsubjpass", "compound"):
            break
        cur = cur.head
        anchors.append(cur)
    if trig.pos_ in ("NOUN", "PROPN"):
        for c in trig.children:
            if c.dep_ in ("nummod", "compound", "amod") and c.i < trig.i and (e := _period_word_end(c)):
                return e
    for a in anchors:
        for c in a.children:
            if c.dep_ == "prep" and c.lower_ in _ERA_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj" and (e := _phrase_end(p)):
                        return e
    return None


def _era_background(doc, ev: Event, published: Optional[str]) -> bool:
    """True when an undated event's own clause names a period that ended over a year before publication."""
    pub = period_end(published)
    if pub is None or ev.modality not in ("asserted", "reported", "negated"):
        return False
    end = clause_era_end(doc, ev.trigger)
    return end is not None and (pub - end).days > BACKGROUND_DAYS


def _background(ev: Event, date: Optional[DateRecord], published: Optional[str], doc) -> bool:
    """The event's ``background`` value: by its date record, else by a past era in its clause."""
    if date is not None and date.precision not in ("duration", "unresolved"):
        return is_background(date, published, ev.modality)
    return _era_background(doc, ev, published)


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
                background=_background(ev, dates.get(ev.date or ""), published, doc))
        for ev in events
    ]


def extract_events(doc, index, report: Report) -> tuple[list[Event], list[Place]]:
    """The event stage (:func:`.extract.extract_events`) with its events enriched by :func:`enrich_events`."""
    events, places = extract.extract_events(doc, index, report)
    return enrich_events(events, doc, report), places
