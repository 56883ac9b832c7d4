"""Checks on the candidates no other absorbed: which to drop (no side named, talk with
nobody), the author of a statement as target, and re-typing by who did it to whom."""

from __future__ import annotations

from spacy.tokens import Token

from .acceded import accedes_to_demand
from .disaster_senses import natural_cause
from .riots import property_damage, protest_purpose
from .warned_reprisals import warned_reprisal
from .subjects import subject_side
from .context import Candidate, Ctx, Side, SUBJ
from .lexicon import agent_words, event_words, recoding
from .syntax import definite, pobjs


def checked(c: Candidate, ctx: Ctx) -> bool:
    """Check and re-type a candidate no other one absorbed; False when it is no event to keep.

    Drops a candidate with no entity and no agent word on either side, harm done by a natural
    force or an accident (:func:`.disaster_senses.natural_cause`), talk with nobody to
    talk with, regions "supporting" a person (votes cast: "Ohio supported Bush") and inquiries by
    news outlets (journalism); finds the author of a statement as its target; re-types police firing on
    protesters (repression), protesters blocking roads (a protest), an organisation pulling
    out (ending its involvement), a government's protest (an official complaint) and an attack
    made with words (criticism: "attacked Smith on Twitter", "his Twitter attacks").
    """
    if not c.source.ids and not c.target.ids and not (c.source.agents or c.target.agents) and not _named_sides(c):
        return False  # no entity and no agent word ("troops") on either side: not an interaction we can code
    if c.pattern.type in ("ASSAULT", "COERCE") and c.trigger.pos_ == "VERB" and natural_cause(c.trigger):
        return False  # "were killed in the earthquake", "injured when the storm hit": no actor acts
    if _talk_without_counterpart(c):
        return False  # "Trump discussed his commitment to ...": talking about, not talking with
    if c.pattern.type == "SUPPORT" and _region_backs_person(c, ctx):
        return False  # "Indiana, Michigan and Ohio all supported Bush": votes cast, no endorsement
    if c.pattern.cameo.startswith("09") and _press_only(c.source.ids, ctx):
        return False  # "The Washington Post put reporters to investigate X": journalism, no inquiry between actors
    if not c.target.ids:
        _statement_target(c, ctx)
    if c.pattern.type == "SUPPORT" and c.trigger.pos_ == "NOUN" and _material_support(c.trigger):
        # "provides 45m euros support", "gave financial support to Ukraine": aid, not a verbal endorsement
        c.pattern = recoding("material_support")
    if c.pattern.type == "SUPPORT" and c.trigger.pos_ == "VERB" and _material_supporter(c.trigger):
        # "Australian aid supported 2 million girls", "flights supporting the evacuation",
        # "handed over 30 vehicles to support health services": support given in means is aid
        c.pattern = recoding("material_support")
    if c.pattern.type == "MOBILIZE" and _relief_teams(c):
        # "deployed seven search-and-rescue teams to Haiti": humanitarian aid (CAMEO 073)
        c.pattern = recoding("dispatch_relief")
    if c.pattern.type == "MOBILIZE" and _keeps_peace(c):
        # "sent 200 troops to serve as a peacekeeping force": peacekeepers are aid (CAMEO 074)
        c.pattern = recoding("dispatch_peacekeepers")
    if c.pattern.type == "ASSAULT" and _against_protesters(c) and not _private_attacker(c):
        # police firing on demonstrators: violent repression (CAMEO 175, root 17 COERCE)
        c.pattern = recoding("repression")
    if c.pattern.type == "ASSAULT" and _verbal_attack(c, ctx):
        # "Republicans' attacks on Mrs. Clinton", "a Trump tweet attacking X": criticism (CAMEO 111)
        c.pattern = recoding("verbal_attack")
    if c.pattern.cameo == "191" and (_protesters_act(c) or protest_purpose(c.trigger)):
        # "farmers blocked the roads to Paris": obstructing passage is a protest (CAMEO 144)
        c.pattern = recoding("obstruct_passage")
    if property_damage(c.trigger, c.pattern) and (_protesters_act(c) or protest_purpose(c.trigger)):
        # "rioters torched cars", "students set fire to the hall to protest ...": a riot (CAMEO 145)
        c.pattern = recoding("riot")
    if c.pattern.cameo == "087" and c.trigger.lemma_.lower() in ("withdraw", "pull") and _civilian_organisation(c, ctx):
        # "Human Rights Watch withdrew from Cambodia", "the UN mission pulled out": an
        # organisation ending its involvement (CAMEO 166), not a military retreat
        c.pattern = recoding("organisation_leaves")
    if c.pattern.type == "PROTEST" and c.trigger.lemma_.lower() == "protest" and _state_side(c, ctx):
        # "Turkey lodged a protest with Greece", "the foreign ministry protested to Japan":
        # a government's protest is an official complaint (CAMEO 114), not a demonstration
        c.pattern = recoding("official_protest")
    if c.pattern.type == "ASSAULT" and warned_reprisal(c.trigger):
        # "Moscow warned of retaliation if ...": a threat (CAMEO 130), no attack made
        c.pattern = recoding("hostile_pledge")
    if c.pattern.type == "AGREE" and accedes_to_demand(c.trigger):
        # "agreed to the opposition's demand for early elections": yielding (CAMEO 083), no pledge
        c.pattern = recoding("accede_demand")
    return True


