"""Gender from pronouns: weak evidence, only where it is unambiguous, never against stronger
evidence (``nlp/entities/pronouns.py``).

The decisions they pin:

- a subject "he"/"she" (``pronoun`` rows of ``entity_gender.tsv``) outside quotation marks,
  after a full name that is itself a clause subject, in its sentence or the next one, the first such pronoun after
  the name, with no other person named from the start of the name's sentence to it, gives
  the person that gender; conflicting pronouns give none;
- a person's honorifics, gendered titles and first name come first: a pronoun never
  overrides them;
- with the evidence, a lone surname after an honorific of the other gender does not join the
  person ("Taylor Roe ... He said ... Ms. Roe" is two people).
"""

from __future__ import annotations

import pytest

from newsfacts.nlp.entities import extract_entities
from newsfacts.nlp.entities.mentions import Candidate
from newsfacts.nlp.entities.pronouns import PronounEvidence, gendered_subjects, pronoun_gender
from newsfacts.nlp.entities.resolution import Cluster


def _mention(start, end, sent, gender=None):
    return Candidate(start, end, "x" * (end - start), "PERSON", "name", ("Taylor", "Roe"), None, sent, gender=gender)


# sentences start at 0, 100, 200, 300
_SENTS = [0, 100, 200, 300]


@pytest.mark.parametrize(
    "pronouns, others, expected",
    [
        ([(120, "M", 1)], [], "M"),  # "Taylor Roe spoke. He said ..."
        ([(50, "F", 0)], [], "F"),  # same sentence, after the name
        ([(250, "M", 2)], [], None),  # two sentences on: too far
        ([(120, "M", 1)], [(60, 70)], None),  # another person named between
        ([(120, "M", 1)], [(2, 8)], None),  # another person earlier in the name's sentence
        ([(120, "M", 1), (150, "F", 1)], [], "M"),  # the first pronoun after the name only
        ([(120, "M", 1)], [(130, 140)], "M"),  # a person named after the pronoun does not matter
    ],
)
def test_pronoun_gender_one_mention(pronouns, others, expected):
    ev = PronounEvidence([p[0] for p in pronouns], [p[1] for p in pronouns], [p[2] for p in pronouns], _SENTS, {20})
    m = _mention(10, 20, 0)
    everyone = sorted([(m.start, id(m))] + [(s, k) for k, (s, _e) in enumerate(others)])
    assert pronoun_gender(ev, [m], everyone) == expected


def test_pronoun_gender_needs_the_name_as_subject():
    ev = PronounEvidence([120], ["F"], [1], _SENTS, set())  # the name is an object: "the ouster of X. She said"
    m = _mention(10, 20, 0)
    assert pronoun_gender(ev, [m], [(m.start, id(m))]) is None


def test_pronoun_gender_conflict_gives_none():
    ev = PronounEvidence([120, 320], ["M", "F"], [1, 3], _SENTS, {20, 220})
    ms = [_mention(10, 20, 0), _mention(210, 220, 2)]
    assert pronoun_gender(ev, ms, sorted((m.start, id(m)) for m in ms)) is None


@pytest.mark.parametrize(
    "mention_gender, first, pronoun, expected",
    [
        (None, None, "M", "M"),  # only the pronoun: it counts
        ("F", None, "M", "F"),  # an honorific wins
        (None, "Mary", "M", "F"),  # a first name wins
        (None, None, None, None),
    ],
)
def test_cluster_gender_pronoun_is_weakest(mention_gender, first, pronoun, expected):
    c = Cluster("PERSON", [_mention(0, 5, 0, gender=mention_gender)], first=first, last="Roe", pronoun=pronoun)
    assert c.gender == expected


@pytest.mark.model
def test_gendered_subjects_skip_quotes_and_objects(nlp):
    doc = nlp('Taylor Roe spoke on Monday. "He is wrong," she said. Officials thanked him.')
    sent_of = [0] * len(doc)
    for k, s in enumerate(doc.sents):
        for i in range(s.start, s.end):
            sent_of[i] = k
    ev = gendered_subjects(doc, sent_of, doc.text)
    assert ev.genders == ["F"]  # "He" is quoted, "him" is no subject
    assert doc.text[ev.starts[0]:ev.starts[0] + 3] == "she"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "he" refers to Taylor Roe: Ms. Roe is someone else
            "Taylor Roe, a lawyer from Denver, spoke to reporters on Monday. He said the plan would fail. "
            "Later, Ms. Roe, his sister, disagreed with him.",
            {"Taylor Roe": ["Taylor Roe"], "Roe": ["Roe"]},
        ),
        (  # "she": Ms. Roe is the same person
            "Taylor Roe, a lawyer from Denver, spoke to reporters on Monday. She said the plan would fail. "
            "Later, Ms. Roe added that she would appeal.",
            {"Taylor Roe": ["Taylor Roe", "Roe"]},
        ),
        (  # two people before "he": no evidence, the old rule holds
            "Taylor Roe and Sam Finch spoke on Monday. He said the plan would fail. Later, Ms. Roe disagreed.",
            {"Taylor Roe": ["Taylor Roe", "Roe"], "Sam Finch": ["Sam Finch"]},
        ),
        (  # a first name says more than a pronoun: Mary Roe is a woman whatever "he" follows
            "Mary Roe met the press on Monday. He asked about the vote. Ms. Roe declined to answer.",
            {"Mary Roe": ["Mary Roe", "Roe"]},
        ),
    ],
)
def test_pronoun_evidence_through_the_model(nlp, text, expected):
    persons = {e.name: [m.text for m in e.mentions] for e in extract_entities(nlp(text), published="2024-05-01").entities if e.type == "PERSON"}
    assert persons == expected
