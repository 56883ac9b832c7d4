"""The one a passive coordination acts on: in "the activists were arrested and deported to
Colombia", the second participle shares the first one's passive subject, which is its target;
its "to/into" phrase says where they were sent, no side. A target read off that phrase alone
is replaced (with a note)."""

from __future__ import annotations

from .actors import actors
from .context import Candidate, Ctx, PASS_SUBJ, Side
from .subjects import shares_passive
from .syntax import pobjs

#: prepositions of a destination after a verb of sending away ("deported to X")
_DESTINATION = ("to", "into")


def shared_patient(cand: Candidate, ctx: Ctx) -> None:
    """Give the second participle of a passive coordination the shared passive subject as target."""
    verb = cand.trigger
    if verb.pos_ != "VERB" or not shares_passive(verb):
        return
    dest: set[str] = set()
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in _DESTINATION:
            for p in pobjs(c):
                dest |= set(actors(p, ctx).ids)
    if set(cand.target.ids) - dest:
        return  # a target named otherwise stays
    patient = Side()
    for c in verb.head.children:
        if c.dep_ in PASS_SUBJ:
            patient.add(actors(c, ctx))
    ids = [(i, sp) for i, sp in zip(patient.ids, patient.spans) if i not in cand.source.ids]
    if not ids and not cand.target.ids:
        return
    cand.target.ids, cand.target.spans = [i for i, _ in ids], [sp for _, sp in ids]
    cand.target.groups = [g for g in patient.groups if g in cand.target.ids]
    cand.target.phrases = [p for p in patient.phrases]
    cand.notes.append(f"'{verb.text}' acts on the passive subject of '{verb.head.text}', not on where they were sent")