def _statement_target(c: Candidate, ctx: Ctx) -> None:
    """"In a rebuke to that statement", "rejected the remarks": the target is whoever made the
    statement, the subject of the latest reporting verb ("declared", "said") before it in this
    sentence or the two before. Only for a definite statement noun with no owner of its own."""
    words = event_words()
    nouns = [k for k in c.trigger.children if k.dep_ in ("dobj", "nsubjpass")]
    preps = [k for k in c.trigger.children if k.dep_ == "prep" and k.lower_ in ("to", "of", "against", "on", "over")]
    nouns += [p for k in preps for p in pobjs(k)]
    for n in nouns:
        if n.lemma_.lower() not in words.get("statement_noun", ()) or not definite(n):
            continue
        if any(k.dep_ == "poss" for k in n.children):
            continue  # "Netanyahu's statement": its owner is already the target
        sent_k = ctx.sent_of[n.i]
        first = ctx.sents[max(0, sent_k - 2)].start
        for i in range(n.i - 1, first - 1, -1):
            v = ctx.doc[i]
            if v.pos_ == "VERB" and v.lemma_ in words["reporting"]:
                side, _ = subject_side(v, ctx)
                side.ids = [x for x in side.ids if x not in c.source.ids]
                if side.ids:
                    c.target.add(Side(ids=side.ids[:1], spans=side.spans[:1]))
                    c.notes.append(f"target is the author of '{n.text}' ('{v.text}')")
                    return
                break
        return


def _verbal_attack(c: Candidate, ctx: Ctx) -> bool:
    """An attack word with no weapon or force named that is made with words: in a medium or a
    venue of talk ("attacked him on Twitter", "his Twitter attacks", "in a speech"), or whose
    targets are all persons, parties or outlets, made by persons or civilian organisations (or by
    a tweet, an ad, a speech)."""
    words = event_words()
    t = c.trigger
    if t.lemma_.lower() not in words.get("verbal_attack", ()):
        return False
    if any(k.dep_ in ("compound", "amod") and k.lemma_.lower() in words.get("force", ()) for k in t.children):
        return False  # "a terror attack on the senator", "rocket attacks"
    if _physical_means(t, words):
        return False  # "attacked him with a knife"
    if _in_talk_venue(t, words):
        return True  # "attacked Smith on Twitter", "his Twitter attacks", "attacked the plan in a speech"
    if _speech_clause(t, words) and c.source.ids and _civilian_sources(c, ctx):
        return True  # "Trump attacked the police, saying they failed" (not "rebels attacked the base, saying ...")
    if not c.target.ids:
        return False
    if any(not _spoken_to(i, ctx) for i in c.target.ids):
        return False
    if not c.source.ids:
        subj = next((k for k in t.children if k.dep_ in SUBJ), None)
        return subj is not None and (subj.lemma_.lower() in words.get("verbal_medium", ()) or subj.ent_type_ == "PERSON")
    return _civilian_sources(c, ctx)


