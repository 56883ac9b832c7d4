"""The arithmetic every check shares: numbers as readers write them, the rounding a figure
shows, the range of values a qualifier allows, and a claim's figure and claimant in words.

Ranges a qualifier allows: about ±10%; over/at least: up to 25% above; up to/under: down to
25% below; nearly: up to 15% below; an unqualified figure: half its last rounded digit
(1,400 -> 1,350 to 1,450), at most ±10% ("10,000" -> 9,000 to 11,000).
"""

from __future__ import annotations

import math
import re
from typing import Optional

from .units import UNIT_PLURALS


def unit_suffix(unit: Optional[str]) -> str:
    """A unit as written after a number in a check's words: "%" for percent, " km" otherwise,
    nothing for a count."""
    return "%" if unit == "percent" else f" {unit}" if unit else ""


def fmt(v: float) -> str:
    """A number as a reader writes it: 3960 -> "3,960", 0.5 -> "0.5", 931.99 -> "932",
    3480000000 -> "3.48 billion"."""
    if v is None or not math.isfinite(v):
        return str(v)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= size:
            return f"{v / size:.3g} {word}"
    if abs(v) >= 100 or float(v).is_integer():
        return f"{round(v):,}"
    return f"{v:,.3g}" if abs(v) >= 1 else f"{v:.3g}"


def granularity(v: float) -> float:
    """The rounding step a figure shows: 900 -> 100, 1,400 -> 100, 932 -> 1, 1.5 -> 0.1."""
    if v is None or not math.isfinite(v) or v == 0:
        return 1.0
    a = abs(v)
    if float(a).is_integer():
        n = int(round(a))
        g = 1
        while n % (g * 10) == 0 and g * 10 <= n:
            g *= 10
        return float(g)
    s = f"{a:.6f}".rstrip("0")
    decimals = len(s.split(".")[1]) if "." in s else 0
    return 10.0 ** -decimals


def interval(value: float, qualifier: Optional[str], low: Optional[float] = None, high: Optional[float] = None) -> tuple[float, float]:
    """The range of values a figure with this qualifier allows (see the module docstring)."""
    if low is not None and high is not None:
        return (min(low, high), max(low, high))
    q = (qualifier or "").lower()
    if q == "about":
        return (value * 0.9, value * 1.1)
    if q in ("over", "at least"):
        return (value, value * 1.25)
    if q in ("up to", "under"):
        return (value * 0.75, value)
    if q == "nearly":
        return (value * 0.85, value)
    if q == "exactly":
        return (value, value)
    half = min(granularity(value) / 2, abs(value) * 0.1)  # "10,000" is not 5,000-15,000
    return (value - half, value + half)


def who(claim, names: dict[str, str]) -> str:
    if claim.claimant:
        return names.get(claim.claimant, claim.claimant)
    if claim.quote:
        return "a quoted speaker"
    return "the story"


def figure(claim, unit_word: str = "") -> str:
    q = f"{claim.qualifier} " if claim.qualifier and claim.qualifier != "between" else ""
    if claim.low is not None and claim.high is not None:
        return f"{fmt(claim.low)} to {fmt(claim.high)}{unit_word}"
    return f"{q}{fmt(claim.value)}{unit_word}"


def with_unit(v: float, unit: str) -> str:
    """A value with its unit as words read: "932 miles", "1 mile", "1,500 km"."""
    word = unit
    if unit in UNIT_PLURALS and v != 1:
        word = UNIT_PLURALS[unit]
    return f"{fmt(v)} {word}"


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12}
_SURFACE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|[kmb])?\b", re.I)


def written_step(claim) -> float:
    """The rounding step a claim's figure shows as written: "1.2 million" -> 100,000, "$40
    million" -> 1 million, "1,500" -> 100, "25" -> 1, "4.1%" -> 0.1. A whole number under
    100 is taken as exact to the unit (a story's "60" or "40" is seldom rounded to the ten)."""
    m = _SURFACE.search(claim.text or "")
    if not m:
        v = claim.value or 0
        g = granularity(v)
        return min(g, 1.0) if abs(v) < 100 else g
    digits = m.group(1).replace(",", "")
    scale = _SCALES.get((m.group(2) or "").lower(), 1.0)
    try:
        mantissa = float(digits)
    except ValueError:
        return granularity(claim.value or 0)
    if "." in digits:
        step = 10.0 ** -len(digits.split(".")[1])
    else:
        step = granularity(mantissa) if mantissa >= 100 else 1.0
    return step * scale


def written_interval(claim, peers: tuple = ()) -> tuple[float, float]:
    """The range a claim's figure allows (:func:`interval`), with an unqualified figure taken
    to the rounding it is written with, or the finer rounding of ``peers`` written beside it
    ("from 1 million to 1.2 million": both to the 100,000)."""
    if claim.qualifier or claim.low is not None:
        return interval(claim.value, claim.qualifier, claim.low, claim.high)
    step = min([written_step(claim)] + [written_step(p) for p in peers if p.unit == claim.unit])
    half = min(step / 2, abs(claim.value) * 0.1)
    return (claim.value - half, claim.value + half)


#: two figures this many times apart that differ beyond rounding are two quantities of one
#: kind ("721 delegates" and "1,237 delegates", "$1.2 million" and "$332,000" spent), not
#: one quantity stated twice: no comparison is made
RESTATED_RATIO = 2.0


def plausibly_restated(a: float, b: float) -> bool:
    """Whether two figures are close enough (within :data:`RESTATED_RATIO`) to be one quantity
    stated twice with different values."""
    lo, hi = sorted((abs(a), abs(b)))
    return lo > 0 and hi / lo <= RESTATED_RATIO


def rounded_range(claim) -> tuple[float, float]:
    """The range a figure allows: its qualifier's, else half the step it is written to ("0.1 percent"
    is 0.05-0.15: a market report rounds the per cent to one decimal, however small; "69 cents": to
    the cent)."""
    if claim.qualifier:
        return interval(claim.value, claim.qualifier)
    half = min(written_step(claim), granularity(claim.value)) / 2
    return (claim.value - half, claim.value + half)
