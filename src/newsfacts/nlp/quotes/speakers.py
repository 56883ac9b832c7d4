"""Speakers: a Source resolved to an entity through the entity index.

A name or description goes to the entity it overlaps (a person first); a pronoun to the
most recent person named as a subject (or speaker) before it whose gender, where the text
marks it, fits; a relative "who" to the noun it modifies.
"""

from __future__ import annotations

import bisect
import re
from typing import Optional

from spacy.tokens import Doc

from .sources import np_span
from .words import alternation
from .spans import Attr


_SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "it", "who", "which", "that", "i", "we", "you"})
_MALE_RE = re.compile(r"\b(?:" + alternation("male_honorific") + r")\.?\s*$")
_FEMALE_RE = re.compile(r"\b(?:" + alternation("female_honorific") + r")\.?\s*$")
_MALE_TITLE_RE = re.compile(r"(?:" + alternation("male_title_ending") + r")\b|\b(?:" + alternation("male_title") + r")\b", re.I)
_FEMALE_TITLE_RE = re.compile(alternation("female_title_ending") + r"\b|\b(?:" + alternation("female_title") + r")\b", re.I)


def _genders(text: str, index) -> dict[str, str]:
    """Grammatical gender ("m"/"f") of the people the text marks it for: an honorific
    before a mention ("Mr. Price", "Ms. Dubois") or a gendered title ("spokeswoman").
    People the text doesn't mark are left out (any pronoun fits them)."""
    out: dict[str, str] = {}
    for ent in index.entities:
        if ent.type != "PERSON":
            continue
        votes = set()
        for m in ent.mentions:
            before = text[max(0, m.start - 8) : m.start]
            first = m.text.split()[0] if m.text.split() else ""
            if _MALE_RE.search(before) or _MALE_RE.search(first):
                votes.add("m")
            if _FEMALE_RE.search(before) or _FEMALE_RE.search(first):
                votes.add("f")
        for r in ent.roles:
            if _FEMALE_TITLE_RE.search(r.title):
                votes.add("f")
            elif _MALE_TITLE_RE.search(r.title):
                votes.add("m")
        if len(votes) == 1:
            out[ent.id] = votes.pop()
    return out


class Resolver:
    """Resolves a Source to an entity id: names and descriptions through the entity
    index, pronouns to the most recent person named as a subject before them."""

    def __init__(self, doc: Doc, index, text: str):
        self.doc = doc
        self.text = text
        self.index = index
        self.types = {e.id: e.type for e in index.entities}
        subj: list[tuple[int, str]] = []
        for tok in doc:
            if tok.dep_ in _SUBJ_DEPS and tok.lower_ not in _PRONOUNS:
                s, e = np_span(tok)
                eid = self._entity_in(s, e, prefer="PERSON")
                if eid:
                    subj.append((tok.idx, eid))
        self.subjects = subj
        self.persons = sorted((s, eid) for s, e, eid in index.spans if self.types.get(eid) == "PERSON")
        self.gender = _genders(text, index)
        # per pronoun gender, the people it may refer to, so that a look-back is one bisect
        # (walking back past people of the other gender made long texts quadratic)
        self._fit_subjects = {sex: sorted(x for x in subj if self._fits(x[1], sex)) for sex in "mf"}
        self._fit_persons = {sex: [x for x in self.persons if self._fits(x[1], sex)] for sex in "mf"}
        self._fit_speakers: dict[str, list[tuple[int, str]]] = {"m": [], "f": []}

    def _fits(self, eid: str, sex: str) -> bool:
        return self.types.get(eid) == "PERSON" and self.gender.get(eid, sex) == sex

    def add_speaker(self, pos: int, eid: str) -> None:
        """Record that ``eid`` spoke at ``pos`` (kept sorted, for pronoun look-back; speakers
        come in text order, so the insert is an append)."""
        for sex, items in self._fit_speakers.items():
            if self._fits(eid, sex):
                if not items or items[-1] <= (pos, eid):
                    items.append((pos, eid))
                else:
                    bisect.insort(items, (pos, eid))

    @staticmethod
    def _last_before(items: list[tuple[int, str]], pos: int) -> Optional[tuple[int, str]]:
        """The last ``(position, entity)`` before ``pos`` in a sorted list."""
        k = bisect.bisect_left(items, (pos, ""))
        return items[k - 1] if k else None

    def _entity_in(self, s: int, e: int, prefer: Optional[str] = None) -> Optional[str]:
        best, best_key = None, None
        for ms, me, eid in self.index.overlapping(s, e):
            ov = min(me, e) - max(ms, s)
            key = (prefer is not None and self.types.get(eid) == prefer, ov)
            if best_key is None or key > best_key:
                best, best_key = eid, key
        return best

    def resolve(self, attr: Attr) -> tuple[Optional[str], str]:
        """The speaker (entity id or None) of an attribution and the reason, in words."""
        if attr.source is None:
            return None, "no source in the sentence"
        s, e = attr.source
        word = self.text[s:e].lower()
        tok = attr.source_token
        if word in ("he", "she", "him", "her"):
            sex = "m" if word in ("he", "him") else "f"
            label = "male" if sex == "m" else "female"

            cands = [x for x in (self._last_before(self._fit_speakers[sex], s), self._last_before(self._fit_subjects[sex], s)) if x]
            if cands:
                pos, eid = max(cands)
                return eid, f"pronoun '{word}' -> the most recent {label}-compatible person named as a subject or speaker"
            last = self._last_before(self._fit_persons[sex], s)
            if last:
                return last[1], f"pronoun '{word}' -> the most recent {label}-compatible person named"
            return None, f"pronoun '{word}' with no {label}-compatible person named before it"
        if word in ("who", "which", "that") and tok is not None and tok.head.dep_ == "relcl":
            noun = tok.head.head
            ns, ne = np_span(noun)
            eid = self._entity_in(ns, ne, prefer="PERSON")
            if eid:
                return eid, f"relative '{word}' -> the noun it modifies"
        if word in ("it", "they"):
            return None, f"pronoun '{word}' left unresolved"
        prefer = "PERSON"
        eid = self._entity_in(s, e, prefer=prefer)
        if eid:
            return eid, "named in the source"
        return None, "the source names no known entity"
