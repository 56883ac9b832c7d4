"""Event candidates: a verb or noun trigger with its source and target sides, and the
demand read off "X said Y must ..."."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .actors import actors
from .parties import country_of, has_owner, is_place_token, other_side, speaks_for
from .onset_sides import onset_target
from .intent_owner import intent_subject
from .noun_sides import acting_modifiers, drawn_in_target, object_by_source, own_forces, with_help_of
from .subjects import subject_side
from .context import Candidate, Ctx, OBJ, PASS_SUBJ, Side, SUBJ
from .lexicon import actor_words, agent_words, entity_types, event_words, Pattern, preps, recoding, type_roles, verb_patterns
from .modifiers import local_place, thing_head
from .stop_senses import stop_subject
from .syntax import governing_verb, has_entity, pobjs
from .targets import deep_actors, more_target, noun_owner
from .side_words import has_role, is_facility_name
from .triggers import noun_pattern


def verb_candidate(tok: Token, pat: Pattern, ctx: Ctx) -> Candidate:
    """The event candidate of the verb trigger ``tok`` typed ``pat``: its source (the subject, a
    passive's agent, or the state where it happened) and its target (object, "with/to/against"
    phrases, the subject of a complement, or further phrases: :func:`.targets.more_target`)."""
    source, _subj = subject_side(tok, ctx)
    if not source.ids and _subj is None:
        held = intent_subject(tok, ctx)  # "expressed willingness to meet X"
        source = held if held.ids else source
    speaker = _cue_speaker(tok, source, _subj, ctx)
    if speaker is not None:
        source = speaker
    src_notes = _state_source(tok, pat, source, ctx) or _origin_source(tok, pat, source, ctx)
    target = _verb_target(tok, pat, ctx)
    if speaker is None and _subj is not None and _subj.pos_ == "PRON" and set(source.ids) & set(target.ids):
        # "It accused the FDIC of ...": the pronoun resolved to the target; the quote's speaker acts
        speaker = _cue_speaker(tok, Side(), None, ctx)
        source = speaker if speaker is not None else source
    if not target.ids:
        _fallback_verb_target(tok, pat, source, target, ctx)
    if pat.type == "CONSULT" and target.ids:
        _no_facility(target, ctx)  # "visited the Lincoln Memorial": where, not whom
    if pat.type in ("ACCUSE", "PROTEST") and target.ids:
        _accused_not_audience(tok, source, target, ctx)
    notes: list[str] = []
    if not other_side(target, source):  # "withdraw its engineers from X": its = the source
        notes = more_target(tok, pat, source, target, ctx)
    return Candidate(pat, tok, (tok.idx, tok.idx + len(tok.text)), source, target, clause=tok, notes=src_notes + notes)


def _cue_speaker(tok: Token, source: Side, subj: Optional[Token], ctx: Ctx) -> Optional[Side]:
    """The speaker of the quote whose cue is the verb ``tok`` ("'...,' he warned"), as the
    source of the speech act, only when the verb has no subject the event stage resolved; else
    None. A subject of its own wins, a pronoun too: "Pataki says Kasich ... He warns that ...":
    the event resolves "He" to Pataki, the subject before, where the quote stage's speaker may
    be the name nearest the cue (Kasich)."""
    q = ctx.cue_quotes.get(tok.idx)
    if q is not None and q.kind not in ("direct", "partial", "indirect"):
        return None  # a "reaction" (the quote stage's "railed against X") says nothing of who acts
    if q is None or (source.ids and subj is not None) or source.ids == [q.speaker]:
        return None
    span = q.speaker_evidence[0] if q.speaker_evidence else (tok.idx, tok.idx + len(tok.text))
    side = Side(ids=[q.speaker], spans=[tuple(span)])
    side.notes.append("source is the speaker of the quote this verb reports")
    return side


def _reduced_passive(tok: Token) -> bool:
    """True for a passive participle that modifies a noun (a reduced relative: "two tourists
    arrested in Bali", "the journalists detained by police") with no object of its own."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") and not any(
        c.dep_ in OBJ or c.dep_ in SUBJ or c.dep_ in PASS_SUBJ for c in tok.children
    )


