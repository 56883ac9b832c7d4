"""A reprisal someone warns of is a threat, not an attack that happened.

"Moscow warned of retaliation if NATO deployed missiles", "Iran warned of reprisals against
Israel": a noun of reprisal (``warned_reprisal`` rows of ``event_words.tsv``: retaliation,
reprisal, revenge) that is the object of "of" after a verb of warning (``warn_verb``) with no
owner of its own is the warner's threat (THREATEN 130, the ``hostile_pledge`` recoding). A danger
described ("warned of a war", "warned of attacks by militants") is left as it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import event_words


def warned_reprisal(noun: Token) -> bool:
    """True when the noun trigger ``noun`` is a reprisal the subject of a warning verb warns of."""
    words = event_words()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.get("warned_reprisal", ()):
        return False
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.get("warn_verb", ()):
        return False
    return not any(c.dep_ in ("poss", "agent") for c in noun.children) and not any(
        c.dep_ == "prep" and c.lower_ == "by" for c in noun.children
    )
