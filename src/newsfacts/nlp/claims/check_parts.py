"""Parts and wholes: shares that should add up to 100%, and parts that should add up to the
total the story gives.

- ``shares``: two or more percentages listed in one sentence ("52% backed the plan, 41%
  opposed it and 7% were undecided"), none of them of a stated base ("52% of men and 48% of
  women" are shares of two wholes) nor of different things, nor a share nested in the one before
  ("46% positive -- including 16% enthusiastic") nor shares given "respectively" to two wholes. A check is made only when they
  are close to a whole: their sum within 100% plus the rounding of each (0.5 point per
  share) is ``consistent``; a sum over that is ``inconsistent`` for shares of a vote (up to
  130%: each voter votes once), ``different bases possible`` otherwise up to 110% (a poll
  question may allow several answers; further over, they are rates of different groups, no
  check). A sum below 100% is no check: lists leave shares out.
- ``parts_of_total``: a total and then its parts, after a colon or dash ("40 people were
  killed: 25 civilians and 15 soldiers"), "including", "of whom", "among them", or "Of the
  40 dead, 25 were civilians and 15 soldiers". Parts summing to the total (within rounding)
  are ``consistent``; more than the total is ``inconsistent``; less is ``consistent`` after
  "including" (a partial list) and ``different bases possible`` otherwise (the story leaves
  some of the total unaccounted for).
"""

from __future__ import annotations

import re

from ...schema import Check
from .check_words import direction
from .check_arith import fmt, granularity, written_interval

_LIST_GAP = re.compile(r"^[^\d;:.!?()]{0,60}$")
_VOTE = re.compile(r"\b(?:vote|votes|voted|ballots?|won|elect(?:ed|ion)|primary|runoff|caucus)\b", re.I)
_PARTS_CUE = re.compile(r"^\s*(?:\w+\s+){0,4}?(?:\w+)?\s*(?::|\u2014|\u2013|--|,\s*(including|of whom|among them|among whom))\s*", re.I)
_OF_THE = re.compile(r"\b(?:of|among)\s+(?:the|those|these)\s*$", re.I)
#: a share that is a part of the share before it ("including 16%", "among them 9%")
_NESTED = re.compile(r"\b(?:including|of whom|among them|among whom|of which)\b", re.I)
_PART_GAP = re.compile(r"^[^\d;:.!?()]{0,40}$")
#: A list has at most this many parts (a text of thousands of numbers in one "sentence" stays linear).
MAX_PARTS = 12


def share_checks(text: str, infos: list) -> list[Check]:
    """The shares check of the percentages listed in one sentence (at most one)."""
    shares = [i for i in infos if i.claim.unit == "percent" and i.claim.value is not None and i.claim.low is None]
    if len(shares) < 2 or len(shares) != sum(1 for i in infos if i.claim.unit == "percent"):
        return []
    if any(i.base for i in shares) or len({i.claim.counts.lower() for i in shares if i.claim.counts and not i.counts_clause}) > 1:
        return []  # "52% of men and 48% of women": shares of two wholes
    for x, y in zip(shares, shares[1:]):
        if not _LIST_GAP.match(text[x.claim.evidence[-1][1] : y.claim.evidence[0][0]]):
            return []
        gap = text[x.claim.evidence[-1][1] : y.claim.evidence[0][0]]
        if direction(gap) or re.search(r"\bfrom\b", gap, re.I):
            return []  # "3%, up from 2%", "rose to 62% from 58%": a change, not shares
        if _NESTED.search(gap):
            return []  # "46% positive -- including 16% enthusiastic --": a part of the share before
    if any(i.claim.qualifier not in (None, "about") for i in shares):
        return []
    if re.search(r"\brespectively\b", text[shares[0].sentence[0] : shares[0].sentence[1]], re.I):
        return []  # "polls from A and B respectively show a 56% and 54% approval rating": one share each, of two wholes
    if re.search(r"\bfrom\s*$", text[shares[0].sentence[0] : shares[0].claim.evidence[0][0]], re.I):
        return []  # "rose from 4% to 96%": a change, not shares
    total = sum(i.claim.value for i in shares)
    slack = sum(max(0.5, granularity(i.claim.value) / 2) if not i.claim.qualifier else i.claim.value * 0.1 for i in shares)
    ids = [i.claim.id for i in shares]
    listed = " + ".join(f"{fmt(i.claim.value)}%" for i in shares)
    arithmetic = f"{listed} = {fmt(total)}%; rounding allows up to {fmt(100 + slack)}%"
    if total > 130 or total < 100 - slack:
        return []
    if total <= 100 + slack:
        return [Check("shares", ids, arithmetic, "consistent",
                      f"The shares listed add up to {fmt(total)}%, which is 100% within the rounding of the figures.")]
    sentence = text[shares[0].sentence[0] : shares[0].sentence[1]]
    vote = bool(_VOTE.search(sentence))
    if not vote and total > 110:
        return []  # rates of different groups ("85% of Democrats, 40% of independents") add up to anything
    if vote:
        return [Check("shares", ids, arithmetic, "inconsistent",
                      f"The shares of the vote listed add up to {fmt(total)}%, more than 100% plus rounding "
                      f"({fmt(100 + slack)}%); each vote counts once, so at least one share is wrong.")]
    return [Check("shares", ids, arithmetic, "different bases possible",
                  f"The shares listed add up to {fmt(total)}%, more than 100% plus rounding ({fmt(100 + slack)}%): "
                  "either a figure is wrong or they are shares of different things (a poll question that allows "
                  "several answers, or different groups); the story does not say.")]


