"""The parts of a whole a number hyphen-joined to a part noun counts: "a 16-member special forces
team" -> "member of special forces team", "an eight-candidate main event" -> "candidates in the
main event", "a two-person race" -> "people in the race", "a three-way news conference" -> "sides in
the news conference" (``claim_part_nouns.txt``, ``claims_counts_parts.tsv``); "a 12 person
primary" without the hyphen for "person" alone (not "28 member countries": the members are the
countries)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ... import lexicons
from .owners import NOT_OWNERS


@lru_cache(maxsize=None)
def part_nouns() -> dict[str, tuple[str, str]]:
    """lemma -> (plural, joining word), from ``claim_part_nouns.txt`` ("<lemma>s", "of") and
    ``claims_counts_parts.tsv``."""
    out = {r[0]: (r[0] + "s", "of") for r in lexicons.rows("claim_part_nouns.txt")}
    out.update({r[0]: (r[1], r[2]) for r in lexicons.rows("claims_counts_parts.tsv") if len(r) > 2})
    return out


#: switch for measuring the rule off (the hand checks set it): the older "member of team"
OFF = False


def part_counts(counted, span, np_span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``(counts, evidence)`` for a part noun joined to the number before a whole (see the module
    docstring); ``np_span`` is ``measured.np_span``; None when the number is no such count."""
    doc = span.doc
    lemma = counted.lemma_.lower()
    hyphen = counted.i == span.end + 1 and doc[span.end].text in ("-", "‑")
    bare = counted.i == span.end and lemma == "person" and counted.tag_ == "NN"  # "a 12 person Republican primary"
    if not (hyphen or bare and not OFF) or lemma not in part_nouns():
        return None
    whole = counted.head
    if bare and whole.i < counted.i:  # "a 12 person Republican primary" parsed as "person" with "primary" its apposition
        whole = next((c for c in counted.rights if c.dep_ == "appos" and c.i <= counted.i + 3), whole)
    while whole.dep_ == "compound" and whole.head.i > whole.i and whole.head.pos_ == "NOUN":
        whole = whole.head  # "the 12-country trade deal": the deal
    if whole.i <= counted.i or whole.pos_ not in ("NOUN", "PROPN") or whole.ent_type_ in NOT_OWNERS + ("PERSON",):
        return None
    s, e, words = np_span(whole)
    if s <= counted.idx:  # the whole's words start at its first modifier, after the part noun
        first = next(t for t in doc[counted.i + 1 : whole.i + 1] if t.pos_ not in ("PUNCT", "DET"))
        s, words = first.idx, doc[first.i : whole.i + 1].text
    part = (counted.idx, counted.idx + len(counted.text))
    plural, prep = part_nouns()[lemma]
    if OFF or prep == "of":  # "member of special forces team" (kept as it was)
        return f"{counted.text} of {words}", sorted([part, (s, e)])
    poss = next((c for c in whole.lefts if c.dep_ == "poss" and c.i < span.start), None)
    det = doc[poss.left_edge.i : poss.i + 1] if poss is not None and poss.i - poss.left_edge.i <= 3 else None
    if det is not None:  # "his 12-person team" -> "people in his team"
        return f"{plural} {prep} {det.text} {words}", sorted([(det.start_char, det.end_char), part, (s, e)])
    return f"{plural} {prep} the {words}", sorted([part, (s, e)])
