"""Possessed works: the one whose work speaks when a possessive names them with a pronoun or a
description ("according to his book", "his website has praised", "according to the
foundation's tally"), which :meth:`~.makers.MakerRules.maker` left without a speaker (it
takes a proper-noun possessor only: "Clinton's statement").

:class:`PossessorRules` is a part of :class:`~.speakers.Resolver` (a mixin, through
:class:`~.makers.MakerRules`): a "his"/"her" goes to the person the pronoun stands for (the
Resolver's ``_his``/``_gendered``), a definite description ("the foundation") to the named
organisation the group rules give it (``groups.resolve``). Only a work someone makes or says
(:func:`~.makers.is_made`, not a finding about the possessor: ``quotes_speakers_unowned_works.txt``)
that is the cue's subject or the object of "according to".
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ... import lexicons

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@lru_cache(maxsize=None)
def unowned_works() -> frozenset[str]:
    """Works a possessive does not make the possessor's ("his record", "her poll numbers")."""
    return frozenset(r[0].lower() for r in lexicons.rows("quotes_speakers_unowned_works.txt"))


def work_possessor(tok: Token) -> Optional[Token]:
    """The possessive that owns the work ``tok`` ("his" of "his book", "foundation" of "the
    foundation's tally"), when ``tok`` is a subject or the object of "according to" and no
    finding about the possessor; else None."""
    if tok.pos_ != "NOUN" or tok.lower_ in unowned_works() or tok.lemma_.lower() in unowned_works():
        return None
    according = tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
    if tok.dep_ not in _SUBJECTS and not according:
        return None
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if len(poss) != 1:
        return None
    p = poss[0]
    if p.lower_ in ("his", "her") or p.pos_ == "PROPN":
        return p
    if p.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in p.children) and not any(c.dep_ == "poss" for c in p.children):
        return p  # ("the foundation's tally"; not "the party's leader's")
    return None


class PossessorRules:
    """Who owns a possessed work (a mixin of :class:`~.speakers.Resolver`)."""

    def possessor(self, tok: Token, s: int, e: int) -> tuple[Optional[str], str]:
        """The person or organisation a possessive before the work ``tok`` names ("his",
        "her", "the foundation's"), a named entity, or (None, "")."""
        p = work_possessor(tok)
        if p is None or p.pos_ == "PROPN":
            return None, ""  # (a name: :meth:`~.makers.MakerRules.maker`'s own rule)
        if p.lower_ == "his":
            eid, how = self._his(p, p.idx)
        elif p.lower_ == "her":
            eid, how = self._gendered("her", p.idx)
        else:
            eid, how = self.groups.resolve(p, p.left_edge.idx, p.idx + len(p.text), self._pronoun_person)
        ent = self.full_index.by_id.get(eid) if eid else None
        if ent is None or not ent.named or ent.type not in ("PERSON", "ORG") or p.pos_ == "PRON" and not self._named_lately(ent, p):
            return None, ""
        phrase = self.text[p.left_edge.idx : tok.idx + len(tok.text)]
        return eid, f"possessed work '{phrase}': its owner, {how}"

    def _named_lately(self, ent, p: Token) -> bool:
        """Whether ``ent`` has a mention in the possessive's sentence or the one before it (a
        "his" several sentences after the name may stand for someone the text re-described:
        "It was different for Eli Grant. The former preacher ... he ... his reports")."""
        sent = bisect.bisect_right(self._sent_starts, p.i) - 1
        lo = p.doc[self._sent_starts[max(0, sent - 1)]].idx
        if not any(lo <= m.start < p.idx for m in ent.mentions):
            return False
        by_id = self.full_index.by_id
        return not any(  # two people named there: whose is it?
            eid != ent.id and by_id[eid].type == "PERSON" and by_id[eid].named
            for _s, _e, eid in self.full_index.overlapping(lo, p.idx) if eid in by_id
        )
