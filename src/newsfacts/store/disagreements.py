"""Across articles: the same measured thing of the same real-world event reported with
different numbers by different outlets or speakers (``newsfacts claims --disagreements``
and the web page ``/disagreements``).

How claims are grouped:

- **the event**: a claim belongs to the event cluster (``events.cluster_id``) of an event
  whose sentence holds it (``events.sentence_start`` <= claim start < ``sentence_end``);
- **the measured thing**: the word nearest the number within its sentence (60 characters
  either side) that says what is counted (``lexicons/claim_aspects.tsv``: for a count without
  unit "killed", "dead", "death toll" -> killed, "wounded" -> injured, ...; for a sum of money
  "pledged", "raised"; other units have none), for a count with the counted noun (``claims.counts``, its last word; "people", "persons" or none count as "people");
  without such a word, the ``counts`` phrase itself when it has two words or more ("the aid
  package"); else the claim is not compared (a bare number or "people" alone says too little);
- the unit must be the same (a count, USD, percent, ...);
- a document that gives two figures for the thing that no one value fits is left out of
  the group ("Norland pledged $20 million and Sudonia $50 million" is two pledges, or a
  question inside one article, which the checks ask).

A group is listed when it has claims from two documents or more whose ranges (the rounding
and qualifier of each figure, as the checks read them) do not all overlap. Its verdict:

- ``updated``: a cumulative count (a toll of the killed, injured, arrested, displaced, cases)
  whose figures never go down with publication date: no report dated earlier gives more than
  one dated later. Tolls rise while an event unfolds; a later, higher toll is news, not a
  contradiction. Reports of the same day may differ (a toll rises within a day too).
- ``disagree``: anything else: a toll that goes down in a later report, a figure that is no
  toll (a sum pledged, a crowd) given differently, or reports without a publication date.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Any, Optional

from .. import lexicons
from ..nlp.claims.check_arith import written_interval
from ..nlp.claims.check_restate import same_key
from ..schema import Claim

#: Verdicts of a group.
VERDICTS = ("disagree", "updated")
#: Nouns that count people in general (a toll of "40 people" and "the toll rose to 45" count the same).
_PEOPLE = {"", "people", "person", "persons", "individual", "individuals"}
#: Words that end a clause: an aspect word past one belongs to another number ("killed 12 and injured 30").
_BOUNDARY = re.compile(r"[,;:]|\b(?:and|but|while|whereas|as well as|or)\b", re.I)
#: Columns of the CLI's table: one row per report, grouped.
COLUMNS = ["group", "verdict", "what", "unit", "cluster_id", "published", "outlet", "claimant", "value", "text", "doc_id", "claim_id", "why"]

_SQL = (
    "SELECT DISTINCT e.cluster_id, c.doc_id, c.claim_id, c.value, c.unit, c.qualifier, c.low, c.high, c.counts, c.text, "
    "c.claimant_name, c.start, d.published, d.source, e.sentence_start, "
    "substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence "
    "FROM claims c JOIN events e ON e.doc_id = c.doc_id AND e.sentence_start <= c.start AND c.start < e.sentence_end "
    "JOIN documents d ON d.doc_id = c.doc_id "
    "WHERE e.cluster_id IS NOT NULL AND c.value IS NOT NULL ORDER BY e.cluster_id, d.published NULLS LAST, c.doc_id, c.start"
)


@lru_cache(maxsize=None)
def aspects() -> tuple[dict[str, tuple[str, bool, str]], re.Pattern]:
    """Word (lower case) -> (aspect, whether its counts are cumulative, what it applies to:
    ``count`` or ``amount``), from ``claim_aspects.tsv``, and the pattern that finds those words."""
    table = {r[0].lower(): (r[1], r[2] == "yes", r[3]) for r in lexicons.rows("claim_aspects.tsv")}
    words = sorted(table, key=len, reverse=True)
    return table, re.compile(r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


def measured_thing(sentence: str, offset: int, end: int, counts: Optional[str], unit: Optional[str] = None) -> Optional[tuple[str, bool]]:
    """What a claim measures, as a comparison key, and whether it is cumulative; None when
    the sentence says too little.

    Args:
        sentence: the claim's sentence; offset, end: the claim's span within it.
        counts: the claim's ``counts`` phrase.
        unit: the claim's unit: an amount (money, a measure) is keyed on the word near it
            alone ("pledged"), a count on that word and the counted noun ("killed: civilians").
    """
    near, far = [], []  # the words of the number's clause, and those past a clause boundary
    table, pattern = aspects()
    applies = "count" if unit is None else "amount" if re.fullmatch(r"[A-Z]{3}", unit) else None
    for m in pattern.finditer(sentence):
        gap = offset - m.end() if m.end() <= offset else m.start() - end if m.start() >= end else -1
        if gap < 0 or gap > 60:
            continue
        between = sentence[m.end() : offset] if m.end() <= offset else sentence[end : m.start()]
        if table[re.sub(r"\s+", " ", m.group(1).lower())][2] != applies:
            continue  # "pledged to ban all Muslims, 1.6 billion members": a pledge is a sum, an age no toll
        (far if _BOUNDARY.search(between) else near).append((gap, re.sub(r"\s+", " ", m.group(1).lower())))
    if near:
        best = min(near)
    elif len({table[w][0] for _, w in far}) == 1:
        best = min(far)  # "the death toll, officials said, was 45": one word, past a comma
    else:
        best = None
    head = (counts or "").lower().split()[-1:] or [""]
    noun = re.sub(r"[^\w]", "", head[0])
    if best is not None:
        aspect, cumulative, _ = table[best[1]]
        if unit is not None:
            return (aspect, cumulative)
        return (f"{aspect}: {'people' if noun in _PEOPLE else noun}", cumulative)
    key = same_key(counts)
    return (key, False) if key else None


def disagreements(con, *, limit: int = 100) -> list[dict[str, Any]]:
    """The groups of claims that report one measured thing of one event with different numbers.

    Args:
        con: an open DuckDB connection to a store.
        limit: at most this many groups (those with the most reports first).

    Returns:
        One dict per group: ``cluster_id``, ``what`` (the measured thing), ``unit``,
        ``verdict`` (``updated`` or ``disagree``), ``why`` (how the verdict was told), and
        ``reports`` in publication order (``published``, ``outlet``, ``claimant``,
        ``value``, ``text``, ``doc_id``, ``claim_id``).
    """
    cur = con.execute(_SQL)
    cols = [d[0] for d in cur.description]
    groups: dict[tuple, dict[str, Any]] = {}
    for row in cur.fetchall():
        r = dict(zip(cols, row))
        sentence = r["sentence"] or ""
        off = r["start"] - r["sentence_start"]
        thing = measured_thing(sentence, off, off + len(r["text"] or ""), r["counts"], r["unit"])
        if thing is None:
            continue
        g = groups.setdefault((r["cluster_id"], r["unit"], thing[0]), {"cumulative": thing[1], "reports": {}})
        g["reports"].setdefault((r["doc_id"], r["claim_id"]), r)
    out = [_group(key, g) for key, g in groups.items()]
    out = [g for g in out if g is not None]
    out.sort(key=lambda g: (-len(g["reports"]), g["cluster_id"], g["what"]))
    return out[:limit]


def _range(r: dict[str, Any]) -> tuple[float, float]:
    claim = Claim("", r["text"] or "", r["value"], r["unit"], [], qualifier=r["qualifier"], low=r["low"], high=r["high"])
    return written_interval(claim)


def _group(key: tuple, g: dict[str, Any]) -> Optional[dict[str, Any]]:
    """A group's listing, or None when it has one document or all its figures agree."""
    reports = sorted(g["reports"].values(), key=lambda r: (r["published"] or _dt.date.max, r["doc_id"], r["start"]))
    reports = _one_figure_per_document(reports)
    if len({r["doc_id"] for r in reports}) < 2:
        return None
    ranges = [_range(r) for r in reports]
    if max(lo for lo, _ in ranges) <= min(hi for _, hi in ranges):
        return None  # one value every report allows: they agree
    verdict, why = _verdict(reports, ranges, g["cumulative"])
    cluster_id, unit, what = key
    return {
        "cluster_id": cluster_id,
        "what": what,
        "unit": unit,
        "verdict": verdict,
        "why": why,
        "reports": [
            {"published": _iso(r["published"]), "outlet": r["source"], "claimant": r["claimant_name"], "value": r["value"],
             "low": lo, "high": hi, "text": r["text"], "doc_id": r["doc_id"], "claim_id": r["claim_id"]}
            for r, (lo, hi) in zip(reports, ranges)
        ],
    }


