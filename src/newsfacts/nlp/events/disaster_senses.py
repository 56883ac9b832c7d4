"""Harm done by no actor (issue #19, session 14): people killed or injured by a natural force or
an accident are no event of an actor ("six villagers were killed in the earthquake", "three
policemen were killed by a landslide", "two soldiers were killed in a helicopter crash",
"workers were injured when the storm hit Guangdong", "six people have been killed and others
are missing after Typhoon Mitag lashed the coast"). :func:`natural_cause` finds the cause in
the trigger's clause: its "by" agent or an "in/during/from" phrase (``harm_cause_prep``), or a
clause opened by "after/when/as" (``harm_cause_mark``) whose subject is a ``natural_force`` or an
``accident_cause`` of ``lexicons/event_words.tsv``. A harm verb with a subject of its own
("Israeli troops killed two men in the storm") is left alone; so are bombs, blasts and fires,
which may be attacks. The subject case ("Floods killed 20 people") is
:func:`.stop_senses.stop_subject`'s."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .lexicon import event_words
from .triggers import noun_pattern


def _is_cause(tok: Optional[Token]) -> bool:
    """True when the noun ``tok`` is a natural force or an accident ("the earthquake", "a
    helicopter crash", "Typhoon Mitag": a name with a force word before it)."""
    if tok is None:
        return False
    words = event_words()
    causes = words.get("natural_force", frozenset()) | words.get("accident_cause", frozenset())
    if tok.lemma_.lower() in causes or tok.lower_ in causes:
        return True
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in causes for c in tok.children)


def _attack_noun(tok: Token) -> bool:
    """True when the noun ``tok`` names a hostile act ("a Taliban ambush", "an air strike")."""
    pat = noun_pattern(tok) if tok.pos_ == "NOUN" else None
    return pat is not None and pat.type in ("ASSAULT", "COERCE", "FIGHT")


def _clause_causes(anchor: Token) -> tuple[bool, bool]:
    """``(natural, hostile)``: whether a child of ``anchor`` names a natural or accidental cause
    (a "by/in" phrase, an "after/when" clause of a ``disaster_verb`` whose subject is one), and
    whether one of its "by/in" phrases names a hostile act or an actor instead."""
    words = event_words()
    preps, marks = words.get("harm_cause_prep", ()), words.get("harm_cause_mark", ())
    natural = hostile = False
    for c in anchor.children:
        if c.dep_ in ("agent", "prep") and c.lower_ in preps:
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                natural = natural or _is_cause(p)
                hostile = hostile or (not _is_cause(p) and (_attack_noun(p) or c.dep_ == "agent"))
        elif (
            c.dep_ == "advcl" and c.lemma_.lower() in words.get("disaster_verb", ())
            and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children)
        ):
            natural = natural or any(s.dep_ in ("nsubj", "nsubjpass") and _is_cause(s) for s in c.children)
    return natural, hostile


def natural_cause(tok: Token) -> bool:
    """True when the harm verb ``tok`` (``harm_verb``: kill, injure, destroy, ...) has no subject of its own (a passive, "killed and ...
    missing") and its clause, or a conjunct's, names a natural force or an accident as the cause."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in event_words().get("harm_verb", ()):
        return False
    if any(c.dep_ == "nsubj" for c in tok.children):
        return False
    anchors = [tok] + [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        if any(c.dep_ == "nsubj" and not _is_cause(c) for c in tok.head.children):
            return False  # "troops stormed the town and killed ...": the troops kill
        anchors.append(tok.head)
    found = [_clause_causes(a) for a in anchors]
    return any(n for n, _ in found) and not any(h for _, h in found)
