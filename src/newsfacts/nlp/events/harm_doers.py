"""The doer of a harm told with no agent, from the attack the sentence says caused it (issue #19,
session 14).

News reports a killing or a wounding in the passive and names who did it in the attack that
caused it, in a clause or a phrase of the harm verb: "At least 12 people were killed as Russian
forces launched missile strikes on the city", "three soldiers were wounded when Taliban
fighters attacked their convoy", "civilians were killed in shelling by the army". The harm's
own event then has no source, and a coder codes the attack's doer (and, where the harm names no
target with a country, the attack's target). :func:`borrow_doers` gives a sourceless assault
or coercion told by a passive verb ("were arrested", "were beaten") the source of an assault or
a coercion whose trigger hangs below it by an adverbial clause ("as", "when", "after") or an
"in/during/by" phrase, with a note; never through a reported clause, a relative clause or a
conjunct (another act).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Candidate, Ctx

#: the event types of the harm and of the attack it is read from (material conflict)
_HARM = ("ASSAULT", "COERCE")
#: dependencies a path from the attack's trigger up to the harm verb may take
_PATH = ("advcl", "dobj", "pobj", "prep", "compound", "xcomp", "nsubj")
#: prepositions whose phrase names what caused the harm
_CAUSE_PREPS = ("in", "during", "by", "amid")
#: modalities of an attack that happened ("failed to arrest him" caused nothing)
_DONE = ("asserted", "reported")
#: switch for measuring the rule (set False to leave every event as it was)
ENABLED = True


def borrow_doers(cands: list[Candidate], ctx: Ctx) -> None:
    """Give each sourceless passive harm among one sentence's ``cands`` the sides of the
    attack below it that caused it (see the module doc)."""
    if not ENABLED:
        return
    for harm in cands:
        if harm.pattern.type not in _HARM or harm.source.ids or not _passive(harm.trigger):
            continue
        cause = next((a for a in cands if a is not harm and a.pattern.type in _HARM and a.source.ids
                      and a.modality in _DONE and _caused_by(a.trigger, harm.trigger)), None)
        if cause is None:
            continue
        for i, sp in zip(cause.source.ids, cause.source.spans):
            harm.source.take_id(i, sp, cause.source)
        if not any(_coded(i, ctx) for i in harm.target.ids):
            for i, sp in zip(cause.target.ids, cause.target.spans):
                if i not in harm.source.ids:
                    harm.target.take_id(i, sp, cause.target)
        harm.notes.append(f"the doer of '{cause.trigger.text}', which caused it, did it (no agent named)")


def _passive(verb: Token) -> bool:
    """True for a verb told in the passive with no "by" agent ("were killed", "10 soldiers
    killed in ...")."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False  # "stabbed by her boyfriend": its agent is named, if not as an entity
    return verb.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _caused_by(trig: Token, harm: Token) -> bool:
    """True when ``trig`` hangs below ``harm`` by an adverbial clause or a cause phrase, at most
    three steps up, through no reported or relative clause and no conjunct."""
    tok, cause = trig, False
    for _ in range(3):
        if tok.dep_ not in _PATH or tok.head.i == tok.i:
            return False
        if tok.dep_ == "advcl" or (tok.dep_ == "prep" and tok.lower_ in _CAUSE_PREPS):
            cause = True
        tok = tok.head
        if tok.i == harm.i:
            return cause
    return False


def _coded(eid: str, ctx: Ctx) -> bool:
    """True when entity ``eid`` has a country or is an international or non-governmental body."""
    ent: Optional[object] = ctx.index.by_id.get(eid)
    actor = getattr(ent, "actor", None)
    return bool(getattr(actor, "country", None)) or getattr(actor, "sector", None) in ("IGO", "NGO")
