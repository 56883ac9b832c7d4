"""Change arithmetic: "rose from 4.1% to 3.1%, a drop of a quarter", "up 20% to 1.2 million
from 1 million".

In one sentence, a claim after "from" is the old value, one after "to" the new value (or the
figure just before ", up 20% from"), and one after "up", "down", "by", "a rise of", "a drop
of" (or before "increase", "drop", ...) the stated change; a share in words ("a drop of a
quarter") is a stated change too. A check is made only when the old and the new value are
both there, in the same unit, at most a few words apart with no list of items between them, with a word stating the direction or a stated change. It
compares:

- the direction the words state ("rose", "a drop") with the direction of the figures;
- the stated change with the difference (same unit, or "points") or the relative change
  (a percentage of a non-percentage, or a share in words). A percentage change of two
  percentages may be either (points or per cent of the old value): it is consistent if
  either reading fits, and the explanation says which.

Every figure is taken as the range its rounding and qualifier allow (:func:`.check_arith.interval`),
so "4.1%" is 4.05-4.15% and the relative change a range too.
"""

from __future__ import annotations

import re
from typing import Optional

from ...schema import Check
from .check_arith import cap, fmt, interval, unit_suffix, written_interval
from .check_words import FRACTION_ALT, QUALIFIER_ALT, direction, fold_qualifier, fraction_value

_FROM = re.compile(r"\bfrom\s*$", re.I)
_TO = re.compile(r"\bto\s*$", re.I)
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:up|down|by|rose|fell|increased|decreased|grew|jumped|climbed|dropped|declined|gained|lost|shrank|slipped|plunged|soared)"
    r"|\b(?:rise|drop|increase|decrease|fall|gain|jump|decline|cut|reduction|growth)\s+of)\s*$",
    re.I,
)
_CHANGE_AFTER = re.compile(r"^\s*(?:percent|per cent|%)?\s*(?:increase|decrease|rise|drop|fall|jump|gain|decline|cut|reduction|growth)\b", re.I)
_UP_DOWN_FROM = re.compile(r"^\s*,?\s*(?:up|down)\s*$", re.I)
_FRACTION_CHANGE = re.compile(
    r"\b(?:(?:a|an)\s+)?(?:rise|drop|increase|decrease|fall|gain|jump|decline|cut|reduction)\s+of\s+"
    r"(?:(" + QUALIFIER_ALT + r")\s+)?"
    r"(" + FRACTION_ALT + r")\b",
    re.I,
)
#: what may stand between the old and the new value: a few words ("from 4.1% in May to 3.1%",
#: "1.2 million, up 20% from 1 million"), no list of items ("from $272,000 on clothing, mugs and magnets to")
_CHANGE_GAP = re.compile(r"^(?!.*,[^,]*\b(?:and|or)\b)(?:\W*[\w'\u2019.%$]+){0,6}\W*$", re.S)
_POINTS = re.compile(r"^\s*(?:percentage\s+)?points?\b", re.I)


