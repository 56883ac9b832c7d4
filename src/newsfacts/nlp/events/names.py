"""Names and pronouns for the side rules: a name the parser hung under a date, a name that
acts in its own clause (no vocative), whether an entity can be what a gendered pronoun stands
for."""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Token

from .context import Ctx, Span
from .lexicon import entity_types, event_words
from .side_words import has_role
from .syntax import token_before


def pronoun_gender(low: str) -> Optional[str]:
    """``"M"`` or ``"F"`` for a gendered pronoun ("he", "her"; ``male_pronoun`` rows), else None."""
    words = event_words()
    return "M" if low in words.get("male_pronoun", ()) else "F" if low in words.get("female_pronoun", ()) else None


def fits_pronoun(pron: Token, eid: str, ctx: Ctx) -> bool:
    """False when the entity ``eid`` cannot be what the gendered pronoun ``pron`` stands for:
    he/she/his/her name a person, of that gender when the person's gender is known."""
    want = pronoun_gender(pron.lower_)
    if want is None:
        return True
    if ctx.types.get(eid) != "PERSON":
        return False
    got = ctx.gender(eid)
    return got is None or got == want


def named_before_date(tok: Token, ctx: Ctx) -> Optional[Token]:
    """For a date or number the parser made the head of a name ("met with President Assad
    Tuesday": "Assad" a compound of "Tuesday"), the last word of that name; else None."""
    if tok.ent_type_ not in ("DATE", "TIME"):
        return None
    for c in reversed([c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]):
        hit = ctx.token_entity(c)
        if hit and ctx.types.get(hit[0]) in entity_types("actor"):
            return c
    return None


def acting_name(start: int, end: int, ctx: Ctx) -> bool:
    """True when the name at ``start:end`` is the subject of a verb ("I guarantee you Roe would
    do better"): a name that acts in its own clause is no vocative, so not whom "you" addresses."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ in ("nsubj", "nsubjpass")


def announced_name(tok: Token, ctx: Ctx, kinds: set[str], exclude: set[str]) -> Optional[tuple[str, Span]]:
    """For a pronoun in the sentence right after one that ends by announcing a name after a
    colon or a dash ("... someone more qualified: Ronald Reagan. While critics dismissed him
    ..."), that name, when no name of the kind comes between; else None."""
    sent = ctx.sent(tok)
    if sent.start == 0:
        return None
    prev = ctx.sent(tok.doc[sent.start - 1])
    k = prev.end - 1
    while k > prev.start and tok.doc[k].is_punct:
        k -= 1
    hit = ctx.token_entity(tok.doc[k])
    if hit is None or hit[0] in exclude or ctx.types.get(hit[0]) not in kinds:
        return None
    b = token_before(tok.doc, hit[1][0])
    if b is None or tok.doc[b].text not in (":", "\u2014", "\u2013", "--"):
        return None
    lo = bisect.bisect_left(ctx.starts, sent.start_char)
    for s, _e, eid in ctx.spans[lo:]:
        if s >= tok.idx:
            break
        if ctx.types.get(eid) in kinds:
            return None  # "... Reagan. Obama praised him": a name between
    return hit


def asked_object(tok: Token, ctx: Ctx, kinds: set[str], exclude: set[str]) -> Optional[tuple[str, Span]]:
    """For the subject pronoun of a question put to someone ("asking Rubio why he decided to
    attack X", "asked her whether she would run"; ``asked_object`` verbs of
    ``lexicons/event_side_words.tsv``), the person asked, when named and fitting; else None."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("ccomp", "advcl") or verb.head.i == verb.i:
        return None
    asking = verb.head
    if not has_role(asking, "asked_object"):
        return None
    for c in asking.children:
        if c.dep_ in ("dobj", "dative") and c.i < verb.i:
            hit = ctx.token_entity(c)
            if hit and hit[0] not in exclude and ctx.types.get(hit[0]) in kinds and fits_pronoun(tok, hit[0], ctx):
                return hit
    return None
