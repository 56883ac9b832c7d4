"""Descriptions of one speaker named before (nlp/quotes/descriptions.py ``_one_candidate`` and
nlp/quotes/groups.py ``_one_of_kind``): "the tycoon", "the actress", "the 46-year-old", "the
airline", "the board" go to the one person or organisation named before them that fits, and to
no one when two fit, when the one before is of another gender, age or office, or when the same
noun came with "a" (someone new). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import quote_with, speaker_name


@pytest.mark.parametrize(
    "text, needle, name",
    [
        ("Sheldon Vane said on Friday that he had met the mayor.\n\n“It was very pleasant,” the shipping tycoon told reporters.",
         "very pleasant", "Sheldon Vane"),
        ("Marta Lind visited the clinic in Lyon on Monday. The actress said the nurses deserved better pay.",
         "nurses deserved", "Marta Lind"),
        ("Ann Roe, 46, thanked the crowd in Ohio. “We will win this state,” said the 46-year-old.",
         "We will win", "Ann Roe"),
        ("Carl Brandt spoke at the rally in Toledo. The self-described democratic socialist said wages were too low.",
         "wages were too low", "Carl Brandt"),
    ],
)
def test_description_goes_to_the_one_person_before(extract_text, text, needle, name):
    rec = extract_text(text)
    assert speaker_name(rec, needle) == name
    assert "the one person named as a subject or speaker before it" in quote_with(rec, needle)["speaker_reason"]


@pytest.mark.parametrize(
    "text, needle, why",
    [
        # two people fit: nobody
        ("Tom Vale met Rick Dunn in Reno. Dunn said the talks went well, and Vale agreed.\n\n"
         "The tycoon said the deal was close.", "deal was close", "2 people"),
        # another age
        ("Ann Roe, 51, thanked the crowd in Ohio. “We will win this state,” said the 46-year-old.", "We will win", "no people"),
        # an office: a senator is no actress
        ("Senator Ann Roe spoke in Reno on Monday. The actress said the law was unfair.", "law was unfair", "no people"),
        # another gender
        ("Mr. Tom Vale spoke to reporters in Reno. The actress said the film was good.", "film was good", "no people"),
        # someone new, introduced with "a"
        ("Tom Vale said a nurse had treated him in Reno. The nurse said he was lucky.", "he was lucky", "introduced as 'a nurse'"),
    ],
)
def test_description_with_no_one_candidate_is_nobody(extract_text, text, needle, why):
    rec = extract_text(text)
    q = quote_with(rec, needle)
    assert q["speaker"] is None, speaker_name(rec, needle)
    assert why in q["speaker_reason"]


@pytest.mark.parametrize(
    "text, needle, name",
    [
        ("EgyptAir confirmed the flight had left Paris. The pilot had logged 6,000 hours, the airline said.",
         "pilot had logged", "EgyptAir"),
        ("The Ohio Board of Elections met on Monday. “The candidate is eligible,” the board said.",
         "candidate is eligible", "Ohio Board of Elections"),
    ],
)
def test_organisation_description_goes_to_the_one_of_its_kind(extract_text, text, needle, name):
    rec = extract_text(text)
    assert speaker_name(rec, needle) == name
    assert quote_with(rec, needle)["speaker_reason"].endswith("the one organisation of its kind named before it")


def test_organisation_description_with_two_of_its_kind_is_nobody(extract_text):
    rec = extract_text("The Lyon Board of Trade and the Nice Board of Health met on Monday. The board said the port would reopen.")
    assert quote_with(rec, "port would reopen")["speaker"] is None


def test_organisation_description_by_the_words_of_its_name(extract_text):
    rec = extract_text("The Congressional Budget Office released its forecast on Monday. "
                       "The deficit will grow next year, the budget office said.")
    assert speaker_name(rec, "deficit will grow") == "Congressional Budget Office"
    assert "with those words in its name" in quote_with(rec, "deficit will grow")["speaker_reason"]


def test_organisation_description_after_another_organisation_is_nobody(extract_text):
    # EgyptAir fits "the airline", but the text has named another organisation since
    rec = extract_text("EgyptAir confirmed the flight had left Paris. Reuters spoke to the crew. "
                       "The pilot had logged 6,000 hours, the airline said.")
    assert quote_with(rec, "pilot had logged")["speaker"] is None
