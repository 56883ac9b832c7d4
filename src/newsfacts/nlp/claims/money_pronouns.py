"""Who a pronoun that spends or raises a sum stands for (session 13, second round): "She has raised
$33 million through that account" after a sentence that names one woman -> "money raised by
<her>"; "Cruz's haul is a big jump from the $12.2 million he raised" -> "money raised by Cruz".

The pronoun's window is its own sentence up to it, else with the sentence before it too. "he"/"she"
stand for the one person named there (told apart by the name's last word) whose gender the story shows
(an honorific or a first name of ``lexicons/entity_gender.tsv`` at any mention of the name) and
agrees (of two or more, the one whose gender agrees when the story shows all of theirs); never "it" (a place, a committee and a company may all be named before it). Two named, a gender unknown
or not agreeing: no maker (precision first).
"""

from __future__ import annotations

from typing import Optional

from ... import lexicons
from ..entities.mentions import honorific_gender
from ..text import last_doc
from .sentence_lookup import sentence_lookup

#: switch for measuring the rule off (hand checks)
OFF = False

_GENDERS = {"he": "M", "she": "F"}


def _named(doc, lo: int, hi: int, labels) -> dict[str, object]:
    """The entities of ``labels`` that start in tokens ``lo`` .. ``hi`` - 1, by their last word."""
    out: dict[str, object] = {}
    i = lo
    while i < hi:
        tok = doc[i]
        if tok.ent_iob_ == "B" and tok.ent_type_ in labels:
            end = i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            last = doc[end - 1] if doc[end - 1].pos_ != "PART" else doc[end - 2]
            out.setdefault(last.lower_, last)
            i = end
            continue
        i += 1
    return out


@last_doc
def _genders(doc) -> dict[str, set]:
    """The last word of every person's name -> the genders the story shows for it (a first name
    of ``entity_gender.tsv`` or an honorific before a mention: :func:`~..entities.mentions.honorific_gender`),
    made in one pass over ``doc.ents`` per document."""
    firsts = lexicons.gender_words("first_name")
    out: dict[str, set] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        seen = out.setdefault(ent[-1].lower_, set())
        if len(ent) > 1 and (g := firsts.get(ent[0].lower_)):
            seen.add(g)
        if g := honorific_gender(doc, ent.start):
            seen.add(g)
    return out


def _gender(doc, last: str) -> Optional[str]:
    """The one gender the story shows for the person whose name ends in ``last``, else None."""
    seen = _genders(doc).get(last, ())
    return next(iter(seen)) if len(seen) == 1 else None


def pronoun_maker(pron):
    """The head token of the person or organisation a subject pronoun stands for, or None."""
    if OFF:
        return None
    word = pron.lower_
    if word not in _GENDERS:
        return None  # "it": a place, a committee or a company may all be named before ("Cleveland ... it pledged")
    doc, sents = pron.doc, sentence_lookup(pron.doc)
    own = sents.at(pron.i).start
    lo = sents.at(own - 1).start if own > 0 else own  # with the sentence before it
    people = _named(doc, own, pron.i, ("PERSON",)) or _named(doc, lo, pron.i, ("PERSON",))  # its own sentence first
    if len(people) != 1:
        return None if OFF15 else _one_agreeing(doc, people, _GENDERS[word])
    last, tok = next(iter(people.items()))
    return tok if _gender(doc, last) == _GENDERS[word] else None


#: switch for two or more people named before the pronoun (session 15), measured apart
OFF15 = False


def _one_agreeing(doc, people: dict, gender: str):
    """Of two or more people named before a pronoun, the one whose gender agrees when the story shows
    every one's gender ("A poll shows Clinton with a lead over Trump. She trails Trump among ..." with
    "Hillary Clinton" and "Donald Trump" named before: Clinton); None when one's gender is unknown."""
    genders = {last: _gender(doc, last) for last in people}
    agree = [last for last, g in genders.items() if g == gender]
    if None in genders.values() or len(agree) != 1:
        return None
    return people[agree[0]]
