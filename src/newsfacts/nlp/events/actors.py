"""Actors: the entities a phrase names (names, agent words such as "troops", national
modifiers, "of" phrases, conjuncts), pronoun resolution, and the subject side of a verb (its
subject, a passive's "by" agent, or the subject it inherits)."""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Token

from .context import Ctx, PASS_SUBJ, Side, Span, SUBJ
from .lexicon import actor_words, agent_words, entity_types, event_words, noun_patterns, preps, verb_patterns
from .modifiers import is_medium, local_place, stand_in, thing_head
from .syntax import list_members, names_actor, np_span, pobjs


_ACTOR_MODIFIERS = {"compound", "amod", "poss", "nmod", "appos"}
_INHERIT_DEPS = {"xcomp", "conj", "advcl", "pcomp", "acl", "relcl"}
_COPULA_FORMS = {"'s", "\u2019s", "is", "was", "'", "\u2019"}


def _relative_antecedent(tok: Token) -> Optional[Token]:
    """The noun a relative clause containing ``tok`` modifies, or None."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "relcl":
            return cur.head
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def _resolve_pronoun(tok: Token, ctx: Ctx) -> tuple[Optional[tuple[str, Span]], str]:
    """((entity id, span) or None, why not) for a pronoun: I/we to the speaker of the quote,
    a relative pronoun to its antecedent, "you" to the person addressed, he/she/it/they to
    the nearest fitting subject or entity before it. A search that comes back to a pronoun
    already being resolved (a phrase whose antecedent holds the pronoun) stops there."""
    if tok.i in ctx.resolving:
        return None, f"pronoun '{tok.text}' refers back into its own antecedent"
    ctx.resolving.add(tok.i)
    try:
        hit, why = _resolve_pronoun_once(tok, ctx)
    finally:
        ctx.resolving.discard(tok.i)
    if hit and _gender_of(tok.lower_) and ctx.types.get(hit[0]) != "PERSON":
        # he/she/his/her name a person, never "Florida" nor "the Clintons" (NORP)
        return None, f"pronoun '{tok.text}' names a person, and its antecedent is none"
    return hit, why


def _resolve_pronoun_once(tok: Token, ctx: Ctx) -> tuple[Optional[tuple[str, Span]], str]:
    """The body of :func:`_resolve_pronoun`."""
    low = tok.lower_
    if low in event_words()["speaker_pronoun"]:
        q = ctx.quote_at(tok.idx)
        if q is not None and q.speaker:
            return (q.speaker, (tok.idx, tok.idx + len(tok.text))), ""
        return None, f"'{tok.text}' has no speaker to resolve to"
    if low in event_words()["relative_pronoun"]:
        ante = _relative_antecedent(tok)
        if ante is not None and ante != tok:
            hit = ctx.token_entity(ante)
            if hit:
                return hit, ""
        # the parse may hang the clause elsewhere: "Turning to Iran, which he charged ..."
        k = tok.i - 1
        start = ctx.sent(tok).start
        while k >= start and tok.doc[k].is_punct:
            k -= 1
        if k >= start:
            hit = ctx.token_entity(tok.doc[k])
            if hit and tok.lower_ in ("which", "who", "whom"):
                return hit, ""
        return None, f"relative pronoun '{tok.text}' has no entity antecedent"
    if low in ("you", "your", "yours", "yourself"):
        # a vocative in the same sentence: "thank you again, Minister Gantz"
        end = ctx.sent(tok).end_char
        k = bisect.bisect_left(ctx.starts, tok.idx)
        for s, e, eid in ctx.spans[k:k + 4]:
            if s < end and s - tok.idx < 60 and ctx.types.get(eid) == "PERSON":
                return (eid, (s, e)), ""
        return None, f"'{tok.text}' (the person addressed) is not named nearby"
    copula = tok.head.lemma_ == "be" or tok.head.pos_ == "AUX" or tok.head.lower_ in _COPULA_FORMS
    if low == "it" and (
        tok.dep_ == "expl" or (copula and any(c.dep_ in ("xcomp", "ccomp", "csubj") for c in tok.head.children))
    ):
        q = ctx.quote_at(tok.idx)
        if q is not None and q.speaker:  # "It's a pleasure to welcome X": the speaker welcomes
            return (q.speaker, (tok.idx, tok.idx + len(tok.text))), ""
        return None, "'it' is not a referring pronoun here"
    if low in event_words()["person_pronoun"]:
        kinds = {"PERSON"}
    elif low in event_words()["thing_pronoun"]:
        kinds = {"ORG", "GPE"}
    elif low in event_words()["group_pronoun"]:
        kinds = {"ORG", "GPE", "NORP"}
    else:
        return None, f"pronoun '{tok.text}' is not resolved"
    # "Trump called Erdogan and urged him": an object pronoun is not its own clause's subject
    exclude = _clause_subject_ids(tok, ctx) | _other_gender(low, ctx) | (_families(ctx) if _gender_of(low) else set())
    q = ctx.quote_at(tok.idx)
    if q is not None and q.speaker and q.kind == "direct":
        # '"... supporting him," Usher said': he/she/they in the speaker's own words is someone else
        exclude = exclude | {q.speaker}
    # cataphora: "Ahead of his talks with Gantz, Austin said ..." -> the main clause's subject
    root = ctx.sent(tok).root
    if tok.i < root.i:
        for c in root.children:
            if c.dep_ in SUBJ and c.i > tok.i and c.pos_ == "PROPN":
                hit = ctx.token_entity(c)
                if hit and ctx.types.get(hit[0]) in kinds and hit[0] not in exclude:
                    return hit, ""
    by_object = _by_gerund_object(tok, ctx, kinds, exclude)
    if by_object:
        return by_object, ""
    if tok.dep_ == "poss":  # "Putin has used his invasions": a possessive's own clause subject first
        own = _own_subject(tok, ctx, kinds, exclude)
        if own:
            return own, ""
    hit = _subject_antecedent(tok, ctx, kinds, exclude=exclude) or ctx.preceding(tok.idx, kinds, exclude=exclude)
    if hit:
        return hit, ""
    return None, f"pronoun '{tok.text}' has no antecedent of the right kind"


def _families(ctx: Ctx) -> set[str]:
    """The "persons" that are families ("the Clintons": one plural word named with "the"): no
    antecedent for he/she/his/her."""
    low = ctx.text.lower()
    return {
        e.id
        for e in ctx.index.entities
        if e.type == "PERSON" and " " not in e.name and e.name.endswith("s") and f"the {e.name.lower()}" in low
    }


def _gender_of(low: str) -> Optional[str]:
    """``"M"`` or ``"F"`` for a gendered pronoun ("he", "her"; ``male_pronoun`` rows), else None."""
    words = event_words()
    return "M" if low in words.get("male_pronoun", ()) else "F" if low in words.get("female_pronoun", ()) else None


def has_owner(noun: Token) -> bool:
    """True when ``noun`` has a possessor that is a noun phrase, not a pronoun nor a date
    ("the bureau's probe"; not "his probe", "Saturday's meeting"): its owner is named even when
    the possessor is no entity, so no other phrase or clause names the owner."""
    return any(
        c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in entity_types("non_actor") for c in noun.children
    )


def _named_modifier(noun: Token, ctx: Ctx) -> Side:
    """The person or organisation a noun's possessor or name modifier names ("Trump's tweet",
    "a Donald Trump tweet"): the author of a thing, or an empty side."""
    side = Side()
    for c in noun.children:
        if c.dep_ in ("poss", "compound") and c.i < noun.i:
            hit = ctx.token_entity(c)
            if hit and ctx.types.get(hit[0]) in ("PERSON", "ORG"):
                side.ids.append(hit[0])
                side.spans.append(hit[1])
                return side
    return side


def _by_gerund_object(tok: Token, ctx: Ctx, kinds: set[str], exclude: set[str]) -> Optional[tuple[str, Span]]:
    """For the object of a "by"-gerund, the object of the verb the gerund says how it was done:
    "tripped up Rubio by calling him out" (him = Rubio); else None."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.dep_ != "pcomp" or verb.head.lower_ != "by":
        return None
    for c in verb.head.head.children:
        if c.dep_ == "dobj":
            hit = ctx.token_entity(c)
            if hit and ctx.types.get(hit[0]) in kinds and hit[0] not in exclude:
                return hit
    return None