def change_checks(text: str, infos: list, sentence: tuple[int, int]) -> list[Check]:
    """The change checks of the claims ``infos`` of one sentence (in text order)."""
    roles = _roles(text, infos, sentence)
    old, new = roles.get("from"), roles.get("to")
    if old is None or new is None:
        return []
    a, b = old.claim, new.claim
    if a.value is None or b.value is None or a.unit != b.unit or a.low is not None or b.low is not None:
        return []
    if a.counts and b.counts and a.counts.lower() != b.counts.lower():
        return []
    if any(re.match(r"\s+among\b", text[c.evidence[-1][1] : c.evidence[-1][1] + 10], re.I) for c in (a, b)):
        return []  # "from 40% among men to 45% among women": two groups, not a change
    first, second = sorted((a, b), key=lambda c: c.evidence[0][0])
    if not _CHANGE_GAP.match(text[first.evidence[-1][1] : second.evidence[0][0]]):
        return []  # "from $272,000 on clothing, mugs and magnets to $375,000 on books": a list of items, not a change
    first = min(a.evidence[0][0], b.evidence[0][0])
    stated_dir = direction(text[max(sentence[0], first - 60) : first])
    change = roles.get("change")
    fraction = None
    if change is not None and change.claim.unit is None and change.claim.value is not None and change.claim.value < 1:
        words = re.sub(r"^(?:" + QUALIFIER_ALT + r")\s+", "", change.claim.text.strip(), flags=re.I)
        if fraction_value(words):  # "a drop of about a fifth", read as a claim of 0.2
            fraction = (fraction_value(words), change.claim.qualifier, f"{change.claim.text.strip()}")
            change = None
    if change is None and fraction is None:
        fraction = _fraction_change(text, sentence)
    if stated_dir is None and change is None and fraction is None:
        return []
    check = _change_check(a, b, stated_dir, change.claim if change else None, fraction)
    return [check] if check is not None else []


def _roles(text: str, infos: list, sentence: tuple[int, int]) -> dict:
    """The claims of the sentence that are the old value, the new value and the stated change."""
    roles: dict = {}
    prev_end = sentence[0]
    for k, info in enumerate(infos):
        c = info.claim
        start, end = c.evidence[0][0], c.evidence[-1][1]
        before = text[max(prev_end, start - 40) : start]
        if _FROM.search(before) and "from" not in roles:
            roles["from"] = info
            if "to" not in roles and "change" in roles and k >= 2:
                gap = text[infos[k - 2].claim.evidence[-1][1] : roles["change"].claim.evidence[0][0]]
                if _UP_DOWN_FROM.match(gap):
                    roles["to"] = infos[k - 2]  # "1.2 million, up 20% from 1 million"
        elif _TO.search(before) and "to" not in roles:
            roles["to"] = info
        elif (_CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(text[end : end + 20])) and "change" not in roles:
            roles["change"] = info
        prev_end = end
    return roles


def _fraction_change(text: str, sentence: tuple[int, int]) -> Optional[tuple[float, Optional[str], str]]:
    """A change stated as a share in words ("a drop of a quarter"): (fraction, qualifier, words)."""
    m = _FRACTION_CHANGE.search(text[sentence[0] : sentence[1]])
    if not m:
        return None
    value = fraction_value(m.group(2))
    q = fold_qualifier(m.group(1))
    return (value, q, m.group(0)) if value else None