#: a figure compared with another right after it: a difference, not a part of the total before it
_DIFFERENCE_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower|greater|smaller|larger|bigger)\s+than\b", re.I)

#: switch for before/after measures of the rule above
DIFFERENCE_OFF = False


def parts_checks(text: str, infos: list) -> list[Check]:
    """The parts-of-a-total checks of one sentence's claims (in text order)."""
    checks: list[Check] = []
    for k, info in enumerate(infos):
        total = info.claim
        if total.value is None or total.low is not None or total.unit == "percent":
            continue
        end = total.evidence[-1][1]
        nxt = infos[k + 1].claim.evidence[0][0] if k + 1 < len(infos) else None
        if nxt is None:
            break
        of_the = _OF_THE.search(text[max(info.sentence[0], total.evidence[0][0] - 20) : total.evidence[0][0]])
        cue = _PARTS_CUE.match(text[end:nxt])
        if not (cue and cue.end() == nxt - end) and not (of_the and re.match(r"^[^\d,;:]{0,40},\s*$", text[end:nxt])):
            continue
        parts = _parts(text, infos[k + 1 : k + 1 + MAX_PARTS], total.unit, info.verbs, need_noun=not of_the)
        if len(parts) < 2:
            continue
        including = bool(cue and cue.group(1) and cue.group(1).lower() == "including")
        checks.append(_parts_check(total, [p.claim for p in parts], including))
    return checks


def _parts(text: str, infos: list, unit, verbs: frozenset, need_noun: bool = True) -> list:
    """The claims listed one after another (commas, "and"), in the same unit, with no range,
    up to one that depends on other verbs than the total ("40 were killed: 25 civilians, and
    200 were injured": 200 is no part) or, with ``need_noun``, that counts no noun ("3
    children: 2 boys aged 5 and 7": 5 and 7 are ages)."""
    parts = []
    for info in infos:
        c = info.claim
        if c.value is None or c.unit != unit or c.low is not None or info.base:
            break
        if need_noun and unit is None and not (info.head or c.counts):
            break
        if not DIFFERENCE_OFF and _DIFFERENCE_AFTER.match(text, c.evidence[-1][1]):
            break  # "$544 billion -- $105 billion more than last year, and $130 billion more than ...": differences, no parts
        if verbs and info.verbs and not verbs & info.verbs:
            break
        if parts and not _PART_GAP.match(text[parts[-1].claim.evidence[-1][1] : c.evidence[0][0]]):
            break
        parts.append(info)
    return parts


def _parts_check(total, parts: list, including: bool) -> Check:
    """Compare the parts' sum with the total, within the ranges the figures allow."""
    s = sum(p.value for p in parts)
    lo = sum(written_interval(p)[0] for p in parts)
    hi = sum(written_interval(p)[1] for p in parts)
    tlo, thi = written_interval(total)
    unit = f" {total.unit}" if total.unit else ""
    listed = " + ".join(fmt(p.value) for p in parts)
    arithmetic = f"{listed} = {fmt(s)}{unit}; the total given is {fmt(total.value)}{unit}"
    ids = [total.id] + [p.id for p in parts]
    what = total.counts or "the total"
    if lo <= thi and tlo <= hi:
        return Check("parts_of_total", ids, arithmetic, "consistent",
                     f"The parts ({listed}) add up to {fmt(s)}{unit}, the {fmt(total.value)}{unit} {what} given: consistent.")
    if lo > thi:
        return Check("parts_of_total", ids, arithmetic, "inconsistent",
                     f"The parts ({listed}) add up to {fmt(s)}{unit}, more than the {fmt(total.value)}{unit} {what} "
                     "they are parts of: a part or the total is wrong.")
    if including:
        return Check("parts_of_total", ids, arithmetic, "consistent",
                     f"The parts named after \u201cincluding\u201d ({listed}) add up to {fmt(s)}{unit}, within the "
                     f"{fmt(total.value)}{unit} {what}: a partial list, consistent.")
    return Check("parts_of_total", ids, arithmetic, "different bases possible",
                 f"The parts ({listed}) add up to {fmt(s)}{unit}, less than the {fmt(total.value)}{unit} {what} given: "
                 f"{fmt(total.value - s)} are not accounted for. The list may be partial; the story does not say.")
