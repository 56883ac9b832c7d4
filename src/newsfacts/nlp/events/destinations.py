"""Where a transfer goes is its target (issue #19, session 14).

An act that moves people or things to someone (``destination_verb`` rows of
``event_side_words.tsv``: send, dispatch, deploy, return, extradite, hand over, deliver, ship)
is done towards whoever receives them, named in its "to" phrase: "returned 12 stolen statues to
Peru", "extradited the banker to the United States", "offered to send troops to Jordan". The
object is what or who is moved (the troops, the statues, the banker), not whom the act is aimed
at. :func:`destination_target` makes the actor in the "to" phrase (an entity with a country, an
international body, or a place with a country) the target when the target is empty or names only
what the verb's object moves; the verb is the trigger or the verb it completes ("offered to send
troops to Jordan"). Deporting and expelling are not in the list: there the one expelled is the
target.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Candidate, Ctx, Span
from .located_targets import place_with_country
from .side_words import has_role

#: switch for measuring the rule (set False to leave every event as it was)
ENABLED = True


def destination_target(cand: Candidate, ctx: Ctx) -> None:
    """Make the receiver in a transfer's "to" phrase the target (see the module doc)."""
    if not ENABLED or not cand.source.ids:
        return
    verb = _transfer_verb(cand.trigger)
    if verb is None:
        return
    moved = [(k.left_edge.idx, k.right_edge.idx + len(k.right_edge.text)) for k in verb.children if k.dep_ in ("dobj", "nsubjpass")]
    if not moved:
        return  # "the refugees returned to Syria": nothing is moved to anyone
    if any(not any(s <= sp[0] and sp[1] <= e for s, e in moved) for sp in cand.target.spans):
        return  # a target named outside what is moved stays
    hit = _receiver(verb, ctx)
    if hit is None or hit[0] in cand.source.ids:
        return
    cand.target.ids, cand.target.spans, cand.target.groups = [hit[0]], [hit[1]], []
    cand.notes.append(f"'{ctx.text[hit[1][0]:hit[1][1]]}' receives what is moved: the target")


def _transfer_verb(trig: Token) -> Optional[Token]:
    """The trigger when it is a ``destination_verb``, or the one its "to"-infinitive names
    ("offered to send troops"); else None."""
    if trig.pos_ == "VERB" and has_role(trig, "destination_verb"):
        return trig
    for k in trig.children:
        if k.dep_ == "xcomp" and k.pos_ == "VERB" and has_role(k, "destination_verb"):
            return k
    return None


def _receiver(verb: Token, ctx: Ctx) -> Optional[tuple[str, Span]]:
    """The entity with a country (or an international body) or the place with a country that the
    verb's own "to" phrase names, or None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            hit = ctx.token_entity(p)
            if hit is not None and _coded(hit[0], ctx):
                return hit
            hit = place_with_country(p, ctx)
            if hit is not None:
                return hit
    return None


def _coded(eid: str, ctx: Ctx) -> bool:
    """True when entity ``eid`` has a country or is an international or non-governmental body."""
    actor = getattr(ctx.index.by_id.get(eid), "actor", None)
    return bool(getattr(actor, "country", None)) or getattr(actor, "sector", None) in ("IGO", "NGO")
