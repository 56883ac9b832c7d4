"""Results of a pure function of a token, kept for the tokens of the most recent Doc.

The cue pass, the speaker resolver and the claims stage ask for the same subject's noun
phrase (:func:`~.sources.np_span`) again and again, and each answer walks the subtree.
:func:`by_token` keeps the answers for one Doc at a time (held by a weak reference, as
:func:`~newsfacts.nlp.text.last_doc` does for a value per Doc: a finished document is never kept alive), so
a function it wraps must depend on nothing but the token and its Doc, and return an
immutable value that is never None.
"""

from __future__ import annotations

import functools
from typing import Callable

from ..text import last_doc


def by_token(f: Callable) -> Callable:
    """``f(tok)``, computed once per token of the most recent Doc."""
    memo_of = last_doc(lambda doc: {})  # {token index: answer} for the most recent Doc

    @functools.wraps(f)
    def cached(tok):
        memo = memo_of(tok.doc)
        found = memo.get(tok.i)
        if found is None:
            found = memo[tok.i] = f(tok)
        return found

    return cached
