"""When a cue takes the source of an earlier attribution in its sentence ("said A, adding B",
"went on to say", "said A and predicted B"): only when its subject is inherited (hops > 0),
and then from the cue its parse hangs on, else from the cue whose content holds the inherited
subject, else (no subject found at all) from the sentence's last cue.

The cue pass (:func:`~.cues.find_attributions`) used to give such a cue the source of the
last attribution in the sentence, whatever cue that was: in "Clinton suggested -- 'X,' she
said -- and charged that ..." the *charged* of *suggested* took the *she* of the quote in
between. (The *asked* of "said when asked" takes no source at all: :func:`~.cues._source`.)
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .sources import np_span, subject_of
from .spans import Attr


def carried_source(attrs: list[Attr], sent_index: list[int], tok: Token, subj: Optional[Token], hops: int) -> Optional[tuple[Optional[Token], tuple[int, int]]]:
    """The source the cue ``tok`` takes from an earlier attribution or clause of its sentence
    (its head token and characters), or None (it keeps its own).

    Args:
        attrs: the attributions found so far, in text order.
        sent_index: token index -> sentence number (:class:`~.spans.Sents`).
        tok: the cue.
        subj: the subject the parse gave it, through ``hops`` heads (0: its own subject).
        hops: how many heads up :func:`~.sources.subject_of` went.

    Returns:
        The attribution of the cue on ``tok``'s chain of heads (the nearest), when it is in
        the same sentence and has a source (a participle the parser hung on the complement
        of a cue is still that cue's: "Roe said that X rejected it, calling it ..."); with no
        such cue, the last attribution of the sentence whose content holds the subject the
        parse gave, or the last attribution of the sentence when the parse found no subject;
        None for a cue with a subject of its own outside the contents ("Clinton suggested --
        'X,' she said -- and charged that": Clinton's), or for the "X" of "X, according to
        Y, ... and said" (X speaks). Cues inside another cue's content do not count. After
        an aside with a quote ("X -- 'A,' she said -- and charged"), the subject of the
        clause before the aside (:func:`_interrupted_subject`).
    """
    if not hops or not attrs:
        return None
    here = sent_index[tok.i]
    k = len(attrs)
    while k and attrs[k - 1].cue_token is not None and sent_index[attrs[k - 1].cue_token.i] == here:
        k -= 1
    recent = [a for a in attrs[k:] if not _nested(a, attrs[k:])]  # the sentence's cues (not those the nesting check drops)
    if not recent:
        return None
    by_cue = {a.cue_token.i: a for a in recent}
    gov = next((by_cue[i] for i in _heads(tok) if i in by_cue), None)
    if gov is not None and gov.cue_token.i == tok.head.i and (before := _interrupted_subject(tok, gov)) is not None:
        return before, np_span(before)
    if gov is None and subj is None:
        gov = recent[-1]  # no subject found: the sentence's last speaker
    elif gov is None:  # 'saying he would ... and he is a bully -- all without speaking': a subject inside a content is not the cue's
        gov = next((a for a in reversed(recent) if any(s <= subj.idx < e for s, e in a.content)), None)
    if gov is None or gov.source is None or (gov.reason == "according to" and subj is not None):
        return None
    return gov.source_token, gov.source


#: a dash that opens or closes an aside
_DASHES = frozenset({"--", "\u2014", "\u2013", "-"})


def _interrupted_subject(tok: Token, gov: Attr) -> Optional[Token]:
    """'Clinton suggested X -- "A," she said -- and charged that ...': the parser hangs the
    verb after a quote set off by dashes on that quote's cue; the verb continues the clause
    before the aside, and its subject is that clause's (None when this is no such aside)."""
    doc = tok.doc
    if tok.dep_ != "conj" or not gov.content or not gov.content[0][1] <= gov.cue[0]:
        return None  # (the aside's quote comes before its cue)
    opening = doc.char_span(gov.content[0][0], gov.content[0][1], alignment_mode="expand")
    if opening is None or opening.start < 2:
        return None
    dash = doc[opening.start - 1]
    closing = [t for t in doc[gov.cue_token.i + 1 : tok.i] if t.text in _DASHES]
    if dash.text not in _DASHES or not closing:
        return None
    top = doc[dash.i - 1]
    while top.head.i < dash.i and top.head.i != top.i:
        top = top.head
    if top.pos_ not in ("VERB", "AUX") or top.i == gov.cue_token.i:
        return None
    subj, _ = subject_of(top)
    return subj


def _nested(attr: Attr, attrs: list[Attr]) -> bool:
    """Whether ``attr``'s cue lies in another attribution's content ("saying he would not
    **support** X": a cue the nesting check drops later)."""
    at = attr.cue[0]
    return any(a is not attr and any(s <= at < e for s, e in a.content) for a in attrs)


def _heads(tok: Token) -> list[int]:
    """The indices of ``tok``'s heads, nearest first, up to the root (at most 8)."""
    out: list[int] = []
    cur = tok
    while cur.head.i != cur.i and len(out) < 8:
        cur = cur.head
        out.append(cur.i)
    return out
