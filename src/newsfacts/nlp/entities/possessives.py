"""A possessive inside one of the model's entities: two names, not one.

With curly apostrophes the small model often reads "Fox News’ Megyn Kelly", "Trump’s Islamaphobia"
or "Rubio’s Miami" as a single organisation or place, so the person or the place after the
possessive gets no entity of its own and no code. An entity with a possessive ("’s", "'s", or
"’"/"'" after a word ending in s) followed by a capitalised word is cut in two when the lexicons
know the owner (:mod:`.names`: a known person, a country, territory or province, a capital,
a US state, a known organisation): the owner with the label the lexicons give it, and
the part after the possessive with the label it has as a name of its own (a known person or a
first name of ``entity_gender.tsv``: PERSON; a place the gazetteer knows, for a place-like
label: GPE; no entity when the model read the whole as a person; else the model's label). An
owner the lexicons do not know is left as read.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span

from ... import lexicons
from ...lexicons import countries
from .names import known_person_name, place_or_organisation

_POSSESSIVE_TOKENS = ("’s", "'s")
_BARE_APOSTROPHES = ("’", "'")
_PLACE_LABELS = ("GPE", "LOC", "FAC")


def split_possessives(doc: Doc, ents) -> list[Span]:
    """The model's entities with those that hold a possessive cut in two (see the module)."""
    out: list[Span] = []
    for ent in ents:
        k = _possessive_at(doc, ent)
        owner = _owner_label(doc[ent.start:k].text) if k is not None else None
        if owner is None:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, k, label=owner))
        owned = _owned_label(doc[k + 1:ent.end].text, ent.label_)
        if owned is not None:
            out.append(Span(doc, k + 1, ent.end, label=owned))
    return out


def _possessive_at(doc: Doc, ent: Span) -> Optional[int]:
    """The token index of a possessive inside ``ent`` followed by a capitalised word, or None."""
    for i in range(ent.start + 1, ent.end - 1):
        t = doc[i].text
        if (t in _POSSESSIVE_TOKENS or (t in _BARE_APOSTROPHES and doc[i - 1].text.endswith("s"))) \
                and doc[i + 1].text[:1].isupper():
            return i
    return None


def _owner_label(text: str) -> Optional[str]:
    """The label of the owner's name when the lexicons know it, else None."""
    if known_person_name(text):
        return "PERSON"
    found = place_or_organisation(text)
    if found:
        return found
    if countries.capital_country(text) or countries.us_state_name(text):
        return "GPE"
    return None


def _owned_label(text: str, model_label: str) -> Optional[str]:
    """The label of the name after the possessive; None when the model read the whole as a
    person and the rest is no person's name ("Trump’s Islamaphobia": no entity)."""
    first = text.split()[0].lower() if text.split() else ""
    if known_person_name(text) or (len(text.split()) >= 2 and first in lexicons.gender_words("first_name")):
        return "PERSON"
    if model_label in _PLACE_LABELS and countries.place_codes(text):
        return "GPE"
    return None if model_label == "PERSON" else model_label
