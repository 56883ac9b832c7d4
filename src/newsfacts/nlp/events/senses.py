"""Word senses and stop contexts: a trigger fires only in its event sense.

Each trigger row of ``lexicons/event_verbs.tsv`` and ``event_nouns.tsv`` may name sense
conditions in its last column (comma-separated; ``-`` for none). :func:`in_sense` checks them
on the parse:

- ``recipient``: an act of giving needs a recipient that is an actor ("gave Ukraine aid",
  not "helped the economy" or "contributed to the decline");
- ``gift``: what is given, when named, is aid: money, arms, supplies, an aid noun ("a poll
  gave the senator a two-point lead" is no aid);
- ``forces``: what is mobilised, when named, is forces ("mobilized 5,000 troops", not "a
  voter mobilization drive" or "mobilized support"); for a noun of fighting, no political
  modifier ("a re-election battle", "a trade war", "personal attacks");
- ``diplomat``: recalling needs a diplomat as object ("recalled its ambassador", not "she
  recalls his words");
- ``actor_patient``: who is released or freed, when named, is people ("released three
  sailors", not "the release of the figures", "released a statement", "a press release");
- ``actor_object``: a meeting or hosting verb's object, when named, is an actor or a meeting
  ("hosted Modi", not "hosted a fundraiser", "hosts a talk show"; "met the criteria");
- ``transitive``: the verb needs an object ("returned the territory", not "returned home");
- ``no_object``: the row holds only when the verb has no object ("warns against the excesses
  of X" is a criticism; "warned Ukraine against joining" a warning);
- ``complement``: a request noun says what is asked ("calls for a ceasefire", not "a
  conference call" or "a guilty plea");
- ``active``: the verb is active ("X dismissed the plan", not "X was dismissed");
- ``relation_object``: what is suspended, when named, is a relation, an act or an actor
  ("suspended talks", not "suspended his presidential campaign");
- ``not_campaign``: a rally is a protest, not a campaign event ("a Trump rally");
- ``not_press``: not a reporter's request ("did not respond to requests for comment");
- ``asks_for``: asking for an act or a thing ("asked Congress to act"), not a question
  ("asked Kasich a question", "when asked about");
- ``not_contest``: a beating, not winning a race ("beat Trump in the primary");
- ``not_danger``: a threat made, not a danger described ("views that pose an existential threat");
- ``not_about``: talks held, not "talk of party division";
- ``not_opinion``: an offer of something, not "offered insights / her own approach";
- ``not_domestic_act``: signing an agreement, not "signed the legislation / an executive order";
- ``not_public``: a warning to someone, not to the public ("warned voters that ...");
- ``not_opinion_agree``: an agreement on something, not "X agrees with Y" (an opinion);
- ``threat_clause``: a warning whose "that" clause says what will or would happen ("warned
  that it would retaliate"), not one that describes ("warned that the dangers had grown");
- ``not_electoral``: support given, not a candidate's backing among voters ("a shift in
  support", "locked in support among Hispanics");
- ``not_interview``: talks with an actor, not with a news outlet or reporters ("spoke with
  The Huffington Post", "talked to reporters");
- ``refused_act``: a refusal of a cooperative act, not of a word or a hostile act ("refused
  to use the phrase", "declined to assail him");
- ``shared_thing``: sharing information or means, not a home ("the residence she shares");
- ``no_clause``: no "that"/"whether" clause ("questioned whether X" is a doubt voiced);
- ``actor_subject``: a common-noun subject names an actor ("Clinton's win assures her of
  delegates" is no assurance);
- ``not_money``: a call for an act, not for a sum ("she calls for $275 billion");
- ``not_policy``: opposing an actor or a proposal, not a policy named by a gerund
  ("opposed defunding Planned Parenthood");
- ``not_denied``: an accusation made, not one denied ("rejected accusations that ...");
- ``not_result``: allowing as an act, not as the result of another ("won Vermont, allowing her
  to build a lead": a participle with no subject hanging on the clause before it);
- ``not_price``: charging with a crime, not a price ("charging students $30,000");
- ``not_kin``: a visit between actors, not to one's family ("to visit her daughter");
- ``not_into_law``: signing an agreement, not a bill "into law";
- ``not_addressed``: a meeting held, not one spoken to ("told the AIPAC meeting");
- ``not_speech``: delivering something, not a speech ("delivered his State of the Union
  Address", "delivered a tirade");
- ``not_left``: an agreement noun is not what is left ("Russia's exit from the treaty",
  "pulled out of the deal": the leaving word is the event);
- ``made_agreement``: an agreement noun is what a verb of making one takes ("signed a treaty",
  "reached a deal"), not an agreement named ("the deal with Iran isn't good", "under the treaty");
- ``not_occasion``: what is cancelled is no gathering put on for an audience ("canceled a joint
  rally with Obama", ``occasion`` words; a hosted one is no visit either: ``actor_object``);
- ``not_document``: what is inspected is no text or record ("inspecting Trump's new book");
- ``not_evacuated_place``: what is evacuated is no place or post ("evacuated the CIA base");
- ``not_statement``: a denial of a claim is a statement, no event ("denied that its forces
  had entered", "denied the allegations").

:func:`stop_context` and :func:`stop_subject` (bylines, a poll or a market as subject) live in
:mod:`newsfacts.nlp.events.stop_senses`.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from . import made_senses, object_senses, type_senses, talk_senses
from .lexicon import agent_words, event_words, noun_patterns, Pattern
from .syntax import names_actor, verb_objects

_OBJ = ("dobj", "dative")
_PERSON_PRONOUNS = ("him", "her", "me", "us", "you")


def in_sense(tok: Token, pat: Pattern) -> bool:
    """True when the trigger ``tok`` meets every sense condition of its row ``pat``."""
    if type_senses.off_type(tok, pat):
        return False  # "donated to a super PAC", "asked him to explain", "supports equal pay"
    if pat.sense in ("", "-"):
        return True
    return all(SENSE_CHECKS[name](tok) for name in pat.sense.split(",") if name in SENSE_CHECKS)


_objects = verb_objects


def _patients(tok: Token) -> list[Token]:
    """What a trigger acts on: a verb's objects (a passive participle's: the noun it
    modifies, "a report released on Monday", "a statement sent to media"), a noun's "of" phrase."""
    if tok.pos_ == "VERB":
        return _objects(tok) or _participle_noun(tok)
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def _participle_noun(tok: Token) -> list[Token]:
    """The noun a passive participle modifies ("the report released by X": the report), or []."""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head != tok and tok.head.pos_ in ("NOUN", "PROPN"):
        return [tok.head]
    return []


