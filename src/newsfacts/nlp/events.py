"""Events: who did what to whom, typed in PLOVER, with mode, modality, place, date and evidence.

``extract_events(doc, index, report)`` is a pure function: a parsed spaCy Doc, the entity
index and the report so far (quotes, places and dates from earlier stages) in; a list of
:class:`~newsfacts.schema.Event` out (plus new :class:`~newsfacts.schema.Place` records for
event locations no earlier stage recorded, returned separately).

How it works, sentence by sentence:

1. **Triggers.** A verb whose lemma is in ``lexicons/event_verbs.tsv`` (with its particle
   when the row needs one: "call for", "pull out"), or a noun in ``event_nouns.tsv``
   ("talks", "attack", "sanctions").
2. **Actors.** For a verb: the subject is the source (the "by" agent of a passive; the
   subject of the governing verb for an infinitive or a conjunct), the object or a
   "with/to/against/on/at" phrase the target. For a noun: a possessor or national
   adjective ("Israeli strikes"), "by/from" phrases, the subject of the verb that takes it
   as object ("held talks") or of the copula ("Iran is a threat"), and "with/to/on/against/
   for/between" phrases. Each side is mapped to entity ids through the entity index;
   pronouns go to the nearest fitting entity (the speaker, inside a quote, for I/we), and
   relative pronouns to the noun they modify. A side with no entity stays empty and the
   event's ``notes`` say why.
3. **Absorption.** An infinitive or noun governed by another trigger ("threatened to
   attack", "signed an agreement", "rejected the demand") does not make an event of its
   own: it belongs to the governing one (PLOVER codes the threat, not the attack).
4. **Modality.** negated > hypothetical > future > reported > asserted, from "not",
   "would/could/if", "will/plan to/pledge", and quotes (the event links the quote id) or
   "X said that ..." complements.
5. **Place and date.** "at/in" phrases on the trigger or its target, matched to the
   report's place records (or recorded as a new place when no stage had it), and the
   date record inside the trigger's clause. No date record: ``date`` stays null and the
   store falls back to the publication date, marked inferred.
6. **Lists.** "talks with A at P, B at Q and C at R" gives one event per counterpart,
   each with its own place.
7. **De-duplication.** Mentions of the same interaction (same type, same participants;
   CONSULT is symmetric; not one negated and one not; no conflicting dates) are one
   event with several evidence spans.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

from spacy.tokens import Doc, Token

from .. import lexicons
from ..schema import DateRecord, Event, Place, Quote, Report
from .text import doc_text
from .claims import normalise_number

Span = tuple[int, int]

_SUBJ = {"nsubj", "csubj"}
_PASS_SUBJ = {"nsubjpass", "csubjpass"}
_OBJ = {"dobj", "dative"}
_ROW_DEPS = {"prt", "prep", "dobj", "nsubjpass", "acomp", "oprd", "xcomp", "ccomp", "advmod"}  # where a verb row's second word may sit
_PARTICLES = {"in", "up", "down", "over"}  # words of verb rows that are particles, not prepositions with an object
_TARGET_PREPS = {"with", "to", "against", "on", "upon", "toward", "towards", "into", "at", "for", "over", "between", "among"}
_VERB_TARGET_PREPS = {"with", "to", "against", "on", "upon", "toward", "towards", "into", "between", "among"}
_SOURCE_PREPS = {"by", "from"}
_PLACE_PREPS = {"at", "in", "inside", "near", "outside"}
_PLACE_TYPES = {"GPE", "FAC", "LOC"}
_ACTOR_MODIFIERS = {"compound", "amod", "poss", "nmod", "appos"}
_INHERIT_DEPS = {"xcomp", "conj", "advcl", "pcomp", "acl", "relcl"}
_PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_THING_PRONOUNS = {"it", "its", "itself"}
_GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
_SPEAKER_PRONOUNS = {"i", "me", "my", "we", "us", "our", "ours", "myself", "ourselves"}
_RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "whose"}
_FUTURE_ADJ = {"planned", "upcoming", "proposed", "future", "expected", "scheduled", "forthcoming"}
_SETTING_PREPS = {"during", "at", "after", "before", "amid", "on", "in"}
_NON_ACTOR_ENTS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"}
_COPULA_FORMS = {"'s", "\u2019s", "is", "was", "'", "\u2019"}
_PRONOUN_WINDOW = 1500  # characters back to look for a pronoun's antecedent
_MODALITY_RANK = {"negated": 4, "hypothetical": 3, "future": 2, "reported": 1, "asserted": 0}


# --------------------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class Pattern:
    """One trigger pattern from the lexicon."""

    type: str
    mode: Optional[str]
    cameo: str


@lru_cache(maxsize=None)
def verb_patterns() -> dict[str, dict[str, Pattern]]:
    """lemma -> {particle or "-": pattern}, from ``lexicons/event_verbs.tsv``."""
    out: dict[str, dict[str, Pattern]] = {}
    for lemma, particle, typ, mode, cameo in lexicons.rows("event_verbs.tsv"):
        out.setdefault(lemma, {})[particle] = Pattern(typ, None if mode == "-" else mode, cameo)
    return out


@lru_cache(maxsize=None)
def noun_patterns() -> dict[str, Pattern]:
    """lemma (or "modifier lemma") -> pattern, from ``lexicons/event_nouns.tsv``."""
    return {r[0]: Pattern(r[1], None if r[2] == "-" else r[2], r[3]) for r in lexicons.rows("event_nouns.tsv")}


@lru_cache(maxsize=None)
def event_words() -> dict[str, frozenset[str]]:
    """role -> words, from ``lexicons/event_words.tsv`` (light, future, hypothetical, negation, reporting)."""
    out: dict[str, set[str]] = {}
    for role, word in lexicons.rows("event_words.tsv"):
        out.setdefault(role, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def agent_words() -> dict[str, str]:
    """Agent noun -> sector, from ``lexicons/event_agents.tsv``."""
    return {r[0]: r[1] for r in lexicons.rows("event_agents.tsv")}


@lru_cache(maxsize=None)
def actor_words() -> dict[str, frozenset[str]]:
    """role -> words, from ``lexicons/actor_words.tsv`` (said, place_target, of_source)."""
    out: dict[str, set[str]] = {}
    for role, word in lexicons.rows("actor_words.tsv"):
        out.setdefault(role, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def plover_types() -> dict[str, tuple[str, str]]:
    """PLOVER type -> (default CAMEO code, stance "cooperation" or "conflict")."""
    return {r[0]: (r[1], r[2]) for r in lexicons.rows("plover_types.tsv")}


@lru_cache(maxsize=None)
def cameo_roots() -> dict[str, tuple[str, int]]:
    """CAMEO root (two digits) -> (quad class, ConfliBERT PentaClass)."""
    return {r[0]: (r[1], int(r[2])) for r in lexicons.rows("cameo_roots.tsv")}


def quad_class(cameo: Optional[str]) -> Optional[str]:
    """The quad class of a CAMEO code ("verbal cooperation", ...), or None."""
    if not cameo:
        return None
    hit = cameo_roots().get(cameo[:2])
    return hit[0] if hit else None


def pentaclass(cameo: Optional[str]) -> int:
    """The ConfliBERT PentaClass (0-4) of a CAMEO code; 0 (statement) when unknown."""
    if not cameo:
        return 0
    hit = cameo_roots().get(cameo[:2])
    return hit[1] if hit else 0


def plover_coded_type(event: dict[str, Any]) -> Optional[str]:
    """The type PLOVER's coders would give a serialised event, or None if they would code none.

    newsfacts keeps what was pledged, threatened or denied in ``type`` and marks it with
    ``modality``. PLOVER codes a future or conditional cooperative act as AGREE, a future or
    conditional hostile act as THREATEN, and a refusal to cooperate ("will not end the
    boycott" is not one; "did not agree", "will not withdraw" are) as REJECT; a hostile act
    that did not happen is no event. Verbal types (REQUEST, ACCUSE, ...) keep their type.
    """
    typ = event["type"]
    stance = plover_types().get(typ, ("", ""))[1]
    modality = event.get("modality")
    if modality == "negated":
        if typ in ("REJECT",):
            return None
        return "REJECT" if stance == "cooperation" else None
    if modality == "future" and typ == "SANCTION":
        return typ  # "announced it would expel the diplomats": the decision is the reduction of relations
    if modality in ("future", "hypothetical") and typ not in ("AGREE", "THREATEN", "REQUEST", "ACCUSE", "REJECT"):
        return "AGREE" if stance == "cooperation" else "THREATEN"
    return typ


# --------------------------------------------------------------------------- context


@dataclass
class _Side:
    """One side of an event: entity ids, the spans that name them, and notes."""

    ids: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    phrases: list[Span] = field(default_factory=list)  # actor phrases with no entity
    notes: list[str] = field(default_factory=list)
    agents: bool = False  # one of the phrases is an agent word ("troops", "protesters")
    # ids standing for a group named by a nationality and an agent word ("Palestinian police"):
    # another group of the same nation ("Palestinian armed groups") is another actor
    groups: list[str] = field(default_factory=list)

    def add(self, other: "_Side") -> None:
        for i, s in zip(other.ids, other.spans):
            if i not in self.ids:
                self.ids.append(i)
                self.spans.append(s)
        self.groups += [g for g in other.groups if g not in self.groups]
        self.phrases += [p for p in other.phrases if p not in self.phrases]
        self.agents = self.agents or other.agents
        self.notes += [n for n in other.notes if n not in self.notes]

    @property
    def empty(self) -> bool:
        return not self.ids and not self.phrases


@dataclass
class _Cand:
    pattern: Pattern
    trigger: Token
    trigger_span: Span
    source: _Side
    target: _Side
    clause: Token  # the verb whose clause the event is in (the trigger or its light verb)
    modality: str = "asserted"
    quote: Optional[str] = None
    place: Optional[Span] = None
    place_entity: Optional[str] = None
    absorbed: bool = False
    notes: list[str] = field(default_factory=list)


class _Ctx:
    """Lookups over one document: entity mentions, quotes, places, dates."""

    def __init__(self, doc: Doc, index, report: Report):
        self.doc = doc
        self.index = index
        self.types = {e.id: e.type for e in index.entities}
        self.spans = sorted(index.spans)
        self.starts = [s for s, _, _ in self.spans]
        self.by_start = {s: (e, i) for s, e, i in self.spans}
        self.quotes: list[tuple[int, int, Quote]] = sorted(
            ((s, e, q) for q in report.quotes for s, e in q.evidence), key=lambda t: (t[0], t[1])
        )
        self.places = list(report.places)
        self.dates = list(report.dates)
        # names the entity stage found somewhere in the document, for a mention its NER missed
        self._date_roots: Optional[dict[int, list]] = None
        self.text = doc_text(doc)  # Doc.text joins the tokens on every call: read it once
        self.sents = list(doc.sents)  # Token.sent walks the sentences on every call: index them once
        self.sent_of = [0] * len(doc)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        by_text: dict[str, set[str]] = {}
        for s, e, eid in self.spans:
            by_text.setdefault(self.text[s:e], set()).add(eid)
        self.by_text = {t: next(iter(ids)) for t, ids in by_text.items() if len(ids) == 1}

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

    def token_entity(self, tok: Token) -> Optional[tuple[str, Span]]:
        hit = self.mention_at(tok.idx, tok.idx + len(tok.text))
        if hit is None and tok.pos_ == "PROPN" and tok.text in self.by_text:
            # "Israel" in "Israel's Iron Dome" untagged by the NER, though "Israel" is an entity
            hit = (self.by_text[tok.text], (tok.idx, tok.idx + len(tok.text)))
        return hit

    def quote_at(self, pos: int) -> Optional[Quote]:
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
                return eid, (s, e)
        return None


# --------------------------------------------------------------------------- actors


def _np_span(tok: Token) -> Span:
    """The character span of the noun phrase headed by ``tok`` (without clauses or most PPs)."""
    lo, hi = tok.idx, tok.idx + len(tok.text)
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in ("relcl", "acl", "advcl", "punct", "cc", "conj", "appos") or (
                c.dep_ == "prep" and c.lower_ != "of"
            ):
                continue
            lo, hi = min(lo, c.idx), max(hi, c.idx + len(c.text))
            stack.append(c)
    return lo, hi


def _relative_antecedent(tok: Token) -> Optional[Token]:
    cur = tok
    for _ in range(6):
        if cur.dep_ == "relcl":
            return cur.head
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def _resolve_pronoun(tok: Token, ctx: _Ctx) -> tuple[Optional[tuple[str, Span]], str]:
    low = tok.lower_
    if low in _SPEAKER_PRONOUNS:
        q = ctx.quote_at(tok.idx)
        if q is not None and q.speaker:
            return (q.speaker, (tok.idx, tok.idx + len(tok.text))), ""
        return None, f"'{tok.text}' has no speaker to resolve to"
    if low in _RELATIVE_PRONOUNS:
        ante = _relative_antecedent(tok)
        if ante is not None and ante != tok:
            hit = ctx.token_entity(ante)
            if hit:
                return hit, ""
        # the parse may hang the clause elsewhere: "Turning to Iran, which he charged ..."
        k = tok.i - 1
        start = ctx.sent(tok).start
        while k >= start and tok.doc[k].is_punct:
            k -= 1
        if k >= start:
            hit = ctx.token_entity(tok.doc[k])
            if hit and tok.lower_ in ("which", "who", "whom"):
                return hit, ""
        return None, f"relative pronoun '{tok.text}' has no entity antecedent"
    if low in ("you", "your", "yours", "yourself"):
        # a vocative in the same sentence: "thank you again, Minister Gantz"
        end = ctx.sent(tok).end_char
        k = bisect.bisect_left(ctx.starts, tok.idx)
        for s, e, eid in ctx.spans[k:k + 4]:
            if s < end and s - tok.idx < 60 and ctx.types.get(eid) == "PERSON":
                return (eid, (s, e)), ""
        return None, f"'{tok.text}' (the person addressed) is not named nearby"
    copula = tok.head.lemma_ == "be" or tok.head.pos_ == "AUX" or tok.head.lower_ in _COPULA_FORMS
    if low == "it" and (
        tok.dep_ == "expl" or (copula and any(c.dep_ in ("xcomp", "ccomp", "csubj") for c in tok.head.children))
    ):
        q = ctx.quote_at(tok.idx)
        if q is not None and q.speaker:  # "It's a pleasure to welcome X": the speaker welcomes
            return (q.speaker, (tok.idx, tok.idx + len(tok.text))), ""
        return None, "'it' is not a referring pronoun here"
    if low in _PERSON_PRONOUNS:
        kinds = {"PERSON"}
    elif low in _THING_PRONOUNS:
        kinds = {"ORG", "GPE"}
    elif low in _GROUP_PRONOUNS:
        kinds = {"ORG", "GPE", "NORP"}
    else:
        return None, f"pronoun '{tok.text}' is not resolved"
    # cataphora: "Ahead of his talks with Gantz, Austin said ..." -> the main clause's subject
    root = ctx.sent(tok).root
    if tok.i < root.i:
        for c in root.children:
            if c.dep_ in _SUBJ and c.i > tok.i and c.pos_ == "PROPN":
                hit = ctx.token_entity(c)
                if hit and ctx.types.get(hit[0]) in kinds:
                    return hit, ""
    # "Trump called Erdogan and urged him": an object pronoun is not its own clause's subject
    exclude = _clause_subject_ids(tok, ctx)
    hit = _subject_antecedent(tok, ctx, kinds, exclude=exclude) or ctx.preceding(tok.idx, kinds, exclude=exclude)
    if hit:
        return hit, ""
    return None, f"pronoun '{tok.text}' has no antecedent of the right kind"


def _clause_subject_ids(tok: Token, ctx: _Ctx) -> set[str]:
    """Entity ids of the subject of the verb an object pronoun depends on (empty for a subject)."""
    if tok.dep_ in ("dobj", "dative"):
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") and tok.head.head.pos_ in ("VERB", "AUX"):
        verb = tok.head.head
    else:
        return set()
    cur = verb
    for _ in range(3):
        subj = [c for c in cur.children if c.dep_ in _SUBJ]
        if subj:
            hit = ctx.token_entity(subj[0])
            if hit:
                return {hit[0]}
            if subj[0].pos_ == "PRON":
                return set()
            return set(_actors(subj[0], ctx, depth=3).ids)  # "The Danish ambassador ... urged her"
        if cur.dep_ in ("conj", "xcomp") and cur.head != cur:
            cur = cur.head
            continue
        break
    return set()


def _pronoun_class(low: str) -> Optional[frozenset]:
    for group in (_PERSON_PRONOUNS, _THING_PRONOUNS, _GROUP_PRONOUNS):
        if low in group:
            return frozenset(group)
    return None


def _subject_antecedent(
    tok: Token, ctx: _Ctx, kinds: set[str], depth: int = 0, exclude: set[str] = frozenset()
) -> Optional[tuple[str, Span]]:
    """The latest subject before ``tok`` (this sentence, then the two before) naming an entity
    of one of ``kinds``; a subject pronoun of the same class is followed back in turn.
    Subjects are preferred to the nearest name: in "Blinken said, 'It is a pleasure to
    welcome Gantz.' He added ...", "He" is Blinken."""
    doc = tok.doc
    sents = [ctx.sent(tok)]
    k = sents[0].start - 1
    for _ in range(2):
        if k < 0:
            break
        prev = ctx.sent(doc[k])
        sents.append(prev)
        k = prev.start - 1
    cls = _pronoun_class(tok.lower_)
    for n, sent in enumerate(sents):
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and (n > 0 or t.i < tok.i)]
        for t in reversed(subjects):
            if t.pos_ == "PRON":
                if depth < 3 and cls is not None and t.lower_ in cls:
                    hit = _subject_antecedent(t, ctx, kinds, depth + 1)
                    if hit and hit[0] in exclude:
                        continue
                    return hit
                continue
            hit = ctx.token_entity(t)
            if hit and hit[0] in exclude:
                continue
            if hit and ctx.types.get(hit[0]) in kinds:
                return hit
            if hit is None and (t.lower_ in agent_words() or t.lemma_.lower() in agent_words()):
                # "The German government announced that it ...": the agent phrase's entity
                side = _actors(t, ctx, depth=3)
                if side.ids and ctx.types.get(side.ids[0]) in kinds | {"NORP"} and side.ids[0] not in exclude:
                    return side.ids[0], side.spans[0]
    return None


