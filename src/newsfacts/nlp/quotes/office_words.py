"""The words a description may use for an office that ``lexicons/people.tsv`` lists in other
words ("the Russian leader" for a president, "the former CEO" for a chief executive, "the
lawmaker" for a senator), from ``lexicons/quotes_speakers_office_words.tsv``. Read by
:func:`.descriptions.known_office_words`, whose guard lets a description name someone
people.tsv lists only when one of their offices has the description's head word."""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicons


@lru_cache(maxsize=None)
def office_synonyms() -> tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]:
    """(phrase, the words it adds, the longer phrases it is not read in) per row."""
    out = []
    for r in lexicons.rows("quotes_speakers_office_words.tsv"):
        if len(r) > 1:
            nots = tuple(x.strip() for x in r[2].split("|") if x.strip()) if len(r) > 2 else ()
            out.append((r[0].lower(), frozenset(r[1].lower().split()), nots))
    return tuple(out)


def office_words(note: str) -> set[str]:
    """The words a description may use for the office ``note`` (lower case) beyond its own:
    "leader" for "president" (never for "vice president")."""
    out: set[str] = set()
    for phrase, words, nots in office_synonyms():
        rest = note
        for n in nots:
            rest = rest.replace(n, " ")
        if re.search(rf"\b{re.escape(phrase)}\b", rest):
            out |= words
    return out
