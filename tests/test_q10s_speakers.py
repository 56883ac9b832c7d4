"""Speakers of session 10 (issue #18): a campaign the text names by its candidate but no
organisation covers is an unnamed actor of its own (never the candidate); "the campaign" is the
one campaign named just before it; "the front-runner" (parsed "front - runner") is a description;
a "they" after a list of names or an earlier resolved "they" is that group; a "they" is no
group that spoke before another group became the subject. Sentences written for these tests."""

from __future__ import annotations


def _quote(rec: dict, needle: str) -> dict:
    return next(q for q in rec["quotes"] if needle in q["text"])


def _speaker(rec: dict, needle: str) -> dict | None:
    by_id = {e["id"]: e for e in rec["entities"]}
    q = _quote(rec, needle)
    return by_id[q["speaker"]] if q["speaker"] else None


def test_named_campaign_without_an_organisation_is_an_unnamed_actor(extract_text):
    rec = extract_text("Senator Tom Vale spoke to farmers in Ohio on Monday. "
                       "The campaign of Tom Vale said the senator would visit Toledo next week.")
    speaker = _speaker(rec, "would visit Toledo")
    assert speaker is not None and speaker["type"] == "ORG" and speaker["named"] is False
    assert speaker["name"] == "Tom Vale's campaign"


def test_who_after_a_campaign_is_no_campaign(extract_text):
    rec = extract_text("Lee Ames, a top adviser to the campaign of Tom Vale who has long dismissed the polls, "
                       "said that Vale would win Ohio.")
    for q in rec["quotes"]:
        speaker = _speaker(rec, q["text"][:20])
        assert speaker is None or "campaign" not in speaker["name"].lower()


def test_his_campaign_stays_without_a_speaker(extract_text):
    rec = extract_text("Senator Tom Vale spoke to farmers in Ohio on Monday. His campaign said the senator would visit Toledo next week.")
    assert _speaker(rec, "would visit Toledo") is None


def test_the_campaign_is_the_one_campaign_named_before_it(extract_text):
    rec = extract_text("Senator Tom Vale spoke to farmers in Ohio on Monday. "
                       "The campaign of Tom Vale said the senator would visit Toledo next week. "
                       "The campaign also said that it had raised $4 million in May.")
    first, second = _speaker(rec, "would visit Toledo"), _speaker(rec, "raised $4 million")
    assert first is not None and second is not None and second["id"] == first["id"]


def test_the_campaign_after_two_campaigns_is_neither(extract_text):
    rec = extract_text("Senator Tom Vale spoke to farmers in Ohio on Monday. "
                       "The campaign of Tom Vale said the senator would visit Toledo next week. "
                       "The campaign of Ann Roe said she would visit Dayton. "
                       "The campaign also said that it had raised $4 million in May.")
    speaker = _speaker(rec, "raised $4 million")
    assert speaker is None or "campaign" not in speaker["name"].lower()


def test_front_runner_is_a_description(extract_text):
    rec = extract_text("Ann Roe spoke to voters in Des Moines on Monday. "
                       "The front-runner said that the economy was her first concern.")
    speaker = _speaker(rec, "economy was her first concern")
    assert speaker is not None and speaker["name"] == "Ann Roe"


def test_a_partys_front_runner_is_not_the_last_subject(extract_text):
    rec = extract_text("Tom Vale spoke to voters in Des Moines on Monday after "
                       "the Democratic front-runner said that the economy was her first concern.")
    speaker = _speaker(rec, "economy was her first concern")
    assert speaker is None or speaker["name"] != "Tom Vale"


def test_they_after_a_list_and_again(extract_text):
    rec = extract_text("Economists Ann Roe, Tom Vale and Lee Ames studied the mills of Ohio. "
                       "They said that the adjustment never happened. What is more, they found that wages fell.")
    first, second = _speaker(rec, "adjustment never happened"), _speaker(rec, "wages fell")
    assert first is not None and first["name"] == "Ann Roe"
    assert second is not None and second["id"] == first["id"]


def test_they_is_not_the_group_before_another_subject(extract_text):
    rec = extract_text("Republicans met on Monday. They said that taxes must fall. "
                       "Democrats disagreed. They said that taxes must rise.")
    speaker = _speaker(rec, "taxes must rise")
    assert speaker is None or speaker["name"] != "Republicans"


def test_one_organizer_or_commenter_is_an_unnamed_speaker(extract_text):
    rec = extract_text("Senator Tom Vale spoke in Akron on Monday. One protest organizer said that the rally was peaceful. "
                       "One commenter wrote that Vale was wrong.")
    for needle in ("rally was peaceful", "Vale was wrong"):
        speaker = _speaker(rec, needle)
        assert speaker is not None and speaker["named"] is False and speaker["type"] == "PERSON"
