"""What a request asks for is no side of it: in "Trump's call for a Muslim ban" or "Trump
called for a ban on Muslims", the Muslims are whom the ban would hit, not whom the request is
made of (the request's target is whoever is asked: "called on Congress", "asked Congress for
X"). The actors named inside the asked-for noun phrase (its "for" phrase, or the thing a
request verb takes as its object: "demanded sanctions against Iran") leave the target, with a
note. The asked-for noun's own head, its possessor and its "of" phrase stay ("called for Assad's
resignation", "demanded the withdrawal of Serbian forces", "called for the US to act": the one
who must act or yield), and so does a "from" phrase naming whom it is asked of ("requested
help from Congress"); its modifiers and "on/against" phrases name whom the asked act would
hit, and go ("a Muslim ban", "sanctions against Iran"), but for an organisation named before
it, which would do it ("a Justice Department investigation")."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Candidate, Ctx, Span
from .lexicon import noun_patterns, preps, type_roles
from .modifiers import thing_head
from .syntax import pobjs



def asked_for_not_target(cand: Candidate, ctx: Ctx) -> None:
    """Remove from ``cand.target`` the ids and phrases named only inside what is asked for."""
    if cand.pattern.type not in type_roles("asking") or not (cand.target.ids or cand.target.phrases):
        return
    asked = _asked_heads(cand.trigger, ctx)
    if not asked:
        return
    bounds: list[Span] = []
    kept: list[Span] = []
    for head in asked:
        bounds.append((head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)))
        kept += _kept_spans(head, ctx)
    def inside(sp: Span) -> bool:
        return any(s <= sp[0] and sp[1] <= e for s, e in bounds) and not any(
            s <= sp[0] and sp[1] <= e for s, e in kept
        )
    side = cand.target
    keep = [(i, sp) for i, sp in zip(side.ids, side.spans) if not inside(sp)]
    if not keep:  # asked of no one: the state or organisation the hostile act is aimed at stays
        aimed = {sp for head in asked for sp in _aimed_spans(head, ctx)}
        keep = [(i, sp) for i, sp in zip(side.ids, side.spans) if tuple(sp) in aimed]
        if keep:
            cand.notes.append("a public call for a hostile act: the target is the state or organisation it is aimed at")
    phrases = [p for p in side.phrases if not inside(p)]
    if len(keep) == len(side.ids) and len(phrases) == len(side.phrases):
        return
    side.ids, side.spans = [i for i, _ in keep], [sp for _, sp in keep]
    side.groups = [g for g in side.groups if g in side.ids]
    side.phrases = phrases
    cand.notes.append("what a request asks for is no side of it; its target is whoever is asked")


def _asked_heads(trig: Token, ctx: Ctx) -> list[Token]:
    """The nouns that name what the request ``trig`` asks for: the objects of its "for"
    phrases, and, for a verb, a thing it takes as its direct object ("demanded sanctions")."""
    heads: list[Token] = []
    for c in trig.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            heads += [p for p in pobjs(c) if _asked_thing(p, ctx)]
        elif c.dep_ == "dobj" and trig.pos_ == "VERB" and _asked_thing(c, ctx):
            heads.append(c)
    return heads


def _asked_thing(tok: Token, ctx: Ctx) -> bool:
    """True when ``tok`` is a noun naming an act or a thing, not an actor: "a ban", "sanctions",
    "help" (not "lawmakers", "Congress")."""
    if tok.pos_ != "NOUN" or ctx.token_entity(tok) is not None:
        return False
    low, lem = tok.lower_, tok.lemma_.lower()
    return low in noun_patterns() or lem in noun_patterns() or thing_head(tok)


#: CAMEO roots of hostile acts (force posture, reducing relations, coercion, assault, fighting)
_HOSTILE = ("15", "16", "17", "18", "19", "20")


def _aimed_spans(head: Token, ctx: Ctx) -> list[Span]:
    """The spans of the states and organisations (``GPE``, ``ORG``) that the asked-for hostile
    act ``head`` is aimed at with a directed phrase ("sanctions against Nigeria", "a ban on
    Iran"); none for an act that is not hostile, nor for peoples and groups ("a ban on Muslims")."""
    row = noun_patterns().get(head.lemma_.lower()) or noun_patterns().get(head.lower_)
    if row is None or not row.cameo.startswith(_HOSTILE):
        return []
    out: list[Span] = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in preps("directed"):
            for p in pobjs(c):
                hit = ctx.token_entity(p)
                if hit and ctx.types.get(hit[0]) in ("GPE", "ORG"):
                    out.append(tuple(hit[1]))
    return out


def _kept_spans(head: Token, ctx: Ctx) -> list[Span]:
    """The parts of an asked-for phrase that may still be a side: the possessor of its head and
    its "of" phrase (who must act or yield: "Assad's resignation", "the withdrawal of Serbian
    forces", "the removal of the president"), its "from" phrases (whom it is asked of), and an
    organisation named before it, which would do it ("requested a Justice Department
    investigation": the department is asked)."""
    out: list[Span] = []
    for c in head.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from")):
            out.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)))
        elif c.dep_ == "compound" and c.i < head.i and (hit := ctx.token_entity(c)) and ctx.types.get(hit[0]) == "ORG":
            out.append(hit[1])
    return out
