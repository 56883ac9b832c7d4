"""The words around a number span: currency signs and words, unit symbols, "-plus", names and idioms.

spaCy's number spans often leave out what stands next to the number ("$" in "raised
$225,000", "mm" in "8.5 mm", "-plus" in "6,000-plus donors"), and some numbers are no
quantity at all ("Nikkei 225", "Fig. 3", "[22]", "too clever by half"). These functions read
the text around a quantity's character span and say how to widen or drop it. The tables are
data: ``lexicons/claim_currency_signs.tsv``, ``lexicons/unit_symbols.tsv`` and
``lexicons/claim_not_quantities.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import lexicons
from .durations import TIME_UNITS  # units of time: a quantity of one after "over" is a span of time
from .units import is_currency_code

_CURRENCY = [(s, c, p) for s, c, p in lexicons.rows("claim_currency_signs.tsv")]
_BEFORE_RE = re.compile(
    r"(?<![A-Za-z0-9.$])(" + "|".join(re.escape(s) for s, _, p in sorted(_CURRENCY, key=lambda r: -len(r[0])) if p == "before")
    + r")\s?$"
)
_BEFORE_CODE = {s: c for s, c, p in _CURRENCY if p == "before"}
_AFTER_RE = re.compile(
    r"^[ \u00a0]+(" + "|".join(re.escape(s) for s, _, p in sorted(_CURRENCY, key=lambda r: -len(r[0])) if p == "after") + r")\b"
)
_AFTER_CODE = {s: c for s, c, p in _CURRENCY if p == "after"}
#: currency words that are something else unless the sentence says where ("300 pounds" of weight)
_CONTEXT = {
    "pounds": re.compile(r"Brit|\bU\.?K\.?\b|England|London|Scot|Wales|Welsh|sterling|\u00a3"),
    "pound": re.compile(r"Brit|\bU\.?K\.?\b|England|London|Scot|Wales|Welsh|sterling|\u00a3"),
    "won": re.compile(r"Korea"),
    "rand": re.compile(r"South Africa"),
}
_SYMBOLS = dict(lexicons.rows("unit_symbols.tsv"))
_SYMBOL_RE = re.compile(
    r"^[ \u00a0]?(" + "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True)) + r")(?![\w%\u2030])(?!\.\w)"
)
_SYMBOL_ALT = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True) if s.isalpha())
_SYMBOL_UNITS = frozenset(v for v in _SYMBOLS.values() if v.isalpha())
_PER_RE = re.compile(r"^(?:/(" + _SYMBOL_ALT + r")|[ \u00a0](" + _SYMBOL_ALT + r")(?:\u2212|-|\u207b)(?:1|\u00b9))(?![\w%])")
#: a power of a unit after "/" ("g/m3", "kg/m²"): letters with a digit or superscript, as the symbol table has them
_POWER_ALT = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True) if s[:1].isalpha() and s[-1] in "23\u00b2\u00b3")
_PER_POWER_RE = re.compile(r"^/(" + _POWER_ALT + r")(?![\w%])")
_KNOWN_UNITS = frozenset(_SYMBOLS.values()) | frozenset(r[1] for r in lexicons.rows("unit_names.tsv")) | frozenset(
    r[0] for r in lexicons.rows("unit_pint_names.tsv")) | {"percent", "lb"}
_NOT_BEFORE_RE = re.compile(
    r"(?:^|(?<=\W))(?:" + "|".join(p for k, p in lexicons.rows("claim_not_quantities.tsv") if k == "before") + r")\s*$"
)
_IDIOMS = [re.compile(p, re.I) for k, p in lexicons.rows("claim_not_quantities.tsv") if k == "idiom"]
_PLUS_RE = re.compile(r"^(?:-plus\b|\+(?![\d\w])|\s+or\s+(?:more|greater|higher|above)\b|\s+and\s+(?:up|above)\b)")
_CITATION_BEFORE_RE = re.compile(r"\[[\d,\s\u2013\-]*$")
#: a reciprocal unit right after its symbol ("1540 cm\u22121", "cm-1", "cm\u207b\u00b9"): not a range's dash ("3 cm-10 cm")
_RECIPROCAL_RE = re.compile(r"^\^?(?:\u2212|-|\u207b)(?:1|\u00b9)(?![\d\w]|[.,]\d)")
#: a negative power right after a unit symbol a span ends with ("cm\u22123")
_POWER_AFTER_RE = re.compile(r"^\^?(?:\u2212|-|\u207b)([123\u00b9\u00b2\u00b3])(?![\d\w]|[.,]\d)")
_POWER_DIGITS = {"\u00b9": "1", "\u00b2": "2", "\u00b3": "3"}
#: nouns that make a size compound after a number ("a 2000 page report", "a 1,500-acre farm"): no year
_SIZE_NOUN_RE = re.compile(
    r"^[ \u00a0-](?:" + "|".join(re.escape(r[0]) for r in lexicons.rows("claim_size_nouns.txt")) + r")(?![\w-])", re.I
)
#: an opening tag's start ("<tweet tweet-date=...") and a tag's end
_TAG_OPEN_RE = re.compile(r"<[A-Za-z][\w-]*\s[^<>]*$")
_CITATION_AFTER_RE = re.compile(r"^[\d,\s\u2013\-]*\]")


def currency_before(text: str, start: int) -> Optional[tuple[str, int]]:
    """The currency written right before ``start`` ("$", "US$", "€", "USD ") and where it begins."""
    m = _BEFORE_RE.search(text[max(0, start - 6) : start])
    if not m:
        return None
    return _BEFORE_CODE[m.group(1)], start - (len(text[max(0, start - 6) : start]) - m.start(1))


def currency_after(text: str, end: int, sentence: str) -> Optional[tuple[str, int]]:
    """The currency word right after ``end`` ("dollars", "euros", "yuan") and where it ends.

    "pounds" counts as sterling only where ``sentence`` speaks of Britain (else it is weight)."""
    m = _AFTER_RE.match(text[end : end + 30])
    if not m:
        return None
    ctx = _CONTEXT.get(m.group(1))
    if ctx is not None and not ctx.search(sentence):
        return None
    places = currency_places().get(m.group(1))
    if places is not None:  # "2,000 shillings": Kenya's, Uganda's, Tanzania's, by the country the story names
        code = next((c for where in (sentence, text) for pattern, c in places if pattern.search(where)), None)
        return (code, end + m.end(1)) if code is not None else None
    return _AFTER_CODE[m.group(1)], end + m.end(1)


@lru_cache(maxsize=None)
def currency_places() -> dict[str, tuple[tuple[re.Pattern, str], ...]]:
    """``claim_currency_places.tsv``: a currency word -> (pattern of a country, code) pairs, in order."""
    out: dict[str, list] = {}
    for word, pattern, code in lexicons.rows("claim_currency_places.tsv"):
        out.setdefault(word, []).append((re.compile(pattern), code))
    return {k: tuple(v) for k, v in out.items()}


def symbol_after(text: str, end: int) -> Optional[tuple[str, int]]:
    """The unit symbol right after ``end`` ("mm", "°C", "h") and where it ends."""
    m = _SYMBOL_RE.match(text[end : end + 12])
    if not m:
        return None
    unit, stop = _SYMBOLS[m.group(1)], end + m.end(1)
    recip = _RECIPROCAL_RE.match(text[stop : stop + 4]) if unit[:1].isalpha() else None
    if recip is not None:
        return f"{unit}-1", stop + recip.end()  # "1540 cm\u22121": a wavenumber
    per = per_after(text, stop)
    return (f"{unit}/{per[0]}", per[1]) if per is not None else (unit, stop)


def per_after(text: str, end: int) -> Optional[tuple[str, int]]:
    """The unit a quantity is "per", right after ``end`` ("/L" of "mg/L", "/m3" of "g/m3", " s−1"
    of "m s−1") and where it ends, or None."""
    per = _PER_RE.match(text[end : end + 10]) or _PER_POWER_RE.match(text[end : end + 10])
    if not per:
        return None
    return _SYMBOLS[per.group(1) or per.group(2)], end + per.end()


def known_unit(unit: Optional[str]) -> bool:
    """Whether a unit is one newsfacts names (a currency code, a symbol of the tables, a quantulum3
    name it maps); quantulum3 also makes up units from stray letters ("south african rand penny")."""
    if unit is None or is_currency_code(unit) or unit in _KNOWN_UNITS or "/" in unit:
        return True
    return " " not in unit and unit not in ("unk", "byte", "bit")


def plus_after(text: str, end: int) -> Optional[int]:
    """Where "-plus", "+", "or more" right after ``end`` ends ("6,000-plus donors"), or None."""
    m = _PLUS_RE.match(text[end : end + 20])
    return end + m.end() if m else None


def in_tag(text: str, start: int) -> bool:
    """Whether ``start`` lies inside an opening tag left in the text ('<tweet tweet-date="May 9, 2016">')."""
    before = text[max(0, start - 300) : start]
    return "<" in before and _TAG_OPEN_RE.search(before) is not None and ">" in text[start : start + 300].split("<", 1)[0]


def size_noun_after(text: str, end: int) -> bool:
    """Whether a noun of size follows the number ending at ``end`` ("2000 page report", "1,500-acre"):
    a count, not a year (``lexicons/claim_size_nouns.txt``)."""
    return _SIZE_NOUN_RE.match(text[end : end + 24]) is not None


def not_quantity(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is a name, a reference or an idiom, not a quantity:
    an index ("Nikkei 225", "S&P 500"), a figure or citation ("Fig. 3", "[22]"), "too clever by half"."""
    if _NOT_BEFORE_RE.search(text[max(0, start - 24) : start]):
        return True
    if in_tag(text, start):
        return True  # '<tweet tweet-date="February 9, 2016">': an attribute of markup, no text
    if _CITATION_BEFORE_RE.search(text[max(0, start - 20) : start]) and _CITATION_AFTER_RE.match(text[end : end + 20]):
        return True
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")" and re.fullmatch(r"\d{1,2}|[ivx]{1,4}|[a-h]", text[start:end]):
        before = text[max(0, start - 3) : start - 1].strip()
        if not before or not before[-1].isalnum():
            return True  # "(1) first, (2) second": an enumeration
    window_start, window_end = max(0, start - 30), min(len(text), end + 30)
    window = text[window_start:window_end]
    for rx in _IDIOMS:
        for m in rx.finditer(window):
            if window_start + m.start("n") <= start < window_start + m.end("n"):
                return True
    return False




