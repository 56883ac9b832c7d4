"""The quote stage's general last resort (session 14, issue #18): the source phrase itself as
the speaker when it is a common noun phrase that no word list knows.

:func:`~.source_heads.add_head_actor` makes an unnamed actor of a source only when its head
word is in ``quote_source_heads.tsv``; every other common-noun source ("Editorial pages warned
that ...", "according to early returns") was left without a speaker although PolNeAR marks the
phrase as the source and the verb says that it spoke. The parse decides here, not a word list:

- the phrase is the cue's own subject (or the noun of the "who" clause the cue heads) and the
  cue is a verb of speech, writing or thought (``reporting_verbs.tsv``), or the phrase is the
  object of "according to";
- its head is a common noun, not a word ``entity_unnamed.tsv`` or ``quote_group_speakers.tsv``
  has (their rules decide those: "the campaign", "the firm"), not negated, owned, set in
  apposition or coordinated (:func:`~.source_heads.nobody_or_owned`), and the phrase names
  nobody after its head who made it or speaks in it (:func:`_names_maker`: "the average of polls
  compiled by Real Clear Politics" is left to the maker rules and the claims stage) and no name
  before it ("an Associated Press account", "the Iowa polls": the lead's guard after the round);
- the actor's type: a work (``WORK_OF_ART``, never an event's side) for the object of
  "according to" ("according to early returns", "according to an Associated Press account";
  not a phrase of a party's or nation's people, "according to Democratic chairs"); a group
  (``NORP``) for a lower-case plural (or one that opens its sentence) that is the direct
  subject of a finite verb of speech, writing or thought with a clause of what was said
  ("Editorial pages warned that ...", "would-be criminals know their victims might be armed").

A singular ("a page says", "One organization posted"), a participle's inherited subject ("the
attacks ..., articulating") and a verb of evidence ("A look at his planes suggests") make none:
on PolNeAR train they were mostly wrong. Verbs of evaluation and stance make none either
("Critics hailed the judge": an event, whose sides the event stage decides), and neither does a
head inside the quote's content (checked by the caller).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ..entities.unnamed import unnamed_heads
from .groups import RULES
from .source_heads import nobody_or_owned, phrase_actor, speaks
from .words import reporting_verbs

#: prepositions after a work that name who made it or who speaks in it ("interviews with party leaders")
_MAKER_PREPS = frozenset({"by", "with", "from", "among"})
#: reporting classes whose subject is who spoke, wrote or thought
_SPEAKING = frozenset({"speech", "writing", "cognition"})
#: heads that name no one: a time, a place, a manner ("the first time", "some states" are other rules')
_NOT_SOURCES = frozenset({"time", "way", "thing", "part", "kind", "lot", "number", "rest", "sort", "type"})


def add_subject_actor(tok: Token, index, cue: Optional[Token]) -> Optional[str]:
    """The unnamed actor of the common noun phrase ``tok`` heads, which the cue reports as the
    one who spoke (see the module's rules), added to ``index`` (or the earlier actor a definite
    phrase with the same head names again): its id, or None."""
    kind = subject_kind(tok, cue)
    if kind is None:
        return None
    return phrase_actor(tok, index, kind, "a common noun the cue reports as speaking")


def subject_kind(tok: Token, cue: Optional[Token]) -> Optional[str]:
    """The entity type of the actor :func:`add_subject_actor` makes of ``tok``, or None when
    no rule of the module applies."""
    if cue is None or tok.pos_ != "NOUN" or tok.ent_type_ not in ("", "NORP", "ORG"):
        return None
    word = tok.lower_
    lemma = tok.lemma_.lower()
    if word in unnamed_heads() or word in RULES or lemma in RULES or lemma in _NOT_SOURCES or not tok.is_alpha:
        return None  # ("according to the campaign": the group rules' word, their organisation or nobody)
    according = tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"
    if _names_maker(tok) or any(c.ent_type_ in ("PERSON", "ORG", "GPE") for c in tok.lefts):
        return None  # ("the average of polls compiled by Real Clear Politics", "an Associated Press account": who made it speaks)
    if according:  # (not people of a party or a nation: "according to Democratic chairs")
        people = any(c.ent_type_ == "NORP" for c in tok.lefts)
        return "WORK_OF_ART" if speaks(tok, cue) and not nobody_or_owned(tok) and not people else None
    if cue.pos_ not in ("VERB", "AUX") or cue.tag_ == "VBG" or reporting_verbs().get(cue.lemma_.lower()) not in _SPEAKING:
        return None  # (a participle's subject is the parse's guess: "the attacks ..., articulating")
    if not _says(tok, cue) or tok.tag_ != "NNS" or tok.text[:1].isupper() and not tok.is_sent_start or nobody_or_owned(tok):
        return None  # (a capitalised "noun" is a name the model missed: "M. Dane Waters predicted")
    if not any(c.dep_ == "ccomp" for c in cue.children):
        return None  # ("All signs pointed to Obama": a thing points; a group that speaks says what)
    return "NORP"


def _says(tok: Token, cue: Token) -> bool:
    """Whether ``tok`` is the cue's own subject, or the noun of the relative clause the cue
    heads with "who" as its subject ("local beekeepers, who warned that ...")."""
    if tok.dep_ == "nsubj" and tok.head.i == cue.i:
        return True
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ == "who" and cue.dep_ == "relcl" and cue.head.i == tok.i


def _names_maker(tok: Token) -> bool:
    """Whether the phrase ``tok`` heads names who made it or who speaks in it after its head (a
    person or organisation, an agent, "by"/"with"/"from"/"among"), not counting a relative
    clause ("beekeepers, who warned that ...": what they said)."""
    for c in tok.rights:
        if c.dep_ == "relcl":
            continue
        if any(t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ in _MAKER_PREPS or t.ent_type_ in ("PERSON", "ORG") for t in c.subtree):
            return True
    return False
