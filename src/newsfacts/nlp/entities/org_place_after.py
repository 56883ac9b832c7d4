"""The country of an organisation's seat named right after it: "the Foreign Ministry in Beijing",
"the Interior Ministry in Baghdad", "the National Front in France" (session 13, helper A). Only a
country or a capital (the seat of a government) counts, not another city ("a company in Osaka"
says where an office is), only "in" that the parse attaches to the organisation, and never for an
organisation of ``organisations.tsv`` ("took a week off from the Senate in Mexico", parsed as the
Senate's place, stays the US Senate); an embassy, consulate, mission, office, bureau or
delegation sits in another country than its own and takes none (:data:`_ABROAD`)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ... import lexicons
from ...lexicons import countries

#: the last words of organisations that sit in another country than theirs
_ABROAD = {"embassy", "embassies", "consulate", "consulates", "mission", "office", "bureau", "delegation"}
#: Switch (tests and measurement): False leaves the rule out.
ENABLED = True


def country_after(doc: Doc, start: int, end: int) -> Optional[str]:
    """The country of a capital or a country named as "in X" right after the organisation at
    tokens ``[start, end)``; None when there is none or the organisation sits abroad."""
    if not ENABLED or end + 1 >= len(doc) or doc[end].lower_ != "in" or doc[end - 1].lower_ in _ABROAD:
        return None
    if not start <= doc[end].head.i < end:
        return None  # "in" that the parse gives the verb
    if lexicons.organisations().get(lexicons.name_key(doc[start:end].text)) is not None:
        return None  # "took a week off from the Senate in Mexico": a known institution keeps its country
    first = doc[end + 1]
    if first.lower_ == "the" and end + 2 < len(doc):
        first = doc[end + 2]
    if first.ent_iob_ != "B" or first.ent_type_ != "GPE":
        return None
    k = first.i + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    name = doc[first.i:k].text
    codes = countries.country_codes(name)
    if len(codes) == 1:
        return codes[0]
    return countries.capital_country(name)


#: lower-case words after a tagged name that make it a medium's name ("Time magazine")
_MEDIUM_WORDS = {"magazine", "newspaper"}


def medium_word_after(doc: Doc, end: int):
    """The token of "magazine" or "newspaper" right after a name ending at token ``end``
    ("Time magazine", "the Guardian newspaper"), when it ends the noun phrase; else None.
    The name then takes the word ("Time magazine", an ORG with the sector MED of
    ``org_heads.tsv``) instead of losing it to a separate unnamed "magazine"."""
    if not ENABLED or end >= len(doc):
        return None
    tok = doc[end]
    if tok.lower_ not in _MEDIUM_WORDS or not tok.is_lower or tok.ent_type_:
        return None
    if end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN") and doc[end + 1].is_lower:
        return None  # "a Time magazine reporter": the head is after it
    return tok
