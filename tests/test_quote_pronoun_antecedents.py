"""A subject "it"/"they" and the subject before it (nlp/quotes/speakers.py ``_antecedent``):
a subject inside another quote's marks is skipped (then only a main clause's subject counts),
an "it" after a statement or an ad takes its maker, and the subject a cue shares with the verb
it is coordinated with counts as the cue's own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import quote_with, speaker_name


@pytest.mark.parametrize(
    "text, needle, name, why",
    [
        ("The Fenwick Institute issued a statement on Monday. The statement says “the members have agreed.”\n\n"
         "It adds that the fees will rise in May.", "fees will rise", "Fenwick Institute", "pronoun 'it' -> the subject before it, 'The statement'"),
        ("The Fenwick Institute met in Boston on Monday. It also raised its fees and said that the members had agreed.",
         "members had agreed", "Fenwick Institute", "pronoun 'it' -> the subject before it"),
    ],
)
def test_it_takes_the_subject_before_it(extract_text, text, needle, name, why):
    rec = extract_text(text)
    assert speaker_name(rec, needle) == name
    assert why in quote_with(rec, needle)["speaker_reason"]


def test_subject_of_a_clause_inside_the_content_is_no_antecedent(extract_text):
    # after the quoted subject is skipped, "Republicans" (subject of a relative clause) is not taken
    text = ("The Daily Ledger writes that Ann Roe backed a plan that Republicans want.\n\n"
            "“Voters will notice,” they conclude.")
    rec = extract_text(text)
    assert speaker_name(rec, "Voters will notice") is None
