"""Checks: how the numbers of one story relate, with the arithmetic and a verdict in plain words.

``run_checks(infos, names)`` is a pure function over :class:`~newsfacts.nlp.claims.extract.ClaimInfo`
objects (no spaCy needed); it attaches :class:`~newsfacts.schema.Check` records to every
claim involved. Three kinds here:

- ``percentage_of_base``: "about 90% of the 4,400 rockets" -> 90% x 4,400 = 3,960 (derived);
- ``conversion``: a restatement in parentheses, "1,500-kilometer (900 mile)", converted with
  pint and compared within the rounding the figures show (900 is rounded to the hundred);
- ``count_comparison``: two counts of the same thing (same counted noun and a shared
  verb above both numbers in the parse, reporting verbs aside, e.g. rockets intercepted), including a derived percentage; verdict ``consistent`` when the
  ranges their qualifiers allow overlap, ``different bases possible`` when they do not but
  the story describes the things counted differently, they come from different claimants,
  or the story names only the bare noun ("employees"), which is too little to say both
  count the same set; ``inconsistent`` when they do not and the story describes the same
  thing both times in the same words. Measures ("points", "margin", "times") are not counts.

Ranges a qualifier allows: about ±10%; over/at least: up to 25% above; up to/under: down to
25% below; nearly: up to 15% below; an unqualified figure: half its last rounded digit
(1,400 -> 1,350 to 1,450), at most ±10% ("10,000" -> 9,000 to 11,000). These are conventions, stated in every explanation's arithmetic.

Given the document's text, the checks that read the words around the numbers run too:
``change`` (:mod:`.check_change`), ``shares`` and ``parts_of_total`` (:mod:`.check_parts`),
``rounding``, ``per_capita`` and ``same_quantity`` (:mod:`.check_restate`), ``lead`` (a lead
with the two shares it is the difference of: :mod:`.check_leads`), and, given a
reference table, ``reference`` (:mod:`.check_reference`). The arithmetic they share is in
:mod:`.check_arith`.
"""

from __future__ import annotations

import heapq
import itertools
import re
from bisect import bisect_right
from typing import Optional

from ... import lexicons
from ...schema import Check
from .check_change import change_checks
from .check_leads import lead_checks
from .check_moves import move_checks, part_share_checks
from .check_parts import parts_checks, share_checks
from .check_reference import reference_checks
from .check_restate import per_capita_checks, rounding_checks, same_quantity_checks
from .check_targets import is_target
from .check_words import names_in
from .check_arith import cap, figure, fmt, granularity, interval, plausibly_restated, who, with_unit
from .units import convert

VERDICTS = ("consistent", "inconsistent", "different bases possible")
#: nouns a number measures rather than counts ("5 points"): never compared as counts
_MEASURE_NOUNS = frozenset(r[0] for r in lexicons.rows("claim_measure_nouns.txt"))


def _attach(check: Check, by_id: dict) -> None:
    for cid in check.claims:
        if cid in by_id:
            by_id[cid].checks.append(check)


def conversion_check(a, b) -> Optional[Check]:
    """Check that claim ``b`` (in parentheses) restates claim ``a`` in another unit."""
    if a.value is None or b.value is None or a.unit == b.unit:
        return None
    conv = convert(a.value, a.unit, b.unit)
    back = convert(b.value, b.unit, a.unit)
    if conv is None or back is None:
        return None
    gb, ga = granularity(b.value), granularity(a.value)
    off = abs(conv - b.value) / abs(b.value) if b.value else float("inf")
    ok = abs(conv - b.value) <= gb / 2 or abs(back - a.value) <= ga / 2 or off <= 0.02
    arithmetic = f"{with_unit(a.value, a.unit)} = {with_unit(conv, b.unit)}; the text gives {with_unit(b.value, b.unit)} ({off:.1%} off)"
    step = "nearest " + {1: "unit", 10: "ten", 100: "hundred", 1000: "thousand"}.get(int(gb), fmt(gb)) if gb >= 1 else f"nearest {gb:g}"
    if ok:
        explanation = (
            f"{with_unit(a.value, a.unit)} is {with_unit(conv, b.unit)}. The text gives {with_unit(b.value, b.unit)} in parentheses, "
            f"which is {fmt(conv)} rounded to the {step}: consistent within rounding."
        )
        verdict = "consistent"
    else:
        explanation = (
            f"{with_unit(a.value, a.unit)} is {with_unit(conv, b.unit)}, but the text gives {with_unit(b.value, b.unit)} in parentheses: "
            f"{off:.0%} off, more than rounding to the {step} explains. One of the two figures, or a unit, is wrong."
        )
        verdict = "inconsistent"
    return Check("conversion", [a.id, b.id], arithmetic, verdict, explanation)


