"""Nominal cues: a noun of saying or thinking with its content clause ("Trump's claim
that Mexico would pay", "his promise to build a wall", "the assertion by Roe that ...").

The noun is the cue, the clause after it the content ("that ..." or "to ...", as
PolNeAR marks it), and the source is who owns the statement: a possessive ("Trump's",
"his"), a "by"/"from" phrase after the noun, or the subject of a verb that delivers it
("Roe repeated her claim that ...", "The senator made the argument that ..."). A noun
with no such owner ("fears that", "the idea that") is no attribution: nobody is said to
have said or thought it. The nouns are ``lexicons/quote_nouns.tsv`` (lists ``statement``,
a "that" clause, and ``intent``, a "to" infinitive, a statement of intent).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .marks import Marked, in_any, widen
from .sources import np_span
from .spans import Attr, Sents, strip_span, subtree_span
from .words import DELIVER_VERBS, INTENT_NOUNS, STATEMENT_NOUNS, TOPIC_NOUNS, TOPIC_PREPS

_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "advcl"})
#: where a noun with a possessive owner is its own attribution: the subject or head of its
#: clause ("Trump's claim that X drew laughter"). As an object ("Critics mocked his claim
#: that ..."), PolNeAR marks the outer reaction instead (train: 8 of 56 sources right).
_OWN_DEPS = frozenset({"nsubj", "ROOT", "attr"})


def noun_attributions(doc: Doc, text: str, marked: list[Marked], sents: Sents, attrs: list[Attr]) -> list[Attr]:
    """The attributions of the nominal cues of a document that no cue before took.

    Args:
        doc: the parsed Doc.
        text: its text.
        marked: its quoted spans.
        sents: the Doc's sentence look-ups.
        attrs: the attributions found so far (a cue or content they hold is not taken again).

    Returns:
        One :class:`~.spans.Attr` per nominal cue with a content clause and an owner.
    """
    cues = {a.cue[0] for a in attrs}
    out = []
    for i in _candidates(doc):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or (lemma not in STATEMENT_NOUNS and lemma not in INTENT_NOUNS and lemma not in TOPIC_NOUNS):
            continue
        if tok.idx in cues or in_any(tok.idx, marked) is not None:
            continue  # a cue already taken, or a noun inside a quote (part of that quote)
        if any(c.lower_ == "no" or c.dep_ == "neg" for c in tok.lefts):
            continue  # "no instruction by him to hold off": nothing was said
        attr = _noun_attribution(doc, text, tok, lemma, marked, sents)
        if attr is None and lemma in TOPIC_NOUNS:
            attr = _topic_attribution(text, tok, marked, sents)
        if attr is not None and not _inside_taken(attr, attrs):
            out.append(attr)
    return out


def _candidates(doc: Doc) -> list[int]:
    """The indices of the tokens whose lemma is a nominal cue's (read from the Doc's arrays:
    making a Token for every word would cost more than the rule)."""
    wanted = wanted_hashes()
    lemmas = doc.to_array(LEMMA)
    return [i for i, h in enumerate(lemmas.tolist()) if h in wanted]


@lru_cache(maxsize=None)
def wanted_hashes() -> frozenset[int]:
    """The string ids of the nominal cues' lemmas and their capitalized forms (a string's id
    is the same in every vocab: built once, not per document)."""
    return frozenset(get_string_id(v) for w in STATEMENT_NOUNS | INTENT_NOUNS | TOPIC_NOUNS for v in (w, w.capitalize()))


def _inside_taken(attr: Attr, attrs: list[Attr]) -> bool:
    """The same content as an attribution already found (its verb cue said it first)."""
    s, e = attr.content[0]
    return any(a_s < e and s < a_e for a in attrs for a_s, a_e in a.content)


def _noun_attribution(doc: Doc, text: str, tok: Token, lemma: str, marked: list[Marked], sents: Sents) -> Optional[Attr]:
    """The attribution of one nominal cue, or None without a content clause or an owner."""
    sent = sents.of(tok)
    src_tok, src_hi = _owner(tok)
    if src_tok is not None and src_tok.dep_ == "poss" and tok.dep_ not in _OWN_DEPS and not _delivered(tok):
        return None
    after = src_hi if src_hi is not None and src_hi > tok.i else tok.i + 1
    head = _content_head(doc, tok, lemma, after, sent.end)
    if head is None:
        return None
    if src_tok is None:
        src_tok = _deliverer(tok)
    if src_tok is None:
        return None
    s = doc[after].idx
    right = head.right_edge
    e = min(right.idx + len(right.text), sent.end_char)
    s, e = strip_span(text, s, e, marked)
    s, e = widen(text, s, e, marked)
    if e - s < 8:
        return None
    src = _source_span(src_tok)
    if src[0] < e and s < src[1]:
        return None  # the owner inside the content: a misparse
    return Attr((tok.idx, tok.idx + len(tok.text)), tok, src, src_tok, [(s, e)], reason=lemma)


def _topic_attribution(text: str, tok: Token, marked: list[Marked], sents: Sents) -> Optional[Attr]:
    """'Trump's attacks on Clinton', 'her criticism of the deal': a noun of saying with its
    owner's possessive (or the subject of a verb that delivers it: "Ames launched an attack
    on Roe") and its topic after a preposition (the cue takes the preposition,
    as PolNeAR marks it; the content is a noun phrase, a ``reaction``)."""
    owner = next((c for c in tok.lefts if c.dep_ == "poss"), None)
    if owner is None:
        owner = _deliverer(tok)  # "Ames launched an attack on Roe", "voiced support for the plan": the subject
    if owner is None or owner.lower_ in ("whose", "who", "that", "which") or (tok.dep_ not in _OWN_DEPS and not _delivered(tok)) or tok.i + 1 >= sents.of(tok).end:
        return None
    if tok.dep_ == "nsubj" and tok.head.dep_ in ("ccomp", "relcl", "advcl"):
        return None  # "Roe said Ames's attacks on her were unfair": inside what someone else said
    prep = tok.doc[tok.i + 1]
    objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if prep.dep_ != "prep" or prep.head.i != tok.i or prep.lower_ not in TOPIC_PREPS or not objs or objs[0].ent_type_ in ("DATE", "TIME"):
        return None  # (not "his remarks on Saturday": a time, not a topic)
    s, e = strip_span(text, objs[0].left_edge.idx, objs[0].right_edge.idx + len(objs[0].right_edge.text), marked)
    s, e = widen(text, s, e, marked)
    if e - s < 3:
        return None
    src = subtree_span(owner) if owner.dep_ == "poss" else np_span(owner)
    return Attr((tok.idx, prep.idx + len(prep.text)), tok, src, owner, [(s, e)], reason=tok.lemma_.lower())


def _content_head(doc: Doc, tok: Token, lemma: str, at: int, sent_end: int) -> Optional[Token]:
    """The head of the clause that starts at token ``at``: "that ..." after a statement
    noun, "(not) to ..." after a noun of intent; the parse must hang it on the noun (or on
    the noun's verb, where the parser moved it)."""
    if at >= sent_end:
        return None
    first = doc[at]
    if first.lower_ == "that" and first.dep_ == "mark" and lemma in STATEMENT_NOUNS:
        head = first.head
    elif lemma in INTENT_NOUNS:
        if first.lower_ == "not" and at + 1 < sent_end:
            first = doc[at + 1]
        if first.lower_ != "to" or first.dep_ != "aux":
            return None
        head = first.head
    else:
        return None
    if head.dep_ not in _CLAUSE_DEPS or head.i < at:
        return None
    if head.head.i != tok.i and not (head.head.i == tok.head.i and head.dep_ == "ccomp" and tok.dep_ in ("dobj", "attr")):
        return None
    return head


def _owner(tok: Token) -> tuple[Optional[Token], Optional[int]]:
    """Whose statement the noun is: a possessive before it, or a "by"/"from" phrase right
    after it (with the token index where that phrase ends)."""
    for c in tok.lefts:
        if c.dep_ == "poss":
            return c, None
    for c in tok.rights:
        if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in ("by", "from"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs:
                return objs[0], objs[0].right_edge.i + 1
    return None, None


def _delivered(tok: Token) -> bool:
    """The noun is the object of a verb that delivers a statement ("repeated her claim")."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in DELIVER_VERBS


def _deliverer(tok: Token) -> Optional[Token]:
    """'The senator made the argument that ...': the subject of a verb that delivers the
    statement."""
    if not _delivered(tok):
        return None
    subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    return subj[0] if subj else None


def _source_span(src_tok: Token) -> tuple[int, int]:
    """The owner's characters: a possessive with its "'s" ("Trump's", as PolNeAR marks
    it), else the noun phrase."""
    if src_tok.dep_ == "poss":
        return subtree_span(src_tok)
    return np_span(src_tok)