def _recipient(tok: Token) -> bool:
    """An actor receives: an object, a dative or a "to/for" phrase that names an actor (not a
    relative "that": "a force that Nega helped create")."""
    if tok.pos_ != "VERB":
        return True
    if any(_actorish(o) for o in _objects(tok) if o.dep_ != "nsubjpass"):
        return True
    if any(_aid_like(o) for o in _objects(tok) if o.dep_ == "dobj"):
        return True  # "gave 352 million euros to promote ...": the aid itself says it
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for"):
            if any(p.dep_ == "pobj" and names_actor(p) and not type_senses.owned_thing(p) for p in c.children):
                return True
    return False


def _actorish(tok: Token) -> bool:
    """A phrase that may name who receives: a name, a pronoun (not a relative "that": "a force
    that Nega helped create"), an agent word, people counted in the plural ("the two exiled
    dissidents from Egypt"), a phrase with a name in it."""
    if tok.lower_ in ("that", "which"):
        return False
    return names_actor(tok) or tok.tag_ in ("NNS", "NNPS") or any(t.pos_ == "PROPN" for t in tok.subtree)


def _aid_like(tok: Token) -> bool:
    """A phrase naming money, arms, supplies, or an act of aid ("94% of military equipment",
    "a team of experts, equipment and drugs"; not "a fund-raising email with ...")."""
    words = event_words().get("aid_object", frozenset())
    pats = noun_patterns()
    heads = [tok] + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    heads += [k for h in heads for k in h.children if k.dep_ == "conj"]
    near = heads + [m for h in heads for m in h.children if m.dep_ in ("compound", "amod", "nummod", "quantmod", "nmod")]
    for t in near:
        lemma = t.lemma_.lower()
        if lemma in words or t.lower_ in words or t.ent_type_ == "MONEY" or t.is_currency:
            return True
        if t.pos_ == "NOUN" and lemma in pats and pats[lemma].type == "AID":
            return True
    return False


