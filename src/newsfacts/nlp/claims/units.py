"""Units: the names newsfacts gives units, and conversions between them with pint.

quantulum3 names the units it reads ("kilometre", "pound-mass"); newsfacts writes them
short ("km", "lb") from ``lexicons/unit_names.tsv``, and currencies as ISO 4217 codes.
pint converts between newsfacts units through ``lexicons/unit_pint_names.tsv``. The unit
words of ``lexicons/unit_words.txt`` are never what a number counts; those of
``lexicons/unit_plurals.tsv`` are written as words in explanations ("932 miles").
"""

from __future__ import annotations

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