def _other_gender(low: str, ctx: Ctx) -> set[str]:
    """The persons whose known gender does not fit the pronoun ``low`` ("she" is not Jesse)."""
    gender = _gender_of(low)
    if gender is None:
        return set()
    return {e.id for e in ctx.index.entities if e.type == "PERSON" and ctx.gender(e.id) not in (None, gender)}


def _own_subject(tok: Token, ctx: Ctx, kinds: set[str], exclude: set[str]) -> Optional[tuple[str, Span]]:
    """For a possessive pronoun, the named subject of its own clause, before it ("Putin has
    utilized his invasions"), when it is of the right kind; else None."""
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    for c in verb.children:
        if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ == "PROPN":
            hit = ctx.token_entity(c)
            if hit and ctx.types.get(hit[0]) in kinds and hit[0] not in exclude:
                return hit
    return None


def _clause_subject_ids(tok: Token, ctx: Ctx) -> set[str]:
    """Entity ids of the subject of the verb an object pronoun depends on (empty for a subject)."""
    if tok.dep_ in ("dobj", "dative"):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") and tok.head.head.pos_ in ("VERB", "AUX"):
        verb = tok.head.head
    else:
        return set()
    cur = verb
    for _ in range(3):
        subj = [c for c in cur.children if c.dep_ in SUBJ]
        if subj:
            hit = ctx.token_entity(subj[0])
            if hit:
                return {hit[0]}
            if subj[0].pos_ == "PRON":
                return set()
            return set(actors(subj[0], ctx, depth=3).ids)  # "The Danish ambassador ... urged her"
        if cur.dep_ in ("conj", "xcomp") and cur.head != cur:
            cur = cur.head
            continue
        break
    return set()


