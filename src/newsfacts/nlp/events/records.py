"""Event records from candidates: evidence, notes, place and date ids, and de-duplication of
mentions of the same interaction into one event."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ...schema import DateRecord, Event, Place, Report
from .parties import other_side
from .codable import uncoded_reason
from .coding import quad_class
from .context import Candidate, Ctx, Span
from .lexicon import event_words
from .modality import MODALITY_RANK
from .setting import date_of
from .syntax import definite


def _sent_span(tok: Token, ctx: Ctx) -> Span:
    """The character span of the sentence of ``tok``."""
    s = ctx.sent(tok)
    return s.start_char, s.end_char


def build_records(cands: list[Candidate], ctx: Ctx, report: Report) -> tuple[list[Event], list[Place]]:
    """Event records from the kept candidates, in order, merging mentions of one interaction.

    Mentions of the same interaction (same type and participants, CONSULT being symmetric;
    not one negated and one not; no conflicting dates) become one event with several
    evidence spans and triggers. An event with no entity on either side, or from a headline,
    is kept as a mention with ``uncoded`` saying why ("no actor", "headline"): it is never
    merged with a coded one and stays out of every count. The merged events then pass the
    codable test (:func:`~.codable.uncoded_reason`: both sides named, no figure of speech). Returns ``(events, new_places)``:
    events with ids ``ev1``..., and place records for event locations no earlier stage recorded.
    """
    new_places: list[Place] = []
    n_places = len(report.places)
    events: list[Event] = []
    keys: dict[tuple, Event] = {}
    held: dict[int, set] = {}  # id(event) -> its evidence spans, for merging
    first: dict[int, tuple[Candidate, list[str]]] = {}  # id(event) -> its first mention and targets
    for c in cands:
        # drop the source from the target ("Israel can defend itself") and say so
        kept = other_side(c.target, c.source)
        tgt_ids, tgt_spans = [i for i, _ in kept], [s for _, s in kept]
        place_id = None
        if c.place:
            place_id = _place_id(c, ctx, report, new_places, n_places)
        sent = _sent_span(c.trigger, ctx)
        date = date_of(c, ctx, sent)
        evidence = [c.trigger_span] + list(c.source.spans) + list(tgt_spans) + list(c.source.phrases) + list(c.target.phrases)
        if c.place:
            evidence.append(c.place)
        uncoded = c.uncoded or (None if c.source.ids or tgt_ids else "no actor")
        key, prev = _same_event(c, tgt_ids, sent, keys, events) if uncoded is None else (None, None)
        if prev is not None and (prev.date is None or date is None or prev.date == date.id):
            _merge(prev, c, evidence, place_id, date, held)
            continue
        ev = Event(
            id="",
            type=c.pattern.type,
            evidence=_dedupe_spans(evidence),
            source=list(c.source.ids),
            source_evidence=_dedupe_spans(list(c.source.spans) + list(c.source.phrases)),
            target_evidence=_dedupe_spans(list(tgt_spans) + list(c.target.phrases)),
            target=tgt_ids,
            mode=c.pattern.mode,
            quad_class=quad_class(c.pattern.cameo),
            cameo=c.pattern.cameo,
            place=place_id,
            date=date.id if date else None,
            modality=c.modality,
            quote=c.quote,
            trigger=c.trigger_span,
            triggers=[c.trigger_span],
            sentence=sent,
            notes=_notes(c, tgt_ids),
            uncoded=uncoded,
        )
        events.append(ev)
        if uncoded is not None:
            continue  # a mention out of every count: never merged with a coded event
        keys[key] = ev
        first[id(ev)] = (c, tgt_ids)
        if c.source.ids and not tgt_ids:
            keys[("sentence", sent, c.pattern.type, frozenset(c.source.ids), c.modality)] = ev
    for ev in events:
        if ev.uncoded is None:  # the codable test, once the mentions of one act are merged
            ev.uncoded = uncoded_reason(*first[id(ev)], ctx)
    _modes(events, {p.id: p for p in list(report.places) + new_places}, ctx)
    for k, ev in enumerate(events, start=1):
        ev.id = f"ev{k}"
    return events, new_places


def _notes(c: Candidate, tgt_ids: list[str]) -> list[str]:
    """The candidate's notes, and why a side is empty."""
    notes = list(c.notes)
    if not c.source.ids:
        notes.append("source not found" + (": " + "; ".join(c.source.notes) if c.source.notes else " among the entities"))
    if not tgt_ids:
        notes.append("target not found" + (": " + "; ".join(c.target.notes) if c.target.notes else " among the entities"))
    return notes


