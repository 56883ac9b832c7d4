"""A finding's maker named by a name the entity stage did not make an entity.

The claimant rules keep a source's words even when they name no entity ("according to the most
recent RealClearPolitics average of national polls", "a poll by Latino Decisions", "The Blaze
reported"): ``claimant`` stays null and the judge counts the maker missing. After every other
rule, :func:`name_makers` makes such a maker an organisation of the record's entities (named,
type ORG; the same name again is the same entity) and gives it the claim, when the source words
are

- a finding (a ``made`` noun: poll, average, survey, report, analysis, ...) whose maker is a name
  before it ("the RealClearPolitics average", "Latino Decisions' survey") or after "by"/"from"
  ("a poll by Latino Decisions", "data from Catalist"), or
- a name itself (the subject of the report: "The Blaze reported"),

where the name is proper nouns alone (not a place, a date, a nationality, a person the NER saw,
a number) that no entity mention overlaps. Session 15: a finding the quotes stage made an unnamed
actor ("according to a recent poll by RealClearPolitics": the speaker "recent poll") gives way to
such a maker as a null claimant does, and "released ... by X" may be a relative clause. Anything else (a pronoun, a common noun, a name an
entity already covers: the earlier rules decided) is left as it was.
"""

from __future__ import annotations

from typing import Optional

from ...schema import Actor, Entity, Mention
from ..entities.identity import actor_id

#: NER labels a maker's name may carry (the NER often tags a pollster as nothing or a work)
_MAKER_LABELS = frozenset({"", "ORG", "PRODUCT", "WORK_OF_ART", "FAC"})
#: dependency labels of a name before a finding that makes it ("the RealClearPolitics average")
_BEFORE = frozenset({"compound", "nmod", "poss"})
#: verbs whose agent makes the finding they qualify ("a poll ... released by X")
_MAKING = frozenset({"release", "conduct", "commission", "sponsor", "publish", "field", "carry", "do", "compile", "produce", "calculate", "compute"})
#: prepositions after a finding whose object makes it ("a poll by X", "data from X")
_BY = frozenset({"by", "from"})


#: switch for before/after measures
OFF = False
#: switch off (session 15): a finding the quotes stage made an unnamed actor ("figures that were released
#: Thursday by Crowdpac") gives way to the maker its own words name, as a null claimant does
FINDING_ACTORS_OFF = False


def _named_claimant(ents, eid: str) -> bool:
    """Whether the claimant ``eid`` is a named entity (an unnamed actor may give way to a maker)."""
    ent = ents.by_id.get(eid)
    return ent is None or ent.named


