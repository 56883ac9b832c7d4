"""Absorption: a trigger that completes another one is no event of its own.

An infinitive, a complement or a noun governed by another trigger ("threatened to attack",
"signed an agreement", "rejected the demand", "warned that it would pull out") belongs to the
governing event (PLOVER codes the threat, not the attack); the absorbed candidate's sides fill
the governing one's empty sides. The support an act of aid is given for ("donated money to
support Israel") is its purpose, part of the same act.
"""

from __future__ import annotations

from dataclasses import replace

from .context import Candidate
from .lexicon import event_words, plover_types, preps, recoding
from .syntax import governing_verb


def absorb(sent_cands: list[Candidate], demanded: set[int]) -> None:
    """Mark the candidates of one sentence that another one absorbs (``Candidate.absorbed``).

    Args:
        sent_cands: the sentence's candidates, in token order.
        demanded: token indices of the verbs a modal demand ("Y must Z") was read off.
    """
    _absorb_into_light_verbs(sent_cands)
    _hostile_pledges(sent_cands)
    _absorb_complements(sent_cands, demanded)
    _gift_purposes(sent_cands)


def _gift_purposes(sent_cands: list[Candidate]) -> None:
    """"donated money to support the Jewish state", "sent $1 billion to help Ukraine": the
    support an act of aid is given for is the purpose of that act, no second event; its target
    fills the aid's empty one."""
    aid = {c.trigger.i: c for c in sent_cands if not c.absorbed and c.pattern.type == "AID" and c.trigger.pos_ == "VERB"}
    for c in sent_cands:
        t = c.trigger
        if c.absorbed or c.pattern.type != "SUPPORT" or t.pos_ != "VERB" or t.dep_ not in ("advcl", "acl", "xcomp", "relcl"):
            continue
        if not any(k.dep_ == "aux" and k.lower_ == "to" for k in t.children):
            continue
        head = t.head if t.dep_ != "acl" or t.head.dep_ != "dobj" else t.head.head  # "money to support": the giving verb
        parent = aid.get(head.i)
        if parent is not None and parent is not c:
            c.absorbed = True
            if parent.target.empty:
                parent.target.add(c.target)


def _hostile_pledges(sent_cands: list[Candidate]) -> None:
    """"pledged to impose sanctions on China", "vowed to attack the rebels": a pledge of a
    hostile act is a threat (CAMEO 13), made now; the act pledged is absorbed into it."""
    words = event_words()
    for p in sent_cands:
        if p.absorbed or p.pattern.type != "AGREE" or p.trigger.lemma_.lower() not in words.get("pledge", ()):
            continue
        comps = [k for k in p.trigger.children if k.dep_ == "xcomp"]
        inner = comps + [o for k in comps for o in k.children if o.dep_ == "dobj"]
        for c in sent_cands:
            if c is p or c.absorbed or c.trigger not in inner:
                continue
            if c.pattern.type in words.get("pledged_conflict", ()):
                p.pattern = recoding("hostile_pledge")
                c.absorbed = True
                if p.target.empty:
                    p.target.add(c.target)


def _absorb_into_light_verbs(sent_cands: list[Candidate]) -> None:
    """"provided assistance", "signed an agreement", "offered his congratulations" (``light_offer``
    before an ``offered_speech`` noun): the noun says what; the light verb's candidate is absorbed and its sides fill the noun's empty ones."""
    nouns = {c.trigger.i for c in sent_cands if c.trigger.pos_ == "NOUN"}
    words = event_words()
    light = words.get("light", frozenset())
    offer, speech = words.get("light_offer", frozenset()), words.get("offered_speech", frozenset())
    for c in sent_cands:
        lemma = c.trigger.lemma_
        if c.trigger.pos_ == "VERB" and any(
            k.dep_ == "dobj" and k.i in nouns and (lemma in light or (lemma in offer and k.lemma_.lower() in speech))
            for k in c.trigger.children
        ):
            c.absorbed = True  # "provided assistance", "signed an agreement": the noun says what
            for k in c.trigger.children:
                noun = next((n for n in sent_cands if n.trigger == k), None)
                if noun is not None:
                    if noun.target.empty:
                        noun.target.add(c.target)
                    if noun.source.empty:
                        noun.source.add(c.source)


