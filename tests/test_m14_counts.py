"""What money, shares and spans of time count (session 14, area M): the change a change amount is
("rose 3 percent" -> "rise of ..."), who did what a span of time lasted ("time Roe has served in the
Senate"), a span of time with no "for", an age in apposition to a name. Every sentence here was
written for the test."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims import extract_claims
from newsfacts.nlp.claims.changes import change_nouns
from newsfacts.nlp.claims.doers import duration_words


def _counts(nlp, text, surface):
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    claims, _infos = extract_claims(doc, extract_dates(doc, "2024-05-01")[0], ())
    found = [c for c in claims if c.text == surface]
    assert len(found) == 1, [c.text for c in claims]
    c = found[0]
    for s, e in c.counts_evidence:
        assert 0 <= s < e <= len(text)
    return c.counts, [text[s:e] for s, e in c.counts_evidence]


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("Exports from the port rose 3 percent last year.", "3 percent", "rise of exports from the port"),
        ("Health care spending grew by 5.3 percent in 2015.", "5.3 percent", "growth of health care spending"),
        ("Coal use in the province appears to have declined 4.2 percent.", "4.2 percent", "decline of coal use in the province"),
        ("The county's turnout was up about 11 percentage points from 2012.", "about 11 percentage points",
         "rise of the county's turnout"),
        ("The mayor's approval rating dropped 12 percentage points in a month.", "12 percentage points",
         "drop of the mayor's approval rating"),
    ],
)
def test_m14_change_amount_counts_the_change(nlp, text, surface, counts):
    got, words = _counts(nlp, text, surface)
    assert got == counts
    assert any(w in ("rose", "grew", "declined", "was", "dropped") for w in words)


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("Support for the levy rose to 47 percent in May.", "47 percent", "support for the levy"),  # a level
        ("That number is up five percentage points from a poll last month.", "five percentage points", None),  # a figure noun
    ],
)
def test_m14_no_change_for_levels_objects_or_figures(nlp, text, surface, counts):
    got, _words = _counts(nlp, text, surface)
    assert got == counts


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("Jane Roe has served in the Senate for 30 years.", "30 years", "time Jane Roe has served in the Senate"),
        ("For almost 18 years, the choir has hosted young singers from the valley.", "almost 18 years",
         "time the choir has hosted young singers"),
        ("Mark Ellis, who has worked in Congress for 25 years, said he would stay.", "25 years",
         "time Mark Ellis has worked in Congress"),
        ("The firm has operated the mill for a decade.", "a decade", "time the firm has operated the mill"),
        ("Tom Reyes served 12 years in the Senate.", "12 years", "time Tom Reyes served in the Senate"),
    ],
)
def test_m14_time_says_who(nlp, text, surface, counts):
    got, words = _counts(nlp, text, surface)
    assert got == counts
    assert counts.split()[1] in " ".join(words)


@pytest.mark.parametrize(
    "text,surface",
    [
        ("The inmate was detained for three days by the guards.", "three days"),  # a passive: no doer
        ("Lee Park faces five years in prison.", "five years"),  # a time he does not last
        ('He said, "Eight years, no progress."', "Eight years"),  # a verb of saying
    ],
)
def test_m14_time_without_a_doer(nlp, text, surface):
    got, _words = _counts(nlp, text, surface)
    assert got is None or not got.startswith(("time Lee", "time The inmate", "time the inmate", "time said"))


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("Across the street is Wayne Holt, a 33-year-old African American who left his job.", "33-year", "age of Wayne Holt"),
        ("Bush, the 39-year old Texas land commissioner, is now seen as the best hope.", "39-year", "age of Bush"),
        ('"They are undecided," said Bree Malone, a 31-year-old volunteer in the county.', "31-year", "age of Bree Malone"),
    ],
)
def test_m14_age_in_apposition_is_the_person_s(nlp, text, surface, counts):
    got, words = _counts(nlp, text, surface)
    assert got == counts
    assert counts[len("age of "):] in words


def test_m14_no_change_of_a_verb_s_object(nlp):
    # (the lead, after review: "shrink" has a row in claim_change_nouns.tsv, so only the object guard stops it)
    got, _words = _counts(nlp, "The council shrank the budget by 10 percent.", "10 percent")
    assert got is None or not got.startswith(("fall", "drop", "decline"))  # the object's change, not the council's


def test_m14_lexicon_loaders():
    assert change_nouns()["grow"] == ("growth", "of")
    assert "face" in duration_words()["not_lasting"]
    assert "later" in duration_words()["when_after"]


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("Mark Weddle started at the mill 20 years ago and he earns $21 an hour.", "$21", "earnings of Mark Weddle per hour"),
        ("Mary Smith and Jane Lee spoke. She earns $30 an hour.", "$30", "earnings per hour"),  # two women named: no owner
    ],
)
def test_m14_a_pronoun_owner_of_earnings(nlp, text, surface, counts):
    got, _words = _counts(nlp, text, surface)
    assert got == counts
