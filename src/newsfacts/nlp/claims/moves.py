"""Whose figure moves "to" or "from" a value, for verbs the level and change rules do not cover
(``lexicons/claim_move_verbs.tsv``): the object of "push", "drive", "triple" ("the rally pushed
the company's market value to $11 billion" -> the company's market value), or the subject of
"go", "add up", "double" without an object ("the staff went from 120 in May to 95 in June" -> the
staff, "those pledges add up to $6 million" -> those pledges).

Only a value that is the object of "to" or "from" hanging from the verb itself counts, and the
noun must come before the value: "doubled to 3 percent" is a level, "doubled in 3 years" no.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ... import lexicons
from .owners import subject

_PREPS = ("to", "from")


@lru_cache(maxsize=1)
def move_verbs() -> dict[str, str]:
    """Verb (with its particle, "add up") -> whose figure moves: "object", "subject" or "both"."""
    return {r[0]: r[1] for r in lexicons.rows("claim_move_verbs.tsv") if len(r) >= 2}


def _verb_key(verb) -> Optional[str]:
    verbs = move_verbs()
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    if prt is not None and f"{lemma} {prt}" in verbs:
        return f"{lemma} {prt}"
    if prt is None and lemma in verbs and " " not in lemma:
        return lemma
    return None


def moved_noun(span, names: bool = False):
    """The noun token whose figure the quantity ``span`` is, or None (see the module docstring).
    ``names``: a name that is no person may be the subject ("Twitter's value" is a noun anyway)."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _PREPS or prep.i >= span.start:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.i > span.start:
        return None
    kind = move_verbs().get(_verb_key(verb) or "")
    if kind is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if kind in ("object", "both") and obj is not None:
        if obj.pos_ != "NOUN" or obj.ent_type_ or obj.i > span.start:
            return None  # "pushed him to 30 percent": a person or pronoun is no figure
        return obj
    if kind == "object" or obj is not None:
        return None
    subj = subject(verb, names=names)
    if subj is None or subj.i > span.start:
        return None
    return subj
