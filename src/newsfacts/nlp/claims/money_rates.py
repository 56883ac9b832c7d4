"""Sums of money that are rates (session 13, second round): a sum followed by "a"/"an" and a rate
noun or by "per" and any noun is so much for each of it ("Hulu paid nearly $1 million an episode",
"oil would have to cost $350 a barrel", "a minimum wage of $15 an hour", "a carbon tax of $700 per
ton", "his $353,000-a-plate fundraiser"), and what it counts says the rate of what: "payment by Hulu per episode", "cost of oil per
barrel", "minimum wage per hour", "carbon tax per ton".

Rate nouns after "a"/"an" are the ``word`` rows of ``lexicons/claim_rate_nouns.tsv``; a time noun
followed by a ``not`` word is a time, not a rate ("$5 million a year ago", "a day before the
vote"). A count that already names the unit ("per", "a month", "monthly dues") or no count at all
is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicons
from .groups import people_words
from .units import is_currency_code

#: switch for measuring the rule off (hand checks)
OFF = False

_RATE_RE = re.compile(r"^(?:[ \u00a0]+|-)(a|an|per)(?:[ \u00a0]+|-)([A-Za-z]+)\b(?:[ \u00a0]*([A-Za-z]+))?")
_NOT_AFTER_PER = frozenset(("the", "a", "an", "cent", "his", "her", "its", "their", "our", "my", "your", "se", "annum"))
_ADJECTIVES = {"year": "annual yearly", "month": "monthly", "week": "weekly", "day": "daily", "hour": "hourly", "night": "nightly"}


@lru_cache(maxsize=None)
def rate_nouns() -> dict[str, frozenset[str]]:
    """``claim_rate_nouns.tsv`` by kind: ``{"word": rate nouns, "not": words that end a rate}``."""
    out: dict[str, set[str]] = {}
    for row in lexicons.rows("claim_rate_nouns.tsv"):
        out.setdefault(row[0], set()).add(row[1].lower())
    return {k: frozenset(v) for k, v in out.items()}


def rate_after(text: str, end: int):
    """``(noun, (start, end))`` of the rate noun after a sum that ends at ``end``, else None."""
    m = _RATE_RE.match(text[end : end + 60])
    if m is None:
        return None
    word, noun, after = m.group(1).lower(), m.group(2), (m.group(3) or "").lower()
    nouns = rate_nouns()
    if word == "per":
        if noun.lower() in _NOT_AFTER_PER or not noun.islower():
            return None
    elif noun not in nouns.get("word", ()) or after in nouns.get("not", ()):
        return None
    return noun, (end + m.start(2), end + m.end(2))


#: words that say a sum is a price or a pay, so a hyphenated rate may qualify it
_PRICE_WORDS = frozenset("cost costs price prices wage wages pay salary salaries fee fees rent dues earnings payment income tuition".split())


def money_rates(text: str, infos: list) -> None:
    """Add "per <noun>" to the counts of the money claims of ``infos`` that are rates, in place."""
    if OFF:
        return
    for info in infos:
        c = info.claim
        if c.counts is None or not is_currency_code(c.unit):
            continue
        got = rate_after(text, c.evidence[-1][1])
        if got is None:
            continue
        noun, ev = got
        said = c.counts.lower().split()
        people = people_words().get("people", ())
        hyphened = text[c.evidence[-1][1] : c.evidence[-1][1] + 1] == "-"
        if (hyphened or said[-1] in people or said[-1][:-1] in people) and not _PRICE_WORDS & set(said):
            continue  # "$11-an-hour clerks", "workers": their pay, which the counts do not say ("salaries of workers" does)
        if "per" in said or noun.lower() in said or any(a in said for a in _ADJECTIVES.get(noun.lower(), "").split()):
            continue
        c.counts = f"{c.counts} per {noun.lower()}"
        c.counts_evidence = sorted(list(c.counts_evidence) + [ev])
