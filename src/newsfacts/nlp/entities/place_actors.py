"""Actor codes of places (:data:`newsfacts.nlp.entities.actors.OTHER_RULES`, rule 3): a
country name is its country; a capital, its government (unless the story only names it as a
place); a state, province or city, its country, checked against the story's other places."""

from __future__ import annotations

from collections import Counter
from typing import Any, Optional

from ... import lexicons
from ...lexicons import countries
from ...schema import Actor
from .. import places
from ..text import doc_text
from .groups import is_dateline, region_without_suffix
from .place_in_place import town_in_named_place
from .resolution import Cluster, token_at


def place_actor(c: Cluster, ctx: Any) -> Optional[Actor]:
    """A country name is its country; a capital, its government; a state, province or city,
    its country (:func:`newsfacts.lexicons.countries.place_codes` says which, in order)."""
    if c.label != "GPE":
        return None
    actor = Actor()
    if len(c.codes) == 1:
        actor.country = c.codes[0]
        if c.key.startswith("country:"):
            actor.basis.append(f"country name -> {actor.country}")
        else:
            name = c.mentions[0].text.split(",")[0]
            if countries.capital_country(name) == actor.country and _only_a_place(c, ctx):
                actor.basis.append(f"capital of {actor.country}, named only as a place ('in ...', 'to ...'): no sector")
            elif countries.capital_country(name) == actor.country and _only_a_modifier(c, ctx):
                actor.basis.append(f"capital of {actor.country}, named only as a noun's modifier ('a Paris court'): no sector")
            elif countries.capital_country(name) == actor.country:  # not "Vienna, Va."
                actor.sector = "GOV"
                actor.basis.append(f"capital of {actor.country}: as an actor, its government")
            else:
                actor.basis.append(_place_basis(c, actor.country))
                town_in_named_place(actor, c, ctx)  # "Bethlehem in the West Bank"
                _town_in_story(actor, c, ctx)
    return actor


def _only_a_place(c: Cluster, ctx: Any) -> bool:
    """True when every mention of a capital follows a place preposition ("in", "to": the
    ``place_preposition`` words of ``entity_words.tsv``) or is a dateline, and the story names
    its country otherwise too: the city, not its government. A capital that is its country's
    only mention keeps the government's reading, unless every mention is a dateline."""
    doc = ctx.doc
    if doc is None:
        return False
    text = doc_text(doc)
    datelines = [is_dateline(text, m.start, m.end) for m in c.mentions]
    if all(datelines):
        return True  # "PARIS — ": where the story was filed, never an actor
    if ctx.doc_countries.get(c.codes[0], 0) <= len(c.mentions):
        return False
    preps = lexicons.entity_words("place_preposition")
    for m, dateline in zip(c.mentions, datelines):
        i = token_at(doc, m.start)
        if not dateline and (i == 0 or doc[i - 1].lower_ not in preps):
            return False
    return True


def _only_a_modifier(c: Cluster, ctx: Any) -> bool:
    """True when every mention of a capital modifies a noun after it, as a determiner before
    the capital shows ("a Paris court", "a Washington, DC, gifts store": the determiner belongs
    to the noun): the city names where the thing is, not its government."""
    doc = ctx.doc
    if doc is None:
        return False
    for m in c.mentions:
        i = token_at(doc, m.start)
        last = token_at(doc, m.end - 1)
        if i == 0 or doc[i - 1].dep_ != "det" or doc[i].dep_ not in _MODIFIER_DEPS or doc[i].head.i <= last:
            return False
    return True


#: The dependencies of a noun's modifier, for :func:`_only_a_modifier`.
_MODIFIER_DEPS = frozenset(("compound", "nmod", "amod"))

#: A town abroad is trusted only when the story names its country elsewhere or it is this big.
_TOWN_POPULATION = 500_000
#: ... and doubted when the story names another country at least this many times.
_TOWN_OTHER_COUNTRY = 3


