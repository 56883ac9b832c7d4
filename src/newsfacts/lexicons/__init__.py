"""Word lists and gazetteer tables shipped with newsfacts, and the one loader for them.

Each lexicon is a UTF-8 TSV (or one-column TXT) file in this folder; lines starting
with ``#`` are comments. Code never hard-codes these lists: it calls :func:`rows`
or one of the typed helpers below, which are cached.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import NamedTuple, Optional


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The non-comment rows of lexicon file ``name`` as tuples of tab-separated fields."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(tuple(f.strip() for f in line.split("\t")))
    return tuple(out)


def _norm(name: str) -> str:
    name = name.strip().lower().replace("\u2019", "'")
    if name.startswith("the "):
        name = name[4:]
    return name


@lru_cache(maxsize=None)
def titles() -> dict[str, dict[str, Optional[str]]]:
    """Title (lower case) -> {sector, portfolio, default_country, kind}."""
    out: dict[str, dict[str, Optional[str]]] = {}
    for r in rows("titles.tsv"):
        r = r + ("",) * (5 - len(r))
        out[r[0]] = {
            "sector": r[1] or None,
            "portfolio": r[2] or None,
            "default_country": r[3] or None,
            "kind": r[4] or "office",
        }
    return out


@lru_cache(maxsize=None)
def title_modifiers() -> frozenset[str]:
    return frozenset(r[0].lower() for r in rows("title_modifiers.txt"))


@lru_cache(maxsize=None)
def organisations() -> dict[str, dict[str, Optional[str]]]:
    """Known organisations and institutions: normalised name -> {canonical, country, sector, type}."""
    out: dict[str, dict[str, Optional[str]]] = {}
    for r in rows("organisations.tsv"):
        r = r + ("",) * (5 - len(r))
        out[r[0].lower()] = {
            "canonical": r[1],
            "country": r[2] or None,
            "sector": r[3] or None,
            "type": r[4] or "ORG",
        }
    return out


@lru_cache(maxsize=None)
def org_heads() -> dict[str, str]:
    return {r[0].lower(): r[1] for r in rows("org_heads.tsv")}


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    """Demonym or adjective (lower case) -> ISO3."""
    out: dict[str, str] = {}
    for code, forms in rows("demonyms.tsv"):
        for f in forms.split(","):
            out[f.strip().lower()] = code
    return out


_NAME_SUFFIXES = ("jr", "jr.", "sr", "sr.", "ii", "iii")  # never a surname ("Joseph R. Biden Jr.")


class Office(NamedTuple):
    """One office a known person held (a row of ``people.tsv``): ``person`` is the entry's id
    (the first name form, lower case), ``start``/``end`` ISO days (start included, end
    excluded; None: open)."""

    person: str
    country: Optional[str]
    sector: Optional[str]
    portfolio: Optional[str]
    start: Optional[str]
    end: Optional[str]
    note: str


@lru_cache(maxsize=None)
def people() -> dict[str, dict]:
    """Known office holders (``people.tsv``): ``{"name": {name form (lower case): person id},
    "surname": {surname: (person ids, in file order)}, "offices": {person id: (Office, ...)}}``.
    Only rows marked ``surname`` put their surnames in the surname index."""
    names: dict[str, str] = {}
    surnames: dict[str, list[str]] = {}
    offices: dict[str, list[Office]] = {}
    for r in rows("people.tsv"):
        r = r + ("",) * (8 - len(r))
        forms = [f.strip() for f in r[0].split("|") if f.strip()]
        person = forms[0].lower()
        offices.setdefault(person, []).append(
            Office(person, r[1] or None, r[2] or None, r[3] or None, r[4] or None, r[5] or None, r[7])
        )
        for form in forms:
            names[form.lower()] = person
            if r[6] == "surname":
                words = [w for w in form.lower().split() if w not in _NAME_SUFFIXES]
                ids = surnames.setdefault(words[0] if family_name_first(form.split()) else words[-1], [])
                if person not in ids:
                    ids.append(person)
    return {
        "name": names,
        "surname": {k: tuple(v) for k, v in surnames.items()},
        "offices": {k: tuple(v) for k, v in offices.items()},
    }


@lru_cache(maxsize=None)
def country_aliases() -> dict[str, tuple[str, ...]]:
    return {r[0].lower(): tuple(c.strip() for c in r[1].split(",")) for r in rows("country_aliases.tsv")}


@lru_cache(maxsize=None)
def capitals_extra() -> dict[str, str]:
    return {r[0].lower(): r[1] for r in rows("capitals_extra.tsv")}


@lru_cache(maxsize=None)
def territories() -> dict[str, str]:
    return {r[0].lower(): r[1] for r in rows("territories.tsv")}



@lru_cache(maxsize=None)
def entity_words(role: str) -> tuple[str, ...]:
    """The words of one role in ``entity_words.tsv`` (lower case, in file order)."""
    return tuple(r[1].lower() for r in rows("entity_words.tsv") if r[0] == role)


@lru_cache(maxsize=None)
def entity_labels(role: str) -> tuple[str, ...]:
    """The NER labels of one role in ``entity_labels.tsv`` (in file order)."""
    return tuple(r[1] for r in rows("entity_labels.tsv") if r[0] == role)


def name_key(name: str) -> str:
    """The lookup key of ``organisations.tsv``: lower case, no leading "the", straight apostrophes."""
    return _norm(name)


__all__ = sorted(
    [
        "capitals_extra", "country_aliases", "demonyms", "entity_labels", "entity_words", "name_key",
        "org_heads", "organisations", "people", "rows", "territories", "title_modifiers", "titles",
    ]
)  # fmt: skip


@lru_cache(maxsize=None)
def gender_words(kind: str) -> dict[str, str]:
    """``entity_gender.tsv``: the words of one kind (``honorific``, ``title``, ``first_name``),
    lower case, to ``"F"`` or ``"M"``."""
    return {r[0].lower(): r[1] for r in rows("entity_gender.tsv") if len(r) > 2 and r[2] == kind}


@lru_cache(maxsize=None)
def affiliation_titles() -> frozenset[str]:
    """The titles of ``titles.tsv`` marked ``affiliation`` in their last column: the holder's
    sector comes from the organisation named with the title ("FBI Director")."""
    return frozenset(r[0] for r in rows("titles.tsv") if len(r) > 5 and r[5] == "affiliation")


@lru_cache(maxsize=None)
def title_holders() -> dict[str, tuple[str, Optional[str]]]:
    """``title_holders.tsv``: an organisation's sector -> (its title holder's sector, portfolio)."""
    return {r[0]: (r[1], (r[2] if len(r) > 2 and r[2] else None)) for r in rows("title_holders.tsv")}


@lru_cache(maxsize=None)
def entity_affiliates() -> dict[str, Optional[str]]:
    """``entity_affiliates.tsv``: a word after a person's name that makes an affiliated
    group ("campaign" in "the Trump campaign") -> the group's sector (None: none)."""
    return {r[0].lower(): (r[1] if len(r) > 1 and r[1] else None) for r in rows("entity_affiliates.tsv")}


