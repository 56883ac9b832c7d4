"""Roles beside a name that say the person's country through a US state, a city's police, a
service of the armed forces or a party, in forms the title and role rules (:mod:`.titles`,
:mod:`.roles`) do not read:

- a city's police before the name, or in an apposition: "Cleveland Police Chief Calvin Roe",
  "a Tulsa police officer, Betty Roe", "Betty Roe, a Tulsa police officer," -> the city's
  country (as the story's places stage resolved it), ``COP``;
- a service of the armed forces and a rank before the name: "Army Capt. Tom Roe", "Air Force
  1st Lt. Tyler Roe" -> ``MIL``, and USA in a story about the United States;
- a state office in brackets after the name: "Eric Roe (NY attorney general)" -> USA and the
  title's sector;
- chained qualifiers, a US state and a party word: "Jeff Roe, an Iowa Republican operative",
  "another unaligned Iowa Republican strategist, Grant Roe", "Missouri Republican Roy Roe" ->
  USA (a party role PTY; a state alone gives no sector);
- a party role with a party word ("Mike Roe, a Republican strategist") in a story that names
  the United States at all (:mod:`.roles` asks that it names it most): USA PTY;
- a sportsman's role word ("Olympic sprinter X", "X, the boxer,"): CVL, no country, as
  PETRARCH2's agents code "athlete";
- a listed politician's staff ("the Cruz campaign's Iowa director, X", "Cruz spokeswoman X"):
  :mod:`.staff_roles`.

Called by the entity stage (``extract.py``) after the person rules; fills only what is still
missing and never overrides a country already given. "former" before the role keeps the
country and drops the sector. Word classes in ``entity_words.tsv``: ``police_rank``,
``military_service``, ``military_rank``, ``role_modifier``; ``us_party``, ``party_role``,
``civilian_role`` as :mod:`.roles` reads them.
"""

from __future__ import annotations

from typing import Any, Optional

from ... import lexicons
from ...lexicons import countries
from .place_actors import city_before_body
from .roles import DETERMINERS, former_before, QualifiedRole, role_sector, role_words_after, us_story
from .staff_roles import coded_people, Found, staff_role


def _ent_start(doc, k: int) -> int:
    """The first token of the entity ending at token ``k``."""
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return k


def _place_code(text: str, ctx: Any) -> Optional[str]:
    """The country of a place name: a US state (or AP abbreviation), else one the story's
    places resolved to one country."""
    if countries.us_state_name(text) or text in ("NY", "NJ", "DC", "D.C."):
        return "USA"
    codes = {code for name, code, _n in ctx.places if name == text}
    return codes.pop() if len(codes) == 1 and None not in codes else None


def _city_before(doc, k: int, ctx: Any) -> Optional[tuple[str, int]]:
    """(country, first token) of the capitalised place name (up to three words) ending at
    token ``k``, whose police it is: a US state, a place the story resolved, else a city as
    :func:`.place_actors.city_before_body` reads one."""
    j = k
    while j >= 0 and k - j < 3 and doc[j].text[:1].isupper() and doc[j].text.replace(".", "").isalpha():
        j -= 1
    for first in range(j + 1, k + 1):
        words = [t.text for t in doc[first:k + 1]]
        code = _place_code(" ".join(words), ctx)
        if code is None:
            found = city_before_body(words, "COP", ctx)
            code = found[0] if found else None
        if code:
            return code, first
    return None


def _police(doc, s: int, e: int, ctx: Any) -> Optional[Found]:
    """"Cleveland Police Chief X", "Tulsa police officer X", "a Tulsa police officer, X",
    "X, a Tulsa police officer"."""
    ranks = lexicons.entity_words("police_rank")
    comma = s >= 1 and doc[s - 1].text == ","
    end = s - 1 if comma else s
    k = end - 1
    while k > 0 and end - k < 3 and doc[k].lower_ in ranks:
        k -= 1
    if k < end - 1 and doc[k].lower_ == "police":
        place = _city_before(doc, k - 1, ctx)
        if place and (not comma or (place[1] > 0 and doc[place[1] - 1].lower_ in DETERMINERS)):
            return place[0], "COP", None, doc[place[1]:end].text, former_before(doc, place[1])
    if e + 4 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in DETERMINERS:
        k = e + 2
        while k < len(doc) and k - e < 5 and doc[k].lower_ != "police":
            k += 1
        place = _city_before(doc, k - 1, ctx) if k < len(doc) - 1 and k > e + 2 else None
        if place and place[1] == e + 2 and doc[k + 1].lower_ in ranks:
            return place[0], "COP", None, doc[e + 2:k + 2].text, False
    return None


def _service(doc, s: int, ctx: Any) -> Optional[Found]:
    """"Army Capt. X", "Air Force 1st Lt. X", "Marine Sgt. X": MIL; USA in a US story."""
    ranks, services = lexicons.entity_words("military_rank"), lexicons.entity_words("military_service")
    k, seen = s - 1, False
    while k > 0 and s - k <= 4 and (doc[k].lower_ in ranks or doc[k].text in (".", "1st", "2nd", "Staff", "First")):
        seen = seen or doc[k].lower_ in ranks
        k -= 1
    if not seen:
        return None
    for width in (2, 1):
        j = k - width + 1
        if j >= 0 and doc[j:k + 1].text.lower() in services and doc[j].text[:1].isupper():
            usa = "USA" if us_story(ctx.doc_countries) and ctx.doc_countries.get("USA") else None
            return usa, "MIL", None, doc[j:s].text, former_before(doc, j)
    return None


