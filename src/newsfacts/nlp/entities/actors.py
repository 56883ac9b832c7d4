"""Actor coding: the ISO3 country, the PLOVER/CAMEO sector and the portfolio of each entity,
with the reason for each part in ``actor.basis``.

The rules, in the order they run (each list is the one place that order is written):

People (:data:`PERSON_RULES`; each rule fills only what is still missing; every dated
source is read on the article's date, ``ActorContext.published``):
  1. text roles: the title's sector and portfolio (``titles.tsv``) when the title is held
     (not "former President", not "President-elect": those give the country only), the
     title's affiliation ("Israeli", "Israel's", "State Department"), else the office's
     default country;
     a party-state tag after the name ("Sen. Jeff Sessions (R-Ala.)": USA, LEG);
  2. text roles our titles lack, just before a name: a candidate ("nominee") is PTY, an
     occupation in PETRARCH2's agents ("businessman") its sector;
  3. own dated lexicon: what a known person was on the date (``people.tsv``);
  4. the field's dictionaries: PETRARCH2's actor entry for the full name on the date (an
     office's sector only from a dated range that began at most six years before: an undated
     code or an old open range gives the country only);
  5. context: for an office holder with no country yet, the country most named in the
     sentences that mention the person (never for an IGO/NGO office, a party, media,
     business or rebel actor, nor for a person a PETRARCH2 entry coded without a country).
A title the text gives is not held on the date when it says so ("former", "-elect") or when
``people.tsv`` lists the person's offices of that name, none held that day ("Secretary
Clinton" in 2016).

Other entities (:data:`OTHER_RULES`; the first rule that applies codes the entity):
  1. a government named after a person ("the Bush administration"): that person's country;
  2. own lexicons: a known organisation (``organisations.tsv``), unless the text names
     another country's institution ("Ivory Coast's Supreme Court");
  2b. the field's dictionaries: PETRARCH2's actor entry for an organisation's name, on the
     article's date, when it gives a sector of our scheme;
  3. a place (:mod:`.place_actors`): a country name, a capital (its government, unless only
     named after "in"/"to" in a story that names its country otherwise), else
     (``countries.place_codes``) the state or country after a comma, a US state or its
     abbreviation (``us_states.tsv``), a province or region (ISO 3166-2), a city; "Georgia"
     by the story's other places; a town abroad in a story about another country: the
     story's namesake, else no country;
  4. a nationality: its country (``demonyms.tsv``); a US state's people ("Texans"): USA;
  5. any other organisation: a country, nationality or US state in its name (real names
     only, capitalised: "and" is no Andorra), a country named before it, a capital,
     territory or province after "of"; the sector from the last word of its name
     (``org_heads.tsv``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from ... import lexicons
from ...lexicons import countries, petrarch
from ...schema import Actor
from .dated import DictCode, country_before_role, dictionary_code, entry_sectors, era_tense, listed_tense, role_before, title_tense
from ..text import doc_text
from .votes import not_own_countries
from .vote_guard import vote_blocked
from .party_state import code_party_state
from .place_actors import city_before_body, place_actor
from .dictionary_guard import foreign_story_body
from .resolution import Cluster
from .roles import code_qualified_role, plain_name, shared_acronym, us_chamber

_STATELESS_SECTORS = ("IGO", "NGO")  # sectors whose holders act for no one country
#: Sectors whose holders the sentence vote leaves alone: a campaign manager in a sentence about
#: Cuba is not Cuban (PolNeAR train), nor is a militant (REB) of the country his story names most.
_NO_VOTE_SECTORS = ("PTY", "MED", "BUS", "REB")
#: The sentence vote's country must be named in the whole text this many times as often as the next.
_VOTE_MARGIN = 1.5


@dataclass
class ActorContext:
    """What the coding of one article knows besides the entity: the countries (places and
    nationalities named by one code) counted per sentence and over the whole document, and
    the actors of the people already coded (by ``id`` of their cluster)."""

    sent_countries: dict[int, Counter]
    doc_countries: Counter
    person_actor: dict[int, Actor]
    published: Optional[str] = None  # the article's day (ISO), None when unknown
    doc: Any = None  # the parsed Doc: the words around titles and names
    places: list = field(default_factory=list)  # the story's places as (name, ISO3 or None, mentions)


def place_names(clusters: list[Cluster]) -> list[tuple[str, Optional[str]]]:
    """The story's places as ``(name without qualifier, ISO3 or None, mentions)``: the context that
    decides an ambiguous town (:mod:`.place_actors`)."""
    return [(oc.mentions[0].text.split(",")[0], oc.codes[0] if len(oc.codes) == 1 else None, len(oc.mentions))
            for oc in clusters if oc.label == "GPE" and oc.mentions]


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


def known_person(c: Cluster, day: Optional[str] = None) -> Optional[tuple[Optional[str], Optional[str]]]:
    """(country, sector) of a known person named by the cluster on ``day``, or None
    (:func:`newsfacts.lexicons.person_on`; no sector when no office is held that day)."""
    found = lexicons.person_on(_name_key(c), day)
    return (found.country, found.sector) if found else None


def _name_key(c: Cluster) -> str:
    """The cluster's fullest name, single-spaced, lower case."""
    return " ".join(c.key.split()).lower()


