"""Resolution of organisations, places and nationalities within one article.

Known organisations group their aliases (``lexicons/organisations.tsv``: "Pentagon" =
"Department of Defense"); an acronym joins the name it abbreviates; countries group by ISO
code ("US" = "the United States" = "America"); cities by name; nationalities by country
(``lexicons/demonyms.tsv``). A party's members or adjective the model tagged as a
nationality ("Republicans", "Democratic") are the party, an organisation.
"""

from __future__ import annotations

import re
from typing import Optional

from ... import lexicons
from ...lexicons import countries, subnational
from .mentions import Candidate, is_party_name
from .names import known_dotted_acronym
from .short_forms import postal_place
from .alt_places import other_name_place
from .resolution import Cluster

_PAREN_ACRONYM_RE = re.compile(r"\s*\(([A-Z][A-Z0-9&]{1,9})\)")


class _Groups:
    """Clusters by key, in the order their keys first appear."""

    def __init__(self) -> None:
        self.by_key: dict[str, Cluster] = {}

    def add(self, key: str, label: str, m: Candidate, **kw) -> Cluster:
        """Add ``m`` to the cluster ``key`` (made with ``label`` and ``kw`` if new)."""
        c = self.by_key.get(key)
        if c is None:
            c = Cluster(label, key=key, **kw)
            self.by_key[key] = c
        c.mentions.append(m)
        return c


def cluster_others(others: list[Candidate], text: str) -> list[Cluster]:
    """Group the mentions that are not people into organisations, places and nationalities.

    Args:
        others: the mentions left after person resolution.
        text: the document text.

    Returns:
        Clusters in the order their first mention appears (ambiguous country names resolved
        where the story names one of their candidates elsewhere).
    """
    _datelines_tagged_org(others, text)
    merged = _merge_city_and_state(others, text)
    merged, acronym_of = _acronyms(merged, text)
    groups = _Groups()
    for m in merged:
        _file(groups, m, acronym_of, text)
    clusters = _towns_tagged_org(list(groups.by_key.values()))
    _resolve_state_or_country(clusters, text)
    return _resolve_ambiguous_countries(clusters)


#: What follows a dateline's place: a dash or the agency's parenthesis ("ROME — ", "BEIRUT (AP) ").
_DATELINE_AFTER = re.compile(r"\s*(?:[-\u2013\u2014]|--|\()")


def is_dateline(text: str, start: int, end: int) -> bool:
    """True when the name at ``start``-``end`` is a dateline's place: in capitals, opening the
    text or a line, followed by a comma, a dash or a parenthesis ("MANCHESTER, N.H. —",
    "BEIRUT (AP) —", "PARIS — ")."""
    name = text[start:end]
    if not name.isupper() or not name.replace(" ", "").replace(".", "").replace(",", "").isalpha():
        return False
    before = text[:start].rstrip(" \t")
    if before and not before.endswith("\n"):
        return False
    return text[end:end + 2] == ", " or _DATELINE_AFTER.match(text, end) is not None


def _datelines_tagged_org(others: list[Candidate], text: str) -> None:
    """A dateline's place the model tagged ORG ("MANCHESTER, N.H. —", "BEIRUT (AP) —") is a
    place (:func:`is_dateline`; after a comma, only before a place's mention)."""
    places = {m.start for m in others if m.label == "GPE"}
    for m in others:
        if m.label == "ORG" and is_dateline(text, m.start, m.end) \
                and (text[m.end:m.end + 2] != ", " or m.end + 2 in places):
            m.label = "GPE"


def _merge_city_and_state(others: list[Candidate], text: str) -> list[Candidate]:
    """Merge "Washington" + ", " + "D.C." (city, state/district) into one mention."""
    others = sorted(others, key=lambda m: m.start)
    merged: list[Candidate] = []
    for m in others:
        if merged and m.label == "GPE" and merged[-1].label == "GPE" and text[merged[-1].end : m.start] == ", ":
            prev = merged[-1]
            if countries.city_country(prev.text) and not countries.country_codes(prev.text) and not _is_region(prev.text):
                prev.end = m.end
                prev.text = text[prev.start : m.end]
                continue
        merged.append(m)
    return merged