def _same_event(
    c: Candidate, tgt_ids: list[str], sent: Span, keys: dict[tuple, Event], events: list[Event]
) -> tuple[tuple, Optional[Event]]:
    """``(key, earlier event)``: the candidate's de-duplication key, and the event already made
    for the same interaction (same key; the same source and type with no target in the same
    sentence; for a definite "the meeting", the last meeting with this side), or None."""
    typ = c.pattern.type
    participants = (frozenset(c.source.ids), frozenset(tgt_ids))
    if typ == "CONSULT":
        participants = (frozenset(c.source.ids) | frozenset(tgt_ids), frozenset())
    key = (typ, participants, c.modality == "negated")
    known = len(participants[0]) >= 2 if typ == "CONSULT" else bool(c.source.ids and tgt_ids)
    prev = keys.get(key) if known else None
    if prev is None and c.source.ids and not tgt_ids:
        # "to talk about X, to talk about Y and also to talk about Z": one sentence, one
        # source, one type, no target: the same interaction listed
        prev = keys.get(("sentence", sent, typ, frozenset(c.source.ids), c.modality))
    if prev is None and typ == "CONSULT" and not tgt_ids and definite(c.trigger):
        # "after the meeting", "the talks": the meeting already reported, if one has this side
        for ev in reversed(events):
            if ev.type == "CONSULT" and ev.uncoded is None and ev.modality != "negated" and set(c.source.ids) <= set(ev.source + ev.target):
                prev = ev
                break
    return key, prev


def _merge(
    prev: Event, c: Candidate, evidence: list[Span], place_id: Optional[str], date: Optional[DateRecord],
    held: dict[int, set],
) -> None:
    """Add a further mention to an event: its evidence and trigger, a place or date the event
    lacked, and the weaker modality of the two."""
    have = held.get(id(prev))
    if have is None:  # (a set kept per event: the list look-up was quadratic)
        have = held[id(prev)] = {tuple(x) for x in prev.evidence}
    for s in evidence:
        if tuple(s) not in have:
            have.add(tuple(s))
            prev.evidence.append(s)
    if prev.place is None and place_id:
        prev.place = place_id
    if prev.date is None and date is not None:
        prev.date = date.id
    if MODALITY_RANK[c.modality] < MODALITY_RANK[prev.modality]:
        prev.modality = c.modality
    if c.trigger_span not in prev.triggers:
        prev.triggers.append(c.trigger_span)


def _modes(events: list[Event], places: dict[str, Place], ctx: Ctx) -> None:
    """The modes read off the merged events: who met where (CONSULT), an aircraft among the
    source's words (ASSAULT, "aerial")."""
    aerial = event_words().get("aerial", frozenset())
    for ev in events:
        if ev.type == "CONSULT" and ev.mode is None:
            ev.mode = _consult_mode(ev, places, ctx)
        elif ev.type == "ASSAULT" and ev.mode is None:
            words = {w.lower().strip(".,") for s, e in ev.source_evidence for w in ctx.text[s:e].split()}
            if words & aerial:
                ev.mode = "aerial"  # "Russian jets struck ...": the weapon is in the source


def _consult_mode(ev: Event, places: dict[str, Place], ctx: Ctx) -> Optional[str]:
    """PLOVER's CONSULT mode from who met where: three or more parties is multilateral; a
    meeting in one side's country is a visit; in neither side's country, a third-party one."""
    parties = set(ev.source) | set(ev.target)
    if len(parties) >= 3:
        return "multilateral"
    place = places.get(ev.place or "")
    if place is None or not ev.source or not ev.target:
        return None
    where = place.country
    if where is None and place.entity and place.entity in ctx.index.by_id:
        where = ctx.index.by_id[place.entity].actor.country
    src = {ctx.index.by_id[i].actor.country for i in ev.source if i in ctx.index.by_id} - {None}
    tgt = {ctx.index.by_id[i].actor.country for i in ev.target if i in ctx.index.by_id} - {None}
    if not where or not src or not tgt or src & tgt:
        return None
    if where in src or where in tgt:
        return "visit"
    return "third-party"


def _dedupe_spans(spans: list[Span]) -> list[Span]:
    """The spans without repeats, in order."""
    out: list[Span] = []
    for s in spans:
        if s not in out:
            out.append(s)
    return out


def _place_id(c: Candidate, ctx: Ctx, report: Report, new_places: list[Place], n_places: int) -> Optional[str]:
    """The id of the place record of the candidate's place: an existing one overlapping it, or a new
    one added to ``new_places``."""
    s, e = c.place
    for p in list(report.places) + new_places:
        if any(ps < e and s < pe for ps, pe in p.evidence):
            return p.id
    ent = ctx.index.by_id.get(c.place_entity) if c.place_entity else None
    etype = ent.type if ent else None
    kind = {"FAC": "facility", "ORG": "facility", "LOC": "region"}.get(etype or "", "unknown")
    if etype == "GPE":
        from ...lexicons import countries

        kind = "country" if countries.country_codes(ent.name) else "city"
    place = Place(
        id=f"p{n_places + len(new_places) + 1}",
        name=ctx.text[s:e],
        kind=kind,
        evidence=[(s, e)],
        country=ent.actor.country if ent else None,
        entity=c.place_entity,
        reason="named as where an event happened (event stage); not geocoded",
    )
    new_places.append(place)
    return place.id