def _on(day: Optional[str]) -> str:
    """"on 2016-03-11", or the words for an article without a date."""
    return f"on {day}" if day else "with no publication date (an office still held, as far as the source knows)"


# --- people ---------------------------------------------------------------------------


def _tense(c: Cluster, ctx: ActorContext, t) -> str:
    """The title's tense (``current`` without a Doc): the text's words first ("former",
    "-elect"), then the person's offices of that name in ``people.tsv`` on the article's date
    (``listed former``: "Secretary Clinton" in 2016)."""
    tense = title_tense(ctx.doc, t) if ctx.doc is not None else "current"
    if tense == "current":
        listed = listed_tense(c.key, t, ctx.published)
        tense = f"listed {listed}" if listed else tense
    if tense == "current" and ctx.published and ctx.doc is not None and lexicons.person_on(c.key) is None \
            and era_tense(ctx.doc, t, ctx.published):  # a listed person's offices are dated by the list
        tense = "era former"  # "Gov. George Wallace ... in 1963", read in 2016
    return tense


def _not_in_office(c: Cluster, ctx: ActorContext) -> bool:
    """True when the text gives the person only former or future offices ("former President
    Obama", "President-elect Trump"): no dictionary then gives the person an office sector."""
    tenses = [_tense(c, ctx, t) for t in c.titles if t.info.get("sector")]
    return bool(tenses) and "current" not in tenses


def _person_from_titles(actor: Actor, c: Cluster, ctx: ActorContext) -> None:
    """Text roles: sector and portfolio from a title held on the article's date, country from
    its affiliation or office; a former or future title gives the country only."""
    for t in c.titles:
        if actor.sector is None and t.info.get("sector"):
            tense = _tense(c, ctx, t)
            if tense == "current":
                actor.sector = t.info["sector"]
                actor.portfolio = t.info.get("portfolio")
                actor.basis.append(f"sector {actor.sector} from the title '{t.text}'" + (f", portfolio {actor.portfolio}" if actor.portfolio else ""))
                _listed_office_of_title(actor, c, ctx, t)
            else:
                held = "no longer" if tense.endswith("former") else "not yet"
                who = f"lexicons/people.tsv {_on(ctx.published)}" if tense.startswith("listed") else \
                    f"its sentence's year {era_tense(ctx.doc, t, ctx.published)}, read {_on(ctx.published)}," if tense.startswith("era") else "the text"
                actor.basis.append(f"no sector from the title '{t.text}': {who} says the office is {held} held")
        if actor.country is None:
            if t.affiliation and t.affiliation.country:
                actor.country = t.affiliation.country
                actor.basis.append(f"country {actor.country} from '{t.affiliation.text}' in '{t.affiliation.text} {t.text}'" if t.affiliation.start < 10**12 else f"country {actor.country}")
            elif t.info.get("default_country"):
                actor.country = t.info["default_country"]
                actor.basis.append(f"country {actor.country}: '{t.text}' names that country's office unless the text says otherwise")


