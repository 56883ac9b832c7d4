"""Adjective cues: a stance stated through a copula ("Republicans have been critical of
Clinton's email use", "his aides are confident that he will win").

The cue runs from the copula (with its auxiliaries) to the adjective, and takes the
preposition of the topic ("have been critical of", as PolNeAR marks it); the source is the
copula's subject; the content is the "that" clause or the topic after the preposition. The
adjectives and what may follow each are ``lexicons/quote_adjectives.tsv``.
"""

from __future__ import annotations

from typing import Optional

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from .marks import Marked, in_any, widen
from .sources import np_span
from .spans import Attr, CUE_LEFT_DEPS, span_of, strip_span, subtree_span
from .words import STANCE_ADJECTIVES


def adjective_attributions(doc: Doc, text: str, marked: list[Marked], attrs: list[Attr]) -> list[Attr]:
    """The attributions of the stance adjectives of a document whose content no cue took.

    Args:
        doc: the parsed Doc.
        text: its text.
        marked: its quoted spans.
        attrs: the attributions found so far (their contents are not taken again).

    Returns:
        One :class:`~.spans.Attr` per predicate adjective of the list with a subject and a content.
    """
    adjectives = STANCE_ADJECTIVES
    strings = doc.vocab.strings
    wanted = {strings.add(w) for w in adjectives}
    out = []
    for i in [k for k, h in enumerate(doc.to_array(LOWER).tolist()) if h in wanted]:
        tok = doc[i]
        if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or in_any(tok.idx, marked) is not None:
            continue
        attr = _attribution(doc, text, tok, adjectives[tok.lower_], marked)
        if attr is not None and not any(a_s < attr.content[0][1] and attr.content[0][0] < a_e for a in attrs + out for a_s, a_e in a.content):
            out.append(attr)
    return out


def _attribution(doc: Doc, text: str, tok: Token, follows: frozenset[str], marked: list[Marked]) -> Optional[Attr]:
    """The attribution of one predicate adjective, or None without a subject or content."""
    cop = tok.head
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > tok.i or subj.tag_ in ("WDT",) or subj.lower_ in ("it", "this", "there"):
        return None
    if any(c.dep_ == "neg" for c in cop.children) and "that" not in follows:
        return None
    content, cue_end = _content(tok, follows)
    if content is None:
        return None
    s, e = strip_span(text, *content, marked)
    s, e = widen(text, s, e, marked)
    if e - s < 3:
        return None
    left = [c for c in cop.lefts if c.dep_ in CUE_LEFT_DEPS and c.i > subj.i]
    cue = span_of([*left, cop, cue_end])
    return Attr(cue, tok, np_span(subj), subj, [(s, e)], reason=tok.lower_)


def _content(tok: Token, follows: frozenset[str]) -> tuple[Optional[tuple[int, int]], Token]:
    """The characters of the content and the last token of the cue."""
    for c in tok.rights:
        if c.dep_ == "ccomp" and "that" in follows and c.left_edge.lower_ == "that":
            return subtree_span(c), tok
        if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in follows:
            objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            if objs:
                return subtree_span(objs[0]), c
    return None, tok
