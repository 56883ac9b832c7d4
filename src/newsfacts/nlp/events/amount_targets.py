"""Whom an amount "in aid" is given to (issue #19, session 12).

"Germany pledged 50 million euros in aid to Sudan", "Japan announced $10 million in emergency
assistance to Nepal": the aid noun hangs on the amount ("million ... in aid") and the parser
hangs the recipient's "to" phrase on the verb (or on the amount), out of the noun's reach. The
recipient is the target of the aid when the noun names no target of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actors import actors
from .context import Ctx, Taker
from .lexicon import Pattern
from .syntax import pobjs


#: event types given to a recipient as an amount ("$5 million in aid")
_GIVEN_TYPES = ("AID",)
#: prepositions naming the recipient of what is given
_RECIPIENT_PREPS = ("to", "for")


def _amount(noun: Token) -> bool:
    """True when ``noun`` is an amount: it is a number or a number word modifies it."""
    return noun.like_num or any(t.like_num for t in noun.subtree if t.i <= noun.i)


def amount_recipient_target(tok: Token, pat: Pattern, take: Taker, ctx: Ctx) -> bool:
    """An aid noun in the "in" phrase of an amount that is a verb's object: the "to/for" phrase
    of the verb or of the amount names the recipient; True when it named an actor."""
    if tok.pos_ != "NOUN" or pat.type not in _GIVEN_TYPES or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    amount = prep.head
    if amount.dep_ not in ("dobj", "nsubjpass") or amount.head.pos_ != "VERB" or not _amount(amount):
        return False
    verb = amount.head
    for head in (amount, verb):
        for c in head.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in _RECIPIENT_PREPS and c.i > tok.i:
                if any(take(actors(q, ctx)) for q in pobjs(c)):
                    return True
    return False
