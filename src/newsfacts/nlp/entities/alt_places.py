"""Cities that news spells otherwise than GeoNames' main name ("Raqqa" for Ar Raqqah,
"Falluja" for Al Fallujah, "Deir al-Zor", "Derna", "Mekelle").

The entity stage codes a place through :func:`newsfacts.lexicons.countries.place_codes`, whose
cities are GeoNames' main names only, while the places stage (:func:`newsfacts.nlp.places.candidates`)
also reads the other names of big cities. A mention the model tags as a place, that no lexicon
and no main name codes, takes the country of the big cities (100,000 people or more) the other
name denotes, when they are all in one country and the text reads it as a place: a place's
preposition stands before it ("in Raqqa", "the city of Falluja", "near Derna"). A name at the
start of a sentence or of a longer name ("Flavia Nardelli Piccoli", tagged as a place; Flavia is
also an old name of Plovdiv) is not read.
"""

from __future__ import annotations

import re
from typing import Optional

from .. import places

#: Switch (tests and measurement): False reads no other name.
ENABLED = True
#: the smallest city whose other names are read
_POPULATION = 100_000
#: a place's preposition right before the name (and an article or a direction between)
_BEFORE = re.compile(r"\b(?:in|of|at|near|from|to|into|around|outside|inside|across|toward|towards)\s+"
                     r"(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?$",
                     re.IGNORECASE)


def other_name_place(name: str, text: str, start: int) -> Optional[tuple[tuple[str, ...], str]]:
    """(ISO3 codes, basis) of a place mention ``name`` at ``start`` in ``text`` by a big city's
    other name (module doc), else None."""
    if not ENABLED or "," in name or not name[:1].isupper():
        return None
    if _BEFORE.search(text[max(0, start - 40):start]) is None:
        return None
    cities = [c for c in places.candidates(name) if c.kind in ("city", "capital") and c.population >= _POPULATION]
    codes = {c.country for c in cities if c.country}
    if len(codes) != 1:
        return None
    city = cities[0]
    code = next(iter(codes))
    return (code,), f"city in {code} (GeoNames: '{name}' is another name of {city.name})"