def _town_in_story(actor: Actor, c: Cluster, ctx: Any) -> None:
    """A town that only GeoNames codes, in a country the story names nowhere else (but by
    such towns) while it
    names another often: the story's namesake when its other places decide it ("Manchester"
    beside "N.H.": :func:`story_reading`), else no country when every
    entry of the name is a town (the gazetteer holds towns of 15,000 people and more, so a
    smaller namesake in the story's country is missing: "Ripley", Miss., became the English
    town on PolNeAR train)."""
    code = actor.country
    if code is None or not actor.basis[-1].startswith("city in"):
        return
    towns = sum(k for name, cc, k in ctx.places if cc == code and _town_only(name))
    if ctx.doc_countries.get(code, 0) > towns:
        return
    others = [(n, k) for k, n in ctx.doc_countries.items() if k != code]
    if not others or max(others)[0] < _TOWN_OTHER_COUNTRY:
        return
    n, other = max(others)
    name = c.mentions[0].text.split(",")[0]
    context = [(p, cc) for p, cc, _k in ctx.places if p != name]
    found = story_reading(name, context, ctx.doc_countries - Counter({code: towns}))
    if found is not None and found.country != code:
        actor.country = found.country
        actor.basis.append(f"country {found.country}: the story's other places point to {found.label()}, "
                           f"and the story names {code} nowhere else")
        return
    cands = places.candidates(name)
    if not cands or any(p.kind != "city" or p.population >= _TOWN_POPULATION for p in cands):
        return
    actor.country = None
    actor.basis.append(f"no country: a town of {code} in GeoNames, a country the story names nowhere else, "
                       f"while it names {other} {n} times: likely a smaller namesake the gazetteer lacks")


def _town_only(name: str) -> bool:
    """True for a place name no lexicon knows but as a GeoNames town: no country, capital,
    territory, US state or province ("Ripley", not "Mississippi")."""
    return not (countries.country_codes(name) or countries.capital_country(name) or countries.territory_country(name)
                or countries.subnational_place(name) or countries.us_state_name(name))


def _place_basis(c: Cluster, country: str) -> str:
    """Why a place that is no country and no capital is coded ``country``, in words."""
    name = c.mentions[0].text
    if countries.country_codes(name) and countries.us_state_name(name):
        return f"US state {countries.us_state_name(name)}: the story names other US places and nothing of the country {name}"
    found = countries.place_codes(name, abbreviation=True) or region_without_suffix(name)
    if found is None or country not in found[0]:
        return f"city in {country} (GeoNames)"
    basis = found[1]
    if len(found[0]) > 1:
        basis += f"; of {', '.join(found[0])}, the story names only {country}"
    return basis if basis.startswith(("city in", "place in", "territory")) else f"{basis} -> {country}"


#: Sectors of an organisation's head word that make the city named before it the body's own
#: place: a city's police, government, council or court ("Chicago Police Department": USA COP).
_LOCAL_SECTORS = frozenset({"COP", "GOV", "LEG", "JUD"})
#: A city this big is trusted alone; a smaller one when the story names its country.
_CITY_ALONE = 100_000


def city_before_body(lead: list[str], sector: Optional[str], ctx: Any) -> Optional[tuple[str, str]]:
    """The country of a local body named after its city ("Chicago Police Department",
    "Toronto City Council"), and the basis, or None.

    Args:
        lead: the words of the name before its head word ("Chicago" of "Chicago Police
            Department"), capitalised; the longest run of them that is a place counts.
        sector: the sector the head word gives (only a local body's: police, government,
            legislature, court).
        ctx: the actor context (the countries the story names decide between namesakes).
    """
    if sector not in _LOCAL_SECTORS:
        return None
    for n in range(min(3, len(lead)), 0, -1):
        words = lead[:n]
        if not all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words):
            continue
        name = " ".join(words)
        cands = [p for p in places.candidates(name) if p.kind in ("city", "capital", "state")]
        if not cands:
            continue
        codes = {p.country for p in cands}
        big = {p.country for p in cands if p.population >= _CITY_ALONE or p.kind == "state"}
        named = {code for code in codes if ctx.doc_countries.get(code)}
        if len(big) == 1 and (big == codes or big == named or not named):
            code, why = next(iter(big)), f"a place of over {_CITY_ALONE:,} people or a US state"
        elif len(named) == 1 and (len(codes) == 1 or not big - named):
            code, why = next(iter(named)), "the story names that country"
        else:
            return None
        return code, f"country {code}: '{name}', whose local body it is, is in {code} ({why})"
    return None


def story_reading(name: str, others: list[tuple[str, Optional[str]]], entity_countries: Counter):
    """The gazetteer entry a place name denotes when the story's other places or entities decide
    it (:func:`newsfacts.nlp.places.story_choice`: "Manchester" beside "N.H." is the New Hampshire
    city), else None (one entry only, or nothing in the story decides).

    Args:
        name: the place name, without a qualifier.
        others: the story's other places as ``(name, ISO3 or None)``.
        entity_countries: ISO3 -> how many of the story's other entities point to it.
    """
    cands = places.candidates(name)
    if len(cands) < 2:
        return None
    chosen = places.story_choice(cands, [places.first_reading(n, code) for n, code in others], entity_countries)
    return chosen[0] if chosen is not None else None
