"""A Title Case headline: the model reads its capitalised words as names.

A story's first line is often its headline, and a headline in Title Case ("Trump Slams Media
Over Coverage") capitalises every word, so the small model tags "Donald Trump Rampages" as a
person, "Remain In European Union" as an organisation. The rule (:class:`Headline`): when the
first line is a Title Case headline and a body follows, a model entity in the headline (or in a
later Title Case line of the body: a subheading, a "Related:" list, :func:`title_lines`) is kept
only as a name the body's own entities use (or the first name or surname of a person the
body names in full), or the longest run of its words that is one
("Donald Trump Rampages" -> "Donald Trump", with the body's label); or when its whole text is a
country, nationality, place inside a country, known organisation or known person (lexicons).
A name after a title in the headline is cut the same way (:meth:`Headline.name_end`). A short
label before a colon at the start ("Senator Ruth Amari: The Budget Is Broken", "NY Post: ...")
names who speaks and is kept as the model read it.
Anything else in the headline is dropped: the body names the story's actors again, in
ordinary case, and a name only the headline has is rarely worth a wrong entity.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from spacy.tokens import Doc, Span

from ... import lexicons
from ...lexicons import countries

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*")
#: A headline has at least this many words that are not small words.
_MIN_WORDS = 3
#: A headline's leading label before a colon ("Senator Ruth Amari:") has at most this many words.
_LABEL_WORDS = 5


def headline_end(text: str) -> int:
    """Where the first line ends, when it is a Title Case headline with a body after it (every
    word capitalised but the small words; a sentence full of names, "Foreign Minister Ingrid
    Solheim arrived in Oslo", is none); else 0."""
    end = text.find("\n")
    if end <= 0 or not text[end:].strip():
        return 0
    return end if _title_case(text[:end]) else 0


def _title_case(line: str) -> bool:
    small = set(lexicons.entity_words("headline_small"))
    words = [w for w in _WORD_RE.findall(line) if w.lower() not in small]
    return len(words) >= _MIN_WORDS and all(w[0].isupper() for w in words)


def title_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every Title Case line of ``text``: the headline (:func:`headline_end`)
    and, after it, the body's own Title Case lines (a "Related:" list of other stories'
    headlines, a subheading: "Marco Rubio Responds To Question About Wages"). A line of one
    or two words is none (a name alone, a dateline), nor a body line in capitals ("WHERE
    OBAMA PLANS TO ..."), nor one ending with a colon, which introduces what follows ("Stated
    Mayor Ann Keller:"): those are left as the model reads them."""
    first = headline_end(text)
    lines = [(0, first)] if first else []
    pos = text.find("\n") + 1 if "\n" in text else len(text)
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].rstrip()
        if line and not line.isupper() and not line.endswith(":") and _title_case(line):
            lines.append((pos, end))
        pos = end + 1
    return lines


def _label_end(line: str) -> int:
    """Where a headline's leading "Speaker: ..." label ends (its colon), or 0: a short label
    not in capitals ("Senator Ruth Amari: The Budget Is Broken", "NY Post: ..."; not
    "UPDATE:"). The label names who speaks, as the quotes stage reads it, and is kept."""
    colon = line.find(":")
    label = line[:colon]
    if colon <= 0 or len(label.split()) > _LABEL_WORDS or label.isupper():
        return 0
    return colon


def _stripped(text: str) -> str:
    """A name as the entity stage compares it: no leading "the", no possessive, no stop."""
    text = re.sub(r"^(?:the|The|THE)\s+", "", text.strip())
    text = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text).rstrip(" ,;:")
    if text.endswith(".") and not re.search(r"(?:^|[\s.])[A-Za-z]\.$", text):
        text = text[:-1]  # a stop, not an abbreviation's dot ("U.N.")
    return text


def _known(text: str) -> bool:
    """True for a name the lexicons know whatever its case around it: a country, nationality,
    place inside a country, known organisation or known person. A one-word name of three
    letters or fewer only in capitals ("RNC", not "Can" or "Who": case says nothing in a
    Title Case line)."""
    if " " not in text and len(text) <= 3 and not text.isupper():
        return False
    return bool(
        countries.any_country(text)
        or lexicons.organisations().get(lexicons.name_key(text))
        or text.lower() in lexicons.people()["name"]
    )


class Headline:
    """The headline of one document (``end`` is 0 when it has none to repair)."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.end = headline_end(text)
        self.label_end = _label_end(text[: self.end]) if self.end else 0
        self.lines = title_lines(text)
        self.body: dict[str, Counter] = {}
        if self.lines:
            parts: Counter = Counter()
            for ent in doc.ents:
                if not self._in_title_line(ent.start_char):
                    name = _stripped(ent.text)
                    self.body.setdefault(name, Counter())[ent.label_] += 1
                    words = name.split()
                    if ent.label_ == "PERSON" and len(words) >= 2:
                        parts.update({words[0], words[-1]})  # "Hillary" of "Hillary Clinton"
            for word in parts:
                self.body.setdefault(word, Counter({"PERSON": 1}))

    def refit(self, ent: Span) -> Optional[Span]:
        """The entity to keep for a model entity ``ent``: itself outside the headline; in it,
        the longest run of its words the body names (leftmost first), with the body's label, or
        that the lexicons know (two words or more), with its own; itself when the lexicons know
        it whole; None to drop it."""
        if not self._in_title_line(ent.start_char) or ent.end_char <= self.label_end:
            return ent
        name = _stripped(ent.text)
        if name in self.body:
            return Span(self.doc, ent.start, ent.end, label=self.body[name].most_common(1)[0][0])
        if name and _known(name):
            return ent
        for n in range(len(ent) - 1, 0, -1):
            for a in range(ent.start, ent.end - n + 1):
                if self._in_compound(a, a + n):
                    continue
                sub = _stripped(self.doc[a : a + n].text)
                if sub and sub[0].isupper() and sub in self.body:
                    return Span(self.doc, a, a + n, label=self.body[sub].most_common(1)[0][0])
                if " " in sub and _known(sub):  # "Marco Rubio" of "Marco Rubio Responds To"
                    return Span(self.doc, a, a + n, label=ent.label_)
        return None

    def _in_title_line(self, char: int) -> bool:
        """True when the character offset ``char`` is in a Title Case line."""
        return any(a <= char < b for a, b in self.lines)

    def _in_compound(self, a: int, b: int) -> bool:
        """True when tokens ``a:b`` are part of a hyphenated word ("American" of
        "African-American Museum", "Clinton" of "Clinton-Supporting"): no name of their own."""
        doc = self.doc
        before = a > 0 and doc[a - 1].text == "-" and not doc[a - 1].whitespace_
        after = b < len(doc) and doc[b].text == "-" and not doc[b - 1].whitespace_
        return before or after

    def name_end(self, start: int, end: int) -> Optional[int]:
        """Where the name after a title ends (a token index): ``end`` outside the headline; in
        it, the end of the longest run of the name's words from ``start`` that the body names
        or the lexicons know ("Chief Justice John Roberts Did Not" -> "John Roberts"), or None."""
        if not self._in_title_line(self.doc[start].idx) or self.doc[end - 1].idx < self.label_end:
            return end
        for k in range(end, start, -1):
            sub = _stripped(self.doc[start:k].text)
            if sub and (sub in self.body or _known(sub)):
                return k
        return None
