"""Restatements: a figure restated rounded ("1,482 ballots, or nearly 1,500"; "48%, or nearly
half"), a per-capita figure against its total and population ("$1.2 billion, or $400 per
resident, for 3 million people"), and one quantity stated twice in a story with different
values.

- ``rounding``: a figure followed by ", or" and a qualified restatement of it in the same
  unit ("nearly", "about", "more than"; ", or $10 million" alone is an alternative), or by a
  dash or a parenthesis and a rounder or qualified one, or a percentage followed by a share
  in words. ``consistent`` when the first figure lies in the range the
  restatement allows (:func:`.check_arith.interval`; a share in words: ±10% of it, or its
  qualifier's range), ``inconsistent`` when not.
- ``per_capita``: a figure "per person" (per capita, per head, per resident, ...) with, in
  the same sentence, one other figure in its unit (the total) and, in that sentence or the
  one before, one count of people (the population). The total divided by the population is
  compared with the per-capita figure within the rounding of all three. With more than one
  candidate total or population no check is made.
- ``same_quantity``: two amounts (money, a measure; not percentages, which are shares of
  bases that differ by design, nor figures with "over", "at least", "under" or "up to",
  which are mostly thresholds: "incomes of more than $5 million") in different sentences
  that the story says measure the same thing (the same ``counts`` of two words or more, "the
  plan's cost"; not a sum with no maker, "money raised"), whose ranges do not overlap but whose values are within a factor of two
  (:func:`.check_arith.plausibly_restated`; further apart only with ``counts`` of three
  words or more), neither in a sentence that names a group ("among
  women", "out of 542 Republican voters"). ``inconsistent`` only when the
  same claimant gives both, in the same words, and neither sentence places its figure in time
  (a year, a month, "last", "initially", "expected", ...); otherwise ``different bases
  possible`` (two dates, two estimates). Figures that agree give no check (they are many and
  say little). Unit-less counts are compared by :mod:`.checks` (``count_comparison``).
"""

from __future__ import annotations

import re
from typing import Optional

from ...schema import Check
from .check_arith import fmt, granularity, interval, plausibly_restated, unit_suffix, who, written_interval
from .check_targets import one_target
from .money_clauses import GENERIC_MONEY
from .check_words import FRACTION_ALT, QUALIFIER_ALT, check_words, fold_qualifier, fraction_value, has_time_words, words_of

_RESTATE_GAP = re.compile(r"^(?:\s*[A-Za-z'\u2019-]+){0,3}\s*(?:,\s*(?:or|that is|i\.e\.)|\(|\u2014|\u2013|--)\s*(?:or\s+)?$", re.I)
_FRACTION_AFTER = re.compile(
    r"^(?:\s*[A-Za-z'\u2019-]+){0,3}\s*(?:,\s*or|\(|\u2014|\u2013|--)\s*(?:(" + QUALIFIER_ALT + r")\s+)?"
    r"(" + FRACTION_ALT + r")\b"
    r"(?!\s+of\b)",  # "18.7%, or less than one-third of his claim": a share of another figure
    re.I,
)


def rounding_checks(text: str, infos: list) -> list[Check]:
    """Rounded restatements within one sentence's claims (in text order)."""
    checks: list[Check] = []
    for k, info in enumerate(infos):
        a = info.claim
        if a.value is None or a.low is not None:
            continue
        end = a.evidence[-1][1]
        if a.unit == "percent":
            m = _FRACTION_AFTER.match(text[end : end + 60])
            if m and fraction_value(m.group(2)) is not None:
                checks.append(_fraction_check(a, m))
                continue
        if k + 1 >= len(infos):
            continue
        b = infos[k + 1].claim
        if b.value is None or b.low is not None or b.unit != a.unit or not _RESTATE_GAP.match(text[end : b.evidence[0][0]]):
            continue
        if not b.qualifier and (granularity(b.value) <= granularity(a.value) or "," in text[end : b.evidence[0][0]]):
            continue  # "5, or 6"; "$5 million, or $10 million if delayed": alternatives, not a rounding
        if infos[k + 1].in_parentheses_after == a.id and a.unit != b.unit:
            continue  # a conversion (checks.py)
        if not (0.5 <= b.value / a.value <= 2 if a.value else False) or _PER_PERSON.match(text[b.evidence[-1][1] :][:40]):
            continue  # "$1.2 billion, or about $400 for each resident": another quantity, not a rounding
        if "(" in text[end : b.evidence[0][0]] and _LABELLED.match(text, b.evidence[-1][1]):
            continue  # "57.5 percent of the vote (53 percent turnout)": another quantity with its own noun
        checks.append(_rounding_check(a, b))
    return checks


