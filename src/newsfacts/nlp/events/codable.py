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
  not named ("Muslim advocates hailed ...", "a Republican who has refused to endorse ...");
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
    if _generic(c.source.ids, c.source.spans, ctx):
        return "generic actor"  # "Muslim advocates hailed ...", "the Wisconsin Republican criticized ..."
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
    mutual = c.pattern.type in words.get("mutual_type", ()) and len(set(c.source.ids)) > 1
    if not tgt_ids and not mutual and not _one_sided(c, ctx, words):
        return "no target named"  # (not "Berg and Macron discussed prices": each is the other's counterpart)
    if c.pattern.type in words.get("figurative_type", ()) and _figurative(c, tgt_ids, ctx, words):
        return "figurative"
    if c.pattern.type == "AGREE" and c.trigger.lemma_.lower() in words.get("pledge", ()) and _persons(c.source.ids, ctx):
        return "campaign promise"  # "Clinton is promising them ...", "pledged to make Icahn secretary"
    if c.pattern.cameo in words.get("visit_cameo", ()) and tgt_ids and _home_places(c, tgt_ids, ctx):
        return "domestic visit"  # "Sanders visited Missouri": a trip at home, no interaction
    return None


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
        if root.dep_ in ("amod", "compound", "nmod"):
            if root.head.lemma_.lower() not in heads:
                return False  # "Russian troops", "Turkish support", "American sailors": the nation acts or is hit
        elif root.tag_ not in ("NNP", "NN") or root.lemma_.lower() in agents or root.lower_.endswith("s"):
            return False  # "Armenians protested", "Brazilian police": the people or a force of a nation
    return True


def _persons(ids: list[str], ctx: Ctx) -> bool:
    """True when every entity of ``ids`` is a person."""
    return bool(ids) and all(ctx.types.get(i) == "PERSON" for i in ids)


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
