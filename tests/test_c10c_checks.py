"""A goal and what happened are not compared (session 10, helper C2: "11,491 Syrian refugees,
15 percent over the 10,000 goal" is no contradiction)."""

from __future__ import annotations

from newsfacts.nlp.claims.check_targets import is_target


def _checks(record: dict) -> list:
    return [k for c in record["claims"] for k in c.get("checks", [])]


def test_c10c_goal_and_actual_count_are_not_compared(extract_text):
    r = extract_text(
        "The government pledged to admit 10,000 refugees from Syria by the end of September. "
        "By Monday it had admitted 11,491 Syrian refugees, officials said."
    )
    assert not [k for k in _checks(r) if k["kind"] == "count_comparison"]


def test_c10c_target_words_before_and_after_a_figure():
    text = "The agency set a goal of 10,000 visas. It issued 11,491 visas. The 5,000 cap held."
    s1, s2, s3 = (0, 37), (38, 60), (61, len(text))
    assert is_target(text, text.index("10,000"), text.index("10,000") + 6, s1)
    assert not is_target(text, text.index("11,491"), text.index("11,491") + 6, s2)
    assert is_target(text, text.index("5,000"), text.index("5,000") + 5, s3)