def _state_source(tok: Token, pat: Pattern, source: Side, ctx: Ctx) -> list[str]:
    """"X was arrested in Niger", "expelled from North Korea": with no agent named, PLOVER
    codes the state where it happened (adds it to ``source``; returns the note saying so)."""
    src_notes: list[str] = []
    passive = any(c.dep_ == "auxpass" for c in tok.children) or _reduced_passive(tok)
    if not source.ids and pat.type in actor_words().get("state_act", ()) and passive:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "from"):
                for p in pobjs(c):
                    hit = ctx.token_entity(p)
                    if hit and ctx.types.get(hit[0]) == "GPE" and country_of(hit[0], ctx):
                        source.ids.append(hit[0])
                        source.spans.append(hit[1])
                        src_notes.append(f"source is the state where it happened ('{ctx.text[hit[1][0]:hit[1][1]]}'), no agent named")
                        break
            if source.ids:
                break
    return src_notes


def _origin_source(tok: Token, pat: Pattern, source: Side, ctx: Ctx) -> list[str]:
    """"A rocket was fired at X from Gaza": a passive attack with no agent named comes from the
    state its "from" phrase names (adds it to ``source``; returns the note saying so)."""
    if source.ids or pat.type != "ASSAULT" or not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    if any(c.dep_ == "agent" for c in tok.children):
        return []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in pobjs(c):
                hit = ctx.token_entity(p)
                if hit and ctx.types.get(hit[0]) == "GPE" and country_of(hit[0], ctx):
                    source.ids.append(hit[0])
                    source.spans.append(hit[1])
                    return [f"source is where the attack came from ('{ctx.text[hit[1][0]:hit[1][1]]}'), no agent named"]
    return []


def _verb_target(tok: Token, pat: Pattern, ctx: Ctx) -> Side:
    """The target a verb names directly: its object (or the owner of an object that is a
    trigger noun) and its "with/to/against/..." phrases, not a place it is welcomed to."""
    target = Side()
    sent_to = tok.lemma_.lower() in event_words().get("dispatch", ()) and any(
        c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") for c in tok.children
    )
    for c in tok.children:
        if c.dep_ == "dative" and c.pos_ == "ADP":  # "gave aid to Israel": the parser's dative "to"
            for p in pobjs(c):
                target.add(actors(p, ctx))
        elif c.dep_ in PASS_SUBJ or c.dep_ in OBJ:
            if (sent_to or own_forces(c, pat, ctx)) and c.dep_ == "dobj":
                continue  # "sent an envoy to Algeria", "deployed troops": who is sent is the source's
            if c.dep_ == "dobj" and noun_pattern(c) is not None and not has_entity(c, ctx):
                # "rejected North Korea's demand", "rejected an Australian ultimatum",
                # "signed an agreement with X": the noun's owner, else its "with/to/..." phrase
                owner = noun_owner(c, ctx)
                target.add(owner if owner.ids else _noun_target(c, ctx))
                continue
            if c.dep_ == "dobj" and pat.type in type_roles("topic_object") and _topic_object(tok, c, ctx):
                continue  # "discussed Smith's tax plan": what is talked about, not with whom
            rows = verb_patterns().get(tok.lemma_.lower(), {})
            if c.lower_ == "fire" or (
                c.dep_ == "dobj" and (c.lemma_.lower() in rows or c.lower_ in rows) and not list(c.children)
            ):  # "opened fire", "joined forces with X": the bare object word is part of the trigger
                continue
            target.add(actors(c, ctx))
        elif c.dep_ == "prep" and (c.lower_ in preps("verb_target") or (c.lower_ == "at" and pat.type == "ASSAULT")):
            for p in pobjs(c):
                if c.lower_ in preps("place") and is_place_token(p, ctx) and pat.type != "ASSAULT":
                    continue
                if _fronted_setting(c, p, tok, ctx):
                    continue  # "On Capitol Hill, Senator Kim decried ...": where or when, not whom
                target.add(actors(p, ctx))
    if pat.type in ("COERCE", "ASSAULT") and _reduced_passive(tok) and not target.ids and not own_forces(tok.head, pat, ctx):
        # "two tourists arrested in Bali": the noun is who undergoes it (not "militiamen armed
        # with machetes", "rebels backed by Iran": a cooperative participle describes a state)
        target.add(actors(tok.head, ctx))
    if pat.type == "CONSULT" and not sent_to and any(c.dep_ == "dobj" for c in tok.children):
        # "welcome X to the State Department": the place, not a second guest
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                for p in pobjs(c):
                    hit = is_place_token(p, ctx)
                    if hit and hit[0] in target.ids:
                        k = target.ids.index(hit[0])
                        del target.ids[k], target.spans[k]
    return target


