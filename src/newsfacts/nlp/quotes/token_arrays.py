"""Per-document token attributes read from the Doc's arrays, so that a pass over every
token can pick its few candidates without making a ``Token`` object for each word.

spaCy builds a new ``Token`` on every ``doc[i]`` and every step of ``for tok in doc``, and
``tok.lemma_`` looks the string up each time: the passes that look at every word for a
handful of cues (:func:`~.cues.find_attributions`, :class:`~.findings.Findings`) spent
most of their time there. :func:`with_lemma`, :func:`with_pos` and :func:`with_dep` answer
``tok.lemma_.lower() in words``, ``tok.pos_ == name`` and ``tok.dep_ in labels`` for every
token at once, from the Doc's ``LEMMA``, ``POS`` and ``DEP`` columns (read once per Doc: the
most recent Doc asked about, held by a weak reference as :func:`~newsfacts.nlp.text.doc_text` does).
"""

from __future__ import annotations

import weakref
from bisect import bisect_left

import numpy as np
from spacy.attrs import DEP, IDX, IS_SPACE, LEMMA, POS
from spacy.symbols import IDS

_last: tuple = (lambda: None, None)
#: word set -> {lemma hash -> whether the lemma in lower case is in the set} (a hash names
#: the same string in every vocab; kept bounded for a long-running process)
_MEMO: dict[frozenset, dict[int, bool]] = {}
_MEMO_MAX = 500_000


def _columns(doc) -> np.ndarray:
    """The Doc's ``[LEMMA, POS, DEP]`` array, once per Doc."""
    global _last
    ref, cached = _last
    if ref() is doc:
        return cached
    cached = doc.to_array([LEMMA, POS, DEP]).reshape(len(doc), 3)
    _last = (weakref.ref(doc), cached)
    return cached


def with_lemma(doc, words) -> np.ndarray:
    """A boolean per token: ``tok.lemma_.lower() in words``."""
    words = frozenset(words)
    memo = _MEMO.get(words)
    if memo is None or len(memo) > _MEMO_MAX:
        if len(_MEMO) > 16:
            _MEMO.clear()
        memo = _MEMO[words] = {}
    hashes = _columns(doc)[:, 0].tolist()
    get = memo.get
    out = [get(h) for h in hashes]
    if None in out:
        strings = doc.vocab.strings
        for k, h in enumerate(hashes):
            if out[k] is None:
                out[k] = memo[h] = strings[h].lower() in words
    return np.array(out, dtype=bool)


def with_pos(doc, name: str) -> np.ndarray:
    """A boolean per token: ``tok.pos_ == name`` (a universal part-of-speech tag)."""
    return _columns(doc)[:, 1] == IDS[name]


def with_dep(doc, labels) -> np.ndarray:
    """A boolean per token: ``tok.dep_ in labels``."""
    deps = _columns(doc)[:, 2]
    strings = doc.vocab.strings
    ids = [h for h in np.unique(deps).tolist() if strings[h] in labels]
    return np.isin(deps, np.array(ids, dtype=deps.dtype))


def indices(mask: np.ndarray) -> list[int]:
    """The token indices where ``mask`` is true, in order."""
    return np.flatnonzero(mask).tolist()


_last_starts: tuple = (lambda: None, None)


def _starts(doc) -> tuple[list[int], list[int]]:
    """Each token's character offset and whether it is whitespace, once per Doc."""
    global _last_starts
    ref, cached = _last_starts
    if ref() is doc:
        return cached
    cols = doc.to_array([IDX, IS_SPACE]).reshape(len(doc), 2)
    cached = (cols[:, 0].tolist(), cols[:, 1].tolist())
    _last_starts = (weakref.ref(doc), cached)
    return cached


def first_word_from(doc, lo: int, hi: int, pos: int):
    """``next((t for t in doc[lo:hi] if t.idx >= pos and not t.is_space), None)``, by bisect."""
    if lo >= hi:
        return None
    starts, spaces = _starts(doc)
    j = bisect_left(starts, pos, lo, hi)
    while j < hi and spaces[j]:
        j += 1
    return doc[j] if j < hi else None