def _listed_office_of_title(actor: Actor, c: Cluster, ctx: ActorContext, t) -> None:
    """A title the text gives without an organisation ("Chancellor Kenneth Starr") whose word
    names the office ``people.tsv`` lists for the person on the article's date ("President,
    then chancellor, of Baylor University", EDU): that office's sector, the more specific."""
    if t.affiliation is not None:
        return
    found = lexicons.person_on(_name_key(c), ctx.published)
    if found is None or found.valid is None or not found.sector or found.sector == actor.sector:
        return
    if t.key.lower() not in found.note.lower().replace(",", " ").split():
        return
    actor.sector, actor.portfolio = found.sector, found.portfolio
    actor.basis.append(f"sector {found.sector}: the '{t.text}' lexicons/people.tsv lists {_on(ctx.published)} ({found.note})")


def _person_from_role_words(actor: Actor, c: Cluster, ctx: ActorContext) -> None:
    """Text roles our titles lack, just before a name: a candidate ("nominee Donald Trump") is
    PTY; an occupation in PETRARCH2's agents ("businessman", "columnist") its sector."""
    if actor.sector is not None or ctx.doc is None:
        return
    for m in c.mentions:
        found = role_before(ctx.doc, m.start) if m.title is None else None
        if found is None or found[2] is None:
            continue
        phrase, tense, actor.sector = found
        if tense == "candidate":
            actor.basis.append(f"sector PTY: '{phrase}' before the name: a candidate is a party actor, not yet the office sought")
        else:
            actor.basis.append(f"sector {actor.sector} from '{phrase}' before the name (PETRARCH2 agents dictionary)")
        return


def _person_from_nationality_before_role(actor: Actor, c: Cluster, ctx: ActorContext) -> None:
    """Text roles: a nationality before the role words before a name ("German journalist
    Mesale Tolu", "Venezuela's opposition leader Juan Guaido") gives the country; else a role
    qualified by a US state, party or politician (:func:`_person_from_qualified_role`)."""
    _nationality_before_role(actor, c, ctx)
    _person_from_qualified_role(actor, c, ctx)


def _nationality_before_role(actor: Actor, c: Cluster, ctx: ActorContext) -> None:
    """A nationality before the role words before a name: its country."""
    if actor.country is not None or ctx.doc is None:
        return
    text = doc_text(ctx.doc)
    for m in c.mentions:
        if m.title is not None or m.start < 2 or not text[m.start - 2].islower():
            continue  # no lower-case role word right before the name
        found = country_before_role(ctx.doc, m.start)
        if found is not None:
            actor.country = found[0]
            actor.basis.append(f"country {found[0]} from '{found[1]}' before the name")
            return


def _person_from_qualified_role(actor: Actor, c: Cluster, ctx: ActorContext) -> None:
    """Text roles: a role qualified by a US state, party or politician, a US state's office,
    an AP-style US title (:func:`.roles.code_qualified_role`)."""
    if ctx.doc is not None:
        code_qualified_role(actor, c, ctx, lambda: not _not_in_office(c, ctx), _on(ctx.published))


def _fill(actor: Actor, c: Cluster, ctx: ActorContext, country: Optional[str], sector: Optional[str],
          portfolio: Optional[str]) -> list[str]:
    """Fill the actor's missing parts from a dictionary's code; the parts filled, in words.
    No sector where the text gives another country or only a former or future office."""
    parts = []
    if actor.country is None and country:
        actor.country = country
        parts.append(f"country {country}")
    if actor.sector is None and sector and actor.country == country and not _not_in_office(c, ctx):
        actor.sector, actor.portfolio = sector, portfolio
        parts.append(f"sector {sector}" + (f", portfolio {portfolio}" if portfolio else ""))
    return parts


