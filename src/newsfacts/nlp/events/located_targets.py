"""The country what an act is done to lies in, as the target of last resort: "demanded parties
to the conflict in Iraq to allow ...", "extended the mandate of the force in Lebanon",
"shortened the curfew imposed in Sudan". When an event with a source has no target after every
other rule, a country (not a city or a region) named by a ``located_in`` preposition inside
the phrase the trigger acts on (its object, complement or "of/for/to" phrase, never the
trigger's own "in" phrase, which says where the act was) is the target, as PLOVER's coders code
it (the event's notes say so). Also the country of a target place that has none of its own
("captured the town of Soledar in eastern Ukraine": :func:`place_country`).

For an act done to what is in a place (``placed_act_type`` rows of ``event_side_words.tsv``:
assault, coercion, aid, release, concessions), a city or a region with a country codes its
country too, as PLOVER codes a place target ("bombarded a neighbourhood in southern Damascus",
"imposed blockades around towns in the West Bank", "shelled houses in Homs province"), and a
noun trigger that is the subject of the verb telling what it did acts on that verb's object ("a
car bombing killed 75 people in eastern Syria") (issue #19, session 14)."""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Token

from .context import Candidate, Ctx, Side, Span
from .lexicon import entity_types
from .side_words import side_words

#: dependencies of the trigger that open the phrase it acts on
_OPENERS = ("dobj", "nsubjpass", "xcomp", "ccomp", "dative", "attr")
#: dependencies followed inside that phrase
_INSIDE = ("prep", "pobj", "dobj", "nsubjpass", "acl", "xcomp", "conj", "appos", "compound", "pcomp", "relcl")


def located_target(cand: Candidate, ctx: Ctx) -> None:
    """Add the country the acted-on phrase lies in to an empty target (see the module doc)."""
    if not cand.source.ids or set(cand.target.ids) - set(cand.source.ids):
        return  # (a target that is only the source, "its forces", is dropped later)
    placed = cand.pattern.type in side_words().get("placed_act_type", ())
    hit = None
    for tok in [cand.trigger] + (_doing_verb(cand.trigger) if placed else []):
        hit = _located_country(tok, set(cand.source.ids), ctx, placed)
        if hit is not None:
            break
    if hit is None:
        return
    cand.target.ids.append(hit[0])
    cand.target.spans.append(hit[1])
    cand.notes.append(f"target is the country what the act is done to lies in ('{ctx.text[hit[1][0]:hit[1][1]]}')")


def _located_country(tok: Token, source: set[str], ctx: Ctx, placed: bool = False) -> Optional[tuple[str, Span]]:
    """The first country named after a ``located_in`` preposition inside the phrase ``tok`` acts
    on; with ``placed``, a city or a region with a country too ("in southern Damascus")."""
    preps = side_words().get("located_in", ())
    for prep in _phrase_preps(tok):
        if prep.lower_ not in preps:
            continue
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            hit = ctx.token_entity(p)
            if hit and hit[0] not in source and _country(hit[0], ctx):
                return hit
            hit = place_with_country(p, ctx) if placed and _PLACED and not _in_clause(prep, tok) else None
            if hit and hit[0] not in source:
                return hit
    return None


def _in_clause(prep: Token, top: Token) -> bool:
    """True when ``prep`` hangs in a clause of its own below ``top`` (any verb between them:
    "returned a painting that was stolen from a gallery in Manhattan", "said at a rally in
    Texas"): where that happened says nothing of where the act was done."""
    tok = prep.head
    while tok.i != top.i:
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return True
        tok = tok.head
    return False


#: switch for the session-14 rule (a city or a region as a material act's place target)
_PLACED = True


def _doing_verb(tok: Token) -> list[Token]:
    """The verb a noun trigger is the subject of, when that verb has an object: what the act
    did ("a car bombing killed 75 people in eastern Syria"); else nothing."""
    if not _PLACED or tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.head.pos_ != "VERB":
        return []
    verb = tok.head
    return [verb] if any(c.dep_ == "dobj" for c in verb.children) else []


def _phrase_preps(tok: Token) -> Iterator[Token]:
    """The prepositions inside the phrases ``tok`` acts on (breadth first, six levels deep)."""
    start = [c for c in tok.children if c.dep_ in _OPENERS]
    start += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "to", "on", "against")
              for p in c.children if p.dep_ in ("pobj", "pcomp")]
    level, seen = start, {tok.i}
    for _ in range(6):
        nxt: list[Token] = []
        for t in level:
            if t.i in seen:
                continue
            seen.add(t.i)
            if t.dep_ == "prep":
                yield t
            nxt += [c for c in t.children if c.dep_ in _INSIDE]
        level = nxt


def _country(eid: str, ctx: Ctx) -> bool:
    """True when the entity is a country (not a city or a region in one)."""
    ent = ctx.index.by_id.get(eid)
    actor = getattr(ent, "actor", None) if ent is not None else None
    return ctx.types.get(eid) == "GPE" and str(getattr(actor, "actor_id", "") or "").startswith("country:")


def place_country(side: Side, ctx: Ctx) -> None:
    """A target that names a place with no country of its own (a place entity, or a name in the
    "of" phrase of a ``place_noun``: "the town of Soledar", "the village of Kafr Jana") with "in
    <a place with a country>" on its phrase, the place noun's or the verb's it is the object of:
    that place is added after it (the first id with a country codes the side), with a note.
    Only when no target id has a country."""
    if not side.ids or any(_has_country(i, ctx) for i in side.ids):
        return
    nouns = side_words().get("place_noun", ())
    for i, (s, e) in zip(list(side.ids), list(side.spans)):
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        where = [root]
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in nouns:
            where.append(root.head.head)  # "the town of Soledar in eastern Ukraine"
        elif ctx.types.get(i) not in entity_types("place"):
            continue
        last = where[-1]
        if last.dep_ in ("dobj", "pobj") and (last.head if last.dep_ == "dobj" else last.head.head).pos_ == "VERB":
            where.append(last.head if last.dep_ == "dobj" else last.head.head)
        for h in where:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in ("in", "inside"):
                    continue
                hit = next((x for p in c.children if p.dep_ == "pobj" for x in [place_with_country(p, ctx)] if x), None)
                if hit is not None and hit[0] not in side.ids:
                    side.ids.append(hit[0])
                    side.spans.append(hit[1])
                    side.notes.append(f"'{ctx.text[hit[1][0]:hit[1][1]]}' is the country of the place '{ctx.text[s:e]}'")
                    return


def _has_country(eid: str, ctx: Ctx) -> bool:
    """True when entity ``eid`` has a country."""
    ent = ctx.index.by_id.get(eid)
    return ent is not None and bool(getattr(ent.actor, "country", None))


def place_with_country(p: Token, ctx: Ctx) -> Optional[tuple[str, Span]]:
    """The place with a country named by the object of "in" ("Ukraine", "eastern Ukraine", "the
    capital Kabul", "Cameroon's Far North Region"): (entity id, span), or None."""
    for k in [p] + [c for c in p.children if c.dep_ in ("compound", "appos", "amod", "poss")]:
        hit = ctx.token_entity(k)
        if hit and ctx.types.get(hit[0]) == "GPE" and _has_country(hit[0], ctx):
            return hit
    return None
