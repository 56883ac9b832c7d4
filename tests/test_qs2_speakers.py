"""Speakers of issue #18 (nlp/quotes/speakers.py): a person named inside a quote is no
antecedent of a "she"/"he" outside it. Texts written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.nlp.entities import extract_entities
from newsfacts.nlp.quotes import extract_quotes


@pytest.fixture(scope="module")
def run(nlp):
    def go(text: str):
        doc = nlp(text)
        index = extract_entities(doc)
        names = {e.id: e.name for e in index.entities}
        return [(q.text, names.get(q.speaker), q.speaker_reason) for q in extract_quotes(doc, index)]

    return go


def test_she_added_is_the_speaker_not_the_woman_in_her_quote(run):
    text = (
        "Ms. Laura Benning won the primary in Montana on Tuesday.\n\n"
        "\u201cThe voters have spoken, and they want change,\u201d Benning said in a statement.\n\n"
        "\u201cNobody has hurt our ranchers more than the governor. Maria Ostrova stands for the same failed ideas,\u201d she said.\n\n"
        "\u201cWe will win in November,\u201d she added.\n"
    )
    quotes = run(text)
    added = next(q for q in quotes if "We will win" in q[0])
    assert added[1] == "Laura Benning", quotes
    said = next(q for q in quotes if "Nobody has hurt" in q[0])
    assert said[1] == "Laura Benning"


def test_she_outside_quotes_still_takes_the_narratives_subject(run):
    text = (
        "Maria Ostrova met the ranchers in Billings on Monday.\n\n"
        "She said the new water rules would be dropped.\n"
    )
    quotes = run(text)
    said = next(q for q in quotes if "water rules" in q[0])
    assert said[1] == "Maria Ostrova", quotes


def _said(quotes, needle):
    return next(q for q in quotes if needle in q[0])


def test_coordinated_people_speak_through_the_first(run):
    text = "Senator Ann Dorsey and Governor Tom Keel said on Monday that the bridge would be rebuilt by June.\n"
    q = _said(run(text), "bridge would be rebuilt")
    assert q[1] == "Ann Dorsey" and "first of coordinated sources" in q[2], q


def test_coordination_opening_with_she(run):
    text = (
        "Chancellor Greta Holm met the other leaders in Brussels.\n\n"
        "She and the other leaders said that the border would stay open through the winter.\n"
    )
    q = _said(run(text), "border would stay open")
    assert q[1] == "Greta Holm", q


def test_two_descriptions_of_one_person_are_no_coordination(run):
    text = "Real estate developer and television host Brad Lomax said that the tower would rise next year.\n"
    q = _said(run(text), "tower would rise")
    assert q[1] == "Brad Lomax" and "coordinated" not in q[2], q