def name_makers(infos: list, reports) -> None:
    """Give each claim with no claimant whose source words name a finding's maker (or are a
    maker's name) that no entity covers a new organisation entity of that name (module doc).

    Args:
        infos: the claims, claimants assigned.
        reports: the claimants' report reader (``doc``, ``entities``, ``made``, ``text``).
    """
    ents = reports.entities
    if OFF or not hasattr(ents, "add_entity"):
        return
    made: dict[str, str] = {}  # name (lower case) -> the id of the entity made for it
    for info in infos:
        if not info.claimant_evidence or info.claim.claimant is not None and (FINDING_ACTORS_OFF or _named_claimant(ents, info.claim.claimant)):
            continue
        s, e = info.claimant_evidence[0]
        span = reports.doc.char_span(s, e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if info.claim.claimant is not None and (span.root.lemma_.lower() not in reports.made or _named(span.root)):
            continue  # (an unnamed actor is replaced only when it is a finding: "figures ... released by Crowdpac")
        name = maker_name(span.root, reports.made)
        if name is None:
            continue
        start, end = name[0].idx, name[-1].idx + len(name[-1].text)
        if reports.text[start:end].lower() in made:  # (a mention this pass added: the same maker again)
            info.claim.claimant = made[reports.text[start:end].lower()]
            continue
        covered, eid = _covered(ents, start, end)
        if eid is None and (covered or _part_of_name(ents, reports.text[start:end])):
            continue  # ("Amadou" said, of "Amadou Magassa": a person the entity stage did not link there)
        info.claim.claimant = eid or _entity_for(ents, name, made, reports.text)


def maker_name(head, findings: frozenset) -> Optional[list]:
    """The tokens of the name that makes the finding ``head`` heads, or of ``head``'s own name
    when it is one (module doc); None otherwise."""
    if _named(head):  # "The Blaze reported": a name no finding noun heads, a bare one (no title in quotation marks)
        run = _name_run(head)
        bare = run is not None and all(t.ent_type_ in ("", "ORG") for t in run) and run[0].i > 0
        return run if bare and head.doc[run[0].i - 1].text not in ("\"", "\u201c", "'", "\u2018", "``") else None
    if head.pos_ not in ("NOUN", "ADJ") or head.lemma_.lower() not in findings:  # ("average" read as an adjective)
        return None
    for t in head.doc[head.left_edge.i : head.i]:
        if _named(t) and _modifies(t, head):
            return _name_run(t)  # "the RealClearPolitics polling average", "A Real Clear Politics average"
    made = [g for t in head.subtree if (t.dep_ == "acl" or t.dep_ == "relcl" and not FINDING_ACTORS_OFF) and t.tag_ == "VBN"
            and t.lemma_.lower() in _MAKING for g in t.children if g.dep_ == "agent"]  # "a poll of 400 voters released on Friday by Latino Decisions"
    for c in [*head.children, *made]:
        if c.dep_ in ("prep", "agent") and c.lower_ in _BY:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and _named(obj):
                return _name_run(obj)
    return None


def _modifies(tok, head) -> bool:
    """Whether ``tok`` hangs on ``head`` through names and nouns before it (compound, nmod,
    poss: "RealClearPolitics" of "the RealClearPolitics polling average")."""
    while tok.i < head.i and tok.dep_ in _BEFORE:
        tok = tok.head
    return tok.i == head.i


def _named(tok) -> bool:
    """A capitalised proper noun, or a noun the tagger took for a common one written as a name
    is not ("RealClearPolitics", "YouGov", "ABC": a capital after the first letter)."""
    if not tok.text[:1].isupper() or tok.is_sent_start and tok.pos_ != "PROPN":
        return False
    return tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and any(ch.isupper() for ch in tok.text[1:])


def _name_run(tok) -> Optional[list]:
    """The run of name words ``tok`` is in ("Latino Decisions", "Real Clear Politics"), when
    every one is a capitalised name with a maker's NER label (a nationality only before the
    last: "Latino Decisions"), else None."""
    first, last = tok.i, tok.i
    while first > 0 and _named(tok.doc[first - 1]) and tok.doc[first - 1].head.i > first - 1:
        first -= 1
    while last + 1 < len(tok.doc) and _named(tok.doc[last + 1]) and tok.doc[last].head.i > last:
        last += 1
    run = list(tok.doc[first : last + 1])
    labels = [t.ent_type_ for t in run]
    if labels[-1] not in _MAKER_LABELS or any(x not in _MAKER_LABELS and x != "NORP" for x in labels):
        return None
    if any(t.like_num or len(t.text) < 2 for t in run):
        return None
    return run


def _covered(ents, start: int, end: int) -> tuple[bool, Optional[str]]:
    """Whether an entity already names the words ``start:end`` (a person's or organisation's
    mention overlaps them, or any mention holds them all: not "Latino" of "Latino Decisions"),
    and the one named organisation whose mention is exactly those words, if any (the maker the
    earlier rules left out: a poll's sample, a finding they did not read)."""
    covered, exact = False, set()
    for s, e, eid in ents.overlapping(start, end):
        ent = ents.by_id[eid]
        if s <= start and e >= end or ent.type in ("PERSON", "ORG"):
            covered = True
        if (s, e) == (start, end) and ent.named and ent.type == "ORG":
            exact.add(eid)
    return covered, exact.pop() if len(exact) == 1 else None


def _part_of_name(ents, name: str) -> bool:
    """Whether ``name``'s words are some entity's name or part of it, written the same ("Amadou"
    of "Amadou Magassa"): a mention the entity stage did not link, not a new maker."""
    words = name.split()
    for e in ents.entities:
        have = e.name.split()
        if any(have[k : k + len(words)] == words for k in range(len(have) - len(words) + 1)):
            return True
    return False


def _squashed(name: str) -> str:
    """A name compared without case, spaces and a leading "the" ("The Blaze" = "TheBlaze")."""
    low = name.lower().replace("\u00a0", "").replace(" ", "")
    return low[3:] if low.startswith("the") and len(low) > 5 else low


def _written_as(ents, name: str) -> Optional[str]:
    """The one named organisation whose name is ``name`` written together ("TheBlaze"), or None."""
    key = _squashed(name)
    found = {e.id for e in ents.entities if e.named and e.type == "ORG" and _squashed(e.name) == key}
    return found.pop() if len(found) == 1 else None


def _entity_for(ents, run: list, made: dict, text: str) -> str:
    """The id of the organisation named by ``run``: the one made for the same name before, else
    a new one added to ``ents``."""
    start, end = run[0].idx, run[-1].idx + len(run[-1].text)
    name = text[start:end]
    mention = Mention(name, start, end, "name")
    eid = made.get(name.lower()) or _written_as(ents, name)
    if eid is not None:
        ent = ents.by_id[eid]
        if all(m.start != start for m in ent.mentions):
            ent.mentions.append(mention)
            ent.mentions.sort(key=lambda m: m.start)
            ents.add_mention(start, end, eid)
        return eid
    actor = Actor(country=None, sector=None, basis=[f"'{name}': the maker of a finding a number is reported from (no entity covered it)"])
    ent = Entity(id=f"e{len(ents.entities) + 1}", name=name, type="ORG", mentions=[mention], actor=actor)
    ent.actor.actor_id = actor_id(ent)
    ents.add_entity(ent)
    made[name.lower()] = ent.id
    return ent.id
