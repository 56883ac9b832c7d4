"""Further target rules, read off the clause around a trigger when its own phrases name no
target: the act a verb acts on ("lifted its blockade of Yemen"), whom a light verb's act is
given to ("issued an ultimatum to Turkey", "gave Putin a warning"), whom a permission or a
request is for ("allowed X to take part", "pushing for the US to support"), and the country of
a site named with "in" ("inspectors sent to a plant in central Iran")."""

from __future__ import annotations

import bisect
from typing import Callable, Optional

from spacy.tokens import Token

from .actors import actors
from .subjects import claimed_act_source, subject_side
from .context import Candidate, Ctx, Side, SUBJ, Taker
from .lexicon import actor_words, entity_types, event_words, noun_patterns
from .modifiers import is_site, local_place
from .parties import country_of, speaks_for
from .phrase_targets import official_origin
from .principals import principal_not_target
from .addressees import addressee_not_target
from .topic_objects import topic_not_counterpart
from .victim_names import named_act_not_source
from .doubtful_sources import framing_act_source, overseen_act_source, rival_possessor_source
from .go_betweens import go_between_source
from .located_targets import located_target, place_country
from .asked_for import asked_for_not_target
from .stance_owners import stance_owner_not_source
from .shared_patients import shared_patient
from .mutual_sides import coordinated_subject, inner_target_dropped
from .syntax import pobjs
from .triggers import verb_pattern



#: the prepositions of an act noun that name whom it is aimed at ("blockade of", "ban on")
_ACT_PREPS = ("of", "on", "against", "upon", "to", "toward", "towards")


def further_target(tok: Token, typ: str, source: Side, take: Taker, ctx: Ctx, deep: Callable[..., Side]) -> bool:
    """Try the rules of this module in order; True when one of them found a target.

    Args:
        tok: the trigger.
        typ: the event's PLOVER type.
        source: the event's source side.
        take: adds a side's ids that are not the source to the target.
        ctx: the document's look-ups.
        deep: :func:`.targets.deep_actors` (the first entity named inside a phrase).
    """
    return (
        (typ != "CONSULT" and _object_act_target(tok, take, ctx, deep))  # "discussed the commitment to X": a topic
        or _up_to_target(tok, take, ctx)
        or _given_to_target(tok, take, ctx)
        or _complement_subject_target(tok, source, take, ctx)
        or _as_role_target(tok, take, ctx)
        or (typ == "AID" and _purpose_target(tok, take, ctx))
        or (typ == "CONSULT" and _visit_host_target(tok, take, ctx))
    )


