"""An organisation named by one bare word of its full name ("State" for the State Department).

A news story names "the State Department" once and then "State" alone ("State's reviewers
said", "officials at State"). The word alone is that organisation (``bare_short_form`` of
``entity_words.tsv``: the word, then the full names) only when

- every mention of the entity is the bare word, capitalised (a possessive "'s" aside), never
  after "the" or "of" ("the State has put its thumb on the scale" is a US state, a party in
  court; "secretary of state" is a title), and
- the text also names the organisation in full, a known organisation (``organisations.tsv``),
  whose code it then takes.
"""

from __future__ import annotations

from typing import Optional

from ... import lexicons
from ...schema import Actor
from .resolution import Cluster


def _short_forms() -> dict[str, tuple[str, ...]]:
    """The bare words and their organisations' full names (lower case)."""
    out = {}
    for row in lexicons.entity_words("bare_short_form"):
        word, *full = row.split("|")
        out[word] = tuple(full)
    return out


def bare_short_form(actor: Actor, c: Cluster, text: str) -> Actor:
    """``actor``, or the code of the organisation the bare word ``c`` names in this text (see
    the module's rules); an actor that already has a country or sector is kept."""
    if c.label != "ORG" or actor.country or actor.sector or not c.mentions:
        return actor
    words = {m.text.lower().removesuffix("'s").removesuffix("\u2019s") for m in c.mentions}
    if len(words) != 1:
        return actor
    full = _short_forms().get(next(iter(words)))
    if not full or any(not m.text[:1].isupper() or text[max(0, m.start - 4):m.start].lower() in ("the ", " of ")
                       for m in c.mentions):
        return actor
    lower = text.lower()
    named: Optional[str] = next((f for f in full if f in lower), None)
    org = lexicons.organisations().get(named) if named else None
    if not org:
        return actor
    out = Actor(country=org.get("country"), sector=org.get("sector"))
    out.basis.append(f"'{c.mentions[0].text}' alone is the {org['canonical']}, named in full in the text "
                     "(bare_short_form in lexicons/entity_words.tsv)")
    return out
