"""Adjective cues: a stance stated through a copula ("Republicans have been critical of
Clinton's email use", "his aides are confident that he will win").

The cue runs from the copula (with its auxiliaries) to the adjective, and takes the
preposition of the topic ("have been critical of", as PolNeAR marks it); the source is the
copula's subject; the content is the "that" clause or the topic after the preposition. The
adjectives and what may follow each are ``lexicons/quote_adjectives.tsv``; its ``*`` row says
what may follow ANY predicate adjective: a content clause ("Democrats are worried that ...",
"is not sure whether ...") or an "about" topic ("were irritated about the lack of detail"), not
a result clause ("so fierce that ...").
"""

from __future__ import annotations

from typing import Optional

from spacy.attrs import DEP, LOWER, POS
from spacy.symbols import ADJ
from spacy.tokens import Doc, Token

from .marks import Marked, in_any, widen
from .sources import np_span
from .spans import Attr, CUE_LEFT_DEPS, span_of, strip_span, subtree_span
from .words import ANY_ADJECTIVE, STANCE_ADJECTIVES

#: a degree word on the adjective that makes its clause a result ("so fierce that", "concerned enough that")
_DEGREE = frozenset({"so", "too", "enough", "such"})


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
    acomp = strings.add("acomp")
    out = []
    arr = doc.to_array([LOWER, POS, DEP]).tolist()
    for i in [k for k, (low, pos, dep) in enumerate(arr) if low in wanted or ANY_ADJECTIVE and pos == ADJ and dep == acomp]:
        tok = doc[i]
        if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or in_any(tok.idx, marked) is not None:
            continue
        attr = _attribution(doc, text, tok, adjectives.get(tok.lower_, frozenset()), marked)
        if attr is not None and not any(a_s < attr.content[0][1] and attr.content[0][0] < a_e for a in attrs + out for a_s, a_e in a.content):
            out.append(attr)
    return out


def _attribution(doc: Doc, text: str, tok: Token, follows: frozenset[str], marked: list[Marked]) -> Optional[Attr]:
    """The attribution of one predicate adjective, or None without a subject or content."""
    cop = tok.head
    subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > tok.i or subj.tag_ in ("WDT",) or subj.lower_ in ("it", "this", "there"):
        return None
    content, cue_end = _content(tok, follows | ANY_ADJECTIVE)
    if content is None:
        return None
    if any(c.dep_ == "neg" for c in cop.children) and "that" not in follows and not _clause(tok, content):
        return None  # "was not critical of": no stance stated (a clause stays: "is not sure whether")
    s, e = strip_span(text, *content, marked)
    s, e = widen(text, s, e, marked)
    if e - s < 3:
        return None
    left = [c for c in cop.lefts if c.dep_ in CUE_LEFT_DEPS and c.i > subj.i]
    cue = span_of([*left, cop, cue_end])
    return Attr(cue, tok, np_span(subj), subj, [(s, e)], reason=tok.lower_)


def _content(tok: Token, follows: frozenset[str]) -> tuple[Optional[tuple[int, int]], Token]:
    """The characters of the content and the last token of the cue."""
    result = any(c.dep_ == "advmod" and c.lower_ in _DEGREE for c in tok.children)
    for c in tok.rights:
        if c.dep_ == "ccomp" and not result and ("that" if c.left_edge.lower_ == "that" else "clause") in follows:
            return subtree_span(c), tok
        if c.dep_ == "xcomp" and "to" in follows and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return subtree_span(c), tok
        if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in follows:
            objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            if objs:
                return subtree_span(objs[0]), c
    return None, tok


def _clause(tok: Token, content: tuple[int, int]) -> bool:
    """The content is the adjective's clause (a "that" clause or one without "that")."""
    return any(c.dep_ == "ccomp" and c.left_edge.idx == content[0] for c in tok.rights)