def _visit_host_target(tok: Token, take: Taker, ctx: Ctx) -> bool:
    """A visit that is the purpose of a journey ("arrived in Pakistan for a three-day visit",
    "flew to Beijing on a state visit"): the host is the country the journey goes to."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "on"):
        return False
    row = noun_patterns().get(tok.lemma_.lower()) or noun_patterns().get(tok.lower_)
    verb = tok.head.head
    if row is None or row.mode != "visit" or verb.pos_ != "VERB":
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "to", "into"):
            hit = next((x for x in (_country_in(p, ctx) for p in pobjs(c)) if x is not None), None)
            if hit is not None and take(Side(ids=[hit[0]], spans=[hit[1]])):
                return True
    return False


def _as_role_target(tok: Token, take: Taker, ctx: Ctx) -> bool:
    """A noun trigger naming the role the verb's object is held or used in (``role_verb`` rows:
    hold, use, take, keep, ...): that object ("held 3,000 civilians as human shields", "took two
    engineers as hostages")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ != "as" or tok.head.head.pos_ != "VERB":
        return False
    if tok.head.head.lemma_.lower() not in actor_words().get("role_verb", ()):
        return False  # "sees him as a real threat", "treated X as a rival": a view, no act on X
    return any(c.dep_ == "dobj" and take(actors(c, ctx)) for c in tok.head.head.children)


def _purpose_target(tok: Token, take: Taker, ctx: Ctx) -> bool:
    """Aid given for a purpose: whom it is to help ("earmarked $2 million in aid to help Nepal
    recover", ``help_verb`` rows), else the country the purpose is in ("gave 40 million euros to
    promote development in Ethiopia")."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" else None
    if verb is None:
        return False
    helpers = actor_words().get("help_verb", ())
    purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children)]
    for c in purposes:
        if c.lemma_.lower() in helpers:
            for d in c.children:
                if d.dep_ == "dobj" and take(actors(d, ctx)):
                    return True
                if d.dep_ == "ccomp" and any(s.dep_ in SUBJ and take(actors(s, ctx)) for s in d.children):
                    return True
    for c in purposes:
        for h in [c] + [d for d in c.children if d.dep_ == "dobj"]:
            for k in h.children:
                if k.dep_ == "prep" and k.lower_ == "in":
                    hit = next((x for x in (_country_in(p, ctx) for p in pobjs(k)) if x is not None), None)
                    if hit is not None and take(Side(ids=[hit[0]], spans=[hit[1]])):
                        return True
    return False


def _act_noun(tok: Token) -> bool:
    """True when ``tok`` is a noun that names an act (a row of the noun triggers)."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in noun_patterns() or tok.lower_ in noun_patterns())


def _object_act_target(tok: Token, take: Taker, ctx: Ctx, deep: Callable[..., Side]) -> bool:
    """A verb whose object is an act: that act's owner when it is not the source ("denounced
    Serbia's suppression of the unrest"), else whom the act is aimed at ("lifted its blockade
    of Yemen", "lifted sanctions imposed on Eritrea", "eased the ban on X")."""
    if tok.pos_ != "VERB":
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [k for o in objs for k in o.children if k.dep_ == "conj"]
    for o in objs:
        if not _act_noun(o):
            continue
        for c in o.children:
            if c.dep_ == "poss" and take(actors(c, ctx)):
                return True
        for c in o.children:  # "criticised the visit by Xi Jinping to Moscow": the visitor
            if c.dep_ == "prep" and c.lower_ == "by" and any(take(actors(p, ctx)) for p in pobjs(c)):
                return True
        row = noun_patterns().get(o.lemma_.lower()) or noun_patterns().get(o.lower_)
        of_is_actor = row is not None and row.type in actor_words().get("of_source", ())
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ in _ACT_PREPS and not (c.lower_ == "of" and of_is_actor):
                if any(take(deep(p, ctx, depth=1)) for p in pobjs(c)):
                    return True
            elif c.dep_ == "acl" and c.tag_ == "VBN":  # "sanctions imposed on Eritrea"
                for k in c.children:
                    if k.dep_ == "prep" and k.lower_ in ("on", "against", "upon"):
                        if any(take(deep(p, ctx, depth=1)) for p in pobjs(k)):
                            return True
    return False


def _up_to_target(tok: Token, take: Taker, ctx: Ctx) -> bool:
    """"kidnapped up to 16 Russian advisers", "arrested up to 200 protesters": the parser reads
    "up" as the verb's particle and "to" as a preposition; the number's noun is the object."""
    if tok.pos_ != "VERB":
        return False
    for c in tok.children:
        if c.dep_ == "prt" and c.lower_ == "up":
            for k in c.children:
                if k.dep_ == "prep" and k.lower_ == "to":
                    for p in pobjs(k):
                        if any(n.dep_ == "nummod" for n in p.children) and take(actors(p, ctx)):
                            return True
    return False


def _given_to_target(tok: Token, take: Taker, ctx: Ctx) -> bool:
    """A noun trigger that is the object of the verb that carries it out: whom that verb gives
    it to, its dative or "to" phrase ("issued an ultimatum to Turkey", "gave Putin a warning",
    "expressed condolences to the government of Turkey")."""
    if tok.pos_ != "NOUN":
        return False
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    while phrase.dep_ == "conj" and phrase.head.pos_ == "NOUN":
        phrase = phrase.head
    if phrase.dep_ != "dobj" or phrase.head.pos_ != "VERB":
        return False
    verb = phrase.head
    if verb.lemma_.lower() in event_words().get("undergo", ()):
        return False  # "has faced criticism for his overtures to X": the subject undergoes it
    for c in verb.children:
        if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON") and take(actors(c, ctx)):
            return True
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            if any(take(actors(p, ctx)) for p in pobjs(c)):
                return True
    return False


def _complement_subject_target(tok: Token, source: Side, take: Taker, ctx: Ctx) -> bool:
    """Whom a permission or a request is for: the subject of the clause a verb of allowing
    governs ("allowed candidate X to take part", "let the inspectors in"), or of a "for ... to"
    clause ("pushing for the US to support", "called for Britain to stay")."""
    if tok.pos_ != "VERB":
        return False
    words = actor_words()
    allowing = tok.lemma_.lower() in words.get("permit_verb", ())
    for c in tok.children:
        clause = None
        if allowing and c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
            clause = c
        elif c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            clause = c
        if clause is None:
            continue
        for s in clause.children:
            if s.dep_ in SUBJ:
                side = actors(s, ctx)
                if not speaks_for(side, source, ctx) and take(side):
                    return True
    return False


def complete_sides(cand: Candidate, ctx: Ctx) -> None:
    """The last side rules, once a candidate is kept: the giver of what a recipient received
    (:func:`giver_source`), the country of a site (:func:`site_country`) and the state that
    officials named with no country come from (:func:`.phrase_targets.official_origin`)."""
    shared_patient(cand, ctx)
    modifier_place(cand, ctx)
    setting_not_side(cand, ctx)
    topic_not_target(cand, ctx)
    reaction_source(cand)
    cause_source(cand)
    giver_source(cand, ctx)
    speaker_source(cand, ctx)
    site_country(cand.target, ctx)
    place_country(cand.target, ctx)
    official_origin(cand, ctx)
    go_between_source(cand, ctx)
    reciprocal_sides(cand, ctx)
    claimed_act_source(cand, ctx)
    principal_not_target(cand, ctx)
    located_target(cand, ctx)
    asked_for_not_target(cand, ctx)
    stance_owner_not_source(cand, ctx)
    overseen_act_source(cand, ctx)
    rival_possessor_source(cand, ctx)
    framing_act_source(cand, ctx)
    addressee_not_target(cand, ctx)
    topic_not_counterpart(cand, ctx)
    named_act_not_source(cand, ctx)


def setting_not_side(cand: Candidate, ctx: Ctx) -> None:
    """A site where the act was done is no side of an act of words or cooperation: "oppose
    him on Capitol Hill", "met at Trump Tower", "a rally in Ohio", "the Rochester rally",
    "Clinton's Brooklyn headquarters", "the Pulse nightclub shooting". Acts that PLOVER codes
    with the place as target (``place_target`` rows) keep it; "the White House said" stays."""
    words = actor_words()
    tok = cand.trigger
    # "exploded bombs in Kabul", "sought refuge in Amman": there the place after "in" is a side
    placed = cand.pattern.type in words.get("place_target", ()) or any(
        t.lemma_.lower() in words.get("place_object", ()) for t in [tok, *tok.children]
    )
    for side in (cand.source, cand.target):
        keep = [(i, sp) for i, sp in zip(side.ids, side.spans) if not _setting_mention(i, sp, ctx, placed)]
        if len(keep) < len(side.ids):
            gone = [sp for sp in side.spans if sp not in [k[1] for k in keep]]
            side.ids, side.spans = [i for i, _ in keep], [sp for _, sp in keep]
            side.groups = [g for g in side.groups if g in side.ids]
            cand.notes.append(f"'{ctx.text[gone[0][0]:gone[0][1]]}' names where the act was done, not a side")


def _setting_mention(eid: str, span: tuple[int, int], ctx: Ctx, placed: bool) -> bool:
    """True when the mention of ``eid`` in ``span`` is a site after at/in/on (unless the act
    is ``placed``), or a site modifying a noun that names an event or a building."""
    words = actor_words()
    ph = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if ph is None or not len(ph):
        return False
    tok = None
    for t in ph:
        h = ctx.token_entity(t)
        if h and h[0] == eid and not h[1][0] <= t.head.idx < h[1][1]:
            tok = t  # the head word of the mention inside the side's phrase
            break
    if tok is None:
        return False
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        if placed:
            return False
        prep, gov = tok.head.lower_, tok.head.head
        if prep in ("at", "in", "inside", "near", "outside"):
            held = gov.pos_ in ("VERB", "AUX") or gov.lemma_.lower() in words.get("setting_event", ())
            return held and is_site(tok, ctx) is not None  # not "attacks in Tehran", "a curfew in Baghdad"
        if prep == "on" and gov.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in gov.children):
            return is_site(tok, ctx, building=True) is not None  # "oppose him on Capitol Hill"
        return False
    if tok.dep_ in ("compound", "nmod") and tok.i < tok.head.i and tok.head.pos_ == "NOUN":
        low = tok.head.lemma_.lower()
        if low in words.get("setting_head", ()) or low in words.get("setting_event", ()):
            return is_site(tok, ctx) is not None  # "the Rochester rally", "the Pulse nightclub"
    return False


