"""Dates: every time expression, normalised against the publication date.

``extract_dates(doc, published)`` is a pure function over the DATE and TIME spans of
the parsed Doc. Each span is parsed on its own by dateparser (with ``RELATIVE_BASE``
set to the publication date and ``PREFER_DATES_FROM='past'``); newsfacts only adds
what dateparser does not do:

- durations ("11-day", "three years", "many years") are kept apart: precision
  ``duration``, value an ISO 8601 duration (``P11D``) or None, never a calendar date;
- hedges ("just a week or so ago", "about two weeks ago", "around May") are removed
  before parsing and make the precision ``approximate``; counted offsets of weeks or
  more ("two weeks ago") are approximate too: nobody means exactly 14 days;
- a day, month or weekday without a year is the next one in a future-tense clause ("will
  travel Friday"); otherwise the most recent one before the publication date, unless
  the next one is at most 92 days ahead ("1 June" in a story of 3 June 2021 is 2021-06-01,
  "June 10" is 2021-06-10, "December" is December 2020);
- values are ISO 8601 at the precision the text gives: ``2021-06-01`` (day),
  ``2021-05`` (month), ``2015`` (year); a week is the Monday that starts it;
- without a publication date, anything that depends on it ("two weeks ago", "May",
  "Tuesday") stays ``unresolved`` with value None and the stage adds a warning:
  nothing is ever resolved against today's date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Optional

from ..schema import DateRecord, Warning_

DATE_LABELS = ("DATE", "TIME")

_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "several": None, "many": None, "few": None,
    "a few": None, "some": None,
}
_UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y", "century": "Y"}
_UNIT_RE = r"(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)"
_NUM_RE = r"(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|many|a few|few|some)"
_DURATION_RE = re.compile(
    rf"^(?:(?:for|over|during|within|in|the|past|last|next|more than|less than|nearly|almost|about|around|up to|at least|roughly|some|the past|the last|the next)\s+)*"
    rf"{_NUM_RE}[\s-]+{_UNIT_RE}(?:[\s-]+(?:long|old))?$",
    re.I,
)
_HEDGE_RE = re.compile(
    r"\b(?:just|only|about|around|roughly|approximately|some|nearly|almost|or so|more or less|or two|circa|c\.)\b", re.I
)
_EDGE_RE = re.compile(r"^(?:(?:on|in|at|by|since|until|till|from|during|of|the|this past|between)\s+)+", re.I)
_RELATIVE_WORDS = re.compile(
    r"\b(?:ago|today|tonight|yesterday|tomorrow|last|next|this|past|coming|recent|recently|earlier|later|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|morning|afternoon|evening|night)\b",
    re.I,
)
_ANCHORED_RE = re.compile(rf"\b{_NUM_RE}\s+{_UNIT_RE}\s+(?:later|earlier|before|after|afterwards|on)\b", re.I)
_BARE_YEAR_RE = re.compile(r"^(?:1[5-9]\d\d|20\d\d|21\d\d)$")
_YEAR_RE = re.compile(r"\b(1[5-9]\d\d|20\d\d|21\d\d)\b")
_DECADE_RE = re.compile(r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(1[5-9]\d0|20\d0)'?s$", re.I)
_AGO_RE = re.compile(rf"\b{_NUM_RE}\s+(weeks?|months?|years?|decades?)\s+ago\b", re.I)
_DAY_WORD_RE = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
    r"august|september|october|november|december|\d{1,2}/\d{1,2})",
    re.I,
)
_PART_WORD_RE = re.compile(r"^(?:earlier|later|early|mid|late|the end of|the beginning of|the start of|the middle of)[\s-]+", re.I)


def parse_published(value) -> Optional[date]:
    """The publication date from ``meta['published']`` (ISO date or datetime), or None."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


def _duration(text: str) -> Optional[tuple[Optional[str]]]:
    m = _DURATION_RE.match(text.strip())
    if not m or re.search(r"\bago\b", text, re.I):
        return None
    n_raw, unit = m.group(1).lower(), m.group(2).lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    n = float(n_raw) if n_raw[0].isdigit() else _NUM_WORDS.get(n_raw)
    if n is None:
        return (None,)
    if unit == "decade":
        n *= 10
    if unit == "century":
        n *= 100
    code = _UNITS[unit]
    num = str(int(n)) if float(n).is_integer() else str(n)
    return (f"PT{num}{code}" if unit in ("second", "minute", "hour") else f"P{num}{code}",)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