def _rounding_check(a, b) -> Check:
    lo, hi = interval(b.value, b.qualifier)
    unit = unit_suffix(a.unit)
    restated = f"{b.qualifier + ' ' if b.qualifier else ''}{fmt(b.value)}{unit}"
    arithmetic = f"{restated} allows {fmt(lo)}–{fmt(hi)}{unit}; the figure is {fmt(a.value)}{unit}"
    if lo <= a.value <= hi:
        return Check("rounding", [a.id, b.id], arithmetic, "consistent",
                     f"{fmt(a.value)}{unit} restated as {restated}: within the {fmt(lo)}–{fmt(hi)}{unit} that allows, consistent.")
    return Check("rounding", [a.id, b.id], arithmetic, "inconsistent",
                 f"{fmt(a.value)}{unit} restated as {restated}, which allows only {fmt(lo)}–{fmt(hi)}{unit}: "
                 "the restatement does not round the figure.")


def _fraction_check(a, m) -> Check:
    value = fraction_value(m.group(2)) * 100
    q = fold_qualifier(m.group(1))
    lo, hi = interval(value, q) if q else (value * 0.9, value * 1.1)
    words = f"{m.group(1) + ' ' if m.group(1) else ''}{m.group(2)}"
    arithmetic = f"\u201c{words}\u201d = {fmt(value)}%, allowing {fmt(lo)}–{fmt(hi)}%; the figure is {fmt(a.value)}%"
    ids = [a.id]
    if lo <= a.value <= hi:
        return Check("rounding", ids, arithmetic, "consistent",
                     f"{fmt(a.value)}% restated as \u201c{words}\u201d ({fmt(lo)}–{fmt(hi)}%): consistent.")
    return Check("rounding", ids, arithmetic, "inconsistent",
                 f"{fmt(a.value)}% restated as \u201c{words}\u201d, which is {fmt(lo)}–{fmt(hi)}%: the words do not fit the figure.")


#: a noun after a figure in parentheses, before the bracket closes ("(53 percent turnout)")
_LABELLED = re.compile(r"[ \u00a0]+[A-Za-z][\w'\u2019-]*(?:\s+[A-Za-z][\w'\u2019-]*){0,2}\s*\)")
_PER_PERSON = re.compile(r"^\s*(?:per|a|for each|for every|each)\s+(\w+(?:,\s*woman and child)?)\b", re.I)
#: "for each of its 3 million residents": the population follows
_PER_OF = re.compile(r"^\s*(?:per|for each|for every)\s+of\s+(?:its|the|their|our|his|her)\s+", re.I)


def per_capita_checks(text: str, sentences: list[list]) -> list[Check]:
    """Per-capita figures against their total and population (``sentences``: the claims of
    each sentence, in order)."""
    per = set(check_words()["per_person"])
    checks: list[Check] = []
    for k, group in enumerate(sentences):
        near_pops = None  # the populations of this sentence and the one before, found once
        for info in group:
            c = info.claim
            after = text[c.evidence[-1][1] : c.evidence[-1][1] + 40]
            m, of = _PER_PERSON.match(after), _PER_OF.match(after)
            if c.value is None or not (m or of):
                continue
            if near_pops is None:
                near_pops = [i.claim for g in sentences[max(0, k - 1) : k + 1] for i in g if _is_population(text, i)]
            pops = near_pops
            if of:  # the population is the next figure
                pops = [i.claim for i in group if i.claim.evidence[0][0] == c.evidence[-1][1] + of.end() and _is_population(text, i)]
                m = of if pops else None
            elif m and m.group(1).lower() not in per:
                m = None
            if c.value is None or not m:
                continue
            totals = [i.claim for i in group if i.claim is not c and i.claim.unit == c.unit and i.claim.value and i.claim.value > c.value]
            if len(totals) == 1 and len(pops) == 1 and pops[0].value:
                checks.append(_per_capita_check(c, totals[0], pops[0], "each" if of else m.group(0).strip()))
    return checks


def _is_population(text: str, info) -> bool:
    c = info.claim
    if c.unit is not None or c.value is None or c.value < 100 or c.low is not None:
        return False
    if info.head and info.head.lower() in check_words()["population"]:
        return True
    if (c.counts or "").split()[-1:] and (c.counts or "").split()[-1].lower() in check_words()["population"]:
        return True
    return bool(re.search(r"\bpopulation\s+(?:of\s+)?(?:about\s+|nearly\s+|some\s+|more than\s+)?$", text[max(0, c.evidence[0][0] - 30) : c.evidence[0][0]], re.I))


