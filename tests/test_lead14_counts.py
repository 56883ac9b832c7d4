"""Guards the lead added after the claims judge's paired view (session 14): a doer's clause that
holds another figure says nothing of which ones, and a negated one keeps its negation. Sentences
written for the test."""

from __future__ import annotations

from tests.evidence import claims_by_text


def test_a_doer_with_another_figure_and_a_negation_adds_nothing(nlp):
    text = "Dozens of new registrations do not turn into 300 new members."
    assert claims_by_text(nlp, text)["300"].counts == "new members"


def test_a_negated_verb_keeps_its_negation_in_the_whose_clause(nlp):
    counts = claims_by_text(nlp, "Hackers did not target the voter systems of 21 states.")["21"].counts
    assert counts.startswith("states whose voter systems") and counts.endswith("did not target")


def test_a_verb_with_its_preposition_still_says_which_ones(nlp):
    text = "The poll collected data from 4,060 registered voters."
    assert claims_by_text(nlp, text)["4,060"].counts == "registered voters the poll collected data from"


def test_a_contracted_has_is_no_passive(nlp):
    text = "Right now he\u2019s hauled in 81 delegates to Rubio\u2019s 17."
    assert claims_by_text(nlp, text)["81"].counts == "delegates he\u2019s hauled in"
