"""Bare-infinitive clauses of a verb of seeing or causing ("would like to see him come around
to supporting X", "wants to let Russia keep Crimea"): the clause serves the verb above it and
takes its modality, like an ``xcomp`` (read by :mod:`newsfacts.nlp.events.modality`)."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import event_words


def caused_clause(verb: Token) -> bool:
    """True when ``verb`` is a bare infinitive with its own subject, the complement of a
    ``see_cause_verb`` ("see him come", "let Russia keep", "make them leave")."""
    if verb.dep_ != "ccomp" or verb.tag_ != "VB" or verb.head.i == verb.i:
        return False
    if any(c.dep_ in ("mark", "aux") for c in verb.children):
        return False  # ("see that he will come": a clause of its own)
    return verb.head.lemma_.lower() in event_words().get("see_cause_verb", ())
