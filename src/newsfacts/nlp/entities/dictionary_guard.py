"""A state body's name that many countries share, coded by the field's dictionaries with the
one country their entry was written for: "The National Security Council (NSC) has rejected the
Jamiat-i-Islami Afghanistan (JIA) demand" is not the US council (PETRARCH2's
``NATIONAL_SECURITY_COUNCIL`` is ``USAGOV``). The entry's country is dropped (the sector stays)
when the code is of a state sector, the name holds no country word, and the text names
countries (as places, nationalities or words inside other names), none of them the entry's.
Businesses keep their entry's country (a firm's home is not where the story is).
"""

from __future__ import annotations

from typing import Any

from ...lexicons import countries
from ...schema import Actor
from ..text import doc_text, last_doc

#: Switch (tests and measurement): False leaves the guard out.
ENABLED = True
#: sectors of a state's own bodies
_STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})


def foreign_story_body(actor: Actor, name: str, ctx: Any) -> Actor:
    """``actor`` without the entry's country when the story names only other countries (module doc)."""
    if not ENABLED or actor.country is None or actor.sector not in _STATE_SECTORS:
        return actor
    if actor.country in ctx.doc_countries or countries.country_in_words(name):
        return actor
    found = set(ctx.doc_countries) | _text_countries(ctx)
    if not found or actor.country in found:
        return actor
    named = ", ".join(sorted(found))
    actor.basis.append(f"no country: the entry's {actor.country} is not named in the text, which names {named}, "
                       "and the name holds no country")
    actor.country = None
    return actor


def _text_countries(ctx: Any) -> set[str]:
    """The countries the text's words name, inside other names too ("the Jamiat-i-Islami
    Afghanistan (JIA)"): one code each."""
    if getattr(ctx, "doc", None) is None:
        return set()
    return set(_doc_countries(ctx.doc))


@last_doc
def _doc_countries(doc) -> frozenset[str]:
    """:func:`_text_countries` of one Doc, read once per document (not once per organisation)."""
    return frozenset(codes[0] for codes in countries.countries_in_words(doc_text(doc)) if len(codes) == 1)
