"""Number spans of a Doc: which stretches of text may state a quantity, and how a span splits.

:func:`number_spans` takes spaCy's CARDINAL, QUANTITY, PERCENT and MONEY entities, the
durations the dates stage found inside DATE spans ("11-day"), DATE spans that are plain
number ranges ("between 10 and 20"), fractions before "of" ("a third of voters", "half of
the members"), shares NER read into a name ("Trump 47 percent to" as an organisation) and numbers NER missed that carry a unit symbol ("8.5 mm", "38 °C").
:func:`pieces` splits a span that holds two values, not a range: a poll pair ("47 percent
to 43 percent", the larger first) or a change ("rose from 4.1% to 3.1%").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ... import lexicons
from .adjacent import TIME_UNITS, currency_before, size_noun_after, symbol_after
from .check_words import FRACTION_ALT
from .measured import CHANGE_VERBS
from .numbers import NUMERIC_LABELS, parse_quantity

_DATE_RANGE_RE = re.compile(r"(?:between\s+)?(\d[\d,.]*)\s+(?:and|to)\s+(\d[\d,.]*)", re.I)
#: a name or time NER gave a quantity: it starts with the number ("\u223c1000 K", "0.003 Hz"; not "x=0.64 H", "Boeing 747")
_LEADING_NUMBER_RE = re.compile(r"[~\u223c\u2248<>\u2265\u2264+\u2212-]?\s?\d")
#: a range of time NER tags as a date and the dates stage leaves unresolved ("5\u20136 days", "4 to 88 days", "between 10 and 20 years")
_TIME_RANGE_RE = re.compile(r"(?:between\s+)?(\d+(?:\.\d+)?)(?:\s*[\u2013-]\s*|\s+(?:and|to)\s+)(\d+(?:\.\d+)?)", re.I)
#: a share in words before "of" or "the" ("a third of voters", "half the members"; lexicons/claim_check_words.tsv)
_FRACTION_RE = re.compile(r"\b(?:" + FRACTION_ALT + r")(?=\s+(?:of|the)\s)", re.I)
_BARE_NUMBER_RE = re.compile(r"(?<![\w.,/\-])[\u2212\-~\u223c\u2248<>\u2265\u2264]?\d+(?:[.,]\d+)*(?:\s?[\u2013\-]\s?\d+(?:\.\d+)?)?(?![\w.,]?\d)")
# "n = 6761", "ratio=1.37": a plain word before the sign, not code ("window.__x = 1", "a[i]=2")
_EQUALS_RE = re.compile(r"(?<![\w.\]\[)(])[A-Za-z]{1,20}\s?[=\u2248]\s?$")
_FRACTION_WORDS_RE = re.compile(r"(?:" + FRACTION_ALT + r")", re.I)
_OF_SCALE_RE = re.compile(r"\s+of\s+(?:a|an|one)\s+(?:hundred|thousand|million|billion|trillion)\b(?:\s+(?:dollars|euros|pounds))?", re.I)
_SHARE_IN_NAME_RE = re.compile(r"(?<![\w.,])\d{1,2}(?:\.\d)?\s+percent\b")
#: labels of names that NER sometimes stretches over a share ("Clinton led Trump 47 percent to")
_NAME_LABELS = ("ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW")
_TO_RE = re.compile(r"(?P<a>.*\d.*?)\s+to\s+(?P<b>.*\d.*)")
_BETWEEN_RE = re.compile(r"(?P<w>between\s+)(?P<a>.*\d.*?)\s+and\s+(?P<b>.*\d.*)", re.I)
#: a word of comparison a few words before "between" ("the difference in density between"; lexicons/claim_comparison_words.txt)
_COMPARISON_RE = re.compile(r"\b(?:" + "|".join(r[0] for r in lexicons.rows("claim_comparison_words.txt")) + r")\b(?:\s+\S+){0,5}\s+$", re.I)


def _durations(doc, dates):
    """The durations the dates stage found, as spans inside DATE/TIME entities, in the old order."""
    durations = {(d.evidence[0][0], d.evidence[0][1]) for d in dates if d.precision == "duration" and d.value}
    rank = {d: k for k, d in enumerate(durations)}
    by_start = sorted(durations)
    starts = [s for s, _ in by_start]
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        # the durations inside the entity, by bisect (a walk over all of them per entity was quadratic)
        inside = by_start[bisect_left(starts, ent.start_char) : bisect_right(starts, ent.end_char)]
        for s, e in sorted(inside, key=rank.__getitem__):
            if ent.start_char <= s and e <= ent.end_char:
                sub = doc.char_span(s, e, alignment_mode="expand")
                if sub is not None:
                    yield ent, sub


def number_spans(doc, text: str, dates=()) -> list:
    """The spans of ``doc`` that may state a quantity, in text order (see the module docstring)."""
    spans = []
    with_duration = set()
    for ent, sub in _durations(doc, dates):
        spans.append(sub)
        with_duration.add(ent.start)
    for ent in doc.ents:
        if ent.label_ in NUMERIC_LABELS:
            scale = _OF_SCALE_RE.match(text, ent.end_char) if _FRACTION_WORDS_RE.fullmatch(ent.text) else None
            wider = doc.char_span(ent.start_char, scale.end(), alignment_mode="expand") if scale else None
            spans.append(wider or ent)  # "a quarter | of a million dollars": one amount
        elif ent.label_ == "DATE" and ent.start not in with_duration:
            m = _DATE_RANGE_RE.fullmatch(ent.text) or _unit_range(ent.text) or _time_range(ent.text)
            if m and not any(re.fullmatch(r"1[89]\d\d|20\d\d", g) for g in m.groups()):
                spans.append(ent)  # "between 10 and 20", "between 20 and 45 dollars" tagged as a date
            elif _counted_date(text, ent):
                spans.append(ent)  # "a 2000 page report", "1540 cm\u22121" tagged as a date
    taken = _Taken([(e.start_char, e.end_char) for e in doc.ents if e.label_ != "ORDINAL"])
    for m in _FRACTION_RE.finditer(text):
        if not taken.touches(m.start(), m.end()):
            scale = _OF_SCALE_RE.match(text, m.end())  # "a quarter | of a million dollars": one amount
            sub = doc.char_span(m.start(), scale.end() if scale else m.end(), alignment_mode="expand")
            if sub is not None:
                spans.append(sub)
    for ent in doc.ents:  # "Trump 47 percent to" read as one organisation: the share inside it
        if ent.label_ in _NAME_LABELS and "percent" in ent.text:
            for m in _SHARE_IN_NAME_RE.finditer(ent.text):
                sub = doc.char_span(ent.start_char + m.start(), ent.start_char + m.end(), alignment_mode="expand")
                if sub is not None:
                    spans.append(sub)
    if any(c.isdigit() for c in text):
        spans.extend(_unit_numbers(doc, text, _Taken([(e.start_char, e.end_char) for e in doc.ents if not _misread(e)])))
    spans.sort(key=lambda s: (s.start_char, -s.end_char))
    return spans


def _counted_date(text: str, ent) -> bool:
    """Whether a DATE span is a bare number that counts a noun of size ("a 2000 page report") or
    carries a unit symbol of two or more characters ("1540 cm\u22121"), not a year."""
    if not re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", ent.text):
        return False
    if size_noun_after(text, ent.end_char):
        return True
    sym = symbol_after(text, ent.end_char)
    return sym is not None and sym[1] - ent.end_char >= 3


def _unit_range(text: str):
    """The match of a plain range followed by one unit word that is no time ("between 20 and 45
    dollars", "10 to 15 percent" tagged as a date), or None ("between 10 and 20 years" is a duration)."""
    m = _DATE_RANGE_RE.match(text)
    if m is None or not re.fullmatch(r"\s+[a-z]+", text[m.end() :]):
        return None
    got = parse_quantity(text)
    return m if got is not None and got[2] is not None and got[1] not in (None, *TIME_UNITS) else None


def _time_range(text: str):
    """The match of a range of two plain numbers followed by one unit of time ("5\u20136 days", "4 to 88
    days", "between 10 and 20 years"), which the dates stage gives no value; None otherwise (a year, a word)."""
    m = _TIME_RANGE_RE.match(text)
    if m is None or not re.fullmatch(r"\s+[a-z]+", text[m.end() :]):
        return None
    got = parse_quantity(text)
    return m if got is not None and got[1] in TIME_UNITS and got[2] is not None else None


def _misread(ent) -> bool:
    """Whether NER took a number for a name or a time ("\u223c1000 K" as a person, "0.003 Hz" as a
    product, "4\u20137 kV" as a time): such an entity does not keep a number with a unit symbol from being read."""
    return ent.label_ in _NAME_LABELS + ("TIME",) and _LEADING_NUMBER_RE.match(ent.text) is not None


class _Taken:
    """Entity character spans (they never overlap), asked by bisect whether a stretch touches one
    (a scan of every entity for each number was quadratic on long texts)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def touches(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end) - 1  # the last entity starting before ``end``: any earlier one ends before it
        return k >= 0 and self.spans[k][1] > start


def _unit_numbers(doc, text: str, taken: _Taken):
    """Numbers outside every entity written with a unit symbol right after ("8.5 mm", "0.06 mbar"),
    a currency sign right before ("$2,000" that NER missed) or right after an equals sign ("n = 6761")."""
    for m in _BARE_NUMBER_RE.finditer(text):
        if taken.touches(m.start(), m.end()):
            continue
        if (symbol_after(text, m.end()) is None and currency_before(text, m.start()) is None
                and not _EQUALS_RE.search(text[max(0, m.start() - 24) : m.start()])):
            continue
        sub = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if sub is not None:
            yield sub


#: words between "from" and the old value ("from the current $7.25", "from today's 4.1%")
_FROM_WORDS = frozenset(("the", "its", "their", "a", "current", "present", "existing", "today's", "now"))
#: words between a verb of change and its "from" that end its object ("raising the federal minimum wage from"):
#: a participle, a relative word or a preposition opens another phrase ("families earning from $5 to $10")
_OBJECT_BREAK_RE = re.compile(r"(?:ing|ed)$|^(?:for|of|with|who|that|which|in|at|on|by|among|to|and|or)$")


def _change_verb(word: str) -> bool:
    """A verb of change as written ("raise", "rose") or its -ing form ("raising", "cutting", "lowering")."""
    if word in CHANGE_VERBS:
        return True
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    return stem in CHANGE_VERBS or stem + "e" in CHANGE_VERBS or (stem[-1] == stem[-2] and stem[:-1] in CHANGE_VERBS)


def is_change(text: str, start: int) -> bool:
    """Whether the values from ``start`` on are a change ("rose from 4.1% to 3.1%", "raising the
    minimum wage from the current $7.25 to $12": the old value and the new), not a range."""
    before = text[max(0, start - 80) : start].lower().split()
    while before and before[-1] in _FROM_WORDS and len(before) >= 2 and before[-2] in _FROM_WORDS | {"from"}:
        before.pop()  # "from the current": the words before the old value
    if len(before) < 2 or before[-1] != "from":
        return False
    if any(w in CHANGE_VERBS for w in before[-4:-1]):
        return True
    for k in range(2, min(len(before), 7) + 1):  # the verb up to five words before "from", its object between
        word = before[-k].strip(",;:")
        if _change_verb(word):
            return True
        if word != before[-k] or _OBJECT_BREAK_RE.search(word):
            return False
    return False


def compared(text: str, start: int) -> bool:
    """Whether "between" at ``start`` opens two things compared, not a range ("the difference in CO2
    density between 34 °C and 38 °C"): a word of comparison at most five words before it."""
    return bool(_COMPARISON_RE.search(text[max(0, start - 60) : start]))


_AND_RE = re.compile(r"(?P<a>.*\d.*?)\s+and\s+(?P<b>\D{0,4}\d.*)")


def _two_amounts(doc, span) -> list:
    """"US$12 million and C$8 million": two amounts NER read as one, each with its own unit
    (not "10 and 20 percent", whose first number has none: left whole)."""
    m = _AND_RE.fullmatch(span.text)
    if not m:
        return [span]
    a, b = parse_quantity(m.group("a")), parse_quantity(m.group("b"))
    if a is None or b is None or a[1] is None or b[1] is None or a[2] is not None:
        return [span]
    base = span.start_char
    first = doc.char_span(base + m.start("a"), base + m.end("a"), alignment_mode="expand")
    second = doc.char_span(base + m.start("b"), base + m.end("b"), alignment_mode="expand")
    return [s for s in (first, second) if s is not None] or [span]


def pieces(doc, text: str, span) -> list:
    """The span as one quantity, or its two values when it is a pair or a change, not a range:
    "47 percent to 43 percent" (the larger first: a poll's two shares), "rose from 4.1% to 3.1%",
    "the difference between $30,000 and $60,000"."""
    between = _BETWEEN_RE.fullmatch(span.text) if span.text[:8].lower() == "between " else None
    if between is not None and compared(text, span.start_char):
        base = span.start_char
        first = doc.char_span(base + between.start("a"), base + between.end("a"), alignment_mode="expand")
        second = doc.char_span(base + between.start("b"), base + between.end("b"), alignment_mode="expand")
        return [s for s in (first, second) if s is not None] or [span]
    if " and " in span.text and between is None:
        return _two_amounts(doc, span)
    if " to " not in span.text:
        return [span]
    m = _TO_RE.fullmatch(span.text)
    if not m:
        return [span]
    a, b = parse_quantity(m.group("a")), parse_quantity(m.group("b"))
    if a is None or b is None:
        return [span]
    if not (a[0] > b[0] or is_change(text, span.start_char)):
        return [span]
    base = span.start_char
    first = doc.char_span(base + m.start("a"), base + m.end("a"), alignment_mode="expand")
    second = doc.char_span(base + m.start("b"), base + m.end("b"), alignment_mode="expand")
    return [s for s in (first, second) if s is not None] or [span]
