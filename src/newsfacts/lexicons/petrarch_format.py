"""Readers of PETRARCH2's actor and agent dictionaries, and the codec of our TSV copies.

PETRARCH2 (Open Event Data Alliance, MIT licence) ships its Phoenix dictionaries in a
line format described in its ``dictionaries.rst``. This module parses that text into plain
records; ``scripts/convert_petrarch.py`` writes them as ``petrarch_actors.tsv`` and
``petrarch_agents.tsv``, and :mod:`newsfacts.lexicons.petrarch` reads those back.

Actor dictionaries (``Phoenix.*.actors.txt``)
    An entry is a primary phrase line, then ``+`` alias lines, then tab-indented
    ``[CODE restriction]`` lines; codes may also follow the primary phrase on its line.
    Words are joined by ``_`` (consecutive) or a blank (PETRARCH lets words intervene);
    both become one space here, in lower case, trailing ``_`` dropped. A restriction is
    ``<date`` (up to and including the date), ``>date`` (from the date on), ``date-date``
    (both ends included) or nothing (the default code, used when no restriction holds).
    Dates are ``YYYYMMDD`` or ``YYMMDD``; **two-digit years 00-30 are 20YY, 31-99 are
    19YY**, the KEDS/TABARI rule PETRARCH's ``dstr_to_ordate`` uses (Obama's
    ``[USAELI 780101-000101]`` is 1978-01-01 to 2000-01-01, ``[USAGOV >090120]`` is from
    2009-01-20 on). A date of any other length, an impossible date or an end before its
    start makes the restriction unreadable: it is skipped and reported, as PETRARCH does.
    Comments: a line starting with ``#`` or ``<!``; anything after ``#`` or the old
    ``;`` on a line. A primary phrase with no code at all takes the codes of the entry
    that follows it (PETRARCH stores its phrases under the next code index); an indented
    line holding a phrase is read as an alias of the current entry.

Agent dictionary (``Phoenix.agents.txt``)
    ``PHRASE {plural} [~CODE]``: ``~CODE`` is added after the actor's code, ``CODE~``
    before it. ``!NAME! = A, B, C`` defines a substitution set; a phrase holding
    ``!NAME!`` stands for one phrase per member, with no plurals made. ``{...}`` gives
    the plural (``{}``: none). Otherwise a regular plural is made, unless the phrase
    ends with ``_`` (the "stopped" rule of dictionaries.rst's synsets, applied here too):
    ``S``, ``X``, ``CH``, ``SH`` take ``ES``; a consonant + ``Y`` takes ``IES``; others
    take ``S``. (PETRARCH's own code turns every final ``Y`` into ``IES`` and every
    final ``S`` into ``SES``; "envoy" -> "envoys" is the English the news uses.)
    The file still holds a few TABARI stems (its header says so); the word ``MINIST``
    (``DEFENCE_MINIST``, 29 lines) is read as the ``!MINIST!`` set, which is what the
    stem matched in TABARI; other stems stay as written and match nothing.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Iterable, NamedTuple, Optional

#: Two-digit years up to this value are 20YY; above it 19YY (KEDS/TABARI/PETRARCH rule).
CENTURY_PIVOT = 30

_BRACKET = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(r"^(?:---|[A-Z0-9]{3}(?:[A-Z0-9]{3})*)$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_VOWELS = frozenset("AEIOU")
_MINIST_STEM = re.compile(r"(?<![A-Z!])MINIST(?![A-Z!])")


class CodeRange(NamedTuple):
    """One code of an actor entry and the dates it holds (ISO ``YYYY-MM-DD``; None: open).

    Both ends None is the entry's default code, used when no dated range holds. (A named
    tuple, not a dataclass: the loader makes tens of thousands of them.)
    """

    code: str
    start: Optional[str] = None
    end: Optional[str] = None

    @property
    def is_default(self) -> bool:
        """True for the undated default code."""
        return self.start is None and self.end is None


@dataclass
class ActorEntry:
    """A parsed actor entry: its id (primary phrase), its phrases and its codes."""

    id: str
    phrases: list[str]
    codes: list[CodeRange]
    source: str = ""


@dataclass(frozen=True)
class AgentPhrase:
    """One agent phrase: its code, where the code attaches, and how it was made.

    ``attach`` is ``after`` for ``~GOV`` (the agent code follows the actor code) and
    ``before`` for ``NGO~``; ``gap`` is True when the source joined words with a blank
    (PETRARCH lets other words intervene there); ``form`` is ``entry``, ``plural`` or
    ``substituted``.
    """

    phrase: str
    code: str
    attach: str
    gap: bool
    form: str
    order: int = 0


def normalise_phrase(text: str) -> str:
    """The lookup key of a dictionary phrase or a text span: lower case, ``_`` as a space,
    single spaces, straight apostrophes, no trailing ``_``."""
    text = text.replace("\u2019", "'").replace("_", " ")
    return " ".join(text.split()).lower()


def parse_date(text: str) -> Optional[str]:
    """``YYYYMMDD`` or ``YYMMDD`` -> ISO date, or None when it is not a valid date."""
    if not text.isdigit() or len(text) not in (6, 8):
        return None
    if len(text) == 6:
        yy = int(text[:2])
        year = (2000 if yy <= CENTURY_PIVOT else 1900) + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_restriction(body: str) -> CodeRange:
    """The inside of one ``[...]`` -> a :class:`CodeRange`; ValueError when unreadable."""
    parts = body.split(None, 1)
    if not parts:
        raise ValueError("empty code")
    code, rest = parts[0], (parts[1].strip() if len(parts) > 1 else "")
    if not _CODE.match(code):
        raise ValueError(f"malformed code {code!r}")
    if not rest:
        return CodeRange(code)
    if rest[0] in "<>":
        date = parse_date(rest[1:].strip())
        if date is None:
            raise ValueError(f"unreadable date in {body!r}")
        return CodeRange(code, None, date) if rest[0] == "<" else CodeRange(code, date, None)
    first, sep, second = rest.partition("-")
    start, end = parse_date(first.strip()), parse_date(second.strip())
    if not sep or start is None or end is None:
        raise ValueError(f"unreadable date range in {body!r}")
    if end < start:
        raise ValueError(f"range ends before it starts in {body!r}")
    return CodeRange(code, start, end)


def strip_comment(line: str) -> str:
    """A dictionary line without its comment (``#`` anywhere, or the old ``;``)."""
    for mark in ("#", ";"):
        if mark in line:
            line = line[: line.index(mark)]
    return line.rstrip()


def _phrase_key(text: str) -> str:
    return normalise_phrase(text.strip().strip("_"))


def entry_id(text: str) -> str:
    """An entry's id: its primary phrase, upper case, words joined by ``_``."""
    return "_".join(normalise_phrase(text.strip().strip("_")).upper().split())


class _ActorReader:
    """Line-by-line state of :func:`parse_actors` (one entry open at a time)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.entries: list[ActorEntry] = []
        self.problems: list[str] = []
        self.current: Optional[ActorEntry] = None
        self.pending: list[str] = []  # phrases of primaries without codes, passed on

    def problem(self, lineno: int, message: str) -> None:
        self.problems.append(f"{self.source}:{lineno}: {message}")

    def add_phrase(self, lineno: int, text: str) -> None:
        key = _phrase_key(text)
        if not key:
            return
        if _CONTROL.search(key):
            self.problem(lineno, f"phrase with a control character dropped: {key!r}")
            return
        if self.current is not None and key not in self.current.phrases:
            self.current.phrases.append(key)

    def add_codes(self, lineno: int, text: str) -> None:
        for body in _BRACKET.findall(text):
            try:
                rng = parse_restriction(body.strip())
            except ValueError as err:
                self.problem(lineno, f"restriction skipped: {err}")
                continue
            if self.current is not None:
                self.current.codes.append(rng)

    def close(self) -> None:
        entry = self.current
        self.current = None
        if entry is None:
            return
        if entry.codes:
            entry.phrases = self.pending + [p for p in entry.phrases if p not in self.pending]
            if self.pending:
                entry.id = entry_id(self.pending[0])
            self.pending = []
            self.entries.append(entry)
        else:
            self.pending += [p for p in entry.phrases if p not in self.pending]

    def primary(self, lineno: int, text: str) -> None:
        self.close()
        head = text.split("[", 1)[0]
        self.current = ActorEntry(entry_id(head), [], [], self.source)
        self.add_phrase(lineno, head)
        self.add_codes(lineno, text)

    def line(self, lineno: int, raw: str) -> None:
        if raw.startswith("#") or raw.startswith("<!"):
            return
        text = strip_comment(raw)
        if not text.strip():
            return
        if self.current is None and not text.startswith("+") and text[0] in " \t":
            self.problem(lineno, "indented line before any entry skipped")
            return
        if text.startswith("+"):
            for alias in re.split(r"\s\+", text[1:]):
                self.add_phrase(lineno, alias.split("[", 1)[0])
            if "[" in text:
                self.problem(lineno, "code on an alias line read as the entry's code")
                self.add_codes(lineno, text)
        elif text[0] in " \t":
            head = text.split("[", 1)[0].strip()
            if head:
                self.problem(lineno, f"indented phrase {head!r} read as an alias")
                self.add_phrase(lineno, head)
            self.add_codes(lineno, text)
        else:
            self.primary(lineno, text)


def parse_actors(text: str, source: str = "") -> tuple[list[ActorEntry], list[str]]:
    """Parse one actor dictionary's text.

    Args:
        text: the whole file (UTF-8 decoded).
        source: a name for the problem messages (the file name).

    Returns:
        The entries with at least one code, in file order, and the problems met (lines
        skipped or read in a particular way), as ``source:line: message`` strings.
    """
    reader = _ActorReader(source)
    for lineno, raw in enumerate(text.splitlines(), 1):
        reader.line(lineno, raw.rstrip("\r\n"))
    reader.close()
    if reader.pending:
        reader.problems.append(f"{source}: phrases without any code at the end dropped: {reader.pending}")
    return reader.entries, reader.problems


def plural(phrase: str) -> Optional[str]:
    """The regular plural of an upper-case dictionary phrase (see the module docstring);
    None for a phrase ending with ``_`` (stopped: no plural)."""
    if phrase.endswith("_"):
        return None
    if phrase.endswith(("S", "X", "CH", "SH")):
        return phrase + "ES"
    if phrase.endswith("Y") and len(phrase) > 1 and phrase[-2] not in _VOWELS:
        return phrase[:-1] + "IES"
    return phrase + "S"


def _agent_forms(head: str, subs: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(phrase, form) pairs one agent line stands for, before normalisation."""
    marker = re.search(r"!([^!\s]+)!", head)
    if marker:
        base = head.split("{", 1)[0].strip()
        members = subs.get(marker.group(1))
        if members is None:
            raise ValueError(f"undefined substitution marker !{marker.group(1)}!")
        out: list[tuple[str, str]] = []
        for member in members:
            phrase = base.replace(marker.group(0), member, 1)
            if "!" in phrase:
                out.extend((p, "substituted") for p, _ in _agent_forms(phrase, subs))
            else:
                out.append((phrase, "substituted"))
        return out
    if "{" in head:
        if "}" not in head:
            raise ValueError("missing '}'")
        phrase = head.split("{", 1)[0].strip()
        given = head[head.index("{") + 1 : head.index("}")].strip()
        return [(phrase, "entry")] + ([(given, "plural")] if given else [])
    phrase = head.strip()
    made = plural(phrase)
    return [(phrase, "entry")] + ([(made, "plural")] if made else [])


def _has_gap(phrase: str) -> bool:
    """True when words are joined by a blank (not ``_``) in the source phrase."""
    return bool(re.search(r"[^\s_]\s+[^\s_]", phrase.strip()))


def parse_agent_line(line: str, subs: dict[str, list[str]], order: int = 0) -> list[AgentPhrase]:
    """The agent phrases one (comment-free) line of the agents file stands for.

    Raises:
        ValueError: the line has no ``[code]``, a malformed code, an unclosed ``{`` or
            an undefined substitution marker.
    """
    if "[" not in line:
        raise ValueError("no [code]")
    head, _, rest = line.partition("[")
    raw_code = rest.split("]", 1)[0].strip().rstrip("}")  # "[~LEG}" as in the format's doc
    attach = "before" if raw_code.endswith("~") else "after"
    code = raw_code.strip("~")
    if not _CODE.match(code) or code == "---":
        raise ValueError(f"malformed agent code {raw_code!r}")
    if "MINIST" in subs:  # the TABARI stem "MINIST" left in some phrases: the !MINIST! set
        head = _MINIST_STEM.sub("!MINIST!", head)
    out = []
    for phrase, form in _agent_forms(head, subs):
        key = _phrase_key(phrase)
        if key:
            out.append(AgentPhrase(key, code, attach, _has_gap(phrase), form, order))
    return out


def parse_agents(text: str, source: str = "") -> tuple[list[AgentPhrase], list[str]]:
    """Parse the agents dictionary's text into agent phrases (file order) and problems."""
    subs: dict[str, list[str]] = {}
    out: list[AgentPhrase] = []
    problems: list[str] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        if raw.startswith("#") or raw.startswith("<"):
            continue
        line = strip_comment(raw).strip()
        if not line:
            continue
        define = re.match(r"^!([^!\s]+)!\s*=(.*)$", line)
        if define:
            subs[define.group(1)] = [m.strip() for m in define.group(2).split(",") if m.strip()]
            continue
        try:
            out.extend(parse_agent_line(line, subs, order=lineno))
        except ValueError as err:
            problems.append(f"{source}:{lineno}: line skipped: {err}")
    return out, problems


# ---- our TSV codec ---------------------------------------------------------------------


def format_range(rng: CodeRange) -> str:
    """``CODE`` (default), ``CODE@START/END`` with ``..`` for an open end."""
    if rng.is_default:
        return rng.code
    return f"{rng.code}@{rng.start or '..'}/{rng.end or '..'}"


def parse_range(text: str) -> CodeRange:
    """Inverse of :func:`format_range`."""
    code, sep, span = text.partition("@")
    if not sep:
        return CodeRange(code)
    start, _, end = span.partition("/")
    return CodeRange(code, None if start == ".." else start, None if end == ".." else end)


def format_codes(codes: Iterable[CodeRange]) -> str:
    """A code list as one TSV field: ranges in source order, separated by spaces."""
    return " ".join(format_range(r) for r in codes)


def parse_codes(field: str) -> tuple[CodeRange, ...]:
    """Inverse of :func:`format_codes`."""
    return tuple(parse_range(t) for t in field.split())


def merge_entries(entries: Iterable[ActorEntry]) -> list[ActorEntry]:
    """Give every entry a unique id: an entry whose id and codes repeat an earlier one's is
    merged into it (its new phrases added); one with the same id but other codes gets the
    id ``ID~2`` (``~3``, ...), in order."""
    out: list[ActorEntry] = []
    by_id: dict[str, ActorEntry] = {}
    for entry in entries:
        base, n = entry.id, 1
        while True:
            key = base if n == 1 else f"{base}~{n}"
            seen = by_id.get(key)
            if seen is None:
                entry.id = key
                by_id[key] = entry
                out.append(entry)
                break
            if seen.codes == entry.codes:
                seen.phrases += [p for p in entry.phrases if p not in seen.phrases]
                break
            n += 1
    return out


_FORM_RANK = {"entry": 0, "substituted": 1, "plural": 2}


def actor_rows(entries: Iterable[ActorEntry]) -> list[tuple[str, str, str]]:
    """``(phrase, entry id, code list)`` rows, one per phrase of each entry, sorted."""
    rows = {(p, e.id, format_codes(e.codes)) for e in entries for p in e.phrases}
    return sorted(rows)


def agent_rows(agents: Iterable[AgentPhrase]) -> list[tuple[str, str, str, str, str]]:
    """``(phrase, code, attach, gap, form)`` rows, sorted by phrase; for one phrase the row
    to use comes first (a written entry before a substitution before a made plural, then
    file order). A repeat of a phrase with the same code, attachment and gap is dropped."""
    ranked = sorted(agents, key=lambda a: (a.phrase, _FORM_RANK[a.form], a.order, a.code))
    seen: set[tuple[str, str, str, bool]] = set()
    out = []
    for a in ranked:
        key = (a.phrase, a.code, a.attach, a.gap)
        if key in seen:
            continue
        seen.add(key)
        out.append((a.phrase, a.code, a.attach, "gap" if a.gap else "", a.form))
    return out