def run_checks(infos: list, names: Optional[dict[str, str]] = None, *, text: Optional[str] = None,
               reference: tuple = (), published: Optional[str] = None) -> list[Check]:
    """Compute every check among the claims of one story and attach each to its claims.

    Args:
        infos: :class:`~newsfacts.nlp.claims.extract.ClaimInfo` objects of one document.
        names: entity id -> name, to name claimants in explanations.
        text: the document's text; without it only the checks that need no words around
            the numbers run (conversions, percentages of a base, comparisons of counts).
        reference: rows of a reference table (:func:`.check_reference.load_reference`).
        published: the publication date (ISO), to pick the reference row of the right date.

    Returns:
        The checks (each also appended to ``claim.checks`` of every claim it involves):
        conversions, percentages of a base, comparisons of counts, then the news checks
        (changes, shares, parts of a total, rounding, per capita, one quantity stated
        twice) and the reference checks.
    """
    names = names or {}
    infos = [i for i in infos if i.claim.tally is None]  # a score is no quantity to check
    by_id = {i.claim.id: i.claim for i in infos}
    checks = _conversion_checks(infos, by_id)
    percentage_checks, counts, used_as_base = _percentage_checks(infos, by_id)
    checks += percentage_checks
    counts += _plain_counts(infos, used_as_base, text)
    checks += _count_comparisons(counts, names)
    if text is not None and infos:
        checks += _news_checks(text, infos, names)
        if reference:
            checks += reference_checks(text, infos, reference, published)
    for ch in checks:
        _attach(ch, by_id)
    return checks


def _news_checks(text: str, infos: list, names: dict[str, str]) -> list[Check]:
    """The checks that read the words around the numbers, sentence by sentence, then across sentences."""
    sentences: list[list] = []
    for info in sorted(infos, key=lambda i: i.claim.evidence[0]):
        if sentences and sentences[-1][0].sentence == info.sentence:
            sentences[-1].append(info)
        else:
            sentences.append([info])
    checks: list[Check] = []
    for group in sentences:
        checks += change_checks(text, group, group[0].sentence)
        checks += move_checks(text, group)
        checks += part_share_checks(text, group)
        checks += share_checks(text, group)
        checks += parts_checks(text, group)
        checks += rounding_checks(text, group)
        checks += lead_checks(text, group)
    checks += per_capita_checks(text, sentences)
    checks += same_quantity_checks(text, infos, names)
    return checks


def _conversion_checks(infos: list, by_id: dict) -> list[Check]:
    """A conversion check for every claim restating the one before it in parentheses."""
    checks: list[Check] = []
    for info in infos:
        if info.in_parentheses_after and info.in_parentheses_after in by_id:
            ch = conversion_check(by_id[info.in_parentheses_after], info.claim)
            if ch:
                checks.append(ch)
    return checks


def _percentage_checks(infos: list, by_id: dict) -> tuple[list[Check], list[dict], set[str]]:
    """Percentages of a base: a check for each, and the counts they derive.

    Returns:
        ``(checks, derived counts, ids of the claims used as a base)``; each count is a
        dict of value and range, counted noun, verbs, descriptions, claim ids and wording.
    """
    info_by_id = {i.claim.id: i for i in infos}
    checks: list[Check] = []
    counts: list[dict] = []
    used_as_base: set[str] = set()
    for info in infos:
        c = info.claim
        if c.unit != "percent" or not info.base or info.base not in by_id or c.value is None:
            continue
        base = by_id[info.base]
        if base.value is None:
            continue
        used_as_base.add(base.id)
        derived = c.value / 100.0 * base.value
        noun = base.counts or "of the base"
        checks.append(_percentage_check(info, base, derived, noun, by_id))
        if base.unit:
            continue
        base_info = info_by_id[base.id]
        counts.append(
            {
                "value": derived,
                "interval": interval(derived, c.qualifier or None),
                "head": base_info.head,
                "verbs": info.verbs,
                "description": base_info.description,
                "phrase": base_info.phrase,
                "ids": [c.id, base.id],
                "label": f"{figure(c, '%')} of {fmt(base.value)} {noun}, i.e. about {fmt(derived)} {noun}",
                "claim": c,
                "short": f"about {fmt(derived)}",
                "derived": True,
                "sentence": info.sentence,
                "names": frozenset(),
            }
        )
    return checks, counts, used_as_base