def _fronted_setting(prep: Token, pobj: Token, verb: Token, ctx: Ctx) -> bool:
    """True when ``prep`` opens the clause of ``verb`` ahead of its subject (or is set off by a
    comma before it) and names a place or a time: a fronted setting is never a target."""
    if prep.i > verb.i:
        return False
    subjects = [k for k in verb.children if k.dep_ in SUBJ or k.dep_ in PASS_SUBJ]
    after = prep.right_edge.i + 1
    fronted = any(prep.i < k.i for k in subjects) or (after < len(prep.doc) and prep.doc[after].text == ",")
    if not fronted:
        return False
    return pobj.ent_type_ in ("DATE", "TIME") or is_place_token(pobj, ctx) is not None


def _fallback_verb_target(tok: Token, pat: Pattern, source: Side, target: Side, ctx: Ctx) -> None:
    """A target from further phrases, for a verb that names none directly (adds to ``target``):
    a "with" phrase anywhere below a meeting verb, the object's "against/on" phrase, the
    subject of what is accused, threatened, requested, rejected or supported."""
    if not target.ids and pat.type == "CONSULT":
        for t in tok.subtree:
            if t.dep_ == "prep" and t.lower_ == "with" and _own_clause(t, tok):
                hits = [p for p in pobjs(t) if ctx.token_entity(p)]
                if hits:
                    target.add(actors(hits[0], ctx))
                    break
    if not target.ids:
        # "threatened further action against Russia": the object's own "against/on/to" phrase
        for c in tok.children:
            if c.dep_ == "dobj":
                for k in c.children:
                    if k.dep_ == "prep" and k.lower_ in preps("object_target"):
                        for p in pobjs(k):
                            target.add(actors(p, ctx))
    if not target.ids and pat.type in ("ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT"):
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp"):
                for s in c.children:
                    if s.dep_ in SUBJ:
                        side = actors(s, ctx)
                        if pat.type in ("THREATEN", "SUPPORT") and speaks_for(side, source, ctx):
                            # "the ministry warned that Moscow would respond": who would act is the
                            # threatener's (or the supporter's) own state, not the target
                            continue
                        target.add(side)


def _no_facility(target: Side, ctx: Ctx) -> None:
    """Drops from ``target`` the organisations whose name makes them a facility one visits
    (:func:`.side_words.is_facility_name`)."""
    keep = [(i, sp) for i, sp in zip(target.ids, target.spans)
            if ctx.index.by_id.get(i) is None or not is_facility_name(ctx.index.by_id[i].name)]
    if len(keep) < len(target.ids):
        target.ids, target.spans = [i for i, _ in keep], [sp for _, sp in keep]
        target.groups = [g for g in target.groups if g in target.ids]
        target.notes.append("a facility visited is where, not a counterpart")


def _own_clause(t: Token, verb: Token) -> bool:
    """True when the token ``t`` below ``verb`` belongs to the verb's own clause: no other
    verb stands between them ("discuss what he called X's decision to seek a debate with Y":
    the debate's "with", not the discussion's)."""
    cur = t.head
    for _ in range(12):
        if cur.i == verb.i:
            return True
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _topic_object(verb: Token, obj: Token, ctx: Ctx) -> bool:
    """True when ``obj`` is what a talking verb is about (``topic_object`` rows of
    ``lexicons/event_side_words.tsv``): a thing noun that no entity names ("discussed
    Smith's tax plan"), so its owner is no counterpart."""
    if obj.pos_ != "NOUN" or not has_role(verb, "topic_object") or ctx.token_entity(obj):
        return False
    return thing_head(obj)


