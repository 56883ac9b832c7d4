"""Antecedents of a subject "they" that the subject rules of :mod:`.speakers` do not give.

"The delay frustrates many economists because they believe ...", "Her speeches drove her
critics to distraction, though they suspected ...": a "they" that is the subject of an
adverbial clause (because, though, while, as ...) of a main clause stands for that clause's
plural direct object, the people the main clause acted on, when the object comes before it and
lies outside what was said. :class:`~.speakers.Resolver` resolves the phrase as a source of its
own and keeps it only when it is a group (an organisation or an unnamed group, never a person).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ..text import doc_text

#: the object dependencies of the main clause whose phrase a "they" may stand for
_OBJECT_DEPS = frozenset({"dobj", "dative"})


def object_antecedent(pronoun: Token, content: list[tuple[int, int]]) -> Optional[Token]:
    """The plural object of the main clause a subject "they" (``pronoun``) stands for, or None.

    The pronoun's verb (or the first verb of its coordination) must be an adverbial clause
    of the main verb; the object a plural common noun before the pronoun, outside ``content``.
    """
    if pronoun.dep_ != "nsubj":
        return None
    verb = pronoun.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    main = verb.head
    for obj in main.children:
        if obj.dep_ in _OBJECT_DEPS and obj.i < pronoun.i and obj.pos_ == "NOUN" and obj.tag_ == "NNS" \
                and not any(cs <= obj.idx < ce for cs, ce in content):
            return obj
    return None


def listed_people(subj: Token) -> bool:
    """'Economists Ann Roe, Tom Vale and Lee Ames studied it. They said': a subject the parse
    made the first of a list hung as an apposition with a coordination ("Roe" <- appos "Vale"
    <- conj "Ames"), every item a proper name: a plural antecedent, as a coordination is."""
    if subj.pos_ != "PROPN":
        return False
    for c in subj.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > subj.i:
            conj = [g for g in c.children if g.dep_ == "conj"]
            if conj and all(g.pos_ == "PROPN" for g in conj) and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children):
                return True
    return False


def main_subject(doc, noun_subjects: list[int], k: int, word: str = "they", pronoun: Optional[Token] = None) -> Optional[Token]:
    """'Ms. Henry and other labor leaders remain confident that ... the party's agenda runs
    counter to ... But they also see': when the last noun subject before a "they" (the first
    ``k`` of the sorted token indices ``noun_subjects``) is a singular one of a clause inside a
    sentence, the last main clause's noun subject before it (its verb the root), when that one
    is a coordination (a bare plural, "Police said the bridge would stay closed. They added",
    is the unnamed group rule's); else None. For an "it" after a plural subject of a clause
    inside a sentence ("The audit listed lapses in which clerks lost files. It said"),
    that main clause's subject when it is one singular noun ("The audit"), never across a
    paragraph break before the ``pronoun``; not after a plural subject of a coordinated main
    clause ("KTV News published the video, and lawyers sent it to reporters. It shows").
    The caller keeps its sentence limit (the pronoun's
    sentence or the one before)."""
    for j in range(k - 1, -1, -1):
        subj = doc[noun_subjects[j]]
        if word == "it" and j == k - 1 and subj.head.dep_ in ("conj", "ROOT"):
            return None  # a plural subject of a main clause: "it" may be what they acted on
        if subj.head.dep_ != "ROOT":
            continue
        coordinated = any(c.dep_ == "conj" for c in subj.children)
        if word == "it":
            across = pronoun is not None and "\n" in doc_text(doc)[subj.idx : pronoun.idx]
            return subj if subj.tag_ in ("NN", "NNP") and not coordinated and not across else None
        return subj if coordinated else None
    return None