def _pronoun_class(low: str) -> Optional[frozenset]:
    """The personal, thing or group pronouns ``low`` is one of, or None."""
    for group in (event_words()["person_pronoun"], event_words()["thing_pronoun"], event_words()["group_pronoun"]):
        if low in group:
            return frozenset(group)
    return None


def _subject_antecedent(
    tok: Token, ctx: Ctx, kinds: set[str], depth: int = 0, exclude: set[str] = frozenset()
) -> Optional[tuple[str, Span]]:
    """The latest subject before ``tok`` (this sentence, then the two before) naming an entity
    of one of ``kinds``; a subject pronoun of the same class is followed back in turn.
    Subjects are preferred to the nearest name: in "Blinken said, 'It is a pleasure to
    welcome Gantz.' He added ...", "He" is Blinken."""
    doc = tok.doc
    sents = [ctx.sent(tok)]
    k = sents[0].start - 1
    for _ in range(2):
        if k < 0:
            break
        prev = ctx.sent(doc[k])
        sents.append(prev)
        k = prev.start - 1
    cls = _pronoun_class(tok.lower_)
    for n, sent in enumerate(sents):
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and (n > 0 or t.i < tok.i)]
        for t in reversed(subjects):
            if t.lower_ in event_words()["relative_pronoun"]:
                # "... for Suu Kyi, who had breakfast with Biden. She will ...": the clause's antecedent
                ante = _relative_antecedent(t)
                hit = ctx.token_entity(ante) if ante is not None and ante != t else None
                if hit and hit[0] not in exclude and ctx.types.get(hit[0]) in kinds:
                    return hit
                continue
            if t.pos_ == "PRON":
                if depth < 3 and cls is not None and t.lower_ in cls:
                    hit = _subject_antecedent(t, ctx, kinds, depth + 1)
                    if hit and hit[0] in exclude:
                        continue
                    return hit
                continue
            hit = ctx.token_entity(t)
            if hit and hit[0] in exclude:
                continue
            if hit and ctx.types.get(hit[0]) in kinds:
                return hit
            if hit is None and (t.lower_ in agent_words() or t.lemma_.lower() in agent_words()):
                # "The German government announced that it ...": the agent phrase's entity
                side = actors(t, ctx, depth=3)
                if side.ids and ctx.types.get(side.ids[0]) in kinds | {"NORP"} and side.ids[0] not in exclude:
                    return side.ids[0], side.spans[0]
    return None