def _actors(tok: Token, ctx: _Ctx, depth: int = 0) -> _Side:
    """Entities named by the phrase headed by ``tok`` (and its conjuncts)."""
    side = _Side()
    if depth > 4 or (
        tok.ent_type_ in _NON_ACTOR_ENTS and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    ):
        return side  # "on Tuesday", "by 5 percent" (but "thousands of students" names students)
    if tok.pos_ == "PRON" or tok.lower_ in _RELATIVE_PRONOUNS:
        hit, why = _resolve_pronoun(tok, ctx)
        if hit:
            side.ids.append(hit[0])
            side.spans.append((tok.idx, tok.idx + len(tok.text)))
            sent = ctx.sent(tok)
            if hit[1][0] != tok.idx and sent.start_char <= hit[1][0] and hit[1][1] <= sent.end_char:
                side.phrases.append(hit[1])  # the antecedent in the same sentence: "Netanyahu says he ..."
        elif why:
            side.notes.append(why)
    else:
        hit = ctx.token_entity(tok)
        if hit:
            side.ids.append(hit[0])
            side.spans.append(hit[1])
            if not _country_of(hit[0], ctx):
                # "Iraqi Kurds", "Turkish Kurd refugees": a national modifier codes a group with no country
                for c in tok.children:
                    if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                        h = ctx.token_entity(c)
                        if h and h[0] != hit[0] and ctx.types.get(h[0]) in ("NORP", "GPE") and _country_of(h[0], ctx):
                            side.ids.append(h[0])
                            side.spans.append(h[1])
                            break
        else:
            is_agent = (
                tok.lower_ in agent_words()
                or tok.lemma_.lower() in agent_words()
                or tok.lemma_.lower() in event_words().get("owned", ())
            )
            for c in tok.children:
                if c.dep_ in _ACTOR_MODIFIERS:
                    sub = _actors(c, ctx, depth + 1) if c.dep_ == "poss" else _Side()
                    h = ctx.token_entity(c) if c.dep_ != "poss" else None
                    if h and not (is_agent or ctx.types.get(h[0]) == "NORP" or c.dep_ == "appos"):
                        h = None  # "the U.S.-Israel partnership" is not the United States
                    if h:
                        sub.ids.append(h[0])
                        # "Iraqi troops", "Hamas positions": the whole phrase names the side
                        sub.spans.append(_np_span(tok) if is_agent and c.dep_ != "appos" else h[1])
                        if is_agent and c.dep_ != "appos" and ctx.types.get(h[0]) in ("NORP", "GPE"):
                            sub.groups.append(h[0])
                    side.add(sub)
                elif c.dep_ == "prep" and (c.lower_ == "of" or (is_agent and c.lower_ in ("for", "from"))):
                    # "the government of Iran", "a spokesman for the Russian Foreign Ministry"
                    for p in c.children:
                        if p.dep_ == "pobj":
                            side.add(_actors(p, ctx, depth + 1))
            if not side.ids and is_agent:
                _agent_country(tok, side, ctx)
            if not side.ids and is_agent and all(c.dep_ == "det" for c in tok.children) and any(
                c.lower_ == "the" for c in tok.children
            ):
                # "the administration" after "the Biden administration": the one such organisation
                named = ctx.named_like(tok.lower_)
                if named:
                    side.ids.append(named)
                    side.spans.append(_np_span(tok))
            if not side.ids:
                if tok.lower_ in agent_words() or tok.lemma_.lower() in agent_words():
                    side.phrases.append(_np_span(tok))
                    side.agents = True
                    side.notes.append(f"'{tok.text}' names an actor but no entity")
                elif tok.pos_ == "PROPN" and tok.text[:1].isupper():
                    # a name the entity stage did not pick up ("Ethopia", an unknown acronym)
                    side.phrases.append(_np_span(tok))
                    side.agents = True
                    side.notes.append(f"'{tok.text}' looks like a name but is not among the entities")
                elif tok.pos_ in ("NOUN", "PROPN", "NUM"):
                    side.phrases.append(_np_span(tok))
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            side.add(_actors(c, ctx, depth + 1))
    return side


