"""Shared pieces of the quote rules: the :class:`Attr` record one attribution is built
in, character spans of tokens and subtrees, and sentence look-ups by token."""

from __future__ import annotations

import bisect
import re
from operator import attrgetter
from dataclasses import dataclass
from typing import Optional

from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Token

from ..text import sentences
from .marks import Marked
from .words import alternation


#: dependency labels of a cue's clausal content
CONTENT_DEPS = {"ccomp", "parataxis"}
#: dependency labels of the words before a verb that belong to its cue ("did not say")
CUE_LEFT_DEPS = {"aux", "auxpass", "neg", "advmod"}
_TRAIL = " \t\n\u00a0,;:.\u2014-"
_LEAD = " \t\n\u00a0,;:\u2014-"


@dataclass
class Attr:
    """One attribution while the passes build it: character spans of its cue,
    source and content fragments, the tokens they came from, and the speaker once resolved."""

    cue: tuple[int, int]
    cue_token: Optional[Token]
    source: Optional[tuple[int, int]]
    source_token: Optional[Token]
    content: list[tuple[int, int]]
    reason: str = ""
    speaker: Optional[str] = None
    speaker_reason: Optional[str] = None


def span_of(tokens: list[Token]) -> tuple[int, int]:
    """The characters from the first to the last of ``tokens`` (tokens of one Doc: the
    first by index starts first and the last by index ends last, as tokens never overlap)."""
    first, last = min(tokens, key=_INDEX), max(tokens, key=_INDEX)
    return first.idx, last.idx + len(last.text)


_INDEX = attrgetter("i")


def subtree_span(tok: Token) -> tuple[int, int]:
    """The characters of ``tok``'s subtree, from its left edge to its right edge as spaCy
    records them, without walking the subtree (the walk can be as long as a run-on
    sentence). On a non-projective parse the recorded edges can differ from the walk's
    extremes: 3 of 15,496 contents on PolNeAR train."""
    right = tok.right_edge
    return tok.left_edge.idx, right.idx + len(right.text)


def subtrees_span(toks: list[Token]) -> tuple[int, int]:
    """The characters from the first to the last of several subtrees."""
    spans = [subtree_span(t) for t in toks]
    return min(a for a, _ in spans), max(b for _, b in spans)


# a word that ends in an abbreviation's period: "U.S", "p.m", "D.C", "Calif", "Inc"
_ABBREV_END_RE = re.compile(r"(?:\b[A-Za-z]\.[A-Za-z]|\b(?:" + alternation("period_abbreviation") + "))$")


def strip_span(text: str, s: int, e: int, marked: list[Marked]) -> tuple[int, int]:
    """Trim whitespace and stray punctuation at the edges (keeping quote marks)."""
    while s < e and text[s] in _LEAD:
        s += 1
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    if text[e : e + 1] == "." and _ABBREV_END_RE.search(text, max(s, e - 12), e):
        e += 1  # "entering the U.S.": the period is the abbreviation's
    return s, e


_APOSTROPHES = "'\u2019"


def _inside_word(text: str, pos: int) -> bool:
    """``pos`` falls inside a word: a letter or digit before it, and after it a letter, a digit
    or the apostrophe of a clitic ("do|n't", "Trump|'s", "she|'s": spaCy splits these into two
    tokens with no space between them)."""
    if not 0 < pos < len(text) or not text[pos - 1].isalnum():
        return False
    nxt = text[pos]
    return nxt.isalnum() or (nxt in _APOSTROPHES and text[pos + 1 : pos + 2].isalpha())


def whole_words(text: str, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each fragment with its edges moved out of the middle of a word: an end to the word's
    end ("those who do" -> "those who don't": the cut left out the negation), a start to the
    word's start."""
    out = []
    for s, e in content:
        if _inside_word(text, e):
            while e < len(text) and (text[e].isalnum() or (text[e] in _APOSTROPHES and text[e + 1 : e + 2].isalpha())):
                e += 1
        if _inside_word(text, s):
            while s > 0 and (text[s - 1].isalnum() or (text[s - 1] in _APOSTROPHES and text[s - 2 : s - 1].isalnum())):
                s -= 1
        out.append((s, e))
    return out


def same_line(text: str, a: int, b: int) -> bool:
    """No line break between positions ``a`` and ``b``."""
    lo, hi = min(a, b), max(a, b)
    return "\n" not in text[lo:hi]


#: a "sentence" the parser made longer than this (a run-on text with no stops) is looked at
#: in pieces of at most this many tokens, so the work per cue stays bounded (PolNeAR train's
#: longest sentence has 233 tokens)
_MAX_SENT_TOKENS = 250


class Sents:
    """Sentence lookups by token index (``Token.sent`` walks the Doc every call). A
    sentence the parser ran over a line break ("... in the U.S.\n\n“This is ...,” he said")
    is two pieces: no content crosses a paragraph."""

    def __init__(self, doc: Doc):
        breaks = _line_breaks(doc)
        self.spans = [piece for sp in sentences(doc) for line in _lines(doc, sp, breaks) for piece in _pieces(doc, line)]
        self.index = [0] * len(doc)
        for k, sp in enumerate(self.spans):
            for i in range(sp.start, sp.end):
                self.index[i] = k

    def of(self, tok: Token):
        """The sentence (or piece of one) holding ``tok``."""
        return self.spans[self.index[tok.i]]


def _line_breaks(doc: Doc) -> list[int]:
    """The indices of the whitespace tokens that hold a line break, in order (read from the
    Doc's arrays: a Token for every word would cost more)."""
    return [i for i, space in enumerate(doc.to_array(IS_SPACE).tolist()) if space and "\n" in doc[i].text]


def _lines(doc: Doc, sent, breaks: list[int]) -> list:
    """``sent`` cut after each line break inside it (a whitespace token holding one)."""
    lo, hi = bisect.bisect_right(breaks, sent.start), bisect.bisect_left(breaks, sent.end - 1)
    cuts = [i + 1 for i in breaks[lo:hi]]
    if not cuts:
        return [sent]
    bounds = [sent.start, *cuts, sent.end]
    return [doc[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


def _pieces(doc: Doc, sent) -> list:
    """``sent``, or for an over-long one, pieces of at most ``_MAX_SENT_TOKENS`` tokens,
    each cut after the last punctuation mark in its second half where there is one."""
    if len(sent) <= _MAX_SENT_TOKENS:
        return [sent]
    out = []
    start = sent.start
    while start < sent.end:
        end = min(start + _MAX_SENT_TOKENS, sent.end)
        if end < sent.end:
            end = next((i + 1 for i in range(end - 1, start + _MAX_SENT_TOKENS // 2, -1) if doc[i].is_punct), end)
        out.append(doc[start:end])
        start = end
    return out