_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
_CURRENCY_SCALE_RE = re.compile(r"^[ \u00a0]?(k|m|mn|bn|b|tn)\b", re.I)
_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_WORD_RE = re.compile(r"^[ \u00a0]+(thousand|million|billion|trillion)\b", re.I)
_OR_RE = re.compile(r"^\s+or\s+(\w+(?:[.,]\d+)?)\b")


_RANGE_AFTER_RE = re.compile(r"^\s*(?:to|-|\u2013)\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d,.]?\d)(\s*(?:percent\b|per cent\b|%)|\s*percentage\s+points?\b)?")
_BETWEEN_END_RE = re.compile(r"\bbetween\s+$", re.I)


def range_after(text: str, start: int, end: int, value: float) -> Optional[tuple[float, float, Optional[str], int]]:
    """``(low, high, unit, end)`` of a range whose upper bound NER left out of a bare number's
    span ("about 8 | to 10 percent", "ranging from 2 | to 9 percentage points", "between 600 |
    -700 emails"): the bound is larger, and it carries "percent" or "between" opens the range; else None (also a tally "4-to-4")."""
    m = _RANGE_AFTER_RE.match(text[end : end + 24])
    if m is None:
        return None
    high = float(m.group(1).replace(",", "") + (m.group(2) or ""))
    if high <= value or not (m.group(3) or _BETWEEN_END_RE.search(text[max(0, start - 9) : start])):
        return None
    unit = None if not m.group(3) else "percentage point" if "point" in m.group(3) else "percent"
    return value, high, unit, end + m.end()


