"""Ages stated with "old": "Garland is 63 years old" -> "age of Garland"; "At 29 years old, she
still lives at home" -> "age" (a pronoun names no one), so is "the 43-year-old asked"; "a 74-year-old senator" is read by
:func:`~newsfacts.nlp.claims.measured.what_it_counts` from the noun."""

from __future__ import annotations

from typing import Optional

from .description import noun_phrase

_TIME_NOUNS = frozenset({"year", "month", "week", "day"})


def _person_of(name):
    """The person a title names: "Gov." of "Gov. Jerry Brown" (the compound of the name), "Sen." of
    "Iowa Sen. Chuck Grassley" (the name in apposition); else ``name`` itself."""
    while name.ent_type_ != "PERSON" and name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head
    if name.ent_type_ != "PERSON":
        name = next((c for c in name.children if c.dep_ == "appos" and c.i == name.i + 2 and c.ent_type_ == "PERSON"
                     and c.pos_ == "PROPN"), name)
    return name


def old_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``("age of X", evidence)`` of "X is N years old" (also "X, N years old," and "X turned N
    years old"), ``("age", ...)`` when X is no noun or name; None when the value is no age."""
    unit = span.root
    old = unit.head
    hyphen = old.i == unit.i + 2 and unit.doc[unit.i + 1].text == "-"  # "the 43-year-old asked": a noun the parse makes of "old"
    if unit.lemma_.lower() not in _TIME_NOUNS or old.lower_ != "old" or not (old.i == unit.i + 1 or hyphen):
        return None
    old_span = (old.idx, old.idx + len(old.text))
    if old.dep_ == "amod" and old.head.pos_ == "PROPN" and old.head.ent_type_ in ("PERSON", "ORG", "FAC", ""):  # "82-year-old Richard Roe", "Roe, then 29-years-old,"
        name = _person_of(old.head)  # "the 82-year-old Iowa Sen. Chuck Grassley": the person, not the title
        first = min([c.i for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                     and (c.ent_type_ == "PERSON" or name.ent_type_ != "PERSON")] + [name.i])  # not the title "Sen."
        if first > old.i or name.i < old.i:
            return f"age of {name.doc[first : name.i + 1].text}", sorted([(name.doc[first].idx, name.idx + len(name.text)), old_span])
    if hyphen and not any(c.dep_ == "det" for c in old.children):
        return None  # "a 43-year-old man": read from the noun
    if old.head.i > old.i:
        return None  # "the 39-year old Texas land commissioner": the noun after says whose age
    verb = old.head if old.dep_ in ("acomp", "oprd", "xcomp") else None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    if old.dep_ == "amod" and old.head.pos_ in ("NOUN", "PROPN") and old.head.i < old.i:
        subj = old.head  # "Garland, 63 years old,": an apposition the parse hangs from the name
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return "age", [old_span]
    words = noun_phrase(subj)
    end = subj.idx + len(subj.text)
    return f"age of {words}", sorted([(end - len(words), end), old_span])
