"""Numbers: read one quantity from a short text, with its unit, range and qualifier.

quantulum3 reads each number span on its own (value, unit, ranges, "1.2 million", "two
hundred and fifty"); running it on the short span instead of whole sentences is about ten
times faster and avoids its misreadings of dates and names (see docs/claims.md). Plain
figures ("4,400", "nearly 17%") and number words ("seven") skip it. newsfacts adds:

- qualifiers ("about", "over", "at least", "up to", "nearly", "between") from the words
  before the number, folded to a short canonical list (``lexicons/claim_qualifiers.tsv``);
- "a dozen" = 12 (quantulum3 reads it as 1 dozen), "dozens"/"hundreds"/"thousands" =
  at least 24/200/2,000 (``lexicons/claim_vague_quantities.tsv``), "3.5bn" = 3.5 billion.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache
from typing import Optional

from ... import lexicons
from .check_words import FRACTION_ALT, fraction_value
from .units import quantulum_unit

#: spaCy entity labels of number spans
NUMERIC_LABELS = ("CARDINAL", "QUANTITY", "PERCENT", "MONEY")

# qualifier phrase -> canonical qualifier, longest first when matching
_QUALIFIERS = dict(lexicons.rows("claim_qualifiers.tsv"))
_QUAL_RE = re.compile(
    r"(?:^|\W)(" + "|".join(sorted((re.escape(k) for k in _QUALIFIERS), key=len, reverse=True)) + r")\s*$",
    re.I,
)
_VAGUE = {phrase: int(value) for phrase, value in lexicons.rows("claim_vague_quantities.tsv")}
_VAGUE_RE = re.compile(r"^(?:many\s+)?(" + "|".join(sorted(_VAGUE, key=len, reverse=True)) + r")$", re.I)
_WORD_NUMBER_RE = re.compile(r"^(?:" + "|".join(r[0] for r in lexicons.rows("claim_word_numbers.txt")) + r")$", re.I)
_SMALL_NUMBERS = {word: int(value) for word, value in lexicons.rows("claim_small_numbers.tsv")}
_PLAIN_RE = re.compile(
    r"^(?:[A-Za-z]+(?:\s+[A-Za-z]+)*\s+)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<pct>\s*(?:%|percent|per cent))?$"
)
_NUMBER_ALT = r"\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(_SMALL_NUMBERS, key=len, reverse=True))
#: "1 in 4", "one in five", "3 out of 10": a share written as a ratio (see :func:`ratio_share`)
#: ("one of every nine", "one in every five": "every" makes any "of" a ratio)
_RATIO_BEFORE_RE = re.compile(r"(?:^|(?<=[^\w.,$\u20ac\u00a3-]))(" + _NUMBER_ALT + r")\s+(?:(?:in|out\s+of)(?:\s+every)?|of\s+every)\s+$", re.I)
_RATIO_OF_BEFORE_RE = re.compile(r"(?:^|(?<=[^\w.,$\u20ac\u00a3-]))(" + _NUMBER_ALT + r")\s+of\s+$", re.I)
_RATIO_AFTER_RE = re.compile(r"^\s+(?:(?:in|out\s+of)(?:\s+every)?|of\s+every)\s+(" + _NUMBER_ALT + r")(?![\w,.]?\d)", re.I)
_RATIO_SPAN_RE = re.compile(r"^(?:[A-Za-z]+(?:\s+[A-Za-z]+)*\s+)?(?P<a>" + _NUMBER_ALT + r")\s+(?:(?:in|out\s+of)(?:\s+every)?|of\s+every)\s+(?P<b>" + _NUMBER_ALT + r")$", re.I)
_SCALE_WORDS = dict(lexicons.rows("claim_scale_words.tsv"))
#: "between $30,000 and $60,000", "between 20 and 45 dollars": one range, both bounds in the span
_BETWEEN_RE = re.compile(r"^(?P<lead>\s*between\s+)(?P<a>\S.{0,40}?)\s+and\s+(?P<b>\S.{0,40}?)\s*$", re.I)
_SCALE_AFTER_RE = re.compile(r"\d\s*(thousand|million|billion|trillion)\b", re.I)
_ABBREV_SCALE_RE = re.compile(r"(\d)\s*(" + "|".join(_SCALE_WORDS) + r")\b", re.I)
_HYPHEN_SCALE_RE = re.compile(r"(\d)-(thousand|million|billion|trillion)\b", re.I)
#: More digits in a row than any quantity has: quantulum3's scan of them is superlinear
#: (150 digits glued to "dozen": 5 s a call; found by fuzzing, benchmarks/fuzz.py numbers)
_LONG_DIGITS_RE = re.compile(r"\d{21}")
#: "$5m", "USD 5m", "£2.5m": after a currency "m" is million, not metre
_CURRENCY_M_RE = re.compile(r"((?:[$\u20ac\u00a3\u00a5]|\b[A-Z]{3}\s?)\d+(?:\.\d+)?)\s?m\b")


@lru_cache(maxsize=1)
def _quantulum():
    """quantulum3's parser, loaded once.

    quantulum3 imports inflect, whose engine class is wrapped in typeguard's
    ``@typechecked``: at import that re-parses and recompiles inflect's source method by
    method (4-5 s here; a no-op only under ``python -O``). Those checks guard inflect's own
    arguments and are not needed for reading numbers, so while inflect is imported (and only
    then) ``typeguard.typechecked`` is the identity; it is restored right after. Import
    time drops to about 1 s. If inflect is already imported, nothing is patched.
    """
    import sys

    patched = None
    if "inflect" not in sys.modules:
        try:
            import typeguard

            patched = typeguard.typechecked
            typeguard.typechecked = _no_typecheck
        except ImportError:  # typeguard absent: nothing to skip
            patched = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser

            parser.parse("1 km")  # loads the unit tables once
    finally:
        if patched is not None:
            import typeguard

            typeguard.typechecked = patched
    return parser


def _no_typecheck(target=None, **_kw):
    return target if target is not None else (lambda f: f)


_SCALES = {"dozen": 12.0, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: "a quarter of a million", "half a billion", "half a dozen" (the fractions of ``claim_check_words.tsv``)
_FRACTION_SCALE_RE = re.compile(
    r"\s*(?P<f>" + FRACTION_ALT + r")\s+(?:of\s+)?(?:a|an|one)\s+(?P<s>dozen|hundred|thousand|million|billion|trillion)\b", re.I)


def _fraction_of_scale(text: str, m) -> tuple[float, Optional[str], None, None, int, int]:
    """The value of "a quarter of a million dollars" (250,000 USD), with the unit the words after it give."""
    share = fraction_value(m.group("f")) or 0.0
    share = next((exact for exact in (1 / 3, 2 / 3) if abs(share - exact) < 1e-3), share)  # "a third": 0.3333 in the table
    value = float(round(share * _SCALES[m.group("s").lower()]))
    digits = f"{value:.0f}"
    rest = _parse_quantity(digits + text[m.end() :]) if text[m.end() :].strip() else None
    if rest is not None and rest[4] == 0 and rest[0] == value and rest[1] is not None:
        return value, rest[1], None, None, m.start("f"), m.end() + rest[5] - len(digits)
    return value, None, None, None, m.start("f"), m.end()


def parse_quantity(text: str) -> Optional[tuple[float, Optional[str], Optional[float], Optional[float], int, int]]:
    """Read one quantity from a short text (cached; see :func:`_parse_quantity`)."""
    if not isinstance(text, str):
        return None
    return _parse_quantity(text)


@lru_cache(maxsize=8192)
def _parse_quantity(text: str) -> Optional[tuple[float, Optional[str], Optional[float], Optional[float], int, int]]:
    """Read one quantity from a short text (a number span, not a sentence).

    Args:
        text: e.g. "4,400", "about 90%", "1,500-kilometer", "a dozen", "$3.5bn", "10 to 20".

    Returns:
        ``(value, unit, low, high, start, end)`` with ``start``/``end`` the offsets of the
        quantity inside ``text``, or None when the text holds no quantity. Never raises.
    """
    if not isinstance(text, str) or not text.strip() or len(text) > 200:
        return None
    vague = _VAGUE_RE.match(text.strip())
    if vague:
        lead = len(text) - len(text.lstrip())
        return float(_VAGUE[vague.group(1).lower()]), None, None, None, lead, lead + len(text.strip())
    word = _SMALL_NUMBERS.get(text.strip().lower())
    if word is not None:
        lead = len(text) - len(text.lstrip())
        return float(word), None, None, None, lead, lead + len(text.strip())
    scaled = _FRACTION_SCALE_RE.match(text)
    if scaled:  # "a quarter of a million dollars", "half a million": a share of a scale word
        return _fraction_of_scale(text, scaled)
    between = _BETWEEN_RE.match(text)
    ranged = _between(between) if between else None
    if ranged is not None:  # "between $30,000 and $60,000": quantulum3 reads only the first bound
        return ranged
    ratio = _RATIO_SPAN_RE.match(text)
    share = ratio_share(_number_word(ratio.group("a")), _number_word(ratio.group("b"))) if ratio else None
    if share is not None:  # "4 in 10" read by NER as one number
        return share, "percent", None, None, ratio.start("a"), ratio.end()
    plain = _PLAIN_RE.match(text)
    if plain:  # "4,400", "nearly 17%": no need for quantulum3's full parser (about 1 ms a call)
        value = float(plain.group("num").replace(",", ""))
        unit = "percent" if plain.group("pct") else None
        return value, unit, None, None, plain.start("num"), plain.end()
    if _LONG_DIGITS_RE.search(text):
        return None
    prepared = _ABBREV_SCALE_RE.sub(lambda m: m.group(1) + " " + _SCALE_WORDS[m.group(2).lower()], text)
    prepared = _CURRENCY_M_RE.sub(r"\1 million", prepared)
    prepared = _HYPHEN_SCALE_RE.sub(r"\1 \2", prepared)  # "$400-million" is 400 million, not 400 to a million
    shift_ok = prepared == text
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = _quantulum().parse(prepared)
    except Exception:  # quantulum3 raises on some odd strings; no quantity is the honest answer
        return None
    if not found:
        return None
    q = max(found, key=lambda x: x.span[1] - x.span[0])
    value = float(q.value)
    if value != value or value in (float("inf"), float("-inf")):
        return None
    uname = q.unit.name
    unit = quantulum_unit(q.unit)
    if uname == "dozen":
        value *= 12
        unit = None
    low = high = None
    if q.uncertainty:
        low, high = value - float(q.uncertainty), value + float(q.uncertainty)
    if uname in ("cent", "penny"):  # "69 cents", "a penny": hundredths of a dollar
        value, unit = value / 100, "USD"
        low, high = (low / 100, high / 100) if low is not None else (None, None)
    start, end = q.span if shift_ok else (0, len(text))
    start, end = max(0, start), min(len(text), end)  # quantulum3 gives -1 for "Between 10 and 20"
    return value, unit, low, high, start, end


def _between(m) -> Optional[tuple[float, Optional[str], float, float, int, int]]:
    """The range "between A and B" states: both bounds read alone, the unit of either (the same
    when both have one: "between 20 and 45 dollars", "between $1.5 and $2 million"), a scale word
    written once applied to both; None when it is no range (years "between 2006 and 2012", a
    falling pair, two units)."""
    a, b = _parse_quantity(m.group("a")), _parse_quantity(m.group("b"))
    if a is None or b is None or a[2] is not None or b[2] is not None:
        return None
    if a[4] != 0 or b[4] != 0 or a[5] != len(m.group("a")) or b[5] != len(m.group("b")):
        return None  # a bound with words around it: no plain range
    low, high = a[0], b[0]
    scale = _SCALE_AFTER_RE.search(m.group("b"))
    if scale and not _SCALE_AFTER_RE.search(m.group("a")) and low * _SCALES[scale.group(1).lower()] < high:
        low *= _SCALES[scale.group(1).lower()]  # "between 1.5 and 2 million"
    if a[1] is not None and b[1] is not None and a[1] != b[1]:
        return None
    unit = a[1] or b[1]
    if unit is None and all(v == int(v) and 1800 <= v <= 2100 for v in (low, high)):
        return None  # "between 2006 and 2012": years
    if not low < high:
        return None
    return (low + high) / 2, unit, low, high, 0, len(m.group(0).rstrip())


def normalise_number(text: str) -> Optional[float]:
    """The number a short text states ("4,400" -> 4400.0, "1.2 million" -> 1200000.0,
    "a dozen" -> 12.0), or None. Never raises."""
    got = parse_quantity(text)
    return got[0] if got else None


def find_qualifier(text: str, sent_start: int, start: int) -> tuple[Optional[str], int]:
    """The canonical qualifier in the 30 characters before ``start`` (not before the
    sentence start ``sent_start``) and where it begins; ``(None, start)`` when none."""
    window_start = max(sent_start, start - 30)
    m = _QUAL_RE.search(text[window_start:start])
    if not m:
        return None, start
    return _QUALIFIERS[m.group(1).lower()], window_start + m.start(1)


def is_vague(text: str) -> bool:
    """Whether a number's words are a vague plural ("dozens", "many thousands")."""
    return bool(_VAGUE_RE.match(text.strip()))