def acronym(words: list[str]) -> str:
    """Initials of the capitalised words ("Arctic Shipping Safety Council" -> "ASSC")."""
    return "".join(w[0] for w in words if w[:1].isupper())


def _acronyms(merged: list[Candidate], text: str) -> tuple[list[Candidate], dict[str, str]]:
    """Acronyms and the organisation name each stands for (lower case).

    An acronym defined in parentheses ("American Israel Public Affairs Committee (AIPAC)")
    becomes a mention; one used later without a definition stands for the one organisation
    whose initials fit.

    Returns:
        The mentions with the defined acronyms added (sorted by start), and the acronym map.
    """
    acronym_of: dict[str, str] = {}
    extra: list[Candidate] = []
    have = {(m.start, m.end) for m in merged}
    for a in merged:
        if a.label not in ("ORG", "FAC"):
            continue
        pm = _PAREN_ACRONYM_RE.match(text, a.end)
        if pm and acronym(a.text.split()) == pm.group(1):
            acronym_of[pm.group(1)] = a.text.lower()
            span = (pm.start(1), pm.end(1))
            if span not in have:
                extra.append(Candidate(span[0], span[1], pm.group(1), a.label, "acronym", (), None, a.sent))
    full_orgs = {m.text.lower(): acronym(m.text.split()) for m in merged if m.label == "ORG" and len(m.text.split()) >= 2}
    for m in merged:
        if m.label == "ORG" and m.text.isupper() and m.text not in acronym_of and not lexicons.organisations().get(m.text.lower()):
            fits = {name for name, acr in full_orgs.items() if acr == m.text and len(acr) >= 2}
            if len(fits) == 1:
                acronym_of[m.text] = fits.pop()
    return sorted(merged + extra, key=lambda m: m.start), acronym_of


def _is_region(name: str) -> bool:
    """True for a state or province that is no capital: "Colorado, Arizona" is two places."""
    return countries.subnational_place(name) is not None and countries.capital_country(name) is None


def _file(groups: _Groups, m: Candidate, acronym_of: dict[str, str], text: str) -> None:
    """Put one mention in its cluster: organisation, country, place or nationality."""
    norm = lexicons.name_key(m.text)
    if m.label in ("ORG", "NORP") and " " in m.text and not lexicons.organisations().get(norm):
        norm = _known_after_qualifiers(m) or norm  # "Shiite Hizbollah": Hizbollah
    if m.label == "NORP" and is_party_name(m.text):
        m.label = "ORG"  # "Republicans", "Democratic": the party (organisations.tsv), an organisation
    if m.label == "NORP" and not countries.demonym_country(m.text) and (lexicons.organisations().get(norm) or {}).get("sector") == "REB":
        m.label = "ORG"  # "al-Shabab", "Seleka" tagged NORP: a known armed group (organisations.tsv)
    if m.label in ("ORG", "FAC"):
        if _file_organisation(groups, m, acronym_of, norm):
            return
        m.label = "GPE"  # "the State of Israel" or "Oslo" tagged ORG
    if m.label in ("LOC", "NORP") and _names_a_country(m.text):
        m.label = "GPE"  # "South Sudan" tagged LOC, "Tajikistan" tagged NORP: a country's name
    if m.label == "GPE":
        codes = countries.country_codes(m.text)
        if codes:
            if len(codes) == 1 and subnational.us_state(m.text):
                codes = codes + ("USA",)  # "Georgia": the country or the US state (_resolve_state_or_country)
            groups.add("country:" + ",".join(codes), "GPE", m, codes=codes)
        else:
            found = place_codes(m.text, abbreviation=_written_as_abbreviation(m, text)) or region_without_suffix(m.text) \
                or postal_place(m.text) or other_name_place(m.text, text, m.start)
            if not found and lexicons.organisations().get(norm):
                m.label = "ORG"  # "a Bloomberg poll" tagged GPE: no gazetteer's place, a known organisation
                _file_organisation(groups, m, acronym_of, norm)
                return
            c = groups.add("place:" + lexicons.name_key(m.text.split(",")[0]), "GPE", m)
            if found and not (c.codes and "," not in m.text and len(c.mentions) > 1):
                c.codes = found[0]  # a bare "Alexandria" keeps what "Alexandria, Va." said
        return
    if m.label == "NORP":
        code = countries.demonym_country(m.text)
        if code:
            groups.add("norp:" + code, "NORP", m, codes=(code,))
        else:
            c = groups.add("norp:" + norm, "NORP", m)
            found = ("USA",) if countries.us_state_name(m.text, demonym=True) else (place_codes(m.text) or ((),))[0]
            if found:  # "Texans"; "Punjab" tagged NORP
                c.codes = found
        return
    groups.add(m.label.lower() + ":" + norm, m.label, m)


