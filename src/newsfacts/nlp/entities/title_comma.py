"""A person's name set off by commas after a title with a country: "Iran's foreign minister,
Kamal Darvish, said", "the Iranian foreign minister, Kamal Darvish." The title is the name's
(country, sector and portfolio, as for "Iran's foreign minister Kamal Darvish") when:

- the title has an affiliation with a country before it ("Iran's", "the Iranian");
- a comma follows the title, then a name the model tags as a person, every word of it;
- a comma or a stop closes the name (not "Iran's foreign minister, Putin said").
"""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Doc

#: Switch (tests and measurement): False leaves the rule out.
ENABLED = True
_CLOSERS = frozenset({",", ".", ";", ")", "--", "\u2014"})


def name_after_comma(doc: Doc, e: int, name_after: Callable[[Doc, int], Optional[tuple[int, int]]],
                     country: Optional[str]) -> Optional[tuple[int, int]]:
    """The token range of the name after the comma at ``e`` (module doc), or None."""
    if not ENABLED or not country or e + 1 >= len(doc) or doc[e].text != ",":
        return None
    name = name_after(doc, e + 1)
    if name is None:
        return None
    s, t = name
    if any(doc[k].ent_type_ != "PERSON" for k in range(s, t)) or (t < len(doc) and doc[t].ent_type_ == "PERSON"):
        return None
    if t < len(doc) and doc[t].text not in _CLOSERS:
        return None
    return name