def or_number(text: str, end: int) -> Optional[tuple[str, int]]:
    """The number word or figure after "or" right after ``end`` ("two or three") and where it ends."""
    m = _OR_RE.match(text[end : end + 24])
    return (m.group(1), end + m.end(1)) if m else None


def widen(text: str, start: int, end: int, unit: Optional[str], sentence: str) -> tuple[int, int, Optional[str], bool, float]:
    """The quantity at ``start:end`` with what stands next to it: ``(start, end, unit, plus, scale)``.

    A currency sign or code before ("$", "US$", "C$", "USD 5m") or word after ("dollars",
    "yuan") sets the unit (a more precise sign wins over quantulum3's "USD" for "$"); a unit
    symbol after ("mm", "°C") sets it when there is none; ``plus`` says "-plus" / "or more"
    follows (the qualifier "at least"); ``scale`` is 1e6 for the "m" of "USD 5m" outside the span."""
    digit = next((i for i in range(start, end) if text[i].isdigit()), start)
    if not known_unit(unit) or (unit == "degree angle" and text[end : end + 1] in ("C", "F")):
        last = max((i for i in range(start, end) if text[i].isdigit()), default=end - 1) + 1
        tail = symbol_after(text, last)
        unit, end = tail if tail is not None and tail[1] >= end else (None, last)
    before = currency_before(text, digit)
    if before is not None and unit is not None and re.fullmatch(r"[\d.,]+s", text[digit:end]):
        unit = None  # "a handful of $20s": bills, not seconds
    if before is not None and (unit is None or unit == before[0] or unit == "USD" or is_currency_code(unit)):
        unit, start = before[0], min(start, before[1])
    if before is None and unit == "lb" and _CONTEXT["pounds"].search(sentence) and re.search(r"pounds?$", text[start:end]):
        unit = "GBP"  # "500 pounds" in a story about Britain
    scale = 1.0
    if before is not None and unit == before[0]:
        m = _CURRENCY_SCALE_RE.match(text[end : end + 4])
        if m:
            scale, end = _SCALES[m.group(1).lower()], end + m.end(1)
    m = _SCALE_WORD_RE.match(text[end : end + 12])
    if m and scale == 1.0 and not re.search(r"(?:thousand|million|billion|trillion)\s*$", text[start:end], re.I):
        scale, end = _SCALE_WORDS[m.group(1).lower()], end + m.end(1)  # "some $8.8 | billion": NER split the span
    if unit is not None and "/" not in unit and unit != "percent" and not is_currency_code(unit) and text[end : end + 1] == "/":
        per = per_after(text, end)  # "1.20 g/m3": quantulum3 stopped at "g"
        if per is not None:
            unit, end = f"{unit}/{per[0]}", per[1]
    if unit is None:
        after = currency_after(text, end, sentence)
        if after is None and not re.match(r"[ \u00a0]?(?:in|a|at|or|to|per)\b", text[end:end + 4]):
            after = symbol_after(text, end)
        if after is not None:
            unit, end = after
    if unit is not None and "/" not in unit and unit[-1:].isalpha() and text[end - 1 : end].isalpha():
        power = _POWER_AFTER_RE.match(text[end : end + 4])  # "964 cm\u22121", "10^16 cm\u22123": quantulum3 stopped at "cm"
        if power is not None and unit in _SYMBOL_UNITS:
            unit, end = f"{unit}-{_POWER_DIGITS.get(power.group(1), power.group(1))}", end + power.end()
    plus = plus_after(text, end)
    if plus is not None:
        end = plus
    return start, end, unit, plus is not None, scale


def is_duration(unit: Optional[str], text: str, end: int) -> bool:
    """Whether a quantity of ``unit`` ending at ``end`` is a duration ("over ten years": a span of
    time, not "more than ten years"), not an age ("over 65 years old")."""
    return unit in TIME_UNITS and not re.match(r"\s*(?:old|of age|ago|or (?:more|older))\b", text[end : end + 12])
