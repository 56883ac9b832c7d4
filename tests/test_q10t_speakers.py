"""Speakers of session 10, round 2 (issue #18): "Vale's campaign manager said" is one who speaks
for Vale (an unnamed actor affiliated to him, never Vale); "the former secretary of state" is the
one person named just before whom people.tsv lists with that office, and nobody when two are.
Sentences written for these tests."""

from __future__ import annotations


def _speaker(rec: dict, needle: str) -> dict | None:
    by_id = {e["id"]: e for e in rec["entities"]}
    q = next(q for q in rec["quotes"] if needle in q["text"])
    return by_id[q["speaker"]] if q["speaker"] else None


def test_campaign_manager_of_a_named_person_speaks_for_him(extract_text):
    rec = extract_text("Senator Tom Vale won the caucus in Iowa on Monday.\n\n"
                       "Vale's campaign manager said the result would help the senator in Ohio.")
    speaker = _speaker(rec, "would help the senator")
    assert speaker is not None and speaker["named"] is False
    assert speaker["name"].endswith("Vale's campaign manager") and speaker["type"] == "PERSON"


def test_press_secretary_of_a_named_person_is_not_that_person(extract_text):
    rec = extract_text("Governor Ann Roe signed the budget in Albany on Friday.\n\n"
                       "Roe's press secretary declined to discuss the cuts to schools.")
    speaker = _speaker(rec, "the cuts to schools")
    assert speaker is not None and speaker["name"] == "Ann Roe's press secretary" and speaker["named"] is False


def test_named_lawyer_in_apposition_keeps_the_name(extract_text):
    rec = extract_text("Ann Roe was sued in Iowa last week.\n\n"
                       "Roe's lawyer, Tom Ames, said the suit had no merit.")
    speaker = _speaker(rec, "had no merit")
    assert speaker is not None and speaker["name"] == "Tom Ames"


def test_former_secretary_of_state_is_the_one_listed_so(extract_text):
    rec = extract_text("Tom Vale started a petition aimed at Hillary Clinton this week.\n\n"
                       "The former secretary of state said she supports letting cities choose.")
    speaker = _speaker(rec, "letting cities choose")
    assert speaker is not None and speaker["name"] == "Hillary Clinton"


def test_former_secretary_of_state_with_two_holders_is_nobody(extract_text):
    rec = extract_text("Tom Vale started a petition aimed at Hillary Clinton and John Kerry this week.\n\n"
                       "The former secretary of state said she supports letting cities choose.")
    assert _speaker(rec, "letting cities choose") is None


def test_the_newspaper_after_a_sentinel_is_that_paper(extract_text):
    rec = extract_text("Ann Roe met voters in Tampa on Monday, the Tampa Sentinel reported.\n\n"
                       "The newspaper reported that Roe met privately with several farmers.")
    speaker = _speaker(rec, "met privately")
    assert speaker is not None and speaker["name"] == "Tampa Sentinel"


def test_secretary_of_state_without_former_is_not_a_past_holder(extract_text):
    rec = extract_text("Tom Vale started a petition aimed at Hillary Clinton this week.\n\n"
                       "The secretary of state said she supports letting cities choose.")
    speaker = _speaker(rec, "letting cities choose")
    assert speaker is None or speaker["name"] != "Hillary Clinton"
