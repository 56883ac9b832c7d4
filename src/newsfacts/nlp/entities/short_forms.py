"""Short forms the model misses or mistypes, read only where the form itself is unambiguous:

- a known organisation's acronym written with dots, as the New York Times writes them: left
  untagged ("The A.F.L.-C.I.O. endorsed ...") it becomes the organisation's mention; tagged as
  a place or nationality ("F.B.I." tagged GPE) it is relabelled ORG
  (:func:`.names.known_dotted_acronym`, never a country's "U.S.");
- a US state's two-letter postal code the model tagged as a place, alone ("City College, NY",
  "In NY, ..."), is that state (USA); codes that are English words in capitals ("OR", "IN",
  "ME", ...) are left alone.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from ... import lexicons
from ...lexicons import subnational
from .mentions import Candidate
from .names import known_dotted_acronym

#: Switch (tests and measurement): False leaves the rules out.
ENABLED = True
#: A dotted acronym standing alone ("A.F.L.-C.I.O.", "G.O.P."), as one token of the text.
_DOTTED_RUN = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?:-(?:[A-Z]\.){2,})?(?![\w])")


def dotted_acronyms(doc: Doc, text: str, mentions: list[Candidate], sent_of: list[int]) -> list[Candidate]:
    """One token the model left untagged that is a known organisation's acronym written with
    dots ("A.F.L.-C.I.O.", "G.O.P.": :func:`.names.known_dotted_acronym`, never a country's
    "U.S."): such a word is no common word."""
    if not ENABLED:
        return []
    taken = [(m.start, m.end) for m in mentions]
    found: list[Candidate] = []
    for hit in _DOTTED_RUN.finditer(text):  # candidates by the text first: no Token made per word
        s, e = hit.span()
        span = doc.char_span(s, e)
        if span is None or len(span) != 1 or span[0].ent_type_ or known_dotted_acronym(hit.group()) is None:
            continue
        if not any(a < e and s < b for a, b in taken):
            found.append(Candidate(s, e, text[s:e], "ORG", "name", (), None, sent_of[span.start]))
    return found


def dotted_as_org(m: Candidate) -> Candidate:
    """A place or nationality the model tagged whose whole name is a known organisation's
    dotted acronym ("F.B.I." tagged GPE) is that organisation (ORG)."""
    if ENABLED and m.label in ("GPE", "LOC", "NORP") and m.kind == "name" and known_dotted_acronym(m.text) is not None:
        m.label = "ORG"
    return m


def postal_place(name: str) -> Optional[tuple[tuple[str, ...], str]]:
    """A US state's postal code the model tagged as a place, alone ("City College, NY", "In
    NY, ..."): the model's place label is the context that reads it (see ``us_states.tsv``); a
    code that is also a word or a common form in capitals (``postal_word`` of
    ``entity_words.tsv``: "OR", "IN", "ME", "LA") is not read."""
    if not ENABLED or len(name) != 2 or not name.isupper() or name.lower() in lexicons.entity_words("postal_word"):
        return None
    state = subnational.us_state_from_postal(name)
    return (("USA",), f"US state {state} (postal code '{name}' the model read as a place)") if state else None
