"""What the text and the dictionaries say a person or an organisation was on the article's date.

The pieces the actor rules (:mod:`.actors`) put together, each pure:

- :func:`article_day`: the article's day (ISO) from ``meta["published"]``, or None;
- :func:`title_tense`: whether a title in the text is held, was held ("former President",
  "then-Senator") or is not held yet ("President-elect");
- :func:`role_before`: a role word just before a name that ``titles.tsv`` lacks ("nominee
  Donald Trump", "businessman Donald Trump"), read with our candidate words and PETRARCH2's
  agents dictionary;
- :func:`dictionary_code`: the code of a name in PETRARCH2's actor dictionaries on a date,
  read as our scheme (see the module's constants and docs/entities.md, "Which source wins").
"""

from __future__ import annotations

import datetime as _dt
from typing import NamedTuple, Optional

from spacy.tokens import Doc

from ... import lexicons
from ...lexicons import countries, petrarch
from ..text import sentences
from .mentions import sentence_index
from .namesakes import heads_fit, title_head
from .titles import POSSESSIVES, TitleMatch

#: A range that ends on this day and is followed by a later range of the same entry is read as
#: "until the next range starts": 269 PETRARCH ranges end exactly 2000-01-01, a CountryInfo
#: placeholder (Obama ``USAELI 780101-000101``, then ``USAGOV`` from 2009-01-20).
_PLACEHOLDER_END = "2000-01-01"
#: The dictionaries' last date is 2015-02-17; an open-ended range is trusted for two years
#: after it (its sector); later, only the country it gives is kept (offices change, people's
#: countries rarely do).
_STALE_AFTER = "2017-02-17"


class DictCode(NamedTuple):
    """A code from PETRARCH2's actor dictionaries, read as our scheme.

    ``entry`` is ``petrarch:<ID>``; ``valid`` the dates of the range applied (None for the
    entry's default code or a country-only reading); ``rule`` says which reading applied.
    """

    entry: str
    code: Optional[str]
    country: Optional[str]
    sector: Optional[str]
    portfolio: Optional[str]
    valid: Optional[tuple[Optional[str], Optional[str]]]
    rule: str


def article_day(published: Optional[str]) -> Optional[str]:
    """The ``YYYY-MM-DD`` day of an ISO date or date-time, or None if missing or not one."""
    if not published:
        return None
    day = str(published).strip()[:10]
    try:
        _dt.date.fromisoformat(day)
    except ValueError:
        return None
    return day


# --- the text's roles --------------------------------------------------------------------


def title_tense(doc: Doc, t: TitleMatch) -> str:
    """``former``, ``future`` or ``current``: what the words in and around the title say.

    Looks at the title's own words ("president-elect"), the words between its outer start and
    its end ("former Israeli Prime Minister"), a word joined before it by a hyphen
    ("ex-President", "then-Senator") and one joined after it ("Minister-designate").
    """
    tenses = lexicons.title_tenses()
    words = [w for part in t.key.split() for w in part.split("-")]
    words += [tok.lower_ for tok in doc[t.outer_start : t.end]]
    o = t.outer_start
    if o >= 2 and doc[o - 1].text == "-":
        words.append(doc[o - 2].lower_)
    if t.end + 1 < len(doc) and doc[t.end].text == "-":
        words.append(doc[t.end + 1].lower_)
    found = {tenses.get(w) for w in words} & {"former", "future"}
    if "former" in found:
        return "former"
    return "future" if "future" in found else "current"


#: A year this many years before the article, the only years of a title's sentence, puts the
#: title in another era ("Gov. George Wallace stood in the schoolhouse door in 1963": no office
#: sector in a 2016 article); a term of office is at most eight years in most places.
_ERA_YEARS = 10


def _years(sent) -> list[int]:
    """The years (1800-2099) a sentence names as dates, decades included ("the 1960s")."""
    out = []
    for tok in sent:
        w = tok.text.rstrip("s").rstrip("'’")
        if len(w) == 4 and w.isdigit() and w[:2] in ("18", "19", "20") and tok.ent_type_ == "DATE":
            out.append(int(w))
    return out


