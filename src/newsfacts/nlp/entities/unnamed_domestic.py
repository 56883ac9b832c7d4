"""One country's own forces acting on its own people: the country of an unnamed object.

The guard of :mod:`.unnamed_target` keeps the acting subject's country off the object of its act
("Palestinian youths threw stones at soldiers": the soldiers are not Palestinian). Two pairs of
sides are the same country's in news and in the event coders' rules, and take it here:

- a subject that polices its own country (``force`` words of ``lexicons/actor_domestic.tsv``:
  police, authorities, "security forces") and an object of its people (``civil_sector``:
  protesters, students, workers; not CVL, "Authorities in the U.S. deported a 95-year-old man"): "Liberian riot police used tear gas to disperse
  demonstrators" (LBR), "Chinese authorities detained activists" (CHN);
- a subject that fights or defies its government (``insurgent_sector``: rebels, militants,
  protesters) and an object named as the government side (``government_word``: "government
  troops", "the regime", "regime forces"): "Syrian rebels attacked government troops" (SYR),
  "Rebels in Homs attacked government forces" (SYR, the place after the subject's head).

Soldiers, troops and the military are no ``force``: an army often acts abroad ("The US military
said it killed an al-Shabab commander"). A country the object's own phrase or sentence places it
in wins over this rule (:func:`.unnamed_country.fallback_country`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ... import lexicons
from .unnamed_target import is_verb_object

_NP_DEPS = {"amod", "compound", "nmod", "poss", "appos", "case"}
_SUBJECTS = {"nsubj", "nsubjpass"}
#: prepositions of a place after a subject's head that name its country ("Rebels in Homs")
_PLACE_PREPS = {"in", "from", "of"}
#: Switch (tests and measurement): False leaves the rule out.
ENABLED = True


@lru_cache(maxsize=None)
def domestic_words() -> dict[str, frozenset[str]]:
    """kind -> words or sectors, from ``lexicons/actor_domestic.tsv``."""
    out: dict[str, set[str]] = {}
    for row in lexicons.rows("actor_domestic.tsv"):
        out.setdefault(row[0], set()).add(row[1])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def head_sectors() -> dict[str, str]:
    """Head word -> sector, from ``lexicons/entity_unnamed.tsv``."""
    return {r[0]: r[1] for r in lexicons.rows("entity_unnamed.tsv") if len(r) > 1 and r[1] != "-"}


def _subject_of(place: Token) -> Optional[Token]:
    """The subject noun the country mention at ``place`` belongs to: a modifier of it ("Syrian
    rebels", "Cairo's police") or a place after its head ("Rebels in Homs"); else None."""
    head = place
    for _ in range(6):
        if head.dep_ in _NP_DEPS and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            head = head.head
        elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in _PLACE_PREPS \
                and head.head.head.pos_ in ("NOUN", "PROPN") and head.head.head.i < head.i:
            head = head.head.head
        else:
            break
    if head.dep_ not in _SUBJECTS or head.i == place.i:
        return None
    return head


def _is_force(subj: Token) -> bool:
    words = domestic_words()
    if subj.lower_ in words.get("force", ()):
        return True
    return subj.lower_ in ("forces", "force") and any(c.lower_ == "security" and c.dep_ in ("compound", "amod") for c in subj.children)


def _is_insurgent(subj: Token) -> bool:
    return head_sectors().get(subj.lower_) in domestic_words().get("insurgent_sector", ())


def _is_government(tok: Token) -> bool:
    words = domestic_words().get("government_word", ())
    return tok.lower_ in words or any(c.lower_ in words and c.dep_ in ("compound", "amod") and c.i < tok.i for c in tok.children)


def domestic_country(tok: Token, sector: Optional[str], places) -> Optional[tuple[str, str]]:
    """(country, why) for the object phrase headed by ``tok`` (sector ``sector``) when the
    subject of the verb above it is the same country's force or insurgents (module doc), with
    ``places`` the sentence's country mentions ``[(token index, country)]``; else None."""
    if not ENABLED or not is_verb_object(tok):
        return None
    above = {a.i for a in tok.ancestors}
    found = set()
    for i, country in places:
        subj = _subject_of(tok.doc[i])
        if subj is None or subj.i == tok.i or subj.head.i not in above:
            continue
        if _is_force(subj) and sector in domestic_words().get("civil_sector", ()):
            found.add((country, f"country {country}: the object of an act by {subj.text} of {country}, its own people"))
        elif _is_insurgent(subj) and _is_government(tok):
            found.add((country, f"country {country}: the government side in an act by {subj.text} of {country}"))
    if len({c for c, _ in found}) != 1:
        return None
    return sorted(found)[0]
