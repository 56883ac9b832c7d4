"""A go-between is no party: "Russia and Georgia signed a ceasefire brokered by France". The
"by" agent of a participle after an act noun is the act's doer ("a demonstration staged by
students"), except for verbs that do something to the act (``go_between`` rows of
``event_side_words.tsv``: broker, mediate, host, back, monitor, ...). When the source of a noun
trigger came only from such an agent and the noun is the object of a verb, the verb's subject
is the source (split into source and target when they are of two countries), and the
go-between is no target either (issue #19)."""

from __future__ import annotations

from .actors import actors
from .context import Candidate, Ctx, Side
from .side_words import has_role, side_words
from .subjects import subject_side
from .syntax import pobjs


def go_between_source(cand: Candidate, ctx: Ctx) -> None:
    """Give the act of a noun trigger its doers instead of a go-between (see the module doc)."""
    tok = cand.trigger
    if tok.pos_ != "NOUN" or not cand.source.ids:
        return
    words = side_words().get("go_between", ())
    agents: set[str] = set()
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in words:
            for a in c.children:
                if a.dep_ == "agent":
                    for p in pobjs(a):
                        agents |= set(actors(p, ctx).ids)
    if not agents or not set(cand.source.ids) <= agents:
        return
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB":
        return
    doers, _ = subject_side(verb, ctx)
    if not doers.ids or set(doers.ids) & agents:
        return
    cand.source = Side(ids=list(doers.ids), spans=list(doers.spans), phrases=list(doers.phrases))
    keep = [k for k, i in enumerate(cand.target.ids) if i not in agents]  # nor the target
    cand.target.ids = [cand.target.ids[k] for k in keep]
    cand.target.spans = [cand.target.spans[k] for k in keep]
    if not cand.target.ids:
        _split_parties(cand, ctx)


def _split_parties(cand: Candidate, ctx: Ctx) -> None:
    """A brokered act is between its parties: the first party with a country is the source,
    those of other countries the target ("Serbia and Kosovo signed a truce mediated by X")."""
    countries = [getattr(ctx.index.by_id.get(i), "actor", None) for i in cand.source.ids]
    codes = [getattr(a, "country", None) for a in countries]
    anchor = next((c for c in codes if c), None)
    if anchor is None or not any(c and c != anchor for c in codes):
        return
    src = Side()
    for i, sp, c in zip(cand.source.ids, cand.source.spans, codes):
        side = cand.target if c and c != anchor else src
        side.ids.append(i)
        side.spans.append(sp)
    cand.source.ids, cand.source.spans = src.ids, src.spans
    cand.notes.append("the 'by' agent is a go-between, not a party: the source is the subject of the verb")


def mediated_parties_target(tok, take, ctx: Ctx) -> bool:
    """The parties of an act a go-between brokered (``mediator`` rows: broker, mediate,
    facilitate), read off the verb that takes the act as its object: "Russia and Georgia signed
    a ceasefire brokered by France" (France -> Russia, Georgia). True when it found any."""
    if tok.pos_ != "VERB" or tok.dep_ != "acl" or not has_role(tok, "mediator"):
        return False
    act = tok.head
    if act.pos_ not in ("NOUN", "PROPN") or act.dep_ != "dobj" or act.head.pos_ != "VERB":
        return False
    parties, _ = subject_side(act.head, ctx)
    return take(parties)
