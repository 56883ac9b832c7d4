"""A move stated twice, as an amount and as a per cent, with the level it moved to: "The Dow
fell 24.11 points, or 0.1 percent, to 18,432", "Chevron climbed 69 cents, or 0.7 percent, to $102".

In one sentence: a word stating the direction ("rose", "fell", "down"; ``lexicons/claim_check_words.tsv``)
right before an amount C, then ", or" and a percentage P, then ", to" (or "to close at") a level N in
C's unit ("points" are the level's own unit). The old level is N − C after a rise, N + C after a
fall; the per cent the move is of the old level is C ÷ old. Every figure is the range its rounding
allows (half the step it is written to), so the per cent is a range too:

- it meets P's range → ``consistent``;
- it does not, nor does C ÷ N (the per cent of the new level, a common slip of no consequence) →
  ``inconsistent``: one of the three figures is wrong.
"""

from __future__ import annotations

import re
from typing import Optional

from ...schema import Check
from .check_arith import fmt, rounded_range, unit_suffix
from .check_words import direction

#: between the amount and the per cent: ", or" (after "points" of an index)
_OR_GAP = re.compile(r"^\s*(?:(?:percentage\s+)?points?)?\s*,\s*or\s*$", re.I)
#: between the per cent and the level: ", to", ", to close at", ", at"
_TO_GAP = re.compile(r"^\s*,\s*(?:to|at)\s+(?:(?:close|end|finish|settle|open)\s+at\s+)?$", re.I)
#: the direction word must be right before the amount ("rose 3.54 points", "closed down 24.11")
_DIRECTION_SPAN = 30


def move_checks(text: str, infos: list) -> list[Check]:
    """The checks of moves stated as an amount, a per cent and a level, among the claims ``infos``
    of one sentence (in text order)."""
    checks: list[Check] = []
    for k in range(len(infos) - 2):
        c, p, n = (infos[k + j].claim for j in range(3))
        if c.value is None or p.value is None or n.value is None or p.unit != "percent" or c.unit == "percent":
            continue
        if c.unit != n.unit or c.low is not None or n.low is not None or p.low is not None or c.value <= 0:
            continue
        c_end, p_start = c.evidence[-1][1], p.evidence[0][0]
        if not _OR_GAP.match(text[c_end:p_start]) or not _TO_GAP.match(text[p.evidence[-1][1] : n.evidence[0][0]]):
            continue
        start = c.evidence[0][0]
        way = direction(text[max(infos[k].sentence[0], start - _DIRECTION_SPAN) : start])
        if way is None:
            continue
        check = _move_check(c, p, n, way)
        if check is not None:
            checks.append(check)
    return checks


def _places(claim) -> int:
    """How many decimals a figure is written with ("18,432.24" and "$41.20" -> 2, "69 cents" (0.69) -> 2,
    "102" -> 0), at most 4."""
    text = f"{claim.value:.4f}".rstrip("0")
    m = re.search(r"\d\.(\d+)", claim.text or "")
    return max(len(text.split(".")[1]) if "." in text else 0, min(len(m.group(1)), 4) if m else 0)


