"""The party-state tag after a US legislator's name ("Sen. Jeff Sessions (R-Ala.)", "Schumer,
D-N.Y.,") and a US state alone in brackets ("Rep. Mike McCaul (Tex.)"): the country USA, and
for the tag a member of Congress's sector (:mod:`.actors` runs it among the person rules)."""

from __future__ import annotations

import re
from typing import Callable

from ... import lexicons
from ...lexicons import subnational
from ...schema import Actor

#: A US state alone in brackets after a name: "Rep. Mike McCaul (Tex.)".
_STATE_TAG_RE = re.compile(r" \(([A-Z][A-Za-z. ]{1,14})\)")


def code_party_state(actor: Actor, text: str, mentions, in_office: Callable[[], bool]) -> None:
    """Fill the actor from the first party-state tag after one of the person's ``mentions``:
    the country USA; the sector LEG when none is known, ``in_office()`` (the text gives no
    former or future office only) and no comma-set phrase before the name says "former"."""
    for m in mentions:
        found = subnational.party_state_after(text, m.end)
        if found is None:
            _state_tag_after(actor, text, m.end)
            continue
        party, state, end = found
        tag = text[m.end:end].strip(" ,")
        if actor.country is None:
            actor.country = "USA"
            actor.basis.append(f"country USA from the party-state tag '{tag}' after the name "
                               f"({subnational.PARTY_LETTERS[party]}, {state})")
        if actor.sector is None and in_office() and not former_apposition(text, m.start):
            actor.sector = "LEG"
            actor.basis.append(f"sector LEG: '{tag}' after a name marks a member of Congress")
        return


def former_apposition(text: str, start: int) -> bool:
    """True when the comma-set phrase just before a name puts its role in the past ("a former
    U.S. congressman, Mark Siljander, R-Mich.,"): the party-state tag then gives no sector."""
    before = text[max(0, start - 80):start].rstrip()
    if not before.endswith(","):
        return False
    chunk = before[:-1].rsplit(",", 1)[-1]
    tenses = lexicons.title_tenses()
    return any(tenses.get(w.strip(".")) == "former" for w in chunk.lower().split())


def _state_tag_after(actor: Actor, text: str, end: int) -> None:
    """A US state alone in brackets after a person's name ("Rep. Mike McCaul (Tex.)") gives
    the country USA (no sector: the tag alone does not say Congress)."""
    if actor.country is not None:
        return
    m = _STATE_TAG_RE.match(text, end)
    state = subnational.us_state(m.group(1)) if m else None
    if state:
        actor.country = "USA"
        actor.basis.append(f"country USA from the US state '{m.group(1)}' in brackets after the name ({state})")