#: a bare weekday or month, the words :func:`fast_path` reads without dateparser
FAST_RE = re.compile(
    r"^(?P<word>" + "|".join(_WEEKDAYS + _MONTHS) + r")(?:\s+(?:night|morning|afternoon|evening))?$", re.I
)


def fast_path(text: str, published: Optional[date], future: bool = False) -> Optional[tuple[Optional[str], str, bool]]:
    """A bare weekday ("Monday", "Friday night") or month ("July"): the commonest time words in
    news, resolved without dateparser (which takes about 2 ms a call). Same answers as
    dateparser with ``PREFER_DATES_FROM='past'`` plus the nearest-year rule, except that a
    weekday equal to the publication day's is that day (dateparser goes back a week). In a
    future-tense clause ("will travel Friday") the next one is meant."""
    m = FAST_RE.match(text)
    if not m:
        return None
    if published is None:
        return None, "unresolved", True
    word = m.group("word").lower()
    if word in _WEEKDAYS:
        if future:
            ahead = (_WEEKDAYS.index(word) - published.weekday()) % 7
            return (published + timedelta(days=ahead)).isoformat(), "day", True
        back = (published.weekday() - _WEEKDAYS.index(word)) % 7
        return (published - timedelta(days=back)).isoformat(), "day", True
    if text.lower() != word:
        return None  # "May morning": leave it to dateparser
    d = nearest_year(date(published.year, _MONTHS.index(word) + 1, 1), published, "month", future)
    return _format(d, "month"), "month", True


def nearest_year(d: date, base: date, precision: str, future: bool = False) -> date:
    """Give a year-less day or month its year: the most recent one on or before ``base``
    (for a month, the current month counts), unless the next one is at most 92 days ahead
    ("November" in a late-September story is the coming November; "January 1st" in a
    September story is the past one). In a future-tense clause, the next one."""
    def at(year: int) -> Optional[date]:
        try:
            return d.replace(year=year)
        except ValueError:  # 29 February in a common year
            return None

    this = at(base.year)
    first = (lambda x: x.replace(day=1)) if precision == "month" else (lambda x: x)
    start_of_base = first(base)
    if this is not None and first(this) < start_of_base:
        past, upcoming = this, at(base.year + 1)
    elif this is not None and first(this) == start_of_base:
        past, upcoming = this, this  # this month, or today
    else:
        past, upcoming = at(base.year - 1), this
    if upcoming is not None and (future or (first(upcoming) - base).days <= 92):
        return upcoming
    return past or upcoming or d


def _format(d: date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if precision == "week":
        return (d - timedelta(days=d.weekday())).isoformat()
    return d.isoformat()


def normalise(
    text: str, published: Optional[date], *, label: str = "DATE", future: bool = False
) -> tuple[Optional[str], str, bool]:
    """Normalise one time expression (cached: news repeats "Monday" and "last year" a lot).

    Args:
        text: the expression as written ("two weeks ago", "1 June", "11-day").
        published: the publication date, or None.
        label: the spaCy label (DATE or TIME).
        future: the expression is in a future-tense clause ("will meet on Friday"): a
            year-less day, month or weekday is then the next one, not the last.

    Returns:
        ``(value, precision, relative)``: an ISO 8601 value (or None), one of day, week,
        month, year, approximate, duration, unresolved, and whether the expression
        depends on the publication date.
    """
    return _normalise(" ".join(text.split()), published, label, future)


@lru_cache(maxsize=8192)
def _normalise(text: str, published: Optional[date], label: str, future: bool) -> tuple[Optional[str], str, bool]:
    """:func:`normalise` on whitespace-normalised text (cached)."""
    if _BARE_YEAR_RE.match(text):
        return text, "year", False
    fast = fast_path(_EDGE_RE.sub("", text), published, future)
    if fast is not None:
        return fast
    core = _EDGE_RE.sub("", text)
    dur = _duration(core)
    if dur is not None:
        return dur[0], "duration", False
    if _ANCHORED_RE.search(core):
        return None, "unresolved", True  # "two years later": counted from another event, not from publication
    hedged = bool(_HEDGE_RE.search(core))
    core = " ".join(_HEDGE_RE.sub(" ", core).split())
    core = _EDGE_RE.sub("", core)
    part = _PART_WORD_RE.match(core)
    if part:
        core = core[part.end():]
    has_year = bool(_YEAR_RE.search(core))
    dec = _DECADE_RE.match(core)
    if dec:
        return dec.group(1), "approximate", False
    relative = not has_year
    if relative and published is None:
        return None, "unresolved", True
    base = datetime.combine(published, datetime.min.time()) if published else datetime(2000, 1, 1)
    if not core or not any(ch.isalnum() for ch in core):
        return None, "unresolved", relative
    try:
        data = parse_with_base(core, base)
    except Exception:  # dateparser raises on some odd inputs; an unparsed date is reported, not fatal
        return None, "unresolved", relative
    if data is None or data[0] is None:
        return None, "unresolved", relative
    when, period = data
    d = when.date()
    if period in ("time", "part_of_day") or label == "TIME":
        if not _DAY_WORD_RE.search(core):
            return None, "unresolved", relative  # a clock time or "afternoon": which day is not said
        period = "day"
    precision = {"day": "day", "week": "week", "month": "month", "year": "year"}.get(period, "day")
    if precision in ("day", "month") and not has_year and published and not _RELATIVE_WORDS.search(core):
        d = nearest_year(d, published, precision, future)
    value = _format(d, precision)
    if hedged or _AGO_RE.search(core):
        precision = "approximate"
        value = d.isoformat()
    return value, precision, relative


@lru_cache(maxsize=8)
def _parser_for(base: datetime):
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
            "PARSERS": ["relative-time", "absolute-time"],  # no timestamps or no-space formats in news prose
        },
    )