def _agent_country(tok: Token, side: _Side, ctx: _Ctx) -> None:
    """An agent phrase whose nation is named inside a modifier or where it is based:
    "Vietnamese-led forces" (not "Syrian-backed militia"), "a newspaper based in Beirut"
    (adds to ``side``), and, for a subject or a passive's agent, where it is ("police in
    Jericho confiscated ..."). An object's "in" is where the act happened: in "fired tear gas
    at protesters in Nairobi" the protesters stay an agent phrase."""
    words = actor_words()
    for c in tok.children:
        if c.dep_ == "amod" and c.lemma_.lower() in words.get("led_by", ()):
            for k in c.children:
                h = ctx.token_entity(k)
                if h and ctx.types.get(h[0]) in ("NORP", "GPE", "ORG"):
                    side.ids.append(h[0])
                    side.spans.append(_np_span(tok))
                    return
    subject = tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")
    for c in tok.children:
        # "police in Jericho confiscated ...": the subject's place is its base
        preps = [c] if subject and c.dep_ == "prep" and c.lower_ == "in" else []
        if c.dep_ == "acl" and c.lemma_.lower() in words.get("based", ()):
            preps = [k for k in c.children if k.dep_ == "prep" and k.lower_ in ("in", "at")]
        for pr in preps:
            for p in _pobjs(pr):
                h = ctx.token_entity(p)
                if h is None:  # "in Christian east Beirut": the place word heads the phrase
                    h = next((ctx.token_entity(k) for k in p.subtree if ctx.token_entity(k)), None)
                if h and ctx.types.get(h[0]) == "GPE" and _country_of(h[0], ctx):
                    side.ids.append(h[0])
                    side.spans.append(_np_span(tok))
                    side.notes.append(f"'{ctx.text[h[1][0]:h[1][1]]}' is where '{tok.text}' is based")
                    return


def _other_side(target: _Side, source: _Side) -> list[tuple[str, Span]]:
    """The target's (id, span) pairs that are not the source: an id the source has too stays
    only when both name different groups of one nation ("Palestinian police ... from
    Palestinian armed groups"), never for the same words or a pronoun ("Israel ... itself")."""
    out = []
    for i, sp in zip(target.ids, target.spans):
        if i not in source.ids:
            out.append((i, sp))
        elif i in target.groups and sp not in source.spans and not any(s[0] <= sp[0] and sp[1] <= s[1] for s in source.spans):
            out.append((i, sp))
    return out


def _speaks_for(side: _Side, source: _Side, ctx: _Ctx) -> bool:
    """True when ``side`` names the source itself, or the state the source belongs to (its
    country or capital: "Moscow" for the Russian Foreign Ministry)."""
    if not side.ids or not source.ids:
        return False
    own = {_country_of(i, ctx) for i in source.ids} - {None}
    for i in side.ids:
        if i in source.ids:
            continue
        ent = ctx.index.by_id.get(i)
        if ent is None or ent.type != "GPE" or ent.actor.country not in own:
            return False
    return True


def _country_of(eid: str, ctx: _Ctx) -> Optional[str]:
    ent = ctx.index.by_id.get(eid)
    return ent.actor.country if ent is not None else None


