"""The codable-event test: what an event needs to be counted as a dyad (issue #19, round 2).

An event that fails it stays in the record, with ``Event.uncoded`` saying why, so that it is
evidence a reader can see but out of every count (``dyads``, exports, the web chart):

- ``"no source named"``: no entity on the source side ("super PACs backing Mr. Cruz",
  "support for Mr. Trump may deepen");
- ``"no target named"``: the source acts on nobody the text names ("Clinton promised a country
  of new opportunities", "declined to say whether ..."); types that PLOVER codes with no
  target (a meeting or an agreement of two sources named together is mutual:
  ``mutual_type``; ``one_sided_type`` rows of ``event_words.tsv``: MOBILIZE, a PROTEST by a group) are
  exempt;
- ``"not an actor"``: every entity on a side is something that does not act (a law, a
  building, a work: "oppose the Trans-Pacific Partnership");
- ``"habitual"``: a habit, not one event ("police routinely arrest protesters", "tend to
  side with X"; ``habitual`` and ``habitual_verb`` rows);
- ``"campaign event"``: a rally held by a candidate ("a Trump rally in Alabama");
- ``"campaign promise"``: a person's pledge (AGREE by promise, pledge, vow): "Clinton is
  promising them lower taxes"; a state's or a party's pledge stays coded;
- ``"domestic visit"``: a visit to a place in the visitor's own country ("Sanders visited
  Missouri");
- a target named only as where the act was ("met donors in Iowa": ``place_prep`` rows) is no
  target, except for the types that hit a place (``place_target_type``: an attack in a town);
- ``"pronoun only"``: a side named only by "they", "them", "it" or "its" (resolved, but too
  often to the wrong entity: "she said she supported it");
- ``"generic actor"``: a side that is only a nationality, religion or party standing for people
  not named ("Muslim advocates hailed ...", "a Republican who has refused to endorse ..."), or a
  source of a verbal event that is only people voicing a view (``unnamed_voice``: "Critics
  accused Washington of ...", "analysts agree");
- ``"public audience"``: a cooperative verbal event (``audience_type``: SUPPORT, CONSULT, REQUEST,
  AGREE, CONCEDE) with a side that is only the public a campaign speaks to or counts on
  (``audience`` words: "talking to voters", "thanked supporters", "a voter who supports X",
  "backed by majorities of voters", "Cruz supporters called ..."): no interaction between actors;
- ``"private stance"``: support ("support", "back", ``stance_verb``) or an opinion of praise or
  blame (``opinion_verb``: praise, applaud, blame, criticize) by persons the actor
  stage knows nothing of (no country, sector or dictionary entry): a voter's stance ("Roloson
  supports Clinton in the presidential race"; not when an apposition or title names a
  ``public_role``: "Roe, a former party chairman, backs X");
- ``"standing stance"``: support by a ``stance_verb`` participle that describes a group ("a
  super PAC supporting X"): what the group is, not an act;
- ``"figurative"``: a material conflict (ASSAULT, COERCE, MOBILIZE) between persons and
  parties of one country, with no armed or police actor, no force word and no physical act:
  campaign contests ("Cruz captured Iowa", "battling Rubio for second place", "Trump's attacks
  on immigrants"), or a noun of fighting whose only source is a person ("Mrs. Clinton's Iraq
  war vote").

The test runs after the sides are final (``records.build_records``); the sides and the type
are kept as found, so the GSR evaluation still scores the sentence's main event.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Candidate, Ctx
from .lexicon import agent_words, event_words

_ACTOR_TYPES = ("PERSON", "ORG", "GPE", "NORP")
_ARMED = ("MIL", "COP", "REB", "CRM", "SPY", "PRI")


def uncoded_reason(c: Candidate, tgt_ids: list[str], ctx: Ctx) -> Optional[str]:
    """Why the candidate ``c`` (its targets ``tgt_ids``, the source left out) is no codable
    event, or None when it is one."""
    words = event_words()
    if _habitual(c, words):
        return "habitual"  # "police routinely arrest protesters": a habit, not an event that happened
    if not c.source.ids:
        return "no source named"
    if not any(ctx.types.get(i) in _ACTOR_TYPES for i in c.source.ids):
        return "not an actor"
    if _pronoun_only(c.source.spans, ctx) or _pronoun_only(
        [sp for i, sp in zip(c.target.ids, c.target.spans) if i in tgt_ids], ctx
    ):
        return "pronoun only"  # "they couldn't bring themselves to back ...", "she said she supported it"
    if _generic(c.source.ids, c.source.spans, ctx) or (
        c.pattern.type in words.get("unnamed_voice_type", ()) and _audience(c.source.spans, ctx, "unnamed_voice")
    ):
        return "generic actor"  # "Muslim advocates hailed ...", "the Wisconsin Republican criticized ...", "Critics accused X"
    if tgt_ids and not any(ctx.types.get(i) in _ACTOR_TYPES for i in tgt_ids):
        return "not an actor"
    if c.pattern.type == "PROTEST" and c.trigger.lemma_.lower() in words.get("campaign_event", ()) and all(
        ctx.types.get(i) == "PERSON" for i in c.source.ids
    ):
        return "campaign event"  # "a Trump rally", "Sanders held a rally in Springfield"
    if c.pattern.type not in words.get("place_target_type", ()):
        tgt_ids = [i for i, span in zip(c.target.ids, c.target.spans) if i in tgt_ids and not _place_phrase(span, ctx)]
    if tgt_ids and _generic(tgt_ids, [sp for i, sp in zip(c.target.ids, c.target.spans) if i in tgt_ids], ctx):
        return "generic actor"
    if c.pattern.type in words.get("audience_type", ()) and (
        _audience(c.source.spans, ctx) or _audience([sp for i, sp in zip(c.target.ids, c.target.spans) if i in tgt_ids], ctx)
    ):
        return "public audience"  # "talking to voters", "thanked supporters", "backed by voters"
    lemma = c.trigger.lemma_.lower()
    opinion = (c.pattern.type == "SUPPORT" and lemma in words.get("stance_verb", ())) or lemma in words.get("opinion_verb", ())
    if opinion and _private(c.source.ids, ctx) and not _public_role(c.source.ids, c.source.spans, ctx, words) and (
        c.pattern.type == "SUPPORT" and lemma in words.get("stance_verb", ()) or not _pronoun_source(c.source.spans, ctx)
    ):  # (an opinion verb's "she": who she is, is not known here)
        return "private stance"  # "Roloson supports Clinton", "Teske, a security guard, blamed Bush"
    if c.pattern.type == "SUPPORT" and lemma in words.get("stance_verb", ()):
        if c.trigger.dep_ == "acl" and c.trigger.tag_ == "VBG":
            return "standing stance"  # "a super PAC supporting X": what the group is, not an act
        if _people_set_subject(c.trigger, words):
            return "stance of a group"  # "the people I know who support him", "one of the 168 members supports Trump"
    mutual = len(set(c.source.ids)) > 1 and not _disposition(c.trigger, words) and (
        c.pattern.type in words.get("mutual_type", ())
        or (c.pattern.cameo in words.get("mutual_cameo", ()) and _conjoined(c.source.spans, ctx))
    )
    if not tgt_ids and not mutual and not _one_sided(c, ctx, words):
        return "no target named"  # (not "Berg and Macron discussed prices": each is the other's counterpart)
    if c.pattern.type in words.get("figurative_type", ()) and _figurative(c, tgt_ids, ctx, words):
        return "figurative"
    if c.pattern.type == "AGREE" and c.trigger.lemma_.lower() in words.get("pledge", ()) and _persons(c.source.ids, ctx):
        return "campaign promise"  # "Clinton is promising them ...", "pledged to make Icahn secretary"
    if c.pattern.type == "AID" and _political_help(c.source.ids, tgt_ids, ctx):
        return "political help"  # "Trump gave money to Clinton, Cuomo and other Democrats": a donation at home, no aid
    if c.pattern.cameo in words.get("visit_cameo", ()) and tgt_ids and _home_places(c, tgt_ids, ctx):
        return "domestic visit"  # "Sanders visited Missouri": a trip at home, no interaction
    return None


def _disposition(trig: Token, words: dict) -> bool:
    """True when the trigger completes a ``disposition`` word ("Reagan and Trump have shown they
    are willing to negotiate", "their readiness to talk"): a trait of each source, not an act
    of the sources with one another; a counterpart must be named for it to count."""
    head = trig.head
    return trig.dep_ in ("xcomp", "acl", "advcl") and head.i != trig.i and head.lemma_.lower() in words.get("disposition", ())


def _people_set_subject(verb: Token, words: dict) -> bool:
    """True when the stance verb's subject counts or describes a set of people not named: a
    quantifier with an "of" phrase ("one of the 168 RNC members", "many of them") or a plural
    ``people_set`` noun, itself or as the antecedent of "who/that" ("tea party people who
    support him", "RNC members publicly back Trump"): a view held among them, no act."""
    subj = next((k for k in verb.children if k.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that"):
        up = verb  # the noun the relative clause hangs from, through a verb it completes ("people I know who support him")
        for _ in range(3):
            if up.dep_ not in ("relcl", "ccomp") or up.head.i == up.i:
                break
            up = up.head
            if up.pos_ in ("NOUN", "PROPN"):
                subj = up
                break
    if subj is None:
        return False
    if subj.lower_ in words.get("set_quantifier", ()) or subj.like_num:
        return any(k.dep_ == "prep" and k.lower_ == "of" for k in subj.children)
    return subj.tag_ == "NNS" and subj.lemma_.lower() in words.get("people_set", ())


def _habitual(c: Candidate, words: dict) -> bool:
    """The act is a habit, not one event: a frequency adverb on a trigger or clause in the
    present or the present perfect ("police routinely arrest protesters", "frequently meets
    with", "have sometimes gathered"; not "frequently pressed the diplomats", repeated acts
    that happened), or the infinitive of "tend to" / "used to" ("tends to side with X",
    "Russia used to supply arms"; not "the gun he used to kill X")."""
    adverbs = words.get("habitual", frozenset())
    verbs = words.get("habitual_verb", frozenset())
    for t in {c.trigger, c.clause}:
        if any(k.dep_ == "advmod" and k.lower_ in adverbs for k in t.children) and not _past(t):
            return True
        head = t.head
        if t.dep_ == "xcomp" and head != t and (head.lemma_ in verbs or head.lower_ in verbs) and head.dep_ not in (
            "relcl", "acl"
        ) and not any(k.dep_ in ("dobj", "auxpass") for k in head.children):  # (not "used force to disperse them")
            return True
    return False


def _past(verb: Token) -> bool:
    """The verb is in a past tense: a simple past, or an auxiliary in the past ("did", "was", "had")."""
    if verb.tag_ == "VBD":
        return True
    return any(k.dep_ in ("aux", "auxpass") and k.tag_ == "VBD" for k in verb.children)


def _pronoun_only(spans: list[tuple[int, int]], ctx: Ctx) -> bool:
    """True when a side is named only by a plural or neuter pronoun ("they", "them", "it",
    "its", ``vague_pronoun`` rows): the entity it was resolved to is too often the wrong one
    (even when the entity is named elsewhere in the sentence: 2 of 16 right in a check)."""
    vague = event_words().get("vague_pronoun", frozenset())
    return bool(spans) and all(ctx.text[s:e].lower() in vague for s, e in spans)


def _generic(ids: list[str], spans: list[tuple[int, int]], ctx: Ctx) -> bool:
    """True when every entity of a side is a group word standing for people not named: a
    nationality, religion or party as the modifier of a ``generic_head`` noun ("Muslim
    advocates", "a Muslim couple"; not "Russian troops") or as a singular noun ("a Republican
    who has refused", "the Kentucky Republican": ``party_member`` words with an article)."""
    if not ids or len(spans) != len(ids):
        return False
    agents = agent_words()
    heads = event_words().get("generic_head", frozenset())
    members = event_words().get("party_member", frozenset())
    for i, (s, e) in zip(ids, spans):
        found = ctx.doc.char_span(s, e, alignment_mode="expand")
        if found is None or not len(found):
            return False
        root = found.root
        if root.lower_ in members and any(k.dep_ == "det" and k.lower_ in ("a", "an", "the", "another") for k in root.children):
            continue  # "the Kentucky Republican dismissed ...": one member, not named
        if ctx.types.get(i) != "NORP":
            return False
        if root.lemma_.lower() in heads and any(k.dep_ in ("amod", "compound", "nmod") and k.i < root.i for k in root.children):
            continue  # the group phrase itself ("Muslim advocates": the quote stage's unnamed group)
        if root.dep_ in ("amod", "compound", "nmod"):
            if root.head.lemma_.lower() not in heads:
                return False  # "Russian troops", "Turkish support", "American sailors": the nation acts or is hit
        elif root.tag_ not in ("NNP", "NN") or root.lemma_.lower() in agents or root.lower_.endswith("s"):
            return False  # "Armenians protested", "Brazilian police": the people or a force of a nation
    return True


def _audience(spans: list[tuple[int, int]], ctx: Ctx, role: str = "audience") -> bool:
    """True when every phrase of a side is the public a campaign addresses (``audience`` words:
    "voters", "a Colorado voter", "supporters"), or a name that only modifies one ("Cruz
    supporters", "Trump's backers": the supporters are the side, not Cruz), or a party or
    nation in the plural with a ``crowd_quantifier`` ("most Democrats are backing X"; not
    "several senators"). ``role``: the word list
    (``unnamed_voice`` for "Critics accused X")."""
    if not spans:
        return False
    audience = event_words().get(role, frozenset())
    quantifiers = event_words().get("crowd_quantifier", frozenset()) if role == "audience" else frozenset()
    for s, e in spans:
        found = ctx.doc.char_span(s, e, alignment_mode="expand")
        if found is None or not len(found):
            return False
        root = found.root
        if root.lower_ in ("who", "that") and root.head.dep_ == "relcl":
            root = root.head.head  # "a Colorado voter who supports X"
        if root.lemma_.lower() in audience or root.lower_ in audience:
            continue
        if root.tag_ in ("NNS", "NNPS") and root.ent_type_ == "NORP" and any(
            k.dep_ in ("amod", "det") and k.lower_ in quantifiers for k in root.children
        ):
            continue  # "most Democrats are backing X": a share of the public
        if root.dep_ in ("compound", "poss", "nmod", "amod") and root.head.i >= found.end and (
            root.head.lemma_.lower() in audience or root.head.lower_ in audience
        ):
            continue
        return False
    return True


def _private(ids: list[str], ctx: Ctx) -> bool:
    """True when every entity of ``ids`` is a person the actor stage knows nothing of: no
    country, no sector, no dictionary entry (a voter, a donor, a celebrity quoted)."""
    for i in ids:
        ent = ctx.index.by_id.get(i)
        if ent is None or ctx.types.get(i) != "PERSON" or ent.actor.country or ent.actor.sector or ent.actor.entry:
            return False
    return bool(ids)


def _public_role(ids: list[str], spans: list[tuple[int, int]], ctx: Ctx, words: dict) -> bool:
    """True when a source has a title (its entity's roles and descriptions) or a source phrase
    an apposition naming a public office or a post in an organisation (``public_role`` words:
    "Howard Roe, a former party chairman", "Senator Roe", "executive director of X"): an
    officeholder's backing, not a private stance, even when the actor stage has no sector."""
    roles = words.get("public_role", frozenset())
    for i in ids:
        ent = ctx.index.by_id.get(i)
        titles = [r.title for r in ent.roles] + [m.text for m in ent.mentions if m.kind == "description"] if ent else []
        if any(w.strip(",.").lower() in roles for t in titles for w in t.split()):
            return True  # a title the entity stage read ("executive director of Muslim Advocates")
    for s, e in spans:
        found = ctx.doc.char_span(s, e, alignment_mode="expand")
        if found is None or not len(found):
            continue
        root = found.root
        near = [k for k in root.children if k.dep_ in ("appos", "compound")] + ([root.head] if root.dep_ == "appos" else [])
        doc = ctx.doc
        if found.end < len(doc) and doc[found.end].text == ",":  # "Roe, Democracy for America's executive director,"
            for k in doc[found.end + 1 : min(found.end + 9, len(doc))]:
                if k.is_punct:
                    break
                near.append(k)
        if any(k.lemma_.lower() in roles or k.lower_ in roles for k in near):
            return True
    return False


def _pronoun_source(spans: list[tuple[int, int]], ctx: Ctx) -> bool:
    """True when a source phrase is a pronoun ("she criticized Singer")."""
    for s, e in spans:
        found = ctx.doc.char_span(s, e, alignment_mode="expand")
        if found is not None and len(found) and found.root.pos_ == "PRON":
            return True
    return False


def _conjoined(spans: list[tuple[int, int]], ctx: Ctx) -> bool:
    """True when the source phrases are one coordination ("Russia and Ukraine signed ..."),
    not names gathered from different places of the sentence."""
    roots = []
    for s, e in spans:
        found = ctx.doc.char_span(s, e, alignment_mode="expand")
        if found is None or not len(found):
            return False
        roots.append(found.root)
    ids = {r.i for r in roots}
    return len(ids) > 1 and all(r.dep_ == "conj" and r.head.i in ids for r in roots[1:]) and roots[0].dep_ in ("nsubj", "nsubjpass")


def _persons(ids: list[str], ctx: Ctx) -> bool:
    """True when every entity of ``ids`` is a person."""
    return bool(ids) and all(ctx.types.get(i) == "PERSON" for i in ids)


def _political_help(src_ids: list[str], tgt_ids: list[str], ctx: Ctx) -> bool:
    """True when persons help a person (and others) all of their own one country: money or help
    given within a country's politics ("Trump gave money to Clinton"), no aid between actors."""
    if not _persons(src_ids, ctx) or not any(ctx.types.get(i) == "PERSON" for i in tgt_ids):
        return False
    ents = [ctx.index.by_id.get(i) for i in [*src_ids, *tgt_ids]]
    countries = {e.actor.country if e is not None else None for e in ents}
    return len(countries) == 1 and None not in countries


def _home_places(c: Candidate, tgt_ids: list[str], ctx: Ctx) -> bool:
    """True when every target is a place (GPE) in the source's own country."""
    home = {e.actor.country for e in (ctx.index.by_id.get(i) for i in c.source.ids) if e is not None and e.actor.country}
    for i in tgt_ids:
        ent = ctx.index.by_id.get(i)
        if ent is None or ctx.types.get(i) != "GPE" or not ent.actor.country or ent.actor.country not in home:
            return False
    return bool(home)


def _place_phrase(span: tuple[int, int], ctx: Ctx) -> bool:
    """True when the entity at ``span`` is named as where the act was ("met donors in Iowa",
    "at a rally in Evansville"): the object of "in", "at", "near", ..., not a party to it."""
    found = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if found is None or not len(found):
        return False
    root = found.root
    while root.dep_ in ("compound", "appos") and root.head != root:
        root = root.head  # "in San Jose, California" (not a conjunct: "at the Pentagon and the AIPAC")
    return root.dep_ == "pobj" and root.head.lower_ in event_words().get("place_prep", ())


def _one_sided(c: Candidate, ctx: Ctx, words: dict) -> bool:
    """True for a type PLOVER codes with no target, done by a group rather than one person
    ("Russia mobilized troops", "the union went on strike"; not "a Trump rally")."""
    if c.pattern.type not in words.get("one_sided_type", ()):
        return False
    return any(ctx.types.get(i) != "PERSON" for i in c.source.ids)


def _figurative(c: Candidate, tgt_ids: list[str], ctx: Ctx, words: dict) -> bool:
    """True when a material conflict has no armed side, no force word, no physical act and
    no foreign party: a figure of speech of domestic politics."""
    t = c.trigger
    if t.lemma_.lower() in words.get("physical_act", ()):
        return False  # "killed", "arrested", "annexed": an act that is physical in any context
    ids = list(c.source.ids) + list(tgt_ids)
    ents = [ctx.index.by_id.get(i) for i in ids]
    if any(e is None or e.actor.sector in _ARMED for e in ents):
        return False
    if any(ctx.types.get(i) == "GPE" for i in c.source.ids):
        return False  # a state acts: "Iran detained ...", "the United States began airstrikes"
    if t.pos_ == "NOUN" and all(ctx.types.get(i) == "PERSON" for i in c.source.ids):
        return True  # "Mrs. Clinton's Iraq war vote", "Obama's reaction to the attacks": no person wages it
    countries = {e.actor.country for e in ents if e.actor.country}
    if len(countries) > 1 and not all(ctx.types.get(i) in ("PERSON", "NORP") for i in tgt_ids):
        return False  # a foreign party that is not a group of people
    force = words.get("force", frozenset())
    agents = agent_words()
    near = [k for k in t.children] + [k for k in c.clause.children if k.dep_ in ("nsubj", "nsubjpass", "dobj")]
    for k in near:
        for w in k.subtree:
            low = w.lemma_.lower()
            if low in force or w.lower_ in force or agents.get(low) in _ARMED:
                return False  # "rocket attacks", "troops fought", "police arrested"
    return True