class PersonCode(NamedTuple):
    """What a known person was on a date (:func:`person_on`).

    ``entry`` is ``people:<id>`` (None when a surname stands for several people who agree);
    ``valid`` the dates of the office applied (None when no office applied); ``rule`` one of
    ``office`` (an office held on the date), ``no office`` (none held then: the country every
    office shares, no sector), ``current`` (no date: an office still held), ``no date`` (no
    date and no office still held: the shared country only); ``note`` the office.
    """

    entry: Optional[str]
    country: Optional[str]
    sector: Optional[str]
    portfolio: Optional[str]
    valid: Optional[tuple[Optional[str], Optional[str]]]
    rule: str
    note: str


def _office_held(offices: tuple[Office, ...], day: Optional[str]) -> Optional[Office]:
    """The office held on ``day`` (latest start if several); without a day, the open one."""
    if day is None:
        held = [o for o in offices if o.end is None]
    else:
        held = [o for o in offices if (o.start or "") <= day and (o.end is None or day < o.end)]
    return max(held, key=lambda o: o.start or "") if held else None


def without_initials(key: str) -> str:
    """A lower-case full name without its middle initials ("jacob j. lew" -> "jacob lew",
    "george h. w. bush" -> "george bush"); the first and last words stay. Read only when the
    name as written is not a listed form."""
    words = key.split()
    if len(words) < 3:
        return key
    middle = [w for w in words[1:-1] if not (len(w.rstrip(".")) == 1 and w.rstrip(".").isalpha())]
    return " ".join([words[0], *middle, words[-1]])