def _gift(tok: Token) -> bool:
    """What is given, when named (an object that is no actor), is aid."""
    if tok.pos_ != "VERB":
        return True
    envoys = event_words().get("envoy", frozenset())
    if tok.dep_ == "relcl" and not names_actor(tok.head) and (
        any(c.dep_ in _OBJ and c.lower_ in ("that", "which") for c in tok.children)
        or not any(c.dep_ == "dobj" and not names_actor(c) for c in tok.children)
    ):
        # "the speech that his advisers gave him", "an assessment the director gave lawmakers":
        # the noun the clause describes is what is given
        return _aid_like(tok.head)
    things = [o for o in _objects(tok) if o.dep_ == "dobj" and not (names_actor(o) and o.pos_ != "NOUN")]
    things += [o for o in _participle_noun(tok) if not names_actor(o)]  # "a statement sent to media"
    # "provided her with a chance", "supplied the rebels with arms": the "with" phrase is the thing
    things += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    # people sent or given ("sent a team", "gave the rebels ...") are no things
    things = [o for o in things if not (o.lemma_.lower() in agent_words() or o.lemma_.lower() in envoys or o.lower_ in agent_words())]
    if not talk_senses.not_speech(tok):
        return False  # "gave his last State of the Union Address"
    if any(c.dep_ in _OBJ and c.lower_ in ("what", "whatever") for c in tok.children):
        return False  # "exactly what his advisers gave him": the thing is what the clause describes, not aid
    if not things and tok.lemma_.lower() in event_words().get("dispatch", ()) and any(
        o.dep_ in ("dobj", "dative") and (o.ent_type_ == "PERSON" or o.lower_ in _PERSON_PRONOUNS) for o in _objects(tok)
    ):
        return False  # "the party sent Senator Lopez to Ohio", "an email she had sent him": no aid named
    if not things and tok.lemma_.lower() in event_words().get("needs_thing", ()) and _one_person_object(tok):
        return False  # "I gave two judges who were very conservative": people named, nothing given
    return not things or any(_aid_like(o) for o in things)


def _one_person_object(tok: Token) -> bool:
    """True when the giving verb's only complement is one direct object, with no recipient
    phrase ("gave two judges"; not "gave Ukraine $1 billion", "gave $5 to X")."""
    objs = [o for o in _objects(tok) if o.dep_ in ("dobj", "dative")]
    phrases = [c for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "with", "for")]
    return len(objs) == 1 and objs[0].dep_ == "dobj" and not phrases


def _forces(tok: Token) -> bool:
    """What is mobilised, when named, is forces (troops, reservists, the army)."""
    force = event_words().get("force", frozenset())

    def is_force(t: Token) -> bool:
        return t.lemma_.lower() in force or t.lower_ in force or agent_words().get(t.lemma_.lower()) in ("MIL", "COP")

    if tok.pos_ == "VERB":
        named = [o for o in _objects(tok) if o.dep_ == "dobj"]
        return not named or any(is_force(o) or o.ent_type_ in ("ORG", "NORP") for o in named)
    civic = event_words().get("civic", frozenset())
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "ADJ")]
    if any(m.lower_ in civic or m.lemma_.lower() in civic for m in mods):
        return False  # "voter mobilization", "re-election battle", "trade war", "personal attacks"
    return all(is_force(m) for m in mods if m.pos_ == "NOUN") and all(is_force(p) or p.ent_type_ for p in _patients(tok))


def _diplomat(tok: Token) -> bool:
    """Recalling a diplomat: the object is an ambassador, an envoy, a delegation."""
    words = event_words().get("diplomat_object", frozenset())
    return any(o.lemma_.lower() in words or o.lower_ in words for o in _patients(tok))


