"""Spans of time that frame another fact (:mod:`.durations` calls these; they import nothing of
:mod:`.measured`):

- a window of time after a superlative or "the first time": "the lowest in 33 years", "their
  highest level in nine years", "the worst drought in 50 years", "for the first time in 20 years"
  -> "period of the lowest", "period of their highest level", "period of the first time" (the
  span hangs "in" or "over" from the superlative, its noun, or the verb whose object has one);
- what lasted, for a "for" span that opens its clause and a subject that is something that lasts
  (``period`` rows of ``claim_count_classes.tsv``: "For eight years, Mr. Obama's presidency has
  muted ..." -> "length of Mr. Obama's presidency"), not what the subject did.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ... import lexicons

_WINDOW_PREPS = ("in", "over")
_SUPERLATIVE_TAGS = ("JJS", "RBS")


@lru_cache(maxsize=None)
def count_classes() -> dict[str, dict[str, str]]:
    """The rows of ``claim_count_classes.tsv`` by class: ``{class: {word: second field or ""}}``."""
    out: dict[str, dict[str, str]] = {}
    for row in lexicons.rows("claim_count_classes.tsv"):
        out.setdefault(row[0], {})[row[1]] = row[2] if len(row) > 2 else ""
    return out


def _phrase(doc, first: int, last: int) -> tuple[str, tuple[int, int]]:
    words = doc[first : last + 1].text
    return words, (doc[first].idx, doc[last].idx + len(doc[last].text))


def _superlative_phrase(tok) -> Optional[tuple[int, int]]:
    """Token range (inclusive) of a superlative or "first time" phrase headed by ``tok``: "the
    lowest", "their highest level", "the first time"; None when ``tok`` heads none."""
    doc = tok.doc
    if tok.tag_ in _SUPERLATIVE_TAGS:
        mods = [tok]
    else:
        if tok.pos_ != "NOUN":
            return None
        mods = [c for c in tok.children if c.dep_ == "amod" and c.i < tok.i and (
            c.tag_ in _SUPERLATIVE_TAGS or (c.lower_ == "first" and tok.lower_ == "time"))]
        if not mods:
            return None
    first = min(c.i for c in tok.children if c.dep_ in ("det", "poss", "amod", "compound") and c.i < tok.i) if any(
        c.dep_ in ("det", "poss", "amod", "compound") and c.i < tok.i for c in tok.children) else tok.i
    if any(t.is_punct for t in doc[first : tok.i]):
        return None
    return first, tok.i


def window_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``("period of the lowest", evidence)`` for a span of time that is the window of a superlative
    (see the module docstring); None otherwise."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _WINDOW_PREPS or prep.i > span.start or prep.i + 4 < span.start:
        return None
    if any(t.is_punct or t.pos_ in ("VERB", "NOUN", "PROPN") for t in span.doc[prep.i + 1 : span.start]):
        return None  # "in the 64 years that ...": the years are a noun of their own
    if any(c.dep_ in ("relcl", "acl") for c in root.children):
        return None  # "in the 64 years that pollsters have asked": a clause says what the years are
    host = prep.head
    rng = _superlative_phrase(host)
    if rng is None and host.pos_ in ("VERB", "AUX") and host.i < prep.i:
        obj = next((c for c in host.children if c.dep_ in ("dobj", "attr") and c.i < prep.i), None)
        rng = _superlative_phrase(obj) if obj is not None else None  # "hit their highest level in nine years"
    if rng is None:
        return None
    words, ev = _phrase(span.doc, *rng)
    if span.doc[rng[0]].is_sent_start and span.doc[rng[0]].pos_ != "PROPN":
        words = words[:1].lower() + words[1:]
    return f"period of {words}", [ev]


def lasting_subject(verb) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``("length of Mr. Obama's presidency", evidence)`` when the subject of ``verb`` is a common
    noun of something that lasts (``period`` rows), with its modifiers and possessor; else None."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or subj.lemma_.lower() not in count_classes().get("period", {}):
        return None
    first = subj.left_edge.i
    if any(t.is_punct and t.text != "'" for t in subj.doc[first : subj.i]) or first < verb.i - 12:
        return None
    words, ev = _phrase(subj.doc, first, subj.i)
    return f"length of {words}", [ev]