def _change_check(a, b, stated_dir, change, fraction) -> Optional[Check]:
    """One change check: old ``a``, new ``b``, the stated direction and change (if any);
    None when there is nothing to compare (a stated change in another unit, no direction)."""
    alo, ahi = written_interval(a, (b,))
    blo, bhi = written_interval(b, (a,))
    unit = unit_suffix(a.unit)
    diff = b.value - a.value
    actual_dir = "up" if diff > 0 else "down" if diff < 0 else "flat"
    arithmetic = f"{fmt(b.value)}{unit} − {fmt(a.value)}{unit} = {fmt(diff)}{_points(a.unit, diff)}"
    rel = None
    if a.value:
        rel = diff / abs(a.value) * 100
        arithmetic += f"; {fmt(diff)} ÷ {fmt(a.value)} = {rel:+.1f}%"
    said = f"From {fmt(a.value)}{unit} to {fmt(b.value)}{unit} is a {'rise' if diff > 0 else 'fall'} of {fmt(abs(diff))}{_points(a.unit, diff)}"
    said += f" ({abs(rel):.1f}% of {fmt(a.value)}{unit})." if rel is not None else "."
    ids = [a.id, b.id] + ([change.id] if change is not None else [])
    problems: list[str] = []
    if stated_dir and actual_dir != "flat" and stated_dir != actual_dir:
        problems.append(f"the story calls it a {'rise' if stated_dir == 'up' else 'fall'} while the figures {'rise' if actual_dir == 'up' else 'fall'}")
    fits, note = None, ""
    if change is not None and change.value is not None:
        fits, note = _stated_change(a, change, (alo, ahi), (blo, bhi))
        arithmetic += f"; stated change {change.text.strip()}"
    elif fraction is not None:
        value, q, words = fraction
        lo, hi = interval(value * 100, q) if q else (value * 90, value * 110)
        r_lo, r_hi = _relative_range((alo, ahi), (blo, bhi))
        fits = _overlap((lo, hi), _magnitude(r_lo, r_hi))
        note = f"\u201c{words}\u201d is {fmt(value * 100)}% of the old value ({fmt(lo)}–{fmt(hi)}%)"
        arithmetic += f"; stated change {words} = {fmt(value * 100)}%"
        if re.search(r"\b(?:drop|decrease|fall|decline|cut|reduction)\b", words, re.I) and actual_dir == "up" or \
                re.search(r"\b(?:rise|increase|gain|jump)\b", words, re.I) and actual_dir == "down":
            problems.append(f"the story calls it \u201c{words}\u201d while the figures {'rise' if actual_dir == 'up' else 'fall'}")
    if fits is None and not stated_dir:
        return None
    if fits is False:
        problems.append(f"the stated change does not fit: {note}")
    if problems:
        return Check("change", ids, arithmetic, "inconsistent", f"{said} But {'; and '.join(problems)}: one of the figures or words is wrong.")
    tail = f" The stated change fits ({note})." if fits else " The words state the direction the figures show."
    return Check("change", ids, arithmetic, "consistent", cap(said + tail))


def _stated_change(a, change, old: tuple[float, float], new: tuple[float, float]) -> tuple[Optional[bool], str]:
    """Whether a stated change fits the old and new ranges, and the reading that fits (or was tried)."""
    clo, chi = written_interval(change)
    d_lo, d_hi = new[0] - old[1], new[1] - old[0]
    absd = _magnitude(d_lo, d_hi)
    absr = _magnitude(*_relative_range(old, new))
    points = change.counts and _POINTS.match(change.counts or "") or (change.unit or "") in ("point", "percentage point")
    if change.unit == "percent" and a.unit == "percent" and not points:
        if _overlap((clo, chi), absr):
            return True, f"{fmt(change.value)}% of the old value"
        if _overlap((clo, chi), absd):
            return True, f"{fmt(change.value)} percentage points"
        return False, f"neither {fmt(absd[0])}–{fmt(absd[1])} points nor {fmt(absr[0])}–{fmt(absr[1])}% of the old value is {fmt(change.value)}"
    if change.unit == "percent":
        ok = _overlap((clo, chi), absr)
        return ok, f"the change is {fmt(absr[0])}–{fmt(absr[1])}% of the old value, the story says {fmt(change.value)}%"
    if change.unit == a.unit or points:
        ok = _overlap((clo, chi), absd)
        return ok, f"the difference is {fmt(absd[0])}–{fmt(absd[1])}, the story says {fmt(change.value)}"
    return None, "not comparable"


def _relative_range(old: tuple[float, float], new: tuple[float, float]) -> tuple[float, float]:
    """The range of (new - old) / old in per cent, over the ranges of both figures."""
    vals = [(n - o) / abs(o) * 100 for o in old for n in new if o]
    return (min(vals), max(vals)) if vals else (0.0, 0.0)


def _magnitude(lo: float, hi: float) -> tuple[float, float]:
    """The range of sizes (absolute values) of a range of changes."""
    if lo * hi > 0:
        return (min(abs(lo), abs(hi)), max(abs(lo), abs(hi)))
    return (0.0, max(abs(lo), abs(hi)))


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _points(unit: Optional[str], diff: float) -> str:
    """The unit of a difference: percentage points for two percentages."""
    if unit == "percent":
        return " point" if abs(round(diff, 9)) == 1 else " points"
    return unit_suffix(unit)