def _actor_patient(tok: Token) -> bool:
    """What is released, when named, is people or something held (a name, prisoners, a ship),
    not a document or figures ("released three sailors", "released the tanker"; not "the
    release of the figures", "released a statement", "a press release", "an email exchange")."""
    words = event_words()
    if tok.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.lemma_.lower() in words.get("released_thing", ()) for c in tok.children
    ):
        return False
    people = words.get("released_person", frozenset())
    things = words.get("released_thing", frozenset())
    named = _patients(tok)
    if not named or any(p.lemma_.lower() in people or (_names_people(p) and p.lemma_.lower() not in things) for p in named):
        return True  # ("hacked DNC emails": a named owner's emails are still emails)
    # a ship, a tanker, an employee: released; a statement, an email exchange: published
    return not all(
        p.lemma_.lower() in things or any(c.dep_ == "compound" and c.lemma_.lower() in things for c in p.children)
        for p in named
    )


def _names_people(tok: Token) -> bool:
    """:func:`names_actor`, not counting a date's name ("a June 2011 email exchange")."""
    if not names_actor(tok):
        return False
    return tok.pos_ in ("PROPN", "PRON") or not all(
        c.ent_type_ in ("DATE", "TIME") for c in tok.children if c.pos_ == "PROPN"
    ) or tok.lemma_.lower() in agent_words() or tok.lower_ in agent_words()


def _actor_object(tok: Token) -> bool:
    """A meeting's object, when named, is an actor or itself a meeting ("hosted talks")."""
    if tok.pos_ != "VERB":
        return True
    if any(c.dep_ == "auxpass" for c in tok.children):
        return False  # "was met with opposition"
    named = [o for o in _objects(tok) if o.dep_ == "dobj"]
    media = event_words().get("medium", frozenset()) | event_words().get("medium_noun", frozenset())
    if named and all(o.lemma_.lower() in media for o in named):
        return False  # "hosts a Sunday talk show", "hosted a podcast": a programme, no guest named
    occasions = event_words().get("occasion", frozenset())
    named = [o for o in named if o.lemma_.lower() not in occasions]
    if not named and any(o.dep_ == "dobj" for o in _objects(tok)):
        return False  # "Cleveland hosted the Republican National Convention": a gathering put on, no guest
    pats = noun_patterns()
    return not named or any(
        names_actor(o) or (o.lemma_.lower() in pats and pats[o.lemma_.lower()].type == "CONSULT") for o in named
    )


def _transitive(tok: Token) -> bool:
    """The verb has an object: "returned the island", "returned to Brazil 21 frogs", not
    "returned home", "returned to Washington", "the lights flickered and then returned"."""
    colon = min((c.i for c in tok.children if c.dep_ == "punct" and c.text in (":", ";") and c.i > tok.i), default=len(tok.doc))
    if tok.pos_ != "VERB" or any(o.i < colon for o in _objects(tok)):
        return True  # (not an "object" after a colon: "returned to ethnicity ...: "The judge, who ...")
    # an object the parser took for an adverbial: "returned to Brazil 21 frogs"
    return any(c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.ent_type_ not in ("DATE", "TIME") for c in tok.children)


def _not_left(tok: Token) -> bool:
    """An agreement made, not one left: the noun is not what a noun or verb of leaving leaves
    ("Russia's exit from the treaty", "withdrew from the deal": the leaving word codes it)."""
    words = event_words()
    leave = words.get("leave_noun", frozenset()) | words.get("stop", frozenset())
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("from", "of", "out") or prep.head.i == prep.i:
        return True
    up = prep.head
    if up.lower_ == "out" and up.head.i != up.i:
        up = up.head  # "pulled out of the deal"
    return not (up.lemma_.lower() in leave or up.lower_ in leave or f"{up.lemma_.lower()} out" in leave)


