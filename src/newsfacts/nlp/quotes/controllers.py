"""Who speaks a non-finite cue: the controller of a participle or infinitive the parse hung
on a noun, and of an infinitive under a verb with an object.

- :func:`lifeless_host`: "Clinton found ways to cast herself as ...", "the campaign's
  decision to tell its supporters ...", "The RNC emailed a news article reporting that ...",
  "they will hold banners proclaiming ...": the participle or infinitive modifies a noun
  that cannot speak (no person, group or named thing; not a work that speaks for itself,
  such as a poll or a report); the speaker is that noun's owner or the subject of the verb
  whose object it is, never the noun itself.
- :func:`object_controller`: "That record prompted the Atlas to state ...", "force Grassley
  to contemplate ...": the object of the verb an infinitive complements says it, not the
  verb's subject (object control). Verbs of promising and asking keep their subject
  ("Manafort begged reporters to ask him": Manafort's, as PolNeAR marks it), unless that
  subject cannot speak ("the attack is pushing the candidates to speak": the candidates).

Switch: :data:`ENABLED` (for measuring the rules off and on over the same tree).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ... import lexicons
from ..entities.unnamed import unnamed_heads
from .words import FINDING_NOUNS, MADE_NOUNS, POLL_NOUNS, reporting_verbs

ENABLED = True

#: entity types of a noun that may speak
_SPEAKING_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
_HOST_DEPS = frozenset({"acl", "relcl"})
_OBJECT_DEPS = frozenset({"dobj", "dative"})


@lru_cache(maxsize=None)
def subject_control_verbs() -> frozenset[str]:
    """Verbs whose infinitive is said by their subject even with an object ("promised voters
    to ..."), from ``lexicons/quote_subject_control.txt``."""
    return frozenset(r[0].lower() for r in lexicons.rows("quote_subject_control.txt"))


def _may_speak(tok: Token) -> bool:
    """A noun that may be a speaker: a name, a pronoun, an entity, a person or group noun of
    ``entity_unnamed.tsv``, or a work that speaks for itself (a poll, a report, data)."""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in _SPEAKING_TYPES:
        return True
    words = (tok.lower_, tok.lemma_.lower())
    heads = unnamed_heads()
    return any(w in heads or w in MADE_NOUNS or w in FINDING_NOUNS or w in POLL_NOUNS for w in words)


def _non_finite(verb: Token) -> bool:
    """A participle ("saying") or an infinitive ("to cast") with no subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    return verb.tag_ == "VBG" or (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children))


def lifeless_host(verb: Token) -> Optional[Token]:
    """The noun a non-finite cue modifies (before it) when that noun cannot speak, else None."""
    if not ENABLED or verb.dep_ not in _HOST_DEPS or not _non_finite(verb):
        return None
    host = verb.head
    if host.pos_ != "NOUN" or host.i >= verb.i or _may_speak(host):
        return None
    if any(c.dep_ in ("conj", "appos") for c in host.children):
        return None  # ("ways and people to ...": the parse of a list; leave it)
    return host


def host_speaker(host: Token) -> tuple[Optional[Token], Optional[Token]]:
    """(the owner of ``host``, the verb whose subject speaks): "the campaign's decision" ->
    (campaign, None); "found ways" -> (None, found); a preposition's object has neither
    ("alongside an item suggesting": the item speaks for itself)."""
    owner = next((c for c in host.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    gov = host.head if host.dep_ in _OBJECT_DEPS and host.head.pos_ in ("VERB", "AUX") and host.head.i != host.i else None
    if owner is not None and (owner.pos_ != "PRON" or gov is None):
        return owner, None
    return None, gov  # ("Pence used his speech to offer": the subject his "his" stands for)


def object_controller(verb: Token, head: Token) -> Optional[Token]:
    """The object of ``head`` when the infinitive ``verb`` complements it ("prompted the
    Atlas to state", "urged Congress to say"), else None."""
    if not ENABLED or verb.dep_ != "xcomp" or head.pos_ != "VERB":
        return None
    if head.lemma_.lower() in subject_control_verbs() or head.lemma_.lower() in reporting_verbs():
        # "begged reporters to ask him", "urged Congress to say": the urging is the speech, its
        # subject's; but "the scale of the attack is pushing the candidates to speak": no one urges
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is None or _may_speak(subj):
            return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN", "PRON") or not _may_speak(obj) or obj.lower_ in ("it", "this", "that"):
        return None
    return obj
