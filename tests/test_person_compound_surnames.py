"""A compound surname written alone ("Peña Nieto") is the person named in full before it, not a
second person; two people who share only the last word stay two, and a capitalised word run
into a name ("Telling Jeb Bush") does not take the person over. Texts written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("President Enrique Peña Nieto met the visitors on Wednesday. Peña Nieto said the talks were frank.", "Enrique Peña Nieto", "Peña Nieto"),
        ("Senator Hillary Rodham Clinton spoke on Monday. Rodham Clinton said she would vote no.", "Hillary Rodham Clinton", "Rodham Clinton"),
    ],
)
def test_compound_surname_is_one_person(extract_text, text, full, short):
    r = extract_text(text)
    people = [e for e in r["entities"] if e["type"] == "PERSON"]
    owners = [e["name"] for e in people if any(m["text"].endswith(short) for m in e["mentions"])]
    assert owners == [full]


def test_shared_last_word_is_two_people(extract_text):
    r = extract_text("Jeb Bush spoke on Monday. George Bush spoke on Tuesday.")
    names = sorted(e["name"] for e in r["entities"] if e["type"] == "PERSON")
    assert names == ["George Bush", "Jeb Bush"]


def test_longer_name_after_does_not_take_over(extract_text):
    r = extract_text("Jeb Bush spoke on Monday. Telling Jeb Bush to leave, the crowd booed.")
    assert "Jeb Bush" in [e["name"] for e in r["entities"] if e["type"] == "PERSON"]