def _person_from_people_lexicon(actor: Actor, c: Cluster, ctx: ActorContext) -> None:
    """Own dated lexicon: what a known person was on the article's date (``people.tsv``) fills
    what the text left open."""
    if actor.country is not None and actor.sector is not None:
        return
    found = lexicons.person_on(_name_key(c), ctx.published)
    parts = _fill(actor, c, ctx, found.country, found.sector, found.portfolio) if found else []
    if not parts:
        return
    actor.entry = found.entry
    same = (actor.sector, actor.portfolio) == (found.sector, found.portfolio)
    if found.valid and same:
        actor.valid = list(found.valid)
        agree = "" if parts[-1].startswith("sector") else ", as the text says"
        why = f"the office held {_on(ctx.published)}{agree}: {found.note}, {found.valid[0] or '...'} to {found.valid[1] or 'today'}"
    elif found.valid:
        why = f"a known person's country; the office listed {_on(ctx.published)} ({found.note}) is not the one the text gives"
    else:
        why = f"no office held {_on(ctx.published)}: the country of every office listed"
    actor.basis.append(f"{', '.join(parts)}: {why} (lexicons/people.tsv)")


def _unless_homonym(found: Optional[DictCode], ctx: ActorContext, *, person: bool = True) -> Optional[DictCode]:
    """The dictionary code, unless it gives a country the text never names: a namesake in
    another country ("George Wallace" is also a Liberian in PETRARCH2's dictionaries). An
    organisation's name is rarely shared: it only needs the text to name no other country
    instead ("the Federal Reserve" in a text that names no country keeps USA)."""
    if found is None or not found.country or ctx.doc_countries.get(found.country):
        return found
    return None if person or ctx.doc_countries else found


def _person_from_dictionaries(actor: Actor, c: Cluster, ctx: ActorContext) -> None:
    """The field's dictionaries: PETRARCH2's actor entry for the cluster's full name (never a
    surname alone), read on the article's date, for people our lexicon does not list."""
    if actor.country is not None and actor.sector is not None:
        return
    key = _name_key(c)
    if len(key.split()) < 2 or key in lexicons.people()["name"]:
        return
    raw = dictionary_code(key, ctx.published, person=True)
    found = _unless_homonym(raw, ctx)
    agrees = found is None and raw is not None and _title_agrees(c, ctx, key, raw.country)
    found = raw if agrees else found
    stale = found is not None and found.sector is not None and _stale_entry(found, ctx.published)
    if stale:
        found = found._replace(sector=None, portfolio=None)
    parts = _fill(actor, c, ctx, found.country, found.sector, found.portfolio) if found else []
    if not parts:
        return
    actor.entry = found.entry
    actor.valid = list(found.valid) if found.valid and parts[-1].startswith("sector") else None
    span = f" {found.valid[0] or '...'} to {found.valid[1] or 'open'}" if found.valid else ""
    why = f"; the text names no country but the entry's title '{agrees}' agrees" if agrees else ""
    why += f"; no sector: {stale}" if stale else ""
    actor.basis.append(f"{', '.join(parts)}: {found.entry} {found.code or ''}{span} {_on(ctx.published)} ({found.rule}{why}; PETRARCH2 dictionaries)")


#: A PETRARCH2 person entry open since more years than this before the article is stale: the
#: dictionaries stopped being updated, so "open" means "end unknown" (PolNeAR train: Robert
#: Zoellick, World Bank 2007-"open", coded IGO in 2016; Htay Oo, minister 2004-"open", in 2015).
_OPEN_ENTRY_YEARS = 6
#: The sectors of an office, which ends (a rebel leader's or a businessman's code does not).
_OFFICE_SECTORS = ("GOV", "MIL", "LEG", "JUD", "COP", "SPY", "IGO")


