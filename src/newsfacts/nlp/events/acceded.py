"""Agreeing to a demand is yielding to it (CAMEO 08, PLOVER CONCEDE), not a pledge.

"The government agreed to the opposition's demand for early elections", "accepted the
strikers' demands", "consented to the request": a verb of agreeing (``accede_verb`` rows of
``event_words.tsv``) whose object or "to" phrase is a demand noun (``demand_object`` rows) is
re-typed ``accede_demand`` (CONCEDE 083). "agreed to hold talks" and "accepted the offer" stay
AGREE.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import event_words
from .syntax import pobjs


def accedes_to_demand(verb: Token) -> bool:
    """True when the verb ``verb`` agrees to a demand: its direct object or the object of its
    "to" phrase is a demand noun ("agreed to their demands", "accepted the ultimatum")."""
    words = event_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.get("accede_verb", ()):
        return False
    demands = words.get("demand_object", ())
    for c in verb.children:
        objs = [c] if c.dep_ == "dobj" else pobjs(c) if c.dep_ == "prep" and c.lower_ == "to" else []
        if any(o.pos_ == "NOUN" and o.lemma_.lower() in demands for o in objs):
            return True
    return False
