"""A town named with the place it is in: "Bethlehem in the West Bank", "Manchester in New
Hampshire". The gazetteer's most populous namesake (Bethlehem, South Africa) gives way to the
namesake in the country of the place the text names right after it ("in", "in the", or a
comma), when such a namesake exists. The place after it must be a country, a territory, a US
state or a province (``countries.any_country`` or ``countries.territory_country``) of one country.
"""

from __future__ import annotations

import re
from typing import Any

from ...lexicons import countries
from ...schema import Actor
from .. import places
from ..text import doc_text

#: Switch (tests and measurement): False leaves the rule out.
ENABLED = True
#: a comma or "in" ("in the"), then up to four capitalised words
_AFTER = re.compile(r"\s*(?:,|\bin\b)\s+(?:the\s+)?((?:[A-Z][\w.\-]*)(?:\s+[A-Z][\w.\-]*){0,3})")


def town_in_named_place(actor: Actor, c: Any, ctx: Any) -> None:
    """Recode a GeoNames town to its namesake in the place named right after it (module doc)."""
    if not ENABLED or ctx.doc is None or actor.country is None or not actor.basis or not actor.basis[-1].startswith("city in"):
        return
    text = doc_text(ctx.doc)
    name = c.mentions[0].text.split(",")[0]
    cands = {p.country for p in places.candidates(name) if p.kind == "city" and p.name == name}
    if len(cands) < 2:
        return
    for m in c.mentions:
        found = _AFTER.match(text, m.end, min(len(text), m.end + 60))
        if found is None:
            continue
        where = found.group(1)
        if _codes(where.rstrip(".")):
            where = where.rstrip(".")  # "the West Bank." at a sentence's end, not "Pa."
        codes = _codes(where)
        if len(codes) == 1 and next(iter(codes)) in cands and next(iter(codes)) != actor.country:
            actor.country = next(iter(codes))
            actor.basis.append(f"country {actor.country}: the namesake in '{where}', named right after it")
            return


def _codes(where: str) -> set[str]:
    """The countries a place name may be: a country, territory, US state or province."""
    return set(countries.any_country(where)) | ({countries.territory_country(where)} - {None})
