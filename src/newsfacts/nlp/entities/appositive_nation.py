"""A nationality in the appositive after a person's name: "Alan Gross, an American contractor
accused of spying", "Saeed Roe, an Iranian-American pastor", "Ana Vogel, a 29-year-old German
student" give the nationality's country (no sector: the role noun's own rules give it).

The appositive opens with a comma and "a", "an" or "the", then up to three lower-case
modifiers ("59-year-old", "veteran"; not "former": a former diplomat is still of his country, but
"former" is read as the start of a past role and left to the other rules), then a nationality
of one country (``demonyms.tsv``; of a hyphenated one, "Iranian-American", the last part: the
citizenship written last), then a lower-case noun ("contractor"). A nationality inside a named
organisation ("an American Airlines pilot": the model's ORG) is no person's. The rule fills a
missing country only.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...lexicons import countries

#: Switch (tests and measurement): False leaves the rule out.
ENABLED = True
_OPENERS = frozenset({"a", "an", "the"})
_NOT_PART = frozenset({"ORG", "FAC", "PERSON", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})


def nationality_after(doc: Doc, start_char: int, end_char: int) -> Optional[tuple[str, str]]:
    """(ISO3, the appositive's words) of a nationality appositive after the name at
    ``start_char``-``end_char``, or None (module rules)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return None
    i = span.end
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in _OPENERS:
        return None
    k = i + 2
    while k < len(doc) and k - i <= 7 and _modifier(doc, k):
        k += 1
    if k + 1 >= len(doc) or not doc[k].text[:1].isupper() or doc[k].ent_type_ in _NOT_PART:
        return None
    if doc[k + 1].text in ("-", "\u2013") and not doc[k].whitespace_ and k + 2 < len(doc) and doc[k + 2].text[:1].isupper():
        k += 2  # "Iranian-American": the last part
        if doc[k].ent_type_ in _NOT_PART:
            return None
    code = countries.demonym_country(doc[k].text)
    if code is None or k + 1 >= len(doc) or not (doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN"):
        return None
    return code, doc[i + 1:k + 2].text


def _modifier(doc: Doc, k: int) -> bool:
    """A word of a modifier before the nationality: a lower-case adjective, number or adverb,
    or a piece of a hyphenated one ("29-year-old"); never "former"."""
    t = doc[k]
    if t.lower_ == "former":
        return False
    if t.like_num or t.text == "-":
        return True
    return t.is_lower and (t.pos_ in ("ADJ", "NUM", "ADV") or (k + 1 < len(doc) and doc[k + 1].text == "-"))


def code_appositive_nationality(actor, c, ctx) -> None:
    """Fill a person's missing country from a nationality appositive after one of their names."""
    if not ENABLED or ctx.doc is None or actor.country is not None:
        return
    for m in c.mentions:
        found = nationality_after(ctx.doc, m.start, m.end)
        if found:
            actor.country = found[0]
            actor.basis.append(f"country {found[0]} from the nationality in '{found[1]}' after the name")
            return