def _subject_side(verb: Token, ctx: _Ctx) -> tuple[_Side, Optional[Token]]:
    """(source side, subject token) of a verb: its subject, a passive's agent, or inherited."""
    cur = verb
    for _ in range(5):
        subjects = [c for c in cur.children if c.dep_ in _SUBJ]
        if subjects:
            # a headline run into the first sentence gives a verb two subjects: take the nearest
            before = [c for c in subjects if c.i < cur.i]
            c = before[-1] if before else subjects[0]
            return _actors(c, ctx), c
        for c in cur.children:
            if c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return _actors(p, ctx), p
        if (cur.dep_ == "relcl" or (cur.dep_ == "acl" and cur.tag_ == "VBD")) and cur == verb and not any(
            c.dep_ in _PASS_SUBJ for c in cur.children
        ):
            return _actors(cur.head, ctx), cur.head
        if (
            cur.dep_ == "acl" and cur.tag_ in ("VBN", "VBD") and cur.head.dep_ == "ROOT"
            and cur.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "dobj" for c in cur.children)
        ):
            # the parser made the subject the root: "The Iraqi air force carried out strikes"
            return _actors(cur.head, ctx), cur.head
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur == verb and cur.head != cur:
            head = cur.head
            if _names_actor(head) or ctx.token_entity(head):
                return _actors(head, ctx), head  # "protesters demanding ...", "Hamas militants firing ..."
            if head.dep_ in ("dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
                cur = head.head  # "issued a statement urging X": the issuer
                continue
            if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX"):
                cur = head.head.head  # "said in a statement urging X"
                continue
        if cur.dep_ in _INHERIT_DEPS and cur.head != cur and cur.head.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
            # the object of "urged X to ..." is the subject of the infinitive
            if cur.dep_ == "xcomp":
                for c in cur.head.children:
                    if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN", "PRON") and cur.head.lemma_ in verb_patterns():
                        return _actors(c, ctx), c
            cur = cur.head
            continue
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX", "ADJ"):
            cur = cur.head.head  # "resorted to throwing", "guilty of violating"
            continue
        if cur.pos_ == "ADJ" and cur.dep_ in ("acomp", "amod", "xcomp") and cur.head != cur:
            cur = cur.head  # "are guilty of": the subject of "are"
            continue
        break
    return _Side(), None


def _pobjs(prep: Token):
    for p in prep.children:
        if p.dep_ == "pobj":
            yield p
        elif p.dep_ == "pcomp":  # "on behalf of", "by halting"
            for q in p.children:
                if q.dep_ in ("dobj", "pobj"):
                    yield q


def _is_place_token(tok: Token, ctx: _Ctx) -> Optional[tuple[str, Span]]:
    hit = ctx.token_entity(tok)
    if hit and ctx.types.get(hit[0]) in _PLACE_TYPES | {"ORG"}:
        for p in ctx.places:
            if any(s < hit[1][1] and hit[1][0] < e for s, e in p.evidence):
                return hit
        if ctx.types.get(hit[0]) in _PLACE_TYPES or tok.ent_type_ in ("FAC", "GPE", "LOC", "ORG"):
            return hit
    return None


# --------------------------------------------------------------------------- triggers


@lru_cache(maxsize=None)
def _object_typed_verbs() -> frozenset[str]:
    """Verbs that are a trigger only through their object ("halted aid", "allowed observers in")."""
    w = event_words()
    roles = ("stop", "ease", "admit", "dispatch", "seek", "fire_verb", "forcible", "obstruct")
    return frozenset().union(*(w.get(role, ()) for role in roles))


def _verb_pattern(tok: Token) -> Optional[Pattern]:
    pat = _verb_row_pattern(tok)
    if pat is not None and pat.cameo in ("174", "166"):
        kind = _expelled([c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")])
        if kind == "organisation":
            return Pattern("SANCTION", "expel", "1663")  # "forced the UN refugee agency out": ends involvement
        if kind == "masses":
            return Pattern("ASSAULT", "cleansing", "201")  # "forced out more than 1,000 refugees": mass expulsion
    return pat


def _verb_row_pattern(tok: Token) -> Optional[Pattern]:
    rows = verb_patterns().get(tok.lemma_.lower())
    if not rows and tok.lemma_.lower() not in _object_typed_verbs():
        return None
    rows = rows or {}
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if objs and all(c.lower_.endswith(("self", "selves")) for c in objs):
        return None  # "defend itself", "arm themselves": no second party
    words = event_words()
    stopping = tok.lemma_.lower() in words.get("stop", ()) or any(
        c.dep_ in ("prt", "prep") and f"{tok.lemma_.lower()} {c.lower_}" in words.get("stop", ()) for c in tok.children
    )
    if stopping:
        # "halted aid", "froze cooperation", "called off the talks": ending a cooperative
        # relation reduces relations (CAMEO 16), whatever the verb alone would say
        for c in objs:
            npat = _noun_pattern(c)
            if npat is None:  # "ended mediation efforts", "halted aid deliveries"
                npat = next((p for m in c.children if m.dep_ == "compound" for p in [_noun_pattern(m)] if p), None)
            if npat is not None and npat.type == "CONSULT" and npat.mode == "visit" and tok.lemma_.lower() == "end":
                return None  # "is ending a five-day trip": finishing a visit, not breaking it off
            if npat is not None and plover_types().get(npat.type, ("", ""))[1] == "cooperation":
                if npat.type == "AID":
                    return Pattern("SANCTION", "discontinue", "162")
                if npat.type == "CONSULT":
                    return Pattern("SANCTION", "withdraw", "165" if npat.cameo == "045" else "164")
                return Pattern("SANCTION", "withdraw", "160")
            if npat is not None and npat.type in ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"):
                # "ended the war", "lifted the siege": de-escalation
                return _easing(c, npat)
        for c in _from_objects(tok):
            npat = _noun_pattern(c)
            if npat is not None and npat.type == "CONSULT":
                return Pattern("SANCTION", "withdraw", "164")  # "pulled out of the talks": halting negotiations
            if not objs and (
                (npat is not None and npat.type in ("SUPPORT", "AGREE", "COOPERATE")) or c.ent_type_ == "ORG"
            ):
                # "withdrew from the treaty", "pulled out of the OAS": leaving an agreement or an
                # organisation reduces relations (CAMEO 16), it is no military retreat
                return Pattern("SANCTION", "withdraw", "160")
        for c in tok.children:
            if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG":
                # "stopped sending aid", "ceased attacking": the same for an act named by a gerund
                vpat = _verb_pattern(c)
                stance = plover_types().get(vpat.type, ("", ""))[1] if vpat is not None else ""
                if stance == "cooperation" and vpat.type not in ("RETREAT", "CONCEDE"):
                    return Pattern("SANCTION", "discontinue", "162") if vpat.type == "AID" else Pattern("SANCTION", "withdraw", "160")
                if vpat is not None and vpat.type in ("ASSAULT", "COERCE", "MOBILIZE"):
                    return Pattern("RETREAT", "disarm", "087")
    if tok.lemma_.lower() in words.get("forcible", ()) and any(
        c.dep_ == "advmod" and c.lower_ in ("forcibly", "forcefully") for c in tok.children
    ):
        return Pattern("COERCE", "deport", "174")  # "forcibly returned the refugees", "forcibly relocated villagers"
    if tok.lemma_.lower() in words.get("obstruct", ()) and any(
        c.lemma_.lower() in words.get("proposal", ()) for c in objs
    ):
        return Pattern("REJECT", None, "129")  # "blocked a UN resolution", "thwarted the plan": a veto, not a blockade
    if tok.lemma_.lower() in words.get("fire_verb", ()):
        # "launched missiles at", "fired rockets into": an attack with arms, whatever the verb alone says
        if any(c.lemma_.lower() in words.get("weapon", ()) for c in objs):
            return Pattern("ASSAULT", None, "190")
    if objs and all(c.lemma_.lower() in words.get("speech_object", ()) for c in objs):
        return None  # "gave a speech", "provided a briefing": talk, not aid
    if tok.lemma_.lower() in words.get("seek", ()):
        # "sought talks with", "is seeking sanctions against": asking for the act (CAMEO 02, or 10 for a hostile one)
        for c in objs:
            npat = _noun_pattern(c)
            if npat is not None and npat.type != "REQUEST":
                hostile = plover_types().get(npat.type, ("", ""))[1] == "conflict"
                return Pattern("REQUEST", None, "100" if hostile else "020")
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _PARTICLES and any(p.dep_ == "pobj" for p in c.children):
            continue  # "gave refuge to the Dalai Lama in 1959" is no "give in"
        if c.dep_ in _ROW_DEPS and c.lower_ in rows and c.lower_ != "-":
            return rows[c.lower_]  # "called off", "withdrew its ambassador", "found guilty", "worked together"
        if c.dep_ in ("prep", "advcl"):  # "took to the streets", "went on strike", "pushed for the US to"
            for p in c.children:
                if (p.dep_ == "pobj" or (p.dep_ == "mark" and c.dep_ == "advcl")) and p.lower_ in rows:
                    return rows[p.lower_]
        if c.dep_ == "dobj":  # "violated the ceasefire agreement", "held Somalia responsible"
            for m in c.children:
                if m.dep_ in ("compound", "amod") and m.lower_ in rows and m.lower_ != "-":
                    return rows[m.lower_]
    if tok.lemma_.lower() in words.get("admit", ()):
        # "allowed aid convoys in", "received a mission of observers": allowing international
        # involvement (CAMEO 086), a retreat, not a concession or a meeting
        for c in objs:
            near = [c] + [k for k in c.children if k.dep_ in ("compound", "amod")]
            near += [p for k in c.children if k.dep_ == "prep" and k.lower_ == "of" for p in k.children]
            if tok.lemma_.lower() == "receive":
                near = near[1:] if c.lemma_.lower() in ("mission", "delegation") else near  # "received a trade mission": a visit
            if any(t.lemma_.lower() in words.get("access_object", ()) for t in near):
                return Pattern("RETREAT", "access", "086")
    pat = rows.get("-")
    if pat is not None and pat.cameo == "173" and any(
        p.lemma_.lower() in words.get("treason", ())
        for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "over") for p in c.subtree
    ):
        return Pattern("ACCUSE", "allege", "1125")  # "arrested for collaborating with Israel": accused of treason
    if pat is not None and pat.type == "PROTEST" and any(c.dep_ == "ccomp" for c in tok.children):
        # "X is failing refugees, a rights group protested": a verbal protest is a complaint (CAMEO 111)
        return Pattern("ACCUSE", "disapprove", "111")
    if pat is not None and tok.lemma_.lower() in event_words().get("actor_object", ()) and any(
        c.dep_ == "auxpass" for c in tok.children
    ):
        return None  # "was met with opposition"
    if pat is not None and objs and tok.lemma_.lower() in event_words().get("actor_object", ()):
        if not any(_names_actor(c) for c in objs):
            return None  # "did not meet the criteria", "received a letter"
    if pat is not None and pat.type == "REJECT":
        # CAMEO codes these as statements (011, 016), PLOVER as no event:
        # "declined to comment", "denied the charges", "rejected accusations that ..."
        words = event_words()
        for c in tok.children:
            if (c.dep_ == "dobj" and c.lemma_.lower() in words.get("statement_object", ())) or (
                c.dep_ == "xcomp" and c.lemma_.lower() in words.get("statement_xcomp", ())
            ):
                return None
    if tok.lemma_.lower() in event_words().get("ease", ()):
        for c in objs:
            npat = _noun_pattern(c)
            if (npat is not None and npat.type in ("COERCE", "SANCTION", "PROTEST")) or _easing(c, None).type == "CONCEDE":
                return _easing(c, npat)
    if tok.lemma_.lower() in words.get("dispatch", ()):
        # "sent troops to ...": a show of force, not aid; "sent inspectors": an investigation;
        # "sent officials to investigate": the purpose says what was done
        envoys = words.get("envoy", ())
        if any(agent_words().get(c.lemma_.lower(), "MIL") != "MIL" or c.lemma_.lower() in envoys for c in objs) and any(
            k.dep_ in ("xcomp", "advcl") and k.pos_ == "VERB" and _verb_pattern(k) is not None for k in tok.children
        ):
            return None
        for c in objs:
            if pat is not None and (agent_words().get(c.lower_) == "MIL" or agent_words().get(c.lemma_.lower()) == "MIL"):
                return Pattern("MOBILIZE", "troops", "154")
            if c.lemma_.lower() in words.get("diplomat_object", ()):
                return Pattern("CONSULT", "visit", "042")  # "sent an envoy to Damascus": a visit, not aid
            if c.lemma_.lower() in words.get("investigator", ()):
                return Pattern("ACCUSE", "investigate", "090")
    return pat


def _expelled(objs: list[Token]) -> Optional[str]:
    """Who is expelled: ``"organisation"`` (an agency, a mission: CAMEO 166), ``"masses"``
    (a thousand people or more: mass expulsion, 201) or None (individuals, 174)."""
    for o in objs:
        if o.ent_type_ == "ORG" or o.lemma_.lower() in event_words().get("organisation_object", ()):
            return "organisation"
        for t in o.subtree:
            if t.lower_ in ("thousands", "millions") or (t.like_num and t.dep_ == "nummod" and (normalise_number(t.text) or 0) >= 1000):
                return "masses"
    return None


def _from_objects(verb: Token) -> list[Token]:
    """What a verb leaves: the objects of its "from" or "(out) of" phrase ("withdrew from the
    talks", "pulled out of the negotiations")."""
    out = []
    for c in verb.children:
        preps = [c] if c.dep_ == "prep" else []
        if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out":
            preps += [k for k in c.children if k.dep_ == "prep"]
        out += [p for prep in preps if prep.lower_ in ("from", "of") for p in prep.children if p.dep_ == "pobj"]
    return out


def _modifies_a_trigger_or_agent(tok: Token) -> bool:
    """"peace talks" is one trigger (the head's); "aid workers", "aid agencies" name people,
    not an act of aid; "patrol boats" name boats."""
    if tok.dep_ != "compound":
        return False
    if tok.lemma_.lower() in event_words().get("kind_modifier", ()):
        return True  # "patrol boats", "battle zones", "a shooting range": a kind of thing, not an act
    if _noun_pattern(tok.head) is not None:
        return True
    if tok.head.lemma_.lower() in agent_words():
        pat = _noun_pattern(tok)
        return pat is not None and pat.type == "AID"
    return False


def _easing(obj: Token, npat: Optional[Pattern]) -> Pattern:
    """The type of ending or easing the act ``obj`` names: a curfew, ban or state of emergency
    eased is a political concession (CONCEDE, CAMEO 081), and so is a strike, boycott or protest
    called off (easing political dissent, 082); sanctions or an embargo eased, a blockade or
    siege lifted, a war or occupation ended is a retreat (RETREAT, 085/087)."""
    civil = event_words().get("civil_restriction", ())
    near = [obj] + [c for c in obj.children if c.dep_ in ("compound", "amod")]
    near += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    if any(t.lemma_.lower() in civil for t in near):
        return Pattern("CONCEDE", None, "081")
    if npat is not None and npat.type == "SANCTION":
        return Pattern("RETREAT", "ease", "085")
    if npat is not None and npat.type == "PROTEST":
        return Pattern("CONCEDE", "ease", "082")  # "called off the strike": easing political dissent (CAMEO 082)
    return Pattern("RETREAT", "disarm", "087")


def _names_actor(tok: Token) -> bool:
    """Could this object be an actor: a name, a pronoun, an agent word, or a phrase with a name in it?"""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    words = agent_words()
    if tok.lower_ in words or tok.lemma_.lower() in words:
        return True
    return any(c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for c in tok.children)


def _noun_pattern(tok: Token) -> Optional[Pattern]:
    pats = noun_patterns()
    lemma = tok.lemma_.lower()
    if lemma in event_words().get("stop_noun", ()):
        # "the suspension of aid", "a halt to the talks", "an end to the siege"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "to", "in", "on"):
                if lemma == "end" and c.lower_ != "to":
                    continue  # "at the end of their meeting" is a time, "an end to the talks" an act
                for p in c.children:
                    if p.dep_ != "pobj" or p.lemma_.lower() in event_words().get("stop_noun", ()):
                        continue
                    npat = _noun_pattern(p)
                    if npat is not None and plover_types().get(npat.type, ("", ""))[1] == "cooperation":
                        if npat.type == "AID":
                            return Pattern("SANCTION", "discontinue", "162")
                        return Pattern("SANCTION", "withdraw", "160")
                    if npat is not None and npat.type in ("ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "PROTEST"):
                        return _easing(p, npat)
    for c in tok.children:
        if c.dep_ in ("compound", "amod"):
            hit = pats.get(f"{c.lower_} {lemma}")
            if hit:
                return hit
    if lemma in ("exercise", "drill", "maneuver", "manoeuvre"):
        # "military exercises" alone are a show of force (CAMEO 150); "joint exercises", "drills with India" cooperation
        force = event_words().get("show_of_force", ())
        if any(c.dep_ in ("compound", "amod") and c.lower_ in force for c in tok.children) and not any(
            (c.dep_ == "prep" and c.lower_ == "with") or c.lower_ in ("joint", "combined") for c in tok.children
        ):
            return Pattern("MOBILIZE", None, "150")
    if lemma == "peacekeeper" and tok.dep_ in ("dobj", "nsubjpass") and not any(
        tok.head.lemma_.lower() in event_words().get(role, ()) for role in ("dispatch", "light", "stop", "admit")
    ):
        # "engaged peacekeepers in a firefight": the peacekeepers are a side, not an act of aid
        # (sending, withdrawing or admitting them is one)
        return None
    if lemma == "state" and any(
        p.lemma_.lower() in event_words().get("state_of", ())
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
    ):
        return Pattern("COERCE", "martial-law", "172")  # "declared a state of emergency / siege" (CAMEO 1724)
    if lemma == "pressure" and any(
        c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.children
    ):
        return Pattern("REQUEST", None, "100")  # "pressure from Congress to help Iran": a demand (CAMEO 10)
    if lemma == "strike":
        # a labour strike unless something says it is a military one ("air strike", "strikes on Gaza")
        military = event_words().get("military_strike", frozenset())
        if not any(
            (c.dep_ in ("compound", "amod") and c.lower_ in military) or (c.dep_ == "prep" and c.lower_ in ("on", "against"))
            for c in tok.children
        ):
            return Pattern("PROTEST", "strike-gen", "143")
    return pats.get(lemma)


def _verb_candidate(tok: Token, pat: Pattern, ctx: _Ctx) -> _Cand:
    source, _subj = _subject_side(tok, ctx)
    src_notes: list[str] = []
    if not source.ids and pat.type in actor_words().get("state_act", ()) and any(c.dep_ == "auxpass" for c in tok.children):
        # "X was arrested in Niger", "expelled from North Korea": with no agent named, PLOVER
        # codes the state where it happened
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "from"):
                for p in _pobjs(c):
                    hit = ctx.token_entity(p)
                    if hit and ctx.types.get(hit[0]) == "GPE" and _country_of(hit[0], ctx):
                        source.ids.append(hit[0])
                        source.spans.append(hit[1])
                        src_notes.append(f"source is the state where it happened ('{ctx.text[hit[1][0]:hit[1][1]]}'), no agent named")
                        break
            if source.ids:
                break
    target = _Side()
    for c in tok.children:
        if c.dep_ in _PASS_SUBJ or c.dep_ in _OBJ:
            if c.dep_ == "dobj" and _noun_pattern(c) is not None and not _has_entity(c, ctx):
                # "rejected North Korea's demand", "rejected an Australian ultimatum",
                # "signed an agreement with X": the noun's owner, else its "with/to/..." phrase
                owner = _noun_owner(c, ctx)
                target.add(owner if owner.ids else _noun_target(c, ctx))
                continue
            if c.lower_ == "fire":
                continue
            target.add(_actors(c, ctx))
        elif c.dep_ == "prep" and (c.lower_ in _VERB_TARGET_PREPS or (c.lower_ == "at" and pat.type == "ASSAULT")):
            for p in _pobjs(c):
                if c.lower_ in _PLACE_PREPS and _is_place_token(p, ctx) and pat.type != "ASSAULT":
                    continue
                target.add(_actors(p, ctx))
    if pat.type == "CONSULT" and any(c.dep_ == "dobj" for c in tok.children):
        # "welcome X to the State Department": the place, not a second guest
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "to":
                for p in _pobjs(c):
                    hit = _is_place_token(p, ctx)
                    if hit and hit[0] in target.ids:
                        k = target.ids.index(hit[0])
                        del target.ids[k], target.spans[k]
    if not target.ids and pat.type == "CONSULT":
        for t in tok.subtree:
            if t.dep_ == "prep" and t.lower_ == "with":
                hits = [p for p in _pobjs(t) if ctx.token_entity(p)]
                if hits:
                    target.add(_actors(hits[0], ctx))
                    break
    if not target.ids:
        # "threatened further action against Russia": the object's own "against/on/to" phrase
        for c in tok.children:
            if c.dep_ == "dobj":
                for k in c.children:
                    if k.dep_ == "prep" and k.lower_ in ("against", "on", "upon", "toward", "towards", "with"):
                        for p in _pobjs(k):
                            target.add(_actors(p, ctx))
    if not target.ids and pat.type in ("ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT"):
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp"):
                for s in c.children:
                    if s.dep_ in _SUBJ:
                        side = _actors(s, ctx)
                        if pat.type in ("THREATEN", "SUPPORT") and _speaks_for(side, source, ctx):
                            # "the ministry warned that Moscow would respond": who would act is the
                            # threatener's (or the supporter's) own state, not the target
                            continue
                        target.add(side)
    if pat.type in ("ACCUSE", "PROTEST") and target.ids:
        # "complained to the United Nations over Israeli air raids": the accused, not the audience
        told = {p.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in _pobjs(c)}
        if told and all(any(ctx.token_entity(ctx.doc[i]) and ctx.token_entity(ctx.doc[i])[0] == e for i in told) for e in target.ids):
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("over", "about", "for"):
                    accused = [i for p in _pobjs(c) for i in _deep_actors(p, ctx).ids if i not in source.ids]
                    if accused:
                        spans = dict(zip(target.ids, target.spans))
                        for p in _pobjs(c):
                            d = _deep_actors(p, ctx)
                            spans.update(zip(d.ids, d.spans))
                        target.ids, target.spans = accused[:1], [spans[accused[0]]]
                        break
    notes: list[str] = []
    if not _other_side(target, source):  # "withdraw its engineers from X": its = the source
        notes = _more_target(tok, pat, source, target, ctx)
    return _Cand(pat, tok, (tok.idx, tok.idx + len(tok.text)), source, target, clause=tok, notes=src_notes + notes)


def _noun_owner(noun: Token, ctx: _Ctx) -> _Side:
    """Who a noun belongs to: its possessor, a national adjective, its "by/from" phrase
    ("a ban by General Aoun", "a demonstration staged by students"), else its "of" phrase
    ("demanded the withdrawal of Serbian forces", "the removal of President X")."""
    side = _Side()
    for c in noun.children:
        if c.dep_ == "poss":
            side.add(_actors(c, ctx))
        elif c.dep_ in ("amod", "compound") and c.i < noun.i:
            hit = ctx.token_entity(c)
            if hit and ctx.types.get(hit[0]) in ("NORP", "GPE", "ORG", "PERSON"):
                side.add(_Side(ids=[hit[0]], spans=[hit[1]]))
        elif c.dep_ == "prep" and c.lower_ in _SOURCE_PREPS:
            for p in _pobjs(c):
                side.add(_actors(p, ctx))
        elif c.dep_ == "acl" and not any(a.dep_ == "prep" and a.lower_ in ("on", "upon", "against") for a in c.children):
            # "a demonstration staged by students" (not "sanctions imposed on X by Y": Y does not own them)
            for a in c.children:
                if a.dep_ == "agent":
                    for p in _pobjs(a):
                        side.add(_actors(p, ctx))
    if not side.ids:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in _pobjs(c):
                    sub = _actors(p, ctx)
                    if sub.ids:
                        side.add(sub)
    return side


_DEEP_PREPS = {"of", "against", "on", "upon", "by", "with", "to", "over", "at"}


def _deep_actors(tok: Token, ctx: _Ctx, depth: int = 2) -> _Side:
    """The first entity named inside a phrase: the word itself, its owner, or (``depth``
    levels down) the phrases it governs: "against Sweden's decision", "the return of
    property seized by Algerian government forces", "air links with Serbia"."""
    side = _actors(tok, ctx)
    if side.ids:
        return side
    owner = _noun_owner(tok, ctx) if tok.pos_ in ("NOUN", "PROPN") else _Side()
    if owner.ids:
        return owner
    if depth <= 0:
        return _Side()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in _DEEP_PREPS:
            for p in _pobjs(c):
                sub = _deep_actors(p, ctx, depth - 1)
                if sub.ids:
                    return sub
        elif c.dep_ in ("dobj", "acl", "relcl") and tok.pos_ in ("VERB", "NOUN"):
            sub = _deep_actors(c, ctx, depth - 1)
            if sub.ids:
                return sub
    return _Side()


def _more_target(tok: Token, pat: Pattern, source: _Side, target: _Side, ctx: _Ctx) -> list[str]:
    """Look further for a target when the usual phrases name none (adds to ``target``;
    returns notes for the event when the target is only the place).

    In order: a "from" phrase ("withdraw its troops from Lebanon", "confiscated weapons from
    armed groups"); for a noun object, the verb's "against/on" phrase ("launched air strikes
    against X", "opened investigations against X"); for a threat, the subject of its
    condition ("... if the United States goes ahead"); for a protest, what it is against or
    for ("a hunger strike to protest against Sweden's decision", "in protest of X's refusal");
    for a noun, its "of" phrase; last, for a material act, the country where it happened
    ("exploded bombs in the capital Kabul"), as PLOVER codes it (the event's notes say so).
    """
    words = actor_words()
    src = set(source.ids)

    def take(side: _Side) -> bool:
        found = _other_side(side, source)
        if not found:
            return False
        for i, sp in found:
            if i not in target.ids:
                target.ids.append(i)
                target.spans.append(sp)
                if i in side.groups:
                    target.groups.append(i)
        return True

    heads = [tok]
    if tok.pos_ == "NOUN":
        # coordinated and apposed nouns share their phrases: "air and artillery strikes on X",
        # "a military operation, Operation Y, against militants"
        heads += [c for c in tok.children if c.dep_ == "appos"]
        if tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
            heads.append(tok.head)
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    if phrase.pos_ == "NOUN" and phrase.dep_ == "dobj" and phrase.head.pos_ == "VERB":
        heads.append(phrase.head)  # "launched strikes against X": the phrase hangs on the verb
    gov = phrase.head if phrase.pos_ == "NOUN" and phrase.dep_ in ("dobj", "nsubj", "nsubjpass") and phrase.head.pos_ == "VERB" else None
    loose: list[_Side] = []  # phrases naming a target with no entity ("strikes on rebel-held areas")
    objs = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ == "VERB" else []
    objs += [k for o in objs for k in o.children if k.dep_ == "conj"]  # "weapons and explosives from X"
    for h in heads + objs:
        for c in h.children:
            if c.dep_ == "prep" and (
                (c.lower_ == "from" and (h.pos_ == "VERB" or h in objs))
                or (h is not tok and c.lower_ in ("against", "on", "upon", "toward", "towards"))
                or (h is not tok and c.lower_ == "at" and pat.type == "ASSAULT")
            ):
                for p in _pobjs(c):
                    side = _actors(p, ctx)
                    if take(side):
                        return []
                    if side.phrases and c.lower_ != "from":
                        loose.append(side)
        if h is not tok:
            for c in h.children:  # "carried out a raid, targeting X"
                if c.dep_ in ("advcl", "xcomp") and c.lemma_ == "target":
                    for d in c.children:
                        if d.dep_ == "dobj" and take(_actors(d, ctx)):
                            return []
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and pat.type in ("REJECT", "AGREE", "CONCEDE", "SUPPORT"):
            # "refused to respond to a demand from the US President", "agreed to lift embargoes on sales to Iran"
            for d in c.children:
                for p in ([d] if d.dep_ == "dobj" else _pobjs(d) if d.dep_ == "prep" and d.lower_ in _DEEP_PREPS else []):
                    if take(_deep_actors(p, ctx)):
                        return []
    if pat.type in ("REJECT", "SUPPORT", "AGREE", "ACCUSE", "CONCEDE"):
        # "supported a UN Security Council resolution", "rejected an invitation to a meeting of
        # Palestinian factions": whose the object is, or whom it concerns
        for o in objs:
            if o.pos_ in ("NOUN", "PROPN") and take(_deep_actors(o, ctx)):
                return []
    if pat.type == "THREATEN" and not any(
        set(_actors(d, ctx).ids) - src
        for c in tok.children if c.dep_ == "xcomp"
        for d in c.children if d.dep_ == "dobj"
    ):  # "threatened to shell Haifa if Israel ...": the threatened act's object comes first
        for t in tok.subtree:
            if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in t.children):
                for c in t.children:
                    if c.dep_ in _SUBJ and take(_actors(c, ctx)):
                        return []
    if pat.type == "PROTEST":
        for h in heads + ([tok.head] if tok.head != tok and tok.head not in heads else []):
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("against", "over", "at", "in"):
                    for p in _pobjs(c):
                        if c.lower_ == "in" and p.lower_ != "protest":
                            continue  # "in protest of/at/against X", not "in Lagos"
                        if take(_deep_actors(p, ctx)):
                            return []
                elif c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.pos_ == "VERB" and c.i > tok.i:
                    # purpose: "to protest against X", "to demand the return of ... seized by X"
                    for d in c.children:
                        for p in ([d] if d.dep_ == "dobj" else _pobjs(d) if d.dep_ == "prep" else []):
                            if take(_deep_actors(p, ctx)):
                                return []
    if tok.pos_ == "NOUN" and pat.type not in words.get("of_source", ()) and pat.type != "SUPPORT":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in _pobjs(c):
                    if take(_deep_actors(p, ctx, depth=1)):
                        return []
    if pat.type in words.get("place_target", ()) and source.ids:  # never the only actor of an event
        where = [tok] + objs + ([gov] if gov is not None else [])  # "troops arrived in Bosnia"
        for h in where:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "into", "inside"):
                    for p in _pobjs(c):
                        hit = ctx.token_entity(p)
                        if hit is None:  # "in the capital Kabul", "in northeast Nigeria"
                            hit = next((ctx.token_entity(k) for k in p.children if k.dep_ in ("appos", "compound", "pobj") and ctx.token_entity(k)), None)
                            if hit is None:
                                for k in p.children:
                                    if k.dep_ == "prep":
                                        hit = next((ctx.token_entity(q) for q in _pobjs(k) if ctx.token_entity(q)), None)
                        if hit and ctx.types.get(hit[0]) == "GPE" and hit[0] not in src:
                            if take(_Side(ids=[hit[0]], spans=[hit[1]])):
                                return [f"target is the place where it happened ('{ctx.text[hit[1][0]:hit[1][1]]}'), as PLOVER codes it"]
    if loose and not target.phrases:
        target.phrases += [p for p in loose[0].phrases if p not in target.phrases]
        target.notes += loose[0].notes
    return []