def topic_not_target(cand: Candidate, ctx: Ctx) -> None:
    """A meeting's "on/about/over" phrase is its topic or its setting, never whom it is with
    ("spoke on Capitol Hill with X", "talks on Ukraine with X"): ids named only there leave the
    target (with a note)."""
    tok = cand.trigger
    if cand.pattern.type != "CONSULT" or not cand.target.ids:
        return
    bounds = [(c.idx, c.right_edge.idx + len(c.right_edge.text)) for c in tok.children
              if c.dep_ == "prep" and c.lower_ in actor_words().get("topic_prep", ())]
    if not bounds:
        return
    if cand.target.drop_within(bounds, phrases_too=False):
        cand.notes.append("a meeting's 'on/about/over' phrase is its topic or setting, not whom it is with")


def reaction_source(cand: Candidate) -> None:
    """"Pakistan condemned the attack", "the attack on the embassy was condemned by Pakistan",
    "Germany welcomed the ceasefire": a noun trigger that is the object of a verb trigger reacting
    to it (``reaction_type`` rows of ``actor_words.tsv``: condemning, welcoming, rejecting,
    demanding) is not done by that verb's subject: a source read off that verb is removed (one
    the noun names itself stays: "condemned Russia's invasion")."""
    tok = cand.trigger
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    verb = phrase.head
    if tok.pos_ != "NOUN" or not cand.source.ids or phrase.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return
    if cand.clause.i != verb.i:
        return
    pat = verb_pattern(verb)
    if pat is None or pat.type == cand.pattern.type or pat.type not in actor_words().get("reaction_type", ()):
        return
    if _own_source(cand, phrase):
        return  # "condemned Russia's invasion": the noun names its own actor
    cand.source.ids, cand.source.spans, cand.source.groups = [], [], []
    cand.notes.append(f"the subject of '{verb.text}' reacts to the act, it does not do it")


