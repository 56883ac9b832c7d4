"""Received reactions: what someone says about a person or a thing, told from the side of
the one who gets it, and support given "in support of" someone.

- **Reception**: "The proposal drew sharp criticism from GOP rivals", "Roe came under
  heavy criticism", "She won overwhelming support from governors". A verb of receiving
  (``reception`` in ``lexicons/quote_verbs.tsv``; ``reception_under`` for "came under")
  with a noun of a received reaction as its object (``received`` in
  ``lexicons/quote_nouns.tsv``): the subject is the content (what the reaction is about,
  a ``reaction``), the object of "from" after the noun the source (none without one), the
  verb and the noun the cue. PolNeAR marks them so (train 0-249: 9 such, none found before).
- **In support of**: "Graham has come out in support of Cruz", "The PAC raised $5 million in
  support of Rubio": a noun of ``in_of`` after "in" with an "of" phrase, hung on a verb with a
  subject: the subject is the source, the object of "of" the content ("in favor of" too).
- **A supporter of**: "Adelson, a fierce supporter of Trump", "Graham is an outspoken critic
  of the plan": a noun of ``agent_of`` with an "of" phrase, in apposition to its source or
  the predicate of a copula whose subject is the source; the object of "of" is the content.
"""

from __future__ import annotations

from typing import Optional

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from .cues import cue_span
from .marks import Marked, in_any
from .sources import np_span
from .spans import Attr, strip_span, subtree_span
from .words import AGENT_OF_NOUNS, IN_OF_NOUNS, RECEIVED_NOUNS, RECEPTION_UNDER_VERBS, RECEPTION_VERBS

_RELATIVES = frozenset({"who", "whom", "which", "that", "what"})


def reception_attributions(doc: Doc, text: str, marked: list[Marked], attrs: list[Attr]) -> list[Attr]:
    """The attributions of received reactions and "in support of" phrases that no attribution
    found so far holds (its cue or content).

    Args:
        doc: the parsed Doc.
        text: its text.
        marked: its quoted spans.
        attrs: the attributions found so far.

    Returns:
        One :class:`~.spans.Attr` per reception or "in support of" phrase.
    """
    strings = doc.vocab.strings
    wanted = {strings[v] for w in RECEIVED_NOUNS | IN_OF_NOUNS | AGENT_OF_NOUNS for v in (w, w.capitalize()) if v in strings}
    if not wanted:
        return []
    hits = [i for i, h in enumerate(doc.to_array(LEMMA).tolist()) if h in wanted]
    if not hits:
        return []
    out: list[Attr] = []
    for i in hits:
        tok = doc[i]
        if tok.pos_ != "NOUN" or in_any(tok.idx, marked) is not None:
            continue
        lemma = tok.lemma_.lower()
        attr = _reception(text, tok, marked) if lemma in RECEIVED_NOUNS else None
        if attr is None and lemma in IN_OF_NOUNS:
            attr = _in_support_of(text, tok, marked)
        if attr is None and lemma in AGENT_OF_NOUNS:
            attr = _agent_of(text, tok, marked)
        if attr is not None and not _taken(attr, attrs) and not _taken(attr, out):
            out.append(attr)
    return out


def _taken(attr: Attr, attrs: list[Attr]) -> bool:
    """A cue inside the new cue, or a content overlapping the new content: found before."""
    s, e = attr.content[0]
    return any(attr.cue[0] <= a.cue[0] < attr.cue[1] or any(a_s < e and s < a_e for a_s, a_e in a.content) for a in attrs)


def _reception(text: str, tok: Token, marked: list[Marked]) -> Optional[Attr]:
    """'X drew criticism (from Y)', 'X came under criticism': subject X is the content."""
    verb = tok.head
    if tok.dep_ == "dobj" and verb.lemma_.lower() in RECEPTION_VERBS:
        pass
    elif tok.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_.lower() in RECEPTION_UNDER_VERBS:
        verb = verb.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or any(c.tag_ == "MD" for c in verb.lefts):
        return None  # (not "he will face criticism from Roe": not received yet)
    if tok.lower_ == "fire" and any(True for _ in tok.lefts):
        return None  # "came under mortar fire": shots, not words
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _RELATIVES or subj.i > verb.i:
        return None
    s, e = strip_span(text, *np_span(subj), marked)
    if e - s < 2:
        return None
    src, src_tok = _from_phrase(tok, verb)
    cue = (cue_span(verb)[0], tok.idx + len(tok.text))
    if src is not None and (src[0] < e and s < src[1]):
        return None
    return Attr(cue, verb, src, src_tok, [(s, e)], reason="reception")


