"""A person's name before an act of harm says whom the act is known by, not who did it: "the
Michael Brown shooting" and "the Trayvon Martin killing" name the victim, "the Van Dyke shooting"
the officer who fired (``victim_compound`` rows of ``lexicons/event_side_words.tsv``: shooting,
killing, murder, ...). The name is neither side: it leaves the source. An organisation or a nation
stays the doer ("the Hamas attack", "the Israeli shooting of a teenager"), and so does a nation ("the
U.S. killing of bin Laden"); a town is where it happened ("the Orlando shooting")."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Candidate, Ctx
from .side_words import has_form


def named_act_not_source(cand: Candidate, ctx: Ctx) -> None:
    """Remove from the source the person named by a compound before a ``victim_compound`` noun
    trigger (with a note): victim or doer, the words do not say."""
    tok = cand.trigger
    if not has_form(tok, "victim_compound"):
        return
    for c in tok.children:
        if not (c.dep_ == "compound" and tok.pos_ == "NOUN" and c.i < tok.i) and not _misparsed_name(c, tok):
            continue
        hit = ctx.token_entity(c)
        if hit is None or hit[0] not in cand.source.ids or not _named_not_doer(hit[0], ctx):
            continue
        k = cand.source.ids.index(hit[0])
        span = cand.source.spans[k]
        del cand.source.ids[k], cand.source.spans[k]
        cand.source.groups = [g for g in cand.source.groups if g in cand.source.ids]
        cand.source.phrases = [p for p in cand.source.phrases if not (p[0] <= span[0] and span[1] <= p[1])]
        cand.notes.append(f"'{ctx.text[span[0]:span[1]]}' before '{tok.text}' names the act (its victim or its doer), no side")
        return


def _misparsed_name(c: Token, tok: Token) -> bool:
    """True when ``c`` is a name the parser took for the subject of an "-ing" verb that is a noun
    after "the": "covered the Daniel Okafor shooting" (the name right before it, "the" on the name)."""
    return (
        tok.tag_ == "VBG" and c.dep_ == "nsubj" and c.i == tok.i - 1
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
    )


def _named_not_doer(eid: str, ctx: Ctx) -> bool:
    """True for a person, or a place below a country ("the Orlando shooting"; a name the entity
    stage took for a place): never for a nation ("the U.S. killing of bin Laden") nor a group."""
    kind = ctx.types.get(eid)
    if kind == "PERSON":
        return True
    ent = ctx.index.by_id.get(eid)
    return kind == "GPE" and ent is not None and not (ent.actor.actor_id or "").startswith("country:")
