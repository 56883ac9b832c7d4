"""One who speaks for a named person, made an unnamed actor affiliated to that person.

"Roe's campaign manager said", "Roe's press secretary declined to comment": the rules of
:mod:`.descriptions` look for the story's person re-described ("Obama's former campaign
strategist") and, when none fits, the source was left without a speaker. The one who speaks
for Roe still speaks, never Roe: :func:`owned_actor` makes (or joins, for the same phrase) an
unnamed actor "Ann Roe's campaign manager" whose mention is the source phrase, as
:func:`~.campaign_actors.add_campaign_actor` does for a campaign. Strict: the owner is a name
(not a pronoun) that names exactly one person, the phrase names nobody itself (no apposition,
no name in it), and no person of the text is titled with the head word (then that person may
be meant: "Tom Ames, Roe's campaign manager, ... Roe's campaign manager said").
"""

from __future__ import annotations

from typing import Optional

from ...schema import Actor, Entity, Mention
from ..text import doc_text
from .campaign_actors import join_or_add

#: heads of one who speaks for a person (singular -> PERSON, plural -> NORP, a body -> ORG)
_PERSON_HEADS = frozenset({"manager", "chairman", "chairwoman", "secretary", "spokesman", "spokeswoman", "spokesperson",
                           "lawyer", "attorney", "pollster", "strategist", "adviser", "advisor", "aide", "director"})
_GROUP_HEADS = frozenset({"lawyers", "attorneys", "aides", "advisers", "advisors", "staffers", "strategists", "spokesmen"})
_BODY_HEADS = frozenset({"staff", "office"})
#: words before "manager"/"director"/"chairman" that make it a campaign's or an office's ("campaign manager")
_COMPOUNDS = frozenset({"campaign", "press", "communications", "finance", "political", "policy", "legal", "deputy", "national"})
#: heads that need one of :data:`_COMPOUNDS` before them ("Trump's manager" may be a business manager: left alone)
_NEEDS_COMPOUND = frozenset({"manager", "chairman", "chairwoman", "secretary", "director"})


def _owner_person(owner, index, types: dict[str, str]) -> Optional[str]:
    """The one PERSON entity the possessive name ``owner`` names, or None."""
    if owner.pos_ != "PROPN":
        return None
    lo = owner.left_edge.idx
    hi = owner.idx + len(owner.text)
    found = {eid for _, _, eid in index.overlapping(lo, hi)}
    people = {eid for eid in found if types.get(eid) == "PERSON"}
    if not people and len(found) == 1 and owner.left_edge.i == owner.i:  # "Sanders's campaign manager", the NER's "Sanders's campaign": the one person so surnamed
        people = {e.id for e in index.entities if e.type == "PERSON" and e.name.split()[-1:] == [owner.text]}
    return people.pop() if len(people) == 1 else None


def owned_actor(tok, s: int, e: int, content: list[tuple[int, int]], index, full_index, types: dict[str, str],
                titled: dict[str, list[tuple[int, str]]]) -> tuple[Optional[str], str]:
    """The unnamed actor of "<Name>'s <head>" at the source headed by ``tok`` (characters
    ``[s, e)``), affiliated to the person the name names; (None, "") when the rule does not apply."""
    word = tok.lower_
    if tok.pos_ != "NOUN" or not hasattr(full_index, "add_entity") or not (word in _PERSON_HEADS or word in _GROUP_HEADS or word in _BODY_HEADS):
        return None, ""
    if any(cs <= tok.idx < ce for cs, ce in content) or e - s > 80:
        return None, ""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    compounds = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if len(owners) != 1 or any(c.dep_ in ("appos", "conj", "cc", "relcl", "acl", "prep") for c in tok.children):
        return None, ""  # ("Roe's lawyer, Tom Ames,": the named one; "Roe's lawyer and friend": more than one)
    if any(c.pos_ != "NOUN" or c.lower_ not in _COMPOUNDS for c in compounds) or word in _NEEDS_COMPOUND and not compounds:
        return None, ""
    if titled.get(word) or titled.get(word.rstrip("s")):
        return None, ""  # (a person of the text titled so may be the one meant)
    owner_id = _owner_person(owners[0], index, types)
    if owner_id is None:
        return None, ""
    if any(not (full_index.by_id.get(x) is None or full_index.by_id[x].named) for _, _, x in full_index.overlapping(tok.idx, tok.idx + len(tok.text))):
        return None, ""  # (an unnamed actor the entity stage made there: the rules after this one take it)
    owner = index.by_id[owner_id]
    role = " ".join([c.lower_ for c in compounds] + [word])
    return _add(owner, role, s, e, doc_text(tok.doc)[s:e], full_index, word)


def _add(owner: Entity, role: str, s: int, e: int, phrase: str, full_index, word: str) -> tuple[Optional[str], str]:
    """The actor "<owner>'s <role>" with a mention ``[s, e)``: the one made before, else a new one."""
    country = owner.actor.country if owner.actor is not None else None
    sector = "PTY" if role.startswith("campaign ") else None
    kind = "ORG" if word in _BODY_HEADS else "NORP" if word in _GROUP_HEADS else "PERSON"
    actor = Actor(country=country, sector=sector, basis=[f"one who speaks for {owner.name}: unnamed actor '{phrase}' (the source of a quote)",
                                                         "sector PTY: a candidate's campaign" if sector else "no sector: the one spoken for is a person",
                                                         f"country of {owner.name}" if country else "no country: the one spoken for has none"])
    eid = join_or_add(full_index, f"{owner.name}'s {role}", kind, actor, Mention(phrase, s, e, "description"), _speaks_for)
    return eid, f"'{phrase}': one who speaks for {owner.name}, an unnamed actor of its own (never {owner.name})"


def _speaks_for(ent: Entity) -> bool:
    """Whether ``ent`` is an actor :func:`_add` made."""
    return not ent.named and any(b.startswith("one who speaks for ") for b in ent.actor.basis)