def _move_check(c, p, n, way: str) -> Optional[Check]:
    (clo, chi), (nlo, nhi), (plo, phi) = rounded_range(c), rounded_range(n), rounded_range(p)
    sign = -1 if way == "up" else 1
    old_lo, old_hi = nlo + sign * (chi if sign < 0 else clo), nhi + sign * (clo if sign < 0 else chi)
    if old_lo <= 0:
        return None
    rel_lo, rel_hi = 100 * clo / old_hi, 100 * chi / old_lo
    unit = unit_suffix(c.unit)
    old = n.value + sign * c.value
    rel = 100 * c.value / old
    verb = "rise" if way == "up" else "fall"
    places = max(_places(c), _places(n))
    cv, nv, ov = (f"{v:,.{places}f}" for v in (c.value, n.value, old))
    arithmetic = (f"{nv}{unit} {'−' if way == 'up' else '+'} {cv}{unit} = {ov}{unit} before; "
                  f"{cv} ÷ {ov} = {rel:.2f}% (range {rel_lo:.2f}–{rel_hi:.2f}%); the text gives {fmt(p.value)}%")
    ids = [c.id, p.id, n.id]
    if rel_lo <= phi and plo <= rel_hi:
        return Check("change", ids, arithmetic, "consistent",
                     f"A {verb} of {cv}{unit} to {nv}{unit} starts from {ov}{unit}, and "
                     f"{cv}{unit} is {rel:.2f}% of that: the {fmt(p.value)}% the text gives fits within rounding.")
    new_lo, new_hi = 100 * clo / nhi, 100 * chi / nlo
    if new_lo <= phi and plo <= new_hi:
        return Check("change", ids, arithmetic, "consistent",
                     f"{fmt(c.value)}{unit} is {rel:.2f}% of the level before ({fmt(old)}{unit}); the {fmt(p.value)}% the text "
                     f"gives is the share of the level after ({fmt(n.value)}{unit}), a minor difference of base.")
    return Check("change", ids, arithmetic, "inconsistent",
                 f"A {verb} of {cv}{unit} to {nv}{unit} starts from {ov}{unit}, so it is "
                 f"{rel:.2f}% (within rounding {rel_lo:.2f}–{rel_hi:.2f}%), not the {fmt(p.value)}% the text gives: "
                 "one of the three figures is wrong.")


#: after a share restating a part: "of" names its own base (``percentage_of_base``), ", to" a move
_SHARE_END = re.compile(r"^\s*(?:of\b|,?\s*(?:to|at)\s)", re.I)


def part_share_checks(text: str, infos: list) -> list[Check]:
    """A part restated as a per cent of a total the sentence gave before it ("super PACs spent $215
    million, just $9.2 million, or about 4 percent, was dedicated to ..."): the part ÷ the total
    within rounding meets the per cent → ``consistent``; else ``different bases possible`` (the
    per cent may be of another whole). No direction word before the part (that is a move)."""
    checks: list[Check] = []
    for k in range(1, len(infos) - 1):
        a, p = infos[k].claim, infos[k + 1].claim
        if a.value is None or p.value is None or p.unit != "percent" or a.unit == "percent" or a.low is not None or p.low is not None:
            continue
        if not _OR_GAP.match(text[a.evidence[-1][1] : p.evidence[0][0]]) or _SHARE_END.match(text, p.evidence[-1][1]):
            continue
        if direction(text[max(infos[k].sentence[0], a.evidence[0][0] - _DIRECTION_SPAN) : a.evidence[0][0]]):
            continue
        total = next((i.claim for i in reversed(infos[:k]) if i.claim.unit == a.unit and i.claim.value is not None
                      and i.claim.low is None and i.claim.value > a.value > 0), None)
        if total is not None:
            checks.append(_share_check(a, p, total))
    return checks


def _share_check(a, p, total) -> Check:
    (alo, ahi), (tlo, thi), (plo, phi) = rounded_range(a), rounded_range(total), rounded_range(p)
    share, lo, hi = 100 * a.value / total.value, 100 * alo / thi, 100 * ahi / tlo
    unit = unit_suffix(a.unit)
    arithmetic = (f"{fmt(a.value)}{unit} ÷ {fmt(total.value)}{unit} = {share:.2f}% (range {lo:.2f}–{hi:.2f}%); "
                  f"the text gives {p.text.strip()}")
    ids = [total.id, a.id, p.id]
    if lo <= phi and plo <= hi:
        return Check("percentage_of_base", ids, arithmetic, "consistent",
                     f"{fmt(a.value)}{unit} is {share:.2f}% of the {fmt(total.value)}{unit} the sentence gives first: "
                     f"{p.text.strip()} fits within rounding.")
    return Check("percentage_of_base", ids, arithmetic, "different bases possible",
                 f"{fmt(a.value)}{unit} is {share:.2f}% of the {fmt(total.value)}{unit} the sentence gives first, not "
                 f"{p.text.strip()}: the per cent may be of another whole the story does not give.")
