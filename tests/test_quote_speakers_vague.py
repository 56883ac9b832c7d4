"""Vague speakers: sources that name no one ("some", "others", "his critics", "47 percent",
"party leaders, who said") become unnamed actors of their document (``named`` False), so
the quote has a speaker; never a join of two groups that the words tell apart, and never
made where the phrase does not speak. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _speaker(rec: dict, needle: str) -> dict | None:
    by_id = {e["id"]: e for e in rec["entities"]}
    q = next(q for q in rec["quotes"] if needle in q["text"])
    return by_id.get(q["speaker"]) if q["speaker"] else None


@pytest.mark.parametrize(
    "text, needle, name",
    [
        ("Some say the plan will fail before the winter.", "plan will fail", "Some"),
        ("Others argue that the tax is unfair to farmers.", "tax is unfair", "Others"),
        ("Many believe the vote was rigged in the north.", "vote was rigged", "Many"),
        ("His critics say the law is unfair to renters.", "law is unfair", "His critics"),
        ("A friend of the mayor said she was tired of the job.", "she was tired", "friend"),
        ("Someone in the crowd shouted that the count was wrong.", "count was wrong", "Someone"),
        ("Forty-seven percent said they would vote for the mayor again.", "would vote", "Forty-seven percent"),
        ("A majority said the roads had got worse since 2019.", "roads had got worse", "majority"),
        ("The rule was welcomed by party leaders, who said it would stay.", "it would stay", "party leaders"),
        ("Those who spoke said the meeting ran late.", "meeting ran late", "Those"),
        # a group that includes a named person is still the group
        ("Experts, including Ann Roe, say the tax is too high.", "tax is too high", "Experts"),
    ],
)
def test_vague_source_is_an_unnamed_speaker(extract_text, text, needle, name):
    ent = _speaker(extract_text(text), needle)
    assert ent is not None and ent["named"] is False and ent["name"] == name, ent
    assert ent["actor"]["actor_id"] is None


def test_vague_speaker_reason_says_unnamed(extract_text):
    rec = extract_text("Others argue that the tax is unfair to farmers.")
    (q,) = rec["quotes"]
    assert q["speaker_reason"].startswith("unnamed actor 'Others'")


@pytest.mark.parametrize(
    "text, first, second",
    [
        # a group with words of its own is another group, not the one with the same head before it
        ("Democratic leaders said the vote was fair. The Republican leaders said it was not.", "vote was fair", "it was not"),
        ("Sixty percent said the bridge was safe. The other 40 percent said it was not.", "bridge was safe", "it was not"),
    ],
)
def test_vague_groups_told_apart(extract_text, text, first, second):
    rec = extract_text(text)
    a, b = _speaker(rec, first), _speaker(rec, second)
    assert a is not None and b is not None and a["id"] != b["id"]


def test_vague_group_said_again_is_one(extract_text):
    rec = extract_text("Party leaders said the vote was fair. The leaders said the count would end on Monday.")
    a, b = _speaker(rec, "vote was fair"), _speaker(rec, "count would end")
    assert a is not None and b is not None and a["id"] == b["id"]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Some voters stayed home on Tuesday.", "some"),  # a determiner, and no speech
        ("The party has many critics in the capital.", "critics"),  # speaks nowhere
        ("Those who want lower taxes stayed home.", "those"),  # wanting is no saying
        ("Prices rose 5 percent in May.", "percent"),  # a share that says nothing
    ],
)
def test_vague_not_made(extract_text, text, word):
    rec = extract_text(text)
    heads = [m["text"].lower().split()[-1] for e in rec["entities"] if not e["named"] for m in e["mentions"]]
    assert word not in heads, heads


def test_vague_quantifier_before_a_noun_is_not_the_speaker(extract_text):
    ent = _speaker(extract_text("Some voters said the line was too long."), "line was too long")
    assert ent is not None and ent["name"] == "Some voters"


@pytest.mark.parametrize(
    "text, needle, name",
    [
        ("A new poll shows the mayor ahead by ten points.", "mayor ahead", "new poll"),
        ("According to the report, the bridge was closed twice.", "bridge was closed", "report"),
        ("The statement said the plant would close in June.", "plant would close", "statement"),
    ],
)
def test_finding_with_no_maker_is_an_unnamed_speaker(extract_text, text, needle, name):
    ent = _speaker(extract_text(text), needle)
    assert ent is not None and ent["named"] is False and ent["name"] == name and ent["type"] == "WORK_OF_ART", ent


def test_finding_with_a_maker_gives_the_maker(extract_text):
    rec = extract_text("A Gallup poll shows the mayor ahead by ten points.")
    ent = _speaker(rec, "mayor ahead")
    assert ent is not None and ent["named"] is True and "Gallup" in ent["name"]
    assert not any(e["type"] == "WORK_OF_ART" for e in rec["entities"])


def test_share_of_a_named_group_gives_the_group(extract_text):
    rec = extract_text("Forty percent of Democrats said the mayor should resign.")
    ent = _speaker(rec, "should resign")
    assert ent is not None and ent["name"] == "Democrats"
    assert not any(e["name"].endswith("percent") for e in rec["entities"])


def test_participle_after_the_subject_speaks(extract_text):
    ent = _speaker(extract_text("The audience stood up, shouting that the count was wrong."), "count was wrong")
    assert ent is not None and ent["named"] is False and ent["name"] == "audience"


@pytest.mark.parametrize(
    "text, word",
    [
        # verbs of evaluation and stance are events: a vague side there stays no actor
        ("Critics hailed the judge on Monday.", "critics"),
        ("Others condemned the mayor on Monday.", "others"),
        # the people named in the phrase speak, not a vague group
        ("Candidates like Ann Roe and Tom Ames say the tax is too high.", "candidates"),
    ],
)
def test_vague_not_made_for_events_or_named_people(extract_text, text, word):
    rec = extract_text(text)
    heads = [m["text"].lower().split()[-1] for e in rec["entities"] if not e["named"] for m in e["mentions"]]
    assert word not in heads, heads


def test_quantifier_is_the_word_alone(extract_text):
    """Whatever the parser hangs before it ("an aggressive - some say ..."), the actor is "some"."""
    rec = extract_text("The plan is an aggressive - some say unrealistic - pledge to cut the budget.")
    (ent,) = [e for e in rec["entities"] if not e["named"]]
    assert ent["name"] == "some" and [m["text"] for m in ent["mentions"]] == ["some"]


def test_it_after_a_finding_that_spoke(extract_text):
    rec = extract_text("The report found serious problems. It also says the bridge was closed twice.")
    ent = _speaker(rec, "bridge was closed")
    assert ent is not None and ent["type"] == "WORK_OF_ART" and ent["name"] == "report"
    q = next(q for q in rec["quotes"] if "bridge was closed" in q["text"])
    assert q["speaker_reason"].startswith("pronoun 'it' -> the subject before it")
