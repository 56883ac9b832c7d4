"""Sides of a noun trigger named on the verb that says it started or went on.

"Fighting erupted between Armenian and Azerbaijani forces", "Clashes broke out between police
and protesters", "Talks resumed with Iran": the noun is the subject of an onset verb
(``onset_verb`` rows of ``event_words.tsv``) and its counterparts hang from that verb, not from
the noun. They are read as if they were the noun's own "between/with/against" phrases
("fighting between X and Y"), so the act is coded as it would be with the phrase on the noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actors import actors
from .context import Ctx, Side
from .lexicon import event_words
from .syntax import pobjs

#: the verb's prepositions that name the noun's counterparts (as on the noun itself)
ONSET_PREPS = frozenset(("between", "among", "with", "against"))


def onset_verb(phrase: Token) -> Token | None:
    """The onset verb the noun ``phrase`` is the subject of ("fighting erupted", "clashes
    broke out", "talks resumed"), or None."""
    head = phrase.head
    if phrase.dep_ != "nsubj" or head.pos_ != "VERB" or head.i == phrase.i:
        return None
    words = event_words()
    low = head.lemma_.lower()
    if low in words.get("onset_verb", ()):
        return head
    if low in words.get("onset_particle_verb", ()) and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in head.children
    ):
        return head  # "broke out" (not "broke the ceasefire")
    return None


def onset_target(phrase: Token, target: Side, ctx: Ctx) -> Token | None:
    """Add to ``target`` the actors of the onset verb's "between/with/against/among" phrases
    when the noun ``phrase`` is that verb's subject; returns the verb (the act's clause) when
    it named any, else None."""
    verb = onset_verb(phrase)
    if verb is None:
        return None
    before = len(target.ids)
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ONSET_PREPS:
            for p in pobjs(c):
                target.add(actors(p, ctx))
    return verb if len(target.ids) > before else None