def person_on(name: str, date: Optional[str] = None) -> Optional[PersonCode]:
    """What the person ``name`` was on ``date``, by ``people.tsv``; None if unknown or ambiguous.

    Args:
        name: a full name form of the list, or a surname alone (rows marked ``surname``).
        date: the article's day, ISO ``YYYY-MM-DD``; None when unknown.

    A surname shared by several people answers only where the offices held on the date agree
    (or, when none is held, where every office of them all has one country).
    """
    known = people()
    key = " ".join(name.split()).lower()
    persons: tuple[str, ...] = ()
    if key not in known["name"]:
        key = without_initials(key)  # "Sergey V. Lavrov" is the listed "Sergey Lavrov"
    if key in known["name"]:
        persons = (known["name"][key],)
    elif len(key.split()) == 1:
        persons = known["surname"].get(key, ())
    if not persons:
        return None
    held = [(p, o) for p in persons for o in [_office_held(known["offices"][p], date)] if o is not None]
    if held:
        codes = {(o.country, o.sector, o.portfolio) for _, o in held}
        if len(codes) > 1:
            return None
        p, o = held[0]
        entry = f"people:{p}" if len(held) == 1 else None
        valid = (o.start, o.end) if len(held) == 1 else None
        return PersonCode(entry, o.country, o.sector, o.portfolio, valid, "office" if date else "current", o.note)
    countries = {o.country for p in persons for o in known["offices"][p]}
    if len(countries) != 1 or None in countries:
        return None
    entry = f"people:{persons[0]}" if len(persons) == 1 else None
    return PersonCode(entry, countries.pop(), None, None, None, "no office" if date else "no date", "")


@lru_cache(maxsize=None)
def title_tenses() -> dict[str, str]:
    """Words that put a title or role in the past or future ("former", "elect") -> ``former``,
    ``future``; words that make the next name a candidate ("nominee") -> ``candidate``
    (``actor_tense_words.tsv``)."""
    return {r[0].lower(): r[1] for r in rows("actor_tense_words.tsv")}


__all__ = sorted(__all__ + ["Office", "PersonCode", "person_on", "title_tenses", "without_initials"])


@lru_cache(maxsize=None)
def actor_sectors(use: str) -> frozenset[str]:
    """The sectors of our scheme a dictionary code may give for one use (``actor_sectors.tsv``):
    ``person`` (a person's code from PETRARCH2's actors), ``agent`` (a role word before a name)."""
    return frozenset(r[0] for r in rows("actor_sectors.tsv") if use in r[1].split(","))


__all__ = sorted(__all__ + ["actor_sectors"])


@lru_cache(maxsize=None)
def country_centroids() -> dict[str, tuple[float, float]]:
    """ISO 3166 alpha-3 code -> (latitude, longitude) of the country's centroid (``country_centroids.tsv``)."""
    return {r[0]: (float(r[1]), float(r[2])) for r in rows("country_centroids.tsv")}


__all__ = sorted(__all__ + ["country_centroids"])


@lru_cache(maxsize=None)
def actor_words() -> dict[str, frozenset[str]]:
    """role -> words, from ``actor_words.tsv`` (said, place_target, of_source, led_by, based):
    read by the event sides and the unnamed actors alike."""
    out: dict[str, set[str]] = {}
    for role, word in rows("actor_words.tsv"):
        out.setdefault(role, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


def family_name_first(words) -> bool:
    """True for a two-word name written family name first, the given name hyphenated with a
    lower-case second syllable ("Park Geun-hye", "Moon Jae-in", "Ban Ki-moon"); never
    "Bashar al-Assad" nor "Doris Crouse-Mays"."""
    if len(words) != 2:
        return False
    given = words[1]
    head, sep, tail = given.partition("-")
    return bool(sep) and head[:1].isupper() and head[1:].islower() and tail.isalpha() and tail.islower() \
        and head.lower() not in entity_words("surname_prefix")  # "al-Assad": a surname, no given name


__all__ = sorted(__all__ + ["family_name_first"])