def actors(tok: Token, ctx: Ctx, depth: int = 0) -> Side:
    """Entities named by the phrase headed by ``tok`` (and its conjuncts)."""
    side = Side()
    if depth > 4 or (
        tok.ent_type_ in entity_types("non_actor") and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    ):
        return side  # "on Tuesday", "by 5 percent" (but "thousands of students" names students)
    if tok.lower_ in event_words().get("share_word", ()):
        side.notes.append(f"'{tok.text}' is a share of people (a poll or a vote), no actor")
        return side  # "supported by 42 percent of the Republicans surveyed": a poll
    if is_medium(tok, ctx) or stand_in(tok):
        # "thanked Trump on Twitter", "in an interview with CNN": the medium, no side;
        # "met Jones on behalf of the government": whom it was done for, no side
        return side
    if tok.pos_ == "PRON" or tok.lower_ in event_words()["relative_pronoun"]:
        hit, why = _resolve_pronoun(tok, ctx)
        if hit:
            side.ids.append(hit[0])
            side.spans.append((tok.idx, tok.idx + len(tok.text)))
            sent = ctx.sent(tok)
            if hit[1][0] != tok.idx and sent.start_char <= hit[1][0] and hit[1][1] <= sent.end_char:
                side.phrases.append(hit[1])  # the antecedent in the same sentence: "Netanyahu says he ..."
        elif why:
            side.notes.append(why)
    else:
        hit = ctx.token_entity(tok)
        if hit:
            _entity_actors(tok, hit, side, ctx)
        else:
            _phrase_actors(tok, side, ctx, depth)
    for c in list_members(tok):  # "Iran and Iraq"; "the US, Russia, and China" (parsed as an apposition)
        side.add(actors(c, ctx, depth + 1))
    return side


def _entity_actors(tok: Token, hit: tuple[str, Span], side: Side, ctx: Ctx) -> None:
    """A word that is an entity mention (adds to ``side``), with the nation of a group that
    has no country of its own: "Iraqi Kurds", "Turkish Kurd refugees"."""
    side.ids.append(hit[0])
    ent = ctx.index.by_id.get(hit[0])
    # an unnamed actor ("Iraqi troops", "a federal judge"): the phrase names the side, as for an agent word
    side.spans.append(np_span(tok) if ent is not None and not ent.named else hit[1])
    if not country_of(hit[0], ctx):
        # "Iraqi Kurds", "Turkish Kurd refugees": a national modifier codes a group with no country
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                h = ctx.token_entity(c)
                if h and h[0] != hit[0] and ctx.types.get(h[0]) in entity_types("national") and country_of(h[0], ctx):
                    side.ids.append(h[0])
                    side.spans.append(h[1])
                    break


def _phrase_actors(tok: Token, side: Side, ctx: Ctx, depth: int) -> None:
    """A word that is no entity mention (adds to ``side``): the entities of its modifiers and
    "of" phrases ("Iraqi troops", "the government of Iran"), an agent word's country or
    organisation, else the phrase itself with a note."""
    is_agent = (
        tok.lower_ in agent_words()
        or tok.lemma_.lower() in agent_words()
        or tok.lemma_.lower() in event_words().get("owned", ())
    )
    kin = tok.lemma_.lower() in event_words().get("kin", ())
    owned = has_owner(tok)
    for c in tok.children:
        if c.dep_ == "poss" and kin:
            continue  # "his wife warned him": the wife is not he
        if c.dep_ in _ACTOR_MODIFIERS:
            sub = actors(c, ctx, depth + 1) if c.dep_ == "poss" else Side()
            h = ctx.token_entity(c) if c.dep_ != "poss" else None
            if h and not (is_agent or ctx.types.get(h[0]) == "NORP" or c.dep_ == "appos"):
                h = None  # "the U.S.-Israel partnership" is not the United States
            if h and c.dep_ != "appos" and (local_place(c, ctx) or (ctx.types.get(h[0]) == "NORP" and thing_head(tok))):
                h = None  # "the Warsaw summit" (its place), "American media", "Russian oil": no side
            if h:
                sub.ids.append(h[0])
                # "Iraqi troops", "Hamas positions": the whole phrase names the side
                sub.spans.append(np_span(tok) if is_agent and c.dep_ != "appos" else h[1])
                if is_agent and c.dep_ != "appos" and ctx.types.get(h[0]) in entity_types("national"):
                    sub.groups.append(h[0])
            side.add(sub)
        elif c.dep_ == "prep" and (c.lower_ in ("of", "like") or (is_agent and c.lower_ in ("for", "from"))) and (
            is_agent or not owned
        ):  # "donors like Saudi Arabia"; not "the nominee's description of X": the nominee's, though no entity
            # "the government of Iran", "a spokesman for the Russian Foreign Ministry"
            for p in c.children:
                if p.dep_ == "pobj":
                    side.add(actors(p, ctx, depth + 1))
    if not side.ids and is_agent:
        _agent_country(tok, side, ctx)
    if not side.ids and is_agent and all(c.dep_ == "det" for c in tok.children) and any(
        c.lower_ == "the" for c in tok.children
    ):
        # "the administration" after "the Biden administration": the one such organisation
        named = ctx.named_like(tok.lower_)
        if named:
            side.ids.append(named)
            side.spans.append(np_span(tok))
    if not side.ids:
        if tok.lower_ in agent_words() or tok.lemma_.lower() in agent_words():
            side.phrases.append(np_span(tok))
            side.agents = True
            side.notes.append(f"'{tok.text}' names an actor but no entity")
        elif tok.pos_ == "PROPN" and tok.text[:1].isupper():
            # a name the entity stage did not pick up ("Ethopia", an unknown acronym)
            side.phrases.append(np_span(tok))
            side.agents = True
            side.notes.append(f"'{tok.text}' looks like a name but is not among the entities")
        elif tok.pos_ in ("NOUN", "PROPN", "NUM"):
            side.phrases.append(np_span(tok))