def _accused_not_audience(tok: Token, source: Side, target: Side, ctx: Ctx) -> None:
    """"complained to the United Nations over Israeli air raids": the accused, not the audience
    (replaces ``target`` when it is only whom the complaint was made to)."""
    told = {p.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in pobjs(c)}
    if told and all(any(ctx.token_entity(ctx.doc[i]) and ctx.token_entity(ctx.doc[i])[0] == e for i in told) for e in target.ids):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("over", "about", "for"):
                accused = [i for p in pobjs(c) for i in deep_actors(p, ctx).ids if i not in source.ids]
                if accused:
                    spans = dict(zip(target.ids, target.spans))
                    for p in pobjs(c):
                        d = deep_actors(p, ctx)
                        spans.update(zip(d.ids, d.spans))
                    target.ids, target.spans = accused[:1], [spans[accused[0]]]
                    break


def _noun_target(noun: Token, ctx: Ctx) -> Side:
    """The target a trigger noun names: its "with/to/against/for/..." phrases ("an agreement
    with X"; "support for replenishing X's stocks": the gerund's object)."""
    side = Side()
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in preps("noun_target") - {"at"}:
            for p in pobjs(c):
                if c.lower_ in ("for",) and p.pos_ == "VERB":
                    for q in p.children:
                        if q.dep_ == "dobj":
                            side.add(actors(q, ctx))
                    continue
                side.add(actors(p, ctx))
    return side


def noun_candidate(tok: Token, pat: Pattern, ctx: Ctx) -> Optional[Candidate]:
    """The event candidate of the noun trigger ``tok`` typed ``pat``, or None for a generality.

    The source is its possessor, its "by/from" phrase, a national or named modifier, or the
    subject of the verb that takes it ("held talks"); the target, its "with/to/on/..." phrases
    or another modifier ("US-Iran talks"), or further phrases (:func:`.targets.more_target`).
    """
    # "a mediation mission between X and Y": the trigger modifies the noun that carries the actors
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    source, target, reciprocal, clause = _noun_sides(tok, phrase, pat, ctx)
    head = phrase.head
    helped = with_help_of(phrase, pat, ctx)
    if helped is not None:  # "moved fighters with the help of X": X helps the subject
        return Candidate(pat, tok, (tok.idx, tok.idx + len(tok.text)), helped[0], helped[1], clause=head.head)
    if not target.ids:
        drawn_in_target(phrase, target, ctx)
    if not source.ids:
        object_by_source(phrase, source, ctx)
    undergoer = _undergoer(phrase)
    undergone = undergoer is not None and not target.ids
    if undergone:
        # "X is under federal investigation", "X faces sanctions": X is the target, not the source
        s, _ = subject_side(undergoer, ctx)
        target.add(s)
        clause = undergoer
        if not source.ids:
            _giver(phrase, undergoer, pat, source, ctx)  # "won the backing of X": X gives it
            if set(source.ids) & set(target.ids):  # "received no endorsements from his colleagues"
                source.ids, source.spans = [], []
    # "ripped Comey for his handling of the bureau's probe": the owner is named, though no entity
    owned = has_owner(phrase) or _undergone_owner(tok)  # "after his suspension, X replaced him": not X's act
    if not undergone and not source.ids and head != phrase and not owned:
        first = phrase
        while first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.head.i < first.i:
            first = first.head  # "launched artillery, mortar and rocket fire": the first conjunct's verb
        clause = _governing_source(first, source, reciprocal, clause, ctx)
    if (reciprocal := acting_modifiers(reciprocal, source, ctx)) and not source.ids:
        source.add(reciprocal[0])
        reciprocal = reciprocal[1:]
    for r in reciprocal:
        if r.ids and r.ids[0] not in source.ids:
            target.add(r)
    if phrase.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN" and head.head != phrase:
        # "its right to self-defense against Iran": the noun the trigger completes has the actors
        owner_noun = head.head
        for k in owner_noun.children:
            if not source.ids and not owned and k.dep_ == "poss":
                source.add(actors(k, ctx))
            if not target.ids and k.dep_ == "prep" and k.lower_ in preps("directed"):
                for p in pobjs(k):
                    target.add(actors(p, ctx))
    if clause == phrase:
        clause = tok
    notes: list[str] = []
    if not source.ids and not target.ids and not owned:
        clause = onset_target(phrase, target, ctx) or clause  # "fighting erupted between X and Y"
    if not source.ids and not target.ids and _sequenced(phrase):
        # "protests followed the arrest of X": no source from the protests, X is still the target
        notes = more_target(tok, pat, source, target, ctx)
        if not target.ids:
            return None
    elif not source.ids and not target.ids and not (clause != tok and source.phrases):
        return None  # a generality: "stability", "the ongoing support"
    elif not other_side(target, source):  # "withdraw its engineers from X": its = the source
        notes = more_target(tok, pat, source, target, ctx)
    return Candidate(pat, tok, (tok.idx, tok.idx + len(tok.text)), source, target, clause=clause, notes=notes)


