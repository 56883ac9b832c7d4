"""Tokenizer additions for newsfacts' spaCy pipeline.

spaCy splits a word from a quote mark only at a space or at the edges of a
whitespace-separated chunk, so ``said,"Look`` (no space after the comma, common in
copied web text) stays one token: the reporting verb is lost to the parser and the
quote goes unattributed. :func:`add_quote_infixes` adds two infix patterns, a quote
mark after a word's closing punctuation and that punctuation before the mark, so the
chunk becomes ``said`` ``,`` ``"`` ``Look``. Tokens keep their character offsets (the
tokenizer never changes the text).
"""

from __future__ import annotations

_MARKS = "\"\u201c\u201d"
#: a quote mark between a word's closing punctuation and a letter ('said,"Look', 'end."Next'),
#: and that punctuation itself when a quote mark and a letter follow
QUOTE_INFIXES = (
    rf"(?<=\w\w[,.:;!?])[{_MARKS}](?=[^\W\d_])",
    rf"(?<=\w\w)[,.:;!?](?=[{_MARKS}][^\W\d_])",
)


def add_quote_infixes(nlp) -> None:
    """Add :data:`QUOTE_INFIXES` to ``nlp``'s tokenizer (idempotent)."""
    import re

    finditer = nlp.tokenizer.infix_finditer
    pattern = finditer.__self__.pattern if finditer is not None else ""
    extra = "|".join(QUOTE_INFIXES)
    if extra in pattern:
        return
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{extra}" if pattern else extra).finditer