def cause_source(cand: Candidate) -> None:
    """"Japan lodged a protest with China over the incursion of Chinese ships", "amid attacks": a
    noun trigger in a ``cause_prep`` phrase is what another act is about; a source read off the
    verb it hangs from is removed (one the noun names itself stays: "over China's incursion")."""
    tok = cand.trigger
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    if tok.pos_ != "NOUN" or not cand.source.ids or phrase.dep_ != "pobj":
        return
    if phrase.head.lower_ not in actor_words().get("cause_prep", ()) or _own_source(cand, phrase):
        return
    if any(c.dep_ == "poss" for c in phrase.children):
        return  # "Asked about his criticisms of X, Lopez laughed": an owner is named, the clause may say who
    cand.source.ids, cand.source.spans, cand.source.groups = [], [], []
    cand.notes.append(f"an act named after '{phrase.head.text}' is what another act is about, not the clause subject's")


def _own_source(cand: Candidate, phrase: Token) -> bool:
    """True when a source span lies inside the noun phrase of the trigger (its own owner)."""
    lo, hi = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge.text)
    return any(lo <= s and e <= hi for s, e in cand.source.spans)


def modifier_place(cand: Candidate, ctx: Ctx) -> None:
    """"The Oklahoma City bombing", "the Bali attacks": a place below a country named in the
    pre-modifiers of a noun trigger says where, not who (removed from both sides, with a note;
    a country stays: "a US strike")."""
    tok = cand.trigger
    if tok.pos_ != "NOUN":
        return
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    where = [c for h in {tok.i: tok, phrase.i: phrase}.values() for c in h.children
             if c.dep_ in ("compound", "nmod", "amod") and c.i < h.i and local_place(c, ctx)]
    if not where:
        return
    bounds = [(c.left_edge.idx, c.idx + len(c.text)) for c in where]
    for side in (cand.source, cand.target):
        if side.drop_within(bounds, phrases_too=False):
            cand.notes.append(f"'{ctx.text[bounds[0][0]:bounds[0][1]]}' names where the act happened, not who did it")