def _from_phrase(tok: Token, verb: Token) -> tuple[Optional[tuple[int, int]], Optional[Token]]:
    """The source after "from" (on the noun, or on the verb after the noun) or after "the
    <noun> of": its noun phrase ("from GOP rivals") or the phrase after it ("from within
    his own party")."""
    for head in (tok, verb):
        for c in head.rights:
            if c.dep_ != "prep" or c.i < tok.i:
                continue
            if c.lower_ != "from" and not (c.lower_ == "of" and head.i == tok.i and c.i == tok.i + 1 and any(d.lower_ == "the" for d in tok.lefts)):
                continue  # (or "of" after "the": "drew the support of 41 percent")
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return _before_relative(obj, np_span(obj)), obj
            inner = next((o for o in c.children if o.dep_ == "prep"), None)
            obj = next((o for o in inner.children if o.dep_ == "pobj"), None) if inner is not None else None
            if obj is not None:
                return subtree_span(inner), obj
    return None, None


def _before_relative(obj: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A source phrase up to its first relative clause: "from farm groups who say the law
    is unfair" is the groups' backlash; "who say ..." is an attribution of its own."""
    doc = obj.doc
    lo = doc.char_span(span[0], span[1], alignment_mode="expand")
    cut = min((t.left_edge for t in lo if t.dep_ == "relcl" and t.left_edge.i > obj.i), key=lambda t: t.i, default=None) if lo is not None else None
    if cut is None:
        return span
    end = cut.i
    while end > lo.start + 1 and doc[end - 1].is_punct:
        end -= 1
    return (span[0], doc[end - 1].idx + len(doc[end - 1].text))


def _in_support_of(text: str, tok: Token, marked: list[Marked]) -> Optional[Attr]:
    """'Graham came out in support of Cruz': the verb's subject is the source, "Cruz" the content."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.i != tok.i - 1 or tok.i + 1 >= len(tok.doc):
        return None
    of = tok.doc[tok.i + 1]
    if of.lower_ != "of" or of.head.i != tok.i:
        return None
    obj = next((o for o in of.children if o.dep_ in ("pobj", "pcomp")), None)
    verb = prep.head
    if obj is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "they haven't come out in support of Roe": nobody supported her
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > verb.i:
        return None
    s, e = strip_span(text, *subtree_span(obj), marked)
    if e - s < 2:
        return None
    src = np_span(subj)
    if src[0] < e and s < src[1]:
        return None
    return Attr((cue_span(verb)[0], of.idx + len(of.text)), verb, src, subj, [(s, e)], reason="in support of")


def _of_object(tok: Token) -> Optional[tuple[Token, Token]]:
    """The "of" right after ``tok`` that hangs on it, and its object."""
    if tok.i + 1 >= len(tok.doc):
        return None
    of = tok.doc[tok.i + 1]
    if of.lower_ != "of" or of.head.i != tok.i:
        return None
    obj = next((o for o in of.children if o.dep_ in ("pobj", "pcomp")), None)
    return (of, obj) if obj is not None else None


def _agent_of(text: str, tok: Token, marked: list[Marked]) -> Optional[Attr]:
    """'Adelson, a fierce supporter of Trump', 'Roe is a critic of the plan': the phrase the
    noun describes is the source, the object of "of" the content."""
    found = _of_object(tok)
    if found is None:
        return None
    of, obj = found
    if tok.dep_ == "appos":
        src_tok = tok.head
    elif tok.dep_ == "attr" and tok.head.lemma_ == "be" and not any(c.dep_ == "neg" for c in tok.head.children):
        src_tok = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    else:
        return None
    if src_tok is None or src_tok.i > tok.i or src_tok.pos_ not in ("PROPN", "NOUN", "PRON") or src_tok.lower_ in _RELATIVES:
        return None
    s, e = strip_span(text, *subtree_span(obj), marked)
    if e - s < 2:
        return None
    # (in apposition: the name up to its head, without the apposition)
    src = (src_tok.left_edge.idx, src_tok.idx + len(src_tok.text)) if tok.dep_ == "appos" else np_span(src_tok)
    if src[0] < e and s < src[1]:
        return None
    return Attr((tok.idx, of.idx + len(of.text)), tok, src, src_tok, [(s, e)], reason="agent of")