def _agent_country(tok: Token, side: Side, ctx: Ctx) -> None:
    """An agent phrase whose nation is named inside a modifier or where it is based:
    "Vietnamese-led forces" (not "Syrian-backed militia"), "a newspaper based in Beirut"
    (adds to ``side``), and, for a subject or a passive's agent, where it is ("police in
    Jericho confiscated ..."). An object's "in" is where the act happened: in "fired tear gas
    at protesters in Nairobi" the protesters stay an agent phrase."""
    words = actor_words()
    for c in tok.children:
        if c.dep_ == "amod" and c.lemma_.lower() in words.get("led_by", ()):
            for k in c.children:
                h = ctx.token_entity(k)
                if h and ctx.types.get(h[0]) in entity_types("national") | {"ORG"}:
                    side.ids.append(h[0])
                    side.spans.append(np_span(tok))
                    return
    subject = tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")
    for c in tok.children:
        # "police in Jericho confiscated ...": the subject's place is its base
        preps = [c] if subject and c.dep_ == "prep" and c.lower_ == "in" else []
        if c.dep_ == "acl" and c.lemma_.lower() in words.get("based", ()):
            preps = [k for k in c.children if k.dep_ == "prep" and k.lower_ in ("in", "at")]
        for pr in preps:
            for p in pobjs(pr):
                h = ctx.token_entity(p)
                if h is None:  # "in Christian east Beirut": the place word heads the phrase
                    h = next((ctx.token_entity(k) for k in p.subtree if ctx.token_entity(k)), None)
                if h and ctx.types.get(h[0]) == "GPE" and country_of(h[0], ctx):
                    side.ids.append(h[0])
                    side.spans.append(np_span(tok))
                    side.notes.append(f"'{ctx.text[h[1][0]:h[1][1]]}' is where '{tok.text}' is based")
                    return


def other_side(target: Side, source: Side) -> list[tuple[str, Span]]:
    """The target's (id, span) pairs that are not the source: an id the source has too stays
    only when both name different groups of one nation ("Palestinian police ... from
    Palestinian armed groups"), never for the same words or a pronoun ("Israel ... itself")."""
    out = []
    for i, sp in zip(target.ids, target.spans):
        if i not in source.ids:
            out.append((i, sp))
        elif i in target.groups and sp not in source.spans and not any(s[0] <= sp[0] and sp[1] <= s[1] for s in source.spans):
            out.append((i, sp))
    return out


def speaks_for(side: Side, source: Side, ctx: Ctx) -> bool:
    """True when ``side`` names the source itself, or the state the source belongs to (its
    country or capital: "Moscow" for the Russian Foreign Ministry)."""
    if not side.ids or not source.ids:
        return False
    own = {country_of(i, ctx) for i in source.ids} - {None}
    for i in side.ids:
        if i in source.ids:
            continue
        ent = ctx.index.by_id.get(i)
        if ent is None or ent.type != "GPE" or ent.actor.country not in own:
            return False
    return True