def _made_agreement(tok: Token) -> bool:
    """An agreement made, not one named: the noun (or the noun it is coordinated with) is what a
    ``make_agreement`` verb takes ("signed a treaty", "reached a deal", "must reach an agreement",
    "the accord was signed", "agreed on a deal"), and not what is left (:func:`_not_left`).
    "The agreement with Iran isn't good", "as part of a UN-brokered deal", "under the treaty"
    name an agreement; the act of making it is not in the sentence."""
    if not _not_left(tok):
        return False
    words = event_words()
    if any(c.dep_ == "amod" and c.lower_ in words["future_adjective"] for c in tok.children):
        return True  # "the pending trade deal": one in the making (its modality says so)
    make = words.get("make_agreement", frozenset())
    cur = tok
    while cur.dep_ in ("conj", "appos") and cur.head.i != cur.i:
        cur = cur.head
    head = cur.head
    if cur.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
        head = head.head  # "agreed on a deal", "entered into a pact", "a push for a trade agreement"
        if head.pos_ == "NOUN" and head.lemma_.lower() in words.get("future_noun", ()):
            return True  # an agreement sought or planned: its modality says it is not made yet
        if head.pos_ == "VERB" and (head.lemma_.lower() in words.get("request_verb", ()) or head.lemma_.lower() in words.get("seek", ())):
            return True  # "pushed for an agreement", "called for a deal"
    elif cur.dep_ not in ("dobj", "nsubjpass", "attr", "oprd"):
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in make


def _no_object(tok: Token) -> bool:
    """The verb has no direct object."""
    return not any(c.dep_ in _OBJ for c in tok.children)


def _not_statement(tok: Token) -> bool:
    """Not a denial of a claim: no "that" clause, no statement noun as object."""
    words = event_words()
    for c in tok.children:
        if c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lemma_.lower() in words.get("statement_object", ())):
            return False
        if c.dep_ == "xcomp" and c.lemma_.lower() in words.get("statement_xcomp", ()):
            return False
    return True


def _complement(tok: Token) -> bool:
    """A request noun says what is asked: a "for/on/to" phrase or a to-infinitive ("calls for
    a ceasefire", "a plea to Congress"; not "a conference call", "his guilty plea", "took one
    call from CIA headquarters": a "from" phrase says who called, not what is asked)."""
    civic = event_words().get("civic", frozenset())
    if any(c.dep_ in ("compound", "amod") and c.lower_ in civic for c in tok.children):
        return False  # "fundraising pleas", "a campaign call"
    near = list(tok.children)
    if tok.dep_ == "dobj":  # "made a plea to the United States for help": the phrases hang on the verb
        near += [c for c in tok.head.children if c.i > tok.i]
    infinitive = any(c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in near)
    return infinitive or any(
        c.dep_ == "prep" and c.lower_ in ("for", "on", "upon", "to") and not (c.lower_ in ("on", "upon") and _calls_on_person(c))
        for c in near
    )


def _calls_on_person(prep: Token) -> bool:
    """An "on/upon" phrase naming a person, with no "to" infinitive in it: a visit paid ("an
    impromptu social call on the attorney general Lynch"), not an appeal ("a call on Congress
    to act")."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return bool(objs) and all(p.ent_type_ == "PERSON" for p in objs) and not any(
        t.dep_ in ("acl", "relcl", "xcomp") and t.pos_ == "VERB" for p in objs for t in p.children
    )


def _active(tok: Token) -> bool:
    """The verb is active: "X dismissed the plan", not "X was dismissed" (fired) or "Pressed
    for specifics, ..." (a participle whose subject is pressed)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return False
    return not (tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl", "amod") and not any(c.dep_ == "aux" for c in tok.children))


def _relation_object(tok: Token) -> bool:
    """What is suspended or cut, when named, is a relation, an act or an actor ("suspended
    talks / aid / Russia's membership"), not "suspended his presidential campaign"."""
    if tok.pos_ != "VERB":
        return True
    relations = event_words().get("relation_object", frozenset())
    named = [o for o in _objects(tok) if o.dep_ == "dobj"]
    return not named or any(
        names_actor(o) or o.lemma_.lower() in relations or o.lemma_.lower() in noun_patterns() for o in named
    )


def _not_campaign(tok: Token) -> bool:
    """A rally that is a protest, not a campaign event ("a Trump rally", "Clinton's rally in
    Ohio", "campaign rallies", "a rally for Sanders")."""
    civic = event_words().get("civic", frozenset())
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod", "poss") and (
            c.lower_ in civic or any(
                t.ent_type_ == "PERSON" or (t.dep_ == "poss" and t.pos_ == "PROPN" and t.ent_type_ not in ("ORG", "NORP", "GPE"))
                for t in c.subtree
            )
        ):
            return False  # "a Trump rally", "Trump's AZ rally"
        if c.dep_ == "prep" and c.lower_ in ("for", "with") and any(p.ent_type_ == "PERSON" for p in c.children):
            return False
        if c.dep_ == "acl" and c.lemma_.lower() == "feature":
            return False  # "a rally featuring Mr. Obama"
    return not _with_campaign_work(tok)


