"""Numeric claims: the quantities a story asserts, normalised, with what they count and who says so.

``extract_claims(doc, dates, quotes)`` is a pure function. spaCy's NER finds the
spans (CARDINAL, QUANTITY, PERCENT, MONEY, and DATE spans the dates stage found to be
durations, such as "11-day"); :mod:`.numbers` reads each span's quantity and qualifier,
:mod:`.description` what it counts, :mod:`.claimants` who claims it. This module adds:

- years and anaphoric numbers are not claims: a bare 1800-2100 integer that counts
  nothing is a year, "the two" / "one" alone are not quantities;
- ``counts``: the noun phrase the number counts, from the dependency parse ("rockets",
  "Israeli lives"); for a percentage, the noun phrase after "of" (its base);
- the links between claims (a percentage and its base, a restatement in parentheses);
- numbers in titles and names are no claims (:mod:`.titles`); two shares written "82%-12%" are a
  tally; the two counts of "A to B" count the same thing ("1,428 to 1,153 in pledged delegates").

The relations between claims are computed in :mod:`newsfacts.nlp.claims.checks`, from the
:class:`ClaimInfo` objects this module returns alongside the records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ... import lexicons
from ...schema import Claim
from ..text import doc_text
from .adjacent import is_duration, not_quantity, or_number, range_after, size_noun_after, widen
from .claimants import assign_claimants
from .description import Tree, counted_noun, description, noun_phrase, phrase, verbs
from .groups import longer
from .count_refiners import refine_counts
from .measured import what_it_counts
from .money_words import money_words
from .numbers import find_qualifier, is_vague, is_word_number, parse_quantity, ratio_after, ratio_before, ratio_share
from .noun_clauses import specify_counts
from .poll_scope import poll_scopes
from .poll_sides import poll_sides
from .race_shares import race_share
from .polls import points_after_percentage, age_groups, coordinated, gapped, group_before, listed_share, is_percentage_points, lead_counts, lead_points, named_share, pair_shares, position_lead, share_counts, tally, tally_counts
from .sentence_lookup import Sentences, sentence_lookup
from .spans import compared, is_change, number_spans, pieces
from .title_numbers import in_title, list_number
from .trailing_reports import trailing_reports
from .money_clauses import MONEY_VERBS, name_subject_counts
from .units import convert, is_currency_code, money_without_sign, multiplier_after

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
    counts_clause: bool = False  # ``counts`` is what a share of people do ("47 percent said ..."), not a noun
    claimant_evidence: list = field(default_factory=list)  # the words of the claimant's source ("the researchers")


def extract_claims(doc, dates=(), quotes=(), entities=None) -> tuple[list[Claim], list[ClaimInfo]]:
    """Find the numeric claims of a parsed document.

    Args:
        doc: the parsed spaCy Doc.
        dates: the dates stage's records (durations among them become claims; other
            date spans are never quantities).
        quotes: the quotes stage's records (a number inside a quote is claimed by its speaker).
        entities: the entity index; with it, a number a report governs in the parse is claimed by
            the report's source even without a quote record (:mod:`.claimants`).

    Returns:
        ``(claims, infos)``: claim records with ids ``c1``, ``c2``, ... in text order (checks
        not yet attached) and one :class:`ClaimInfo` per claim for the checks.
    """
    text = doc_text(doc)
    spans = number_spans(doc, text, dates)
    infos: list[ClaimInfo] = []
    sents = sentence_lookup(doc) if spans else None
    tree = Tree(doc) if spans else None
    for span in spans:
        if span.start > 0 and span[0].lower_ in _SCALE_NOUNS and doc[span.start - 1].lower_ in ("a", "an"):
            span = doc[span.start - 1 : span.end]  # NER leaves out the "a" of "a dozen"
        for piece in pieces(doc, text, span):
            info = _claim_from_span(doc, text, piece, quotes, sents, tree)
            if info is not None and not any(_overlaps(info, i) for i in infos[-3:]):
                infos.append(info)
    infos.sort(key=lambda i: i.claim.evidence[0])
    infos = _merge_ratios(text, infos)
    infos = _merge_ranges(text, infos)
    infos = _merge_tallies(doc, text, infos)
    _share_pairs(text, infos)
    infos = _age_groups(doc, text, infos, sents)
    _gapped_counts(doc, text, infos)
    _count_pairs(doc, text, infos)
    _listed_shares(doc, text, infos)
    poll_sides(doc, text, infos)
    poll_scopes(doc, text, infos)  # "... among registered Democrats in New Hampshire"
    specify_counts(doc, infos)  # a general noun alone grows with what its sentence says of it
    money_words(text, infos)  # "hundreds of thousands of dollars", "millions in cash", "a six-figure ad buy"
    money_without_sign(doc, infos, MONEY_VERBS)
    assign_claimants(infos, quotes, doc if entities is not None else None, entities)
    trailing_reports(doc, text, infos, quotes, entities)  # ", records show.": a cue the parse read as a noun
    for k, info in enumerate(infos, start=1):
        info.claim.id = f"c{k}"
        info.claim.claimant_evidence = sorted({tuple(s) for s in info.claimant_evidence})
    _link(text, infos)
    return [i.claim for i in infos], infos


def _overlaps(a: ClaimInfo, b: ClaimInfo) -> bool:
    (s1, e1), (s2, e2) = a.claim.evidence[0], b.claim.evidence[0]
    return s1 < e2 and s2 < e1


def _points_unit(doc, text: str, start: int, end: int, unit, sent, sent_text: str):
    """(unit, end) with percentage points read after the number: "3 to 8 percentage points",
    "leads by 5 points", "Trump is up 15.6 points" (a lead with no word of polls in the sentence)."""
    if unit == "percent" and points_after_percentage(text, start, end) is not None:
        return "percentage point", points_after_percentage(text, start, end)
    if unit is None:
        points = is_percentage_points(text[end : end + 24], sent_text)
        if points is None:
            points = lead_points(doc, text, start, end, text[max(0, sent.start_char - 250) : sent.end_char])
        if points is not None:
            return "percentage point", end + points
    return unit, end


def _qualifier_of(text: str, sent_start: int, start: int, end: int, unit):
    """(qualifier, its start, the number's start): "over ten years" is a span of time, no
    qualifier, and an "over" the NER put inside the span is cut off it."""
    qualifier, q_start = find_qualifier(text, sent_start, start)
    if qualifier == "over" and re.search(r"\bover\s*$", text[q_start:start], re.I) and is_duration(unit, text, end):
        qualifier, q_start = None, start
    if re.match(r"over\s", text[start:end], re.I) and is_duration(unit, text, end):
        start += len(re.match(r"over\s+", text[start:end], re.I).group(0))
    return qualifier, q_start, start


def _claim_from_span(doc, text: str, span, quotes, sents: Sentences, tree: Optional[Tree] = None) -> Optional[ClaimInfo]:
    """The claim a number span makes, or None when it is no claim (a year, "the two", "9/11")."""
    raw = span.text
    got = parse_quantity(raw)
    if got is None:
        return None
    value, unit, low, high, qs, qe = got
    start, end = span.start_char + qs, span.start_char + qe
    if not_quantity(text, start, end):
        return None
    sent = sents.at(span.start)
    around = text[max(sent.start_char, start - 300) : min(sent.end_char, end + 300)]  # not the whole of a huge sentence
    sent_text = text[sent.start_char : sent.end_char]  # = sent.text, which rebuilds the string from every token
    start, end, unit, plus, scale = widen(text, start, end, unit, around)
    value *= scale
    unit, end = _points_unit(doc, text, start, end, unit, sent, sent_text)
    other = or_number(text, end) if low is None and unit is None else None
    if other is not None:  # "two or three officers": a range
        got = parse_quantity(other[0])
        if got is not None and got[1] is None and got[0] > value:
            low, high, end = value, got[0], other[1]
            value = (low + high) / 2
    rng = range_after(text, start, end, value) if low is None and unit is None and not is_change(text, start) else None
    if rng is not None:  # "about 8 to 10 percent" with "10 percent" out of every span
        low, high, unit, end = rng
        value = (low + high) / 2
    qualifier, q_start, start = _qualifier_of(text, sent.start_char, start, end, unit)
    ev_start = min(q_start, start)
    surface = text[start:end]
    if low is not None and qualifier is None:
        qualifier = "between"
    if qualifier is None and (plus or is_vague(surface)):
        qualifier = "at least"
    qspan = doc.char_span(start, end, alignment_mode="expand") if (start, end) != (span.start_char, span.end_char) else span
    qspan = span if qspan is None else qspan  # the number with its sign and unit symbol ("$225,000", "8.5 mm")
    counted, _of_phrase = counted_noun(qspan)
    if counted is not None and start <= counted.idx < end:
        counted = None  # the unit symbol itself
    if not _is_quantity(doc, text, span, start, end, unit, counted, value):
        return None
    counts, counts_evidence = refine_counts(qspan, unit, what_it_counts(qspan, unit, counted))  # "rose 3 percent": the rise
    if unit in ("percent", "percentage point"):
        passage = text[max(0, sent.start_char - 250) : sent.end_char + 250]  # "Rubio held 33 percent. The poll ..."
        better = share_counts(qspan, unit, counted, passage) or lead_counts(qspan) or position_lead(doc, text, start, end, unit) or race_share(qspan, unit, counted, passage, sent_text)
        if better is not None:  # "Clinton received 38 percent", "leads Trump by 5 points"
            counts, counts_evidence = better
    if counted is not None and counted.lemma_.lower() == "point" and counts is not None and counts.lower().startswith(("point", "percentage point")):
        counts, counts_evidence = None, []  # "points" names the measure, not what it measures
    counts, counts_evidence = _outside(text, counts, counts_evidence, ev_start, end)
    if counted is not None and 0 < counted.i - span.end <= 7 and doc[span.end].pos_ == "PROPN" and doc[span.end].idx >= end and not longer(counts, doc[span.end : counted.i + 1].text):
        # (not the unit's own letters the claim took: "4 mM glutamine", "1.20 g/m3")
        counts = doc[span.end : counted.i + 1].text  # "Operation Guardian of the Walls conflict"
        counts_evidence = [(doc[span.end].idx, counted.idx + len(counted.text))]
        if is_currency_code(unit):  # "the $3 million Wasserman Schultz raised": money raised by Wasserman Schultz
            counts, counts_evidence = name_subject_counts(span, counted) or (counts, counts_evidence)
    if unit is None and low is None and (times := multiplier_after(text, end)) is not None:
        unit, end = "times", times  # "five times more": a multiplier, not a count of occasions
        counts, counts_evidence = (None, []) if counts is not None and counts.lower() == "times" else (counts, counts_evidence)
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
        counts_evidence=counts_evidence,
    )
    info = ClaimInfo(
        claim=claim,
        head=counted.lemma_.lower() if counted is not None and counted.pos_ != "PRON" else None,
        description=description(counted, (span.start, span.end), tree) if counted is not None else None,
        verbs=verbs(span.root),
        phrase=phrase(counted, sents.at(counted.i).end, text) if counted is not None else None,
        sentence=(sent.start_char, sent.end_char),
        counts_clause=bool(counted is None and unit == "percent" and counts_evidence and counts_evidence[0][0] >= end),
    )
    return info


def _outside(text: str, counts, spans: list, start: int, end: int):
    """``counts`` and its spans without the quantity's own words ("greater than 10% uncertainty" ->
    "uncertainty"); nothing when no word is left."""
    out = []
    for s, e in spans:
        if s < end and start < e:
            if e <= end:
                continue
            cut = end + len(text[end:e]) - len(text[end:e].lstrip(" -"))
            if counts and counts.startswith(text[s:cut]):
                counts = counts[cut - s :]  # "10-point increase for Sanders" -> "increase for Sanders"
            s = cut
        out.append((s, e))
    if not out:
        return None, []
    if out != spans and len(out) == 1:
        counts = text[out[0][0] : out[0][1]]
    return counts, out


def _is_quantity(doc, text: str, span, start: int, end: int, unit, counted, value: float) -> bool:
    """Whether a number is a quantity: not a year, "the two", "one", a decade or a name ("9/11", "Two-State")."""
    surface = text[start:end]
    if unit is None and size_noun_after(text, end):
        return True  # "a 2000 page report": a count of pages, no year
    if unit is None and counted is None:
        if re.fullmatch(r"1[89]\d\d|20\d\d|2100", surface.strip()):
            return False
        if is_word_number(surface):
            return False
    if is_word_number(surface) and unit is None:
        if value <= 1 or re.search(r"\b(?:the|these|those|both|their|our|its|his|her|your|my)\s+$", text[max(0, start - 8):start], re.I):
            return False  # "one thing", "the two nations": a reference, not a quantity
    if re.match(r"-[A-Z]|[A-Za-z]", text[end:end + 2]) and unit is None:
        return False  # "Two-State", "3D", "14C": a name
    if unit is None and in_title(span, text, start, end):
        return False  # "the show The 411", '"American Skin (41 Shots)"': a title (titles.py)
    if unit is None and list_number(text, start, end):
        return False  # "1. Donald Trump (Last week: 2.)", "13" alone on its line: the number of an item in a list
    if re.match(r"(?:'|\u2019)?s\b", text[end:end + 3]) and unit is None:
        return False  # "the 90's", "1990s": a decade
    frac = re.fullmatch(r"(\d+)/(\d+)", surface.strip())
    if frac and not (0 < int(frac.group(1)) < int(frac.group(2)) <= 10):
        return False  # "9/11", "24/7": a name or a date, not a fraction
    if unit is None and counted is not None and counted.tag_ in ("NN", "NNP") and re.fullmatch(r"1[89]\d\d|20\d\d", surface.strip()):
        return False  # "the 2016 presidential primary", "a 1998 law": a year naming a singular thing, not a count of it
    return not (counted is not None and counted.ent_type_ in ("DATE", "TIME") and unit is None)


#: "18- to 24-year-old": the first bound of an age or duration range whose unit is written once
_DANGLING_RANGE_RE = re.compile(r"(?<![\w.,])(\d+)-\s+(?:to|and|or)\s+$")


def _merge_ratios(text: str, infos: list[ClaimInfo]) -> list[ClaimInfo]:
    """A count written as the whole of a ratio becomes the share it states ("1 in 4 residents",
    "one in five voters": 25 and 20 percent of what the whole counts; the part is no claim of its
    own), and a duration with a dangling first bound becomes its range ("18- to 24-year-old":
    18 to 24 years)."""
    out: list[ClaimInfo] = []
    for info in infos:
        c = info.claim
        start, end = c.evidence[0][0], c.evidence[-1][1]
        if c.low is None and c.qualifier is None and c.value is not None:
            dangling = _DANGLING_RANGE_RE.search(text[max(info.sentence[0], start - 12) : start])
            if dangling and c.unit in ("year", "month", "week", "day", "hour", "minute") and float(dangling.group(1)) < c.value:
                begin = start - (len(text[max(info.sentence[0], start - 12) : start]) - dangling.start(1))
                c.low, c.high, c.value = float(dangling.group(1)), c.value, (float(dangling.group(1)) + c.value) / 2
                c.qualifier, c.text, c.evidence = "between", text[begin:end], [(begin, end)]
            elif c.unit is None:
                part = ratio_before(text, start, info.sentence[0], c.value)
                share = ratio_share(part[0], c.value) if part else None
                whole = ratio_after(text, end) if part is None and c.qualifier is None and c.value < 100 else None
                if whole is not None and ratio_share(c.value, whole[0]) is not None:  # "up from 1 in 10 a decade ago"
                    c.value, c.unit = ratio_share(c.value, whole[0]), "percent"
                    c.text, c.evidence = text[start : whole[1]], [(start, whole[1])]
                if share is not None:
                    while out and out[-1].claim.evidence[-1][1] > part[1]:
                        gone = out.pop().claim  # the part as NER read it ("About 1")
                        if c.counts is None and gone.counts:
                            c.counts, c.counts_evidence = gone.counts, gone.counts_evidence
                    qualifier, q_start = find_qualifier(text, info.sentence[0], part[1])
                    begin = min(q_start, part[1])
                    c.value, c.unit, c.qualifier = share, "percent", qualifier
                    c.text, c.evidence = text[begin:end], [(begin, end)]
        out.append(info)
    return out


#: an amount in cents or pennies (USD hundredths since the unit reads them so)
_CENTS_RE = re.compile(r"\b(?:cents?|penn(?:y|ies))\b", re.I)


def _merge_ranges(text: str, infos: list[ClaimInfo]) -> list[ClaimInfo]:
    """Two amounts NER read apart that make one range ("$500 to $2,000": same unit, rising,
    joined by "to" or a dash, not a change "rose from $500 to $2,000") become one claim; so do a
    value and its margin ("78 ± 0.6%": low 77.4, high 78.6)."""
    out: list[ClaimInfo] = []
    for info in infos:
        prev = out[-1].claim if out else None
        c = info.claim
        if (prev is not None and prev.low is None and c.value is not None and prev.value is not None
                and re.fullmatch(r"\s*(?:\u00b1|\+/-|\+/\u2212)\s*", text[prev.evidence[-1][1] : c.evidence[0][0]])):
            start, end = prev.evidence[0][0], c.evidence[-1][1]  # "78 ± 0.6%": a value and its margin
            prev.low, prev.high = prev.value - c.value, prev.value + c.value
            prev.unit = prev.unit or c.unit
            prev.text, prev.evidence = text[start:end], [(start, end)]
            if prev.counts is None:
                prev.counts, prev.counts_evidence = c.counts, c.counts_evidence
            continue
        between = prev is not None and _BETWEEN_BEFORE_RE.search(text[max(0, prev.evidence[0][0] - 9) : prev.evidence[0][0]])
        if between and compared(text, prev.evidence[0][0] - len(between.group(0))):
            between = None  # "the difference between 34 °C and 38 °C": two values compared
        if between and prev.unit is None and c.value is not None and prev.value is not None and c.value >= 1000 * prev.value:
            between = None  # "between 2 and | 3 million" read apart: a scale written once, not read here
        if (prev is not None and (prev.unit == c.unit or (between and prev.unit is None)) and (prev.unit or between)
                and prev.low is None and c.low is None and prev.tally is None
                and c.value is not None and prev.value is not None and prev.value < c.value and c.qualifier is None
                and (re.fullmatch(r"\s*(?:to|-|\u2013)\s*", text[prev.evidence[-1][1] : c.evidence[0][0]])
                     or (between and re.fullmatch(r"\s+and\s+", text[prev.evidence[-1][1] : c.evidence[0][0]])))
                and not is_change(text, prev.evidence[0][0])
                and bool(_CENTS_RE.search(prev.text)) == bool(_CENTS_RE.search(c.text))):  # "climbed 69 cents to $101": a change, then a price
            start, end = prev.evidence[0][0] - (len(between.group(0)) if between else 0), c.evidence[-1][1]
            prev.low, prev.high, prev.value, prev.unit = prev.value, c.value, (prev.value + c.value) / 2, c.unit
            prev.text, prev.evidence = text[start:end], [(start, end)]
            prev.qualifier = prev.qualifier or "between"
            if prev.counts is None:
                prev.counts, prev.counts_evidence = c.counts, c.counts_evidence
            continue
        _dangling_between(text, c, prev)
        out.append(info)
    return out


#: "between " right before a range's first bound
_BETWEEN_BEFORE_RE = re.compile(r"\bbetween\s+$", re.I)
#: "between 40 and " before a quantity whose first bound NER did not read ("between 40 and 45 percent")
_BETWEEN_BOUND_RE = re.compile(r"\bbetween\s+(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s+and\s+$", re.I)


def _dangling_between(text: str, c: Claim, prev: Optional[Claim]) -> None:
    """A quantity right after "between N and" whose bound N is no claim of its own becomes the range
    (the unit written once: "between 40 and 45 percent" 40-45 percent)."""
    if c.low is not None or c.value is None or c.qualifier is not None or c.tally is not None:
        return
    start = c.evidence[0][0]
    m = _BETWEEN_BOUND_RE.search(text[max(0, start - 40) : start])
    begin = start - (len(text[max(0, start - 40) : start]) - m.start()) if m else None
    if m is None or (prev is not None and prev.evidence[-1][1] > begin) or compared(text, begin):
        return
    low = float(m.group(1).replace(",", ""))
    if not low < c.value or not c.text[:1].isdigit() or (c.unit is None and c.value == int(c.value) and 1800 <= c.value <= 2100):
        return  # "between 5 and $6", "between 200 and >1000 m": a sign on the second bound only
    c.low, c.high, c.value, c.qualifier = low, c.value, (low + c.value) / 2, "between"
    c.text, c.evidence = text[begin : c.evidence[-1][1]], [(begin, c.evidence[-1][1])]


def _merge_tallies(doc, text: str, infos: list[ClaimInfo]) -> list[ClaimInfo]:
    """A count that opens a tally ("a 19-15 vote", "a 3 to 1 margin", "won 52-48") becomes the tally:
    ``value`` the first side, ``tally`` the two sides, ``counts`` what is tallied; the second
    side is no claim of its own, and a tally is in no arithmetic check."""
    out: list[ClaimInfo] = []
    stop = -1
    for info in infos:
        c = info.claim
        start, end = c.evidence[0][0], c.evidence[-1][1]
        if start < stop:
            continue  # the second side, read alone
        got = tally(text, start, end, info.sentence[0]) if c.unit is None and c.low is None and c.qualifier is None else None
        if got is not None:
            stop, first, second, what, span = got
            c.value, c.tally = first, [first, second]
            c.text, c.evidence = text[start:stop], [(start, stop)]
            c.counts, c.counts_evidence = tally_counts(doc, what, span)
            info.head = None
        out.append(info)
    return out


#: two shares written as one with a hyphen or dash ("82%-12%", "42%-32.7%"): a result, no range
_SHARE_PAIR_RE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s?%\s?[-\u2013]\s?(\d{1,3}(?:\.\d+)?)\s?%")


#: words of a poll or a vote that make "34%-54%" two sides (a smaller first share: "a 42%-49% approval rating")
_SIDES_WORDS_RE = re.compile(r"\b(?:poll\w*|surve\w+|vot\w+|approv\w+|favou?r\w*|support\w*|lead\w*|deficit|margin|divide|split)\b", re.I)


def _share_pairs(text: str, infos: list[ClaimInfo]) -> None:
    """A pair of shares joined by a hyphen ("support background checks by 82%-12%", "leads 42%-32.7%")
    is the two sides of a poll or a vote: ``value`` the first, ``tally`` the two (never a range,
    whose middle no one stated), its evidence both, when the two make up most of a whole (50-100%)
    and the first is the larger or the sentence is about a poll or a vote; a span read as a range
    is left as it is."""
    for info in infos:
        c = info.claim
        if c.unit not in ("percent", None) or c.tally is not None or c.qualifier is not None or c.low is not None:
            continue  # (a range the extractor read stays one: "rates of 3%-4%")
        start = c.evidence[0][0]
        m = _SHARE_PAIR_RE.match(text, start, min(len(text), start + 24))
        if m is None or m.end() < c.evidence[-1][1] - 1:
            continue
        first, second = float(m.group(1)), float(m.group(2))
        if not 50 <= first + second <= 100.5 or first <= second and not _SIDES_WORDS_RE.search(text, *info.sentence):
            continue  # "rates of 3%-4%", "between 40%-45%": a range, not two sides of a whole
        c.value, c.tally, c.unit = first, [first, second], "percent"  # ("41%-32.5%": the parse may lose the sign)
        c.text, c.evidence = text[start : m.end()], [(start, m.end())]


#: between a count's noun and a bare count after it: another name ("delegates and Sanders 69", "delegates, Cruz 11")
_NAME_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Z][\w.'\u2019-]*\s+){1,3}")


def _gapped_counts(doc, text: str, infos: list[ClaimInfo]) -> None:
    """A bare count that leaves its noun out after a verb of having or winning counts what the
    count before it counts ("Cruz has 370 delegates, Kasich has 129": delegates), when that one is
    at most 300 characters before, in the same or the previous sentence; so does a bare count
    coordinated with it ("killed 49 people and wounded 53": people)."""
    for k in range(1, len(infos)):
        c, prev = infos[k].claim, infos[k - 1].claim
        if c.counts is not None or c.unit is not None or c.low is not None or prev.unit is not None or not prev.counts:
            continue
        start, end = c.evidence[0][0], c.evidence[-1][1]
        if len(prev.counts.split()) > 4 or start - prev.evidence[-1][1] > 300 or infos[k - 1].head is None:
            continue
        gap = text[prev.evidence[-1][1] : start]
        if infos[k - 1].sentence == infos[k].sentence and gap.strip().startswith(prev.counts) and _NAME_GAP_RE.fullmatch(
                gap.strip()[len(prev.counts) :] + " "):  # "Clinton has 501 delegates and Sanders 69"
            c.counts, c.counts_evidence = prev.counts, list(prev.counts_evidence)
            infos[k].head = infos[k - 1].head
            continue
        if "." in text[infos[k - 1].sentence[1] : infos[k].sentence[0]] or infos[k - 1].sentence[1] < infos[k].sentence[0] - 2:
            continue  # not the sentence right before
        if re.search(r"\b(?:which|who|that)\s+\w+\s+$", text[max(0, prev.evidence[0][0] - 20) : prev.evidence[0][0]], re.I):
            continue  # "Acapulco, which has 847,735 citizens, had 883": the count before is in an aside
        if gapped(text, start, end) or (infos[k - 1].sentence == infos[k].sentence and prev.counts_evidence
                                        and coordinated(doc, start, end, prev.counts_evidence[0][1])):
            c.counts, c.counts_evidence = prev.counts, list(prev.counts_evidence)
            infos[k].head = infos[k - 1].head


#: after the second count of a pair: what both count ("1,428 to 1,153 in pledged delegates")
_PAIR_IN_RE = re.compile(r"\s+(in|among)\s+")


def _count_pairs(doc, text: str, infos: list[ClaimInfo]) -> None:
    """The two bare counts of "A to B" (a tally: the larger first; a range puts the smaller first)
    count the same thing: what B counts ("212,205 to 210,424 votes"), else the plural noun of an "in"/"among" phrase right after B ("leads 1,428 to 1,153
    in pledged delegates, and 516 to 39 among superdelegates")."""
    for k in range(len(infos) - 1):
        a, b = infos[k].claim, infos[k + 1].claim
        if a.unit is not None or b.unit is not None or a.counts is not None or a.low is not None or b.low is not None:
            continue
        if not re.fullmatch(r"\s+to\s+", text[a.evidence[-1][1] : b.evidence[0][0]]):
            continue
        if a.value is None or b.value is None or a.value < b.value:
            continue  # "abundances (1 to 600 ppt": a range the extractor left in two, low first
        if b.counts is None:
            m = _PAIR_IN_RE.match(text, b.evidence[-1][1])
            prep = doc.char_span(m.start(1), m.end(1)) if m else None
            noun = next((c for c in prep[0].children if c.dep_ == "pobj"), None) if prep is not None and len(prep) else None
            if noun is None or noun.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
                continue
            words = noun_phrase(noun)
            end = noun.idx + len(noun.text)
            b.counts, b.counts_evidence = words, [(end - len(words), end)]
        a.counts, a.counts_evidence = b.counts, list(b.counts_evidence)


#: between two shares of one list by place or group: "in Ohio, ", " in Kansas and ", " among men, "
_IN_LIST_RE = re.compile(r"[^;:()]{0,40}?\s(?:in|among)\s+[^\d;:()]{1,60}?(?:,|\band\b)\s+(?:and\s+)?")


def _listed_shares(doc, text: str, infos: list[ClaimInfo]) -> None:
    """A share written right after a name in a list of candidates' shares ("Trump received 38
    percent, Libertarian Gary Johnson 3 percent and ... Jill Stein 3 percent") counts the same as
    the share before it, for that name ("support for Gary Johnson"); a share right after a name and
    a link word counts the support for that name ("followed by Ted Cruz at 17 percent"); the two shares
    of "Trump leads Clinton 44 percent to 37 percent" count the support for each side."""
    for k in range(len(infos) - 1):
        a, b = infos[k].claim, infos[k + 1].claim
        if a.unit == b.unit == "percent" and (a.counts is None or b.counts is None) and infos[k].sentence == infos[k + 1].sentence:
            s0, s1 = infos[k].sentence
            sides = pair_shares(doc, text, (a.evidence[0][0], a.evidence[-1][1]), (b.evidence[0][0], b.evidence[-1][1]),
                                text[max(0, s0 - 250) : s1])
            if sides == (None, None) and k >= 2 and infos[k - 2].sentence == infos[k].sentence and re.fullmatch(
                    r"[^\d;:.]{0,40}?\b(?:and|,)\s+", text[infos[k - 1].claim.evidence[-1][1] : a.evidence[0][0]]):
                sides = pair_shares(doc, text, infos[k - 2].claim.evidence[0], infos[k - 1].claim.evidence[-1], text[max(0, s0 - 250) : s1])
                sides = tuple((infos[k - 2 + j].claim.counts, infos[k - 2 + j].claim.counts_evidence) if side else None
                              for j, side in enumerate(sides))  # "..., and 42 percent to 39 percent in Florida"
            for c, side in zip((a, b), sides):
                if c.counts is None and side is not None:
                    c.counts, c.counts_evidence = side
    for k in range(1, len(infos)):
        c, prev = infos[k].claim, infos[k - 1].claim
        if c.counts is not None or c.unit != "percent" or prev.unit != "percent" or infos[k].sentence != infos[k - 1].sentence:
            continue
        what = listed_share(doc, text, prev.counts, prev.evidence[-1][1], c.evidence[0][0])
        if what is None and prev.counts and re.fullmatch(r"[^\d;:.]{0,40}\b(?:up|down)\s+from\s+", text[prev.evidence[-1][1] : c.evidence[0][0]]):
            what = prev.counts, list(prev.counts_evidence)  # "1 in 5 adults now rent, up from 1 in 10": adults
        if (what is None and prev.counts and _IN_LIST_RE.fullmatch(text[prev.evidence[-1][1] : c.evidence[0][0]])
                and re.match(r"\s+(?:in|among)\s", text[c.evidence[-1][1] :])):
            ev = prev.counts_evidence[0]  # "83% of voters in Ohio, 74% in Iowa and 71% in Maine"; "support", not "support in Ohio"
            what = (prev.counts, list(prev.counts_evidence)) if not re.search(r" (?:in|among) ", prev.counts) else (
                (text[ev[0] : ev[1]], [ev]) if prev.counts.startswith(text[ev[0] : ev[1]] + " ") else None)
        if what is not None:
            c.counts, c.counts_evidence = what
    for info in infos:  # "followed by Ted Cruz at 17 percent", "Clinton, who has 44 percent"
        c = info.claim
        if c.counts is None and c.unit == "percent" and c.low is None:
            s0, s1 = info.sentence
            what = named_share(doc, text, c.evidence[0][0], text[max(0, s0 - 250) : s1])
            if what is not None:
                c.counts, c.counts_evidence = what


def _age_groups(doc, text: str, infos: list[ClaimInfo], sents) -> list[ClaimInfo]:
    """An age range of a group ("blacks ages 16 to 24", "18- to 29-year-olds") is one claim (unit
    `year`, counts the group's age); the numbers NER read in it are no claims of their own."""
    groups = age_groups(text) if "age" in text or "year-olds" in text else []
    if groups and sents is None:
        sents = sentence_lookup(doc)
    for start, end, low, high, olds in groups:
        if any(i.claim.low is not None and i.claim.evidence[0][0] <= start < i.claim.evidence[-1][1] for i in infos):
            continue  # already a range ("18- to 24-year-old voters")
        infos = [i for i in infos if not (i.claim.evidence[0][0] < end and start < i.claim.evidence[-1][1])]
        counts = group_before(doc, start) if olds is None else ("age", [olds])
        sent = sents.at(doc.char_span(start, end, alignment_mode="expand").start)
        claim = Claim(id="", text=text[start:end], value=(low + high) / 2, unit="year", evidence=[(start, end)],
                      qualifier="between", counts=counts[0] if counts else None, low=low, high=high,
                      counts_evidence=counts[1] if counts else [])
        infos.append(ClaimInfo(claim=claim, sentence=(sent.start_char, sent.end_char)))
    if groups:
        infos.sort(key=lambda i: i.claim.evidence[0])
    return infos


def _link(text: str, infos: list[ClaimInfo]) -> None:
    """Percentages to their bases, and parenthesised restatements to what they restate."""
    for k, info in enumerate(infos):
        c = info.claim
        if c.unit == "percent" and k + 1 < len(infos):
            nxt = infos[k + 1]
            between = text[c.evidence[-1][1] : nxt.claim.evidence[0][0]]
            if nxt.claim.unit != "percent" and _OF_BASE_RE.fullmatch(between):
                info.base = nxt.claim.id
                if not (c.counts and nxt.claim.counts and c.counts.startswith(nxt.claim.counts + " ")):  # "rockets intercepted"
                    c.counts, c.counts_evidence = nxt.claim.counts, list(nxt.claim.counts_evidence)
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
                if prev.claim.counts and convert(1.0, prev.claim.unit, c.unit) is not None:  # "an area of 1.5 million km2 (580,000 square miles)"
                    c.counts, c.counts_evidence = prev.claim.counts, list(prev.claim.counts_evidence)
