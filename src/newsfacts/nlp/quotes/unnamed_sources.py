"""Actors the quote stage makes of a source no entity covers (its last resort, after
:func:`~newsfacts.nlp.entities.unnamed.add_speaker_actor`): :func:`add_name_entity` for a
person's name the named-entity model missed ('"...," Hale said', "said Sen. Tom Roe"), and
:func:`add_work_actor` for a work that speaks and names nobody who made it
("A legal opinion concluded that ...", "according to the summary", "in the latest poll"):
the quote stage's last resort for a source whose head is a statement, report, poll or other
work (:func:`~.makers.is_made`) once no maker, no earlier poll's maker and no named entity
fits. PolNeAR marks the work itself as the source; the actor is the work (type
``WORK_OF_ART``, never an event's side, no country or sector), as the entity stage makes one
for a ``finding`` row of ``entity_unnamed.tsv`` that is the subject of a verb of saying.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ...schema import Actor, Entity, Mention
from ..entities.unnamed import work_mention
from ..text import doc_text
from .descriptions import TITLE_ABBREVIATIONS
from .found_names import add_mention_to, add_name_person
from .genders import HONORIFICS
from .judging_groups import add_judging_group
from .makers import is_made
from .source_heads import add_head_actor, named_again
from .subject_sources import add_subject_actor
from .titled_sources import add_titled_name
from .words import reporting_verbs

#: determiners that name the work again ("the summary" after "an FBI summary of ...")
_AGAIN = frozenset({"the", "this", "that"})


def add_source_actor(tok: Token, index, cue: Optional[Token]) -> Optional[str]:
    """The actor of a source head no rule resolved: a missed person's name (alone, or after a
    title: :func:`.titled_sources.add_titled_name`), else a work, else
    a phrase whose head is a source word (:func:`.source_heads.add_head_actor`), else a group
    that judges out loud (:func:`.judging_groups.add_judging_group`), else a common noun
    phrase the cue reports as speaking (:func:`.subject_sources.add_subject_actor`); or None."""
    return add_name_entity(tok, index, cue) or add_titled_name(tok, index, cue) or add_work_actor(tok, index, cue) or add_head_actor(tok, index, cue) \
        or add_judging_group(tok, index, cue) or add_subject_actor(tok, index, cue)


def add_name_entity(tok: Token, index, cue: Optional[Token]) -> Optional[str]:
    """A PERSON entity for the name at the source's head that no entity covers ('"...," Hale
    said', "Mr. Ames told"), added to ``index``: its id, or None. Only one to three capitalised
    proper nouns (the head and compounds before it; an honorific or a title abbreviation may
    precede them), the subject of a cue verb of speech or writing, not the first word of its
    sentence (a Title Case headline, "Poll:") and not a word the model tagged a place, a people,
    a date or a number; a one-word name needs an honorific or to follow the cue or a quote."""
    if cue is None or tok.dep_ != "nsubj" or tok.head.i != cue.i or reporting_verbs().get(cue.lemma_.lower()) not in ("speech", "writing"):
        return None
    words = [c for c in tok.lefts if c.dep_ in ("compound", "flat")] + [tok]
    title = [c for c in tok.lefts if c.dep_ not in ("compound", "flat") and c.lower_.rstrip(".") in HONORIFICS or c.lower_ in TITLE_ABBREVIATIONS]
    titled = {c.i for c in title}
    if len(words) > 3 or any(c.dep_ not in ("compound", "flat") and c.i not in titled for c in tok.lefts) or any(True for _ in tok.rights):
        return None
    if any(w.pos_ != "PROPN" or not w.text[:1].isupper() or not w.text[1:].islower() or w.ent_type_ not in ("", "PERSON") for w in words):
        return None
    first = title[0] if title else words[0]
    if first.is_sent_start or first.i != words[0].i - len(title) or index.overlapping(first.idx, tok.idx + len(tok.text)):
        return None
    before = first.doc[first.i - 1].text if first.i else ""
    if len(words) == 1 and not title and not (cue.i < tok.i or before in (",", "”", '"', "''")):
        return None  # ("Hale said" opening a sentence may be a place or a firm; after a quote it is who said it)
    start, end = words[0].idx, tok.idx + len(tok.text)
    name = tok.doc[words[0].i : tok.i + 1].text
    text = doc_text(tok.doc)
    cut = {e.id for e in index.entities for m in e.mentions if name in m.text.split() or text[m.end : m.end + len(name) + 1] == " " + name}
    if cut:  # the NER's "Congressman Pete" of "Congressman Pete King": that one person, or nobody
        eid = next(iter(cut))
        if len(cut) > 1 or index.by_id[eid].type != "PERSON":
            return None
        return add_mention_to(index, index.by_id[eid], Mention(name, start, end, "surname"))
    return add_name_person(index, name, start, end, "a name the source of a quote gives")


def add_work_actor(tok: Token, index, cue: Optional[Token]) -> Optional[str]:
    """The unnamed actor of the work ``tok`` heads, added to ``index`` (or the earlier one a
    definite phrase with the same head word names again): its id, or None when ``tok`` is no
    work, its phrase names a maker (:func:`~newsfacts.nlp.entities.unnamed.work_mention`) or
    it is not the cue's own argument (:func:`speaks_through`)."""
    if not is_made(tok) or not speaks_through(tok, cue):
        return None
    found = work_mention(tok, index)
    if found is None:
        return None
    start, end, name = found
    mention = Mention(tok.doc.char_span(start, end).text, start, end, "description")
    if any(c.dep_ == "det" and c.lower_ in _AGAIN for c in tok.children) and not any(c.i < tok.i and c.dep_ in ("amod", "compound") for c in tok.children):
        again = named_again(index, "WORK_OF_ART", tok.lower_, mention)
        if again is not None:
            return again
        if any(t.lemma_ == tok.lemma_ for t in tok.doc[: tok.i]):
            return None  # "Roe and Vale filed a lawsuit. The lawsuit said": the one that made it speaks, or nobody
    actor = Actor(country=None, sector=None, basis=[f"unnamed actor '{mention.text}' (a work that is the source of a quote)",
                                                    "no sector: a work", "no country: a work"])
    ent = Entity(id=f"e{len(index.entities) + 1}", name=name or mention.text, type="WORK_OF_ART", mentions=[mention], actor=actor, named=False)
    index.add_entity(ent)
    return ent.id


def speaks_through(tok: Token, cue: Optional[Token]) -> bool:
    """Whether the work ``tok`` is the cue's own argument: the subject of the cue verb ("a legal
    opinion concluded"), the object of the cue preposition ("leads in the latest poll"; not
    one on a verb of saying with its own subject) or of
    "according to" ("according to a court filing"); not a work that is the subject of another
    verb whose clause holds the cue ("An early tweet quoted the president as saying ...": the
    president's words)."""
    if cue is None:
        return False
    verb = cue.head
    if cue.lower_ == "in" and verb.lemma_.lower() in reporting_verbs() and any(c.dep_ == "nsubj" for c in verb.children):
        return False  # "In a survey, 31 percent of them said ...": the ones counted speak (or nobody), the poll frames it
    if tok.head.i == cue.i:
        return tok.dep_ in ("nsubj", "nsubjpass", "pobj", "agent")
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.i == cue.i and cue.lower_ == "according"
