"""Sides of an act two parties named together do with each other (issue #19, session 12).

``side_rules.reciprocal_sides`` splits a list of parties that is a clause's subject ("Russia and
China agreed ...") into a source and a target. Two shapes it missed:

- **Offices of countries** (:func:`coordinated_subject`): the parties are named in "of" phrases
  of the coordinated nouns ("President of Ukraine and Prime Minister of Great Britain signed an
  agreement"): the span of a party is its country, the coordination is of the offices.
- **What they agreed to do** (:func:`inner_target_dropped`): "Trump and Putin have agreed to
  share information on North Korea": a target found only inside the clause of what was agreed
  (or in an "on/about/over" phrase of the trigger) is what the agreement is about; the two
  parties are each other's counterparts (the GSR codes such records "SRC/TAR").
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Candidate, Ctx, SUBJ
from .parties import country_of

#: dependents of an agreement verb whose subtree says what was agreed or what it is about
_INNER_DEPS = ("xcomp", "ccomp")
_TOPIC_PREPS = ("on", "about", "over", "regarding", "concerning")


def _office_head(tok: Token) -> Token:
    """The noun whose "of" phrase names ``tok`` ("President of Ukraine": President), or ``tok``."""
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ == "of" and tok.head.head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        tok = tok.head.head
    return tok


def coordinated_subject(spans: list, ctx: Ctx) -> bool:
    """True when the spans are one coordination that is a clause's subject ("Russia and Ukraine
    signed ...", "President of Ukraine and Prime Minister of Great Britain signed ..."), not names
    gathered from different places of the sentence."""
    roots = []
    for s, e in spans:
        found = ctx.doc.char_span(s, e, alignment_mode="expand")
        if found is None or not len(found):
            return False
        roots.append(_office_head(found.root))
    ids = [r.i for r in roots]
    if len(set(ids)) != len(ids) or len(ids) < 2:
        return False
    return roots[0].dep_ in SUBJ and all(r.dep_ == "conj" and r.head.i in set(ids) for r in roots[1:])


def _inside(span: tuple, heads: list[Token]) -> bool:
    s, e = span
    return any(h.left_edge.idx <= s and e <= h.right_edge.idx + len(h.right_edge.text) for h in heads)


def inner_target_dropped(cand: Candidate, ctx: Ctx) -> bool:
    """Drop a target named only inside what a list of parties of two or more countries agreed to
    do, or inside what it is about ("Trump and Putin have agreed to share information on North
    Korea"); True when dropped, so the parties can be split into source and target."""
    tok = cand.trigger
    if not cand.target.ids or tok.pos_ != "VERB" or not coordinated_subject(cand.source.spans, ctx):
        return False
    countries = {country_of(i, ctx) for i in cand.source.ids} - {None}
    others = [i for i in cand.target.ids if i not in cand.source.ids]  # "their policy": the parties again
    if len(countries) < 2 or countries & {country_of(i, ctx) for i in others}:
        return False
    heads = [c for c in tok.children if c.dep_ in _INNER_DEPS]
    heads += [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS]
    inner = [sp for i, sp in zip(cand.target.ids, cand.target.spans) if i not in cand.source.ids]
    if not heads or not inner or not all(_inside(sp, heads) for sp in inner):
        return False
    cand.target.ids, cand.target.spans, cand.target.groups, cand.target.phrases = [], [], [], []
    cand.notes.append("a target named only in what the parties agreed on is no counterpart")
    return True