def _one_figure_per_document(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reports without the documents that give two figures for the thing that no one
    value fits ("Norland pledged $20 million and Sudonia $50 million": two pledges, or a
    question within the article, which the checks ask); of a document's figures that
    agree, the first."""
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for r in reports:
        by_doc.setdefault(r["doc_id"], []).append(r)
    keep = []
    for r in reports:
        mine = by_doc[r["doc_id"]]
        if r is not mine[0]:
            continue
        ranges = [_range(x) for x in mine]
        if max(lo for lo, _ in ranges) <= min(hi for _, hi in ranges):
            keep.append(r)
    return keep


def _verdict(reports: list[dict[str, Any]], ranges: list[tuple[float, float]], cumulative: bool) -> tuple[str, str]:
    """``updated`` or ``disagree``, and how it was told."""
    if not cumulative:
        return "disagree", "not a toll: the reports should give one figure, and their ranges do not overlap"
    if any(r["published"] is None for r in reports):
        return "disagree", "a toll, but a report has no publication date, so the order of the figures is unknown"
    for (a, (alo, _)), (b, (_, bhi)) in ((x, y) for x in zip(reports, ranges) for y in zip(reports, ranges)):
        if a["published"] < b["published"] and alo > bhi:
            return "disagree", (f"a toll that goes down: {a['text']} on {_iso(a['published'])}, "
                                f"then {b['text']} on {_iso(b['published'])}")
    return "updated", "a toll that never goes down with publication date: later reports update earlier ones"


def _iso(v: Any) -> Optional[str]:
    return v.isoformat()[:10] if isinstance(v, (_dt.date, _dt.datetime)) else v


def disagreement_rows(groups: list[dict[str, Any]]) -> tuple[list[str], list[tuple]]:
    """The groups as a table: one row per report, in :data:`COLUMNS`."""
    rows = []
    for n, g in enumerate(groups, start=1):
        for r in g["reports"]:
            rows.append((n, g["verdict"], g["what"], g["unit"], g["cluster_id"], r["published"], r["outlet"], r["claimant"],
                         r["value"], r["text"], r["doc_id"], r["claim_id"], g["why"]))
    return COLUMNS, rows
