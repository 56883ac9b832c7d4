"""Sense conditions that apply to a whole PLOVER type rather than to one trigger row (issue #19,
session 7): a gift to a campaign is no aid, a request to say something is a question, a stance
on a thing in general is an opinion. :func:`off_type` is checked for every trigger by
:func:`newsfacts.nlp.events.senses.in_sense`.

PLOVER AID is aid between actors (economic, military, humanitarian); money given to a
candidate's campaign, a party or a political action committee is a domestic political donation,
not aid ("donated $2 million to a super PAC", "made a donation to the Clinton campaign",
"contributed $500 to the Sanders campaign", "campaign contributions").

A bare "when asked to ..." (a participle clause with no subject and no asker) is a question a
reporter put, not a request between actors ("his equivocation when asked to condemn the Klan").

A request whose requested act is only to say something ("asked Kasich to lay out his path",
"begged reporters to ask him about X") is a question put, not an appeal for an act.

Supporting or opposing a thing named in general, with no actor in it ("supports equal pay for
equal work", "opposes abortion"), is a view held, not an act toward an actor.

Diplomatic recognition (CAMEO 054) recognises a state, a government or a status: a name of a
country or an organisation, or a ``polity_object`` word ("recognized Kosovo", "recognized the
new government", "recognized X as the legitimate president"); "recognized the firefighters as
heroes" is praise, "recognized the problem" a statement.

A giving verb's "to" phrase headed by a common noun that names an actor only through its
possessor ("contributed to HP's decision") names no recipient (:func:`owned_thing`, used by the
``recipient`` sense).

A violent verb whose "on/in/at" phrase names a field of competition (``figurative_domain``:
"Mexico is killing us on trade", "beat us in the polls") is figurative, and so is fighting a
political institution (``contest_verb`` with a ``political_body`` side: "fighting a rear-guard
action against Congress").

Money given by a person, not a state or an organisation, to a person by name is a donation to a
candidate ("donated $2,400 to Ayotte"); a bare noun a stance verb takes is a policy ("united in
supporting Planned Parenthood funding"); "as opposed to" is a connective; a march by armed
forces is no demonstration ("rebel groups ... marched into the capital").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import agent_words, event_words, noun_patterns, Pattern

_MODS = ("compound", "amod", "nmod", "poss")
_STANCE_TYPES = ("SUPPORT", "REJECT")


def off_type(tok: Token, pat: Pattern) -> bool:
    """True when the trigger ``tok``, typed by its row ``pat``, is no event of that type: a
    political donation (AID), a request to say something (REQUEST), a stance on a thing in
    general (SUPPORT, REJECT of a verb)."""
    if tok.pos_ == "VERB" and comparing_participle(tok):
        return True  # "spent it on ads for Bush, as opposed to attacking his rivals"
    if tok.pos_ == "NOUN" and stance_issue(tok):
        return True  # "united in supporting Planned Parenthood funding": a policy backed, not an act
    if pat.type == "SUPPORT" and tok.pos_ == "VERB" and own_conduct(tok):
        return True  # "defended its policies", "justified his remarks": a statement, no second party
    if pat.type == "AID":
        return pat.mode != "asylum" and (political_gift(tok) or candidate_gift(tok))  # "political asylum" is no gift to politics
    if pat.type == "PROTEST" and tok.pos_ == "VERB":
        return armed_subject(tok)
    if pat.type == "REQUEST" and tok.pos_ == "VERB":
        return spoken_request(tok) or press_question(tok) or opinion_request(tok)
    if pat.cameo == "054" and tok.pos_ == "VERB":
        return not recognised_polity(tok)
    if pat.type == "ASSAULT" and tok.pos_ == "VERB":
        return figurative_contest(tok)
    if pat.type in _STANCE_TYPES and tok.pos_ == "VERB" and tok.lemma_.lower() in event_words().get("general_stance_verb", ()):
        return general_stance(tok) or poll_share(tok)
    return False


def poll_share(tok: Token) -> bool:
    """True when the stance verb ``tok`` carries a share of a poll or a vote ("male troops
    backed Trump, 57 percent to 22 percent", "favored Clinton by 10 points"): a phrase on it,
    other than its subject or object, with a percentage or points in it."""
    near = [k for c in tok.children if c.dep_ == "dobj" for k in c.children if k.dep_ == "appos"]  # "backed Trump, 57 percent to 22"
    for c in list(tok.children) + near:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "conj", "advcl"):
            continue
        if any(t.lower_ in ("percent", "%", "points", "percentage") for t in c.subtree):
            return True
    return False


def opinion_request(tok: Token) -> bool:
    """True when the one who asks (the subject of the request verb ``tok``, or of the verb it
    is coordinated with) is a news outlet or a commentator: a ``press_outlet`` word as its head
    ("The Wall Street Journal called on Trump to drop out", "the Times editorial board urged"),
    or an ``opinion_writer`` word as its head or title ("columnist George Will urged Republicans
    to ..."): an opinion written or voiced, no actor's appeal (session 11). Experts and analysts
    are left out: "UN human rights experts urged the United States to ..." is an appeal."""
    words = event_words()
    titles = words.get("opinion_writer", frozenset())
    press = words.get("press_outlet", frozenset()) | titles
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    for c in verb.children:
        if c.dep_ != "nsubj" or c.pos_ == "PRON":
            continue
        if c.lemma_.lower() in press or c.lower_ in press:
            return True
        # "columnist George Will", "the Times editorial board" (not "press secretary Josh Earnest")
        if any(m.dep_ in ("compound", "amod", "appos") and m.lemma_.lower() in titles for m in c.children):
            return True
    return False


def press_question(tok: Token) -> bool:
    """True when the request verb ``tok`` is a bare past participle opening a "when/if/after"
    clause with no subject and no "by" asker ("when asked to condemn the Klan", "if asked to
    testify"): a question put by unnamed reporters or interviewers."""
    if tok.tag_ != "VBN" or tok.dep_ != "advcl":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in tok.children):
        return False
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "if", "after", "once", "whenever") for c in tok.children)


