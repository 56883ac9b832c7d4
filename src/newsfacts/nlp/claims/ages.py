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
    named = _caption_age(span)
    if named is not None:
        return named
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
    if hyphen and not OFF and old.dep_ == "appos" and old.head.pos_ == "PROPN" and old.head.ent_type_ == "PERSON" and old.head.i < old.i:
        name = old.head  # "said Robert Stone, a 59-year-old from Hilton Head"
        first = min([c.i for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [name.i])
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


#: switch for measuring the rules of session 12 off (the hand checks set it)
OFF = False


def _caption_age(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """"Ahmed Sami, 41 Sami was a pilot" (a caption run into the text): a whole number of at most 110
    right after a person's name and a comma, standing on a name, is that person's age."""
    doc = span.doc
    num = span.root
    if OFF or len(span) != 1 or not num.text.isdigit() or not 0 < int(num.text) <= 110 or span.start < 2:
        return None
    comma, name = doc[span.start - 1], doc[span.start - 2]
    if comma.text != "," or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    k = span.end
    while k < len(doc) and doc[k].is_space:
        k += 1  # "João Silva, 62\nSilva, a husband": the caption's line break
    nxt = doc[k] if k < len(doc) else None
    if nxt is None or nxt.pos_ != "PROPN" or not (nxt.ent_type_ == "PERSON" or nxt.text == name.text) or k == span.end and num.head.i != nxt.i:
        return None
    first = name.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_type_ == "PERSON":
        first -= 1
    return f"age of {doc[first : name.i + 1].text}", [(doc[first].idx, name.idx + len(name.text))]


def appositive_age(span, unit: Optional[str], found: tuple[Optional[str], list[tuple[int, int]]]) -> tuple[Optional[str], list[tuple[int, int]]]:
    """The age of the person a "N-year-old" noun stands in apposition to (session 14): "Bush, the
    39-year old Texas land commissioner," -> "age of Bush" (not "age of Texas land commissioner");
    "Clinton, the 68-year-old former secretary of state bidding to ..." -> "age of Clinton"; "Wayne
    Borders, a 33-year-old African American" -> "age of Wayne Borders". ``found`` when the value is no
    such age, or when it already names someone else than a noun's age ("age of X" or nothing)."""
    words, _spans = found
    if OFF14 or unit not in _TIME_NOUNS or (words is not None and not words.startswith("age")):
        return found
    doc = span.doc
    old = next((t for t in doc[span.end - 1 : min(len(doc), span.end + 3)] if t.lower_ == "old"), None)
    if old is None or old.dep_ != "amod" or old.head.i < old.i:
        return found
    aged = old.head
    name = aged.head
    if aged.dep_ != "appos" or name.i > aged.i or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return found
    first = name.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_type_ == "PERSON" and doc[first - 1].head.i == name.i:
        first -= 1
    who = doc[first : name.i + 1].text
    return f"age of {who}", sorted([(doc[first].idx, name.idx + len(name.text)), (old.idx, old.idx + len(old.text))])


#: switch for measuring the rule of session 14 off (hand checks)
OFF14 = False
