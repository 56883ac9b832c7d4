"""Targets are not counts: a figure a story gives as a goal, a cap or a pledge ("pledged to admit
10,000 refugees", "the 10,000 goal", "a target of $1 billion") is not compared with a figure of
what happened ("had admitted 11,491 Syrian refugees, 15 percent over the goal"): the two differ
by design, and a check between them would call a goal met a contradiction.

A figure is a target when a ``target`` word of ``lexicons/claim_check_words.tsv`` stands in its
sentence within :data:`_BEFORE` characters before it, or among the :data:`_AFTER_WORDS` words
right after it before any punctuation ("10,000 goal", "the 10,000-refugee target").
"""

from __future__ import annotations

import re

from .check_words import words_of

#: how far before a figure a target word is read (characters, inside the figure's sentence)
_BEFORE = 40
#: how many words right after a figure a target word is read
_AFTER_WORDS = 3
_WORDS_AFTER_RE = re.compile(r"(?:[\s-]+[A-Za-z]+){1,%d}" % _AFTER_WORDS)


def is_target(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the figure at ``start:end`` (in the sentence ``sentence``) is a goal, a cap or a pledge."""
    before = text[max(sentence[0], start - _BEFORE) : start]
    if words_of("target", before):
        return True
    m = _WORDS_AFTER_RE.match(text, end, max(end, sentence[1]))
    return bool(m and words_of("target", m.group(0)))


def one_target(text: str, a, b) -> bool:
    """Whether exactly one of two claims' infos (``claim.evidence``, ``sentence``) is a target."""
    return _target(text, a) != _target(text, b)


def _target(text: str, info) -> bool:
    ev = info.claim.evidence
    return is_target(text, ev[0][0], ev[-1][1], info.sentence)
