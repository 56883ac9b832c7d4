"""Companies the lists do not know, from their name's business form or the words before it.

- **One company, two names**: "Nabisco Inc." and "Nabisco" in one text are one organisation
  (``business_form`` of ``entity_words.tsv``: the last word of the longer name is a legal form,
  "Inc.", "Corp.", "& Co.", "LLC"); the longer name codes it (``org_heads.tsv``: BUS).
- **Words before the name**: an organisation with no sector the other rules found, right after
  "shares of", "the chief executive of", "a subsidiary of" (``business_before``), is a company:
  sector BUS, and no country (a firm's country is given only by its name or the text).
- **US forms**: a name ending in "PAC" (``us_org_form``) is a US political action committee: USA.
"""

from __future__ import annotations

from typing import Optional

from ... import lexicons
from .resolution import Cluster

_TRIM = " ,.&"


def _short_key(c: Cluster) -> Optional[str]:
    """The key of an organisation's name without its business form ("org:nabisco" for
    "org:nabisco inc"), or None."""
    if c.label != "ORG" or not c.key.startswith("org:") or " " not in c.key:
        return None
    head, last = c.key.rsplit(" ", 1)
    if last.strip(".") not in lexicons.entity_words("business_form"):
        return None
    short = head.rstrip(_TRIM)
    return short if len(short) > len("org:") else None


def merge_business_forms(clusters: list[Cluster]) -> list[Cluster]:
    """Merge an organisation named without its business form into the one named with it."""
    by_key = {c.key: c for c in clusters if c.label == "ORG"}
    gone: set[int] = set()
    for c in clusters:
        short = _short_key(c)
        other = by_key.get(short) if short else None
        if other is not None and other is not c and other.org is None and c.org is None:
            c.mentions = sorted(c.mentions + other.mentions, key=lambda m: m.start)
            gone.add(id(other))
    if not gone:
        return clusters
    return [c for c in clusters if id(c) not in gone]


def us_form(actor, c: Cluster) -> None:
    """An organisation with no country whose name ends in a US legal form (``us_org_form`` of
    ``entity_words.tsv``: "Conservative Solutions PAC", "Priorities USA Super PAC"): USA, no
    sector; a bare "PAC" (also the Pan Africanist Congress) gives nothing."""
    if actor.country or c.label != "ORG" or not c.mentions:
        return
    name = max((m.text for m in c.mentions), key=len)
    words = name.split()
    if len(words) > 1 and words[-1].lower() in lexicons.entity_words("us_org_form"):
        actor.country = "USA"
        actor.basis.append(f"country USA: '{words[-1]}' ends the name, a US organisation's legal form")


def business_context(actor, c: Cluster, text: str):
    """An organisation with no sector after "shares of", "the chief executive of" (module
    docstring): sector BUS; a US legal form gives USA (:func:`us_form`)."""
    us_form(actor, c)
    if actor.sector or c.label != "ORG":
        return actor
    before = lexicons.entity_words("business_before")
    for m in c.mentions:
        window = text[max(0, m.start - 30):m.start].lower().replace("the ", "").rstrip()
        found = next((w for w in before if window.endswith(" " + w) or window == w), None)
        if found:
            actor.sector = "BUS"
            actor.basis.append(f"sector BUS: '{found}' before the name (entity_words.tsv business_before)")
            break
    return actor
