"""Heads that are actors only with a nation before them (``only`` = ``nation`` in
``entity_unnamed.tsv``): "three Russian oligarchs", "Chinese hackers", "Mexican nationals",
"Palestinian youths". Alone ("oligarchs", "immigrants", "hackers") they name no side a coder
would code, and a country from the sentence or the article would be a guess ("illegal
immigrants" in a US story are not American), so only the phrase's own nationality or country
("Russian", "China's") makes them an actor.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

_MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}
#: Switch (tests and measurement): False leaves these heads out, as before.
ENABLED = True


def nation_modified(tok: Token, named: Any) -> bool:
    """Whether a nationality or a country with a code modifies the head ``tok`` before it."""
    if not ENABLED:
        return False
    for c in tok.children:
        if c.dep_ in _MODIFIER_DEPS and c.i < tok.i:
            ent = named.token(c)
            if ent is not None and ent.type in ("NORP", "GPE") and ent.actor is not None and ent.actor.country:
                return True
    return False
