"""Checks that a description of one person with a nationality ("The French president") may
name the person the description rules of :mod:`.descriptions` found before it:
a nationality in the description must be the person's country ("President Obama had a talk
with Francois Hollande. The French president expressed ...": not Obama), and the one person of
that country named just before whom people.tsv lists with the head word is the one meant
(Hollande).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ... import lexicons


def description_countries(tok: Token, start: int) -> frozenset[str]:
    """The countries (ISO3) the nationality words of the description headed by ``tok`` name
    ("The French president": FRA), the words from ``start`` up to the head."""
    names = lexicons.demonyms()
    return frozenset(names[w.lower_] for w in tok.subtree if w.i < tok.i and w.idx >= start and w.lower_ in names)


def foreign(country: Optional[str], countries: frozenset[str]) -> bool:
    """Whether a person of ``country`` is foreign to the description's nationalities (never
    when either is unknown)."""
    return bool(countries) and country is not None and country not in countries


def national_holder(head: str, nations: frozenset[str], s: int, persons, index, offices) -> Optional[str]:
    """'President Obama had a talk with Francois Hollande. The French president said': the one
    person named in the 600 characters before ``s`` whose country is the description's and whose
    offices (``offices(name)``: the words of people.tsv's offices) hold the head word; None when
    none or more than one."""
    if not nations:
        return None
    found = {eid for pos, eid in persons if s - 600 <= pos < s and (ent := index.by_id.get(eid)) is not None
             and ent.actor.country in nations and head in offices(ent.name)}
    return found.pop() if len(found) == 1 else None
