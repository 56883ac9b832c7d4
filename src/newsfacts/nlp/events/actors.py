"""Actors: the entities a phrase names (names, agent words such as "troops", national
modifiers, "of" phrases, conjuncts) and pronoun resolution (the antecedent searches are in
:mod:`.antecedents`)."""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Token

from .context import Ctx, Side, Span, SUBJ
from .lexicon import actor_words, agent_words, entity_types, event_words, noun_patterns
from .modifiers import is_medium, local_place, stand_in, thing_head
from .names import acting_name, announced_name, asked_object, named_before_date
from .parties import country_of, has_owner
from .side_words import has_role, other_party
from .syntax import list_members, np_span, pobjs
from ..entities.unnamed import saying_verbs
from .antecedents import (
    COPULA_FORMS, UNNAMED, apposed_name, binding_clash, by_gerund_object, cataphora, controls_infinitive, doubtful_who,
    families, gender_of, inside_marks, nearest_actor, object_antecedent, other_gender, own_subject, person_of_phrase,
    plural_relative, pronoun_class, relative_antecedent, unnamed_person,
)


_ACTOR_MODIFIERS = {"compound", "amod", "poss", "nmod", "appos"}


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
    if hit and gender_of(tok.lower_) and ctx.types.get(hit[0]) != "PERSON":
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
        return _relative_hit(tok, ctx)
    if low in ("you", "your", "yours", "yourself"):
        # a vocative in the same sentence: "thank you again, Minister Gantz"
        end = ctx.sent(tok).end_char
        k = bisect.bisect_left(ctx.starts, tok.idx)
        for s, e, eid in ctx.spans[k:k + 4]:
            if s < end and s - tok.idx < 60 and ctx.types.get(eid) == "PERSON" and not acting_name(s, e, ctx):
                return (eid, (s, e)), ""
        return None, f"'{tok.text}' (the person addressed) is not named nearby"
    copula = tok.head.lemma_ == "be" or tok.head.pos_ == "AUX" or tok.head.lower_ in COPULA_FORMS
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
    exclude = _clause_subject_ids(tok, ctx) | other_gender(low, ctx) | (families(ctx) if gender_of(low) else set())
    q = ctx.quote_at(tok.idx)
    if q is not None and q.speaker and (q.kind == "direct" or (q.kind == "partial" and inside_marks(tok, q, ctx))):
        # '"... supporting him," Usher said': he/she/they in the speaker's own words is someone else
        exclude = exclude | {q.speaker}
    # "Putin has used his invasions": a possessive's own clause subject first, before a later
    # main clause's ("As Obama defended his record, Trump responded": his = Obama)
    own = own_subject(tok, ctx, kinds, exclude) if tok.dep_ == "poss" else None
    if own and own != UNNAMED:
        return own, ""
    obj = object_antecedent(tok, ctx, kinds, exclude) if tok.dep_ == "poss" and own is None else None
    if obj:
        return obj, ""  # "halt Mr. Trump in his march": the named object before it
    cata = cataphora(tok, ctx, kinds, exclude)
    if cata:
        return cata, ""
    by_object = by_gerund_object(tok, ctx, kinds, exclude)
    if by_object:
        return by_object, ""
    if own == UNNAMED:
        return None, f"'{tok.text}' is its clause's subject, which no entity names"
    hit = asked_object(tok, ctx, kinds, exclude) or announced_name(tok, ctx, kinds, exclude)
    hit = hit or _subject_antecedent(tok, ctx, kinds, exclude=exclude)
    if hit == UNNAMED:
        return None, f"pronoun '{tok.text}' stands for a person no entity names"
    hit = hit or nearest_actor(tok, ctx, kinds, exclude)
    if hit:
        return hit, ""
    return None, f"pronoun '{tok.text}' has no antecedent of the right kind"


def _relative_hit(tok: Token, ctx: Ctx) -> tuple[Optional[tuple[str, Span]], str]:
    """What a relative pronoun ("who", "which") stands for: the entity of its antecedent."""
    ante = relative_antecedent(tok)
    if ante is not None and ante != tok:
        if doubtful_who(tok, ante):
            return None, f"relative pronoun '{tok.text}': its antecedent is in doubt"
        hit = ctx.token_entity(ante)
        if tok.lower_ in ("who", "whom") and (hit is None or ctx.types.get(hit[0]) not in ("PERSON", "NORP")):
            person = person_of_phrase(ante)  # "head of the fund X who has donated": the head
            named = ctx.token_entity(person) if person is not None else None
            hit = named if named and ctx.types.get(named[0]) == "PERSON" else hit
            if hit and ctx.types.get(hit[0]) not in ("PERSON", "NORP") and ante.tag_ == "NN":
                # "during the Clinton administration who has endorsed X": no "who" names one body
                return None, f"relative pronoun '{tok.text}' has no person antecedent"
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


