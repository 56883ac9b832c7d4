"""Sense conditions that tell an act between actors from political talk about one (issue #19,
third round): a candidate's backing among voters, an interview, a denied accusation, a refusal
of a word or of a hostile act, a home shared, a view on a policy, a result that "assures", a
sum called for. :data:`newsfacts.nlp.events.senses.SENSE_CHECKS` names them for the trigger
tables' sense column; each takes the trigger token and says whether it is in its event sense.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import agent_words, event_words, Pattern, type_roles, verb_patterns
from .syntax import names_actor, verb_objects

_OBJ = ("dobj", "dative")
_NO_ROW = Pattern("-", None, "-")


def denied_allegation(tok: Token) -> bool:
    """True when ``tok`` is an allegation noun that a denial verb takes ("rejected accusations
    that ...", "denied the allegation", "dismissed accusations and criticism"): a statement."""
    words = event_words()
    cur = tok
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    return (
        tok.lemma_.lower() in words.get("statement_object", ())
        and cur.dep_ in ("dobj", "nsubjpass")
        and cur.head.lemma_.lower() in words.get("denial_verb", ())
    )


def not_electoral(tok: Token) -> bool:
    """Support given, not the backing a candidate has among voters: no "among" phrase, no
    civic modifier ("voter support", "grassroots support"), no share ("41 percent support"),
    not the object of a verb of
    winning or losing it ("locked in support", "won the support of"), not inside a change or
    measure of it ("a shift in support from X to Y", "his level of support")."""
    words = event_words()
    civic = words.get("civic", frozenset())
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "among":
            return False
        if c.dep_ in ("compound", "amod") and c.lemma_.lower() in civic:
            return False
        if c.dep_ in ("compound", "amod") and c.lemma_.lower() in words.get("voter_bloc", ()):
            return False  # "his Republican support", "Democratic support for the bill": a party's voters
        if c.dep_ not in ("prep", "relcl", "acl") and any(t.lower_ in ("percent", "%", "per", "points") for t in c.subtree):
            return False  # "41 percent support", "Clinton support 27 percent": a poll share
    if tok.head.i != tok.i and tok.head.lower_ in ("percent", "%", "points"):
        return False  # "garners 41 percent of the support"
    up = tok.head
    if tok.dep_ == "pobj" and up.dep_ == "prep" and up.head != up:
        if up.head.pos_ == "NOUN" and up.head.lemma_.lower() in words.get("support_change", ()):
            return False
        up = up.head  # "locked in support", "drummed up support"
    if tok.dep_ in ("dobj", "pobj", "nsubjpass") and up.pos_ == "VERB" and up.lemma_.lower() in words.get("electoral_support", ()):
        # "won the backing of the NRA" is an endorsement; "won the support of voters" (or of the
        # Teamsters: their members' votes) is not
        return tok.lemma_.lower() in words.get("endorsement_noun", ()) and _named_giver(tok)
    mods = [c for c in tok.children if c.dep_ == "compound"]
    if mods and all(m.ent_type_ == "PERSON" for m in mods) and not any(c.dep_ in ("poss", "prep") for c in tok.children):
        return False  # "there's still lingering Sanders support": a candidate's backing, no giver
    return True


def _named_giver(tok: Token) -> bool:
    """True when the support noun ``tok`` names who gives it by name: an "of" phrase or a
    possessor that is an organisation, a person or a state ("the backing of the NRA", "the
    union's endorsement"), not voters, a group of people or a share ("of 45 percent of voters",
    "of Hispanics", "of the party's base")."""
    givers = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    givers += [c for c in tok.children if c.dep_ == "poss"]
    civic = event_words().get("civic", frozenset()) | event_words().get("support_change", frozenset())
    for g in givers:
        if g.pos_ == "PRON" or any(t.like_num or t.lower_ in ("%", "percent") or t.lemma_.lower() in civic for t in g.subtree):
            continue
        if g.ent_type_ in ("ORG", "PERSON", "GPE") and g.pos_ == "PROPN":
            return True
    return False


def not_interview(tok: Token) -> bool:
    """Talks between actors, not an interview: the one spoken with or to is no news outlet or
    reporter ("spoke with The Huffington Post", "talked to reporters", "met with reporters",
    "visited NBC's Today", "a call to ABC's This Week", "an interview he gave to ITV")."""
    words = event_words()
    press = words.get("press_outlet", frozenset()) | words.get("medium", frozenset())
    parties = [o for o in verb_objects(tok) if o.dep_ == "dobj"]
    parties += [p for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to") for p in c.children if p.dep_ == "pobj"]
    # "talked about immigration with Fox News host Sean Hannity": the parser hangs "with" on the topic
    parties += [
        q for c in tok.children if c.dep_ == "prep" and c.lower_ in ("about", "on")
        for p in c.children if p.dep_ == "pobj"
        for k in p.children if k.dep_ == "prep" and k.lower_ == "with"
        for q in k.children if q.dep_ == "pobj"
    ]
    parties += [k for p in parties for k in p.children if k.dep_ == "conj"]
    titles = words.get("press_title", frozenset())

    def is_press(p: Token) -> bool:
        if p.lemma_.lower() in press or p.lower_ in press:
            return True
        # "Fox News host Sean Hannity", "CNN's Jake Tapper", "moderator Lester Holt"
        mods = [m for m in p.children if m.dep_ in ("compound", "poss", "nmod")]
        return any(m.lemma_.lower() in titles or m.lower_ in titles or m.lower_ in press for m in mods)

    # "discussed his tax plan with Fox News host Sean Hannity": the parser hangs "with" on the
    # topic, the verb's object (session 11)
    partners = [
        p for o in verb_objects(tok) if o.dep_ == "dobj"
        for c in o.children if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children if p.dep_ == "pobj"
    ]
    if partners and all(is_press(p) for p in partners + [k for p in partners for k in p.children if k.dep_ == "conj"]):
        return False
    return not parties or not all(is_press(p) for p in parties)


def refused_act(tok: Token) -> bool:
    """A refusal of an act ("refused to withdraw", "refused the offer"), not of a word or a
    habit ("I refuse to use the phrase", "refused to say"): an infinitive, when there is one,
    is a trigger verb or a verb of compliance (``refusable``)."""
    words = event_words()
    if any(c.dep_ == "dobj" and _press_request(c, words) for c in tok.children):
        return False  # "Gore declined an interview request from POLITICO": a reporter's request, no act refused
    comps = [c for c in tok.children if c.dep_ == "xcomp" or (c.dep_ in ("dobj", "pcomp") and c.tag_ == "VBG")]
    if not comps:
        return True
    if any(c.lemma_.lower() in words.get("talk_comp", ()) and not _counterpart(c) for c in comps):
        return False  # "declined to discuss the attacks", "refused to say": declining to comment
    verbs = verb_patterns()
    rows = [verbs.get(c.lemma_.lower(), {}).get("-", _NO_ROW) for c in comps]
    if any(r.type in type_roles("unrefusable") for r in rows):
        return False  # "declined to assail him", "ruled out cutting off ...": no hostile act, no refusal to cooperate
    return any(c.lemma_.lower() in words.get("refusable", ()) or r.type != "-" for c, r in zip(comps, rows))


def _press_request(obj: Token, words: dict) -> bool:
    """True when the object noun ``obj`` is a reporter's request ("an interview request",
    "requests for comment"): a ``press_request`` word modifies it or its "for" phrase."""
    press = words.get("press_request", ())
    return any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in press for m in obj.children) or any(
        c.dep_ == "prep" and c.lower_ == "for" and any(p.lemma_.lower() in press for p in c.children) for c in obj.children
    )


def _counterpart(verb: Token) -> bool:
    """True when the verb of saying ``verb`` names whom it is said with or to, an actor
    ("refused to talk with Iran"), not only a topic ("declined to discuss the attacks")."""
    return any(
        c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to") and any(p.dep_ == "pobj" and names_actor(p) for p in c.children)
        for c in verb.children
    )


def shared_thing(tok: Token) -> bool:
    """Sharing information or means ("shared intelligence with Jordan"), not a home, a view or
    a stage ("the residence she shares with her husband"): what is shared, when named, is a
    ``share_object`` word (or a relative clause's noun that is one)."""
    if tok.pos_ != "VERB":
        return True
    things = [o for o in verb_objects(tok) if o.dep_ == "dobj" and o.lower_ not in ("that", "which")]
    things += [c for c in tok.children if c.dep_ == "nsubjpass" and c.lower_ not in ("that", "which")]  # "her view is shared by X"
    if tok.dep_ == "relcl" and not things:
        things = [tok.head]
    shareable = event_words().get("share_object", frozenset())
    return not things or any(t.lemma_.lower() in shareable for t in things)


def no_clause(tok: Token) -> bool:
    """No "that" or "whether" clause: "questioned the suspects" is an investigation,
    "questioned whether Obama would have attended" a doubt voiced."""
    return not any(c.dep_ == "ccomp" for c in tok.children)


def not_policy(tok: Token) -> bool:
    """Opposing an actor or a proposal, not a policy named by a gerund ("opposed defunding
    Planned Parenthood" is a view on a policy, and no act against Planned Parenthood)."""
    for c in tok.children:
        if c.dep_ in ("dobj", "xcomp", "pcomp", "ccomp") and c.tag_ == "VBG":
            return False  # "opposed defunding X", "opposes the committee making changes"
        if c.dep_ == "dobj" and not any(m.dep_ in ("poss", "det") for m in c.children) and any(
            m.dep_ == "amod" and m.tag_ == "VBG" and m.pos_ == "VERB" and m.i < c.i for m in c.subtree
        ):
            return False  # the parser's "defunding/amod Planned Parenthood/dobj" (not "supporting Carson's fading campaign")
        if c.dep_ == "dobj" and any(m.dep_ == "acl" and m.tag_ == "VBG" for m in c.children):
            return False  # "opposes the committee making any changes": a view on what it would do
    return True


def actor_subject(tok: Token) -> bool:
    """The one who assures is an actor: a subject that is a common noun names one ("the
    ministry assured ..."), not a result ("Clinton's win in six states assures her of 318
    delegates")."""
    for c in tok.children:
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.ent_type_ == "" and not (
            c.lemma_.lower() in agent_words() or c.lower_ in agent_words()
        ):
            return False
    return True


def not_money(tok: Token) -> bool:
    """A call for an act, not a sum proposed ("she calls for $275 billion")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            if any(p.ent_type_ == "MONEY" or p.is_currency or p.like_num for p in c.children if p.dep_ == "pobj") or any(
                p.is_currency for p in c.subtree
            ):
                return False
    return True


def not_economic(tok: Token) -> bool:
    """Supplies given, not an economic quantity ("the U.S. money supply", "oil supplies")."""
    words = event_words().get("economic_supply", frozenset())
    return not any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words for c in tok.children)


def _names_group(p: Token) -> bool:
    """A name, a nation, the plural of a proper name ("the Whigs") or an agent word ("voters")."""
    return (
        p.pos_ == "PROPN" or p.ent_type_ in ("NORP", "ORG", "GPE", "PERSON") or (p.tag_ == "NNPS")
        or (p.tag_ == "NNS" and p.text[:1].isupper()) or p.lemma_.lower() in agent_words()
    )


def appeal_request(tok: Token) -> bool:
    """An appeal asks for something ("appealed to the UN for help", "appealed to Russia to stop
    the shelling", "appealed for calm"), it is not the pull a candidate has ("Trump appeals to
    some of her members", "Trump's broad appeal to voters")."""
    near = list(tok.children)
    if tok.dep_ == "dobj":  # "made an appeal to NATO for weapons": the phrases hang on the verb
        near += [c for c in tok.head.children if c.i > tok.i]
    for c in near:
        if c.dep_ == "prep" and c.lower_ == "for":
            # "appealed for calm", not "had one appeal for the Whigs" (the pull it has on them)
            return not any(p.dep_ == "pobj" and _names_group(p) for p in c.children)
        if c.dep_ in ("xcomp", "ccomp", "advcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(
            k.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in k.children)
            for p in c.children for k in p.children
        ):
            return True
    return False


def not_question(tok: Token) -> bool:
    """Pressing for an act ("pressed Iran to release the sailors", "pressed for talks"), not a
    journalist's question ("pressed him on his tax returns", "pressed her about the emails")."""
    if tok.pos_ != "VERB" or any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return True
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    return not (preps & {"on", "about", "over"}) or "for" in preps


def not_office(tok: Token) -> bool:
    """Returning something held, not returning someone to an office ("returning him to the
    post of prime minister", "returned the party to power")."""
    office = event_words().get("office_word", frozenset())
    return not any(
        c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pobj" and p.lemma_.lower() in office for p in c.children)
        for c in tok.children
    )


def human_object(tok: Token) -> bool:
    """Taking someone to court ("took the company to court"), not taking one's obligations to
    the court seriously: the object, when named, names an actor."""
    objs = [o for o in verb_objects(tok) if o.dep_ == "dobj"]
    return not objs or any(
        o.pos_ in ("PROPN", "PRON") or o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or o.lemma_.lower() in agent_words()
        for o in objs
    )


def not_result(tok: Token) -> bool:
    """An act of allowing, not the result of another one ("Sanders won Vermont, allowing her to
    build a lead"): no present participle that hangs, with no subject of its own, on a clause
    before it."""
    return not (
        tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.i < tok.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def not_evasion(tok: Token) -> bool:
    """Allowing an act, not helping someone out of one ("he allows Republicans to dodge Trump",
    "lets them avoid a vote"): the allowed act, a "to" or bare infinitive, is no
    ``evasion_verb``."""
    evasion = event_words().get("evasion_verb", frozenset())
    return not any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in evasion for c in tok.children)


def pledge_clause(tok: Token) -> bool:
    """An assurance that pledges, not one that describes ("assured his hometown that Mrs.
    Clinton was made of the same stuff" is a statement): its "that" clause, when there is one,
    is not in the past with no modal ("assured Kiev that it would not abandon it", "assured
    allies that the US stands by them")."""
    words = event_words()
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    clauses += [k for c in tok.children if c.dep_ in ("dobj", "dative") for k in c.children
                if k.dep_ in ("acl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children)]
    for clause in clauses:
        auxes = [a for a in clause.children if a.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in words["future"] or a.lower_ in words["hypothetical"] or a.lower_ in ("'ll", "\u2019ll", "must", "should") for a in auxes):
            continue
        if clause.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return False
    return True


def not_prize(tok: Token) -> bool:
    """Refusing something asked, not keeping a prize from a rival ("could deny him even that
    long-shot path to the nomination", "denied Clinton a victory in Iowa"): the direct object is
    no ``contest_prize`` word, unless a state denies it ("the government denied his party the
    victory and jailed him": a state overriding a result)."""
    prize = event_words().get("contest_prize", frozenset())
    if not any(c.dep_ == "dobj" and (c.lemma_.lower() in prize or c.lower_ in prize) for c in tok.children):
        return True
    agents = agent_words()
    return any(
        c.dep_ == "nsubj" and (c.ent_type_ == "GPE" or agents.get(c.lemma_.lower()) in ("GOV", "MIL", "COP", "JUD"))
        for c in tok.children
    )


def not_price(tok: Token) -> bool:
    """Charging someone with a crime, not a price ("charging students more than $30,000"): no
    sum of money among the verb's objects."""
    return not any(
        c.dep_ in ("dobj", "dative") and (c.ent_type_ == "MONEY" or any(w.is_currency for w in c.subtree))
        for c in tok.children
    )


def not_kin(tok: Token) -> bool:
    """A visit between actors, not a family one ("traveling to Cairo to visit her daughter",
    "a visit to his mother"): the one visited, when named, is no ``kin`` word."""
    kin = event_words().get("kin", frozenset())
    named = [o for o in verb_objects(tok) if o.dep_ == "dobj"] if tok.pos_ == "VERB" else [
        p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for p in c.children if p.dep_ == "pobj"
    ]
    return not named or not all(o.lemma_.lower() in kin or o.lower_ in kin for o in named)


def not_into_law(tok: Token) -> bool:
    """Signing an agreement, not signing a bill into law ("the Act, which Obama signed into
    law in March"): no "into" phrase naming a ``domestic_act`` word."""
    acts = event_words().get("domestic_act", frozenset())
    return not any(
        c.dep_ == "prep" and c.lower_ == "into" and any(p.lemma_.lower() in acts for p in c.children if p.dep_ == "pobj")
        for c in tok.children
    )


def not_addressed(tok: Token) -> bool:
    """A meeting held with someone, not one spoken to ("Clinton told the AIPAC meeting",
    "addressed the summit"): the noun is no object of a reporting verb or of ``address_verb``."""
    words = event_words()
    if tok.dep_ not in ("dobj", "dative") or tok.head.i == tok.i:
        return True
    lemma = tok.head.lemma_.lower()
    return lemma not in words.get("reporting", ()) and lemma not in words.get("address_verb", ())


def not_speech(tok: Token) -> bool:
    """Delivering something, not a speech ("delivered his last State of the Union Address",
    "delivered a tirade against X"): no ``speech_object`` word as the object or its "of" phrase."""
    speech = event_words().get("speech_object", frozenset())
    said = [c for c in tok.children if c.dep_ == "dobj"]
    said += [p for c in said for k in c.children if k.dep_ == "prep" and k.lower_ == "of" for p in k.children if p.dep_ == "pobj"]
    return not any(c.lemma_.lower() in speech or c.lower_ in speech for c in said)


def not_plea(tok: Token) -> bool:
    """False for a plea in court: "pleaded guilty", "pleads not guilty", "pleaded no contest"
    (the parser may hang "guilty" anywhere, so the next two words decide); an appeal to
    someone ("pleaded with the governor to ...") is in its sense."""
    doc = tok.doc
    nxt = [t.lower_ for t in doc[tok.i + 1: min(tok.i + 3, len(doc))]]
    plea = event_words().get("plea_word", ())
    return not (nxt and (nxt[0] in plea or (nxt[0] in ("not", "no") and len(nxt) > 1 and nxt[1] in plea)))


def not_taken_money(tok: Token) -> bool:
    """False when what is accepted is money or a bribe ("accepted $2 million in bribes",
    "accepting kickbacks", "took donations"): a payment taken, no agreement between actors."""
    money = event_words().get("taken_money", ())
    for o in verb_objects(tok):
        if o.dep_ != "dobj":
            continue
        near = [o] + [p for c in o.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for p in c.children if p.dep_ == "pobj"]
        if o.ent_type_ == "MONEY" or o.is_currency or any(t.lemma_.lower() in money for t in near):
            return False
    return True


def not_tasked(tok: Token) -> bool:
    """False for an institution "charged with" doing something: a task given, no accusation
    ("the agencies charged with facilitating the transition": a ``tasked_body`` the participle
    modifies); people, firms or a passive "the agency was charged with ..." stay accusations."""
    if not any(c.dep_ == "prep" and c.lower_ == "with" and any(p.tag_ == "VBG" for p in c.children) for c in tok.children):
        return True
    kids = {c.dep_: c for c in tok.children}
    if tok.dep_ == "acl" and tok.head.i != tok.i:
        head = tok.head
    elif "nsubj" in kids and not {"dobj", "nsubjpass", "auxpass"} & set(kids):
        head = kids["nsubj"]  # the participle read as a verb with no object: "the agencies charged with ... have failed"
    else:
        return True  # "the agency was charged with violating the law": an accusation
    bodies = event_words().get("tasked_body", ())
    charged = [head] + [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return not any(t.lemma_.lower() in bodies for t in charged)  # ("parts of his administration charged with ...")


def not_taken_gift(tok: Token) -> bool:
    """False for a noun of aid or money that is taken, not given: the object of a
    ``gift_taking_verb``, itself or through "$2 million in donations" ("willingness to accept Wall
    Street donations", "took donations", "rejected the funding"): the subject receives it, the
    giver is not the subject (a "received ... from X" is read by the undergo verbs)."""
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    if phrase.dep_ == "pobj" and phrase.head.lower_ in ("in", "of") and phrase.head.head.dep_ == "dobj":
        phrase = phrase.head.head  # "accepted $2 million in donations"
    verb = phrase.head
    return not (phrase.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in event_words().get("gift_taking_verb", ()))


#: Sense conditions of round 10 (pleas, money taken, tasks given), for ``SENSE_CHECKS``.
LEGAL_SENSE_CHECKS = {
    "not_plea": not_plea,
    "not_taken_money": not_taken_money,
    "not_tasked": not_tasked,
    "not_taken_gift": not_taken_gift,
}