def _percentage_check(info, base, derived: float, noun: str, by_id: dict) -> Check:
    """The check of one percentage of ``base`` (and of the amount it restates, if any)."""
    c = info.claim
    arithmetic = f"{fmt(c.value)}% × {fmt(base.value)} = {fmt(derived)}"
    note = ""
    if c.value > 100:
        note = " That is more than the base itself, which a share of it cannot be unless the figure is a growth rate."
    explanation = cap(
        f"{figure(c, '%')} of {fmt(base.value)} {noun} is {'about ' if c.qualifier else ''}{fmt(derived)} {noun}.{note}"
    )
    unit = f" {base.unit}" if base.unit else ""
    if base.unit:
        arithmetic = f"{fmt(c.value)}% × {fmt(base.value)}{unit} = {fmt(derived)}{unit}"
        explanation = cap(f"{figure(c, '%')} of {fmt(base.value)}{unit} is {fmt(derived)}{unit}.{note}")
    restated = by_id.get(info.restates) if info.restates else None
    if restated is None or restated.value is None:
        return Check("percentage_of_base", [c.id, base.id], arithmetic, "consistent", explanation)
    lo, hi = interval(derived, c.qualifier or None)
    rlo, rhi = interval(restated.value, restated.qualifier, restated.low, restated.high)
    arithmetic += f"; the text gives {figure(restated, unit)}"
    if lo <= rhi and rlo <= hi:
        verdict = "consistent"
        explanation += f" The story gives that amount as {figure(restated, unit)}: consistent."
    else:
        verdict = "inconsistent"
        explanation += (
            f" But the story gives that amount as {figure(restated, unit)}, which is not "
            f"{figure(c, '%')} of {fmt(base.value)}{unit}: one of the three figures is wrong."
        )
    return Check("percentage_of_base", [restated.id, c.id, base.id], arithmetic, verdict, explanation)


def _plain_counts(infos: list, used_as_base: set[str], text: Optional[str] = None) -> list[dict]:
    """The counts the claims state themselves (no unit, a counted noun that is no measure;
    not a number joined to its noun as a modifier of another noun, "the 1,237-delegate
    threshold", nor a counted "noun" with a digit, "a 4-to-3 vote")."""
    counts: list[dict] = []
    for info in infos:
        c = info.claim
        if c.unit is not None or c.value is None or info.head is None or c.id in used_as_base:
            continue
        if 0 < c.value < 1:
            continue  # "one-third of his union's workers", "more than half of": a share in words, not a count
        if info.head in _MEASURE_NOUNS or any(ch.isdigit() for ch in info.head):
            continue  # "5 points" and "3.7 points" are measures of different things, not counts of one
        if text is not None and _MODIFIER_RE.match(text, c.evidence[-1][1]):
            continue  # "the 1,237-delegate threshold": the number describes the threshold, it counts no delegates
        counts.append(
            {
                "value": c.value,
                "interval": interval(c.value, c.qualifier, c.low, c.high),
                "head": info.head,
                "verbs": info.verbs,
                "description": info.description,
                "phrase": info.phrase,
                "ids": [c.id],
                "label": f"{figure(c)} {c.counts or info.head}",
                "claim": c,
                "short": figure(c),
                "derived": False,
                "sentence": info.sentence,
                "names": names_in(text[info.sentence[0] : info.sentence[1]]) if text is not None else frozenset(),
                "target": text is not None and is_target(text, c.evidence[0][0], c.evidence[-1][1], info.sentence),
            }
        )
    return counts


#: a number joined by a hyphen to the noun after it ("1,237-delegate", "a 104-page document")
_MODIFIER_RE = re.compile(r"-[A-Za-z]")

def _count_comparisons(counts: list[dict], names: dict[str, str]) -> list[Check]:
    """Compare two counts of the same thing: the same counted noun and a shared verb, or
    the same multi-word description. Candidates come from indexes by (noun, verb) and
    (noun, description), at most COMPARE_LIMIT per count."""
    checks: list[Check] = []
    by_verb: dict = {}
    by_description: dict = {}
    for k, cnt in enumerate(counts):
        for v in cnt["verbs"] or ():
            by_verb.setdefault((cnt["head"], v), []).append(k)
        if cnt["description"] and " " in cnt["description"]:
            by_description.setdefault((cnt["head"], cnt["description"]), []).append(k)
    for i in range(len(counts)):
        c = counts[i]
        lists = [by_verb[(c["head"], v)] for v in c["verbs"] or ()]
        if c["description"] and " " in c["description"]:
            lists.append(by_description[(c["head"], c["description"])])
        later = heapq.merge(*(_after(lst, i) for lst in lists))
        for j in itertools.islice(_unique(later), COMPARE_LIMIT):
            if _same_thing(counts[i], counts[j]) and _worth_comparing(counts[i], counts[j]):
                checks.append(_compare(counts[i], counts[j], names))
    return checks