def _has_entity(tok: Token, ctx: _Ctx) -> bool:
    return ctx.token_entity(tok) is not None


def _noun_target(noun: Token, ctx: _Ctx) -> _Side:
    side = _Side()
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS - {"at"}:
            for p in _pobjs(c):
                if c.lower_ in ("for",) and p.pos_ == "VERB":
                    for q in p.children:
                        if q.dep_ == "dobj":
                            side.add(_actors(q, ctx))
                    continue
                side.add(_actors(p, ctx))
    return side


def _governing_verb(tok: Token) -> Optional[Token]:
    """The verb a noun hangs from as its object or through one preposition ("in a rebuke to")."""
    cur = tok
    hops = 0
    while hops < 2:
        if cur.dep_ not in ("pobj", "prep", "dobj", "attr", "conj", "appos") or cur.head == cur:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        amount = cur.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or any(
            k.dep_ == "nummod" or k.like_num for k in cur.children
        )
        if not amount:
            hops += 1  # "earmarked 1.5 million euros in aid": the amount is transparent
    return None


def _noun_candidate(tok: Token, pat: Pattern, ctx: _Ctx) -> Optional[_Cand]:
    source, target = _Side(), _Side()
    clause = tok
    reciprocal: list[_Side] = []
    # "a mediation mission between X and Y": the trigger modifies the noun that carries the actors
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    children = list(tok.children) + ([c for c in phrase.children if c != tok] if phrase != tok else [])
    for c in children:
        if c.dep_ == "poss":
            source.add(_actors(c, ctx))
        elif c.dep_ in ("amod", "compound", "nmod") and c.i < phrase.i:
            for m in c.subtree:
                hit = ctx.token_entity(m)
                if hit and ctx.types.get(hit[0]) in ("NORP", "GPE", "ORG", "PERSON") and all(
                    hit[0] not in r.ids for r in reciprocal
                ):
                    reciprocal.append(_Side(ids=[hit[0]], spans=[hit[1]]))
        elif c.dep_ == "prep":
            if c.lower_ in _SOURCE_PREPS:
                for p in _pobjs(c):
                    source.add(_actors(p, ctx))
            elif c.lower_ in _TARGET_PREPS - {"at", "over"}:
                for p in _pobjs(c):
                    if c.lower_ == "with" and p.pos_ == "NOUN" and ctx.token_entity(p) is None and not (
                        p.lower_ in agent_words() or p.lemma_.lower() in agent_words()
                    ):
                        continue  # "with Albania's help", "with strings attached": not a counterpart
                    if c.lower_ == "for" and p.pos_ == "VERB":  # "support for replenishing X's Y"
                        for q in p.children:
                            if q.dep_ == "dobj":
                                target.add(_actors(q, ctx))
                        continue
                    if c.lower_ == "to" and _is_place_token(p, ctx) and pat.type == "CONSULT":
                        target.add(_actors(p, ctx))  # "a visit to Washington": the host
                        continue
                    target.add(_actors(p, ctx))
        elif c.dep_ == "acl":  # "rocket attacks fired by Hamas"
            for a in c.children:
                if a.dep_ == "agent":
                    for p in _pobjs(a):
                        source.add(_actors(p, ctx))
        elif c.dep_ == "relcl" and c.lemma_ in event_words().get("light", ()):  # "meetings Gantz held"
            s, _ = _subject_side(c, ctx)
            source.add(s)
            clause = c
    head = phrase.head
    tok_ = tok
    tok = phrase
    if source.ids == [] and head != tok:
        if tok.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            s, _ = _subject_side(head, ctx)
            source.add(s)
            clause = head
        elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and head.lower_ in ("in", "during", "after"):
            s, _ = _subject_side(head.head, ctx)
            source.add(s)
            clause = head.head
        elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("ADV", "ADJ") and head.lower_ == "of":
            # "Ahead of his talks with Gantz, Austin said": the actor is the possessor, found above
            clause = head.head.head
        else:
            gov = _governing_verb(tok)
            if gov is not None and not reciprocal:
                s, _ = _subject_side(gov, ctx)
                source.add(s)
                clause = gov
    if not source.ids and reciprocal:
        source.add(reciprocal[0])
        reciprocal = reciprocal[1:]
    for r in reciprocal:
        if r.ids and r.ids[0] not in source.ids:
            target.add(r)
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN" and head.head != tok:
        # "its right to self-defense against Iran": the noun the trigger completes has the actors
        owner_noun = head.head
        for k in owner_noun.children:
            if not source.ids and k.dep_ == "poss":
                source.add(_actors(k, ctx))
            if not target.ids and k.dep_ == "prep" and k.lower_ in ("against", "on", "upon", "toward", "towards"):
                for p in _pobjs(k):
                    target.add(_actors(p, ctx))
    tok = tok_
    if clause == phrase:
        clause = tok
    if not source.ids and not target.ids and not (clause != tok and source.phrases):
        return None  # a generality: "stability", "the ongoing support"
    notes: list[str] = []
    if not _other_side(target, source):  # "withdraw its engineers from X": its = the source
        notes = _more_target(tok, pat, source, target, ctx)
    return _Cand(pat, tok, (tok.idx, tok.idx + len(tok.text)), source, target, clause=clause, notes=notes)