def spoken_request(tok: Token) -> bool:
    """True when what the request verb ``tok`` asks for is only talk: its "to" infinitive is a
    ``said_act`` verb ("asked him to explain", "to lay out his path", "begged reporters to ask
    him about X")."""
    said = event_words().get("said_act", frozenset())
    for c in tok.children:
        if c.dep_ not in ("xcomp", "ccomp") or c.pos_ != "VERB" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        low = c.lemma_.lower()
        if low in said or (low == "lay" and any(k.dep_ == "prt" and k.lower_ == "out" for k in c.children)):
            return True
    return False


def general_stance(tok: Token) -> bool:
    """True when the stance verb ``tok`` (``general_stance_verb``) has a subject and every direct
    object names a thing in general: a common noun with no determiner, possessor, name or number
    ("he supports equal pay", "opposes abortion"), not a people word ("backs rebels"), an act, a
    relation or a proposal ("opposes sanctions", "backs closer ties")."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or not any(c.dep_ == "nsubj" for c in tok.children):
        return False  # (a purpose infinitive, "to support health services", says what an act is for)
    agents = agent_words()
    words = event_words()
    acts = noun_patterns()
    for o in objs:
        if o.pos_ != "NOUN" or o.ent_type_ or o.lemma_.lower() in agents or o.lower_ in agents:
            return False
        low = o.lemma_.lower()
        if low in acts or low in words.get("relation_object", ()) or low in words.get("proposal", ()):
            return False  # "opposes sanctions", "backs closer ties", "supports the plan": acts and proposals
        for k in o.children:
            if k.dep_ in ("det", "poss", "nummod", "predet") or k.pos_ in ("PROPN", "PRON") or k.ent_type_:
                return False
            if k.dep_ == "prep" and any(t.pos_ in ("PROPN", "PRON") or t.ent_type_ for t in k.subtree):
                return False  # "supports sanctions on Iran", "backs a role for Turkey"
    return True


def political_gift(tok: Token) -> bool:
    """True when the giving trigger ``tok`` gives to, or gives, something political: its
    recipient phrase ("to/for" object, a dative or direct object) is headed by or modified by a
    ``political_recipient`` word (a campaign, a PAC, a party, a candidate, a committee), or the
    trigger or what it gives is modified by one ("campaign donations", "gave $500 in campaign
    contributions")."""
    words = event_words().get("political_recipient", frozenset())
    if not words:
        return False
    heads = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    preps = [c for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for", "in", "of")]
    for obj in heads[:]:  # "gave $500 in campaign contributions", "a gift of $5,000 to the party"
        preps += [c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("to", "for", "in", "of")]
    heads += [p for c in preps for p in c.children if p.dep_ == "pobj"]
    heads += [k for h in heads for k in h.children if k.dep_ == "conj"]
    near = [tok] + heads
    return any(_political(t, words) for t in near) or any(
        _political(m, words) for t in near for m in t.children if m.dep_ in _MODS
    )


def _political(t: Token, words: frozenset[str]) -> bool:
    """The token is a ``political_recipient`` word ("Priorities USA PAC", "the Democratic
    National Committee", "the Clinton campaign")."""
    if t.lower_ not in words:  # by form: "the party", not "both parties to the conflict"
        return False
    military = event_words().get("military_strike", frozenset())
    return not any(m.dep_ in ("amod", "compound") and m.lower_ in military for m in t.children)  # "the air campaign"


def recognised_polity(tok: Token) -> bool:
    """True when the recognising verb ``tok`` recognises a polity: its "as" phrase, when there
    is one, names a ``polity_object`` word or a name ("as an independent state", "as Venezuela's
    president"); else its object (or passive subject) is a country or an organisation name, or
    a ``polity_object`` word ("recognized Kosovo's independence", "the new government")."""
    polity = event_words().get("polity_object", frozenset())

    def is_polity(t: Token) -> bool:
        return t.lemma_.lower() in polity or t.lower_ in polity or t.ent_type_ in ("GPE", "ORG", "NORP")

    as_phrases = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    if as_phrases:
        return any(is_polity(p) for p in as_phrases)
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [k for o in objs for k in o.children if k.dep_ == "conj"]
    if not objs:
        return True  # (nothing named: let the other checks decide)
    return any(is_polity(o) for o in objs)


def figurative_contest(tok: Token) -> bool:
    """True when the violent verb ``tok`` has an "on/in/at/over" phrase naming a
    ``figurative_domain`` ("killing us on trade", "beat them badly in the polls"); not an
    attack word, which such a phrase makes a criticism ("attacked her on trade")."""
    words = event_words()
    if tok.lemma_.lower() in words.get("verbal_attack", ()):
        return False  # "attacked Clinton on trade": a criticism (recode.py), not dropped
    domain = words.get("figurative_domain", frozenset())
    if tok.lemma_.lower() in words.get("contest_verb", ()) and fights_institution(tok, words):
        return True
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "over"):
            if any(p.dep_ == "pobj" and (p.lemma_.lower() in domain or p.lower_ in domain) for p in c.children):
                return True
    return False


def owned_thing(tok: Token) -> bool:
    """A common noun that names an actor only through its possessor ("contributed to HP's
    decision", "helped the party's defeat"): the actor's thing or act, not the actor; an agent
    word or a people word keeps it ("gave aid to Ukraine's army")."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or tok.tag_ == "NNS":
        return False
    low = tok.lemma_.lower()
    if low in agent_words() or tok.lower_ in agent_words():
        return False
    named = [c for c in tok.children if c.pos_ == "PROPN" or c.ent_type_]
    if not any(c.dep_ == "poss" for c in named):
        return False
    # a place name beside the possessor says where ("contributed to Clinton's New Hampshire primary win")
    return all(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.ent_type_ in ("GPE", "LOC", "DATE")) for c in named)


def fights_institution(tok: Token, words: dict) -> bool:
    """True when a verb of fighting (``contest_verb``: "fight", "battle") fights a political
    institution: its direct object or its "against/with" phrase is headed by a
    ``political_body`` word ("fighting a rear-guard action against the Republican-led
    Congress", "battled the party establishment"): a political struggle, not combat."""
    bodies = words.get("political_body", frozenset())
    sides = [c for c in tok.children if c.dep_ == "dobj"]
    phrases = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "with")]
    phrases += [k for o in sides for k in o.children if k.dep_ == "prep" and k.lower_ == "against"]
    sides += [p for c in phrases for p in c.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in bodies or t.lower_ in bodies for t in sides)