def _civilian_sources(c: Candidate, ctx: Ctx) -> bool:
    """True when every source is a person or an organisation that is no armed group."""
    for i in c.source.ids:
        ent = ctx.index.by_id.get(i)
        if ent is None or ctx.types.get(i) not in ("PERSON", "ORG") or ent.actor.sector in ("MIL", "REB", "COP", "CRM"):
            return False
    return True


def _region_backs_person(c: Candidate, ctx: Ctx) -> bool:
    """True when every source is a region within a country (a US state, a province: actor id
    ``region:...``) and every target a person: a state "supports" a candidate with its votes."""
    src = [ctx.index.by_id.get(i) for i in c.source.ids]
    if not src or not c.target.ids or any(e is None or not (e.actor.actor_id or "").startswith("region:") for e in src):
        return False
    return all(ctx.types.get(i) == "PERSON" for i in c.target.ids)


def _press_only(ids: list[str], ctx: Ctx) -> bool:
    """True when every source entity is a news outlet (sector MED)."""
    ents = [ctx.index.by_id.get(i) for i in ids]
    return bool(ents) and all(e is not None and e.actor.sector == "MED" for e in ents)


def _spoken_to(eid: str, ctx: Ctx) -> bool:
    """An entity a verbal attack may target: a person, a party, a news outlet, a legislature."""
    if ctx.types.get(eid) == "PERSON":
        return True
    ent = ctx.index.by_id.get(eid)
    return ent is not None and ctx.types.get(eid) == "ORG" and ent.actor.sector in ("PTY", "MED", "LEG")


def _in_talk_venue(t: Token, words: dict) -> bool:
    """The attack word is in a medium or venue of talk: a ``verbal_medium`` or ``talk_venue``
    word as its modifier ("Twitter attacks") or in an "on/in/during" phrase on it or on its verb
    or on its object ("attacked him on Twitter", "in a speech", "during the debate")."""
    venue = words.get("verbal_medium", frozenset()) | words.get("talk_venue", frozenset())
    near = [t] + ([t.head] if t.dep_ in ("dobj", "pobj") and t.head.i != t.i else [])
    near += [o for o in t.children if o.dep_ == "dobj"]  # "attacked Smith on Twitter": the parser hangs it on Smith
    for h in near:
        for k in h.children:
            if k.dep_ in ("compound", "amod", "nmod", "npadvmod") and k.lemma_.lower() in venue and h.i == t.i:
                return True
            if k.dep_ == "prep" and k.lower_ in ("on", "in", "during", "via", "through"):
                if any(p.dep_ == "pobj" and (p.lemma_.lower() in venue or p.lower_ in venue) for p in k.children):
                    return True
    return False


