"""Whom an act noun is aimed at, named by the participle that follows it (issue #19, session 12).

"The sanctions imposed by the EU on Russian banks", "the embargo imposed on Qatar by Saudi
Arabia", "air strikes carried out by Israel on Gaza": the parser hangs the "on/against" phrase
on the participle ("imposed", "carried out"), out of the noun's own phrases; the participle's
"by" phrase already gives the source (``targets.noun_owner``). Its "on/against/upon" phrase
(``acl_target`` rows of ``event_preps.tsv``; not a date: "staged on 15 October") names the target,
and for aid also its "to" phrase ("aid sent to Gaza by Egypt").
"""

from __future__ import annotations

from spacy.tokens import Token

from .actors import actors
from .context import Ctx, Taker
from .lexicon import Pattern, preps
from .syntax import dated, pobjs


#: types whose participle's "to" phrase names the recipient ("aid sent to Gaza")
_TO_TYPES = ("AID",)


def participle_target(tok: Token, pat: Pattern, take: Taker, ctx: Ctx) -> bool:
    """A noun trigger followed by a past participle ("sanctions imposed on X"): the
    participle's "on/against/upon" phrase (and "to" for aid) names the target; True when it
    named an actor."""
    if tok.pos_ != "NOUN":
        return False
    wanted = set(preps("acl_target")) | ({"to"} if pat.type in _TO_TYPES else set())
    for c in tok.children:
        if c.dep_ != "acl" or c.tag_ != "VBN" or c.i < tok.i:
            continue
        for a in c.children:
            if a.dep_ == "prep" and a.lower_ in wanted and not dated(a):
                if any(take(actors(p, ctx)) for p in pobjs(a)):
                    return True
    return False
