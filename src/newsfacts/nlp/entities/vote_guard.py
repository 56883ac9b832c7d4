"""Guards of the sentence-country vote (the last person rule of :mod:`.actors`): when the
article's own country is another one, the country named most around a person is where the
story happens, not whose office the person holds.

"General Dempsey" in a US story about Benghazi is not Libyan: the vote would give LBY, the
country the text names most. The vote is left out (the person stays uncoded) when

- the dateline's place ("WASHINGTON -", "JACKSON, Miss. -", "BEIRUT (AP) -") is in another
  country than the vote's;
- the state institutions the text names (known organisations of ``organisations.tsv`` of a
  state sector: government, military, legislature, courts, police; people of ``people.tsv``
  holding such an office on the article's date; people already coded with such a sector from
  their own title or a lexicon) are more often of another country than of the vote's ("the
  State Department", "the Joint Chiefs", "President Obama" in that story).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Optional

from ... import lexicons
from ...lexicons import countries
from ..text import doc_text

#: The sectors of a state's own institutions: whose country tells whose officials a story is about.
STATE_SECTORS = ("GOV", "MIL", "LEG", "JUD", "COP")

#: A dateline: a place in capitals opening a line, an optional state or country after a comma,
#: an optional agency in parentheses, then a dash ("JACKSON, Miss. - ", "BEIRUT (AP) -- ").
_DATELINE = re.compile(
    r"(?m)^([A-Z][A-Z.'\- ]{2,30}?)(?:, ([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"
    r"\s*(?:\([A-Za-z. ]{1,20}\)\s*)?(?:--|[-\u2013\u2014])(?=\s|[A-Z])"
)
#: How far into the text a dateline is looked for (after a headline and an abstract).
_DATELINE_REACH = 1500


def dateline_country(text: str) -> Optional[str]:
    """ISO3 of the first dateline's place in the opening of ``text``, or None (no dateline, or
    a place of no one country)."""
    m = _DATELINE.search(text[:_DATELINE_REACH])
    if m is None:
        return None
    city = m.group(1).strip().title()
    if m.group(2):
        found = countries.place_codes(f"{city}, {m.group(2)}")
        if found and len(found[0]) == 1:
            return found[0][0]
    codes = countries.country_codes(city)
    if len(codes) == 1:
        return codes[0]
    return countries.capital_country(city) or countries.city_country(city)


def institution_countries(doc: Any, coded_people: list, day: Optional[str] = None) -> Counter:
    """The countries of the state institutions named in ``doc`` (known organisations of a state
    sector; people of ``people.tsv`` holding a state office on ``day``) and of the people already
    coded with a state sector from their own words or a lexicon (``coded_people``: their
    :class:`~newsfacts.schema.Actor`, a vote's excluded)."""
    out: Counter = Counter()
    known = lexicons.organisations()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            found = lexicons.person_on(ent.text, day)
            if found and found.country and found.sector in STATE_SECTORS:
                out[found.country] += 1
        if ent.label_ != "ORG":
            continue
        name = ent.text.lower()
        org = known.get(name[4:] if name.startswith("the ") else name)
        if org and org.get("country") and org.get("sector") in STATE_SECTORS:
            out[org["country"]] += 1
    for actor in coded_people:
        if actor.country and actor.sector in STATE_SECTORS and not any("inferred from the countries" in b for b in actor.basis):
            out[actor.country] += 1
    return out


def vote_blocked(winner: str, doc: Any, coded_people: list, day: Optional[str] = None) -> Optional[str]:
    """Why the sentence vote's country ``winner`` is not the person's, or None when nothing
    says otherwise (see the module's rules)."""
    if doc is None:
        return None
    home = dateline_country(doc_text(doc))
    if home and home != winner:
        return f"the dateline's country is {home}"
    inst = institution_countries(doc, coded_people, day)
    top = inst.most_common(1)
    if top and top[0][0] != winner and top[0][1] > inst[winner]:
        return f"the state institutions the text names are mostly of {top[0][0]}, not {winner}"
    return None