def parse_with_base(text: str, base: datetime):
    """dateparser's reading of ``text`` relative to ``base``: ``(datetime, period)``, or None."""
    data = _parser_for(base).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj, data.period


_FUTURE_AUX = frozenset({"will", "'ll", "\u2019ll", "shall", "wo"})


def _future_tense(span) -> bool:
    """Whether the clause a time expression belongs to is in the future tense
    ("will travel to Ohio Friday", "is going to vote in November")."""
    t = span.root
    for _ in range(4):
        head = t.head
        if head.pos_ in ("VERB", "AUX"):
            for child in head.children:
                if child.dep_ in ("aux", "auxpass") and child.lower_ in _FUTURE_AUX:
                    return True
            if head.lower_ == "going" and any(c.dep_ == "xcomp" for c in head.children):
                return True
            if head.dep_ != "xcomp":
                return False
        if head.i == t.i:
            return False
        t = head
    return False


def _trim(text: str, start: int) -> tuple[str, int, int]:
    """Drop surrounding spaces and punctuation from a span, keeping offsets exact."""
    s, e = 0, len(text)
    while s < e and (text[s].isspace() or text[s] in ",;:(\"'\u201c\u2018"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.)\"'\u201d\u2019"):
        e -= 1
    return text[s:e], start + s, start + e


def extract_dates(doc, published) -> tuple[list[DateRecord], list[Warning_]]:
    """Find and normalise the time expressions of a parsed document.

    Args:
        doc: the parsed spaCy Doc (its DATE and TIME entities are used).
        published: the publication date (``date``, ISO string or None).

    Returns:
        ``(dates, warnings)``: one DateRecord per expression (ids ``d1``, ``d2``, ...),
        and one warning listing the expressions left unresolved for want of a
        publication date (none when every expression could be resolved).
    """
    pub = parse_published(published)
    out: list[DateRecord] = []
    waiting: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ not in DATE_LABELS:
            continue
        text, s, e = _trim(ent.text, ent.start_char)
        if not text:
            continue
        value, precision, relative = normalise(text, pub, label=ent.label_, future=_future_tense(ent))
        out.append(DateRecord("", text, value, precision, [(s, e)], relative=relative))
        if pub is None and relative and precision == "unresolved":
            waiting.append((s, e))
    for k, d in enumerate(out, start=1):
        d.id = f"d{k}"
    warnings = []
    if pub is None and published not in (None, ""):
        warnings.append(
            Warning_("", "published_unreadable", f"the publication date {str(published)[:40]!r} is not an ISO date "
                     "(YYYY-MM-DD); it was ignored", [])
        )
    if waiting:
        warnings.append(
            Warning_(
                "",
                "date_unresolved",
                f"{len(waiting)} time expression(s) depend on when the story was published; without a "
                "publication date (--published) they are left unresolved rather than guessed from today",
                waiting,
            )
        )
    return out, warnings


def dates_stage(doc, report, index, meta) -> None:
    """Pipeline stage: fill ``report.dates`` (and warn about unresolved relative dates)."""
    dates, warnings = extract_dates(doc, (meta or {}).get("published"))
    report.dates = dates
    report.warnings.extend(warnings)
