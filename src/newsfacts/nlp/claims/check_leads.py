"""A lead stated with the two shares it is the difference of: "found Clinton leading Trump by 15
points among likely voters, 52 percent to 37 percent", "a net negative 6 points (37 percent to 43
percent)", "up an average of 9.2 percentage points at 49.2 percent to 40 percent".

In one sentence: exactly one lead in points (a figure in percentage points after "by", "of", "up",
"ahead", "behind", "down", "net", "at", "+"/"-", or before "-point lead", "edge", "margin",
"advantage", "gap"; never a margin of error) and exactly one pair of shares "A percent to B
percent" (``claim_check_words.tsv`` plays no part: the words are fixed here). The difference
A − B (as a size) is compared with the lead, each figure the range its rounding allows (half the
step it is written to; a qualifier's range when it has one):

- the ranges meet → ``consistent``;
- they do not → ``inconsistent``: the lead is not the difference of the two shares it is given with.
"""

from __future__ import annotations

import re
from typing import Optional

from ...schema import Check
from .check_arith import fmt, rounded_range

#: the words right before a lead's figure ("leading Trump by", "a net negative", "is up", "+")
_BEFORE = re.compile(r"(?:\bby|\bof|\bup|\bahead|\bbehind|\bdown|\bnet(?:\s+(?:positive|negative))?|\bat|\baverage\s+of|[+\-\u2212])\s*(?:just\s+|only\s+|about\s+|nearly\s+|roughly\s+)?$", re.I)
#: the words right after it ("15-point lead", "three-point edge")
_AFTER = re.compile(r"^(?:[- ](?:percentage[- ])?points?)?\s*(?:lead|edge|margin|advantage|gap)\b", re.I)
#: a margin of error is no lead
_ERROR = re.compile(r"\berror\b|\bsampling\b", re.I)
#: between the two shares of a pair: "to" (after "percent" when the first share's text leaves it out)
_PAIR_GAP = re.compile(r"^\s*(?:percent|%)?\s*to\s*$", re.I)


def lead_checks(text: str, infos: list) -> list[Check]:
    """The lead check of one sentence's claims (``infos`` in text order), or nothing."""
    leads = [i.claim for i in infos if _is_lead(text, i.claim)]
    shares = [i.claim for i in infos if i.claim.unit == "percent" and i.claim.low is None]
    pairs = [(a, b) for a, b in zip(shares, shares[1:])
             if _PAIR_GAP.match(text[a.evidence[0][1] : b.evidence[0][0]])]
    if len(leads) != 1 or len(pairs) != 1:
        return []
    check = _lead_check(leads[0], *pairs[0])
    return [check] if check is not None else []


def _is_lead(text: str, claim) -> bool:
    """Whether a claim in percentage points is a lead, by the words around it (not a margin of error)."""
    if claim.unit != "percentage point" or claim.low is not None or claim.value is None or claim.value < 0:
        return False
    s, e = claim.evidence[0]
    before, after = text[max(0, s - 40) : s], text[e : e + 40]
    if _ERROR.search(before) or _ERROR.search(after[:30]) or _ERROR.search(claim.counts or ""):
        return False
    return bool(_BEFORE.search(before) or _AFTER.match(after))


def _lead_check(lead, a, b) -> Optional[Check]:
    """Compare ``lead`` with the difference of the shares ``a`` and ``b``."""
    if a.value is None or b.value is None or a.value == b.value:
        return None
    (alo, ahi), (blo, bhi), (llo, lhi) = rounded_range(a), rounded_range(b), rounded_range(lead)
    big, small = ((alo, ahi), (blo, bhi)) if a.value > b.value else ((blo, bhi), (alo, ahi))
    diff = abs(a.value - b.value)
    lo, hi = max(0.0, big[0] - small[1]), big[1] - small[0]
    arithmetic = (f"{fmt(a.value)}% − {fmt(b.value)}% = {fmt(diff)} points (range {fmt(lo)}–{fmt(hi)} with the "
                  f"rounding the shares show); the text gives a lead of {lead.text.strip()}")
    ids = [lead.id, a.id, b.id]
    if lo <= lhi and llo <= hi:
        return Check("lead", ids, arithmetic, "consistent",
                     f"The lead of {lead.text.strip()} is the difference of the two shares given with it "
                     f"({a.text.strip()} to {b.text.strip()}), within rounding.")
    return Check("lead", ids, arithmetic, "inconsistent",
                 f"The lead of {lead.text.strip()} is not the difference of the two shares given with it: "
                 f"{a.text.strip()} to {b.text.strip()} is {fmt(diff)} points.")
