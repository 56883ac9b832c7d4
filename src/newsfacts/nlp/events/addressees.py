"""Whom a complaint is made to is no target: "filed a formal complaint to the Democratic National
Committee", "lodged a grievance with the ethics board", "complained to the United Nations": the
accusation is aimed at whom it is about, not at the body that receives it (``addressed_act`` rows of
``lexicons/event_side_words.tsv``)."""

from __future__ import annotations

from spacy.tokens import Token

from .actors import actors
from .context import Candidate, Ctx, Side, Span
from .lexicon import entity_types
from .side_words import has_form
from .syntax import pobjs

#: The prepositions that name whom a complaint goes to.
_TO = ("to", "with", "before")


def addressee_not_target(cand: Candidate, ctx: Ctx) -> None:
    """For an accusation made to someone (a complaint, a grievance, a lawsuit), remove from the
    target the ids named only in a "to/with/before" phrase of the trigger, or of the verb a noun
    trigger is the object of ("filed a complaint with the Board"), with a note. The accused, when
    named ("a complaint against Mills"), stays; with none, the target is left empty."""
    tok = cand.trigger
    if cand.pattern.type != "ACCUSE" or not (cand.target.ids or cand.target.phrases) or not has_form(tok, "addressed_act"):
        return
    bounds = _addressee_bounds(tok)
    if not bounds:
        return
    if cand.target.drop_within(bounds):
        cand.notes.append("whom a complaint is made to is not whom it accuses")
        if not cand.target.ids:
            _accused_instead(tok, cand, ctx)


def _accused_instead(tok: Token, cand: Candidate, ctx: Ctx) -> None:
    """"lodged a complaint with the Security Council over Israeli air strikes": the owner of what
    the complaint is about ("over/about" phrase of the trigger or its verb), when one is named
    (the phrase's own entity, else its possessor or national adjective)."""
    src = set(cand.source.ids)
    for h in _heads(tok):
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in ("over", "about"):
                continue
            for p in pobjs(c):
                side = actors(p, ctx)
                if not side.ids:
                    for k in p.children:
                        hit = ctx.token_entity(k) if k.dep_ in ("poss", "amod", "compound") and k.i < p.i else None
                        if hit and ctx.types.get(hit[0]) in entity_types("actor") | {"NORP"}:
                            side = Side(ids=[hit[0]], spans=[hit[1]])
                            break
                for i, sp in zip(side.ids, side.spans):
                    if i not in src:
                        cand.target.take_id(i, sp, side)
                if cand.target.ids:
                    cand.notes.append("the accused is whom the complaint is about")
                    return


def _heads(tok: Token) -> list[Token]:
    """The trigger and, for a noun object, its verb ("filed a complaint", "a complaint was filed")."""
    heads = [tok]
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    if phrase.pos_ == "NOUN" and phrase.dep_ in ("dobj", "nsubjpass") and phrase.head.pos_ == "VERB":
        heads.append(phrase.head)
    return heads


def _addressee_bounds(tok: Token) -> list[Span]:
    """The character spans of the "to/with/before" phrases of ``tok`` and, for a noun object,
    of its verb ("filed a complaint with X", "a complaint was filed with X")."""
    out: list[Span] = []
    for h in _heads(tok):
        for c in h.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in _TO:
                out += [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text)) for p in pobjs(c)]
    return out
