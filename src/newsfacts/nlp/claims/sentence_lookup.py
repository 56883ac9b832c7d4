"""The sentence that holds a token, by token index, built once per document.

``Token.sent`` rescans the doc for every call (quadratic on long texts when asked per claim);
:func:`sentence_lookup` bisects the sentence starts of :func:`newsfacts.nlp.text.sentences`,
kept for the most recent Doc asked about, and :func:`sentence_of` is the drop-in for ``tok.sent``.
"""

from __future__ import annotations

from bisect import bisect_right

from ..text import last_doc, sentences


class Sentences:
    """Sentence lookup by token index for one Doc."""

    def __init__(self, doc):
        self.sents = list(sentences(doc))
        self.starts = [s.start for s in self.sents]

    def at(self, i: int):
        """The sentence holding token ``i``."""
        return self.sents[max(0, bisect_right(self.starts, i) - 1)]


@last_doc
def sentence_lookup(doc) -> Sentences:
    """The :class:`Sentences` of ``doc``, made once for the most recent Doc asked about."""
    return Sentences(doc)


def sentence_of(tok):
    """The sentence (a Span) holding ``tok``: ``tok.sent`` without the rescan."""
    return sentence_lookup(tok.doc).at(tok.i)