def _clause_subject_ids(tok: Token, ctx: Ctx) -> set[str]:
    """Entity ids of the subject of the verb an object pronoun depends on (empty for a subject)."""
    if tok.dep_ in ("dobj", "dative"):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") and tok.head.head.pos_ in ("VERB", "AUX"):
        verb = tok.head.head
    else:
        return set()
    cur = binding_clash(verb, ctx) or verb
    for _ in range(3):
        subj = [c for c in cur.children if c.dep_ in SUBJ]
        if subj:
            hit = ctx.token_entity(subj[0])
            if hit:
                return {hit[0]}
            if subj[0].pos_ == "PRON":
                # "Merkel hosted Macron. She thanked him": him is not whom she is
                named, _ = _resolve_pronoun(subj[0], ctx) if subj[0].i != tok.i else (None, "")
                return {named[0]} if named else set()
            return set(actors(subj[0], ctx, depth=3).ids)  # "The Danish ambassador ... urged her"
        if cur.dep_ == "xcomp" and cur.head != cur:
            obj = next((c for c in cur.head.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.i != tok.i and controls_infinitive(obj, cur.head, ctx):
                return set(actors(obj, ctx, depth=3).ids)  # "whom Trump empowered to help him": him is not whom
        if cur.dep_ in ("conj", "xcomp") and cur.head != cur:
            cur = cur.head
            continue
        break
    return set()


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
    cls = pronoun_class(tok.lower_)
    says = saying_verbs()
    # not inside what is reported: in "X said that if Obama acts, he should have insisted", he is Obama
    speaks = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in says and not any(
        a.dep_ == "ccomp" and a.head.lemma_.lower() in says for a in (tok.head, *tok.head.ancestors)
    )
    for n, sent in enumerate(sents):
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and (n > 0 or t.i < tok.i)]
        if speaks:
            # "Pataki says Kasich has a record. He warns ...": one who speaks on is the speaker
            # before, not the subject of what was reported (those are tried first: the list is read backwards)
            subjects.sort(key=lambda t: t.dep_ == "nsubj" and t.head.lemma_.lower() in says)
        for t in reversed(subjects):
            if t.lower_ in event_words()["relative_pronoun"]:
                # "... for Suu Kyi, who had breakfast with Biden. She will ...": the clause's antecedent
                ante = relative_antecedent(t)
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
            hit = ctx.token_entity(t) or apposed_name(t, ctx)  # "The director, Ina Kirsch, told"
            if hit and hit[0] in exclude:
                continue
            if hit and ctx.types.get(hit[0]) in kinds:
                return hit
            if hit is None and unnamed_person(t, tok):
                return UNNAMED  # "The Vermont senator is struggling. He ...": no named antecedent
            if hit is None and t.pos_ == "NOUN" and t.lower_ not in agent_words():
                # "Murphy's floor speech wasn't a solo effort, but he offered ...": its owner (in
                # an earlier sentence only when the owner's gender is known to fit)
                own = next((h for c in t.children if c.dep_ == "poss" and (h := ctx.token_entity(c))), None)
                if own and own[0] not in exclude and ctx.types.get(own[0]) in kinds and (
                    n == 0 or (gender_of(tok.lower_) is not None and ctx.gender(own[0]) == gender_of(tok.lower_))
                ):
                    return own
            if hit and n == 0 and tok.lower_ in event_words()["group_pronoun"] and name_list(t, hit[1]):
                return hit  # "Obama and Putin said they ...": a list of people is a "they" (same sentence)
            if hit is None and (t.lower_ in agent_words() or t.lemma_.lower() in agent_words()):
                # "The German government announced that it ...": the agent phrase's entity
                side = actors(t, ctx, depth=3)
                if side.ids and ctx.types.get(side.ids[0]) in kinds | {"NORP"} and side.ids[0] not in exclude:
                    return side.ids[0], side.spans[0]
    return None


def actors(tok: Token, ctx: Ctx, depth: int = 0) -> Side:
    """Entities named by the phrase headed by ``tok`` (and its conjuncts)."""
    side = Side()
    if depth > 4:
        return side
    if tok.ent_type_ in entity_types("non_actor") and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        named = named_before_date(tok, ctx)
        if named is None:
            return side  # "on Tuesday", "by 5 percent" (but "thousands of students" names students)
        tok = named  # "met with President Assad Tuesday", parsed with the date as the head
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
        elif why and not _relative_phrase(tok, side, ctx, depth):
            side.notes.append(why)
    else:
        hit = ctx.token_entity(tok)
        if hit:
            _entity_actors(tok, hit, side, ctx)
        else:
            _phrase_actors(tok, side, ctx, depth)
    if side.ids and tok.pos_ != "PRON":
        members = name_list(tok, side.spans[0])
    elif side.ids and tok.lower_ in event_words()["group_pronoun"]:
        # "Obama and Putin said they will attack Iraq": they = the whole list
        ante = ctx.doc.char_span(*hit[1], alignment_mode="expand") if hit else None
        members = name_list(ante.root, hit[1]) if ante is not None and len(ante) and hit[1][0] < tok.idx else []
    elif side.ids and plural_relative(tok):
        # "Senators Baker and Roe, who have attacked X": the whole list
        ante = relative_antecedent(tok)
        own = ctx.token_entity(ante) if ante is not None else None
        members = name_list(ante, own[1]) if own and own[0] == side.ids[0] else []
    else:
        members = list_members(tok)
    for c in members:  # "Iran and Iraq"; "the US, Russia, and China" (parsed as an apposition)
        side.add(actors(c, ctx, depth + 1))
    return side


def _relative_phrase(tok: Token, side: Side, ctx: Ctx, depth: int) -> bool:
    """"The Iranian president, who visited Iraq": a relative pronoun whose antecedent names no
    entity stands for the actor its antecedent's own modifiers name (a nationality, a country
    before the noun; not an "of" phrase, not an act noun); True when one was added to ``side``."""
    if tok.lower_ not in ("who", "whom", "which") or depth > 2:
        return False
    ante = relative_antecedent(tok)
    if ante is None or ante.i == tok.i or ante.tag_ not in ("NN", "NNS") or ante.lemma_.lower() in noun_patterns():
        return False
    if doubtful_who(tok, ante) or ctx.token_entity(ante) is not None:
        return False  # an entity refused as a person ("the Clinton administration who ...") stays refused
    if tok.lower_ == "which" and ante.lemma_.lower() not in agent_words() and ante.lower_ not in agent_words():
        return False  # "their taps, which ...": a thing's owner did not act
    found = actors(ante, ctx, depth + 1)
    start, end = ante.left_edge.idx, ante.idx + len(ante.text)
    if not found.ids or not all(start <= s and e <= end for s, e in found.spans):
        return False
    if any(t.pos_ == "PRON" for t in ante.children if t.i < ante.i):
        return False  # "his aides, who ...": whose they are is a pronoun's guess
    side.add(found)
    return True


def name_list(tok: Token, span: Span) -> list[Token]:
    """The other members of the list whose first member is the name ``tok`` (mention ``span``),
    also when the parser hangs the list on another word of the name: "Barack Obama and Vladimir
    Putin", parsed "Barack" <- "Obama" <- "and Putin"."""
    s, e = span
    return list_members(tok) + [m for c in tok.children if s <= c.idx < e and c.dep_ != "conj" for m in list_members(c)]


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
    low = tok.lemma_.lower()
    # "his wife", "the family of X", "the successor of X": X's relatives or counterpart, not X
    kin_group = has_role(tok, "kin_group")
    kin = low in event_words().get("kin", ()) or low in actor_words().get("other_of_owner", ()) or kin_group
    # "our closest allies", "Obama's Supreme Court nominee", "US allies": whose allies or nominee, not they
    other = other_party(tok)
    kin = kin or other
    # "Russian missiles", "Houthi positions", "a US drone": the thing's operator is the side
    operated = tok.pos_ == "NOUN" and (low in actor_words().get("national_thing", ()) or low in event_words().get("weapon", ()))
    owned = has_owner(tok)
    # "his patron, President Putin": the apposed name is the actor, the possessor only whose patron
    named_appos = any(c.dep_ == "appos" and ctx.token_entity(c) for c in tok.children)
    for c in tok.children:
        if c.dep_ == "poss" and (kin or named_appos):
            continue  # "his wife warned him", "met his counterpart": the wife is not he
        if _affiliated_person(tok, c, ctx):
            continue  # "Clinton allies", "Trump's supporters": the group, not the person
        if other and c.dep_ in ("compound", "nmod") and ctx.types.get((ctx.token_entity(c) or ("",))[0]) in ("GPE", "PERSON"):
            continue  # "US allies", "an Obama nominee": whose they are
        if c.dep_ in _ACTOR_MODIFIERS:
            sub = actors(c, ctx, depth + 1) if c.dep_ == "poss" else Side()
            h = ctx.token_entity(c) if c.dep_ != "poss" else None
            if h is None and operated and c.dep_ == "amod":  # "a British-flagged tanker"
                h = next((ctx.token_entity(k) for k in c.subtree if k.i != c.i and ctx.token_entity(k)), None)
            if h and not (is_agent or operated or ctx.types.get(h[0]) == "NORP" or c.dep_ == "appos"):
                h = None  # "the U.S.-Israel partnership" is not the United States
            if h and c.dep_ != "appos" and (
                local_place(c, ctx) or (ctx.types.get(h[0]) == "NORP" and thing_head(tok) and not operated)
            ):
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
        ) and not (kin and c.lower_ == "of"):
            # "donors like Saudi Arabia"; not "the nominee's description of X": the nominee's, though
            # no entity; not "the family of X": X's relatives
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


def _affiliated_person(noun: Token, mod: Token, ctx: Ctx) -> bool:
    """True when ``mod`` names the person a group noun is around ("Clinton allies", "his
    supporters", ``affiliate`` rows of ``lexicons/actor_words.tsv``): the group is the side."""
    if mod.dep_ not in ("compound", "poss", "nmod") or mod.i > noun.i:
        return False
    if noun.lemma_.lower() not in actor_words().get("affiliate", ()) and noun.lower_ not in actor_words().get("affiliate", ()):
        return False
    if mod.pos_ == "PRON":
        return gender_of(mod.lower_) is not None
    hit = ctx.token_entity(mod)
    return hit is not None and ctx.types.get(hit[0]) == "PERSON"


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
