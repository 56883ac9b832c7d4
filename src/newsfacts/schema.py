"""The public record: what newsfacts returns for one document.

Plain dataclasses with ``to_dict()``; nothing here imports spaCy, so the store,
the exports and the web page can use the record without the NLP stack.

Every fact carries ``evidence``: a list of ``[start, end]`` character offsets
(Python ``str`` offsets, end-exclusive) into the document text. The JSON Schema
for the serialised record ships as ``newsfacts/data/record.schema.json`` and is
described in ``docs/schema.md``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any, Optional

SCHEMA_VERSION = "1.4.0"

Span = tuple[int, int]


def document_id(text: str) -> str:
    """The document id: the sha256 of its UTF-8 text, hex-encoded."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _spans(spans: list[Span]) -> list[list[int]]:
    return [[int(s), int(e)] for s, e in spans]


def _fields(obj) -> dict[str, Any]:
    """A flat dataclass as a dict, list fields copied (what ``dataclasses.asdict`` gives for
    records of scalars and lists of scalars, without its deep copy: 1.6% of the parse time)."""
    return {f.name: list(v) if isinstance(v := getattr(obj, f.name), list) else v for f in fields(obj)}


@dataclass
class Mention:
    """One place an entity is named or described."""

    text: str
    start: int
    end: int
    kind: str  # name, surname, first_name, title_name, acronym, description

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind}


@dataclass
class Role:
    """A title an entity holds in the text ("Minister of Defense", affiliation "Israeli")."""

    title: str
    affiliation: Optional[str]
    country: Optional[str]
    evidence: list[Span]

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "affiliation": self.affiliation,
            "country": self.country,
            "evidence": _spans(self.evidence),
        }


@dataclass
class Actor:
    """Actor code: ISO3 country and PLOVER/CAMEO sector, with the reason for each.

    Attributes:
        actor_id: one identity across a corpus: the dictionary entry where one matched
            (``people:...``, ``petrarch:...``, ``org:...``), a country (``country:USA``),
            else a normalised name with the country (``name:vladimir putin|RUS``).
        entry: the dictionary entry the code came from, if any (``petrarch:BARACK_OBAMA``).
        valid: the date range of that entry's code that was applied, ``[from, to]`` (ISO
            dates, None for an open end), or None.
    """

    country: Optional[str] = None
    sector: Optional[str] = None
    portfolio: Optional[str] = None
    basis: list[str] = field(default_factory=list)
    actor_id: Optional[str] = None
    entry: Optional[str] = None
    valid: Optional[list[Optional[str]]] = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "sector": self.sector,
            "portfolio": self.portfolio,
            "code": " ".join(p for p in (self.country, self.sector) if p) or None,
            "actor_id": self.actor_id,
            "entry": self.entry,
            "valid": list(self.valid) if self.valid is not None else None,
            "basis": list(self.basis),
        }


@dataclass
class Entity:
    id: str
    name: str
    type: str
    mentions: list[Mention]
    roles: list[Role] = field(default_factory=list)
    actor: Actor = field(default_factory=Actor)
    # since 1.3.0: False for an unnamed actor ("police", "a federal judge", "Israeli troops"):
    # one referent within its document only, never one identity across documents (actor_id None)
    named: bool = True

    @property
    def evidence(self) -> list[Span]:
        return [(m.start, m.end) for m in self.mentions]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [m.to_dict() for m in self.mentions],
            "roles": [r.to_dict() for r in self.roles],
            "actor": self.actor.to_dict(),
            "evidence": _spans(self.evidence),
            "named": self.named,
        }


@dataclass
class Cue:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Quote:
    """Who said what. ``evidence`` holds the content fragments (a quote split by its
    attribution has two); ``speaker`` is an entity id or None, never a pronoun."""

    id: str
    text: str
    evidence: list[Span]
    kind: str  # direct, partial, indirect
    speaker: Optional[str] = None
    speaker_evidence: list[Span] = field(default_factory=list)
    cue: Optional[Cue] = None
    speaker_reason: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "evidence": _spans(self.evidence),
            "kind": self.kind,
            "speaker": self.speaker,
            "speaker_evidence": _spans(self.speaker_evidence),
            "cue": self.cue.to_dict() if self.cue else None,
            "speaker_reason": self.speaker_reason,
        }


