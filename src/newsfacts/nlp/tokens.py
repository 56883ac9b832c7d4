"""What a text costs to parse, counted without spaCy: a token estimate and the budget.

The parse costs ~17 KB per token while a piece is parsed, and a text's tokens per character
vary 5-fold (prose ~0.2, a run of quote marks 1), so the parse's memory is bounded by tokens:
:func:`~newsfacts.nlp.text.chunk_bounds` cuts pieces by :func:`token_estimate`, and
:func:`check_tokens` refuses a document over :data:`MAX_TOKENS`. This module imports
nothing heavy: ingest's main process checks every text with it before sending it to a worker.
"""

from __future__ import annotations

import re

from ..errors import E_TOO_MANY_TOKENS, InputError

#: The most tokens (:func:`token_estimate`) one document may have; a longer one is refused
#: (NF109; ingest's reject ``too_many_tokens``). Prose of 1,000,000 characters (ingest's
#: character limit) has ~200,000; see docs/reliability.md for the memory arithmetic.
MAX_TOKENS = 250_000

#: What spaCy's English tokenizer makes a token of, or more: a run of word characters, each
#: punctuation mark, a run of whitespace other than the space, a space after a space.
_TOKEN_RE = re.compile(r"\w+|[^\w\s]|[^\S ]+| (?= )")


def token_estimate(text: str) -> int:
    """About the number of tokens spaCy makes of ``text``, counted without tokenizing: never
    more than ``len(text)``; somewhat over the real count for prose (``U.S.`` and ``1,000``
    count as several), close to it for punctuation-dense text (tests/test_hardening_memory.py)."""
    return len(_TOKEN_RE.findall(text))


def check_tokens(text: str, max_tokens: int = MAX_TOKENS) -> int:
    """The text's :func:`token_estimate` (0 when it has too few characters to pass
    ``max_tokens``: not counted); raises InputError (NF109) over ``max_tokens``."""
    n = token_estimate(text) if len(text) > max_tokens else 0
    if n > max_tokens:
        raise InputError(f"about {n:,} tokens is over the {max_tokens:,}-token limit for one document "
                         "(the parse costs ~17 KB a token): split it into articles", code=E_TOO_MANY_TOKENS)
    return n