def era_tense(doc: Doc, t: TitleMatch, day: Optional[str]) -> Optional[str]:
    """The year phrase that puts the title in the past: every year its sentence names as a
    date is at least ``_ERA_YEARS`` before ``day``, and no word of ``era_guard`` (``since``,
    ``elected``, a weekday: the office may still be held) is in it; None otherwise."""
    if day is None or t.start >= len(doc):
        return None
    sent = sentences(doc)[sentence_index(doc)[t.start]]  # the shared lookups: no Token.sent walk
    years = _years(sent)
    if not years or max(years) > int(day[:4]) - _ERA_YEARS:
        return None
    tenses = lexicons.title_tenses()
    if any(tenses.get(tok.lower_) == "era_guard" for tok in sent):
        return None
    return str(max(years))


def listed_tense(name: str, t: TitleMatch, day: Optional[str]) -> Optional[str]:
    """``former`` or ``future`` when ``people.tsv`` lists offices that fit the title for the
    person ``name`` (a full name form, or a surname of rows marked ``surname``) and none is
    held on ``day``: "Secretary Clinton" in 2016 is a courtesy title of an office she left in
    2013, "Senator Obama" in 2016 one he left in 2008. None when the list has no office so
    named, one is held on the day, or the day is unknown."""
    if day is None:
        return None
    known = lexicons.people()
    key = " ".join(name.split()).lower()
    persons = (known["name"][key],) if key in known["name"] else known["surname"].get(key, ()) if " " not in key else ()
    head = title_head(t.key)
    fit = [o for p in persons for o in known["offices"][p]
           if any(heads_fit(head, w) for w in o.note.lower().replace("(", " ").split())]
    if not fit or any((o.start or "") <= day and (o.end is None or day < o.end) for o in fit):
        return None
    return "former" if any(o.end and o.end <= day for o in fit) else "future"


def role_before(doc: Doc, start_char: int) -> Optional[tuple[str, str, Optional[str]]]:
    """A role word (up to three lower-case words) just before the name at ``start_char``.

    Returns ``(phrase, tense, sector)``: tense ``candidate`` (our words: "nominee") with
    sector PTY, ``current`` with the sector of PETRARCH2's agent for the phrase (only the
    sectors ``actor_sectors.tsv`` allows for an agent), or ``former`` ("former
    businesswoman": no sector). None when nothing applies, or when the phrase's head is one of
    our titles (the title rules decide those: "the next president, Hillary Clinton").
    """
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    words: list[str] = []
    k = span.start - 1
    while k >= 0 and len(words) < 3 and not doc[k + 1].is_sent_start and doc[k].is_alpha and doc[k].is_lower:
        words.insert(0, doc[k].lower_)
        k -= 1
    tenses = lexicons.title_tenses()
    if not words or words[-1] in lexicons.titles() or tenses.get(words[-1]) == "ignore":
        return None
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[-n:])
        candidate = n == 1 and tenses.get(phrase) == "candidate"
        code = None if candidate else petrarch.agent_code(phrase)
        if not (candidate or code):
            continue
        earlier = words[-n - 1] if n < len(words) else (doc[k].lower_ if k >= 0 else "")
        if tenses.get(earlier) == "former":
            return phrase, "former", None
        if candidate:
            return phrase, "candidate", "PTY"
        sector = petrarch.split_cameo(code)[1]
        return (phrase, "current", sector) if sector in lexicons.actor_sectors("agent") else None
    return None