def stance_issue(tok: Token) -> bool:
    """True when the noun trigger ``tok`` is the bare object of a stance verb
    (``general_stance_verb``) with no determiner, possessor or number ("united in supporting
    Planned Parenthood funding", "opposes military intervention"): a policy one is for or
    against, not an act done (the stance verb is its own event; a gerund it takes, "oppose
    sending troops", is made hypothetical in modality.py)."""
    if tok.dep_ != "dobj" or tok.head.i == tok.i or tok.head.pos_ != "VERB":
        return False
    if tok.head.lemma_.lower() not in event_words().get("general_stance_verb", ()):
        return False
    return not any(k.dep_ in ("det", "poss", "nummod", "predet") for k in tok.children)


def candidate_gift(tok: Token) -> bool:
    """True when the giving verb ``tok`` gives money, or nothing named, to a person by name,
    and the giver is no state ("donated $2,400 to Ayotte", "Turkish Americans donating to
    Ayotte", "gave $5,000 to Senator Rubio"): a political donation to a candidate or an
    office-holder, not aid between actors. A state or an organisation as the giver keeps it
    aid ("Qatar gave $1 billion to Morsi", "the World Bank disbursed $50 million to X")."""
    if tok.pos_ != "VERB":
        return False
    given = [c for c in tok.children if c.dep_ == "dobj"]
    if given and not all(g.ent_type_ == "MONEY" or g.like_num or g.lower_ in ("money", "cash") for g in given):
        return False
    takers = [p for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    takers += [c for c in tok.children if c.dep_ == "dative" and c.pos_ == "PROPN"]
    if not takers or not all(t.ent_type_ == "PERSON" for t in takers):
        return False
    givers = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ in ("acl", "relcl") and tok.head.i != tok.i:
        givers.append(tok.head)
    if any(g.pos_ == "PRON" and g.lower_ in ("it", "they", "we") for g in givers):
        return False  # "Washington said it would provide $500 million to Kyiv": "it" may be a state
    return not any(g.ent_type_ in ("GPE", "ORG") for g in givers)


def comparing_participle(tok: Token) -> bool:
    """True when the verb ``tok`` is a past participle that "as" introduces with a "to" phrase
    and no subject ("as opposed to attacking his rivals", "as compared to last year"): a
    connective that contrasts, not an act."""
    if tok.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in tok.children
    )


