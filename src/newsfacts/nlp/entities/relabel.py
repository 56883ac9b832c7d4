"""The small model's label slips between people and the rest, repaired by the lexicons.

The model tags "Sri Lanka" or "Boko Haram" as a person and "Erdogan", "Biden" or "Aung San
Suu Kyi" as an organisation or a place. A person then gets no country and a country no code,
so the slip costs the actor code of an event's side. Repaired, on the lexicons' word only:

- a PERSON entity whose whole name is a country, a territory or a province or region abroad
  (ISO 3166-2; not a US state: "Georgia", "Virginia" are also first names) is a place (GPE);
  one whose name is a known organisation (``organisations.tsv``) is an organisation (ORG);
  never a name that is a first name (``entity_gender.tsv``, ``given_name_place`` in
  ``entity_words.tsv``: "Chad", "Jordan"), nor a word of another person's name in the text
  ("Washington" after "Denzel Washington"), nor a name after an honorific;
- an organisation, place or nationality entity whose whole name is a person of
  ``people.tsv`` (a full name, or a surname the list marks ``surname``) is a person, unless
  the name is also a country, a capital, a US state, a nationality or a known organisation;
- an organisation, place or work of art entity (``person_slip`` in ``entity_labels.tsv``)
  shaped like a person's name, two or three capitalised words led by a first name of
  ``entity_gender.tsv`` ("Carly Fiorina", "Billie Jean King"), is a person when the text treats
  it as one: it is the subject of a saying verb, or the next subject pronoun after it is the
  first name's gender (``Candidate.person_cue``), or its last word is a person's name elsewhere
  in the text ("Ms. Fiorina", "Fiorina" tagged PERSON). Never a known organisation, a place, a
  firm named after people (``person_named_org`` in ``entity_words.tsv``: "Morgan Stanley",
  "Lockheed Martin"), a name with a word of ``org_word`` ("Bank", "Foundation"), or one with
  "&", an acronym or a digit ("Johnson & Johnson");
- an organisation or place entity whose name is the last two words or more of a person's name
  of three words or more in the text ("Le Pen" after "Marine Le Pen") is that person.
"""

from __future__ import annotations

import re
from typing import Optional

from ... import lexicons
from ..token_arrays import tokens_with_dep
from .mentions import Candidate, name_words
from .names import known_person_name, place_or_organisation

#: The model's labels a known person's name is re-read from.
_OTHER_LABELS = ("ORG", "GPE", "NORP", "LOC", "FAC")