def _noun_sides(tok: Token, phrase: Token, pat: Pattern, ctx: Ctx) -> tuple[Side, Side, list[Side], Token]:
    """``(source, target, reciprocal, clause)`` from the dependents of a noun trigger (and of
    the noun ``phrase`` it modifies): ``reciprocal`` are the sides named by modifiers
    ("US-Iran talks"), ``clause`` the trigger or the verb of a relative clause ("meetings
    Gantz held")."""
    source, target = Side(), Side()
    clause = tok
    reciprocal: list[Side] = []
    children = list(tok.children) + ([c for c in phrase.children if c != tok] if phrase != tok else [])
    leaving = _leaving(tok, pat)
    undergone = _undergone_owner(tok)
    for c in children:
        if c.dep_ == "poss":
            # "Cuba's expulsion from X": Cuba undergoes it ("his deportation policies": his own)
            (target if undergone and c.head.i == tok.i else source).add(actors(c, ctx))
        elif c.dep_ in ("amod", "compound", "nmod") and c.i < phrase.i:
            for m in c.subtree:
                hit = ctx.token_entity(m)
                if hit and local_place(m, ctx):
                    continue  # "the Warsaw summit", "the Geneva talks": where, not who
                if _is_medium_name(m, hit, ctx):
                    continue  # "Mr. Trump's Twitter attacks", "TV ads": what it is done through, not who
                if hit and ctx.types.get(hit[0]) in entity_types("actor") and all(
                    hit[0] not in r.ids for r in reciprocal
                ):
                    reciprocal.append(Side(ids=[hit[0]], spans=[hit[1]]))
        elif c.dep_ == "prep":
            if c.lower_ == "from" and leaving:
                for p in pobjs(c):  # "Britain's withdrawal from the EU": what is left, never the source
                    target.add(actors(p, ctx))
            elif c.lower_ in preps("source"):
                for p in pobjs(c):
                    source.add(actors(p, ctx))
            elif c.lower_ in preps("noun_target") - {"at", "over"}:
                for p in pobjs(c):
                    if c.lower_ == "with" and p.pos_ == "NOUN" and ctx.token_entity(p) is None and not (
                        p.lower_ in agent_words() or p.lemma_.lower() in agent_words()
                    ):
                        continue  # "with Albania's help", "with strings attached": not a counterpart
                    if c.lower_ == "for" and p.pos_ == "VERB":  # "support for replenishing X's Y"
                        for q in p.children:
                            if q.dep_ == "dobj":
                                target.add(actors(q, ctx))
                        continue
                    if c.lower_ == "to" and is_place_token(p, ctx) and pat.type == "CONSULT":
                        target.add(actors(p, ctx))  # "a visit to Washington": the host
                        continue
                    target.add(actors(p, ctx))
        elif c.dep_ == "acl":  # "rocket attacks fired by Hamas"
            for a in c.children:
                if a.dep_ == "agent":
                    for p in pobjs(a):
                        source.add(actors(p, ctx))
        elif c.dep_ == "relcl" and c.lemma_ in event_words().get("light", ()):  # "meetings Gantz held"
            s, _ = subject_side(c, ctx)
            source.add(s)
            clause = c
    return source, target, reciprocal, clause


def _leaving(tok: Token, pat: Pattern) -> bool:
    """True for a noun of leaving ("withdrawal", "exit", "departure", "pullout"): its "from"
    phrase names what is left (``leave_noun`` rows, or a noun typed RETREAT)."""
    low = tok.lemma_.lower()
    return pat.type == "RETREAT" or low in event_words().get("leave_noun", ()) or tok.lower_ in event_words().get("leave_noun", ())


