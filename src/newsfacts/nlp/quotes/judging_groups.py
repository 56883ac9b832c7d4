"""Groups that judge out loud: "Muslim advocates hailed the nomination", "Rival Republican
candidates have long criticized him", "liberals dismissed the plan", "environmentalists
welcomed the levy".

The entity stage makes a vague group an actor only as the subject of a verb of saying,
writing or thinking (:func:`~newsfacts.nlp.entities.unnamed.add_speaker_actor`: "people want
cheaper drugs" is no speech). A verb of judging (the ``evaluation`` class of
``reporting_verbs.tsv``: *hail, praise, criticize, blast, dismiss, welcome, attack* ...)
reports words too: PolNeAR marks the group as the source, and the group is who the text says
spoke. This is the quote stage's last resort for such a source (after every named-entity
rule and :mod:`.source_heads`), for a plural group noun of ``entity_unnamed.tsv`` (a
``speaker`` row of type NORP) that is the cue's own subject and says which group it is (a
modifier before it or an "of" phrase: "Muslim advocates", "Opponents of the plan"; a bare
"Critics hailed the judge" stays an event's vague side, no actor). Not for a stance (*want,
support, back*: an attitude, not words), a negated cue or group ("did not criticize", "no
candidates"), an owned group ("his critics": the owner's rules decide), a coordination, nor a
group shown by a person named in it ("candidates like Ann Roe": the people named).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ..entities.unnamed import unnamed_heads
from .source_heads import nobody_or_owned, phrase_actor, speaks
from .words import reporting_verbs

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: modifiers that say which group it is ("Muslim advocates", "civil rights groups", "140 House members")
_SPECIFIERS = frozenset({"amod", "compound", "nmod", "nummod"})
#: prepositions that show a group by its members ("candidates like Ann Roe", "groups such as")
_EXAMPLE_PREPS = frozenset({"like", "as", "including"})


def add_judging_group(tok: Token, index, cue: Optional[Token]) -> Optional[str]:
    """The unnamed actor of a plural group noun ``tok`` that is the subject of a verb of
    judging (``cue``), added to ``index`` (or the earlier actor of the same head word a
    definite phrase names again): its id, or None (see the module)."""
    if cue is None or cue.pos_ != "VERB" or reporting_verbs().get(cue.lemma_.lower()) != "evaluation":
        return None
    head = unnamed_heads().get(tok.lower_)
    if head is None or head.only != "speaker" or head.type != "NORP" or tok.tag_ not in _PLURAL_TAGS or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ == "neg" or c.lower_ in ("not", "never") for c in cue.children):
        return None  # ("Republicans did not criticize him": no words)
    if nobody_or_owned(tok):
        return None
    if not any(c.dep_ in _SPECIFIERS and c.i < tok.i for c in tok.children) and not any(c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i for c in tok.children):
        return None  # a bare vague word judging is an event's side, not a speaker ("Critics hailed the judge")
    if any(t.is_punct for c in tok.lefts for t in c.subtree):
        return None  # ("This dynamic - candidates attacking": a parse that ran two phrases together)
    if _shown_by_people(tok, index) or not speaks(tok, cue):
        return None
    return phrase_actor(tok, index, "NORP", "a group that judges, reporting_verbs.tsv evaluation")


def _shown_by_people(tok: Token, index) -> bool:
    """Whether a "like"/"such as"/"including" phrase after the group names a person ("candidates
    like Marco Rubio"): the people named are the ones who spoke."""
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in _EXAMPLE_PREPS and p.i > tok.i:
            lo, hi = p.idx, p.right_edge.idx + len(p.right_edge.text)
            if any(index.by_id[eid].type == "PERSON" for _, _, eid in index.overlapping(lo, hi) if eid in index.by_id):
                return True
    return False