def reciprocal_sides(cand: Candidate, ctx: Ctx) -> None:
    """An act done with each other (``reciprocal_type`` and ``reciprocal_word`` rows of
    ``actor_words.tsv``) whose parties are all on one side: a list as the subject with no target
    ("Russia and China held joint exercises", "Iran and Saudi Arabia agreed to restore ties"), or
    a "between/among" list with no source ("talks between Armenia and Azerbaijan"). The first
    party with a country is the source, the parties of other countries the target (parties of one
    country stay as they are: "Iraqi Kurds", "the French president, Emmanuel Macron")."""
    words = actor_words()
    tok = cand.trigger
    signed = cand.pattern.cameo in event_words().get("mutual_cameo", ()) and coordinated_subject(cand.source.spans, ctx)
    if cand.pattern.type not in words.get("reciprocal_type", ()) and tok.lemma_.lower() not in words.get(
        "reciprocal_word", ()
    ) and not signed:  # "Czechia and China signed an agreement" (CAMEO 057, one coordination)
        return
    inner_target_dropped(cand, ctx)  # "Trump and Putin agreed to share information on North Korea"
    if cand.source.ids and not cand.target.ids:
        anchor = _first_country(cand.source, ctx)
        _listed_nations(cand.source, anchor, ctx)  # "Chinese and Indian troops clashed"
        if anchor is not None and _move(cand.source, cand.target, lambda c: c is not None and c != anchor, ctx):
            cand.target.phrases = []  # "agreed on the draft of a deal": the deal was no party
            cand.notes.append("a list of parties acting with each other: the first is the source, the others the target")
    elif not cand.source.ids and len(cand.target.ids) >= 2 and _between(tok, ctx):
        anchor = _first_country(cand.target, ctx)
        others = {country_of(i, ctx) for i in cand.target.ids} - {None, anchor}
        if anchor is not None and others and _move(cand.target, cand.source, lambda c: c == anchor, ctx):
            cand.notes.append("parties listed with 'between': the first is the source, the others the target")


def _listed_nations(side: Side, anchor: Optional[str], ctx: Ctx) -> None:
    """Add to ``side`` the nationalities of other countries named inside its phrases ("Chinese
    and Indian troops" is one unnamed actor coded CHN: India is named too; not a hyphenated
    backer: "Russia-backed rebels")."""
    if anchor is None:
        return
    for s, e in list(side.spans):
        k = bisect.bisect_left(ctx.starts, s)
        for ms, me, eid in ctx.spans[k:k + 8]:
            if ms >= e:
                break
            if ctx.text[me:me + 1] == "-":
                continue  # "Russia-backed rebels", "Saudi-led forces": a backer, not a party listed
            if me <= e and eid not in side.ids and ctx.types.get(eid) in entity_types("national"):
                code = country_of(eid, ctx)
                if code is not None and code != anchor:
                    side.ids.append(eid)
                    side.spans.append((ms, me))


def _first_country(side: Side, ctx: Ctx) -> Optional[str]:
    """The country of the first id of ``side`` that has one, or None."""
    return next((c for c in (country_of(i, ctx) for i in side.ids) if c is not None), None)


def _move(src: Side, dst: Side, moved: Callable[[Optional[str]], bool], ctx: Ctx) -> bool:
    """Move the ids of ``src`` whose country ``moved`` accepts to ``dst`` (with their spans and
    group marks); True when some moved and some stayed."""
    keep = [(i, sp) for i, sp in zip(src.ids, src.spans) if not moved(country_of(i, ctx))]
    gone = [(i, sp) for i, sp in zip(src.ids, src.spans) if moved(country_of(i, ctx))]
    if not keep or not gone:
        return False
    src.ids, src.spans = [i for i, _ in keep], [sp for _, sp in keep]
    for i, sp in gone:
        dst.take_id(i, sp, src)
    src.groups = [g for g in src.groups if g in src.ids]
    return True


