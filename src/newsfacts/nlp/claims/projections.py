"""Figures a report goes on with past its own sentence (session 15, issue #20).

Two forms tie a figure with no report of its own to the report before it:

1. **A projection.** A figure that a clause projects is somebody's projection, never a plain fact
   of the story: the object of an agentless passive of projecting ("The deficit ... is projected
   to be $544 billion", "It is expected to rise to 2.9 percent"; ``projection_passive`` rows of
   ``claim_claimant_words.tsv``) or of "would" with a verb of amount ("deficits would add up to
   $1.5 trillion", "Property taxes would rise by 2 percent"; ``projection_change`` rows). Such a
   figure takes the speaker of the nearest paraphrase before it, in its paragraph or the one
   before (an indirect or partial report whose cue is a verb of saying, writing, thinking or
   showing, or "according to"; not a direct quotation, after which narration is the writer's; not
   a cue of stance, praise or knowing). A projection so given passes its speaker on to the next
   projection ("By 2026, ... the annual deficit would surpass $1 trillion" two paragraphs after
   "the budget office said"). The figure must be what is projected (not the subject: "the two
   million members would most likely be near the top"), and its sentence holds no cue of a
   speaker (someone else may speak there).
2. **A report that announces what follows.** A paragraph whose last sentence reports with a colon
   at its end ("The organization also points out some other interesting statistics:"; a reaction
   only when its object names figures, ``announced_noun`` rows: not "also spoke out against
   Trump:") hands the figures of the next paragraph to its speaker, when that paragraph holds no
   cue of its own.

Only claims with no claimant, no source words and no quote (or a quote with no speaker: the
quotes stage reads "is projected to be" as a report with no source) are read.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from .sentence_lookup import sentence_lookup

#: switches (before/after measures)
OFF = False
COLON_OFF = False
_SAYING = frozenset({"speech", "writing", "cognition", "evidence"})
_KINDS = frozenset({"indirect", "partial"})
#: dependency labels on the way from the figure up to its clause's verb that make it no projected figure
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: participles that go on with a projection ("would surpass $1 trillion ... -- reaching $1.4 trillion")
_GO_ON_DEPS = frozenset({"advcl", "xcomp", "conj"})


def carry_reports(infos: list, quotes, reports, words: dict) -> None:
    """Give the projections and the figures after an announcing colon their report's speaker (module doc).

    Args:
        infos: the claims (:class:`~newsfacts.nlp.claims.extract.ClaimInfo`), claimants assigned.
        quotes: the quotes stage's records.
        reports: the claimants' report reader (``doc``, ``text``, ``verbs``, ``words``, ``narrates``).
        words: ``claim_claimant_words.tsv`` by kind.
    """
    if OFF or not quotes:
        return
    by_id = {q.id: q for q in quotes}
    todo = [i for i in infos if i.claim.claimant is None and not i.claimant_evidence
            and (i.claim.quote is None or by_id.get(i.claim.quote) is not None and by_id[i.claim.quote].speaker is None)]
    if not todo:
        return
    doc, text = reports.doc, reports.text
    sents = sentence_lookup(doc)
    passive = words.get("projection_passive", frozenset())
    change = words.get("projection_change", frozenset())
    saying = [q for q in quotes if _saying(q, reports)]
    announcing = [q for q in quotes if _saying(q, reports, announce=True)]
    cued = sorted(q.cue.start for q in quotes if q.cue is not None and q.speaker is not None)
    given: list[tuple[int, object]] = []  # (figure start, report) of the projections given so far
    for info in sorted(todo, key=lambda i: i.claim.evidence[0][0]):
        span = doc.char_span(*info.claim.evidence[0], alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = sents.at(span.root.i)
        if _cue_in(cued, sent.start_char, sent.end_char):
            continue
        q = None
        if _projected(span.root, passive, change):
            q = _nearest(saying, given, sent.start_char, text)
        elif not COLON_OFF:
            q = _announced(announcing, sent.start_char, text)
        if q is None:
            continue
        info.claim.claimant = q.speaker
        info.claimant_evidence = list(q.speaker_evidence)
        given.append((info.claim.evidence[0][0], q))


def _saying(q, reports, announce: bool = False) -> bool:
    """A paraphrase by a resolved speaker whose cue is a verb of saying, writing, thinking or showing
    or "according to" (not of stance, praise or knowing), that reports what it holds; with
    ``announce``, also a cue whose object only names what follows ("points out some other
    interesting statistics:", read as a reaction)."""
    kinds = _KINDS | {"reaction"} if announce else _KINDS
    if q.cue is None or q.speaker is None or q.kind not in kinds or not q.evidence:
        return False
    if q.kind == "reaction" and not _announcing(q, reports):
        return False  # ("also spoke out against Trump:" before a tweet: a target, no figures announced)
    cue = reports.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    lemmas = [t.lemma_.lower() for t in cue] if cue is not None else []
    if not (any(reports.verbs.get(w) in _SAYING for w in lemmas) or lemmas[:2] == ["accord", "to"]):
        return False
    if any(w in reports.words["factive"] for w in lemmas):
        return False
    return announce or not reports.narrates(q, q.evidence[0])


def _announcing(q, reports) -> bool:
    """Whether a reaction's object names figures it announces ("some other interesting
    statistics", ``announced_noun`` rows of ``claim_claimant_words.tsv``)."""
    content = reports.doc.char_span(*q.evidence[-1], alignment_mode="expand")
    nouns = reports.words.get("announced_noun", frozenset())
    return content is not None and len(content) > 0 and content.root.lemma_.lower() in nouns


def _cue_in(starts: list[int], lo: int, hi: int) -> bool:
    """Whether the cue of a quote with a speaker starts in ``[lo, hi)``."""
    k = bisect_right(starts, lo - 1)
    return k < len(starts) and starts[k] < hi


def _projected(tok, passive: frozenset, change: frozenset) -> bool:
    """Whether the figure ``tok`` is what its clause projects: the object of a passive of
    projecting ("is projected to be $544 billion", "is expected to rise to 2.9 percent") or of
    "would" with a verb of amount ("would add up to $1.5 trillion"), not its subject."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ != "amod":
            break
        if verb.head.i == verb.i or verb.dep_ in _SUBJECT_DEPS:
            return False
        verb = verb.head
    else:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for _ in range(2):  # a participle that goes on with the projection: "-- reaching $1.4 trillion"
        if _projecting(verb, passive, change):
            return True
        if verb.tag_ != "VBG" or verb.dep_ not in _GO_ON_DEPS or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _projecting(verb, passive: frozenset, change: frozenset) -> bool:
    """A verb of amount with "would", a passive of projecting ("is estimated at $5 billion"), or
    "be" or a verb of amount in the "to" clause of one ("is projected to be", "is expected to
    rise"; not "are expected to fan out to the two dozen states": no amount projected)."""
    lemma = verb.lemma_.lower()
    if lemma in change and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return True
    heads = [verb] + ([verb.head] if verb.dep_ == "xcomp" and (lemma in change or lemma == "be") else [])
    return any(v.lemma_.lower() in passive and any(c.dep_ == "auxpass" for c in v.children) for v in heads)


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding offset ``at`` starts (after the last line break before it)."""
    return text.rfind("\n", 0, at) + 1


def _nearest(saying: list, given: list, start: int, text: str) -> Optional[object]:
    """The report the projection in the sentence starting at ``start`` continues: the last
    paraphrase (or projection given one) before it, in its paragraph or the one before."""
    here = _paragraph_start(text, start)
    before = _paragraph_start(text, max(here - 1, 0)) if here > 0 else here
    while before > 0 and not text[before:here].strip():  # (blank lines between paragraphs)
        before = _paragraph_start(text, before - 1)
    best, at = None, -1
    for q in saying:
        if before <= q.cue.start < start and q.cue.start > at:
            best, at = q, q.cue.start
    for pos, q in given:
        if before <= pos < start and pos > at:
            best, at = q, pos
    return best


def _announced(saying: list, start: int, text: str) -> Optional[object]:
    """The report that announces the paragraph of the sentence starting at ``start``: the
    paraphrase whose cue is in the last sentence of the paragraph before, when that paragraph
    ends with a colon."""
    here = _paragraph_start(text, start)
    if here == 0:
        return None
    end = here - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end <= 0 or text[end - 1] != ":":
        return None
    before = _paragraph_start(text, end - 1)
    last_stop = max(text.rfind(". ", before, end), text.rfind("? ", before, end), before)
    found = [q for q in saying if last_stop <= q.cue.start < end]
    return found[-1] if found else None
