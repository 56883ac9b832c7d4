"""A report continued in the next sentence: "North Carolina election officials also said their
primary turnout was the second highest in the past 28 years. The turnout was about 35% on
Tuesday." The second figure is the officials' too, though no verb of its sentence reports it.

A number no rule gave a claimant (no quote holds it, no source words) takes the speaker of the
report in the sentence right before it, when:

- that report is indirect or partial (a paraphrase: narration after a direct quotation is the
  writer's), with a resolved speaker, and its cue a verb of saying, writing, thinking or showing
  or "according to" (not of stance, praise or knowing);
- the two sentences are in one paragraph, and the number's sentence holds no report of its own;
- the number's sentence goes on with the report's topic: its main subject is "it", or a definite
  noun ("the turnout") whose lemma is a noun of the report's content ("their primary turnout"),
  not a generic one (``generic_topic`` rows of ``claim_claimant_words.tsv``: "people", "year").

A sentence whose figures were carried so passes the report on to the next one, whose subject
may then be any noun of the report's content ("The turnout was about 35% on Tuesday. A record
turnout of 37% was set in 2008.").
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from .sentence_lookup import sentence_lookup

_SAYING = frozenset({"speech", "writing", "cognition", "evidence"})
_KINDS = frozenset({"indirect", "partial"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def continued_reports(infos: list, quotes, reports, words: dict) -> None:
    """Give claims with no claimant the speaker of the report in the sentence before (see the module)."""
    todo = [i for i in infos if i.claim.claimant is None and not i.claimant_evidence and i.claim.quote is None]
    if not todo or not quotes:
        return
    doc, text = reports.doc, reports.text
    sents = sentence_lookup(doc)
    cue_starts = sorted(q.cue.start for q in quotes if q.cue is not None)
    generic = words.get("generic_topic", frozenset())
    carried: dict[int, object] = {}  # sentence start -> the report its figures were given
    for info in sorted(todo, key=lambda i: i.claim.evidence[0][0]):
        span = doc.char_span(*info.claim.evidence[0], alignment_mode="expand")
        if span is None or not len(span):
            continue
        k = bisect_right(sents.starts, span.root.i) - 1
        if k <= 0:
            continue
        sent, prev = sents.sents[k], sents.sents[k - 1]
        if "\n" in text[prev.start_char : sent.start_char] or _has_cue(cue_starts, sent.start_char, sent.end_char):
            continue
        chained = carried.get(prev.start)
        q = chained or _report_in(prev, quotes, reports)
        if q is None or not _same_topic(sent, q, doc, generic, definite=chained is None):
            continue
        info.claim.claimant = q.speaker
        info.claimant_evidence = list(q.speaker_evidence)
        carried[sent.start] = q


def _has_cue(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a quote's cue starts in ``[lo, hi)``."""
    k = bisect_right(starts, lo - 1)
    return k < len(starts) and starts[k] < hi


def _report_in(sent, quotes, reports) -> Optional[object]:
    """The last paraphrase in ``sent`` (cue and content inside it) by a resolved speaker, whose cue
    is a verb of saying, writing, thinking or showing; None otherwise."""
    lo, hi = sent.start_char, sent.end_char
    found = None
    for q in quotes:
        if q.cue is None or q.speaker is None or q.kind not in _KINDS or not lo <= q.cue.start < hi:
            continue
        if not q.evidence or not all(lo <= s and e <= hi for s, e in q.evidence):
            continue
        cue = reports.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
        lemmas = [t.lemma_.lower() for t in cue] if cue is not None else []
        saying = any(reports.verbs.get(w) in _SAYING for w in lemmas) or lemmas[:2] == ["accord", "to"]  # "According to X, ..."
        if not saying or any(w in reports.words["factive"] for w in lemmas):
            continue
        if reports.narrates(q, q.evidence[0]):
            continue
        found = q
    return found


def _same_topic(sent, q, doc, generic: frozenset, definite: bool = True) -> bool:
    """Whether ``sent``'s main subject is "it" or a noun of the report's content (a definite one
    right after the report; any, after a sentence that went on with it)."""
    subj = next((c for c in sent.root.children if c.dep_ in _SUBJECTS), None)
    if subj is None:
        return False
    if subj.lower_ == "it":
        return True
    lemma = subj.lemma_.lower()
    if subj.pos_ != "NOUN" or lemma in generic or definite and not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return False
    for s, e in q.evidence:
        content = doc.char_span(s, e, alignment_mode="expand")
        if content is not None and any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma for t in content):
            return True
    return False
