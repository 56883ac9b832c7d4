"""The filter vocabulary shared by the CLI, the web page and the Python API: an actor filter
is a country, a sector or both (``USA``, ``GOV``, ``USA GOV``, ``usa.gov``), or a name; an
event type is a PLOVER type or a quad class. A value outside the vocabulary is an error that
lists the valid values, never a filter that silently matches nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from .. import lexicons
from ..errors import E_FILTER, NewsfactsError
from ..lexicons import countries

QUAD_CLASSES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
_PARTS = re.compile(r"[\s./_:-]+")


class ActorFilter(NamedTuple):
    """What one side of an event must be: a country and/or a sector, or a name (substring)."""

    country: Optional[str] = None
    sector: Optional[str] = None
    name: Optional[str] = None


@lru_cache(maxsize=1)
def sectors() -> frozenset[str]:
    """Every sector code our lexicons give (titles, organisations, name heads, the CAMEO table)."""
    found = {r[3] for r in lexicons.rows("cameo_actor_codes.tsv") if len(r) > 3 and r[1] == "role" and r[3]}
    found |= {v["sector"] for v in lexicons.titles().values() if v.get("sector")}
    found |= {v["sector"] for v in lexicons.organisations().values() if v.get("sector")}
    found |= set(lexicons.org_heads().values())
    return frozenset(s for s in found if re.fullmatch(r"[A-Z]{3}", s))


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166 alpha-3 codes (pycountry), plus the codes our lexicons use for places it lacks."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def parse_actor(value: Optional[str]) -> Optional[ActorFilter]:
    """An actor filter: ``USA``, ``GOV``, ``USA GOV``, ``usa.gov``, a country name (``Israel``)
    or a person's or organisation's name.

    Raises:
        NewsfactsError: NF310 for a three-letter code that is neither a country nor a sector.
    """
    if value is None or not value.strip():
        return None
    parts = [p for p in _PARTS.split(value.strip()) if p]
    upper = [p.upper() for p in parts]
    if len(parts) <= 2 and all(len(p) == 3 for p in parts):
        country = next((p for p in upper if p in country_codes()), None)
        sector = next((p for p in upper if p in sectors()), None)
        if len([x for x in (country, sector) if x]) == len(parts) and (len(parts) == 1 or (country and sector)):
            return ActorFilter(country, sector)
        if len(parts) == 2 or value.strip().isupper():
            raise NewsfactsError(
                f"{value!r} is not a country, a sector or both: sectors are {', '.join(sorted(sectors()))}; "
                "countries are ISO 3166 alpha-3 codes (USA, ISR, ...)", code=E_FILTER)
    named = countries.country_codes(value.strip())
    if len(named) == 1:
        return ActorFilter(named[0], None)
    return ActorFilter(name=value.strip())


def parse_event_type(value: Optional[str]) -> Optional[str]:
    """A PLOVER event type (upper case) or a quad class (lower case), any case given.

    Raises:
        NewsfactsError: NF310 for anything else, listing the valid values.
    """
    if value is None or not value.strip():
        return None
    from ..nlp.events import plover_types

    v = " ".join(value.strip().replace("_", " ").split())
    if v.upper() in plover_types():
        return v.upper()
    if v.lower() in QUAD_CLASSES:
        return v.lower()
    raise NewsfactsError(f"unknown event type {value!r}: PLOVER types are {', '.join(plover_types())}; "
                         f"quad classes are {', '.join(QUAD_CLASSES)}", code=E_FILTER)
