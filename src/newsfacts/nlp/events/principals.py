"""The principal of an event's source is not its target in an act of conflict: "Clinton's
lawyers opposed a request to question her", "In opposing the request, her lawyer, David
Kendall, wrote ...": one acting for a principal (a ``represents`` noun of
``lexicons/event_side_words.tsv`` with a possessor) does not act against that principal; the
principal is whom the act is for."""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from .actors import actors
from .coding import quad_class
from .context import Candidate, Ctx
from .side_words import has_role

#: quad classes whose target is the one acted against
_CONFLICT = ("verbal conflict", "material conflict")


def principal_not_target(cand: Candidate, ctx: Ctx) -> None:
    """Remove from the target of a conflict act the ids of the source's principal (with a note)."""
    if not cand.target.ids or not cand.source.spans or quad_class(cand.pattern.cameo) not in _CONFLICT:
        return
    principals: set[str] = set()
    for noun in _source_nouns(cand, ctx):
        for c in noun.children:
            if c.dep_ == "poss":
                principals |= _possessor_ids(c, cand, ctx)
    if cand.target.drop_ids(lambda i, _: i in principals):
        cand.notes.append("the source acts for the target's principal, not against it")


def _source_nouns(cand: Candidate, ctx: Ctx) -> Iterator[Token]:
    """The ``represents`` nouns heading a source span, or apposed to its head ("her lawyer,
    David Kendall")."""
    for s, e in cand.source.spans:
        ph = ctx.doc.char_span(s, e, alignment_mode="expand")
        if ph is None or not len(ph):
            continue
        head = ph.root
        near = [head, *(c for c in head.children if c.dep_ == "appos")]
        if head.dep_ == "appos":
            near.append(head.head)
        yield from (n for n in near if n.pos_ == "NOUN" and has_role(n, "represents"))


def _possessor_ids(poss: Token, cand: Candidate, ctx: Ctx) -> set[str]:
    """The ids a possessor names: a pronoun's antecedent; a name by the target entities whose
    name ends with it ("Clinton's" for Hillary Clinton: the mention may be part of a larger one)."""
    if poss.pos_ == "PRON":
        return set(actors(poss, ctx).ids)
    word = poss.text.lower()
    names = {e.id: e.name.lower() for e in ctx.index.entities if e.id in cand.target.ids}
    return {i for i, n in names.items() if n == word or n.endswith(" " + word)}
