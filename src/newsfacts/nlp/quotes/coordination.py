"""Coordinated sources: "Ann Roe and Tom Ames said", "Both Roe and the senator said".

A quote has one speaker; when its source coordinates people, :class:`~.speakers.Resolver`
gives it to the first of them (each said it; PolNeAR's source span is the whole phrase), and to
nobody when the first names no one person. :func:`first_conjunct` finds that first phrase from
the parse: an "and" whose word hangs on the source's head through name, apposition or
coordination links only ("Clinton's win in six states and Samoa" coordinates no sources), and
not inside an entity's name ("Procter and Gamble").
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

#: the links from a conjunct up to the source's head that keep it a source, not a modifier's word
_SOURCE_LINKS = frozenset({"compound", "nmod", "appos", "conj", "cc", "flat"})
#: words that open a coordination and name nobody ("Both Roe and Ames")
_OPENERS = frozenset({"both"})


def first_verb(verb: Token) -> Token:
    """The first verb of a coordination the verb ends ("reversed" of "reversed, rushed and said")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def first_conjunct(tok: Token, s: int, e: int, index) -> Optional[tuple[int, int]]:
    """The characters of the first of the coordinated sources over ``[s, e)`` whose head is
    ``tok``, or None when the source is no coordination of sources."""
    doc = tok.doc
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    cc = next((t for t in span if t.dep_ == "cc" and t.lower_ in ("and", "&") and t.i > span.start and _hangs_on(t.head, tok)), None)
    if cc is None or cc.i >= span.end - 1 or any(ms < cc.idx and cc.idx < me for ms, me, _ in index.overlapping(cc.idx, cc.idx + len(cc.text))):
        return None
    if any(t.dep_ == "prep" for t in doc[span.start : cc.i]):
        return None  # "the Committee on Civil Liberties, Justice and Home Affairs": a name's own "and"
    end = next((t.i for t in doc[span.start : cc.i] if t.text == "," and t.i > span.start), cc.i)  # ("Roe, MSNBC's Ames and Lee")
    words = [t for t in doc[span.start : end] if not (t.is_punct or t.is_space)]
    while words and words[0].lower_ in _OPENERS:
        words = words[1:]
    if not words:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _hangs_on(word: Token, head: Token) -> bool:
    """Whether ``word`` is the source's head or hangs on it through :data:`_SOURCE_LINKS`
    only (the parser may hang the first name on the last: "Trump and Speaker Paul Ryan")."""
    for _ in range(8):
        if word.i == head.i:
            return True
        if word.dep_ not in _SOURCE_LINKS or word.head.i == word.i:
            return False
        word = word.head
    return False


def shared_noun(tok: Token) -> Token:
    """The noun that coordinated adjectives share ("officials" of "Current and former
    officials", which the parser may head at "Current"), else ``tok`` itself."""
    if tok.pos_ != "ADJ" or not any(c.dep_ == "cc" for c in tok.children):
        return tok
    noun = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > tok.i), None)
    if noun is None or any(t.pos_ not in ("ADJ", "CCONJ", "PUNCT", "ADV") for t in tok.doc[tok.i + 1 : noun.i]):
        return tok  # (only adjectives between: not "Young voters and older retirees")
    return noun
