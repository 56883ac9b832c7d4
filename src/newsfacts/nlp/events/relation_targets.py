"""The counterpart of a relation an act is done to (issue #19, session 13).

"Turkey cut ties with Israel", "Iran closed its border with Iraq", "Egypt suspended its
cooperation with Hamas", "Russia threatened to cut gas supplies to Ukraine": the act's object is
a relation or a flow (``relation_object`` and ``flow_object`` rows of
``lexicons/event_side_words.tsv``), a thing and no side, and the other party of that relation is
named in a "with" phrase (a flow's: "to"), on the object or on the verb. When
no other rule found a target, :func:`relation_target` takes that party as the target.

The verb is the trigger, or the infinitive its act is carried by ("threatened to close its border
with Iraq"). The party must name an entity that is not on the source side.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from .actors import actors
from .context import Candidate, Ctx, Side
from .side_words import has_role
from .syntax import pobjs


def relation_target(cand: Candidate, ctx: Ctx) -> None:
    """Take the other party of the relation the act is done to as the target (see the module doc)."""
    tok = cand.trigger
    source = set(cand.source.ids)
    if set(cand.target.ids) - source or not source or tok.pos_ != "VERB":
        return  # (a target that is only the source, "its border", is dropped later)
    for prep in _party_preps(tok):
        for p in pobjs(prep):
            side = actors(p, ctx)
            ids = [(i, sp) for i, sp in zip(side.ids, side.spans) if i not in source]
            if ids:
                cand.target = Side(ids=[i for i, _ in ids], spans=[sp for _, sp in ids], notes=cand.target.notes)
                cand.notes.append(f"target is the other party of the relation acted on ('{ctx.text[ids[0][1][0]:ids[0][1][1]]}')")
                return


def _party_preps(tok: Token) -> Iterator[Token]:
    """The "with" phrases of a relation object and the "to" phrases of a flow object (on the
    object or on its verb: "cut its ties with Israel" is parsed either way), of ``tok`` and of
    the infinitive it governs."""
    verbs = [tok] + [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for verb in verbs:
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
                continue
            if has_role(obj, "relation_object"):
                yield from (c for c in (*obj.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "with")
            elif has_role(obj, "flow_object"):
                yield from (c for c in (*obj.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "to")
