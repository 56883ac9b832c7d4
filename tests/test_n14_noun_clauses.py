"""A general noun alone grows with what its sentence says of it (session 14, issue #20:
nlp/claims/noun_clauses.py). Sentences written for the test."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims import noun_clauses
from tests.evidence import claims_by_text


def _words(text: str, claim) -> list[str]:
    return [text[s:e] for s, e in claim.counts_evidence]


def test_subject_with_its_predicate(nlp):
    text = "The guard said that about 40 others were there for the evening meeting."
    claim = claims_by_text(nlp, text)["about 40"]
    assert claim.counts == "others who were there for the evening meeting"
    assert "were there for the evening meeting" in _words(text, claim)


def test_share_of_a_group_as_subject(nlp):
    text = "Over half the counties have set a higher fee."
    assert claims_by_text(nlp, text)["Over half"].counts == "counties that have set a higher fee"


def test_object_with_its_doer(nlp):
    text = "By winning the primary in Utah, Jane Roe picked up all 40 of the state's delegates to the convention."
    assert claims_by_text(nlp, text)["40"].counts == "delegates Jane Roe picked up"


def test_preposition_object_with_its_doer(nlp):
    text = "Local officials say the mayor speaks for millions of residents."
    assert claims_by_text(nlp, text)["millions"].counts == "residents the mayor speaks for"


def test_count_needed_to_do_something(nlp):
    text = "It takes 1,500 signatures to qualify for the county ballot."
    assert claims_by_text(nlp, text)["1,500"].counts == "signatures needed to qualify for the county ballot"


def test_carried_noun_takes_its_own_holder(nlp):
    text = "Jane Roe has 300 delegates, Max Poe has 129 and Ann Doe has 50. Max Poe will gain at least 24."
    claims = claims_by_text(nlp, text)
    assert claims["129"].counts == "delegates Max Poe has"
    assert "Jane Roe" not in (claims["50"].counts or "")
    assert claims["at least 24"].counts == "delegates Max Poe will gain"


def test_sources_stay_a_noun_alone(nlp):
    text = "Three officials familiar with the talks said the deal was near."
    assert claims_by_text(nlp, text)["Three"].counts == "officials"


def test_a_clause_cut_by_another_figure_gives_nothing_more(nlp):
    text = "About 40 percent of nurses have a household income of $50,000 or less."
    counts = claims_by_text(nlp, text)["About 40 percent"].counts or ""
    assert "$" not in counts and "income of" not in counts


@pytest.fixture
def rule_off():
    noun_clauses.OFF = True
    yield
    noun_clauses.OFF = False


def test_switch_off_leaves_the_noun_alone(nlp, rule_off):
    text = "The guard said that about 40 others were there for the evening meeting."
    assert claims_by_text(nlp, text)["about 40"].counts == "others"


def test_relative_clause_of_the_of_noun(nlp):
    text = "They were not among the 9,000 pages of emails that Mrs. Roe had given to the agency."
    claim = claims_by_text(nlp, text)["9,000"]
    assert claim.counts == "pages of emails that Mrs. Roe had given to the agency"
    assert "that Mrs. Roe had given to the agency" in _words(text, claim)


def test_a_figure_is_no_doer(nlp):
    text = "The agency said it added 25,000 jobs in May. That number follows 29,000 in April."
    counts = claims_by_text(nlp, text)["29,000"].counts or ""
    assert "number follows" not in counts


def test_personal_pronoun_doer(nlp):
    text = "Now he would need to win 57 percent of the remaining seats."
    assert claims_by_text(nlp, text)["57 percent"].counts == "remaining seats he would need to win"


def test_pronoun_switch_off(nlp):
    noun_clauses.PRONOUNS_OFF = True
    try:
        text = "Now he would need to win 57 percent of the remaining seats."
        assert claims_by_text(nlp, text)["57 percent"].counts == "remaining seats"
    finally:
        noun_clauses.PRONOUNS_OFF = False
