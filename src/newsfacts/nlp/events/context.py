"""What the event stage works on: ``Ctx`` (lookups over one document: entity mentions,
quotes, places, dates, sentences), ``Side`` (one side of an event) and ``Candidate`` (an event
before it becomes a record)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

from spacy.tokens import Doc, Token

from ... import lexicons
from ...schema import DateRecord, Quote, Report
from ..text import doc_text, sentences
from .lexicon import event_words, Pattern


Span = tuple[int, int]
SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "dative"}
_DATE_PRECISIONS = {"day", "week", "month", "year", "approximate"}  # dates precise enough to date an event
_PRONOUN_WINDOW = 1500  # characters back to look for a pronoun's antecedent


@dataclass
class Side:
    """One side of an event: entity ids, the spans that name them, and notes."""

    ids: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    phrases: list[Span] = field(default_factory=list)  # actor phrases with no entity
    notes: list[str] = field(default_factory=list)
    agents: bool = False  # one of the phrases is an agent word ("troops", "protesters")
    # ids standing for a group named by a nationality and an agent word ("Palestinian police"):
    # another group of the same nation ("Palestinian armed groups") is another actor
    groups: list[str] = field(default_factory=list)

    def add(self, other: "Side") -> None:
        """Add the ids, groups, phrases and notes of ``other`` that this side lacks."""
        for i, s in zip(other.ids, other.spans):
            if i not in self.ids:
                self.ids.append(i)
                self.spans.append(s)
        self.groups += [g for g in other.groups if g not in self.groups]
        self.phrases += [p for p in other.phrases if p not in self.phrases]
        self.agents = self.agents or other.agents
        self.notes += [n for n in other.notes if n not in self.notes]

    def take_id(self, eid: str, span: Span, other: "Side") -> None:
        """Add one id of ``other`` with its span, unless this side has it; a group mark goes with it."""
        if eid not in self.ids:
            self.ids.append(eid)
            self.spans.append(span)
            if eid in other.groups:
                self.groups.append(eid)

    @property
    def empty(self) -> bool:
        """True when the side names no entity and no phrase."""
        return not self.ids and not self.phrases

    def drop_within(self, bounds: Sequence[Span], spare: Sequence[Span] = (), phrases_too: bool = True) -> bool:
        """Drop the ids (with their spans and group marks) and, with ``phrases_too``, the phrases
        that lie inside one of ``bounds`` but inside none of ``spare``; True when any was dropped."""
        def gone(span: Span) -> bool:
            return within(span, bounds) and not within(span, spare)
        if not phrases_too:
            return self.drop_ids(lambda _, sp: gone(sp))
        keep = [(i, sp) for i, sp in zip(self.ids, self.spans) if not gone(sp)]
        phrases = [p for p in self.phrases if not gone(p)]
        if len(keep) == len(self.ids) and len(phrases) == len(self.phrases):
            return False
        self.ids, self.spans = [i for i, _ in keep], [sp for _, sp in keep]
        self.groups = [g for g in self.groups if g in self.ids]
        self.phrases = phrases
        return True

    def drop_ids(self, gone: Callable[[str, Span], bool]) -> bool:
        """Drop the ids (with their spans and group marks) for which ``gone(id, span)`` holds;
        the phrases stay. True when any was dropped."""
        keep = [(i, sp) for i, sp in zip(self.ids, self.spans) if not gone(i, sp)]
        if len(keep) == len(self.ids):
            return False
        self.ids, self.spans = [i for i, _ in keep], [sp for _, sp in keep]
        self.groups = [g for g in self.groups if g in self.ids]
        return True


Taker = Callable[[Side], bool]  # adds a side's other ids to the target; True when there were any


def within(span: Span, bounds: Sequence[Span]) -> bool:
    """True when ``span`` lies inside one of ``bounds``."""
    return any(s <= span[0] and span[1] <= e for s, e in bounds)


@dataclass
class Candidate:
    """One event candidate: a typed trigger with its sides, clause, modality, quote and place."""

    pattern: Pattern
    trigger: Token
    trigger_span: Span
    source: Side
    target: Side
    clause: Token  # the verb whose clause the event is in (the trigger or its light verb)
    modality: str = "asserted"
    quote: Optional[str] = None
    place: Optional[Span] = None
    place_entity: Optional[str] = None
    absorbed: bool = False
    notes: list[str] = field(default_factory=list)
    uncoded: Optional[str] = None  # why it is a mention kept out of every count ("headline")


class Ctx:
    """Lookups over one document: entity mentions, quotes, places, dates."""

    def __init__(self, doc: Doc, index, report: Report):
        """Index ``doc``'s entity mentions (from ``index``), quotes, places, dates and sentences."""
        self.doc = doc
        self.index = index
        self.types = {e.id: e.type for e in index.entities}
        # an entity named by a compass word alone ("Eastern" of "Eastern and Northern Europe") is no actor
        compass = event_words().get("direction_name", frozenset())
        no_actor = {e.id for e in index.entities if e.name.lower() in compass}
        self.spans = sorted(sp for sp in index.spans if sp[2] not in no_actor)
        self.starts = [s for s, _, _ in self.spans]
        self.by_start = {s: (e, i) for s, e, i in self.spans}
        self.quotes: list[tuple[int, int, Quote]] = sorted(
            ((s, e, q) for q in report.quotes for s, e in q.evidence), key=lambda t: (t[0], t[1])
        )
        # the quotes by the start of their cue verb ("he warned"), for the speaker as a source
        self.cue_quotes = {q.cue.start: q for q in report.quotes if q.cue is not None and q.speaker}
        self.places = list(report.places)
        self.dates = list(report.dates)
        # names the entity stage found somewhere in the document, for a mention its NER missed
        self._date_roots: Optional[dict[int, list]] = None
        #: the pronouns being resolved right now (token indices): an antecedent search that
        #: comes back to one of them stops there instead of recursing without end
        self.resolving: set[int] = set()
        self.text = doc_text(doc)  # Doc.text joins the tokens on every call: read it once
        self.sents = list(sentences(doc))  # Token.sent walks the sentences on every call: index them once
        self.sent_of = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        self._questions: Optional[dict[int, bool]] = None
        by_text: dict[str, set[str]] = {}
        for s, e, eid in self.spans:
            by_text.setdefault(self.text[s:e], set()).add(eid)
        self.by_text = {t: next(iter(ids)) for t, ids in by_text.items() if len(ids) == 1}

    def gender(self, eid: str) -> Optional[str]:
        """``"M"``, ``"F"`` or None: a person's gender from the first name of the entity's name
        or an honorific before one of its mentions ("Mrs. Clinton"; ``lexicons/entity_gender.tsv``)."""
        if not hasattr(self, "_genders"):
            self._genders: dict[str, Optional[str]] = {}
        if eid not in self._genders:
            ent = self.index.by_id.get(eid)
            found = None
            if ent is not None and ent.type == "PERSON":
                first = ent.name.split()[0].lower() if ent.name.split() else ""
                found = lexicons.gender_words("first_name").get(first)
                honorifics = lexicons.gender_words("honorific")
                for m in ent.mentions if found is None else []:
                    before = self.text[max(0, m.start - 6):m.start].split()
                    if before and before[-1].lower() in honorifics:
                        found = honorifics[before[-1].lower()]
                        break
            self._genders[eid] = found
        return self._genders[eid]

    def named_like(self, head: str) -> Optional[str]:
        """The one organisation whose name ends in ``head`` ("Biden administration" for "the
        administration"), or None when there is none or more than one."""
        if not hasattr(self, "_heads"):
            self._heads: dict[str, set[str]] = {}
            for e in self.index.entities:
                if e.type == "ORG" and len(e.name.split()) >= 2:
                    self._heads.setdefault(e.name.split()[-1].lower(), set()).add(e.id)
        ids = self._heads.get(head, set())
        return next(iter(ids)) if len(ids) == 1 else None

    def mention_at(self, start: int, end: int) -> Optional[tuple[str, Span]]:
        """The entity mention overlapping [start, end) the most: (entity id, mention span)."""
        k = bisect.bisect_left(self.starts, end)
        best, best_ov = None, 0
        for s, e, eid in reversed(self.spans[max(0, k - 12):k]):
            ov = min(e, end) - max(s, start)
            if ov > best_ov:
                best, best_ov = (eid, (s, e)), ov
        return best

    def date_roots(self, sent_index: int) -> list[tuple[DateRecord, int, int, Token]]:
        """``(date record, start, end, syntactic root)`` of each usable date span in a sentence."""
        if self._date_roots is None:
            self._date_roots = {}
            for d in self.dates:
                if not d.value or d.precision not in _DATE_PRECISIONS:
                    continue
                for s, e in d.evidence:
                    span = self.doc.char_span(s, e, alignment_mode="expand")
                    if span is not None and len(span):
                        k = self.sent_of[span.start]
                        self._date_roots.setdefault(k, []).append((d, s, e, span.root))
        return self._date_roots.get(sent_index, [])

    def sent(self, tok: Token):
        """The sentence of ``tok`` (a Span)."""
        return self.sents[self.sent_of[tok.i]]

    def questions(self) -> dict[int, bool]:
        """The sentences holding a "?" (by their index in :attr:`sents`), each with whether it has a
        verb or auxiliary: built on the first call, so each event candidate only looks it up."""
        if self._questions is None:
            self._questions = {
                k: any(t.pos_ in ("VERB", "AUX") for t in sent)
                for k, sent in enumerate(self.sents)
                if self.text.find("?", sent.start_char, sent.end_char) != -1
            }
        return self._questions

    def token_entity(self, tok: Token) -> Optional[tuple[str, Span]]:
        """The entity mention at ``tok`` (or, for a proper noun the NER missed, the one entity with
        that name elsewhere): (entity id, mention span), or None."""
        hit = self.mention_at(tok.idx, tok.idx + len(tok.text))
        if hit is None and tok.pos_ == "PROPN" and tok.text in self.by_text:
            # "Israel" in "Israel's Iron Dome" untagged by the NER, though "Israel" is an entity
            hit = (self.by_text[tok.text], (tok.idx, tok.idx + len(tok.text)))
        return hit

    def quote_at(self, pos: int) -> Optional[Quote]:
        """The quote whose evidence contains character ``pos``, or None."""
        for s, e, q in self.quotes:
            if s <= pos < e:
                return q
            if s > pos:
                break
        return None

    def preceding(self, pos: int, kinds: set[str], exclude: set[str] = frozenset()) -> Optional[tuple[str, Span]]:
        """The nearest entity mention of one of ``kinds`` ending before ``pos``."""
        k = bisect.bisect_left(self.starts, pos)
        for s, e, eid in reversed(self.spans[:k]):
            if pos - e > _PRONOUN_WINDOW:
                break
            if e <= pos and self.types.get(eid) in kinds and eid not in exclude:
                if kinds == {"PERSON"} and self.modifier_mention(s, e):
                    continue  # "a Romney caricature", "Clinton-backing colleagues": no one who acts
                return eid, (s, e)
        return None

    def modifier_mention(self, start: int, end: int) -> bool:
        """True when the mention [start, end) only modifies a common noun that names no entity
        ("a Romney caricature", "his Clinton-backing colleagues"): a kind of thing, no referent
        a pronoun can point back to."""
        if self.text[end:end + 1] in ("'", "\u2019"):
            return False  # "Mateen's role": a possessor is an owner, a fine antecedent
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        head = root.head
        return (
            root.dep_ in ("compound", "amod", "nmod", "npadvmod")
            and head.i >= span.end
            and head.pos_ == "NOUN"
            and self.mention_at(head.idx, head.idx + len(head.text)) is None
        )