def _between(tok: Token, ctx: Ctx) -> bool:
    """True when the trigger (or the noun it modifies) has a "between/among" phrase."""
    preps_ = actor_words().get("between_prep", ())
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    return any(c.dep_ == "prep" and c.lower_ in preps_ for h in {tok.i: tok, phrase.i: phrase}.values() for c in h.children)


def speaker_source(cand: Candidate, ctx: Ctx) -> None:
    """"US officials said that lifting the sanctions was out of the question": an act named by
    a gerund that is the subject of a reported clause, with no actor of its own, ruled out,
    weighed or promised (not asserted), is the speaker's (fills an empty source)."""
    tok = cand.trigger
    if cand.source.ids or tok.tag_ != "VBG" or tok.dep_ != "csubj" or cand.modality in ("asserted", "reported"):
        return  # only an act ruled out or weighed: "lifting the embargo was an option" says nothing happened
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in event_words().get("reporting", ()):
        return
    side, _ = subject_side(clause.head, ctx)
    ids = [(i, sp) for i, sp in zip(side.ids, side.spans) if i not in cand.target.ids]
    if ids:
        for i, sp in ids:
            cand.source.ids.append(i)
            cand.source.spans.append(sp)
        cand.notes.append("source is the speaker of the clause the act is the subject of")


def giver_source(cand: Candidate, ctx: Ctx) -> None:
    """"Rep. Roe received nine donations from Turkish Americans", "won praise from Bush's team":
    a noun trigger received by its target (an ``undergo`` verb) with no source of its own is
    given by the verb's "from" phrase (fills an empty source)."""
    tok = cand.trigger
    if tok.pos_ != "NOUN" or cand.source.ids:
        return
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    verb = phrase.head
    if phrase.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in event_words().get("undergo", ()):
        return
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in pobjs(c):
                side = actors(p, ctx)
                ids = [i for i in side.ids if i not in cand.target.ids]
                if ids:
                    for i, sp in zip(side.ids, side.spans):
                        if i in ids:
                            cand.source.ids.append(i)
                            cand.source.spans.append(sp)
                    cand.notes.append("source is the giver ('from') of what the target received")
                    return


def site_country(side: Side, ctx: Ctx) -> None:
    """A target that is a site with no country of its own (a plant, a base, a camp, an embassy:
    ``site_head`` rows) named with "in <country>", on the site's phrase or on the verb it is the
    object of ("sent inspectors to the Esfahan facilities in central Iran"): the country is
    added after it (the first id with a country codes the side), with a note."""
    heads = actor_words().get("site_head", ())
    if not side.ids or any(country_of(i, ctx) for i in side.ids):
        return
    for i, (s, e) in zip(list(side.ids), list(side.spans)):
        name = ctx.index.by_id.get(i)
        if name is None or ctx.types.get(i) not in ("ORG", "FAC") or name.name.split()[-1].lower() not in heads:
            continue
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        where = [root]
        if root.dep_ in ("dobj", "pobj"):
            verb = root.head.head if root.dep_ == "pobj" else root.head
            if verb.pos_ == "VERB":
                where.append(verb)
        for h in where:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "inside"):
                    hit = next((x for x in (_country_in(p, ctx) for p in pobjs(c)) if x is not None), None)
                    if hit is not None and hit[0] not in side.ids:
                        side.ids.append(hit[0])
                        side.spans.append(hit[1])
                        side.notes.append(f"'{ctx.text[hit[1][0]:hit[1][1]]}' is the country of the site '{ctx.text[s:e]}'")
                        return


def _country_in(p: Token, ctx: Ctx) -> Optional[tuple[str, tuple[int, int]]]:
    """The country named by the object of "in" ("Iran", "central Iran", "the capital Kabul"):
    (entity id, span) of a place entity with a country, or None."""
    for k in [p] + [c for c in p.children if c.dep_ in ("compound", "appos", "amod")]:
        hit = ctx.token_entity(k)
        if hit and ctx.types.get(hit[0]) == "GPE" and country_of(hit[0], ctx):
            return hit
    return None
