"""Object cues: verbs outside the reporting lexicon whose noun-phrase object PolNeAR marks as
the content of an attribution ("Roe **credited** the governor", "**pushed for** a recount").

A verb and frame of ``lexicons/quote_object_cues.tsv`` (counted on PolNeAR train: how often
the verb in that frame was a gold cue whose content overlapped its object) makes a
``reaction`` attribution when it has a subject and no clause of its own: frame ``object``, a
noun or pronoun object after the verb; frame ``infinitive``, a "to" infinitive ("is looking to unseat
him": an intent, kind ``indirect``); frame ``at``/``for``/... , that preposition right after
the verb (or its particle) with an object ("pushed for a recount"; the cue takes the
preposition, as PolNeAR marks it). The cue is the verb with its auxiliaries, the source its
subject, the content the object's phrase.
Not inside quote marks, not a participle used as an adjective, and never where an earlier
attribution holds the cue or the object (a report inside another's content stays part of it).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from ... import lexicons
from .cues import cue_span
from .marks import Marked, in_any
from .sources import np_span, subject_of
from .spans import Attr, same_line, strip_span, subtree_span

_OBJECT_POS = frozenset({"NOUN", "PROPN", "PRON"})
_OWN_CLAUSE = frozenset({"ccomp", "xcomp", "parataxis"})
_NO_SOURCE = frozenset({"that", "which", "who", "it", "there", "this"})


@lru_cache(maxsize=None)
def object_cue_verbs() -> dict[str, frozenset[str]]:
    """Verb lemma -> its frames (``object`` or a preposition), from ``lexicons/quote_object_cues.tsv``."""
    out: dict[str, set[str]] = {}
    for r in lexicons.rows("quote_object_cues.tsv"):
        out.setdefault(r[0].lower(), set()).add(r[1].lower())
    return {k: frozenset(v) for k, v in out.items()}


def object_cue_attributions(doc: Doc, text: str, marked: list[Marked], attrs: list[Attr]) -> list[Attr]:
    """The reactions of the object cues of a document that no attribution found so far holds.

    Args:
        doc: the parsed Doc.
        text: its text.
        marked: its quoted spans.
        attrs: the attributions found so far.

    Returns:
        One :class:`~.spans.Attr` per object cue with a subject and a noun-phrase object.
    """
    verbs = object_cue_verbs()
    strings = doc.vocab.strings
    wanted = {strings[v] for v in verbs if v in strings}
    if not wanted:
        return []
    out: list[Attr] = []
    for i, h in enumerate(doc.to_array(LEMMA).tolist()):
        if h not in wanted:
            continue
        tok = doc[i]
        if tok.pos_ != "VERB" or tok.dep_ == "amod" or in_any(tok.idx, marked) is not None:
            continue
        attr = _reaction(text, tok, verbs[tok.lemma_.lower()], marked)
        if attr is not None and not _held(attr, attrs) and not _held(attr, out):
            out.append(attr)
    return out


def _reaction(text: str, tok: Token, frames: frozenset[str], marked: list[Marked]) -> Optional[Attr]:
    """The attribution of one object cue, or None without an object or a subject."""
    inf = next((c for c in tok.rights if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None) if "infinitive" in frames else None
    if any(c.dep_ in _OWN_CLAUSE and (inf is None or c.i != inf.i) for c in tok.children) or inf is not None and any(c.dep_ == "dobj" for c in tok.children):
        return None
    obj = inf if inf is not None else next((c for c in tok.rights if c.dep_ == "dobj" and c.pos_ in _OBJECT_POS), None) if "object" in frames else None
    cue_end = tok
    if obj is None and (pp := _preposition(tok, frames)) is not None:
        obj, cue_end = next((o for o in pp.children if o.dep_ in ("pobj", "pcomp")), None), pp
    if obj is None:
        return None
    subj, _ = subject_of(tok)
    if subj is None or subj.lower_ in _NO_SOURCE or subj.i > tok.i or in_any(subj.idx, marked) is not None or not same_line(text, subj.idx, tok.idx):
        return None
    s, e = strip_span(text, *subtree_span(obj), marked)
    if not same_line(text, tok.idx, e - 1):
        return None  # (a parse run over a line break)
    src = np_span(subj)
    if e - s < 2 or src[1] > tok.idx:
        return None
    cue = cue_span(tok)
    return Attr((cue[0], max(cue[1], cue_end.idx + len(cue_end.text))), tok, src, subj, [(s, e)], reason="object cue")


def _preposition(tok: Token, frames: frozenset[str]) -> Optional[Token]:
    """The preposition of a frame right after the verb or its particle ("pushed for", "lashed
    out at"), when the verb has no object."""
    if any(c.dep_ == "dobj" for c in tok.children):
        return None
    nxt = tok.i + 1 + sum(1 for c in tok.rights if c.dep_ == "prt" and c.i == tok.i + 1)
    return next((c for c in tok.rights if c.dep_ == "prep" and c.i == nxt and c.lower_ in frames), None)


def _held(attr: Attr, attrs: list[Attr]) -> bool:
    """An earlier attribution's cue inside the new cue, or its content overlapping the new
    content or holding the new cue."""
    s, e = attr.content[0]
    c0, c1 = attr.cue
    return any(c0 <= a.cue[0] < c1 or any(a_s < e and s < a_e or a_s <= c0 < a_e for a_s, a_e in a.content) for a in attrs)
