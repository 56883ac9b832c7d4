"""Numeric claims: the quantities a story asserts, normalised, with what they count and who says so.

``extract_claims(doc, dates, quotes)`` is a pure function. spaCy's NER finds the
spans (CARDINAL, QUANTITY, PERCENT, MONEY, and DATE spans the dates stage found to be
durations, such as "11-day"); :mod:`.numbers` reads each span's quantity and qualifier,
:mod:`.description` what it counts, :mod:`.claimants` who claims it. This module adds:

- years and anaphoric numbers are not claims: a bare 1800-2100 integer that counts
  nothing is a year, "the two" / "one" alone are not quantities;
- ``counts``: the noun phrase the number counts, from the dependency parse ("rockets",
  "Israeli lives"); for a percentage, the noun phrase after "of" (its base);
- the links between claims (a percentage and its base, a restatement in parentheses).

The relations between claims are computed in :mod:`newsfacts.nlp.claims.checks`, from the
:class:`ClaimInfo` objects this module returns alongside the records.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Optional

from ... import lexicons
from ...schema import Claim
from ..text import doc_text
from .claimants import assign_claimants
from .description import Tree, counted_noun, description, noun_phrase, phrase, verbs
from .numbers import NUMERIC_LABELS, find_qualifier, is_vague, is_word_number, parse_quantity

#: scale nouns whose "a" NER leaves out of the span ("a dozen")
_SCALE_NOUNS = frozenset(r[0] for r in lexicons.rows("claim_scale_nouns.txt"))
_OF_BASE_RE = re.compile(
    r"\s+of\s+(?:(?:the|a|an|some|its|their|his|her|our|all|about|around|roughly|nearly|over|more than)\s+)*"
    r"(?:(?:the\s+)?[A-Z]?[\w.]+(?:'s|\u2019s)\s+)?",  # "1 percent of the bank's 100,000 bankers"
    re.I,
)
_APPOSITION_RE = re.compile(r"[^\d.;!?]{0,40}?(?:,|\(|\u2013|\u2014|-{1,2}|:)\s*(?:or|which is|that is|i\.e\.)?\s*", re.I)


@dataclass
class ClaimInfo:
    """A claim plus what the checks need to know about it (not serialised)."""

    claim: Claim
    head: Optional[str] = None  # lemma of the counted noun ("rocket")
    description: Optional[str] = None  # the counted noun phrase with its modifiers and clauses
    verbs: frozenset = frozenset()  # lemmas of the verbs the quantity depends on ({"intercept"})
    phrase: Optional[str] = None  # the story's words for the thing counted, for explanations
    base: Optional[str] = None  # for a percentage: the claim id of its base ("90% of the 4,400 ...")
    in_parentheses_after: Optional[str] = None  # claim id this one restates in parentheses
    restates: Optional[str] = None  # for a percentage: the amount it says it is ("$3.5 billion, about 40% of ...")
    sentence: tuple[int, int] = (0, 0)


def extract_claims(doc, dates=(), quotes=()) -> tuple[list[Claim], list[ClaimInfo]]:
    """Find the numeric claims of a parsed document.

    Args:
        doc: the parsed spaCy Doc.
        dates: the dates stage's records (durations among them become claims; other
            date spans are never quantities).
        quotes: the quotes stage's records (a number inside a quote is claimed by its speaker).

    Returns:
        ``(claims, infos)``: claim records with ids ``c1``, ``c2``, ... in text order (checks
        not yet attached) and one :class:`ClaimInfo` per claim for the checks.
    """
    text = doc_text(doc)
    durations = {(d.evidence[0][0], d.evidence[0][1]) for d in dates if d.precision == "duration" and d.value}
    spans = []
    rank = {d: k for k, d in enumerate(durations)}  # the set's own order, as before
    by_start = sorted(durations)
    starts = [s for s, _ in by_start]
    for ent in doc.ents:
        if ent.label_ in NUMERIC_LABELS:
            spans.append(ent)
        elif ent.label_ in ("DATE", "TIME"):
            # the durations inside the entity, by bisect (a walk over all of them per entity was quadratic)
            inside = by_start[bisect_left(starts, ent.start_char) : bisect_right(starts, ent.end_char)]
            for s, e in sorted(inside, key=rank.__getitem__):
                if ent.start_char <= s and e <= ent.end_char:
                    sub = doc.char_span(s, e, alignment_mode="expand")
                    if sub is not None:
                        spans.append(sub)
    infos: list[ClaimInfo] = []
    sents = _Sentences(doc) if spans else None
    tree = Tree(doc) if spans else None
    for k, span in enumerate(spans):
        if span.start > 0 and span[0].lower_ in _SCALE_NOUNS and doc[span.start - 1].lower_ in ("a", "an"):
            span = doc[span.start - 1 : span.end]  # NER leaves out the "a" of "a dozen"
        info = _claim_from_span(doc, text, span, quotes, sents, tree)
        if info is not None:
            infos.append(info)
    assign_claimants(infos, quotes)
    infos.sort(key=lambda i: i.claim.evidence[0])
    for k, info in enumerate(infos, start=1):
        info.claim.id = f"c{k}"
    _link(text, infos)
    return [i.claim for i in infos], infos


class _Sentences:
    """Sentence lookup by token index, built once per document (``Token.sent`` rescans the doc)."""

    def __init__(self, doc):
        self.sents = list(doc.sents)
        self.starts = [s.start for s in self.sents]

    def at(self, i: int):
        """The sentence holding token ``i``."""
        return self.sents[max(0, bisect_right(self.starts, i) - 1)]


def _claim_from_span(doc, text: str, span, quotes, sents: _Sentences, tree: Optional[Tree] = None) -> Optional[ClaimInfo]:
    """The claim a number span makes, or None when it is no claim (a year, "the two", "9/11")."""
    raw = span.text
    got = parse_quantity(raw)
    if got is None:
        return None
    value, unit, low, high, qs, qe = got
    start, end = span.start_char + qs, span.start_char + qe
    sent = sents.at(span.start)
    qualifier, q_start = find_qualifier(text, sent.start_char, start)
    ev_start = min(q_start, start)
    surface = text[start:end]
    if low is not None and qualifier is None:
        qualifier = "between"
    if qualifier is None and is_vague(surface):
        qualifier = "at least"
    counted, _of_phrase = counted_noun(span)
    # not claims: years, lone "one", anaphoric "the two", numbers in names ("Two-State")
    if unit is None and counted is None:
        if re.fullmatch(r"1[89]\d\d|20\d\d|2100", surface.strip()):
            return None
        if is_word_number(surface):
            return None
    if is_word_number(surface) and unit is None:
        if value <= 1 or re.search(r"\b(?:the|these|those|both|their|our|its|his|her|your|my)\s+$", text[max(0, start - 8):start], re.I):
            return None  # "one thing", "the two nations": a reference, not a quantity
    if re.match(r"-[A-Z]", text[end:end + 2]) and unit is None:
        return None
    if re.match(r"(?:'|\u2019)?s\b", text[end:end + 3]) and unit is None:
        return None  # "the 90's", "1990s": a decade
    frac = re.fullmatch(r"(\d+)/(\d+)", surface.strip())
    if frac and not (0 < int(frac.group(1)) < int(frac.group(2)) <= 10):
        return None  # "9/11", "24/7": a name or a date, not a fraction
    if counted is not None and counted.ent_type_ in ("DATE", "TIME") and unit is None:
        return None
    counts = noun_phrase(counted) if counted is not None else None
    if counted is not None and 0 < counted.i - span.end <= 7 and doc[span.end].pos_ == "PROPN":
        counts = doc[span.end : counted.i + 1].text  # "Operation Guardian of the Walls conflict"
    claim = Claim(
        id="",
        text=text[ev_start:end],
        value=value,
        unit=unit,
        evidence=[(ev_start, end)],
        qualifier=qualifier,
        counts=counts,
        low=low,
        high=high,
    )
    info = ClaimInfo(
        claim=claim,
        head=counted.lemma_.lower() if counted is not None else None,
        description=description(counted, (span.start, span.end), tree) if counted is not None else None,
        verbs=verbs(span.root),
        phrase=phrase(counted, sents.at(counted.i).end, text) if counted is not None else None,
        sentence=(sent.start_char, sent.end_char),
    )
    return info


def _link(text: str, infos: list[ClaimInfo]) -> None:
    """Percentages to their bases, and parenthesised restatements to what they restate."""
    for k, info in enumerate(infos):
        c = info.claim
        if c.unit == "percent" and k + 1 < len(infos):
            nxt = infos[k + 1]
            between = text[c.evidence[-1][1] : nxt.claim.evidence[0][0]]
            if nxt.claim.unit != "percent" and _OF_BASE_RE.fullmatch(between):
                info.base = nxt.claim.id
                c.counts = nxt.claim.counts
                info.head, info.description, info.phrase = nxt.head, nxt.description, nxt.phrase
                if k > 0:
                    prev = infos[k - 1]
                    gap = text[prev.claim.evidence[-1][1] : c.evidence[0][0]]
                    if prev.claim.unit == nxt.claim.unit and _APPOSITION_RE.fullmatch(gap):
                        info.restates = prev.claim.id  # "$3.5 billion, about 40% of the $8.7 billion"
        if k > 0:
            prev = infos[k - 1]
            between = text[prev.claim.evidence[-1][1] : c.evidence[0][0]]
            if re.fullmatch(r"\s*[\(\[]\s*", between) and c.unit and prev.claim.unit:
                info.in_parentheses_after = prev.claim.id
