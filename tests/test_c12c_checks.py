"""Checks that fire only where the article allows it (session 12, helper C2): figures compared
with another ("$105 billion more than last year") are no parts of the total before them, and two
near but unequal counts said of different people are no agreement."""

from __future__ import annotations


def _kinds(record: dict, text: str) -> list:
    claim = next(c for c in record["claims"] if c["text"] == text)
    return [(k["kind"], k["verdict"]) for k in claim["checks"]]


def test_c12c_differences_are_no_parts_of_the_total(extract_text):
    r = extract_text(
        "The deficit for this year is projected to be $544 billion -- $105 billion more than last year, "
        "and $130 billion more than the office had projected in August."
    )
    assert not any(kind == "parts_of_total" for kind, _ in _kinds(r, "$544 billion"))


def test_c12c_parts_listed_after_a_total_still_checked(extract_text):
    r = extract_text("The fund spent $544 billion -- $105 billion on roads, and $130 billion on schools.")
    assert any(kind == "parts_of_total" for kind, _ in _kinds(r, "$544 billion"))


def test_c12c_counts_of_different_people_do_not_agree(extract_text):
    r = extract_text("Romney lost to Obama, who got nearly 66 million votes. In 2008, McCain got nearly 60 million votes.")
    verdicts = [v for kind, v in _kinds(r, "nearly 66 million") if kind == "count_comparison"]
    assert verdicts and "consistent" not in verdicts


def test_c12c_the_same_count_from_two_sources_still_agrees(extract_text):
    r = extract_text("Police said 12 people were killed in the attack on Monday. Hospital officials in Bexley said 12 people were killed.")
    assert ("count_comparison", "consistent") in _kinds(r, "12")