def _with_campaign_work(tok: Token) -> bool:
    """The noun is listed with campaign work ("spent $1 million on ads, rallies and other voter
    outreach"): a conjunct is a ``campaign_activity`` word or has a civic modifier."""
    work = event_words().get("campaign_activity", frozenset())
    civic = event_words().get("civic", frozenset())
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    group = [top] + [t for t in top.subtree if t.dep_ == "conj" and t.head.pos_ == "NOUN"]
    return any(
        t.i != tok.i and (t.lemma_.lower() in work or any(m.dep_ in ("amod", "compound") and m.lower_ in civic for m in t.children))
        for t in group
    )


def _not_press(tok: Token) -> bool:
    """Not a reporter's request ("requests for comment", "interview requests")."""
    press = event_words().get("press_request", frozenset())
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.lemma_.lower() in press:
            return False
        if c.dep_ == "prep" and c.lower_ == "for" and any(p.lemma_.lower() in press for p in c.children):
            return False
        if c.dep_ == "dobj" and c.lemma_.lower() in press:
            return False  # "requested comment"
    return True


def _asks_for(tok: Token) -> bool:
    """Asking for an act or a thing ("asked Congress to act", "asked for aid"), not asking a
    question ("asked Kasich a question", "asked Democrats how likely ...", "when asked about")."""
    if tok.pos_ != "VERB":
        return True
    questions = event_words().get("question_object", frozenset())
    if any(c.dep_ == "ccomp" for c in tok.children):
        return False
    for c in tok.children:
        if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "for":
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() not in questions and not names_actor(c):
            return True  # "asked the court's permission", "asked $5 billion"
    return False


def _not_contest(tok: Token) -> bool:
    """A physical beating, not winning a contest ("beat Trump in the primary", "can beat him",
    "beat them by five points"): the one beaten is no name or pronoun, and no race is named."""
    contest = event_words().get("contest", frozenset())
    for c in tok.children:
        if c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON"):
            return False
        if c.dep_ == "prep" and c.lower_ in ("in", "by") and any(p.lemma_.lower() in contest for p in c.subtree):
            return False
    return True


def _not_danger(tok: Token) -> bool:
    """A threat made, not a danger described ("views that pose an existential threat", "posed
    no safety threat to the United States")."""
    words = event_words()
    if tok.head.lemma_.lower() in words.get("danger_verb", ()) and tok.dep_ in ("dobj", "attr"):
        return False
    return not any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in words.get("danger_kind", ()) for c in tok.children)


def _not_about(tok: Token) -> bool:
    """Talks held, not talk of something ("swat away talk of party division"; "talks with
    Macron about fishing quotas" are talks)."""
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    return tok.tag_ != "NN" or not preps & {"of", "about"} or bool(preps & {"with", "between"})


def _not_opinion_agree(tok: Token) -> bool:
    """An agreement on something, not sharing an opinion ("The AMA agrees with Dean"): an
    "agree with" that names no act, no object and no matter ("agreed with Iran on a deal",
    "agreed with Iran to ...")."""
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if "with" not in preps:
        return True
    return bool(preps & {"on", "upon", "to", "over"}) or any(c.dep_ in ("dobj", "xcomp") for c in tok.children)


def _threat_clause(tok: Token) -> bool:
    """A warning that threatens, not one that describes ("warned that the candidate had
    raised the dangers" is a statement): a "that" clause, when there is one, says what will or
    would happen."""
    words = event_words()
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    if not comps or any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return True  # "warned Iran that ...", "warned against": a warning to someone
    comp = comps[0]
    for k in [comp] + [c for c in comp.children if c.dep_ in ("xcomp", "conj")]:
        for a in k.children:
            if a.dep_ == "aux" and a.lower_ in ("should", "must", "ought"):
                continue  # "warned that Clinton should resist overreacting": advice, not a threat
            if a.dep_ in ("aux", "auxpass") and (a.lower_ in words["hypothetical"] or a.lower_ in words["future"] or a.lower_ in ("'ll", "\u2019ll")):
                return _acting_subject(comp)
            if a.dep_ == "aux" and a.lemma_ == "go" and a.tag_ == "VBG":
                return _acting_subject(comp)
    return False


