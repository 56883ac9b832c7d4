"""What a counted noun is to, from or with, when the parse hangs that phrase on the noun right after
it: "its proposed $104 billion sale to Anheuser Busch InBev" -> "proposed sale to Anheuser Busch
InBev", "a $160 billion combination with Allergan", "fees from advising clients declined to $281
million" -> "fees from advising clients". The prepositions ``owners.owner_after`` reads (of, in,
for, on, among, at, between) are its; these are the others that say which ones
(``claims_counts_post_preps.txt``). Never a number, a date or an amount after the preposition
("a rise to 5 percent", "sales from 2012"), never a word of the quantity itself.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

from ... import lexicons

#: switch for measuring the rule off (tests and hand checks set it)
OFF = False
_NOT_OBJECTS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL")


@lru_cache(maxsize=None)
def post_preps() -> frozenset[str]:
    """Prepositions after a counted noun that say which ones it counts."""
    return frozenset(r[0] for r in lexicons.rows("claims_counts_post_preps.txt"))


def prep_after(noun, span, np_span: Callable) -> Optional[tuple[str, tuple[int, int]]]:
    """``(words, (start, end))`` of the phrase after ``noun`` that says which ones ("to Royal Dutch
    Shell"), or None; ``np_span`` gives a noun's phrase (``measured.np_span``)."""
    if OFF or noun.pos_ != "NOUN" or noun.i + 1 >= len(noun.doc):
        return None
    doc = noun.doc
    prep = doc[noun.i + 1]
    if prep.dep_ != "prep" or prep.head.i != noun.i or prep.lower_ not in post_preps():
        return None
    if span is not None and prep.i < span.end and prep.right_edge.i >= span.start:
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return None
    if obj.dep_ == "pobj":
        if obj.pos_ not in ("NOUN", "PROPN") or obj.like_num or obj.ent_type_ in _NOT_OBJECTS:
            return None
        if any(t.like_num or t.tag_ == "$" for t in doc[prep.i + 1 : obj.i]):
            return None  # "a transfer to 12 states": a figure of its own
        _, end, words = np_span(obj)
        return f"{prep.lower_} {words}", (prep.idx, end)
    last = min(obj.right_edge.i, obj.i + 3)
    if obj.tag_ != "VBG" or any(t.is_punct or t.like_num or t.tag_ == "$" for t in doc[obj.i : last + 1]):
        return None
    words = doc[prep.i : last + 1]
    return words.text, (words.start_char, words.end_char)  # "fees from advising clients"
