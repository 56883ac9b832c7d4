"""The object of an act by a subject with a nationality is not of that nationality.

"The US military said it killed an al-Shabab commander", "Palestinian youths threw stones at
soldiers": the subject's country names the side that acts, and the phrase is the other side
(the verb's direct object, or its prepositional object: "at soldiers", "against rebels"), so
the subject's nationality says nothing of the phrase's, and neither does the article's main
country. A phrase inside a noun's own phrase keeps the subject's country ("Turkish police
prevented the march by students", "Israeli soldiers beat Palestinian detainees with the
knowledge of senior officers": the students, the officers).
"""

from __future__ import annotations

from spacy.tokens import Token

#: the dependencies of a verb's object: the other side of the act
_OBJECT_DEPS = {"dobj", "dative", "iobj"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_NP_DEPS = {"amod", "compound", "nmod", "poss", "appos", "case"}
#: prepositions whose object is no other side: the agent of a passive ("by")
_NOT_SIDES = {"by"}
#: words whose prepositional object is a source, not the other side of an act ("according to two
#: senators": PolNeAR train Random(1354))
_NOT_ACTS = {"according"}
#: Switch (tests and measurement): False leaves the guard out.
ENABLED = True


def is_verb_object(tok: Token) -> bool:
    """Whether the phrase headed by ``tok`` is a verb's object: its direct object, or the object
    of a preposition attached to the verb ("threw stones at soldiers")."""
    if tok.dep_ in _OBJECT_DEPS and tok.head.pos_ in ("VERB", "AUX"):
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX") \
        and tok.head.lower_ not in _NOT_SIDES and tok.head.head.lower_ not in _NOT_ACTS


def subject_of_other_side(tok: Token, place: Token) -> bool:
    """Whether the country mention at ``place`` modifies the subject of a verb above the phrase
    headed by ``tok`` while the phrase is a verb's object (module doc): the acting side's country."""
    if not ENABLED or not is_verb_object(tok):
        return False
    head = place
    while head.dep_ in _NP_DEPS and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        head = head.head
    if head.dep_ not in _SUBJECTS or head.i == tok.i or head.i == place.i:
        return False
    return any(a.i == head.head.i for a in tok.ancestors)
