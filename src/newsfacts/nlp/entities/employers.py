"""A person named right after an organisation's possessive ("CNN's Dana Bash", "NBC’s Ali Vitali",
"Iowa State University's Jane Roe"): the organisation is the person's employer, so a person the
other rules leave without country and sector takes the organisation's country and the sector
its officers hold (``title_holders.tsv``: an officer of the FBI is GOV with portfolio COP, of a
network MED, of a university EDU). Only the model's organisations (not a place: "Russia's Putin"
is a country's leader, coded by the title rules), only when the organisation has a sector, and
only with nothing but the possessive between the two names.
"""

from __future__ import annotations

from typing import Callable, Optional

from ... import lexicons
from ...schema import Actor
from .resolution import Cluster

#: What stands between an organisation's name and a person's name after it.
_POSSESSIVES = ("'s ", "\u2019s ")
_BARE = ("' ", "\u2019 ")


def employers_before_names(text: str, people: list[Cluster], others: list[Cluster]) -> dict[int, Cluster]:
    """The organisation cluster whose possessive is right before a mention of a person, by
    ``id`` of the person's cluster."""
    ends = {m.end: oc for oc in others if oc.label == "ORG" for m in oc.mentions}
    if not ends:
        return {}
    found: dict[int, Cluster] = {}
    for c in people:
        for m in c.mentions:
            oc = _owner_before(text, m.start, ends)
            if oc is not None:
                found[id(c)] = oc
                break
    return found


def _owner_before(text: str, start: int, ends: dict[int, Cluster]) -> Optional[Cluster]:
    """The organisation whose mention ends with a possessive right before ``start``."""
    if text[start - 3:start] in _POSSESSIVES and start - 3 in ends:
        return ends[start - 3]
    if text[start - 2:start] in _BARE and text[start - 3:start - 2] == "s" and start - 2 in ends:
        return ends[start - 2]  # "Fox News' Megyn Kelly"
    return None


def code_from_employer(actor: Actor, employer: Cluster, code_org: Callable[[Cluster], Actor]) -> None:
    """Fill a person's empty actor from the organisation whose possessive is before the name."""
    if actor.country or actor.sector:
        return
    org = code_org(employer)
    holder = lexicons.title_holders().get(org.sector) if org.sector else None
    if holder is None:
        return
    actor.country, actor.sector, actor.portfolio = org.country, holder[0], holder[1]
    actor.basis.append(f"country and sector of the employer named with a possessive before the name, "
                       f"'{employer.mentions[0].text}' ({org.country or '-'} {org.sector})")