def _stale_entry(found: DictCode, published: Optional[str]) -> str:
    """Why a PETRARCH2 person code's sector is not trusted on the article's date, or "": an
    undated (default) code names no time at all ("John Kirby" under the US military), an
    open-ended range that began long before the article may have ended since."""
    if not published or len(published) < 4 or not published[:4].isdigit():
        return ""
    if found.sector not in _OFFICE_SECTORS:
        return ""
    if found.valid is None:
        return "the entry's code carries no dates"
    start, end = found.valid
    if end is None and start and start[:4].isdigit() and int(published[:4]) - int(start[:4]) > _OPEN_ENTRY_YEARS:
        return f"the range is open since {start[:4]}, more than {_OPEN_ENTRY_YEARS} years before the article"
    return ""


def _title_agrees(c: Cluster, ctx: ActorContext, key: str, country: Optional[str]) -> Optional[str]:
    """The text's title of the person when it agrees with the PETRARCH2 entry of that name
    though the text never names the entry's country ("Vice-President Moody Awori" and the
    entry KENGOV, in a sentence that names no country): a title of a sector the entry's
    ranges hold, no affiliation, and no other country named in the text; else None."""
    if not country or any(code != country for code in ctx.doc_countries):
        return None
    sectors = entry_sectors(key)
    for t in c.titles:
        local = t.key in lexicons.entity_words("local_office") or t.text.lower() in lexicons.entity_words("local_office")
        if t.info.get("sector") in sectors and not local and not (t.affiliation and t.affiliation.country):
            return t.text
    return None


def _person_from_sentence_countries(actor: Actor, c: Cluster, ctx: ActorContext) -> None:
    """Context, last and strict: an office holder with no country takes the one most named in
    the sentences that mention them, only when it is also the document's country: the most
    named in the whole text, at least ``_VOTE_MARGIN`` times as often as the next (a US
    congressman in a sentence about Russia stays uncoded), unless :mod:`.vote_guard` says no."""
    if actor.country is not None or actor.sector is None or actor.sector in _STATELESS_SECTORS + _NO_VOTE_SECTORS:
        return
    if actor.entry and actor.entry.startswith("petrarch:"):
        return  # the dictionary coded the person with no country (an international actor)
    votes: Counter = Counter()
    for s in {m.sent for m in c.mentions}:
        votes.update(ctx.sent_countries.get(s, Counter()))
    votes.subtract(not_own_countries(ctx.doc, c.mentions))
    votes = +votes
    if not votes:
        return
    scored = sorted(((n + 0.1 * ctx.doc_countries[code], code) for code, n in votes.items()), reverse=True)
    if len(scored) > 1 and scored[0][0] <= scored[1][0]:
        return
    winner = scored[0][1]
    (top, n_top), *rest = ctx.doc_countries.most_common(2)
    if top != winner or (rest and n_top < _VOTE_MARGIN * rest[0][1]) or vote_blocked(winner, ctx.doc, list(ctx.person_actor.values()), ctx.published):
        return
    actor.country = winner
    actor.basis.append(
        f"country {winner} inferred from the countries named in the sentences that mention this person, "
        "and the country the whole text names most (no explicit affiliation)"
    )


def _person_from_party_state(actor: Actor, c: Cluster, ctx: ActorContext) -> None:
    """Text roles: the party-state tag after a name (:func:`.party_state.code_party_state`); a
    legislator's sector only while the text gives no former or future office."""
    if (actor.country is not None and actor.sector is not None) or ctx.doc is None:
        return
    code_party_state(actor, doc_text(ctx.doc), c.mentions, lambda: not _not_in_office(c, ctx))


