"""PETRARCH2's Phoenix actor and agent dictionaries: lookups by phrase, date and code.

The data are ``petrarch_actors.tsv``, ``petrarch_agents.tsv`` (made from PETRARCH2 by
``scripts/convert_petrarch.py``, MIT licence: ``PETRARCH2-LICENSE.txt``) and
``cameo_actor_codes.tsv`` (our table from CAMEO code blocks to country, sector and
portfolio). Each is read once, on first use, through :func:`newsfacts.lexicons.rows`.

Typical use::

    for entry in actor_entries("barack obama"):
        code, span, rule = code_on(entry, "2010-05-01")   # "USAGOV", ("2009-01-20", None), "dated"
        country, sector, portfolio = split_cameo(code)    # "USA", "GOV", None
    agent_code("farmers")                                 # "AGR"

Date rule of :func:`code_on`, given an article date: the dated ranges holding that day
(both ends included; the one with the latest start if several, the first in source order
on a tie) -> rule ``dated``; else the entry's default code -> ``default``; else no code ->
``none`` (PETRARCH codes nothing then). Without a date: the open-ended range (no end)
with the latest start -> ``latest_open``; else the default code -> ``default``; else the
range that ends last -> ``latest_ended``; else ``none``. The dictionaries stop around
2014-2015 and many ranges have no end: an open range stays valid for any later date.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Optional

from . import rows
from .petrarch_format import CodeRange, normalise_phrase, parse_codes

__all__ = [
    "Entry",
    "Agent",
    "CodeRange",
    "actor_entries",
    "code_on",
    "agent",
    "agent_code",
    "split_cameo",
    "normalise_phrase",
]

#: code_on's result: (code or None, (start, end) of the range used or None, rule name)
CodeChoice = tuple[Optional[str], Optional[tuple[Optional[str], Optional[str]]], str]


class Entry(NamedTuple):
    """One actor entry: ``id`` is its primary name (``BARACK_OBAMA``), ``codes`` its
    CAMEO codes with the dates they hold, in source order (``codes_field``: as in the TSV,
    read on first use: most entries are never asked for)."""

    id: str
    codes_field: str

    @property
    def codes(self) -> tuple[CodeRange, ...]:
        """The entry's codes and date ranges, in source order."""
        return _codes(self.codes_field)


@lru_cache(maxsize=4096)
def _codes(field: str) -> tuple[CodeRange, ...]:
    return parse_codes(field)


@dataclass(frozen=True)
class Agent:
    """One agent phrase's code: ``attach`` is ``after`` (``~GOV``: added after the actor
    code) or ``before`` (``NGO~``); ``gap`` is True when PETRARCH lets words intervene."""

    code: str
    attach: str
    gap: bool


@lru_cache(maxsize=None)
def actor_index() -> dict[str, tuple[Entry, ...]]:
    entries: dict[str, Entry] = {}
    index: dict[str, list[Entry]] = {}
    for phrase, entry_id, codes in rows("petrarch_actors.tsv"):
        entry = entries.get(entry_id)
        if entry is None:
            entry = entries[entry_id] = Entry(entry_id, codes)
        index.setdefault(phrase, []).append(entry)
    return {phrase: tuple(found) for phrase, found in index.items()}


def actor_entries(phrase: str) -> tuple[Entry, ...]:
    """The actor entries a name phrase stands for (empty when none).

    Args:
        phrase: a name as written ("Barack Obama", "NATO", "the United Nations"); it is
            normalised with :func:`normalise_phrase` (case, spaces, ``_``, apostrophes).
            A leading "the" is kept: the dictionaries list such forms where they need them.
    """
    return actor_index().get(normalise_phrase(phrase), ())


def _valid_date(date: str) -> str:
    """The ``YYYY-MM-DD`` day of an ISO date or date-time; ValueError if it is not one."""
    day = date.strip()[:10]
    _dt.date.fromisoformat(day)
    return day


def _on_date(entry: Entry, day: str) -> CodeChoice:
    best: Optional[CodeRange] = None
    for rng in entry.codes:
        if rng.is_default:
            continue
        if (rng.start is None or rng.start <= day) and (rng.end is None or day <= rng.end):
            if best is None or (rng.start or "") > (best.start or ""):
                best = rng
    if best is not None:
        return _choice(best, "dated")
    return _default(entry)


def _default(entry: Entry) -> CodeChoice:
    for rng in entry.codes:
        if rng.is_default:
            return _choice(rng, "default")
    return None, None, "none"


def _choice(rng: CodeRange, rule: str) -> CodeChoice:
    code = None if rng.code == "---" else rng.code
    span = None if rng.is_default else (rng.start, rng.end)
    return code, span, rule


