"""Quotes: who said what, with the words that say so.

``extract_quotes(doc, index)`` is a pure function: a parsed Doc and the document's
entities in, :class:`~newsfacts.schema.Quote` records out. The passes, one module each:

1. **Quote marks** (:mod:`.marks`): marks paired within a paragraph, bad ones repaired
   (each repair a warning), a quote continued across paragraphs by the newspaper
   convention.
2. **Cues** (:mod:`.cues`): a reporting verb, any verb with a "that" clause, any verb in
   a quote's attribution, "according to". Its Source is the subject noun phrase
   (:mod:`.sources`); its Content the quoted span next to it, else its complement
   (:mod:`.complements`). Attributions nest and continue (:mod:`.continuations`); polls,
   headlines, colons and digest lines are special forms (:mod:`.forms`); interview and
   broadcast transcripts ("Q: ... A: ...", "TAPPER: ...") give a quote per turn (:mod:`.transcripts`).
3. **Only speech** (:mod:`.speech`): attributions whose cue reports no words are dropped
   ("pledged $5 million", "did not respond to a request for comment").
4. **Speakers** (:mod:`.speakers`): the Source's head resolved to an entity; descriptions
   and pronouns by salience, recency and gender (makers of statements and polls:
   :mod:`.makers`; coordinated sources: :mod:`.coordination`); floating quotes inherit the speaker
   before them; "I"/"we" the quote or transcript turn they stand in (:mod:`.persons`).

The word lists are data (:mod:`.words`, ``lexicons/quote_*.tsv``). :mod:`.model` is the
optional trained tagger (``newsfacts train quotes``). See docs/quotes.md.
"""

from __future__ import annotations

from .continuations import drop_nested, extend_with_following_quotes
from .extract import extract_quotes, quotes_stage
from .forms import headline_attributions
from .marks import MarkIndex, Marked, adjacent_marked, group_spans, in_any, join_following_quote, quote_kind, scan_marks, widen
from .model import load_model, model_quotes
from .spans import Attr
from .speakers import Resolver
from .words import reporting_verbs

__all__ = [
    "Attr",
    "MarkIndex",
    "Marked",
    "Resolver",
    "adjacent_marked",
    "drop_nested",
    "extend_with_following_quotes",
    "extract_quotes",
    "group_spans",
    "headline_attributions",
    "in_any",
    "join_following_quote",
    "load_model",
    "model_quotes",
    "quote_kind",
    "quotes_stage",
    "reporting_verbs",
    "scan_marks",
    "widen",
]
