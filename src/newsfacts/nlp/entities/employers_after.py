"""A person's employer named in a role beside the name: after it ("Scot Ross, executive
director of One Wisconsin Now,", "Arthur Hellman, a law professor at the University of
Florida", "Lee Wang of The Washington Post") or before it ("The Podesta Group's CEO, Kimberley
Fritts", "The director of the European Centre, Ina Kirsch", with no possessive "CNBC anchor X":
:mod:`.owner_role`): a person the other rules left
without a country takes the organisation's country, and, with no sector either, the sector
its officers hold (``title_holders.tsv``, as for an employer's possessive right before the
name: :mod:`.employers`). "former" in the role gives the country only.

"X of ORG" right after the name needs no role word. Otherwise the role must hold a role word (a one-word title of ``titles.tsv`` or an ``employee_role`` of
``entity_words.tsv``), at most ``_MAX_WORDS`` words and no clause word ("who works for",
"which"); after the name it runs from the name's comma to "of", "at", "for", "with" or "in"
(and an optional "the") right before a mention of the organisation, within the appositive (no
comma or stop between). The organisation's mention must not be followed by a capitalised word
(the tagger cut "the House Majority PAC" to "House"). An organisation with no country gives
nothing: no guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Callable, Optional

from ... import lexicons
from ...schema import Actor
from .owner_role import bare_owner_role, owner_role_word
from .resolution import Cluster

_MAX_WORDS = 7
#: The appositive after the name's comma, up to the next comma, stop or quote mark.
_AFTER = re.compile(r",\s+([^,.;:()\"\u201c\u201d\n]{3,90})")
#: A preposition and an optional "the" before the organisation.
_PREP = re.compile(r"\b(?:of|at|for|with|in)\s+(?:the\s+)?")
#: "Lee Wang of The Intercept": "of" right after the name.
_OF = re.compile(r"\s+of\s+(?:the\s+|The\s+)?")
#: Before the name: "The Podesta Group's CEO, X", "Google's chief economist X" (after the
#: organisation's possessive), "the director of the European Centre, X" (the organisation, a comma).
_OWNER_ROLE = re.compile(r"^(?:'s|\u2019s|')\s+((?:[A-Za-z][\w\-]*\s+){0,4}[A-Za-z][\w\-]*),?\s+$")
_ROLE_OF = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+((?:[A-Za-z][\w\-]*\s+){0,3}?)(?:of|at|for)\s+(?:the\s+)?$")
_CUT = re.compile(r"[ \t]+[A-Z]")  # a capitalised word right after the mention: a name the tagger cut
_CLAUSE = frozenset({"who", "which", "that", "said", "says", "and", "or", "but", "whose", "when", "where"})


@lru_cache(maxsize=None)
def employee_roles() -> frozenset[str]:
    """The one-word titles of ``titles.tsv`` and the ``employee_role`` words of ``entity_words.tsv``."""
    words = {t for t in lexicons.titles() if " " not in t and not t.endswith(".")}
    return frozenset(words | set(lexicons.entity_words("employee_role")))


def _role(words_text: str) -> Optional[bool]:
    """None unless the words hold a role word and no clause word; else whether the role is former."""
    words = [w.lower().strip(".") for w in words_text.split()]
    if len(words) > _MAX_WORDS or any(w in _CLAUSE for w in words) or not any(w in employee_roles() for w in words):
        return None
    return "former" in words or "ex" in words


def _after(text: str, end: int, starts: dict[int, Cluster]) -> Optional[tuple[Cluster, bool]]:
    """The organisation of a role appositive after the name ending at ``end``, or "X of ORG"."""
    of = _OF.match(text, end)
    if of is not None:  # the organisation's mention may start at "the" ("of The Intercept")
        the = of.group(0).lower().rfind("the")
        for at in (of.end(), of.start() + the if the >= 0 else -1):
            if at in starts:
                return starts[at], False
    hit = _AFTER.match(text, end)
    if hit is None:
        return None
    for prep in _PREP.finditer(text, hit.start(1), hit.end(1) + 5):
        if prep.end() in starts:
            former = _role(text[hit.start(1):prep.start()])
            return (starts[prep.end()], former) if former is not None else None
    return None


class _Ends(dict):
    """Organisation mentions by end offset, with the offsets sorted once (a bisect per name)."""

    def __init__(self, items):
        super().__init__(items)
        self.keys_sorted = sorted(self)


def _before(text: str, start: int, ends: "_Ends") -> Optional[tuple[Cluster, bool]]:
    """The organisation of a role right before the name starting at ``start``: "ORG's CEO, X",
    "the director of ORG, X"."""
    keys = ends.keys_sorted
    for end in keys[bisect_left(keys, start - 120):bisect_left(keys, start)]:
        org_start, oc = ends[end]
        between = text[end:start]
        hit = _OWNER_ROLE.match(between)
        if hit is not None:
            former = _role(hit.group(1))
            if former is not None:
                return oc, former
        bare = bare_owner_role(between)  # "CNBC moderator X": no possessive
        if bare is not None and ((role := _role(bare)) is not None or owner_role_word(bare)):
            return oc, bool(role)
        if between.strip() == "," and start - end <= 3:
            lead = _ROLE_OF.search(text[max(0, org_start - 60):org_start])
            former = _role(lead.group(1)) if lead else None
            if lead is not None and lead.group(1).strip() and former is not None:
                return oc, former
    return None


def employers_after_names(text: str, people: list[Cluster], others: list[Cluster]) -> dict[int, tuple[Cluster, bool]]:
    """The organisation named in a role beside a mention of a person (module docstring), and
    whether the role is a former one, by ``id`` of the person's cluster."""
    orgs = [(m, oc) for oc in others if oc.label == "ORG" for m in oc.mentions
            if not _CUT.match(text, m.end)]  # "the House Majority PAC" tagged "House": no employer
    if not orgs:
        return {}
    starts = {m.start: oc for m, oc in orgs}
    ends = _Ends((m.end, (m.start, oc)) for m, oc in orgs)
    found: dict[int, tuple[Cluster, bool]] = {}
    for c in people:
        for m in c.mentions:
            hit = _after(text, m.end, starts) or _before(text, m.start, ends)
            if hit is not None:
                found[id(c)] = hit
                break
    return found


def code_from_employer_after(actor: Actor, employer: tuple[Cluster, bool], code_org: Callable[[Cluster], Actor]) -> None:
    """Fill a person's missing country (and sector) from the organisation of the role beside the name."""
    if actor.country:
        return
    oc, former = employer
    org = code_org(oc)
    if not org.country:
        return
    actor.country = org.country
    holder = lexicons.title_holders().get(org.sector) if org.sector else None
    if actor.sector is None and holder is not None and not former:
        actor.sector, actor.portfolio = holder[0], holder[1]
        actor.basis.append(f"country and sector of the employer in the role beside the name, "
                           f"'{oc.mentions[0].text}' ({org.country} {org.sector})")
    else:
        actor.basis.append(f"country of the employer in the role beside the name, '{oc.mentions[0].text}' ({org.country})")