def _modal_demand(tok: Token, ctx: _Ctx) -> Optional[_Cand]:
    """"X said (that) Y must Z": X demands of Y (REQUEST, CAMEO 100; "should": appeal, 020)."""
    words = event_words()
    if tok.dep_ != "ccomp" or tok.head.lemma_ not in words["reporting"]:
        return None
    modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in ("must", "should")), None)
    if modal is None:
        return None
    source, _ = _subject_side(tok.head, ctx)
    target = _Side()
    for c in tok.children:
        if c.dep_ in _SUBJ:
            target = _actors(c, ctx)
    if not target.ids or set(target.ids) & set(source.ids):
        return None  # "Israel must always make sure": a speaker about its own side
    pat = Pattern("REQUEST", None, "100" if modal.lower_ == "must" else "020")
    return _Cand(pat, modal, (modal.idx, modal.idx + len(modal.text)), source, target, clause=tok.head)


# --------------------------------------------------------------------------- modality


def _chain(cand: _Cand) -> list[Token]:
    chain = [cand.trigger]
    if cand.clause != cand.trigger:
        chain.append(cand.clause)
    elif cand.trigger.pos_ == "NOUN":
        # a noun's modality is its verb's: "would not hesitate to exercise its right to self-defense"
        cur = cand.trigger
        for _ in range(4):
            if cur.dep_ not in ("pobj", "prep", "dobj", "attr", "nsubjpass", "compound", "conj", "appos") or cur.head == cur:
                break
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                chain.append(cur)
                break
    cur = chain[-1]
    for _ in range(4):
        if cur.dep_ in ("xcomp", "pcomp", "acomp") and cur.head != cur:
            cur = cur.head
            chain.append(cur)
            if cur.dep_ == "prep" and cur.head != cur:
                cur = cur.head
                chain.append(cur)
        else:
            break
    return chain


def _backshifted(verb: Token, words: dict) -> bool:
    """"announced it would prohibit aid": a reported "will" (future in the past), not a
    conditional: the clause is the complement of a reporting verb and has no if/unless clause."""
    cur = verb
    for _ in range(4):
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words["hypothetical"] for m in c.children)
               for c in cur.children):
            return False  # "would not hesitate to ... even if it risks ..."
        if cur.dep_ == "ccomp" and cur.head.lemma_ in words["reporting"]:
            return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head == cur:
            return False
        cur = cur.head
    return False


def _modality(cand: _Cand, ctx: _Ctx) -> str:
    words = event_words()
    chain = _chain(cand)
    found = "asserted"

    def bump(m: str) -> None:
        nonlocal found
        if _MODALITY_RANK[m] > _MODALITY_RANK[found]:
            found = m

    for t in chain:
        for c in t.children:
            low = c.lower_
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and low in words["negation"]):
                if t.lemma_ not in words.get("negation_flip", ()):
                    bump("negated")
            elif c.dep_ == "aux" and low in words["hypothetical"]:
                if low != "would" and any(a.dep_ == "aux" and a.lower_ == "have" for a in t.children):
                    continue  # "may have launched attacks": a possibility about the past, not a condition
                bump("future" if low == "would" and _backshifted(t, words) else "hypothetical")
            elif c.dep_ in ("aux", "auxpass") and (low in words["future"] or low in ("'ll", "\u2019ll")):
                bump("future")
            elif c.dep_ in ("amod",) and low in _FUTURE_ADJ:
                bump("future")
    # governing verbs of intent ("plan to visit", "is going to attack")
    for t in chain[1:]:
        if t.lemma_ in words["future"] or (t.lemma_ == "go" and t.tag_ == "VBG"):
            bump("future")
        if t.lemma_ in words.get("failing", ()):
            bump("negated")  # "failed to reach agreement": the act did not happen
    if chain[-1].dep_ == "csubj" and any(
        p.lower_ == "question" for c in chain[-1].head.children if c.dep_ == "prep" and c.lower_ == "out" for p in c.subtree
    ):
        bump("negated")  # "removing the sanctions is out of the question": ruled out
    if chain[-1].dep_ == "acl" and chain[-1].head.lemma_.lower() in words.get("future_noun", ()):
        bump("future")  # "expressed its readiness to negotiate", "announced plans to withdraw"
    trig = cand.trigger
    # "support for replenishing ...": a noun trigger about an act not done yet
    if trig.pos_ == "NOUN":
        for c in trig.children:
            if c.dep_ == "prep" and c.lower_ == "for" and any(p.pos_ == "VERB" and p.tag_ == "VBG" for p in c.children):
                bump("future")
    # conditional clauses: "if", "unless", "even if"
    cur = chain[-1]
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in words["hypothetical"] for c in cur.children):
            bump("hypothetical")
        if cur.dep_ in ("ccomp", "advcl") and cur.head.lemma_ in words["reporting"]:
            bump("reported")
        if cur.head == cur:
            break
        cur = cur.head
    q = ctx.quote_at(trig.idx)
    if q is not None:
        cand.quote = q.id
        bump("reported")
    return found


# --------------------------------------------------------------------------- place and date


def _place_of(cand: _Cand, ctx: _Ctx) -> None:
    """The nearest "at/in X" phrase naming a place, in the clause of the trigger (not inside a
    subordinate clause), that is not one of the event's actors."""
    best = None
    for top in {cand.trigger.i: cand.trigger, cand.clause.i: cand.clause}.values():
        stack = [top]
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ in ("ccomp", "relcl", "advcl", "acl", "csubj", "parataxis", "appos", "conj"):
                    continue
                if c.dep_ == "prep" and (c.lower_ in _PLACE_PREPS or (c.lower_ == "to" and t.lemma_ == "welcome")):
                    for p in _pobjs(c):
                        hit = _is_place_token(p, ctx)
                        if hit and hit[0] not in cand.target.ids and hit[0] not in cand.source.ids:
                            d = abs(p.i - cand.trigger.i)
                            if best is None or d < best[0]:
                                best = (d, hit)
                stack.append(c)
    if best:
        cand.place, cand.place_entity = best[1][1], best[1][0]


