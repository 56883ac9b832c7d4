"""Whose lead a lead noun a number stands on is, and over whom: "Clinton's 2.5-point edge over Trump"
-> "edge of Clinton over Trump", "he has a nine percentage point edge over Clinton" -> "edge over
Clinton", "Sanders holds a 10-point lead over Clinton" -> "lead of Sanders over Clinton"; the sides
only where the text names them (a possessor or the subject of a verb of having that is a name;
"over" and a name, a party or a group)."""

from __future__ import annotations

from typing import Optional

#: nouns of a lead a figure stands on (also read by :mod:`.poll_sides`)
LEAD_NOUNS = frozenset(("lead", "edge", "advantage"))
_SIDE_TYPES = ("PERSON", "ORG", "NORP", "GPE")

#: switch for measuring the rule off (the hand checks set it)
OFF = False


def _name(tok) -> Optional[tuple[str, tuple[int, int]]]:
    """A side's whole name ("Hillary Clinton"), or None for a pronoun or a common noun."""
    if tok is None or not (tok.pos_ == "PROPN" or tok.ent_type_ in _SIDE_TYPES and tok.text[:1].isupper()) or tok.ent_type_ not in _SIDE_TYPES + ("",):
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None:
        return ent.text, (ent.start_char, ent.end_char)
    return tok.text, (tok.idx, tok.idx + len(tok.text))


def lead_noun_counts(counted, span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``("edge of A over B", evidence)`` for a number on a lead noun (see the module docstring), or
    None when the text names neither side."""
    if OFF or counted.lemma_.lower() not in LEAD_NOUNS or counted.i < span.start:
        return None
    over = next((p for c in counted.children if c.dep_ == "prep" and c.lower_ == "over" and c.i > counted.i
                 for p in c.children if p.dep_ == "pobj"), None)
    other = _name(over)
    poss = next((c for c in counted.lefts if c.dep_ == "poss"), None)
    holder = _name(poss)
    if holder is None and counted.dep_ == "dobj" and counted.head.lemma_.lower() in ("have", "hold", "take", "build", "open", "enjoy", "keep", "maintain"):
        holder = _name(next((c for c in counted.head.children if c.dep_ == "nsubj"), None))
    if holder is None and other is None:
        return None
    text, spans = counted.lower_, [(counted.idx, counted.idx + len(counted.text))]
    if holder is not None:
        text, spans = f"{text} of {holder[0]}", spans + [holder[1]]
    if other is not None:
        text, spans = f"{text} over {other[0]}", spans + [other[1]]
    where = next((c for c in counted.children if c.dep_ == "prep" and c.lower_ in ("in", "among") and c.i > counted.i), None)
    if where is not None and where.right_edge.i - where.i <= 5 and not any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in where.subtree):
        words = counted.doc[where.i : where.right_edge.i + 1]  # "lead of Sanders over Clinton in New Hampshire"
        text, spans = f"{text} {words.text}", spans + [(words.start_char, words.end_char)]
    return text, sorted(spans)