def _acting_subject(clause: Token) -> bool:
    """The subject of a warning's clause is an actor or an act ("warned that it would
    retaliate", "that Iran would face consequences", "that an attack would follow"), not a
    thing forecast ("warned that Britain's exit will sap the economy", "that prices will rise")."""
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subj:
        return True
    s = subj[0]
    if s.dep_ == "expl" or s.pos_ in ("PROPN", "PRON") or s.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    low = s.lemma_.lower()
    return low in agent_words() or s.lower_ in agent_words() or (low in noun_patterns() and noun_patterns()[low].type != "-")


SENSE_CHECKS: dict[str, Callable[[Token], bool]] = {
    "recipient": _recipient,
    "gift": _gift,
    "forces": _forces,
    "diplomat": _diplomat,
    "actor_patient": _actor_patient,
    "actor_object": _actor_object,
    "transitive": _transitive,
    "no_object": _no_object,
    "not_left": _not_left,
    "made_agreement": _made_agreement,
    "not_statement": _not_statement,
    "complement": _complement,
    "active": _active,
    "relation_object": _relation_object,
    "not_campaign": _not_campaign,
    "not_press": _not_press,
    "asks_for": _asks_for,
    "not_contest": _not_contest,
    "not_danger": _not_danger,
    "not_about": _not_about,
    "not_opinion_agree": _not_opinion_agree,
    "threat_clause": _threat_clause,
    "not_denied": lambda tok: not talk_senses.denied_allegation(tok),
    "not_electoral": talk_senses.not_electoral,
    "not_interview": talk_senses.not_interview,
    "refused_act": talk_senses.refused_act,
    "shared_thing": talk_senses.shared_thing,
    "no_clause": talk_senses.no_clause,
    "actor_subject": talk_senses.actor_subject,
    "not_money": talk_senses.not_money,
    "not_policy": talk_senses.not_policy,
    "not_economic": talk_senses.not_economic,
    "appeal_request": talk_senses.appeal_request,
    "not_question": talk_senses.not_question,
    "not_office": talk_senses.not_office,
    "human_object": talk_senses.human_object,
    "not_result": talk_senses.not_result,
    "not_evasion": talk_senses.not_evasion,
    "not_prize": talk_senses.not_prize,
    "pledge_clause": talk_senses.pledge_clause,
    "not_price": talk_senses.not_price,
    "not_kin": talk_senses.not_kin,
    "not_speech": talk_senses.not_speech,
    "not_into_law": talk_senses.not_into_law,
    "not_addressed": talk_senses.not_addressed,
    **talk_senses.LEGAL_SENSE_CHECKS,  # "pleaded guilty", "accepted bribes", "the agency charged with ..."
    # "offered her own approach" is no offer between actors
    "not_opinion": object_senses.not_in_list("opinion_object"),
    # "signed the legislation" is no agreement between actors; "warned voters that ..." no threat
    "not_domestic_act": object_senses.not_in_list("domestic_act"),
    "not_public": object_senses.not_in_list("public_object"),
    # "canceled a joint rally with Obama" is no reduction of relations (issue 19, session 8)
    "not_occasion": object_senses.not_in_list("occasion"),
    # "newspapers have been inspecting Trump's new book": reading a text, no inspection
    "not_document": object_senses.not_in_list("released_thing"),
    # "the Americans evacuated the CIA base": a post left, no evacuation of people
    "not_evacuated_place": object_senses.not_in_list("evacuated_place"),
    **made_senses.MADE_SENSE_CHECKS,  # "his commitment to tearing down the law", "cut off a reporter"
    **object_senses.OBJECT_SENSE_CHECKS,  # "seized the chance", "handing the reins over", "called X's remarks on Y a low"
}
