"""Per-document token attributes read from the Doc's arrays, so that a pass over every
token can pick its few candidates without making a ``Token`` object for each word.

spaCy builds a new ``Token`` on every ``doc[i]`` and every step of ``for tok in doc``, and
``tok.lemma_`` looks the string up each time: the passes that look at every word for a
handful of cues (:func:`~.cues.find_attributions`, :class:`~.findings.Findings`) spent
most of their time there. :func:`with_lemma`, :func:`with_pos` and :func:`with_dep` answer
``tok.lemma_.lower() in words``, ``tok.pos_ == name`` and ``tok.dep_ in labels`` for every
token at once, from the Doc's ``LEMMA``, ``POS`` and ``DEP`` columns (read once per Doc, with
:func:`~newsfacts.nlp.text.last_doc`). The entities and events stages use the same columns
(:func:`pos_tags`, :func:`tokens_with_dep`).
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import DEP, IDX, IS_SPACE, LEMMA, POS
from spacy.symbols import IDS

from .text import last_doc

#: word set -> {lemma hash -> whether the lemma in lower case is in the set} (a hash names
#: the same string in every vocab; kept bounded for a long-running process)
_MEMO: dict[frozenset, dict[int, bool]] = {}
_MEMO_MAX = 500_000


@last_doc
def _columns(doc) -> np.ndarray:
    """The Doc's ``[LEMMA, POS, DEP]`` array, once per Doc."""
    return doc.to_array([LEMMA, POS, DEP]).reshape(len(doc), 3)


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


def tokens_with_dep(doc, labels) -> list:
    """The tokens whose dependency label is in ``labels``, in order (no ``Token`` made for
    the other words)."""
    return [doc[i] for i in indices(with_dep(doc, labels))]


@last_doc
def pos_tags(doc) -> list[str]:
    """Each token's coarse part of speech (``Token.pos_``), once per Doc."""
    names = doc.vocab.strings
    return [names[p] if p else "" for p in _columns(doc)[:, 1].tolist()]


@last_doc
def _starts(doc) -> tuple[list[int], list[int]]:
    """Each token's character offset and whether it is whitespace, once per Doc."""
    cols = doc.to_array([IDX, IS_SPACE]).reshape(len(doc), 2)
    return (cols[:, 0].tolist(), cols[:, 1].tolist())


def first_word_from(doc, lo: int, hi: int, pos: int):
    """``next((t for t in doc[lo:hi] if t.idx >= pos and not t.is_space), None)``, by bisect."""
    if lo >= hi:
        return None
    starts, spaces = _starts(doc)
    j = bisect_left(starts, pos, lo, hi)
    while j < hi and spaces[j]:
        j += 1
    return doc[j] if j < hi else None
