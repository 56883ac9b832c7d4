"""A subject "they" that stands for the group or campaign that spoke just before it.

'The senator's allies say the first step will be ... "...," they say', '"...," his team said.
They believe ...', 'Aides to the governor said ... They added': a subject "they" of a cue that
the subject rules of :class:`~.speakers.Resolver` leave unresolved goes to the speaker of the
last attribution before it, in its sentence or the one before, when that speaker is a group,
never a person or a place: an organisation or unnamed group whose source was a plural noun
("allies", "Republicans", "Cruz's advisers") or a campaign word of
``lexicons/quote_campaign_words.tsv`` ("his team", "the Clinton campaign", which English takes
as "they"), or the person a coordination spoke through ("She and her aides argue ... They
note": the first of them, as for the coordination itself), or whoever an earlier subject "they"
was resolved to ("They said ... What's more, they found": the same group). Nothing may come between them that "they" could stand for instead: another speaker,
a subject that names an entity, or a plural noun subject of a main clause, each outside what was
said (a subject inside the quote, "Republicans aiming to ...", or in what the group said before,
"Republicans say Democrats are trying ... They say", is no antecedent).
"""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Doc, Token

from ..text import doc_text
from .campaigns import CAMPAIGN_WORDS
from .spans import Attr

_GROUP_TYPES = frozenset({"ORG", "NORP"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _inside(pos: int, spans) -> bool:
    return any(cs <= pos < ce for cs, ce in spans)


def _group_head(doc: Doc, source: Optional[tuple[int, int]]) -> Optional[Token]:
    """The head of a speaker's source when it is a plural noun, a campaign word or the first of
    coordinated words ("and", never "or"/"nor"), else None."""
    if source is None:
        return None
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN", "PRON") or any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children):
        return None
    if any(c.dep_ == "conj" for c in head.children):
        return head  # ("She and her defenders argue": through the first of them, as for the source itself)
    if head.pos_ != "PRON" and (head.tag_ in _PLURAL_TAGS or head.lemma_.lower() in CAMPAIGN_WORDS):
        return head
    if head.lower_ == "they" and len(span) == 1:
        return head  # ("They said ... they found": the group the first "they" was resolved to)
    return None


def _said_by(doc: Doc, cue_pos: int):
    """Whether the word at a character position lies in the clause the cue at ``cue_pos`` governs
    ("Republicans say Democrats are trying ...": "Democrats" is what the group said, no antecedent)."""
    def said(pos: int) -> bool:
        span = doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and any(a.idx == cue_pos for a in span[0].ancestors)
    return said


def plural_speaker(tok: Token, attr: Attr, spoke, subjects, noun_subjects: list[int], sent_starts: list[int],
                   index) -> tuple[Optional[str], str]:
    """The group a subject "they" (``tok``) stands for: the last speaker (``spoke``: (cue position,
    entity, source) in text order) before it, in its sentence or the one before, that is a
    group (see the module); ``subjects`` the (position, entity) of the subjects naming an entity,
    ``noun_subjects`` the token indices of the noun subjects, ``index`` the full entity index."""
    s = tok.idx
    k = bisect.bisect_left(spoke, (s, ""))
    while k and (spoke[k - 1][2] is None or spoke[k - 1][0] >= s or _inside(spoke[k - 1][0], attr.content)):
        k -= 1  # (a speaker inside what was said is none: '"...," they say' after "Rubio said" in the quote)
    if not k:
        return None, ""
    pos, eid, source = spoke[k - 1]
    doc = tok.doc
    sent = bisect.bisect_right(sent_starts, tok.i) - 1
    if source[0] < doc[sent_starts[max(0, sent - 1)]].idx or _inside(source[0], attr.content):
        return None, ""
    ent = index.by_id.get(eid)
    head = _group_head(doc, source)
    if ent is None or head is None:
        return None, ""
    if head.lower_ != "they" and ent.type not in (("PERSON",) if any(c.dep_ == "conj" for c in head.children) else _GROUP_TYPES):
        return None, ""  # (a coordination only through its first person: "Republicans and Democrats said" is neither)
    lo = max(pos, source[1])
    said = _said_by(doc, pos)
    if any(lo <= p < s and e != eid and not _inside(p, attr.content) and not said(p) for p, e, _ in spoke[k:]):
        return None, ""  # another speaker between them
    if any(lo <= p < s and e != eid and not _inside(p, attr.content) and not said(p) for p, e in subjects):
        return None, ""
    for i in noun_subjects:
        t = doc[i]
        if lo <= t.idx < s and t.tag_ in _PLURAL_TAGS and t.head.dep_ == "ROOT" and not _inside(t.idx, attr.content):
            return None, ""  # another plural subject ("Democrats disagreed. They said": not the first group)
    name = doc_text(doc)[source[0] : source[1]]
    return eid, f"pronoun 'they' -> the group that spoke just before it, '{name}': '{ent.name}'"