def _undated(entry: Entry) -> CodeChoice:
    open_ended = [r for r in entry.codes if r.end is None and r.start is not None]
    if open_ended:
        latest = max(open_ended, key=lambda r: r.start or "")
        return _choice(latest, "latest_open")
    default = _default(entry)
    if default[2] == "default":
        return default
    ended = [r for r in entry.codes if r.end is not None]
    if ended:
        return _choice(max(ended, key=lambda r: r.end or ""), "latest_ended")
    return None, None, "none"


def code_on(entry: Entry, date: Optional[str] = None) -> CodeChoice:
    """The code of ``entry`` valid on ``date``, the range it came from and the rule used.

    Args:
        entry: from :func:`actor_entries`.
        date: the article's date, ISO (``2010-05-01``, or a date-time: its day is used);
            None when unknown.

    Returns:
        ``(code, (start, end), rule)``: ``code`` a CAMEO actor code or None (no code, or
        PETRARCH's null code ``---``); ``(start, end)`` the ISO ends of the range used
        (None for an open end), or None when the default code was used; ``rule`` one of
        ``dated``, ``default``, ``none`` (with a date) or ``latest_open``, ``default``,
        ``latest_ended``, ``none`` (without), as the module docstring describes.

    Raises:
        ValueError: ``date`` is not an ISO date.
    """
    if date is None:
        return _undated(entry)
    return _on_date(entry, _valid_date(date))


@lru_cache(maxsize=None)
def agent_index() -> dict[str, Agent]:
    out: dict[str, Agent] = {}
    for row in rows("petrarch_agents.tsv"):
        phrase, code, attach, gap = (row + ("", "", "", ""))[:4]
        if phrase not in out:  # the file lists the row to use first
            out[phrase] = Agent(code, attach, gap == "gap")
    return out


def agent(phrase: str) -> Optional[Agent]:
    """The agent a common-noun phrase names ("farmers", "foreign minister"), or None."""
    return agent_index().get(normalise_phrase(phrase))


def agent_code(phrase: str) -> Optional[str]:
    """The CAMEO agent code of a phrase without its ``~`` ("farmer" -> ``AGR``), or None."""
    found = agent(phrase)
    return found.code if found else None


@lru_cache(maxsize=None)
def cameo_table() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(first-block table, later-block table): code -> (kind, country, sector, portfolio)."""
    first: dict[str, tuple[str, ...]] = {}
    later: dict[str, tuple[str, ...]] = {}
    for row in rows("cameo_actor_codes.tsv"):
        code, kind, country, sector, portfolio = (row + ("",) * 5)[:5]
        value = (kind, country, sector, portfolio)
        if kind in ("role", "religion", "qualifier"):
            later[code] = value
            first.setdefault(code, value)
        else:
            first[code] = value
            if kind in ("international", "home"):
                later[code] = value
    return first, later


def _home_country(block: str, first: dict[str, tuple[str, ...]]) -> Optional[str]:
    """The country a block right after a ``home`` block (MNC) names: an ISO code or a row
    of kind country; None for a role, region or other block (MNCHLH, MNCAFR)."""
    row = first.get(block)
    if row is not None:
        return row[1] or None if row[0] == "country" else None
    from .countries import iso2_to_iso3

    return block if block in iso2_to_iso3().values() else None


def _blocks(code: str) -> list[str]:
    if len(code) % 3 or not code.isalnum() or code.upper() != code:
        raise ValueError(f"not a CAMEO actor code: {code!r}")
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def split_cameo(code: Optional[str]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """A CAMEO actor code as our ``(country, sector, portfolio)``, by ``cameo_actor_codes.tsv``.

    ``USA`` -> (USA, None, None); ``USAGOVMIL`` -> (USA, GOV, MIL); ``IGOUNOREFHCR`` ->
    (None, IGO, REF); ``MNCUSA`` -> (USA, BUS, None); ``PSEREBHMS`` -> (PSE, REB, None). None, "" or the null code ``---``
    -> (None, None, None). The table's header says how each block is read.

    Raises:
        ValueError: ``code`` is not made of upper-case 3-character blocks.
    """
    if not code or code == "---":
        return None, None, None
    blocks = _blocks(code)
    first, later = cameo_table()
    country: Optional[str] = None
    sector: Optional[str] = None
    portfolio: Optional[str] = None
    from_religion = False
    head = first.get(blocks[0])
    if head is None:
        country, rest = blocks[0], blocks[1:]
    elif head[0] == "country":
        country, rest = head[1], blocks[1:]
    elif head[0] in ("international", "region", "home"):
        sector, rest = head[2] or None, blocks[1:]
        if head[0] == "home" and rest:
            country = _home_country(rest[0], first)
    else:
        rest = blocks
    for block in rest:
        kind, _, role_sector, role_portfolio = later.get(block, ("", "", "", ""))
        if kind == "religion":
            if sector is None:
                sector, from_religion = role_sector, True
        elif kind in ("role", "international", "home"):
            if sector is None or from_religion:
                sector, from_religion = role_sector, False
            elif portfolio is None and role_portfolio != sector:
                portfolio = role_portfolio or None
    return country, sector, portfolio
