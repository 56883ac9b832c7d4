"""Sums of money said without a sign (session 11), given their currency after the claims are read:

- a bare scale word followed by "of dollars" or another currency word ("hundreds of thousands of
  dollars", "millions of euros") takes that currency;
- a bare scale word followed by "in cash" ("millions in cash") is money: the story's one currency,
  else USD, and counts the cash;
- "a six-figure ad buy", "a salary in the five figures": a sum with that many digits (low 100,000,
  high 999,999 for six), the story's one currency, else USD.
"""

from __future__ import annotations

import re

from .adjacent import currency_after
from .money_rates import money_rates
from .units import story_currency

_SCALE_WORDS = frozenset(("thousands", "millions", "billions", "trillions", "hundreds of thousands", "tens of thousands",
                          "hundreds of millions", "tens of millions", "hundreds of billions", "tens of billions"))
_OF_RE = re.compile(r"^[ \u00a0]+of(?=[ \u00a0])")
_CASH_RE = re.compile(r"^[ \u00a0]+in[ \u00a0]+(cash)\b")
_FIGURE_RE = re.compile(r"^(?:-|[ \u00a0])figures?\b")
_FIGURE_WORDS = {"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: switch for measuring the rules off (hand checks)
OFF = False


def money_words(text: str, infos: list) -> None:
    """Set the unit (and for "N-figure" the range) of the claims of ``infos`` whose money the words
    after them say (see the module docstring), in place."""
    if OFF:
        money_rates(text, infos)
        return
    story = story_currency(i.claim.unit for i in infos) or "USD"
    for info in infos:
        c = info.claim
        if c.unit is not None or c.low is not None:
            continue
        start, end = c.evidence[0]
        words = text[start:end].lower()
        bare = next((w for w in _SCALE_WORDS if words == w or words.endswith(" " + w)), None)
        if bare is not None and (of := _OF_RE.match(text[end : end + 6])) is not None:
            got = currency_after(text, end + of.end(), text[max(0, end - 200) : end + 60])
            if got is not None:
                c.unit = got[0]
            continue
        if bare is not None and (cash := _CASH_RE.match(text[end : end + 12])) is not None:
            c.unit = story
            if c.counts is None:
                c.counts, c.counts_evidence = "cash", [(end + cash.start(1), end + cash.end(1))]
            continue
        digits = _FIGURE_WORDS.get(words) or (int(words) if words.isdigit() and 4 <= int(words) <= 10 else None)
        if digits is not None and _FIGURE_RE.match(text[end : end + 9]) and c.value == digits:
            c.unit, c.low, c.high = story, float(10 ** (digits - 1)), float(10**digits - 1)
            c.value, c.qualifier = (c.low + c.high) / 2, "between"
    money_rates(text, infos)  # "$15 an hour": "minimum wage per hour" (session 13)