def _undergone_owner(tok: Token) -> bool:
    """True when the possessor of the noun ``tok`` undergoes its act: a ``patient_noun`` ("Cuba's
    expulsion from the OAS", "after his suspension") with no "of" phrase naming who undergoes
    it ("Russia's expulsion of diplomats": Russia acts)."""
    words = event_words().get("patient_noun", ())
    if tok.lemma_.lower() not in words and tok.lower_ not in words:
        return False
    return any(c.dep_ == "poss" for c in tok.children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
    )


def _is_medium_name(m: Token, hit: Optional[tuple], ctx: Ctx) -> bool:
    """True when the modifier token ``m`` (entity ``hit`` or a plain word) names a medium
    (``medium`` rows: "Twitter", "Facebook", "TV", "radio")."""
    media = event_words().get("medium", frozenset())
    if m.lower_ in media or m.lemma_.lower() in media:
        return True
    if hit is None:
        return False
    name = ctx.text[hit[1][0]:hit[1][1]].lower()
    return (name[4:] if name.startswith("the ") else name) in media


def _giver(phrase: Token, verb: Token, pat: Pattern, source: Side, ctx: Ctx) -> None:
    """Who gives what the subject of ``verb`` receives (adds it to ``source``): the verb's own
    "from" phrase ("getting support from Latinos"), else the "of" phrase of support or aid
    ("picked up the endorsement of Governor X")."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            for p in pobjs(c):
                source.add(actors(p, ctx))
    if source.ids or pat.type not in ("SUPPORT", "AID"):
        return
    for c in phrase.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in pobjs(c):
                source.add(actors(p, ctx))


def _undergoer(phrase: Token) -> Optional[Token]:
    """The verb whose subject undergoes the act a noun trigger names ("is under
    investigation", "came under attack", "faces sanctions", "suffered an attack"), or None."""
    words = event_words()
    head = phrase.head
    if phrase.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in words.get("undergo_prep", ()):
        if head.head.pos_ in ("VERB", "AUX"):
            return head.head
    if phrase.dep_ == "dobj" and head.pos_ == "VERB":
        rows = words.get("undergo", ())
        lemma = head.lemma_.lower()
        if lemma in rows or has_role(head, "undergo_object") or any(
            f"{lemma} {c.lower_}" in rows for c in head.children if c.dep_ == "prt"
        ):
            return head  # "won support from X", phrasal "picked up an endorsement from X"
    return None


def _governing_source(phrase: Token, source: Side, reciprocal: list[Side], clause: Token, ctx: Ctx) -> Token:
    """The source of a noun trigger from the verb that takes it ("held talks", "in talks",
    the verb it hangs from): adds it to ``source`` and returns that verb as the clause."""
    head = phrase.head
    if _sequenced(phrase):
        return clause  # "Pakistan's condemnation of India came after the raid": not Pakistan's raid
    if phrase.dep_ == "dobj" and cites(head):
        return head  # "He cited criticism of X", "survived an attack": the subject did not do the act
    if phrase.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        s, subj = subject_side(head, ctx)
        source.add(s if s.ids or subj is not None else intent_subject(head, ctx))  # "plans to hold talks"
        return head
    if phrase.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and head.lower_ in ("in", "during", "after"):
        s, _ = subject_side(head.head, ctx)
        source.add(s)
        return head.head
    if phrase.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("ADV", "ADJ") and head.lower_ == "of":
        # "Ahead of his talks with Gantz, Austin said": the actor is the possessor, found above
        return head.head.head
    gov = governing_verb(phrase)
    if gov is not None and not reciprocal and not cites(gov):
        s, _ = subject_side(gov, ctx)
        source.add(s)
        return gov
    return clause


def _sequenced(phrase: Token) -> bool:
    """True when the noun ``phrase`` names an act that only comes before or after another act,
    the subject of its verb ("X's condemnation of Y came after the raid", "X's criticism
    followed the attack"): the owner of that subject act is no doer of this one."""
    words = event_words()
    head = phrase.head
    if phrase.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in words.get("sequence_prep", ()):
        verb = head.head
    elif phrase.dep_ == "dobj" and head.lemma_.lower() in words.get("sequence_verb", ()):
        verb = head
    else:
        return False
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in SUBJ and noun_pattern(c) is not None for c in verb.children
    )


