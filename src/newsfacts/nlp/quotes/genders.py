"""A person's grammatical gender from the text, for the speaker rules: honorifics before a
mention, gendered titles, first names that are near-always one gender's (word lists in
``lexicons/quote_patterns.tsv`` and ``entity_gender.tsv``)."""

from __future__ import annotations

import re
from typing import Optional

from ... import lexicons
from .words import alternation

_MALE_RE = re.compile(r"\b(?:" + alternation("male_honorific") + r")\.?\s*$")
_FEMALE_RE = re.compile(r"\b(?:" + alternation("female_honorific") + r")\.?\s*$")
_MALE_TITLE_RE = re.compile(r"(?:" + alternation("male_title_ending") + r")\b|\b(?:" + alternation("male_title") + r")\b", re.I)
_FEMALE_TITLE_RE = re.compile(alternation("female_title_ending") + r"\b|\b(?:" + alternation("female_title") + r")\b", re.I)
#: first name -> "m"/"f", for names that are near-always one gender's
FIRST_NAMES = {w: g.lower() for w, g in lexicons.gender_words("first_name").items()}
#: honorific (without its period) -> "m"/"f"
HONORIFICS = {w.rstrip("."): g.lower() for w, g in lexicons.gender_words("honorific").items()}


def gender_votes(text: str, index) -> dict[str, list[tuple[int, str]]]:
    """The evidence of each person's grammatical gender ("m"/"f") in the text, as
    ``(position, gender)``: an honorific before a mention ("Mr. Price", "Ms. Dubois"), a
    gendered title ("spokeswoman", position -1), else a first name that is near-always one
    gender's ("Hillary Clinton", position -1). People with none are left out."""
    out: dict[str, list[tuple[int, str]]] = {}
    for ent in index.entities:
        if ent.type != "PERSON":
            continue
        votes: list[tuple[int, str]] = []
        for m in ent.mentions:
            before = text[max(0, m.start - 8) : m.start]
            first = m.text.split()[0] if m.text.split() else ""
            if _MALE_RE.search(before) or _MALE_RE.search(first):
                votes.append((m.start, "m"))
            if _FEMALE_RE.search(before) or _FEMALE_RE.search(first):
                votes.append((m.start, "f"))
        for r in ent.roles:
            if _FEMALE_TITLE_RE.search(r.title):
                votes.append((-1, "f"))
            elif _MALE_TITLE_RE.search(r.title):
                votes.append((-1, "m"))
        name = (getattr(ent, "name", "") or "").split()
        if not votes and name and (first := FIRST_NAMES.get(name[0].lower())):
            votes.append((-1, first))
        if votes:
            out[ent.id] = votes
    return out


def one_gender(votes: list[tuple[int, str]]) -> Optional[str]:
    """The one gender the votes agree on, or None (none, or they disagree)."""
    sexes = {sex for _, sex in votes}
    return sexes.pop() if len(sexes) == 1 else None
