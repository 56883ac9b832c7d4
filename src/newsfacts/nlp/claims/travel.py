"""A length that is the object of a verb of covering a distance: "She had to drive 400 miles" ->
"distance driven", "the troops marched 30 km" -> "distance marched" (``motion`` rows of
``claim_count_classes.tsv``, with the participle; :mod:`.measured` reads this after its other steps)."""

from __future__ import annotations

from typing import Optional

from .windows import count_classes

_LENGTH_UNITS = frozenset(("mile", "km", "m", "ft", "foot", "yard", "nmi", "nautical mile", "cm", "inch"))


def travel_counts(span, unit: Optional[str]) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``("distance driven", [verb span])`` for a length whose verb covers it, at most two words between
    ("drove nearly 400 miles"); None otherwise."""
    if unit not in _LENGTH_UNITS:
        return None
    root = span.root
    verb = root.head
    if root.dep_ not in ("dobj", "npadvmod") or verb.pos_ != "VERB" or not 0 < span.start - verb.i <= 3:
        return None
    participle = count_classes().get("motion", {}).get(verb.lemma_.lower())
    if not participle:
        return None
    return f"distance {participle}", [(verb.idx, verb.idx + len(verb.text))]
