"""The owner of a stance is no doer of the act the stance is about: in "Trump's approach to the
mass shooting", "his handling of the attack", "McCain's response to the bombing", the trigger
noun hangs from a ``stance_noun`` of ``lexicons/event_side_words.tsv`` by a preposition, and
the possessor of that noun (or the subject of the verb above it) only takes a stance on the act.
The source keeps only what the trigger's own phrase names ("his response to Russia's
invasion": Russia); a source read off elsewhere leaves it, with a note."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Candidate, Ctx
from .side_words import has_form


def stance_owner_not_source(cand: Candidate, ctx: Ctx) -> None:
    """Remove from ``cand.source`` the ids named outside the trigger noun's own phrase when the
    noun is what a stance noun is about."""
    tok = cand.trigger
    if tok.pos_ != "NOUN" or not cand.source.ids:
        return
    phrase = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
    stance = _stance_noun(phrase)
    if stance is None:
        return
    lo, hi = phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge.text)
    side = cand.source
    keep = [(i, sp) for i, sp in zip(side.ids, side.spans) if lo <= sp[0] and sp[1] <= hi]
    if len(keep) == len(side.ids):
        return
    side.ids, side.spans = [i for i, _ in keep], [sp for _, sp in keep]
    side.groups = [g for g in side.groups if g in side.ids]
    side.phrases = [p for p in side.phrases if lo <= p[0] and p[1] <= hi]
    cand.notes.append(f"the owner of '{stance.text}' takes a stance on the act, it does not do it")


def _stance_noun(phrase: Token) -> Optional[Token]:
    """The stance noun the noun ``phrase`` completes ("approach to", "handling of"), else None."""
    prep = phrase.head
    if phrase.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("to", "on", "about", "of", "toward", "towards"):
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or not has_form(noun, "stance_noun"):
        return None
    return noun