def country_before_role(doc: Doc, start_char: int) -> Optional[tuple[str, str]]:
    """The country of a nationality or a country's possessive right before the lower-case role
    words before the name at ``start_char``: "German journalist Mesale Tolu", "Syrian Kurdish
    leader Salih Muslim" (a nationality of no country, "Kurdish", is passed over), "Venezuela's
    opposition leader Juan Guaido". The role words are one to three nouns and adjectives
    ending in a noun (never a verb: "Iraqi forces captured X" gives X nothing).

    Returns:
        (ISO3, the phrase from the nationality to the name), or None.
    """
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].pos_ != "NOUN":
        return None
    k = span.start - 1
    while k >= 0 and span.start - k <= 3 and doc[k].is_alpha and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ") \
            and not doc[k + 1].is_sent_start:
        k -= 1
    if k < 0 or doc[k + 1].is_sent_start or k + 1 == span.start:
        return None
    if doc[k].text in POSSESSIVES and k > 0 and doc[k - 1].ent_type_ == "GPE":
        j = k - 1
        while j > 0 and doc[j].ent_iob_ == "I":
            j -= 1
        codes = countries.country_codes(doc[j:k].text)
        return (codes[0], doc[j:span.start].text) if len(codes) == 1 else None
    j = k
    while j >= 0 and doc[j].text[:1].isupper() and (doc[j].ent_type_ == "NORP" or countries.demonym_country(doc[j].text)):
        code = countries.demonym_country(doc[j].text)
        if code:
            return code, doc[j:span.start].text
        j -= 1  # "Syrian Kurdish leader": the nationality of no country is passed over
    return None


# --- PETRARCH2's actor dictionaries -------------------------------------------------------


def _placeholder(entry: petrarch.Entry, day: str) -> Optional[petrarch.CodeRange]:
    """A range ending on the placeholder day before ``day``, when a later range starts after ``day``."""
    ranges = [r for r in entry.codes if not r.is_default]
    for r in ranges:
        if r.end == _PLACEHOLDER_END and (r.start or "") <= day:
            if any((n.start or "") > day for n in ranges if n is not r):
                return r
    return None


def _reading(entry: petrarch.Entry, day: Optional[str]) -> tuple[Optional[str], Optional[tuple], str]:
    """(code, range, rule) of ``entry`` on ``day``, with the placeholder reading."""
    code, span, rule = petrarch.code_on(entry, day)
    if day is not None and rule in ("default", "none"):
        rng = _placeholder(entry, day)
        if rng is not None:
            return rng.code, (rng.start, None), "placeholder end (read as: until the next range)"
    return code, span, rule


def _as_scheme(code: Optional[str], person: bool) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """A CAMEO code as our (country, sector, portfolio): a government legislator is LEG; a
    sector outside our scheme (ELI, HLH, ...) is dropped for a person."""
    country, sector, portfolio = petrarch.split_cameo(code)
    if sector == "GOV" and portfolio == "LEG":
        sector, portfolio = "LEG", None
    if person and sector not in lexicons.actor_sectors("person"):
        sector, portfolio = None, None
    return country, sector, portfolio


def _countries(entry: petrarch.Entry) -> set[Optional[str]]:
    return {petrarch.split_cameo(r.code)[0] for r in entry.codes if r.code != "---"}


def dictionary_code(phrase: str, day: Optional[str], *, person: bool) -> Optional[DictCode]:
    """The code of ``phrase`` in PETRARCH2's actor dictionaries on ``day`` (None: no date).

    Every entry the phrase names must agree, else None (ambiguous). When no range holds on
    the day, the country every range shares is kept without a sector (rule ``no code on the
    date``). An open-ended range read after ``_STALE_AFTER`` keeps its country only.
    """
    found: list[DictCode] = []
    for entry in petrarch.actor_entries(phrase):
        code, span, rule = _reading(entry, day)
        if code is None:
            countries = _countries(entry)
            if len(countries) != 1 or None in countries:
                return None
            found.append(DictCode(f"petrarch:{entry.id}", None, countries.pop(), None, None, None, "no code on the date"))
            continue
        country, sector, portfolio = _as_scheme(code, person)
        if day is not None and day > _STALE_AFTER and span is not None and span[1] is None:
            sector, portfolio, rule = None, None, "open range read after the dictionaries' end: country only"
        found.append(DictCode(f"petrarch:{entry.id}", code, country, sector, portfolio, span, rule))
    if not found or len({(f.country, f.sector, f.portfolio) for f in found}) != 1:
        return None
    return found[0]


def entry_sectors(phrase: str) -> set[str]:
    """The sectors (our scheme) of every range of every PETRARCH2 entry ``phrase`` names: what
    the dictionaries say the person has been, whatever the date."""
    return {sector for entry in petrarch.actor_entries(phrase) for r in entry.codes if r.code != "---"
            for sector in [_as_scheme(r.code, True)[1]] if sector}
