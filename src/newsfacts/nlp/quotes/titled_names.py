"""Titles coordinated before one name: "said former Pennsylvania Gov. and Democratic National
Committee Chairman Ed Rendell", "Clinton's chief pollster and strategist Joel Benenson lashed
out", "mogul and TV star Ann Roe said". The parser heads the source at the first title and
makes the name a conjunct of it (or the object of the second title, read as a verb), so the
head names nobody and the coordination looks like two speakers. Both titles describe the one
person named at the end of the source: that person speaks.

Guards: the first title is a word of a person's title or description (``titles.tsv``,
``quote_descriptions.tsv``, a PERSON row of ``entity_unnamed.tsv``) with no article or
demonstrative ("the governor and Senator Ann Roe" may be two people) and no person of its own;
one conjunct, joined by "and"; the name is a PERSON entity and the last words of the source;
no other person is named between the first title and the name.
"""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Token

from ..entities.unnamed import unnamed_heads
from .descriptions import DESCRIPTION_HEADS, POSSESSIVE_HEADS, TITLE_ABBREVIATIONS, TITLE_HEADS

#: determiners that make the first title someone of its own ("the governor and Senator Roe")
_OWN_REFERENT = frozenset({"the", "a", "an", "this", "that", "another", "one"})


def _title_word(tok: Token) -> bool:
    """Whether ``tok`` is a singular word of a person's title or description."""
    word = tok.lower_
    word = TITLE_ABBREVIATIONS.get(word, word)
    if tok.tag_ in ("NNS", "NNPS"):
        return False
    if word in TITLE_HEADS or word in DESCRIPTION_HEADS or word in POSSESSIVE_HEADS:
        return True
    head = unnamed_heads().get(word)
    return head is not None and head.type == "PERSON"


def _name_of(conj: Token) -> Optional[Token]:
    """The person's name of the second title: the conjunct itself when it is a name ("Gov.
    and ... Ed Rendell"), else a name the parser made its object or apposition ("strategist
    Joel Benenson")."""
    if conj.pos_ == "PROPN" and conj.ent_type_ == "PERSON":
        return conj
    if not _title_word(conj):
        return None
    names = [c for c in conj.children if c.i > conj.i and c.dep_ in ("dobj", "appos", "npadvmod") and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]
    return names[0] if len(names) == 1 else None


def titled_name(tok: Token, s: int, e: int, entity_at: Callable, types: dict) -> tuple[Optional[str], str, Token]:
    """The person a source of titles coordinated before one name names (``tok``: the source's
    head, the first title; ``[s, e)``: the source), with the reason and the name's token; else
    ``(None, "", tok)``."""
    none = (None, "", tok)
    if tok.pos_ not in ("NOUN", "PROPN") or not _title_word(tok) or entity_at(tok, tok.idx, tok.idx + len(tok.text)):
        return none
    kids = list(tok.children)
    if any(c.dep_ == "det" and c.lower_ in _OWN_REFERENT for c in kids):
        return none
    conjs = [c for c in kids if c.dep_ == "conj" and c.i > tok.i]
    ccs = [c for c in kids if c.dep_ == "cc" and c.i > tok.i]
    if len(conjs) != 1 or len(ccs) != 1 or ccs[0].lower_ not in ("and", "&") or any(c.dep_ == "conj" for c in conjs[0].children):
        return none
    name = _name_of(conjs[0])
    if name is None or not s <= name.idx or e - (name.idx + len(name.text)) > 1:
        return none  # (the name must end the source)
    eid = entity_at(name, name.left_edge.idx, name.idx + len(name.text))
    if eid is None or types.get(eid) != "PERSON":
        return none
    doc = tok.doc
    between = {x for t in doc[tok.i + 1 : name.left_edge.i] if t.ent_type_ == "PERSON" and (x := entity_at(t, t.idx, t.idx + len(t.text))) and x != eid}
    if between:
        return none
    phrase = doc_span_text(doc, tok, name)
    return eid, f"titles coordinated before one name ('{phrase}'): the person named", name


def doc_span_text(doc, first: Token, last: Token) -> str:
    """The words from ``first`` to ``last``, for the reason."""
    return doc[first.i : last.i + 1].text