def _same_thing(a: dict, b: dict) -> bool:
    """Whether two counts count the same thing and are worth comparing."""
    if a["head"] != b["head"]:
        return False
    if a.get("target", False) != b.get("target", False):
        return False  # "pledged to admit 10,000" and "admitted 11,491": a goal and what happened (check_targets.py)
    if set(a["ids"]) & set(b["ids"]):
        return False
    if a["verbs"] and b["verbs"]:
        if not a["verbs"] & b["verbs"]:
            return False  # killed vs injured: different things
    elif not (a["description"] and a["description"] == b["description"] and " " in a["description"]):
        return False  # no verb to go by: only the same multi-word description makes them the same thing
    if a["sentence"] == b["sentence"] and not (a["derived"] or b["derived"]):
        return False  # one sentence giving two counts is usually contrasting parts
    return True


def _worth_comparing(a: dict, b: dict) -> bool:
    """Counts that agree, that differ by no more than :data:`.check_arith.RESTATED_RATIO`, or
    that the story ties closely: a count derived from a share of a base, or the same description
    of three words or more ("rockets fired at Oslo"; not "money spent", "delegates")."""
    (alo, ahi), (blo, bhi) = a["interval"], b["interval"]
    if (alo < bhi and blo < ahi) or plausibly_restated(a["value"], b["value"]) or a["derived"] or b["derived"]:
        return True
    return bool(a["description"]) and a["description"] == b["description"] and len(a["description"].split()) >= 3


#: switch for before/after measures: two near but unequal counts said with different names only
#: ("Obama got nearly 66 million votes", "McCain got nearly 60 million votes") are no agreement
NAMES_OFF = False

#: Each count is compared with at most this many later counts of the same thing (same noun
#: and a shared verb or the same description). A news article has a handful; a very long
#: text (thousands of articles joined) would otherwise give a check for every pair of its
#: thousands of counts of "people" or "rockets" (quadratic time and output).
COMPARE_LIMIT = 50


def _after(items: list[int], i: int):
    """The items of a sorted list greater than ``i``, lazily."""
    return (items[k] for k in range(bisect_right(items, i), len(items)))


def _unique(items):
    """A sorted iterable without repeats."""
    last = None
    for x in items:
        if x != last:
            yield x
            last = x


def _compare(a: dict, b: dict, names: dict[str, str]) -> Check:
    (alo, ahi), (blo, bhi) = a["interval"], b["interval"]
    ids = a["ids"] + b["ids"]
    arithmetic = (
        f"{a['short']} (range {fmt(alo)}–{fmt(ahi)}) vs {b['short']} (range {fmt(blo)}–{fmt(bhi)})"
    )
    who_a, who_b = who(a["claim"], names), who(b["claim"], names)
    said = f"{who_a[0].upper() + who_a[1:]} gives {a['label']}; {who_b} gives {b['label']}."
    only_a, only_b = sorted(a["names"] - b["names"]), sorted(b["names"] - a["names"])
    if alo < bhi and blo < ahi and not (only_a and only_b and a["value"] != b["value"] and not NAMES_OFF):
        return Check(
            "count_comparison", ids, arithmetic, "consistent",
            f"{said} The figures agree within what their wording allows.",
        )
    hi_v, lo_v = max(a["value"], b["value"]), min(a["value"], b["value"])
    ratio = hi_v / lo_v if lo_v else float("inf")
    first, second = (a, b) if a["value"] >= b["value"] else (b, a)
    more = f"{ratio:.1f} times as many" if ratio >= 2 else f"{(ratio - 1):.0%} more"
    gap = f"{fmt(first['value'])} is not {fmt(second['value'])}: {more}."
    da, db = a["description"] or "", b["description"] or ""
    if da != db or who_a != who_b:
        parts = []
        if da != db:
            parts.append(
                f"the first counts {a['phrase'] or da or a['head']}, the second {b['phrase'] or db or b['head']}"
            )
        if who_a != who_b:
            parts.append(f"they come from different sources, {who_a} and {who_b}")
        return Check(
            "count_comparison", ids, arithmetic, "different bases possible",
            f"{said} {gap} The two figures may count different things ({'; '.join(parts)}), so both may be "
            "right; the story does not reconcile them.",
        )
    if only_a and only_b:
        return Check(
            "count_comparison", ids, arithmetic, "different bases possible",
            f"{said} {gap} The first is said with {', '.join(only_a[:3])}, the second with {', '.join(only_b[:3])}: "
            "they may count for different places, people or times, so both may be right.",
        )
    if " " not in da.strip():
        head = a["claim"].counts or a["head"]
        return Check(
            "count_comparison", ids, arithmetic, "different bases possible",
            f"{said} {gap} Both count {head}, but the story does not say whether they count the same {head} "
            "(for instance at different times or places); if they do, one figure is wrong.",
        )
    return Check(
        "count_comparison", ids, arithmetic, "inconsistent",
        f"{said} {gap} The story describes the same thing both times ({da}), so at least one figure is wrong "
        "or out of date.",
    )