def _absorb_complements(sent_cands: list[Candidate], demanded: set[int]) -> None:
    """A demand's verb, a noun in the same act as its governing verb ("earmarked 2 million
    euros in emergency aid"), a threat's or a demand's complement, or a trigger that is the
    complement of another: absorbed by the governing candidate."""
    trig = {c.trigger.i for c in sent_cands if not c.absorbed}
    by_i = {c.trigger.i: c for c in sent_cands if not c.absorbed}
    for c in sent_cands:
        if c.absorbed:
            continue
        gov = governing_verb(c.trigger) if c.trigger.pos_ == "NOUN" else None
        if c.trigger.i in demanded and c.trigger.lower_ not in ("must", "should"):
            c.absorbed = True  # the demand codes it
        elif gov is not None and gov.i in by_i and by_i[gov.i].pattern.type == c.pattern.type and gov.i != c.trigger.i:
            # "earmarked 2 million euros in emergency aid for Haiti": one act of aid
            c.absorbed = True
            parent = by_i[gov.i]
            if not parent.target.ids:
                parent.target.add(c.target)
        elif (
            c.trigger.dep_ == "ccomp"
            and c.trigger.head.i in by_i
            and by_i[c.trigger.head.i].pattern.type in ("THREATEN", "REQUEST", "ACCUSE")
        ):
            # "warned that it would pull out of the deal": the threat codes what it threatens
            c.absorbed = True
            parent = by_i[c.trigger.head.i]
            if parent.target.empty:
                parent.target.add(c.target)
        elif _is_absorbed(c, trig):
            c.absorbed = True
            parent = by_i.get(c.trigger.head.i) or by_i.get(c.trigger.head.head.i)
            if parent is not None and parent.target.empty:
                parent.target.add(c.target)
            if (
                parent is not None
                and parent.pattern.type == "REQUEST"
                and parent.pattern.cameo.startswith("02")
                and c.pattern.type != "REQUEST"
                and plover_types().get(c.pattern.type, ("", ""))[1] == "conflict"
            ):
                # "called for sanctions against X": asking for a hostile act is a demand (CAMEO 10);
                # asking X to ask ("urged France to pressure the US to ...") stays a request
                parent.pattern = replace(parent.pattern, cameo=recoding("demand").cameo)


def _is_absorbed(cand: Candidate, trigger_tokens: set[int]) -> bool:
    """True when the trigger is the complement of another trigger ("threatened to attack")."""
    t = cand.trigger
    if t.dep_ in ("xcomp", "dobj") and t.head.i in trigger_tokens:
        return True
    if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.i in trigger_tokens:
        return True
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "for" and t.head.head.i in trigger_tokens:
        return True
    if (
        t.pos_ == "NOUN"
        and t.dep_ == "pobj"
        and t.head.lower_ in ("of", "to", "on", "for", "in")
        and t.head.head.pos_ == "NOUN"
        and t.head.head.i in trigger_tokens
    ):
        return True  # "the suspension of aid", "threats of attacks", "talks on a ceasefire": the head noun codes it
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("of", "from", "to", "against", "over", "on", "with"):
        # "pulled out of the talks", "protested against the war": the verb's act codes it
        head = t.head.head
        if head.dep_ == "prep" and head.lower_ in ("out", "away", "back"):
            head = head.head  # "out of", "away from"
        if head.pos_ == "VERB" and head.i in trigger_tokens:
            return True
    if (
        t.pos_ == "NOUN"
        and t.dep_ == "pobj"
        and t.head.lower_ in preps("setting")
        and t.head.head.i in trigger_tokens
        and t.head.head.pos_ == "VERB"
    ):
        return True  # "did not meet Scholz during the summit": the summit is the setting
    return False