def country_of(eid: str, ctx: Ctx) -> Optional[str]:
    """The country (ISO3) of entity ``eid``, or None."""
    ent = ctx.index.by_id.get(eid)
    return ent.actor.country if ent is not None else None


def subject_side(verb: Token, ctx: Ctx) -> tuple[Side, Optional[Token]]:
    """(source side, subject token) of a verb: its subject, a passive's agent, or inherited."""
    cur = verb
    for _ in range(5):
        subjects = [c for c in cur.children if c.dep_ in SUBJ]
        if subjects:
            # a headline run into the first sentence gives a verb two subjects: take the nearest
            before = [c for c in subjects if c.i < cur.i]
            c = before[-1] if before else subjects[0]
            return actors(c, ctx), c
        for c in cur.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return actors(p, ctx), p
        if (cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ == "VBD")) and cur == verb and not any(
            c.dep_ in PASS_SUBJ for c in cur.children
        ):
            return actors(cur.head, ctx), cur.head
        if (
            cur.dep_ == "acl" and cur.tag_ in ("VBN", "VBD") and cur.head.dep_ == "ROOT"
            and cur.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "dobj" for c in cur.children)
        ):
            # the parser made the subject the root: "The Iraqi air force carried out strikes"
            return actors(cur.head, ctx), cur.head
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur == verb and cur.head != cur:
            head = cur.head
            if head.lower_ in ("one", "ones") or head.pos_ == "PRON":
                return Side(), head  # "super PACs, including the one supporting Bush": not the clause's subject
            owner = _named_modifier(head, ctx) if head.pos_ == "NOUN" else Side()
            if owner.ids:
                return owner, head  # "a Donald Trump tweet attacking X": the tweet's author
            if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
                head = head.head.head  # "unleashed a series of tweets criticizing X": the series'
            if names_actor(head) or ctx.token_entity(head):
                return actors(head, ctx), head  # "protesters demanding ...", "Hamas militants firing ..."
            if head.pos_ == "NOUN" and not thing_head(head) and head.lemma_.lower() not in noun_patterns():
                return actors(head, ctx), head  # "donors like X seeking help": the donors, not the clause's subject
            if head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
                cur = head.head  # "issued a statement urging X": the issuer
                continue
            if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX"):
                cur = head.head.head  # "said in a statement urging X"
                continue
        if cur == verb and cur.dep_ == "advcl" and cur.tag_ == "VBG":
            obj = next((c for c in cur.head.children if c.dep_ == "dobj" and c.right_edge.i == cur.left_edge.i - 1), None)
            if obj is not None and obj.pos_ == "NOUN" and not thing_head(obj):
                return actors(obj, ctx), obj  # "handle donors like X seeking help" (no comma): the donors seek
        if cur.dep_ in _INHERIT_DEPS and cur.head != cur and cur.head.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
            # the object of "urged X to ..." is the subject of the infinitive
            if cur.dep_ == "xcomp":
                for c in cur.head.children:
                    if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON") and cur.head.lemma_ in verb_patterns():
                        return actors(c, ctx), c
            cur = cur.head
            continue
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX", "ADJ"):
            if cur.head.lower_ in ("for", "of"):
                obj = next((c for c in cur.head.head.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")), None)
                if obj is not None and (ctx.token_entity(obj) or names_actor(obj)):
                    return actors(obj, ctx), obj  # "criticized officer Roe for shooting X": Roe shot
            cur = cur.head.head  # "resorted to throwing", "guilty of violating"
            continue
        if cur.pos_ == "ADJ" and cur.dep_ in ("acomp", "amod", "xcomp") and cur.head != cur:
            cur = cur.head  # "are guilty of": the subject of "are"
            continue
        break
    return Side(), None


def is_place_token(tok: Token, ctx: Ctx) -> Optional[tuple[str, Span]]:
    """The (entity id, span) of a word that names a place (a place record, a place
    entity, or a facility or organisation site), or None."""
    hit = ctx.token_entity(tok)
    if hit and ctx.types.get(hit[0]) in entity_types("place") | {"ORG"}:
        for p in ctx.places:
            if any(s < hit[1][1] and hit[1][0] < e for s, e in p.evidence):
                return hit
        if ctx.types.get(hit[0]) in entity_types("place") or tok.ent_type_ in entity_types("place") | {"ORG"}:
            return hit
    return None
