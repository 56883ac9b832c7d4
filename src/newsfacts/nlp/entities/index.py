"""Entity records of one document and the mention lookup later stages use (quotes, events)."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ...schema import Actor, Entity, Mention
from .identity import actor_id
from .resolution import Cluster


@dataclass
class EntityIndex:
    """Entities of one document plus lookups later stages need (quotes, events)."""

    entities: list[Entity]
    by_id: dict[str, Entity]
    # (start, end, entity id) of every mention, sorted by start
    spans: list[tuple[int, int, str]]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The mentions ``(start, end, entity id)`` that overlap ``[start, end)``, in order.

        Logarithmic in the number of mentions (bisect on starts, bounded look-back)."""
        if not self.spans:
            return []
        if not hasattr(self, "_starts"):
            self._starts = [s for s, _, _ in self.spans]
            self._maxlen = max(e - s for s, e, _ in self.spans)
        hi = bisect.bisect_left(self._starts, end)
        lo = bisect.bisect_left(self._starts, start - self._maxlen)
        return [(s, e, eid) for s, e, eid in self.spans[lo:hi] if min(e, end) > max(s, start)]

    def add_mention(self, start: int, end: int, eid: str) -> None:
        """Index one more mention of entity ``eid`` (a later stage naming an actor the entity
        stage did not make, as the quote stage does for a source); lookups see it at once."""
        bisect.insort(self.spans, (start, end, eid))
        vars(self).pop("_starts", None)  # overlapping() rebuilds its starts and longest mention
        vars(self).pop("_maxlen", None)

    def add_entity(self, entity: Entity) -> None:
        """Add an entity made after the entity stage, with its mentions, to the index."""
        self.entities.append(entity)
        self.by_id[entity.id] = entity
        for m in entity.mentions:
            self.add_mention(m.start, m.end, entity.id)

    def named_only(self) -> "EntityIndex":
        """The same index without the unnamed actors (``named`` False): for the rules that
        link to a named entity first ("the spokesman" to the person it describes)."""
        if all(e.named for e in self.entities):
            return self
        keep = [e for e in self.entities if e.named]
        ids = {e.id for e in keep}
        return EntityIndex(keep, {e.id: e for e in keep}, [sp for sp in self.spans if sp[2] in ids])

    def at(self, start: int, end: int) -> Optional[str]:
        """The entity whose mention overlaps ``[start, end)`` the most, or None."""
        best, best_ov = None, 0
        for s, e, eid in self.overlapping(start, end):
            ov = min(e, end) - max(s, start)
            if ov > best_ov:
                best, best_ov = eid, ov
        return best


def entity_record(c: Cluster, label: str, actor: Actor) -> Entity:
    """The entity record of a cluster (id left empty): its name, mentions, roles and actor.

    A person's name is its fullest name; a place's the longest form used at least twice;
    anything else's its longest mention. The actor's ``actor_id`` (one identity across
    documents, :mod:`.identity`) is set here, once the name is known.
    """
    mentions = sorted({(m.start, m.end): m for m in c.mentions}.values(), key=lambda m: m.start)
    if label == "PERSON":
        names = [" ".join(m.name_tokens) for m in mentions if m.name_tokens]
        name = max(names, key=lambda n: (len(n.split()), len(n))) if names else mentions[0].text
    elif label == "GPE":
        # the longest form used at least twice ("Israel", not a one-off "the State of Israel")
        forms = Counter(m.text for m in mentions)
        repeated = [f for f, n in forms.items() if n >= 2] or list(forms)
        name = max(repeated, key=lambda f: (len(f), forms[f]))
    else:
        name = max((m.text for m in mentions), key=len)
    entity = Entity(
        id="",
        name=name,
        type=label,
        mentions=[Mention(m.text, m.start, m.end, m.kind) for m in mentions],
        roles=c.roles,
        actor=actor,
    )
    actor.actor_id = actor_id(entity)
    return entity


def build_index(entities: list[tuple[int, Entity]]) -> EntityIndex:
    """Number the entities ``e1``, ``e2``, ... in order of first mention and index their mentions.

    Args:
        entities: ``(start of the first mention, entity)`` pairs, in coding order (a stable
            sort keeps that order among entities that start at the same place).
    """
    entities = sorted(entities, key=lambda x: x[0])
    out: list[Entity] = []
    spans: list[tuple[int, int, str]] = []
    for k, (_, ent) in enumerate(entities, start=1):
        ent.id = f"e{k}"
        out.append(ent)
        for m in ent.mentions:
            spans.append((m.start, m.end, ent.id))
    spans.sort()
    return EntityIndex(out, {e.id: e for e in out}, spans)