def _speech_clause(t: Token, words: dict) -> bool:
    """The attack verb has a participle clause of saying, or a coordinated verb of saying, with
    no subject of its own (``speech_participle``: "attacked law enforcement officers, saying
    they had failed", "attacked Cruz, calling him a liar", "attacked the police and blamed them
    for ..."): the attack is made with those words."""
    talk = words.get("speech_participle", frozenset())
    return t.pos_ == "VERB" and any(
        (c.dep_ == "conj" or (c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG")) and c.lemma_.lower() in talk
        and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
        for c in t.children
    )


def _physical_means(t: Token, words: dict) -> bool:
    """A weapon or force named in a "with" phrase of the attack ("attacked him with a knife")."""
    arms = words.get("weapon", frozenset()) | words.get("force", frozenset())
    return any(
        p.lemma_.lower() in arms
        for k in t.children if k.dep_ == "prep" and k.lower_ in ("with", "using")
        for p in k.subtree
    )


def _against_protesters(c: Candidate) -> bool:
    """True when the target of a violent act is named only as protesters, demonstrators, a crowd."""
    words = event_words().get("protester", ())
    for prep in c.trigger.children:
        # "fired tear gas at protesters in Nairobi": the act's own target phrase, whatever place follows
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("at", "on", "against", "into"):
            if any(p.dep_ == "pobj" and p.lemma_.lower() in words for p in prep.children):
                return True
    doc = c.trigger.doc

    def protesters(s: int, e: int) -> bool:
        span = doc.char_span(s, e, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.lemma_.lower() in words

    if c.target.ids:
        # an entity named only as protesters ("police beat the protesters", when the entity
        # stage makes "protesters" an unnamed actor) is still the crowd
        return bool(c.target.spans) and all(protesters(s, e) for s, e in c.target.spans)
    return any(protesters(s, e) for s, e in c.target.phrases)


def _private_attacker(c: Candidate) -> bool:
    """True when the subject of ``c`` is a common noun naming no state agent ("a gunman
    attacked the crowd", "a man stabbed two protesters"): violence by a private person is an
    assault, not repression (CAMEO 175 is the state's). A name, a pronoun, police, troops or the
    authorities keep the repression reading."""
    agents = agent_words()
    state = ("COP", "MIL", "GOV", "JUD")
    clause = c.clause
    if not any(k.dep_ == "nsubj" for k in clause.children) and clause.dep_ in ("xcomp", "advcl", "conj") and clause.head.i != clause.i:
        clause = clause.head  # "construction workers joined bankers to assault protesters": the subject it inherits
    for s in clause.children:
        if s.dep_ != "nsubj" or s.pos_ != "NOUN" or s.ent_type_:
            continue
        if any(t.ent_type_ or t.pos_ == "PROPN" for t in s.subtree):
            return False  # "Kenyan police", "Assad's forces"
        return agents.get(s.lemma_.lower()) not in state and agents.get(s.lower_) not in state
    return False


def _protesters_act(c: Candidate) -> bool:
    """True when the subject of ``c`` is named as protesters, strikers, a crowd."""
    words = event_words().get("protester", ())
    return any(
        s.dep_ in SUBJ and any(t.lemma_.lower() in words for t in s.subtree) for s in c.clause.children
    )


def _civilian_organisation(c: Candidate, ctx: Ctx) -> bool:
    """True when the source of ``c`` is an international or non-governmental organisation
    acting as itself, not its troops ("UN troops withdrew" is a military act)."""
    agents = agent_words()
    for subj in c.clause.children:
        if subj.dep_ in SUBJ and any("MIL" in (agents.get(t.lower_), agents.get(t.lemma_.lower())) for t in subj.subtree):
            return False
    ents = [ctx.index.by_id.get(i) for i in c.source.ids]
    return bool(ents) and all(e is not None and e.actor.sector in ("IGO", "NGO") for e in ents)


def _state_side(c: Candidate, ctx: Ctx) -> bool:
    """True when the source of ``c`` is named only by states or their governments (a country,
    a ministry, a head of government), not by a crowd or a group of people ("thousands of
    Serbs", "US and British activists")."""
    side = c.source
    if not side.ids or side.phrases:
        return False
    agents = agent_words()
    for subj in c.clause.children:
        if subj.dep_ in SUBJ and agents.get(subj.lemma_.lower(), "GOV") != "GOV":
            return False
    for eid, (s, e) in zip(side.ids, side.spans):
        ent = ctx.index.by_id.get(eid)
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        head = span.root.lemma_.lower() if span is not None and len(span) else ""
        if ent is None or not (ent.type == "GPE" or ent.actor.sector == "GOV" or agents.get(head) == "GOV"):
            return False
    return True


def _named_sides(c: Candidate) -> bool:
    """A verb with an explicit subject phrase and an explicit object phrase ("the union
    negotiators threatened a strike", "the council expelled the observers"): an interaction
    between parties the entity stage did not name; kept with both sides null and a reason."""
    return c.trigger.pos_ == "VERB" and bool(c.source.phrases)


def _talk_without_counterpart(c: Candidate) -> bool:
    """A verb of talking (discuss, talk, negotiate) with one speaker and nobody to talk with."""
    t = c.trigger
    others = [i for i in c.target.ids if i not in c.source.ids]  # "discussed her commitment": not a counterpart
    if t.pos_ != "VERB" or t.lemma_.lower() not in event_words().get("talk", ()) or others or len(c.source.ids) > 1:
        return False
    subj = next((k for k in t.children if k.dep_ in SUBJ), None)
    plural = subj is not None and (
        subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we", "both", "two", "sides")
        or any(k.dep_ == "conj" for k in subj.children)
    )
    return not plural


def _keeps_peace(c: Candidate) -> bool:
    """A deployment whose phrase (not its subject) says it keeps the peace: a peacekeeping word
    ("to serve as a peacekeeping force", "its first peacekeeping mission") or a truce to
    monitor ("the deployment of a team to monitor a ceasefire")."""
    words = event_words()
    keep = words.get("peacekeeping_word", frozenset())
    watched = words.get("monitored_object", frozenset())
    trig = c.trigger
    subjects = {t.i for k in trig.children if k.dep_ in SUBJ for t in k.subtree}
    tokens = list(trig.subtree)
    if trig.pos_ == "NOUN" and trig.dep_ == "dobj":
        # "approved the deployment of a team to monitor a ceasefire": the purpose hangs off the verb
        tokens += [t for k in trig.head.children if k.dep_ in ("advcl", "xcomp") and k.i > trig.i for t in k.subtree]
    for t in tokens:
        if t.i in subjects:
            continue
        if t.lower_ in keep or t.lemma_.lower() in keep:
            return True
        if t.lemma_.lower() in ("monitor", "observe", "supervise") and any(
            k.dep_ == "dobj" and k.lemma_.lower() in watched for k in t.children
        ):
            return True
    return False


def _material_support(noun: Token) -> bool:
    """Support in money or means: a sum or a ``material_support`` word among the noun's
    modifiers ("45m euros support", "financial support"), or a sum it is "in" or "of"
    ("45 million euros in support", "$45 million of support")."""
    words = event_words().get("material_support", frozenset())

    def money(t: Token) -> bool:
        return t.ent_type_ == "MONEY" or t.is_currency or t.lower_ in ("euros", "dollars", "pounds")

    mods = [m for m in noun.children if m.dep_ in ("amod", "compound", "nummod", "quantmod", "nmod")]
    if any(m.lemma_.lower() in words or any(money(t) for t in m.subtree) for m in mods):
        return True
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head != head and money(head.head)


def _material_supporter(verb: Token) -> bool:
    """What supports is a means (``material_means``: aid, funds, flights, vehicles): the verb's
    subject, the noun a participle describes ("flights supporting the evacuation"), or the
    object of the act a "to support" clause is the purpose of ("sent funds to support X")."""
    means = event_words().get("material_means", frozenset())

    def material(t: Token) -> bool:
        return t.lemma_.lower() in means or t.lower_ in means

    if any(k.dep_ == "nsubj" and material(k) for k in verb.children):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and material(verb.head):
        return True
    if verb.dep_ in ("advcl", "xcomp") and any(k.dep_ == "aux" and k.lower_ == "to" for k in verb.children):
        return any(k.dep_ == "dobj" and material(k) for k in verb.head.children)
    return False


def _relief_teams(c: Candidate) -> bool:
    """What is deployed or sent are relief teams: an object with a ``relief_team`` word among
    its modifiers ("seven search-and-rescue teams", "medical teams", "disaster relief units")."""
    words = event_words().get("relief_team", frozenset())
    objs = [k for k in c.trigger.children if k.dep_ == "dobj"]
    objs += [p for k in c.trigger.children if k.dep_ == "prep" and k.lower_ == "of" for p in k.children if p.dep_ == "pobj"]
    return any(
        t.lower_ in words or t.lemma_.lower() in words
        for o in objs for t in o.subtree if t.i < o.i and t.dep_ in ("compound", "amod", "nmod", "conj")
    )