def cites(verb: Token) -> bool:
    """True for a verb that only mentions the act its object names (``cited_act`` rows, a
    phrasal one with its particle: "brought up the bombing", "attributed X to attacks")."""
    rows = event_words().get("cited_act", ())
    lemma = verb.lemma_.lower()
    return lemma in rows or any(f"{lemma} {c.lower_}" in rows for c in verb.children if c.dep_ in ("prt", "prep"))


def modal_demand(tok: Token, ctx: Ctx) -> Optional[Candidate]:
    """"X said (that) Y must Z": X demands of Y (REQUEST, CAMEO 100; "should": appeal, 020)."""
    words = event_words()
    if tok.dep_ != "ccomp" or tok.head.lemma_ not in words["reporting"]:
        return None
    modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("must", "should")), None)
    if modal is None or stop_subject(tok.head) or any(
        c.dep_ in SUBJ and c.lemma_.lower() in words.get("share_word", ()) for c in tok.head.children
    ):
        return None  # "47% say the United States should ...": a poll, no demand
    if any(
        c.dep_ in SUBJ and any(w.lemma_.lower() in words.get("commentator", ()) for w in c.subtree)
        for c in tok.head.children
    ):
        return None  # "analyst Tom Reed said Lopez should ...": an opinion, no party's demand
    if tok.lemma_ == "be" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
        return None  # "a president must be ready", "Israel should have been the first": no act asked for
    if tok.lemma_.lower() in words.get("undemanded", ()):
        return None  # "voters shouldn't lose their right", "Hillary should just do whatever": no act asked for
    if _no_act_asked(tok, words):
        return None  # "Gingrich said Trump should relax", "said the government should go further": advice, no act
    if any(c.dep_ in SUBJ and c.i > modal.i for c in tok.children):
        return None  # "should Mrs. Clinton win, ...": an inverted condition (or a question), no demand
    source, _ = subject_side(tok.head, ctx)
    target = Side()
    for c in tok.children:
        if c.dep_ in SUBJ:
            target = actors(c, ctx)
            if c.pos_ != "PRON" and not any(s <= c.idx < e for s, e in target.spans):
                return None  # "Clinton's use of a server should disqualify her": the subject is no actor
    if not target.ids or set(target.ids) & set(source.ids):
        return None  # "Israel must always make sure": a speaker about its own side
    if _own_country(source, target, ctx):
        return None  # "Clinton said the United States should play a leadership role": a policy view, no demand
    pat = recoding("demand" if modal.lower_ == "must" else "appeal")
    return Candidate(pat, modal, (modal.idx, modal.idx + len(modal.text)), source, target, clause=tok.head)


def _no_act_asked(verb: Token, words: dict) -> bool:
    """True when the verb a "should/must" governs asks for no act toward anyone: it takes no
    object, complement, particle or phrase, and is no trigger or verb of compliance ("he should
    relax and accept it", "should go further"; not "must withdraw", "should comply")."""
    if any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "prt", "prep", "attr", "acomp", "oprd") and c.i > verb.i for c in verb.children):
        return False  # (a clause before the verb is none of its complements: "They are his enemy, so he should relax")
    lemma = verb.lemma_.lower()
    row = verb_patterns().get(lemma, {}).get("-")
    trigger = row is not None and row.type != "-" and "transitive" not in row.sense.split(",")
    return not trigger and lemma not in words.get("refusable", ())


def _own_country(source: Side, target: Side, ctx: Ctx) -> bool:
    """True when every target is a country (GPE) that is every source's own country: a speaker
    saying what their own country should do states a policy, and asks no one."""
    ents = [ctx.index.by_id.get(i) for i in source.ids]
    if not ents or any(e is None or any("inferred" in b for b in (e.actor.basis or ())) for e in ents):
        return False  # (a country only guessed from the countries the text names is no home)
    home = {e.actor.country for e in ents}
    if len(home) != 1 or None in home:
        return False
    for i in target.ids:
        ent = ctx.index.by_id.get(i)
        if ent is None or ctx.types.get(i) != "GPE" or ent.actor.country not in home:
            return False
    return True