#: Word endings of a qualifier before an organisation's name ("Iran-backed Hizbollah").
_QUALIFIER_ENDINGS = ("-backed", "-based", "-led", "-allied", "-linked", "-affiliated", "-aligned")


def _known_after_qualifiers(m: Candidate) -> Optional[str]:
    """A known organisation (``organisations.tsv``, no party) at the end of a longer name
    whose words before it only qualify it: a nationality of the organisation's own country or
    of a stateless one, a word of ``org_qualifier`` (``entity_words.tsv``: "Shiite",
    "militant"), or an "X-backed" word. The mention (its span unchanged) is the organisation's, and
    its lookup key is returned ("the Shiite Hizbollah movement" is no unknown group); else None."""
    words = m.text.split()
    qualifiers = lexicons.entity_words("org_qualifier")
    for k in range(1, min(4, len(words))):
        tail = " ".join(words[k:])
        org = lexicons.organisations().get(lexicons.name_key(tail))
        if org is None or org.get("sector") == "PTY" or not m.text.endswith(tail):
            continue
        for w in words[:k]:
            code = countries.demonym_country(w)
            if not (w.lower() in qualifiers or w.lower().endswith(_QUALIFIER_ENDINGS) or (code and org.get("country") in (None, code))):
                return None
        m.label = "ORG"
        return lexicons.name_key(tail)
    return None


def _known_organisation_post(name: str) -> Optional[dict]:
    """The known organisation (``organisations.tsv``, no party or outlet) a name starts with
    when its last word is a post in it (``org_post`` in ``entity_words.tsv``: "United Nations
    Emergency Relief Coordinator" the model tagged an organisation), or None: the post is
    coded as its organisation."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in lexicons.entity_words("org_post"):
        return None
    for k in range(len(words) - 1, 0, -1):
        org = lexicons.organisations().get(lexicons.name_key(" ".join(words[:k])))
        if org is not None:
            return org if org.get("sector") not in ("PTY", "MED") else None
    return None


def _names_a_country(name: str) -> bool:
    """True for a country's, a territory's or a capital's name (not a nationality): a LOC or
    NORP so named is a place ("South Sudan", "Tajikistan", "the Golan", "Naypyidaw")."""
    return bool(countries.country_codes(name) or countries.territory_country(name) or countries.capital_country(name)) \
        and not countries.demonym_country(name)


#: The words after a province's name that the gazetteers leave out ("Borno State").
_REGION_SUFFIXES = (" state", " province", " region", " governorate")


def region_without_suffix(name: str) -> Optional[tuple[tuple[str, ...], str]]:
    """A province abroad named with its kind ("Borno State", "Helmand Province"): the
    province's countries and why, or None (never a US state: "Washington State" is the place
    lookup's)."""
    lower = name.lower()
    for suffix in _REGION_SUFFIXES:
        if lower.endswith(suffix) and len(name) > len(suffix):
            head = name[: -len(suffix)].strip()
            found = countries.subnational_place(head)
            if found and not subnational.us_state(head):
                return found
    return None