def is_word_number(text: str) -> bool:
    """Whether a number's words are one of the small number words that may be a reference
    rather than a quantity ("one", "the two", "both")."""
    return bool(_WORD_NUMBER_RE.match(text.strip()))


def _number_word(word: str) -> float:
    """The value of a plain figure or a small number word ("4", "1,000", "five")."""
    small = _SMALL_NUMBERS.get(word.lower())
    return float(small) if small is not None else float(word.replace(",", ""))


def ratio_share(part: float, whole: float) -> Optional[float]:
    """The percentage a ratio "part in whole" states ("1 in 4" -> 25.0), or None when it is no
    share: the part not smaller than the whole, or a year after "in" ("3 in 2016")."""
    if not 0 <= part < whole or 1800 <= whole <= 2100:
        return None
    return part / whole * 100


def ratio_before(text: str, start: int, sent_start: int, whole: Optional[float] = None) -> Optional[tuple[float, int]]:
    """The part of a ratio written right before the whole at ``start`` ("*1 in* 4", "*one in*
    five"; "*eight of* 10" when the ``whole`` is 10 or 100): ``(part, where it begins)``, or None."""
    window_start = max(sent_start, start - 24)
    m = _RATIO_BEFORE_RE.search(text[window_start:start])
    if m is None and whole in (10, 100):
        m = _RATIO_OF_BEFORE_RE.search(text[window_start:start])
        if m is not None and _number_word(m.group(1)) < 2:
            return None  # "one of 100 senators": one senator, no share
    if not m or (m.group(1)[0].isupper() and re.search(r"[A-Z][\w.]*\s+$", text[window_start : window_start + m.start(1)])):
        return None  # "Uranium One in three transactions": a name
    return _number_word(m.group(1)), window_start + m.start(1)


def ratio_after(text: str, end: int) -> Optional[tuple[float, int]]:
    """The whole of a ratio written right after its part at ``end`` ("1 *in 10*" when NER read the
    whole into a date: "1 in 10 a decade ago"): ``(whole, where it ends)``, or None."""
    m = _RATIO_AFTER_RE.match(text[end : end + 24])
    return (_number_word(m.group(1)), end + m.end()) if m else None