#: The person rules, in order: text roles -> own dated lexicon -> the field's dictionaries -> context.
PERSON_RULES: tuple[Callable[[Actor, Cluster, ActorContext], None], ...] = (
    _person_from_titles,
    _person_from_party_state,
    _person_from_role_words,
    _person_from_nationality_before_role,
    _person_from_people_lexicon,
    _person_from_dictionaries,
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
        known = known_person(c.org["person"], ctx.published)
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
    return shared_acronym(actor, c, ctx)


def _dictionary_organisation(c: Cluster, ctx: ActorContext) -> Optional[Actor]:
    """The field's dictionaries: PETRARCH2's actor entry for an organisation's name (a
    one-word name only when it is the entry's own name, "CNN", never an alias such as
    "Obama"), read on the article's date; only a code with a sector of our scheme applies,
    and a country named before it wins ("Pakistan's Senate")."""
    if c.label != "ORG" or c.org:
        return None
    name = max((m.text for m in c.mentions), key=len)
    phrase = " ".join(name.split())
    if len(phrase.split()) == 1 and not any(e.id == phrase.upper() for e in petrarch.actor_entries(phrase)):
        return None
    found = _unless_homonym(dictionary_code(phrase, ctx.published, person=True), ctx, person=False)
    if found is None or found.sector is None:
        return None
    actor = Actor(country=found.country, sector=found.sector, portfolio=found.portfolio)
    actor.entry = found.entry
    actor.valid = list(found.valid) if found.valid else None
    span = f" {found.valid[0] or '...'} to {found.valid[1] or 'open'}" if found.valid else ""
    actor.basis.append(f"{found.entry} {found.code}{span} {_on(ctx.published)} ({found.rule}; PETRARCH2 dictionaries)")
    named = _named_before(c)
    if len(named) == 1 and actor.sector not in _STATELESS_SECTORS and next(iter(named)) != actor.country:
        actor.country = next(iter(named))
        actor.basis.append(f"country {actor.country} from the country named before it")
    return foreign_story_body(actor, phrase, ctx)  # "The National Security Council" in an Afghan story


def _nationality(c: Cluster, ctx: ActorContext) -> Optional[Actor]:
    """A nationality is its country; the people of a US state ("Texans"), the US."""
    if c.label != "NORP":
        return None
    actor = Actor()
    if len(c.codes) == 1:
        actor.country = c.codes[0]
        if c.key.startswith("norp:") and c.key[5:] == actor.country:
            actor.basis.append(f"nationality -> {actor.country}")
        else:
            found = countries.place_codes(c.mentions[0].text)
            state = countries.us_state_name(c.mentions[0].text, demonym=True)
            what = f"the people of {state}" if state else (found[1] if found else "a place")
            actor.basis.append(f"{what} -> {actor.country}")
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
    code, word_basis = _country_from_name(name, ctx)
    if code:
        actor.country = code
        actor.basis.append(word_basis)
    elif len(named) == 1:
        actor.country = next(iter(named))
        actor.basis.append(f"country {actor.country} from the country named before it ('Iraq's ...', 'Iraqi ...') or the seat after it ('... in Baghdad')")
    elif len(words) > 1 and plain_name(c, ctx.doc) and (owner := lexicons.person_on(words[0], ctx.published)) and owner.country:
        actor.country = owner.country  # "Trump University", "Clinton Foundation": a listed surname
        actor.basis.append(f"country {owner.country} of '{words[0]}' (lexicons/people.tsv), whom the name is after")
    elif " of " in name:
        # "the United Bus Company of Tehran": a capital or city after "of"
        tail = name.rsplit(" of ", 1)[1].strip()
        found = countries.subnational_place(tail)  # "the Government of Punjab": one country only
        code = countries.capital_country(tail) or countries.territory_country(tail) or (
            found[0][0] if found and len(found[0]) == 1 else None
        )
        if code:
            actor.country = code
            actor.basis.append(f"country {code} from '{tail}' in the name")
    heads = lexicons.org_heads()
    head_words = name.split(" of ")[0].split() if " of " in name else words
    last = head_words[-1].lower().strip(".,") if head_words else ""
    two = " ".join(w.lower().strip(".,") for w in head_words[-2:]) if len(head_words) > 1 else ""
    head = two if two in heads else last  # "Indian Air Force": "air force", not "force"
    if words and words[0].lower() in lexicons.entity_words("chamber_first") and last in lexicons.entity_words("chamber_committee"):
        actor.sector = "LEG"
        actor.basis.append(f"sector LEG: a committee of a legislature ('{words[0]} ... {head_words[-1]}')")
        us_chamber(actor, words[0], ctx)
    elif len(words) == 1 and last in lexicons.entity_words("us_chamber"):
        actor.sector = "LEG"
        actor.basis.append(f"sector LEG: '{name}' names a legislature's chamber")
        us_chamber(actor, words[0], ctx)
    elif len(words) > 1 and last in lexicons.entity_words("state_chamber") and countries.us_state_name(" ".join(words[:-1])):
        actor.country, actor.sector = "USA", "LEG"  # "Kentucky House": the state's legislature
        actor.basis[:] = [f"USA LEG: '{name}' is a chamber of a US state's legislature"]
    elif head in heads:
        actor.sector = heads[head]
        actor.basis.append(f"sector {actor.sector} from '{' '.join(head_words[-len(head.split()):])}'")
        found = None if actor.country else city_before_body(head_words[: -len(head.split())], actor.sector, ctx)
        if found:  # "Chicago Police Department"
            actor.country = found[0]
            actor.basis.append(found[1])
    return actor


def _country_from_name(name: str, ctx: ActorContext) -> tuple[Optional[str], str]:
    """The country the words of an organisation's name denote, and the basis: one country
    ("Russian Foreign Ministry", "Texas Rangers"); an ambiguous word ("Georgia Tech") takes the
    one of its countries the story names and the other not."""
    found = countries.countries_in_words(name)
    if len(found) != 1:
        return None, ""
    if len(found[0]) == 1:
        return found[0][0], f"country {found[0][0]} from a word of the name '{name}'"
    present = [code for code in found[0] if ctx.doc_countries.get(code)]
    if len(present) == 1:
        return present[0], f"country {present[0]} from a word of the name '{name}' ({' or '.join(found[0])}: the story names {present[0]})"
    return None, ""


def _affiliate_of_person(c: Cluster, ctx: ActorContext) -> Optional[Actor]:
    """"the Trump campaign", "Sanders supporters": a group affiliated with a person takes
    that person's country as its affiliation, and its own sector from the word that names
    it (``entity_affiliates.tsv``: a campaign is PTY, supporters have none); never the
    person's identity or sector."""
    if not (c.org and "affiliate_of" in c.org):
        return None
    person = c.org["affiliate_of"]
    actor = Actor()
    pa = ctx.person_actor.get(id(person))
    country = None
    if pa and pa.country and not any("inferred" in b for b in pa.basis):
        country = pa.country  # a guess from the sentences around the person is not passed on
    if country is None and pa is None:  # every mention of the person was in the group's name
        known = known_person(person, ctx.published)
        country = known[0] if known else None
    if country:
        actor.country = country
        actor.basis.append(f"country {country}: the country of '{person.key}', whom the {c.org['head']} is affiliated with")
    if c.org.get("sector"):
        actor.sector = c.org["sector"]
        actor.basis.append(f"sector {actor.sector} from '{c.org['head']}' (lexicons/entity_affiliates.tsv)")
    return actor


#: The rules for organisations, places and nationalities, in order: the first that applies
#: codes the entity (text roles -> own lexicons -> what the name and the text say).
OTHER_RULES: tuple[Callable[[Cluster, ActorContext], Optional[Actor]], ...] = (
    _affiliate_of_person,
    _government_of_person,
    _known_organisation,
    _dictionary_organisation,
    place_actor,
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
