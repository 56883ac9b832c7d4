"""A person's country from the politician whose staff the text says they are, when the
politician's country is known:

The politician is a person of the text already coded (a lone "Cruz" linked to Ted Cruz) or,
failing that, a person of ``people.tsv`` by the name as written.

- a campaign's staff, with "campaign" and the politician's name, before or after the name:
  "the Cruz campaign's Iowa director, Bryan Roe", "Chad Roe, the Cruz campaign's chairman",
  "Patti Roe, Clinton's 2008 campaign manager" -> the politician's country, ``PTY`` (a
  campaign is a party actor, as ``people.tsv`` codes campaign offices);
- a staff role word right after the politician's name, before the person's name: "Cruz
  spokeswoman Catherine Roe", "Obama adviser X" -> the politician's country and, for a
  party role (``party_role`` of ``entity_words.tsv``), the sector of the office the
  politician holds on the date (:func:`.roles.role_sector`, as for "the Obama aide, X").

Called from :func:`.local_roles.code_local_roles`; "former" before the phrase keeps the
country and drops the sector.
"""

from __future__ import annotations

from typing import Any, Optional

from ... import lexicons
from ...lexicons import petrarch
from .roles import former_before, QualifiedRole, role_sector

_POSSESSIVE = ("'s", "’s")
#: How many words a campaign phrase may run to.
_MAX_WORDS = 8
#: (country or None, sector or None, portfolio or None, the words as written, former), the
#: finding of a role rule here and in :mod:`.local_roles`
Found = tuple[Optional[str], Optional[str], Optional[str], str, bool]


def coded_people(people: list, ctx: Any) -> list[tuple[Any, Any]]:
    """(cluster, actor) of the persons of ``people`` coded so far with a country
    (``ctx.person_actor``): what :func:`staff_role` reads the politicians from."""
    return [(c, ctx.person_actor[id(c)]) for c in people if id(c) in ctx.person_actor and ctx.person_actor[id(c)].country]


def _known(doc, j: int, k: int, ctx: Any, coded: list) -> Optional[Any]:
    """The code (``country``, ``sector``) of the person named by tokens ``j`` to ``k``: a person
    of the text already coded whose mention covers them ("Cruz" of "Ted Cruz"), else the listed
    person of that name."""
    start, end = doc[j].idx, doc[k].idx + len(doc[k])
    for c, actor in coded:
        if any(m.start <= start and end <= m.end for m in c.mentions):
            return actor
    same = [actor for c, actor in coded if j == k and c.last == doc[k].text]  # "Cruz campaign" (an ORG)
    if len(same) == 1:
        return same[0]
    return lexicons.person_on(doc[j:k + 1].text, ctx.published)


def _politician_before(doc, k: int, a: int, ctx: Any, coded: list) -> Optional[tuple[Any, int]]:
    """(the person's code, first token) of a capitalised name ending at token ``k`` (not before
    ``a``), optionally followed by a possessive; None when neither the text's coded people nor
    the list know it."""
    if k >= a and doc[k].text in _POSSESSIVE:
        k -= 1
    j = k
    while j >= a and j > k - 3 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j -= 1
    if j == k:
        return None
    known = _known(doc, j + 1, k, ctx, coded)
    return (known, j + 1) if known is not None and known.country else None


def _person_role(word: str) -> bool:
    """True when ``word`` names a person's role: a party role, a title, an employee's role or
    an occupation of PETRARCH2's agents."""
    return word in lexicons.entity_words("party_role") or word in lexicons.titles() \
        or word in lexicons.entity_words("employee_role") or petrarch.agent_code(word) is not None


def _campaign_phrase(doc, a: int, b: int, ctx: Any, coded: list) -> Optional[Found]:
    """"(the) Cruz campaign's Iowa director", "Clinton's 2008 campaign manager": tokens ``a``
    to ``b - 1``, ending in a lower-case role noun."""
    if b - a < 3 or doc[b - 1].pos_ != "NOUN" or not doc[b - 1].is_lower or not _person_role(doc[b - 1].lower_):
        return None  # "Clinton's campaign strategy" names no one's role
    c = next((k for k in range(b - 1, a - 1, -1) if doc[k].lower_ == "campaign"), None)
    if c is None:
        return None
    for t in doc[c + 1:b]:
        if not (t.text in _POSSESSIVE or t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "ADJ") or t.ent_type_ == "GPE"):
            return None
    k = c - 1
    if k >= a and doc[k].like_num:
        k -= 1  # "Clinton's 2008 campaign"
    found = _politician_before(doc, k, a, ctx, coded)
    if found is None:
        return None
    known, first = found
    if first > 0 and doc[first - 1].pos_ == "ADP":
        return None  # "about Clinton's campaign manager, X said": an object, no apposition
    return known.country, "PTY", None, doc[first:b].text, former_before(doc, first)


def _staff_word(doc, s: int, ctx: Any, coded: list) -> Optional[Found]:
    """"Cruz spokeswoman Catherine Roe": a party role word between a listed politician's name
    and the person's."""
    if s < 2 or doc[s - 1].lower_ not in lexicons.entity_words("party_role") or doc[s - 1].pos_ != "NOUN":
        return None
    found = _politician_before(doc, s - 2, max(0, s - 5), ctx, coded)
    if found is None:
        return None
    known, first = found
    role = (doc[s - 1].lower_,)
    phrase = doc[first:s].text
    former = former_before(doc, first)
    return known.country, role_sector(QualifiedRole("person", phrase, role, phrase, former), known.sector), None, \
        phrase, former


def staff_role(doc, s: int, e: int, ctx: Any, coded: list) -> Optional[Found]:
    """The staff role beside the name at tokens ``s``-``e`` (module docstring), or None;
    ``coded`` the text's persons coded so far (:func:`coded_people`)."""
    comma = s >= 1 and doc[s - 1].text == ","
    end = s - 1 if comma else s
    found = _campaign_phrase(doc, max(0, end - _MAX_WORDS), end, ctx, coded)
    if found is None and not comma:
        found = _staff_word(doc, s, ctx, coded)
    if found is None and e + 3 < len(doc) and doc[e].text == ",":
        b = e + 1
        while b < len(doc) and b - e <= _MAX_WORDS and not doc[b].is_punct and doc[b].pos_ not in ("VERB", "AUX", "PRON"):
            b += 1
        if b < len(doc) and (doc[b].is_punct or doc[b].lower_ == "who"):
            found = _campaign_phrase(doc, e + 1, b, ctx, coded)
    return found
