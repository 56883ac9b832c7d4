"""Claims against a reference table the user supplies (``--reference FILE.csv``): official
figures to compare the story's numbers with.

The CSV has a header row with the columns ``what,value,unit,date,source`` (``date`` and
``source`` may be empty; other columns are ignored)::

    what,value,unit,date,source
    unemployment rate,3.9,percent,2024-04-01,BLS
    population of Texas,30500000,,2023-07-01,Census Bureau

``what`` names the measured thing; ``unit`` is a unit as claims carry it (``percent``,
``USD``, ``km``; ``%`` and ``$`` are read as percent and USD; empty for a count).

A claim matches a row when their units are the same and every word of ``what`` is in the
claim's ``counts`` (lower case, plural "s" ignored), or, with no ``counts``, in the 60
characters of its sentence before it and after the number before it ("the unemployment rate
fell to 3.9%"; not the 3% of "the unemployment rate fell to 3.9% and inflation to 3%"). Of the rows
that match, the one with the latest date on or before the publication date is used (else
the earliest). ``consistent``: the reference value is within the range the claim's
rounding and qualifier allow; ``inconsistent``: it is not and the reference is dated within
a year before publication; ``different bases possible``: it is not, and the reference is
undated, later than the story or older than a year (the figures may be of different dates).
"""

from __future__ import annotations

import csv
import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ...errors import E_BAD_REFERENCE, InputError
from ...schema import Check
from .check_arith import fmt, interval, unit_suffix

#: The columns a reference table needs (``date`` and ``source`` may be empty).
REFERENCE_COLUMNS = ("what", "value", "unit", "date", "source")
_UNITS = {"%": "percent", "per cent": "percent", "pct": "percent", "$": "USD", "usd": "USD", "eur": "EUR", "€": "EUR",
          "gbp": "GBP", "£": "GBP", "": None}  # fmt: skip


@dataclass(frozen=True)
class Reference:
    """One row of a reference table."""

    what: str
    words: frozenset
    value: float
    unit: Optional[str]
    date: Optional[str]
    source: Optional[str]


def _words(text: str) -> list[str]:
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in re.findall(r"\w+", text.lower())]


@lru_cache(maxsize=8)
def load_reference(path: str) -> tuple[Reference, ...]:
    """Read a reference table (see the module docstring).

    Raises:
        InputError: (NF112) the file cannot be read, lacks a column, or a row has a value
            that is no number or a date that is no ISO date; the message names the row.
    """
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            header = [h.strip().lower() for h in reader.fieldnames or []]
            missing = [c for c in ("what", "value", "unit") if c not in header]
            if missing:
                raise InputError(f"reference table {path}: no column {', '.join(missing)} (the header must name "
                                 f"{','.join(REFERENCE_COLUMNS)})", code=E_BAD_REFERENCE)
            rows = [{(k or "").strip().lower(): (v or "").strip() for k, v in r.items()} for r in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"reference table {path}: cannot be read ({exc.__class__.__name__}: {exc})", code=E_BAD_REFERENCE) from None
    return tuple(_row(path, n, r) for n, r in enumerate(rows, start=2))


def _row(path: str, n: int, r: dict) -> Reference:
    try:
        value = float(r["value"].replace(",", ""))
    except ValueError:
        raise InputError(f"reference table {path}, line {n}: value {r['value']!r} is not a number", code=E_BAD_REFERENCE) from None
    date = r.get("date") or None
    if date:
        try:
            _dt.date.fromisoformat(date[:10])
        except ValueError:
            raise InputError(f"reference table {path}, line {n}: date {date!r} is not an ISO date (YYYY-MM-DD)", code=E_BAD_REFERENCE) from None
    if not r["what"]:
        raise InputError(f"reference table {path}, line {n}: 'what' is empty", code=E_BAD_REFERENCE)
    unit = r["unit"]
    unit = _UNITS.get(unit.lower(), unit)
    return Reference(r["what"], frozenset(_words(r["what"])), value, unit, date[:10] if date else None, r.get("source") or None)


def reference_checks(text: str, infos: list, table: tuple[Reference, ...], published: Optional[str]) -> list[Check]:
    """Compare every claim that matches a row of ``table`` with it (one check per claim)."""
    checks: list[Check] = []
    prev_end = {}  # sentence -> end of the claim before, so a context never reaches past another number
    for info in sorted(infos, key=lambda i: i.claim.evidence[0]):
        c = info.claim
        start = c.evidence[0][0]
        before = prev_end.get(info.sentence, info.sentence[0])
        prev_end[info.sentence] = c.evidence[-1][1]
        if c.value is None:
            continue
        context = c.counts or text[max(before, start - 60) : start]
        words = set(_words(context))
        rows = [r for r in table if r.unit == c.unit and r.words <= words]
        if rows:
            checks.append(_reference_check(c, _pick(rows, published), published))
    return checks


def _pick(rows: list[Reference], published: Optional[str]) -> Reference:
    dated = sorted((r for r in rows if r.date), key=lambda r: r.date)
    before = [r for r in dated if published and r.date <= published[:10]]
    if before:
        return before[-1]
    return dated[0] if dated else rows[0]


def _reference_check(c, ref: Reference, published: Optional[str]) -> Check:
    lo, hi = interval(c.value, c.qualifier, c.low, c.high)
    unit = unit_suffix(c.unit)
    src = ", ".join(x for x in (ref.source, ref.date) if x) or "undated, no source"
    arithmetic = f"the story: {c.text.strip()} (range {fmt(lo)}–{fmt(hi)}{unit}); the reference: {fmt(ref.value)}{unit} ({src})"
    said = f"The story gives {ref.what} as {c.text.strip()}; the reference table gives {fmt(ref.value)}{unit} ({src})."
    if lo <= ref.value <= hi:
        return Check("reference", [c.id], arithmetic, "consistent", f"{said} They agree within the story's rounding.")
    recent = False
    if ref.date and published:
        try:
            age = (_dt.date.fromisoformat(published[:10]) - _dt.date.fromisoformat(ref.date)).days
            recent = 0 <= age <= 366
        except ValueError:
            recent = False
    if recent:
        return Check("reference", [c.id], arithmetic, "inconsistent",
                     f"{said} The reference is dated within the year before the story and differs beyond rounding: "
                     "the story's figure is wrong, or of another period or place.")
    return Check("reference", [c.id], arithmetic, "different bases possible",
                 f"{said} They differ, but the reference is {'undated' if not ref.date else 'not of the year before the story'}, "
                 "so the two may be of different dates.")