def place_codes(name: str, abbreviation: bool = False) -> Optional[tuple[tuple[str, ...], str]]:
    """The countries of a place that is not a country's name, and why
    (:func:`newsfacts.lexicons.countries.place_codes`)."""
    return countries.place_codes(name, abbreviation=abbreviation)


def _written_as_abbreviation(m: Candidate, text: str) -> bool:
    """True when the text shows a short name is an abbreviation: a dot follows it ("Pa." whose
    dot the mention left out) or it stands after a comma ("Pittsburgh, Pa")."""
    return text[m.end : m.end + 1] == "." or text[max(0, m.start - 2) : m.start] == ", "


def _file_organisation(groups: _Groups, m: Candidate, acronym_of: dict[str, str], norm: str) -> bool:
    """File an ORG or FAC mention as an organisation; False when its name is a place."""
    org = lexicons.organisations().get(norm)
    if org is None and m.text in acronym_of:
        org = lexicons.organisations().get(acronym_of[m.text])
    if org is None:
        org = known_dotted_acronym(m.text)  # "C.I.A.", "F.B.I.": the New York Times's style
    if org is not None:
        c = groups.add("org:" + org["canonical"].lower(), m.label, m)
        c.org = org
        return True
    if m.text in acronym_of:
        m.kind = "acronym"
        groups.add("org:" + acronym_of[m.text], m.label, m)
        return True
    org = _known_organisation_post(m.text)
    if org is not None:  # "United Nations Emergency Relief Coordinator": a post of the UN
        groups.add("org:" + norm, m.label, m).org = dict(org, post=True)
        return True
    codes = countries.country_codes(m.text)
    if codes or countries.capital_country(m.text) or countries.territory_country(m.text) or region_without_suffix(m.text):
        return False  # "Borno State" tagged ORG: a province
    groups.add("org:" + norm, m.label, m)
    return True


def _towns_tagged_org(clusters: list[Cluster]) -> list[Cluster]:
    """An unknown organisation whose name is a town or a state of one country, in a story that
    names another place (no country's name) of that country, is that place: "a Rochester
    rally", "including Syracuse" tagged ORG beside "New York" (PolNeAR train). Without such a
    place the name stays an organisation ("Delta" is also a Canadian city)."""
    places: dict[str, set[str]] = {}
    for c in clusters:
        if c.key.startswith("place:") and len(c.codes) == 1:
            places.setdefault(c.codes[0], set()).add(c.key)
    out: list[Cluster] = []
    by_key = {c.key: c for c in clusters}
    for c in clusters:
        code = _town_code(c)
        key = "place:" + lexicons.name_key(c.mentions[0].text) if code else ""
        if not code or not (places.get(code, set()) - {key}):
            out.append(c)
            continue
        for m in c.mentions:
            m.label = "GPE"
        same = by_key.get(key)
        if same is not None and same.codes == (code,):
            same.mentions = sorted(same.mentions + c.mentions, key=lambda m: m.start)
            continue
        c.label, c.key, c.codes = "GPE", key, (code,)
        out.append(c)
    return out


def _town_code(c: Cluster) -> Optional[str]:
    """The one country of an unknown organisation named only by a town's or a state's name
    (``countries.place_codes``: a GeoNames city, a province or US state), else None."""
    if c.label != "ORG" or c.org is not None or not c.key.startswith("org:"):
        return None
    names = {m.text for m in c.mentions}
    if len(names) != 1:
        return None
    found = place_codes(names.pop())
    if not found or len(found[0]) != 1 or found[1].startswith(("capital", "territory", "place in")):
        return None
    return found[0][0]