def armed_subject(tok: Token) -> bool:
    """True when the subject of the verb ``tok`` (or of the verb it is coordinated with) is an
    armed force: a military, rebel or police agent word at its head or on it ("three rebel
    groups defeated the army and marched into the capital", "troops marched into the city"):
    a movement of forces, not a demonstration."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i and not any(c.dep_ == "nsubj" for c in cur.children):
        cur = cur.head
    agents = agent_words()
    force = event_words().get("force", frozenset())

    def armed(t: Token) -> bool:
        low = t.lemma_.lower()
        return low in force or agents.get(low) in ("MIL", "REB", "COP") or agents.get(t.lower_) in ("MIL", "REB", "COP")

    subj = [c for c in cur.children if c.dep_ == "nsubj"]
    return any(armed(t) or any(armed(m) for m in t.children if m.dep_ in _MODS) for t in subj)


_OWNERS = frozenset({"its", "his", "her", "their", "our", "my", "own"})


def own_conduct(tok: Token) -> bool:
    """True when every direct object of the support verb ``tok`` is the subject's own conduct:
    an ``own_conduct`` word with a possessive pronoun ("defended its policies", "defended his
    remarks", "justified their decision"): a self-justification, no support of another actor
    (unlike "defended his nominee", "backed their ally")."""
    words = event_words().get("own_conduct", frozenset())
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    verb = tok.head if tok.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in tok.children) else tok
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and bool(objs) and all(
        o.lemma_.lower() in words
        and any(m.dep_ in ("poss", "amod") and _agrees(m.lower_, subj) for m in o.children if m.lower_ in _OWNERS)
        for o in objs
    )


def _agrees(owner: str, subj: Token) -> bool:
    """The possessive ``owner`` can be the subject's: "his/her/its" a singular subject, "their" a
    plural or collective one, "our" "we" ("others ... defend his decisions" is support of him)."""
    low, tag = subj.lower_, subj.tag_
    if owner in ("his", "her", "its"):
        return low in ("he", "she", "it") or tag in ("NN", "NNP")
    if owner == "their":
        return low == "they" or tag in ("NNS", "NNPS", "NN", "NNP")
    if owner in ("our", "my"):
        return low in ("we", "i")
    return owner == "own"
