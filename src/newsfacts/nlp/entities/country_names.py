"""A country whose name is also a first name, tagged as a person: "Chad closed its border",
"Jordan and Britain agreed". The model often tags such a lone word PERSON, and the mention
rules leave it (":func:`.relabel.person_slip`" keeps a lone first name a person: "Chad said").
Here a lone word that names a country (``countries.country_codes``) and is a first name
(``entity_gender.tsv``) becomes a place (GPE) when the text treats it as a state:

- it is the subject of a verb whose phrase holds "its" ("Chad closed its border");
- it is coordinated with a place the model tagged ("Jordan and Britain", "Britain and Jordan");

and never when the text names a person with that word in a longer name ("Chad Day", "Jim
Jordan"), after a title or an honorific.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ... import lexicons
from ...lexicons import countries
from .mentions import Candidate

#: Switch (tests and measurement): False leaves every such person a person, as before.
ENABLED = True


def countries_tagged_person(doc: Doc, persons: list[Candidate], others: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """Move the person mentions that are countries (module rules) to ``others`` as GPE."""
    if not ENABLED:
        return persons, others
    first = lexicons.gender_words("first_name")
    lone = [p for p in persons if " " not in p.text and p.title is None and not p.honorific
            and p.text.lower() in first and countries.country_codes(p.text)]
    if not lone:
        return persons, others
    longer = {w for p in persons if " " in p.text.strip() for w in p.text.split()}
    keep, moved = [], []
    for p in persons:
        span = doc.char_span(p.start, p.end, alignment_mode="expand") if p in lone and p.text not in longer else None
        if span is not None and len(span) == 1 and _as_state(span[0]):
            moved.append(Candidate(p.start, p.end, p.text, "GPE", "name", (), None, p.sent))
        else:
            keep.append(p)
    if not moved:
        return persons, others
    names = {m.text for m in moved}  # every lone mention of the same word is the country
    keep, more = [p for p in keep if not (p.text in names and p in lone)], [
        Candidate(p.start, p.end, p.text, "GPE", "name", (), None, p.sent) for p in keep if p.text in names and p in lone]
    return keep, sorted(others + moved + more, key=lambda c: c.start)


def _as_state(tok: Token) -> bool:
    """Whether the text treats ``tok`` as a state (module rules)."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        if any(t.lower_ == "its" and t.dep_ == "poss" and _object_of(t.head, tok.head) for t in tok.head.subtree if t.i > tok.i):
            return True
    if tok.dep_ == "conj" and tok.head.ent_type_ == "GPE":
        return True
    return any(c.dep_ == "conj" and c.ent_type_ == "GPE" for c in tok.children)


#: the dependencies from an object up to its verb, inside the verb's own clause
_OBJECT_PATH = {"dobj", "pobj", "prep", "attr", "dative", "conj", "cc"}


def _object_of(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is an object of ``verb`` in its own clause ("closed its border",
    "with its neighbours"), not in a clause below it ("said the school would do its best")."""
    t = noun
    while t.i != verb.i:
        if t.dep_ not in _OBJECT_PATH or t.head.i == t.i:
            return False
        t = t.head
    return True
