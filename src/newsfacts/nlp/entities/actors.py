"""Actor coding: the ISO3 country, the PLOVER/CAMEO sector and the portfolio of each entity,
with the reason for each part in ``actor.basis``.

The rules, in the order they run (each list is the one place that order is written):

People (:data:`PERSON_RULES`; each rule fills only what is still missing):
  1. text roles: the title's sector and portfolio (``titles.tsv``), the title's affiliation
     ("Israeli", "Israel's", "State Department"), else the office's default country;
  2. own lexicons: a known office holder (``people.tsv``);
  3. context: for an office holder with no country yet, the country most named in the
     sentences that mention the person (never for an IGO/NGO office).

Other entities (:data:`OTHER_RULES`; the first rule that applies codes the entity):
  1. a government named after a person ("the Bush administration"): that person's country;
  2. own lexicons: a known organisation (``organisations.tsv``), unless the text names
     another country's institution ("Ivory Coast's Supreme Court");
  3. a place: a country name, a capital (its government), a city;
  4. a nationality: its country (``demonyms.tsv``);
  5. any other organisation: a country word in its name, a country named before it, a
     city after "of"; the sector from the last word of its name (``org_heads.tsv``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Optional

from ... import lexicons
from ...lexicons import countries
from ...schema import Actor
from .resolution import Cluster

_STATELESS_SECTORS = ("IGO", "NGO")  # sectors whose holders act for no one country


@dataclass
class ActorContext:
    """What the coding of one article knows besides the entity: the countries (places and
    nationalities named by one code) counted per sentence and over the whole document, and
    the actors of the people already coded (by ``id`` of their cluster)."""

    sent_countries: dict[int, Counter]
    doc_countries: Counter
    person_actor: dict[int, Actor]


def country_counts(clusters: list[Cluster]) -> tuple[dict[int, Counter], Counter]:
    """The countries named by places and nationalities with one code: (per sentence, whole document)."""
    doc_countries: Counter = Counter()
    sent_countries: dict[int, Counter] = defaultdict(Counter)
    for oc in clusters:
        if oc.label in ("GPE", "NORP") and len(oc.codes) == 1:
            for m in oc.mentions:
                doc_countries[oc.codes[0]] += 1
                sent_countries[m.sent][oc.codes[0]] += 1
    return sent_countries, doc_countries


def known_person(c: Cluster) -> Optional[tuple[Optional[str], Optional[str]]]:
    """(country, sector) of a well-known office holder named by the cluster, or None."""
    known = lexicons.people()
    key = " ".join(c.key.split()).lower()
    if key in known["name"]:
        return known["name"][key]
    if len(key.split()) == 1:
        return known["surname"].get(key)
    return None


# --- people ---------------------------------------------------------------------------


def _person_from_titles(actor: Actor, c: Cluster, ctx: ActorContext) -> None:
    """Text roles: sector and portfolio from a title, country from its affiliation or office."""
    for t in c.titles:
        if actor.sector is None and t.info.get("sector"):
            actor.sector = t.info["sector"]
            actor.portfolio = t.info.get("portfolio")
            actor.basis.append(f"sector {actor.sector} from the title '{t.text}'" + (f", portfolio {actor.portfolio}" if actor.portfolio else ""))
        if actor.country is None:
            if t.affiliation and t.affiliation.country:
                actor.country = t.affiliation.country
                actor.basis.append(f"country {actor.country} from '{t.affiliation.text}' in '{t.affiliation.text} {t.text}'" if t.affiliation.start < 10**12 else f"country {actor.country}")
            elif t.info.get("default_country"):
                actor.country = t.info["default_country"]
                actor.basis.append(f"country {actor.country}: '{t.text}' names that country's office unless the text says otherwise")


def _person_from_people_lexicon(actor: Actor, c: Cluster, ctx: ActorContext) -> None:
    """Own lexicons: a known office holder (``people.tsv``) fills what the text left open."""
    if actor.country is not None and actor.sector is not None:
        return
    known = known_person(c)
    if known is None:
        return
    country, sector = known
    if actor.country is None and country:
        actor.country = country
        actor.basis.append(f"country {country}: a known office holder (lexicons/people.tsv)")
    if actor.sector is None and sector:
        actor.sector = sector
        actor.basis.append(f"sector {sector}: a known office holder (lexicons/people.tsv)")


def _person_from_sentence_countries(actor: Actor, c: Cluster, ctx: ActorContext) -> None:
    """Context: an office holder with no country takes the one most named around them."""
    if actor.country is not None or actor.sector is None or actor.sector in _STATELESS_SECTORS:
        return
    votes: Counter = Counter()
    for s in {m.sent for m in c.mentions}:
        votes.update(ctx.sent_countries.get(s, Counter()))
    if votes:
        scored = sorted(((n + 0.1 * ctx.doc_countries[code], code) for code, n in votes.items()), reverse=True)
        if len(scored) == 1 or scored[0][0] > scored[1][0]:
            actor.country = scored[0][1]
            actor.basis.append(
                f"country {actor.country} inferred from the countries named in the sentences that mention this person (no explicit affiliation)"
            )


#: The person rules, in order: text roles -> own lexicons -> context.
PERSON_RULES: tuple[Callable[[Actor, Cluster, ActorContext], None], ...] = (
    _person_from_titles,
    _person_from_people_lexicon,
    _person_from_sentence_countries,
)


def person_actor(c: Cluster, ctx: ActorContext) -> Actor:
    """The actor code of a person: :data:`PERSON_RULES` in order, each filling what is missing."""
    actor = Actor()
    for rule in PERSON_RULES:
        rule(actor, c, ctx)
    return actor


# --- organisations, places, nationalities ---------------------------------------------


def _government_of_person(c: Cluster, ctx: ActorContext) -> Optional[Actor]:
    """"the Bush administration": the government of the person it is named after."""
    if not (c.org and "person" in c.org):
        return None
    actor = Actor()
    pa = ctx.person_actor.get(id(c.org["person"]))
    if pa and pa.country:
        actor.country = pa.country
    else:  # "the Bush administration" with no other mention of Bush
        known = known_person(c.org["person"])
        if known and known[0]:
            actor.country = known[0]
    actor.sector = "GOV"
    actor.basis.append("the government led by the person it is named after")
    return actor


def _named_before(c: Cluster) -> set[str]:
    """The countries named just before the cluster's mentions ("Iraq's ...", "Iraqi ...")."""
    return {m.pre_country for m in c.mentions if m.pre_country}


