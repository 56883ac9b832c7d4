"""The words the news checks read around numbers, from ``lexicons/claim_check_words.tsv``,
and small readers of the text between two claims (no spaCy needed)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import lexicons


@lru_cache(maxsize=None)
def check_words() -> dict[str, dict[str, float]]:
    """Kind (``up``, ``down``, ``fraction``, ``per_person``, ``population``, ``time``) ->
    word or phrase (lower case) -> value (the fraction's value; 0 for the other kinds)."""
    out: dict[str, dict[str, float]] = {}
    for r in lexicons.rows("claim_check_words.tsv"):
        out.setdefault(r[0], {})[r[1].lower()] = float(r[2]) if len(r) > 2 and r[2] else 0.0
    return out


def _alternation(phrases) -> str:
    """One regular-expression alternation of word phrases, longest first, a space matching spaces or a hyphen."""
    return "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in sorted({re.sub(r"[\s-]+", " ", p.lower()) for p in phrases}, key=len, reverse=True))


_QUALIFIERS = {phrase.lower(): folded for phrase, folded in lexicons.rows("claim_qualifiers.tsv")}
#: the qualifiers of ``lexicons/claim_qualifiers.tsv`` ("about", "just under", ...) as one alternation
QUALIFIER_ALT = _alternation(_QUALIFIERS)
#: the shares in words of ``lexicons/claim_check_words.tsv`` ("a quarter", "two-thirds", "one in five") as one alternation
FRACTION_ALT = _alternation(r[1] for r in lexicons.rows("claim_check_words.tsv") if r[0] == "fraction")


def fold_qualifier(phrase: Optional[str]) -> Optional[str]:
    """The canonical qualifier of a phrase ("almost" -> "nearly", "just under" -> "nearly"), as the
    claims read it (``lexicons/claim_qualifiers.tsv``); None for none."""
    if not phrase:
        return None
    key = re.sub(r"[\s-]+", " ", phrase.strip().lower())
    return _QUALIFIERS.get(key, key)


@lru_cache(maxsize=None)
def _word_re(kind: str) -> re.Pattern:
    words = sorted(check_words()[kind], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in words) + r")\b", re.I)


def words_of(kind: str, text: str) -> list[tuple[int, int, str]]:
    """Every word of ``kind`` in ``text``: (start, end, the word in lower case)."""
    return [(m.start(), m.end(), re.sub(r"[\s-]+", " ", m.group(1).lower())) for m in _word_re(kind).finditer(text)]


def last_word(kind: str, text: str) -> Optional[str]:
    """The last word of ``kind`` in ``text`` (lower case), or None."""
    found = words_of(kind, text)
    return found[-1][2] if found else None


def fraction_value(phrase: str) -> Optional[float]:
    """The value of a share in words ("a quarter" -> 0.25, "two-thirds" -> 0.6667), or None."""
    key = re.sub(r"[\s-]+", " ", phrase.strip().lower())
    table = {re.sub(r"[\s-]+", " ", k): v for k, v in check_words()["fraction"].items()}
    return table.get(key)


def direction(text: str) -> Optional[str]:
    """``up`` or ``down``: the direction the last change word of ``text`` states, or None."""
    ups, downs = words_of("up", text), words_of("down", text)
    last = max(ups + downs, default=None, key=lambda w: w[0])
    if last is None:
        return None
    return "up" if last in ups else "down"


def has_time_words(text: str) -> bool:
    """Whether ``text`` places a figure in time (a year, a month, "last", "initially", ...)."""
    if re.search(r"\b(?:1[89]\d\d|20\d\d)\b", text):
        return True
    if re.search(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                 r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text):
        return True
    return bool(words_of("time", text))


#: a capitalised word ("Hart", "Millsfield", "Iowa"); the first word of a sentence only before a comma or "'s"
_NAME_RE = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+(?:[A-Z][a-z]+)?)(?![\w-])")


def names_in(sentence: str) -> frozenset:
    """The capitalised words of a sentence ("Hart, about 80 miles south, has 41 voters" -> {"Hart"}):
    its first word only when a comma or "'s" follows it (a name, not "The" or "But")."""
    out = set()
    for m in _NAME_RE.finditer(sentence):
        if not sentence[: m.start()].strip(" \t\n\"'\u201c\u2018(") and not re.match(r"\s*,|['\u2019]s\b", sentence[m.end():]):
            continue
        out.add(m.group(1))
    return frozenset(out)
