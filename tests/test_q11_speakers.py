"""Speakers of session 11 (issue #18): a source phrase whose head is a source word no entity
covers ("House ethics investigators concluded", "one Trump confidant said") is an unnamed actor
of its own, also for the "they" and "who" that stand for it; never a singular "the author" (a
person the text may name); a nationality in a description must be the person's ("The French
president" is not Obama); a relative clause on the apposition of a named person is that person's
even when a later conjunct follows. Sentences written for these tests."""

from __future__ import annotations


def _speaker(rec: dict, needle: str) -> dict | None:
    by_id = {e["id"]: e for e in rec["entities"]}
    q = next(q for q in rec["quotes"] if needle in q["text"])
    return by_id[q["speaker"]] if q["speaker"] else None


def test_investigators_speak_as_an_unnamed_group(extract_text):
    rec = extract_text("The council paid for a trip to Baku in 2013.\n\n"
                       "House ethics investigators concluded that the trip broke the rules.")
    speaker = _speaker(rec, "broke the rules")
    assert speaker is not None and speaker["named"] is False
    assert speaker["name"] == "House ethics investigators" and speaker["type"] == "NORP"


def test_they_after_the_group_is_the_same_actor(extract_text):
    rec = extract_text("Lawmakers want a key to every phone.\n\n"
                       "Companies say that weaker locks would hurt ordinary users. "
                       "They note that criminals would simply switch apps.")
    first = _speaker(rec, "weaker locks")
    second = _speaker(rec, "switch apps")
    assert first is not None and first["name"] == "Companies"
    assert second is not None and second["id"] == first["id"]


def test_one_confidant_is_one_unnamed_person(extract_text):
    rec = extract_text("The talks in Washington ended late on Thursday.\n\n"
                       "One Vale confidant said that the senator would not back down.")
    speaker = _speaker(rec, "would not back down")
    assert speaker is not None and speaker["named"] is False and speaker["type"] == "PERSON"
    assert speaker["name"] == "One Vale confidant"


def test_the_author_alone_makes_no_actor(extract_text):
    rec = extract_text("The book came out in May.\n\nThe author said that a second volume would follow.")
    speaker = _speaker(rec, "second volume")
    assert speaker is None or speaker["name"].lower() not in ("author", "the author")


def test_aides_of_a_party_are_the_aides(extract_text):
    rec = extract_text("The panel met for ten hours on Tuesday.\n\n"
                       "Democratic aides noted that the inquiry had cost more than $6 million.")
    speaker = _speaker(rec, "had cost")
    assert speaker is not None and speaker["named"] is False and speaker["name"] == "Democratic aides"


def test_a_nationality_in_the_description_must_be_the_persons(extract_text):
    rec = extract_text("President Barack Obama had a talk this week with Francois Hollande.\n\n"
                       "The French president said that Europe would close its borders to no one.", published="2016-06-17")
    speaker = _speaker(rec, "close its borders")
    assert speaker is None or speaker["name"] != "Barack Obama"


def test_relative_on_an_apposition_before_a_later_conjunct(extract_text):
    rec = extract_text("The group raised $500,000 from Tom Vale, a Texas investor who said the plan was sound, "
                       "and $100,000 from Ann Roe.")
    speaker = _speaker(rec, "the plan was sound")
    assert speaker is not None and speaker["name"] == "Tom Vale"
