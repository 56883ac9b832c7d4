"""Two names the model joined across a spaced dash: "Keith Scott - Brentley Vinson" (a victim
and the officer, in a headline or a caption) was one PERSON entity.

A PERSON entity holding a dash with a space on both sides (" - ", " – ", " — "), with a
capitalised word right before and right after it, is cut into the names on either side, each a
PERSON of its own when it has two words or more (a lone word is left out: "Trump - Clinton"
is a pairing, not a name). A hyphen inside a word ("Crouse-Mays") is no such dash.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: Switch (tests and measurement): False leaves the rule out.
ENABLED = True
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def split_dashed_names(doc: Doc, ents) -> list[Span]:
    """The model's entities with each PERSON joined across a spaced dash cut in two."""
    out: list[Span] = []
    for ent in ents:
        k = _dash_at(doc, ent) if ENABLED and ent.label_ == "PERSON" else None
        if k is None:
            out.append(ent)
            continue
        for a, b in ((ent.start, k), (k + 1, ent.end)):
            if b - a >= 2:
                out.append(Span(doc, a, b, label="PERSON"))
    return out


def _dash_at(doc: Doc, ent: Span):
    """The token index of a spaced dash between two capitalised words inside ``ent``, or None."""
    for i in range(ent.start + 1, ent.end - 1):
        tok = doc[i]
        if tok.text in _DASHES and doc[i - 1].whitespace_ and tok.whitespace_ \
                and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper():
            return i
    return None