@dataclass
class Event:
    """Who did what to whom, typed in PLOVER."""

    id: str
    type: str
    evidence: list[Span]
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    mode: Optional[str] = None
    quad_class: Optional[str] = None
    cameo: Optional[str] = None
    place: Optional[str] = None  # place id
    date: Optional[str] = None  # date id
    modality: str = "asserted"
    quote: Optional[str] = None  # quote id when reported inside a quote
    trigger: Optional[Span] = None
    sentence: Optional[Span] = None
    notes: list[str] = field(default_factory=list)
    # the words naming each side (entity mentions, or actor phrases with no entity)
    source_evidence: list[Span] = field(default_factory=list)
    target_evidence: list[Span] = field(default_factory=list)
    # every trigger of the interaction (one per time the story reports it)
    triggers: list[Span] = field(default_factory=list)
    # since 1.2.0: why the event is a mention kept out of every count (None: a coded event)
    uncoded: Optional[str] = None
    goldstein: Optional[float] = None  # intensity (Goldstein scale) of its CAMEO code
    is_root: bool = False  # the main event of its sentence
    background: bool = False  # not news of the day (over a year before publication, or a "happened" event dated after it): out of the default counts

    def to_dict(self) -> dict[str, Any]:
        d = _fields(self)
        d["evidence"] = _spans(self.evidence)
        d["trigger"] = list(self.trigger) if self.trigger else None
        d["sentence"] = list(self.sentence) if self.sentence else None
        d["source_evidence"] = _spans(self.source_evidence)
        d["target_evidence"] = _spans(self.target_evidence)
        d["triggers"] = _spans(self.triggers)
        return d


@dataclass
class Check:
    kind: str
    claims: list[str]
    arithmetic: str
    verdict: str  # consistent, inconsistent, different bases possible
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        return _fields(self)


@dataclass
class Claim:
    """A quantity the story asserts."""

    id: str
    text: str
    value: Optional[float]
    unit: Optional[str]
    evidence: list[Span]
    qualifier: Optional[str] = None
    counts: Optional[str] = None
    claimant: Optional[str] = None  # entity id, or None for the outlet
    quote: Optional[str] = None
    checks: list[Check] = field(default_factory=list)
    low: Optional[float] = None  # a range's bounds ("10 to 20", "between 10 and 20")
    high: Optional[float] = None
    counts_evidence: list[Span] = field(default_factory=list)  # since 1.2.0: the words of `counts`
    # since 1.3.0: the two sides of a tally or score ("a 19-15 vote": [19, 15]), in the text's
    # order; ``value`` is the first side and the claim is in no arithmetic check
    tally: Optional[list[float]] = None
    # since 1.4.0: the words naming who claims the number ("the researchers reported", "according
    # to the FBI"), also when they name no entity and ``claimant`` is null
    claimant_evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = _fields(self)
        d["evidence"] = _spans(self.evidence)
        d["counts_evidence"] = _spans(self.counts_evidence)
        d["claimant_evidence"] = _spans(self.claimant_evidence)
        d["checks"] = [c.to_dict() for c in self.checks]
        return d


@dataclass
class Place:
    id: str
    name: str
    kind: str  # country, city, facility, region, territory, unknown
    evidence: list[Span]
    country: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    gazetteer_id: Optional[str] = None
    entity: Optional[str] = None
    reason: Optional[str] = None  # how the gazetteer entry was chosen (ambiguous names)
    located_in: Optional[str] = None  # where a facility or city is ("Washington, D.C.")
    admin1: Optional[str] = None  # since 1.2.0: first-level admin code, e.g. "US-TX", "CA-ON"

    def to_dict(self) -> dict[str, Any]:
        d = _fields(self)
        d["evidence"] = _spans(self.evidence)
        return d


@dataclass
class DateRecord:
    id: str
    text: str
    value: Optional[str]  # ISO 8601 date, or None when unresolved
    precision: str  # day, month, year, approximate, duration, unresolved
    evidence: list[Span]
    relative: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = _fields(self)
        d["evidence"] = _spans(self.evidence)
        return d


@dataclass
class Warning_:
    """Something the reader should know about the record (not a fact)."""

    id: str
    code: str
    message: str
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "code": self.code, "message": self.message, "evidence": _spans(self.evidence)}


@dataclass
class DocumentInfo:
    id: str
    length: int
    published: Optional[str] = None
    source: Optional[str] = None
    title: Optional[str] = None
    language: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        return _fields(self)


@dataclass
class Report:
    """Everything newsfacts found in one document."""

    document: DocumentInfo
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateRecord] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "document": self.document.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
            "places": [p.to_dict() for p in self.places],
            "dates": [d.to_dict() for d in self.dates],
            "warnings": [w.to_dict() for w in self.warnings],
        }


FACT_LISTS = ("entities", "quotes", "events", "claims", "places", "dates", "warnings")


def iter_evidence(record: dict[str, Any]):
    """Yield ``(list_name, record_id, start, end)`` for every evidence span in a
    serialised record, including mentions, roles, speaker spans and cues."""
    for key in FACT_LISTS:
        for item in record.get(key, []):
            rid = item["id"]
            for s, e in item.get("evidence", []):
                yield key, rid, s, e
            for m in item.get("mentions", []):
                yield key, rid, m["start"], m["end"]
            for r in item.get("roles", []):
                for s, e in r.get("evidence", []):
                    yield key, rid, s, e
            for s, e in item.get("speaker_evidence", []):
                yield key, rid, s, e
            cue = item.get("cue")
            if cue:
                yield key, rid, cue["start"], cue["end"]


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a serialised record."""
    import json
    from importlib import resources

    return json.loads(resources.files("newsfacts").joinpath("data/record.schema.json").read_text(encoding="utf-8"))
