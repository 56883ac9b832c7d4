"""The small model's label slips between people and the rest, repaired by the lexicons.

The model tags "Sri Lanka" or "Boko Haram" as a person and "Erdogan", "Biden" or "Aung San
Suu Kyi" as an organisation or a place. A person then gets no country and a country no code,
so the slip costs the actor code of an event's side. Repaired, on the lexicons' word only:

- a PERSON entity whose whole name is a country, a territory or a province or region abroad
  (ISO 3166-2; not a US state: "Georgia", "Virginia" are also first names) is a place (GPE);
  one whose name is a known organisation (``organisations.tsv``) is an organisation (ORG);
  never a name that is a first name (``entity_gender.tsv``, ``given_name_place`` in
  ``entity_words.tsv``: "Chad", "Jordan"), nor a word of another person's name in the text
  ("Washington" after "Denzel Washington"), nor a name after an honorific;
- an organisation, place or nationality entity whose whole name is a person of
  ``people.tsv`` (a full name, or a surname the list marks ``surname``) is a person, unless
  the name is also a country, a capital, a US state, a nationality or a known organisation.
"""

from __future__ import annotations

from typing import Optional

from ... import lexicons
from .mentions import Candidate, name_words
from .names import known_person_name, place_or_organisation

#: The model's labels a known person's name is re-read from.
_OTHER_LABELS = ("ORG", "GPE", "NORP", "LOC", "FAC")


def relabel_slips(persons: list[Candidate], others: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """Move the model's people that are places or organisations to ``others``, and its
    organisations and places that are known people to ``persons``.

    Args:
        persons: the person mentions (names after titles and the model's PERSON entities).
        others: the other mentions.

    Returns:
        (persons, others), each in the order given, the moved mentions relabelled.
    """
    texts_of: dict[str, set[str]] = {}  # a name word (lower case) -> the names it is a word of
    for p in persons:
        for w in p.name_tokens:
            texts_of.setdefault(w.lower(), set()).add(p.text)
    keep: list[Candidate] = []
    moved: list[Candidate] = []
    for p in persons:
        label = None
        if p.title is None and not p.honorific and place_or_organisation(p.text):
            elsewhere = {w for w, texts in texts_of.items() if texts - {p.text}}
            label = person_slip(p.text, elsewhere)
        if label is None:
            keep.append(p)
        else:
            moved.append(Candidate(p.start, p.end, p.text, label, "name", (), None, p.sent))
    back: list[Candidate] = []
    rest: list[Candidate] = []
    for m in others:
        if m.label in _OTHER_LABELS and m.kind == "name" and known_person_name(m.text):
            back.append(Candidate(m.start, m.end, m.text, "PERSON", "name", name_words(m.text), None, m.sent))
        else:
            rest.append(m)
    return sorted(keep + back, key=lambda c: c.start), sorted(rest + moved, key=lambda c: c.start)


def person_slip(text: str, elsewhere: set[str]) -> Optional[str]:
    """The label of a PERSON entity that names no person ("GPE", "ORG"), or None.

    Args:
        text: the entity's name.
        elsewhere: the words (lower case) of the other people's names in the text.
    """
    words = name_words(text)
    if not words or any(w.lower() in elsewhere for w in words) or known_person_name(text, strict=False):
        return None
    if len(text) <= 3 and not text.isupper():
        return None  # "Mar" of "Mar-a-Lago" is no MAR (Morocco's code)
    if len(words) == 1 and (text.lower() in lexicons.gender_words("first_name") or text.lower() in lexicons.entity_words("given_name_place")):
        return None
    return place_or_organisation(text)