def _known_organisation(c: Cluster, ctx: ActorContext) -> Optional[Actor]:
    """Own lexicons: a known organisation, unless the text names another country's institution."""
    if not c.org:
        return None
    named = _named_before(c)
    actor = Actor()
    actor.country = c.org.get("country")
    actor.sector = c.org.get("sector")
    actor.basis.append(f"known organisation '{c.org['canonical']}' (lexicons/organisations.tsv)")
    if len(named) == 1 and actor.sector not in _STATELESS_SECTORS and next(iter(named)) != actor.country:
        # "Ivory Coast's Supreme Court": the text names another country's institution
        actor.country = next(iter(named))
        actor.basis.append(f"country {actor.country} from the country named before it")
    return actor


def _place(c: Cluster, ctx: ActorContext) -> Optional[Actor]:
    """A country name is its country; a capital, its government; a city, its country."""
    if c.label != "GPE":
        return None
    actor = Actor()
    if len(c.codes) == 1:
        actor.country = c.codes[0]
        if c.key.startswith("country:"):
            actor.basis.append(f"country name -> {actor.country}")
        else:
            name = c.mentions[0].text.split(",")[0]
            if countries.capital_country(name):
                actor.sector = "GOV"
                actor.basis.append(f"capital of {actor.country}: as an actor, its government")
            else:
                actor.basis.append(f"city in {actor.country} (GeoNames)")
    return actor


def _nationality(c: Cluster, ctx: ActorContext) -> Optional[Actor]:
    """A nationality is its country."""
    if c.label != "NORP":
        return None
    actor = Actor()
    if len(c.codes) == 1:
        actor.country = c.codes[0]
        actor.basis.append(f"nationality -> {actor.country}")
    return actor


def _organisation_by_name(c: Cluster, ctx: ActorContext) -> Optional[Actor]:
    """Another organisation: country from its name or from the country named before it,
    sector from the last word of its name."""
    if c.label != "ORG":
        return None
    actor = Actor()
    named = _named_before(c)
    name = max((m.text for m in c.mentions), key=len)
    words = name.split()
    code = countries.country_in_words(name)
    if code:
        actor.country = code
        actor.basis.append(f"country {code} from a word of the name '{name}'")
    elif len(named) == 1:
        actor.country = next(iter(named))
        actor.basis.append(f"country {actor.country} from the country named before it ('Iraq's ...', 'Iraqi ...')")
    elif " of " in name:
        # "the United Bus Company of Tehran": a capital or city after "of"
        tail = name.rsplit(" of ", 1)[1].strip()
        code = countries.capital_country(tail) or countries.territory_country(tail)
        if code:
            actor.country = code
            actor.basis.append(f"country {code} from '{tail}' in the name")
    heads = lexicons.org_heads()
    head_words = name.split(" of ")[0].split() if " of " in name else words
    last = head_words[-1].lower().strip(".,") if head_words else ""
    if last in heads:
        actor.sector = heads[last]
        actor.basis.append(f"sector {actor.sector} from '{words[-1]}'")
    return actor


#: The rules for organisations, places and nationalities, in order: the first that applies
#: codes the entity (text roles -> own lexicons -> what the name and the text say).
OTHER_RULES: tuple[Callable[[Cluster, ActorContext], Optional[Actor]], ...] = (
    _government_of_person,
    _known_organisation,
    _place,
    _nationality,
    _organisation_by_name,
)


def other_actor(c: Cluster, ctx: ActorContext) -> Actor:
    """The actor code of an organisation, place or nationality (:data:`OTHER_RULES`)."""
    for rule in OTHER_RULES:
        actor = rule(c, ctx)
        if actor is not None:
            return actor
    return Actor()
