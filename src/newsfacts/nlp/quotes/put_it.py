""""As Tom Ridge **put it**: “The barbarians are inside.”": *put it* in an *as* clause is a cue
of its own, its subject the source and the quote after it the content ("As Vulture put
it, “...”", "as he puts it in his memo, “...”"). *Put* is no reporting verb otherwise
("put the money aside"), so the lexicon does not list it.

PolNeAR train (all 840 texts, outside quotes and other contents): "put it" is a gold cue
9 times in 10. Not taken: "put it away" (a particle), and a quote closed by a comma
('As he put it down, "Done," she said': the quote is the next cue's).
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from .marks import Marked, group_spans, in_any

#: from "it" to the quote: a short phrase with no quote mark, stop or line break, then "," or ":"
_COMMA_CLOSE_RE = re.compile(r",(?:[\"\u201d]|'')$")
_TO_QUOTE_RE = re.compile(r"[^\n\"\u201c\u201d.!?;:]{0,80}?[,:][ \t\u00a0]*(?=[\"\u201c]|'')")


def put_it_object(tok: Token) -> Optional[Token]:
    """The "it" of "as X put it" (``tok`` a verb of lemma *put*: the one caller,
    :func:`~.cues.find_attributions`, checks it), or None when ``tok`` is no such cue."""
    if tok.i + 1 >= len(tok.doc):
        return None
    it = tok.doc[tok.i + 1]
    if it.lower_ != "it" or it.head.i != tok.i or it.dep_ != "dobj":
        return None
    if not any(c.lower_ == "as" and c.i < tok.i and c.dep_ in ("mark", "advmod", "prep") for c in tok.children):
        return None
    if any(c.dep_ == "prt" for c in tok.children):
        return None  # "as he put it away"
    return it


def put_it_as_name(tok: Token) -> Optional[Token]:
    """The name the parser made the object of the clause's "as" ("As Ann Roe, a professor,
    put it"), or None."""
    as_ = next((c for c in tok.children if c.lower_ == "as" and c.i < tok.i), None)
    return next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None


def put_it_quote(text: str, marked: list[Marked], it: Token) -> list[tuple[int, int]]:
    """The quote after "put it" and a short phrase ("put it in his memo, “...”"), or []."""
    tail = _TO_QUOTE_RE.match(text, it.idx + len(it.text))
    if tail is None:
        return []
    m = in_any(tail.end(), marked)
    if m is None or m.start != tail.end() or _COMMA_CLOSE_RE.search(text, m.start, m.end):
        return []  # ('"Done," she said': a quote closed by a comma is the next cue's)
    return group_spans(marked, m)