_DATE_PRECISIONS = {"day", "week", "month", "year", "approximate"}


def _date_of(cand: _Cand, ctx: _Ctx, sent_span: Span) -> Optional[DateRecord]:
    """The date record that modifies the event: attached to the trigger, to the verb of its
    clause, or to a verb that clause hangs from as an adverbial clause ("Two weeks ago,
    Israel came out of a round in Gaza ... after Hamas opened fire"). A date inside another
    noun phrase ("the 2015 nuclear deal") or a duration ("11-day") does not date the event."""
    if not ctx.dates:
        return None
    anchors = {cand.trigger.i, cand.clause.i}
    anchors |= {c.i for t in (cand.trigger, cand.clause) for c in t.children if c.dep_ in ("dobj", "dative")}
    cur = cand.clause
    for _ in range(3):
        if cur.dep_ in ("advcl", "conj", "xcomp", "pcomp", "prep", "pobj") and cur.head != cur:
            cur = cur.head
            anchors.add(cur.i)
        else:
            break
    best = None
    loose: set[str] = set()
    loose_rec: dict[str, DateRecord] = {}
    for d, s, e, root in ctx.date_roots(ctx.sent_of[cand.trigger.i]):
        if e > sent_span[1]:
            continue
        head = root.head
        attached = head.i in anchors or (root.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in anchors)
        if attached and (best is None or abs(s - cand.trigger.idx) < abs(best[0] - cand.trigger.idx)):
            best = (s, d)
        if not attached and _clause_date(root):
            loose.add(d.id)
            loose_rec[d.id] = d
    if best:
        return best[1]
    if len(loose) == 1 and cand.modality not in ("future", "hypothetical"):
        # the one time adverbial of the sentence ("Two weeks ago, Israel came out of a round in
        # Gaza ... after Hamas opened fire"): the parse hangs it on another clause
        return loose_rec[next(iter(loose))]
    return None


def _clause_date(root: Token) -> bool:
    """True when a date phrase modifies a verb (a time adverbial), not a noun ("the 2015 deal")."""
    head = root.head
    if root.dep_ in ("npadvmod", "advmod", "tmod", "obl") and head.pos_ in ("VERB", "AUX"):
        return True
    return root.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX")


def _enumeration(cand: _Cand, ctx: _Ctx) -> list[tuple[_Side, Optional[tuple[str, Span]]]]:
    """For "talks with A at P, B at Q and C at R": [(A, P), (B, Q), (C, R)], read off the text.

    The small model's parse of such lists is unreliable (B and C come out as appositions
    of an earlier noun), so the list is read token by token after the "with" object:
    separators are commas and "and", a place follows "at"/"in", and the list ends at the
    first word that is neither (or at a line break).
    """
    withs = [c for c in cand.trigger.children if c.dep_ == "prep" and c.lower_ == "with"]
    if not withs:
        return []
    first = next(_pobjs(withs[0]), None)
    if first is None:
        return []
    hit = ctx.token_entity(first)
    if not hit:
        return []
    doc = ctx.doc
    sent_end = ctx.sent(first).end
    items: list[list] = [[hit, None]]
    i = _token_after(doc, hit[1][1])
    while i is not None and i < sent_end:
        t = doc[i]
        if "\n" in t.text:
            break
        low = t.lower_
        if low in (",", "and", "the", "as", "well") or t.dep_ == "cc":
            i += 1
            continue
        if t.text == "(":
            j = i + 1
            while j < sent_end and doc[j].text != ")":
                j += 1
            i = j + 1
            continue
        if low in ("at", "in") and i + 1 < sent_end:
            j = i + 1
            while j < sent_end and doc[j].lower_ == "the":
                j += 1
            ph = ctx.token_entity(doc[j]) if j < sent_end else None
            if not ph:
                break
            if low == "at" or items[-1][1] is None:
                if low == "at" or ctx.types.get(ph[0]) in _PLACE_TYPES:
                    items[-1][1] = items[-1][1] or ph
            i = _token_after(doc, ph[1][1])
            continue
        m = ctx.by_start.get(t.idx)
        if m is None:
            break
        end, eid = m
        if ctx.types.get(eid) not in ("PERSON", "ORG", "NORP", "GPE") or eid in cand.source.ids:
            break
        last = _token_before(doc, end)
        if last is not None and doc[last].dep_ in _SUBJ:
            break  # "talks with Gantz, Austin said": Austin starts a new clause
        items.append([(eid, (t.idx, end)), None])
        i = _token_after(doc, end)
    if len(items) < 2:
        return []
    return [(_Side(ids=[h[0]], spans=[h[1]]), p) for h, p in items]


def _token_after(doc: Doc, char: int) -> Optional[int]:
    k = _bisect_tokens(doc, char)
    return k if k < len(doc) else None


def _token_before(doc: Doc, char: int) -> Optional[int]:
    k = _bisect_tokens(doc, char) - 1
    return k if k >= 0 else None


def _bisect_tokens(doc: Doc, char: int) -> int:
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < char:
            lo = mid + 1
        else:
            hi = mid
    return lo


# --------------------------------------------------------------------------- main


def _absorbed(cand: _Cand, trigger_tokens: set[int]) -> bool:
    """True when the trigger is the complement of another trigger ("threatened to attack")."""
    t = cand.trigger
    if t.dep_ in ("xcomp", "dobj") and t.head.i in trigger_tokens:
        return True
    if t.dep_ == "pcomp" and t.head.dep_ == "prep" and t.head.head.i in trigger_tokens:
        return True
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ == "for" and t.head.head.i in trigger_tokens:
        return True
    if (
        t.pos_ == "NOUN"
        and t.dep_ == "pobj"
        and t.head.lower_ in ("of", "to", "on", "for", "in")
        and t.head.head.pos_ == "NOUN"
        and t.head.head.i in trigger_tokens
    ):
        return True  # "the suspension of aid", "threats of attacks", "talks on a ceasefire": the head noun codes it
    if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("of", "from", "to", "against", "over", "on", "with"):
        # "pulled out of the talks", "protested against the war": the verb's act codes it
        head = t.head.head
        if head.dep_ == "prep" and head.lower_ in ("out", "away", "back"):
            head = head.head  # "out of", "away from"
        if head.pos_ == "VERB" and head.i in trigger_tokens:
            return True
    if (
        t.pos_ == "NOUN"
        and t.dep_ == "pobj"
        and t.head.lower_ in _SETTING_PREPS
        and t.head.head.i in trigger_tokens
        and t.head.head.pos_ == "VERB"
    ):
        return True  # "did not meet Scholz during the summit": the summit is the setting
    return False


def extract_events(doc: Doc, index, report: Report) -> tuple[list[Event], list[Place]]:
    """Find the events of a parsed document.

    Args:
        doc: the parsed document.
        index: the :class:`~newsfacts.nlp.entities.EntityIndex` of ``doc``.
        report: the report so far; its ``quotes``, ``places`` and ``dates`` are linked to
            (they may be empty: then ``quote``, ``place`` and ``date`` stay null unless the
            event names its place, which is then returned as a new place record).

    Returns:
        ``(events, new_places)``: events in text order with ids ``ev1``..., and place
        records for event locations that no earlier stage recorded (ids continue after
        the report's places).
    """
    ctx = _Ctx(doc, index, report)
    cands: list[_Cand] = []
    for sent in ctx.sents:
        sent_cands: list[_Cand] = []
        demanded: set[int] = set()
        for tok in sent:
            if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
                pat = _verb_pattern(tok)
                if pat is not None and pat.type == "SUPPORT" and tok.dep_ == "acl" and tok.tag_ == "VBN":
                    pat = None  # "forces backed by Russian warplanes": who they are, not what was done
                if pat is not None and pat.type == "AGREE" and any(c.dep_ == "ccomp" for c in tok.children) and not any(
                    c.dep_ in ("dobj", "xcomp") for c in tok.children
                ):
                    pat = None  # "agreed that the Iron Dome saved lives": an opinion, not an agreement
                if pat is not None:
                    sent_cands.append(_verb_candidate(tok, pat, ctx))
            if tok.pos_ in ("VERB", "AUX"):
                demand = _modal_demand(tok, ctx)
                if demand is not None:
                    demanded.add(tok.i)
                    sent_cands.append(demand)
            elif tok.pos_ == "NOUN" and not _modifies_a_trigger_or_agent(tok):
                pat = _noun_pattern(tok)
                if pat is not None:
                    c = _noun_candidate(tok, pat, ctx)
                    if c is not None:
                        sent_cands.append(c)
        nouns = {c.trigger.i for c in sent_cands if c.trigger.pos_ == "NOUN"}
        light = event_words().get("light", frozenset())
        for c in sent_cands:
            if c.trigger.pos_ == "VERB" and c.trigger.lemma_ in light and any(
                k.dep_ == "dobj" and k.i in nouns for k in c.trigger.children
            ):
                c.absorbed = True  # "provided assistance", "signed an agreement": the noun says what
                for k in c.trigger.children:
                    noun = next((n for n in sent_cands if n.trigger == k), None)
                    if noun is not None:
                        if noun.target.empty:
                            noun.target.add(c.target)
                        if noun.source.empty:
                            noun.source.add(c.source)
        trig = {c.trigger.i for c in sent_cands if not c.absorbed}
        by_i = {c.trigger.i: c for c in sent_cands if not c.absorbed}
        for c in sent_cands:
            if c.absorbed:
                continue
            gov = _governing_verb(c.trigger) if c.trigger.pos_ == "NOUN" else None
            if c.trigger.i in demanded and c.trigger.lower_ not in ("must", "should"):
                c.absorbed = True  # the demand codes it
            elif gov is not None and gov.i in by_i and by_i[gov.i].pattern.type == c.pattern.type and gov.i != c.trigger.i:
                # "earmarked 2 million euros in emergency aid for Haiti": one act of aid
                c.absorbed = True
                parent = by_i[gov.i]
                if not parent.target.ids:
                    parent.target.add(c.target)
            elif (
                c.trigger.dep_ == "ccomp"
                and c.trigger.head.i in by_i
                and by_i[c.trigger.head.i].pattern.type in ("THREATEN", "REQUEST", "ACCUSE")
            ):
                # "warned that it would pull out of the deal": the threat codes what it threatens
                c.absorbed = True
                parent = by_i[c.trigger.head.i]
                if parent.target.empty:
                    parent.target.add(c.target)
            elif _absorbed(c, trig):
                c.absorbed = True
                parent = by_i.get(c.trigger.head.i) or by_i.get(c.trigger.head.head.i)
                if parent is not None and parent.target.empty:
                    parent.target.add(c.target)
                if (
                    parent is not None
                    and parent.pattern.type == "REQUEST"
                    and parent.pattern.cameo.startswith("02")
                    and plover_types().get(c.pattern.type, ("", ""))[1] == "conflict"
                ):
                    # "called for sanctions against X": asking for a hostile act is a demand (CAMEO 10)
                    parent.pattern = Pattern("REQUEST", parent.pattern.mode, "100")
        for c in sent_cands:
            if c.absorbed:
                continue
            if not c.source.ids and not c.target.ids and not (c.source.agents or c.target.agents) and not _named_sides(c):
                continue  # no entity and no agent word ("troops") on either side: not an interaction we can code
            if _talk_without_counterpart(c):
                continue  # "Trump discussed his commitment to ...": talking about, not talking with
            if not c.target.ids:
                _statement_target(c, ctx)
            if c.pattern.type == "ASSAULT" and _against_protesters(c):
                # police firing on demonstrators: violent repression (CAMEO 175, root 17 COERCE)
                c.pattern = Pattern("COERCE", "repression", "175")
            if c.pattern.cameo == "191" and _protesters_act(c):
                # "farmers blocked the roads to Paris": obstructing passage is a protest (CAMEO 144)
                c.pattern = Pattern("PROTEST", "obstruct", "144")
            if c.pattern.cameo == "087" and c.trigger.lemma_.lower() in ("withdraw", "pull") and _civilian_organisation(c, ctx):
                # "Human Rights Watch withdrew from Cambodia", "the UN mission pulled out": an
                # organisation ending its involvement (CAMEO 166), not a military retreat
                c.pattern = Pattern("SANCTION", "expel", "166")
            if c.pattern.type == "PROTEST" and c.trigger.lemma_.lower() == "protest" and _state_side(c, ctx):
                # "Turkey lodged a protest with Greece", "the foreign ministry protested to Japan":
                # a government's protest is an official complaint (CAMEO 114), not a demonstration
                c.pattern = Pattern("ACCUSE", "allege", "114")
            c.modality = _modality(c, ctx)
            _place_of(c, ctx)
            items = _enumeration(c, ctx) if c.pattern.type == "CONSULT" else []
            if items:
                for side, place in items:
                    clone = _Cand(c.pattern, c.trigger, c.trigger_span, c.source, side, c.clause, c.modality, c.quote)
                    if place:
                        clone.place, clone.place_entity = place[1], place[0]
                    else:
                        clone.place, clone.place_entity = c.place, c.place_entity
                    cands.append(clone)
            else:
                cands.append(c)
    return _records(cands, ctx, report)


