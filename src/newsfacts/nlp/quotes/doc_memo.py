"""Results of a pure function of a token, kept for the tokens of the most recent Doc.

The cue pass, the speaker resolver and the claims stage ask for the same subject's noun
phrase (:func:`~.sources.np_span`) again and again, and each answer walks the subtree.
:func:`by_token` keeps the answers for one Doc at a time (held by a weak reference, as
:func:`~newsfacts.nlp.text.doc_text` does: a finished document is never kept alive), so
a function it wraps must depend on nothing but the token and its Doc, and return an
immutable value that is never None.
"""

from __future__ import annotations

import functools
import weakref
from typing import Callable


def by_token(f: Callable) -> Callable:
    """``f(tok)``, computed once per token of the most recent Doc."""
    last: list = [(lambda: None, {})]

    @functools.wraps(f)
    def cached(tok):
        doc = tok.doc
        ref, memo = last[0]  # (one read: a thread on another Doc swaps the pair, never half of it)
        if ref() is not doc:
            memo = {}
            last[0] = (weakref.ref(doc), memo)
        found = memo.get(tok.i)
        if found is None:
            found = memo[tok.i] = f(tok)
        return found

    return cached