def _per_capita_check(v, total, pop, per_words: str) -> Check:
    tlo, thi = written_interval(total)
    plo, phi = written_interval(pop)
    vlo, vhi = written_interval(v)
    q = total.value / pop.value
    qlo, qhi = tlo / phi, thi / plo
    unit = f" {v.unit}" if v.unit and v.unit != "percent" else "%" if v.unit == "percent" else ""
    arithmetic = f"{fmt(total.value)}{unit} ÷ {fmt(pop.value)} = {fmt(q)}{unit} (rounding allows {fmt(qlo)}–{fmt(qhi)}); the story gives {fmt(v.value)}{unit} {per_words}"
    ids = [v.id, total.id, pop.id]
    if qlo <= vhi and vlo <= qhi:
        return Check("per_capita", ids, arithmetic, "consistent",
                     f"{fmt(total.value)}{unit} shared among {fmt(pop.value)} is {fmt(q)}{unit} each; the story's "
                     f"{fmt(v.value)}{unit} {per_words} is consistent within rounding.")
    return Check("per_capita", ids, arithmetic, "inconsistent",
                 f"{fmt(total.value)}{unit} shared among {fmt(pop.value)} is {fmt(q)}{unit} each, not the "
                 f"{fmt(v.value)}{unit} {per_words} the story gives: a figure is wrong, or the total is not spread over that population.")


_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "of", "'s", "\u2019s"}


def same_key(counts: Optional[str]) -> Optional[str]:
    """A ``counts`` phrase as a comparison key: lower case, no determiners or possessive
    marks; None when fewer than two words are left (too little to say two figures measure
    the same thing)."""
    if not counts:
        return None
    words = [w for w in re.findall(r"[\w'\u2019]+", counts.lower().replace("'s", " 's").replace("\u2019s", " 's")) if w not in _DETERMINERS]
    return " ".join(words) if len(words) >= 2 else None


def same_quantity_checks(text: str, infos: list, names: dict[str, str]) -> list[Check]:
    """Figures with a unit that measure the same thing, stated in two sentences with values
    their ranges cannot both hold."""
    by_key: dict[tuple, list] = {}
    for info in infos:
        c = info.claim
        key = same_key(c.counts)
        if c.unit in (None, "percent") or c.value is None or key is None or c.low is not None:
            continue  # shares of a base differ by design ("32% of claims" false, "11% of claims" true)
        if key in GENERIC_MONEY:
            continue  # "money raised" with no maker: two candidates' hauls are two sums
        if c.qualifier in ("over", "at least", "under", "up to"):
            continue  # "incomes of more than $5 million": a threshold, not an amount
        by_key.setdefault((c.unit, key), []).append(info)
    checks: list[Check] = []
    for key, group in by_key.items():
        for x, y in zip(group, group[1:]):
            if x.sentence == y.sentence or one_target(text, x, y):
                continue  # (a goal and what happened: check_targets.py)
            a, b = x.claim, y.claim
            ra, rb = written_interval(a), written_interval(b)
            if ra[0] <= rb[1] and rb[0] <= ra[1] or not plausibly_restated(a.value, b.value) and len(key[1].split()) < 3:
                continue  # (two figures far apart are two quantities of one kind: "$1.2 million" and "$332,000" spent)
            if words_of("group", text[x.sentence[0] : x.sentence[1]]) or words_of("group", text[y.sentence[0] : y.sentence[1]]):
                continue  # "among women", "out of 542 Republican voters": the figure of one group
            checks.append(_same_quantity_check(text, x, y, names, ra, rb))
    return checks


def _same_quantity_check(text: str, x, y, names, ra, rb) -> Check:
    a, b = x.claim, y.claim
    unit = unit_suffix(a.unit)  # a money or measure unit: never None here
    arithmetic = f"{fmt(a.value)}{unit} (range {fmt(ra[0])}–{fmt(ra[1])}) vs {fmt(b.value)}{unit} (range {fmt(rb[0])}–{fmt(rb[1])})"
    wa, wb = who(a, names), who(b, names)
    said = f"{wa[:1].upper() + wa[1:]} gives {a.counts} as {a.text.strip()}; {wb} gives {b.counts} as {b.text.strip()}."
    timed = has_time_words(text[x.sentence[0] : x.sentence[1]]) or has_time_words(text[y.sentence[0] : y.sentence[1]])
    if wa == wb and (a.counts or "").lower() == (b.counts or "").lower() and not timed:
        return Check("same_quantity", [a.id, b.id], arithmetic, "inconsistent",
                     f"{said} The story describes the same thing in the same words, with no date or estimate to tell them apart: "
                     "one figure is wrong or out of date.")
    reason = "different sources" if wa != wb else "the story may give them for different times, places or groups"
    return Check("same_quantity", [a.id, b.id], arithmetic, "different bases possible",
                 f"{said} The two figures differ beyond rounding, but they may be of different bases ({reason}); "
                 "the story does not reconcile them.")
