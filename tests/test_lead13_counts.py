"""Two guards the lead added after the claims judge's sample (session 13). Sentences written for
the test."""

from __future__ import annotations

from tests.evidence import claims_by_text


def test_share_with_an_aside_before_its_verb_counts_no_fragment(nlp):
    text = "The institute estimates that the lower 90 percent -- those earning less than $200,000 -- would see no change."
    counts = claims_by_text(nlp, text)["90 percent"].counts or ""
    assert "--" not in counts and "$" not in counts


def test_share_with_its_verb_right_after_still_counts_the_clause(nlp):
    text = "A survey found 60 percent said they would like to see new leaders."
    assert claims_by_text(nlp, text)["60 percent"].counts == "said they would like to see new leaders"