def _conjoined(c: Cluster, o: Cluster, text: str) -> bool:
    """True when a mention of ``o`` and one of ``c`` stand in one list ("Georgia and Ukraine",
    "Ukraine, Georgia"): only "and", "or" and commas between them."""
    for m in c.mentions:
        for n in o.mentions:
            a, b = (m.end, n.start) if m.end <= n.start else (n.end, m.start)
            if 0 <= b - a <= 6 and text[a:b].strip(" ,") in ("", "and", "or"):
                return True
    return False


def _resolve_state_or_country(clusters: list[Cluster], text: str = "") -> None:
    """"Georgia": first by its own sentences: the country when they name another foreign
    country, the country's places or people and no US place or state; the US state when they
    name a US place or state (not the capital) and nothing foreign. Else by the story: the US
    state when the story names another US state or a US town (not the capital) and nothing of
    the country; the country when the story names its places, its people, or other foreign
    countries in the same sentence, and no US state; else left uncoded. The state keeps its
    own key (it is not "the United States")."""
    for c in clusters:
        if len(c.codes) != 2 or "USA" not in c.codes or not c.key.startswith("country:"):
            continue
        foreign = next(code for code in c.codes if code != "USA")
        sents = {m.sent for m in c.mentions}
        us_places = foreign_evidence = us_here = own_here = others_here = us_states = elsewhere = usa = 0
        for o in clusters:
            if o is c or len(o.codes) != 1:
                continue
            name = o.mentions[0].text.split(",")[0]
            here = bool(sents & {m.sent for m in o.mentions})
            if o.codes[0] == "USA" and o.key.startswith("place:") and not countries.capital_country(name):
                us_places += 1
                us_here += here
                us_states += bool(subnational.us_state(name))
            elif o.codes[0] == foreign:
                foreign_evidence += 1
                own_here += here
            elif o.key.startswith("country:") and o.codes[0] != "USA" and here:
                foreign_evidence += 1
                others_here += 1
                own_here += _conjoined(c, o, text)  # "Georgia and Ukraine": countries in one list
            elif o.key.startswith("country:"):
                usa += o.codes[0] == "USA"
                elsewhere += o.codes[0] != "USA"
        # the sentence outweighs the story's US places with the country's own places or people,
        # a foreign country in one list with it, two other foreign countries, or one where the
        # story names no US state ("Russia hacked Georgia" in a story about US states stays uncoded)
        foreign_here = own_here or others_here >= 2 or (others_here and not us_states)
        if foreign_here and not us_here or foreign_evidence and not us_places or elsewhere and not (us_places or usa):
            c.codes = (foreign,)
            c.key = "country:" + foreign
        elif us_here and not foreign_here or us_places and not foreign_evidence:
            c.codes = ("USA",)
            c.key = "place:" + lexicons.name_key(c.mentions[0].text)


def _resolve_ambiguous_countries(clusters: list[Cluster]) -> list[Cluster]:
    """"the Islamic Republic", "Punjab" -> the one of its candidates the story names elsewhere
    (a place keeps its own key: "Punjab" is not "India")."""
    named = {c.codes[0] for c in clusters if len(c.codes) == 1}
    for c in clusters:
        if len(c.codes) > 1 and not subnational.us_state(c.mentions[0].text):  # "Georgia": _resolve_state_or_country
            present = [code for code in c.codes if code in named]
            if len(present) == 1:
                c.codes = (present[0],)
                if c.key.startswith("country:"):
                    c.key = "country:" + present[0]
    return clusters


def merge_same_key(clusters: list[Cluster]) -> list[Cluster]:
    """Merge clusters with the same key (the first keeps its place and takes the others' mentions)."""
    out: dict[str, Cluster] = {}
    for c in clusters:
        if c.key in out:
            out[c.key].mentions.extend(c.mentions)
        else:
            out[c.key] = c
    return list(out.values())
