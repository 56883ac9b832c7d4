"""What a talk is about is no counterpart: "discussed the threat to America with Putin", "raised
the Iranian nuclear program with Macron": the entities named inside the object of a talking verb
(``topic_object`` rows of ``lexicons/event_side_words.tsv``), when that object is an act or a thing
(no entity, no actor word), are the topic, not whom the talk was with."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Candidate, Ctx
from .side_words import has_role, is_actor_word


def topic_not_counterpart(cand: Candidate, ctx: Ctx) -> None:
    """Remove from the target of a talking verb (CONSULT) the ids named only inside its object
    when the object is an act or a thing (with a note): "discussed the threat to America with
    Putin" keeps Putin, not America. An object that is an actor ("discussed it with the Iranian
    envoy", "met the Iranian envoy") stays."""
    tok = cand.trigger
    if cand.pattern.type != "CONSULT" or tok.pos_ != "VERB" or cand.target.empty or not has_role(tok, "topic_object"):
        return
    objs = [c for c in tok.children if c.dep_ == "dobj" and _topic(c, ctx)]
    bounds = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in objs]
    # "discussed the threat to America with Putin", parsed with "with Putin" inside the object
    withs = [(t.idx, t.right_edge.idx + len(t.right_edge.text)) for c in objs for t in c.subtree
             if t.dep_ == "prep" and t.lower_ == "with"]
    if not bounds:
        return
    if cand.target.drop_within(bounds, withs):
        cand.notes.append("what a talk is about is not whom it was with")


def _topic(obj: Token, ctx: Ctx) -> bool:
    """True when the object ``obj`` is an act or a thing: a common noun that names no entity and
    is no actor word nor a person ("the threat", "Iran's nuclear program"; not "the envoy"), or
    a place ("discussed Syria")."""
    hit = ctx.token_entity(obj)
    if hit is not None:
        return ctx.types.get(hit[0]) == "GPE"  # "discussed Syria with Lavrov": the country is the topic
    if obj.pos_ != "NOUN":
        return False
    return not is_actor_word(obj)