def _sent_span(tok: Token, ctx: _Ctx) -> Span:
    s = ctx.sent(tok)
    return s.start_char, s.end_char


def _records(cands: list[_Cand], ctx: _Ctx, report: Report) -> tuple[list[Event], list[Place]]:
    new_places: list[Place] = []
    n_places = len(report.places)
    events: list[Event] = []
    keys: dict[tuple, Event] = {}
    held: dict[int, set] = {}  # id(event) -> its evidence spans, for merging
    for c in cands:
        # drop the source from the target ("Israel can defend itself") and say so
        kept = _other_side(c.target, c.source)
        tgt_ids, tgt_spans = [i for i, _ in kept], [s for _, s in kept]
        notes = list(c.notes)
        if not c.source.ids:
            notes.append("source not found" + (": " + "; ".join(c.source.notes) if c.source.notes else " among the entities"))
        if not tgt_ids:
            notes.append("target not found" + (": " + "; ".join(c.target.notes) if c.target.notes else " among the entities"))
        place_id = None
        if c.place:
            place_id = _place_id(c, ctx, report, new_places, n_places)
        sent = _sent_span(c.trigger, ctx)
        date = _date_of(c, ctx, sent)
        evidence = [c.trigger_span] + list(c.source.spans) + list(tgt_spans) + list(c.source.phrases) + list(c.target.phrases)
        if c.place:
            evidence.append(c.place)
        typ = c.pattern.type
        cameo = c.pattern.cameo
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
        if prev is None and typ == "CONSULT" and not tgt_ids and _definite(c.trigger):
            # "after the meeting", "the talks": the meeting already reported, if one has this side
            for ev in reversed(events):
                if ev.type == "CONSULT" and ev.modality != "negated" and set(c.source.ids) <= set(ev.source + ev.target):
                    prev = ev
                    break
        if prev is not None and (prev.date is None or date is None or prev.date == date.id):
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
            if _MODALITY_RANK[c.modality] < _MODALITY_RANK[prev.modality]:
                prev.modality = c.modality
            if c.trigger_span not in prev.triggers:
                prev.triggers.append(c.trigger_span)
            continue
        ev = Event(
            id="",
            type=typ,
            evidence=_dedupe_spans(evidence),
            source=list(c.source.ids),
            source_evidence=_dedupe_spans(list(c.source.spans) + list(c.source.phrases)),
            target_evidence=_dedupe_spans(list(tgt_spans) + list(c.target.phrases)),
            target=tgt_ids,
            mode=c.pattern.mode,
            quad_class=quad_class(cameo),
            cameo=cameo,
            place=place_id,
            date=date.id if date else None,
            modality=c.modality,
            quote=c.quote,
            trigger=c.trigger_span,
            triggers=[c.trigger_span],
            sentence=sent,
            notes=notes,
        )
        keys[key] = ev
        if c.source.ids and not tgt_ids:
            keys[("sentence", sent, typ, frozenset(c.source.ids), c.modality)] = ev
        events.append(ev)
    places = {p.id: p for p in list(report.places) + new_places}
    aerial = event_words().get("aerial", frozenset())
    for ev in events:
        if ev.type == "CONSULT" and ev.mode is None:
            ev.mode = _consult_mode(ev, places, ctx)
        elif ev.type == "ASSAULT" and ev.mode is None:
            words = {w.lower().strip(".,") for s, e in ev.source_evidence for w in ctx.text[s:e].split()}
            if words & aerial:
                ev.mode = "aerial"  # "Russian jets struck ...": the weapon is in the source
    for k, ev in enumerate(events, start=1):
        ev.id = f"ev{k}"
    return events, new_places


def _consult_mode(ev: Event, places: dict[str, Place], ctx: _Ctx) -> Optional[str]:
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


def _statement_target(c: _Cand, ctx: _Ctx) -> None:
    """"In a rebuke to that statement", "rejected the remarks": the target is whoever made the
    statement, the subject of the latest reporting verb ("declared", "said") before it in this
    sentence or the two before. Only for a definite statement noun with no owner of its own."""
    words = event_words()
    nouns = [k for k in c.trigger.children if k.dep_ in ("dobj", "nsubjpass")]
    preps = [k for k in c.trigger.children if k.dep_ == "prep" and k.lower_ in ("to", "of", "against", "on", "over")]
    nouns += [p for k in preps for p in _pobjs(k)]
    for n in nouns:
        if n.lemma_.lower() not in words.get("statement_noun", ()) or not _definite(n):
            continue
        if any(k.dep_ == "poss" for k in n.children):
            continue  # "Netanyahu's statement": its owner is already the target
        sent_k = ctx.sent_of[n.i]
        first = ctx.sents[max(0, sent_k - 2)].start
        for i in range(n.i - 1, first - 1, -1):
            v = ctx.doc[i]
            if v.pos_ == "VERB" and v.lemma_ in words["reporting"]:
                side, _ = _subject_side(v, ctx)
                side.ids = [x for x in side.ids if x not in c.source.ids]
                if side.ids:
                    c.target.add(_Side(ids=side.ids[:1], spans=side.spans[:1]))
                    c.notes.append(f"target is the author of '{n.text}' ('{v.text}')")
                    return
                break
        return


def _against_protesters(c: _Cand) -> bool:
    """True when the target of a violent act is named only as protesters, demonstrators, a crowd."""
    words = event_words().get("protester", ())
    for prep in c.trigger.children:
        # "fired tear gas at protesters in Nairobi": the act's own target phrase, whatever place follows
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("at", "on", "against", "into"):
            if any(p.dep_ == "pobj" and p.lemma_.lower() in words for p in prep.children):
                return True
    if c.target.ids:
        return False
    doc = c.trigger.doc
    for s, e in c.target.phrases:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and span.root.lemma_.lower() in words:
            return True
    return False


def _protesters_act(c: _Cand) -> bool:
    """True when the subject of ``c`` is named as protesters, strikers, a crowd."""
    words = event_words().get("protester", ())
    return any(
        s.dep_ in _SUBJ and any(t.lemma_.lower() in words for t in s.subtree) for s in c.clause.children
    )


def _civilian_organisation(c: _Cand, ctx: _Ctx) -> bool:
    """True when the source of ``c`` is an international or non-governmental organisation
    acting as itself, not its troops ("UN troops withdrew" is a military act)."""
    agents = agent_words()
    for subj in c.clause.children:
        if subj.dep_ in _SUBJ and any("MIL" in (agents.get(t.lower_), agents.get(t.lemma_.lower())) for t in subj.subtree):
            return False
    ents = [ctx.index.by_id.get(i) for i in c.source.ids]
    return bool(ents) and all(e is not None and e.actor.sector in ("IGO", "NGO") for e in ents)


def _state_side(c: _Cand, ctx: _Ctx) -> bool:
    """True when the source of ``c`` is named only by states or their governments (a country,
    a ministry, a head of government), not by a crowd or a group of people ("thousands of
    Serbs", "US and British activists")."""
    side = c.source
    if not side.ids or side.phrases:
        return False
    agents = agent_words()
    for subj in c.clause.children:
        if subj.dep_ in _SUBJ and agents.get(subj.lemma_.lower(), "GOV") != "GOV":
            return False
    for eid, (s, e) in zip(side.ids, side.spans):
        ent = ctx.index.by_id.get(eid)
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        head = span.root.lemma_.lower() if span is not None and len(span) else ""
        if ent is None or not (ent.type == "GPE" or ent.actor.sector == "GOV" or agents.get(head) == "GOV"):
            return False
    return True


def _named_sides(c: _Cand) -> bool:
    """A verb with an explicit subject phrase and an explicit object phrase ("the union
    negotiators threatened a strike", "the council expelled the observers"): an interaction
    between parties the entity stage did not name; kept with both sides null and a reason."""
    return c.trigger.pos_ == "VERB" and bool(c.source.phrases)


def _talk_without_counterpart(c: _Cand) -> bool:
    """A verb of talking (discuss, talk, negotiate) with one speaker and nobody to talk with."""
    t = c.trigger
    others = [i for i in c.target.ids if i not in c.source.ids]  # "discussed her commitment": not a counterpart
    if t.pos_ != "VERB" or t.lemma_.lower() not in event_words().get("talk", ()) or others or len(c.source.ids) > 1:
        return False
    subj = next((k for k in t.children if k.dep_ in _SUBJ), None)
    plural = subj is not None and (
        subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we", "both", "two", "sides")
        or any(k.dep_ == "conj" for k in subj.children)
    )
    return not plural


def _definite(tok: Token) -> bool:
    """A noun with "the/this/that/their" in front: it refers to something already mentioned."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "their") for c in tok.children
    )


def _dedupe_spans(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in spans:
        if s not in out:
            out.append(s)
    return out


def _place_id(c: _Cand, ctx: _Ctx, report: Report, new_places: list[Place], n_places: int) -> Optional[str]:
    s, e = c.place
    for p in list(report.places) + new_places:
        if any(ps < e and s < pe for ps, pe in p.evidence):
            return p.id
    ent = ctx.index.by_id.get(c.place_entity) if c.place_entity else None
    etype = ent.type if ent else None
    kind = {"FAC": "facility", "ORG": "facility", "LOC": "region"}.get(etype or "", "unknown")
    if etype == "GPE":
        from ..lexicons import countries

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