def _parenthesis(doc, e: int, ctx: Any) -> Optional[Found]:
    """"Eric Roe (NY attorney general)": a US state and a title in brackets after the name."""
    if e + 3 >= len(doc) or doc[e].text != "(":
        return None
    close = next((k for k in range(e + 2, min(e + 8, len(doc))) if doc[k].text == ")"), None)
    if close is None:
        return None
    for cut in range(e + 2, close):
        state, title = doc[e + 1:cut].text, doc[cut:close].text.lower()
        info = lexicons.titles().get(title)
        if (countries.us_state_name(state) or state in ("NY", "NJ")) and info and info.get("kind") == "office":
            return "USA", info.get("sector"), info.get("portfolio"), doc[e + 1:close].text, False
    return None


def _qualifiers(doc, j: int, step: int, ctx: Any) -> tuple[list[str], int]:
    """The US-state and party qualifiers (kinds, in order of reading) from token ``j`` going by
    ``step`` (1 or -1), at most two; returns the kinds and the first token after them."""
    kinds: list[str] = []
    while 0 <= j < len(doc) and len(kinds) < 2:
        tok = doc[j]
        if tok.lower_ in lexicons.entity_words("us_party") and tok.text[:1].isupper() and "party" not in kinds:
            kinds.append("party")
            j += step
            continue
        if tok.ent_type_ == "GPE" and "state" not in kinds:
            a, b = (j, j) if step > 0 else (_ent_start(doc, j), j)
            while step > 0 and b + 1 < len(doc) and doc[b + 1].ent_iob_ == "I":
                b += 1
            if countries.us_state_name(doc[a:b + 1].text):
                kinds.append("state")
                j = b + 1 if step > 0 else a - 1
                continue
        break
    return kinds, j


def _chained(doc, s: int, e: int, ctx: Any) -> Optional[Found]:
    """"X, an Iowa Republican operative", "an Iowa Republican strategist, X", "Missouri
    Republican Roy Roe", "X, a Republican strategist" (a story naming the United States)."""
    modifiers = lexicons.entity_words("role_modifier")
    if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in DETERMINERS:
        k = e + 2
        while k < len(doc) and doc[k].lower_ in modifiers:
            k += 1
        former = former_before(doc, e + 2, k - 1)
        kinds, k = _qualifiers(doc, k, 1, ctx)
        words = role_words_after(doc, k) if kinds else []
        if words:
            return _from_kinds(kinds, tuple(doc[i].lower_ for i in words), doc[e + 2:words[-1] + 1].text, former, ctx)
    comma = s >= 1 and doc[s - 1].text == ","
    end = s - 1 if comma else s
    k = end - 1
    while k >= 0 and end - k <= 3 and doc[k].is_alpha and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        k -= 1
    role = tuple(t.lower_ for t in doc[k + 1:end])
    if role and doc[end - 1].pos_ != "NOUN":
        return None
    if comma and not role:
        return None
    kinds, q = _qualifiers(doc, k, -1, ctx)
    j = q
    while j >= 0 and doc[j].lower_ in modifiers:
        j -= 1
    if len(kinds) < (1 if role else 2) or (comma and (j < 0 or doc[j].lower_ not in DETERMINERS)):
        return None
    return _from_kinds(kinds, role, doc[j + 1:end].text, former_before(doc, j + 1, q), ctx)


def _from_kinds(kinds: list[str], role: tuple[str, ...], phrase: str, former: bool, ctx: Any) -> Optional[Found]:
    if "state" not in kinds:
        if not role or role[-1] not in lexicons.entity_words("party_role") or not ctx.doc_countries.get("USA"):
            return None
    sector = None
    if role:
        kind = "party" if "party" in kinds else "state"
        sector = role_sector(QualifiedRole(kind, phrase, role, phrase, former), None)
    return "USA", sector, None, phrase, former


def _athlete(doc, s: int, e: int) -> Optional[Found]:
    """"Olympic sprinter X", "X, the boxer,", "X, a former heavyweight champion": CVL, no country."""
    words = lexicons.entity_words("athlete_role")
    if s >= 1 and doc[s - 1].lower_ in words and doc[s - 1].pos_ == "NOUN":
        return None, "CVL", None, doc[s - 1].text, False
    if e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in DETERMINERS:
        k = e + 2
        while k < len(doc) and k - e < 5 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in words:
            k += 1
        if k < len(doc) and doc[k].lower_ in words and doc[k].pos_ == "NOUN":
            return None, "CVL", None, doc[e + 2:k + 1].text, False  # a former athlete is a civilian still
    return None


def code_local_roles(actor, c, ctx, people: list = ()) -> None:
    """Fill a person's missing country (and sector) from the forms of the module docstring;
    ``people`` the text's person clusters (a politician whose staff the person is)."""
    if ctx.doc is None or (actor.country is not None and actor.sector is not None):
        return
    doc = ctx.doc
    coded = coded_people(list(people), ctx)  # fixed while this person is read (coded after it)
    for m in c.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        found = _police(doc, span.start, span.end, ctx) or _service(doc, span.start, ctx) \
            or _parenthesis(doc, span.end, ctx) or _chained(doc, span.start, span.end, ctx) \
            or staff_role(doc, span.start, span.end, ctx, coded) or _athlete(doc, span.start, span.end)
        if found is None or actor.country not in (None, found[0]) and found[0] is not None:
            continue
        country, sector, portfolio, phrase, former = found
        if actor.country is None and country:
            actor.country = country
            actor.basis.append(f"country {country} from '{phrase}' beside the name")
        blocked = former or any(b.startswith("no sector") for b in actor.basis)
        if actor.sector is None and sector and not blocked:
            actor.sector, actor.portfolio = sector, portfolio
            actor.basis.append(f"sector {sector} from '{phrase}' beside the name")
        return
