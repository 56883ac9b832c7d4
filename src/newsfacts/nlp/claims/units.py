"""Units: the names newsfacts gives units, and conversions between them with pint.

quantulum3 names the units it reads ("kilometre", "pound-mass"); newsfacts writes them
short ("km", "lb") from ``lexicons/unit_names.tsv``, and currencies as ISO 4217 codes.
pint converts between newsfacts units through ``lexicons/unit_pint_names.tsv``. The unit
words of ``lexicons/unit_words.txt`` are never what a number counts; those of
``lexicons/unit_plurals.tsv`` are written as words in explanations ("932 miles").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import lexicons

#: quantulum3 unit name -> newsfacts unit (pint names the rest)
UNIT_NAMES: dict[str, str] = dict(lexicons.rows("unit_names.tsv"))
#: quantulum3 currency name -> ISO 4217 code, for currencies it gives no code
CURRENCY_CODES: dict[str, str] = dict(lexicons.rows("unit_currencies.tsv"))
#: newsfacts unit -> pint unit expression (for conversions)
PINT_NAMES: dict[str, str] = dict(lexicons.rows("unit_pint_names.tsv"))
#: unit words (lemma or lower-case form) that are never the thing counted
UNIT_WORDS: frozenset[str] = frozenset(r[0] for r in lexicons.rows("unit_words.txt"))
#: unit symbols as written ("mm", "GPa", "°C", "mg/L" is two of them)
UNIT_SYMBOLS: frozenset[str] = frozenset(r[0] for r in lexicons.rows("unit_symbols.tsv"))
#: units written as words in explanations -> their plural
UNIT_PLURALS: dict[str, str] = dict(lexicons.rows("unit_plurals.tsv"))
#: words after "N times" that make N a multiplier (``unit_multiplier_words.txt``)
_MULTIPLIER_RE = re.compile(
    r"[ \t]+(times)[ \t]+(?:(?:" + "|".join(sorted(r[0] for r in lexicons.rows("unit_multiplier_words.txt"))) + r")\b|[a-z]+er[ \t]+than\b)", re.I)


def quantulum_unit(u) -> Optional[str]:
    """The newsfacts unit of a quantulum3 unit: None for a bare number or a dozen, an ISO
    4217 code for a currency, a short name ("km") otherwise."""
    name = u.name
    if name in ("dimensionless", "dozen"):
        return None
    code = getattr(u, "currency_code", None)
    if code:
        return code
    if u.entity.name == "currency":
        return CURRENCY_CODES.get(name, name)
    return UNIT_NAMES.get(name, name)


def is_currency_code(unit: Optional[str]) -> bool:
    """Whether a unit is an ISO 4217 currency code ("USD", "EUR"): money, not a measure."""
    return unit is not None and len(unit) == 3 and unit.isupper()


def multiplier_after(text: str, end: int) -> Optional[int]:
    """The end of "times" when the number ending at ``end`` is a multiplier ("five times more",
    "three times as fast", "four times the rate", "two times higher than"), else None (a count
    of occasions: "arrested three times", "three times a week")."""
    m = _MULTIPLIER_RE.match(text, end)
    return m.end(1) if m else None


def story_currency(units) -> Optional[str]:
    """The one currency code among a story's ``units``, or None (none or two)."""
    codes = {u for u in units if is_currency_code(u)}
    return codes.pop() if len(codes) == 1 else None


def money_without_sign(doc, infos: list, money_verbs) -> None:
    """Give a bare "millions" or "billions" that a verb of ``money_verbs`` takes as its object
    ("Trump lent his campaign millions", "raised billions") the story's one currency (from its
    other claims); nothing when the story names no currency or two, or the number counts a noun."""
    currency = story_currency(i.claim.unit for i in infos)
    if currency is None:
        return
    for info in infos:
        c = info.claim
        if c.unit is not None or info.head is not None or c.value < 1e6 or c.low is not None:
            continue
        span = doc.char_span(*c.evidence[0], alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        if root is not None and root.pos_ == "NOUN" and root.dep_ == "dobj" and root.head.lemma_.lower() in money_verbs:
            c.unit = currency


def is_unit_word(tok) -> bool:
    """Whether a token is a unit word ("kilometer", "days"), by its lemma or lower-case form."""
    return tok.lemma_.lower() in UNIT_WORDS or tok.lower_ in UNIT_WORDS


def is_unit_symbol(text: str) -> bool:
    """Whether a word is a unit symbol or a ratio of two ("GPa", "nm", "g/m3", "mg/L")."""
    return text in UNIT_SYMBOLS or ("/" in text and all(p.rstrip("0123456789²³") in UNIT_SYMBOLS for p in text.split("/")))


@lru_cache(maxsize=1)
def unit_registry():
    """pint's unit registry, built once (cached)."""
    import pint

    return pint.UnitRegistry()


def convert(value: float, unit: str, to_unit: str) -> Optional[float]:
    """``value`` in ``unit`` expressed in ``to_unit`` (newsfacts unit names), or None."""
    a, b = PINT_NAMES.get(unit), PINT_NAMES.get(to_unit)
    if not a or not b:
        return None
    try:
        return float(unit_registry().Quantity(value, a).to(b).magnitude)
    except Exception:  # incompatible dimensions or an offset unit pint refuses: no conversion
        return None