def relabel_slips(persons: list[Candidate], others: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """Move the model's people that are places or organisations to ``others``, and its
    organisations and places that are known people to ``persons``.

    Args:
        persons: the person mentions (names after titles and the model's PERSON entities).
        others: the other mentions.

    Returns:
        (persons, others), each in the order given, the moved mentions relabelled.
    """
    texts_of: dict[str, set[str]] = {}  # a name word (lower case) -> the names it is a word of
    for p in persons:
        for w in p.name_tokens:
            texts_of.setdefault(w.lower(), set()).add(p.text)
    keep: list[Candidate] = []
    moved: list[Candidate] = []
    for p in persons:
        label = None
        if p.title is None and not p.honorific and place_or_organisation(p.text):
            elsewhere = {w for w, texts in texts_of.items() if texts - {p.text}}
            label = person_slip(p.text, elsewhere)
        if label is None:
            keep.append(p)
        else:
            moved.append(Candidate(p.start, p.end, p.text, label, "name", (), None, p.sent))
    back: list[Candidate] = []
    rest: list[Candidate] = []
    surnames = {p.name_tokens[-1] for p in persons if p.name_tokens}
    tails = name_tails(persons)
    for m in others:
        if (m.label in _OTHER_LABELS and m.kind == "name" and (known_person_name(m.text) or tail_of_person(m, tails))) \
                or first_name_person(m, surnames):
            back.append(Candidate(m.start, m.end, m.text, "PERSON", "name", name_words(m.text), None, m.sent))
        else:
            rest.append(m)
    return sorted(keep + back, key=lambda c: c.start), sorted(rest + moved, key=lambda c: c.start)


def name_tails(persons: list[Candidate]) -> frozenset[str]:
    """The last two or more words of the names of three words or more the text gives a person
    ("Le Pen" of "Marine Le Pen", "Bin Salman" of "Mohammed Bin Salman")."""
    tails = set()
    for p in persons:
        words = p.text.split()
        tails.update(" ".join(words[k:]) for k in range(1, len(words) - 1))
    return frozenset(tails)


def tail_of_person(m: Candidate, tails: frozenset[str]) -> bool:
    """True when ``m``, an organisation or place the model tagged, is the surname of two words
    or more of a person the text names in full ("Marine Le Pen ... Le Pen said"), and no place
    or known organisation."""
    return m.text in tails and place_or_organisation(m.text) is None


def person_slip(text: str, elsewhere: set[str]) -> Optional[str]:
    """The label of a PERSON entity that names no person ("GPE", "ORG"), or None.

    Args:
        text: the entity's name.
        elsewhere: the words (lower case) of the other people's names in the text.
    """
    words = name_words(text)
    if not words or any(w.lower() in elsewhere for w in words) or known_person_name(text, strict=False):
        return None
    if len(text) <= 3 and not text.isupper():
        return None  # "Mar" of "Mar-a-Lago" is no MAR (Morocco's code)
    if len(words) == 1 and (text.lower() in lexicons.gender_words("first_name") or text.lower() in lexicons.entity_words("given_name_place")):
        return None
    return place_or_organisation(text)


#: A middle initial ("S." of "Mark S. Mellman"): with a first name before and a name word after,
#: the name is a person's without any other cue.
_INITIAL_RE = re.compile(r"^[A-Z]\.$")
#: Switch (tests and measurement): False reads no middle initial, as before.
MIDDLE_INITIAL = True
#: A capitalised name word ("Fiorina", "McCain", "O'Donnell", "Jean-Claude"); no acronym, digit,
#: "&" or possessive ("Jerry's"). Each repeat starts with a capital or a hyphen or apostrophe: no backtracking blow-up.
_NAME_WORD_RE = re.compile(r"^[A-Z][a-z]*(?:[-'\u2019][A-Z]?[a-z]+|[A-Z][a-z]+)*(?<!['\u2019]s)$")


def first_name_person(m: Candidate, surnames: set[str]) -> bool:
    """True when ``m``, a non-person entity, is a person's name the model mistyped: a first
    name, then one or two capitalised words, with a sign the text treats it as a person
    (``m.person_cue``, or its last word is a person's surname in ``surnames``, or a middle
    initial between: "Mark S. Mellman").

    Args:
        m: an organisation, place or work of art mention.
        surnames: the last words of the person mentions of the text.
    """
    if m.kind != "name" or m.label not in lexicons.entity_labels("person_slip"):
        return False
    if not first_name_led(m.text):
        return False
    words = m.text.split()
    initial = MIDDLE_INITIAL and len(words) == 3 and _INITIAL_RE.match(words[1]) is not None  # "Mark S. Mellman"
    if not (m.person_cue or words[-1] in surnames or initial):
        return False
    if not all(_NAME_WORD_RE.match(w) for k, w in enumerate(words) if not (initial and k == 1)):
        return False  # "Johnson & Johnson", "Ben & Jerry's", "John Deere 5E"
    stop = lexicons.entity_words("org_word")
    if any(w.lower() in stop for w in words) or m.text.lower() in lexicons.entity_words("person_named_org"):
        return False
    return place_or_organisation(m.text) is None and place_or_organisation(words[-1]) is None


def first_name_led(text: str) -> bool:
    """True when ``text`` has two or three words and the first is a first name (``entity_gender.tsv``)."""
    words = text.split()
    return 2 <= len(words) <= 3 and words[0].lower() in lexicons.gender_words("first_name")


def appositive_organisations(doc, persons: list[Candidate], others: list[Candidate], sent_of: list[int]) -> tuple[list[Candidate], list[Candidate]]:
    """Names an appositive makes organisations', whatever the model tagged: a proper noun
    with an appositive "a/the <noun>" whose noun is an organisation's (``org_appositive`` in
    ``entity_words.tsv``: "Crowdpac, a site that tracks donations", "Hurun, a firm that ...").
    Every person mention so written moves to ``others`` as ORG, other mentions of a label of
    ``org_appositive`` (``entity_labels.tsv``) become ORG, and a name the model tagged nothing
    becomes an ORG mention: (persons, others)."""
    nouns = lexicons.entity_words("org_appositive")
    spans = {}
    for tok in tokens_with_dep(doc, {"appos"}):
        if tok.dep_ != "appos" or tok.pos_ != "NOUN" or tok.lemma_.lower() not in nouns:
            continue
        head = tok.head
        if head.pos_ != "PROPN" or head.i > tok.i or not head.text[:1].isupper():
            continue
        if not any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in tok.children):
            continue
        start = head.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == head.i:
            start -= 1
        if tok.lemma_.lower() in lexicons.entity_words("org_appositive_person") and first_name_led(doc[start : head.i + 1].text):
            continue  # "Mark S. Mellman, a Democratic pollster": a person
        spans.setdefault(doc[start : head.i + 1].text, doc[start : head.i + 1])
    if not spans:
        return persons, others
    relabel = lexicons.entity_labels("org_appositive")
    keep, moved = [], []
    for p in persons:
        if p.text not in spans or p.title is not None or p.honorific:
            keep.append(p)
        else:
            moved.append(Candidate(p.start, p.end, p.text, "ORG", "name", (), None, p.sent))
    for m in others:
        if m.text in spans and m.label in relabel:
            m.label = "ORG"
    covered = [(m.start, m.end) for m in keep + moved + others]
    for text, span in spans.items():
        s, e = span.start_char, span.end_char
        if not any(a < e and s < b for a, b in covered):
            moved.append(Candidate(s, e, text, "ORG", "name", (), None, sent_of[span.start]))
    return keep, sorted(others + moved, key=lambda c: c.start)
