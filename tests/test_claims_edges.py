"""Numeric claims at their rough edges: ratios ("1 in 4"), ranges written with a dangling hyphen
("18- to 24-year-old"), qualifiers of restatements ("just under half"), fractions read from the
lexicon, citation numbers, and the owner of a measured thing ("the sensitivity of the test").
Every sentence here was written for the test."""

from __future__ import annotations

import re

import pytest

from newsfacts import lexicons
from newsfacts.nlp.claims import extract_claims, parse_quantity, run_checks
from newsfacts.nlp.claims.adjacent import not_quantity
from newsfacts.nlp.claims.check_words import FRACTION_ALT, fold_qualifier, fraction_value
from newsfacts.nlp.claims.numbers import find_qualifier
from newsfacts.nlp.claims.spans import number_spans


def _claims(nlp, text):
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    return extract_claims(doc, extract_dates(doc, "2024-05-01")[0], ())


@pytest.mark.parametrize(
    "text,surface,value,qualifier,counts",
    [
        ("About 1 in 4 tenants of the building pays late.", "About 1 in 4", 25.0, "about", "tenants of the building"),
        ("One in five nurses said they would strike.", "One in five", 20.0, None, "nurses who said they would strike"),
        ("Nearly one in three pupils in the town walks to school.", "Nearly one in three", 100 / 3, "nearly", "pupils in the town"),
        ("More than 4 in 10 drivers ignored the sign.", "More than 4 in 10", 40.0, "over", "drivers that ignored the sign"),
        ("Only 3 out of 20 applicants were hired.", "3 out of 20", 15.0, None, "applicants hired"),  # session 11: the verb
    ],
)
def test_ratio_is_one_share(nlp, text, surface, value, qualifier, counts):
    claims, _ = _claims(nlp, text)
    assert [c.text for c in claims] == [surface]  # the part is no claim of its own
    c = claims[0]
    assert (c.unit, c.qualifier, c.counts) == ("percent", qualifier, counts)
    assert c.value == pytest.approx(value)
    assert c.evidence == [(text.index(surface), text.index(surface) + len(surface))]


@pytest.mark.parametrize(
    "text,surfaces",
    [
        ("The firm bought Copper One in three separate deals.", ["three"]),  # "One" names the firm
        ("She scored 3 in 2016 and 5 in 2017.", ["3", "5"]),  # a year after "in"
        ("He ran 4 in 3 hours.", ["4", "3 hours"]),  # the part is not smaller; a duration
    ],
)
def test_not_a_ratio(nlp, text, surfaces):
    claims, _ = _claims(nlp, text)
    assert [c.text for c in claims] == surfaces
    assert all(c.unit != "percent" for c in claims)


@pytest.mark.parametrize("text,value", [("4 in 10", 40.0), ("about 9 in 10", 90.0), ("two out of five", 40.0)])
def test_ratio_read_as_one_span(text, value):
    got = parse_quantity(text)
    assert got is not None and got[0] == pytest.approx(value) and got[1] == "percent"


@pytest.mark.parametrize(
    "text,surface,low,high,counts",
    [
        ("The group signs up 18- to 24-year-old voters on campus.", "18- to 24-year", 18, 24, "age of voters"),
        ("The clinic treats 5- to 12-year-old children.", "5- to 12-year", 5, 12, "age of children"),
    ],
)
def test_dangling_hyphen_range_is_one_age_range(nlp, text, surface, low, high, counts):
    claims, _ = _claims(nlp, text)
    assert [c.text for c in claims] == [surface]
    c = claims[0]
    assert (c.low, c.high, c.value, c.unit, c.qualifier, c.counts) == (low, high, (low + high) / 2, "year", "between", counts)


def test_qualifiers_fold_one_way_in_claims_and_checks():
    """A qualifier means the same in a claim and in a check's restatement ("just under" is
    `nearly` in lexicons/claim_qualifiers.tsv; the rounding check used to read it as `under`)."""
    for phrase, folded in lexicons.rows("claim_qualifiers.tsv"):
        text = f"It was {phrase} 40."
        got, _ = find_qualifier(text, 0, text.index("40"))
        assert got == folded == fold_qualifier(phrase)


@pytest.mark.parametrize(
    "text,verdict",
    [
        ("Turnout was 49 percent, or just under half.", "consistent"),
        # "just under half" allows 42.5-50 (nearly); read as "under" (37.5-50) 42 would have passed
        ("Turnout was 42 percent, or just under half.", "inconsistent"),
        ("Turnout was 56 percent, or just over half.", "consistent"),
    ],
)
def test_rounding_reads_just_under_as_nearly(nlp, text, verdict):
    _, infos = _claims(nlp, text)
    checks = [c for c in run_checks(infos, {}, text=text) if c.kind == "rounding"]
    assert [c.verdict for c in checks] == [verdict], checks


def test_fractions_come_from_the_lexicon(nlp):
    """Every share in words of claim_check_words.tsv is matched by the checks and the spans
    (no list of fractions in the code), with its value."""
    rows = [r for r in lexicons.rows("claim_check_words.tsv") if r[0] == "fraction"]
    alt = re.compile(r"^(?:" + FRACTION_ALT + r")$", re.I)
    for _, words, value in rows:
        assert alt.match(words) and fraction_value(words) == pytest.approx(float(value))
    text = "Three-fifths of the staff and two fifths of the board agreed."
    doc = nlp(text)
    assert {s.text for s in number_spans(doc, text)} >= {"Three-fifths", "two fifths"}


@pytest.mark.parametrize(
    "text,number,expected",
    [
        ("linked to clinical depression (22). The next", "22", True),
        ("as earlier work showed (4,35\u201338,44). Then", "35\u201338", True),
        ("the vote (51%) was close", "51", False),  # a unit: a quantity
        ("it cost 1,500 (1,600 in 2020) then", "1,600", False),
    ],
)
def test_numbered_citations_are_not_quantities(text, number, expected):
    start = text.index(number)
    assert not_quantity(text, start, start + len(number)) is expected


@pytest.mark.parametrize(
    "text,surface,counts,evidence",
    [
        ("The sensitivity of the new test was 80 percent.", "80 percent", "the sensitivity of the new test",
         ["The sensitivity", "the new test"]),
        ("Stores reported a 10 percent increase in sales.", "10 percent", "increase in sales", ["increase", "sales"]),
        ("The deficit in 2023 was $40 billion.", "$40 billion", "the deficit", ["The deficit"]),  # a date is no owner
    ],
)
def test_measured_thing_with_its_owner(nlp, text, surface, counts, evidence):
    claims, _ = _claims(nlp, text)
    c = next(c for c in claims if c.text == surface)
    assert c.counts == counts
    assert [text[s:e] for s, e in c.counts_evidence] == evidence


@pytest.mark.parametrize(
    "text,surface,counts,evidence",
    [
        ("In the survey, 48 percent chose Smith while 45 percent chose Jones.", "48 percent", "chose Smith", ["chose Smith"]),
        ("In the survey, 48 percent chose Smith while 45 percent chose Jones.", "45 percent", "chose Jones", ["chose Jones"]),
        ("Among members, 56 percent would vote for the new charter.", "56 percent", "would vote for the new charter",
         ["would vote for the new charter"]),
    ],
)
def test_share_of_people_counts_what_they_do(nlp, text, surface, counts, evidence):
    claims, infos = _claims(nlp, text)
    c = next(c for c in claims if c.text == surface)
    assert (c.counts, [text[s:e] for s, e in c.counts_evidence]) == (counts, evidence)


def test_share_clauses_still_make_a_shares_check(nlp):
    """Two shares that say what each group chose are still shares of one whole."""
    text = "In the survey, 58 percent chose Smith while 50 percent chose Jones."  # 108%: more than the whole
    _, infos = _claims(nlp, text)
    assert all(i.counts_clause for i in infos)
    assert [c.kind for c in run_checks(infos, {}, text=text)] == ["shares"]


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("The samples were heated for 24 h before the test.", "24 h", "samples"),
        ("Cells grown for 25 days were stained.", "25 days", "cells"),
        ("In the three years since the flood, many homes were rebuilt.", "three years", None),  # not "for": no count
    ],
)
def test_duration_of_what_was_done(nlp, text, surface, counts):
    claims, _ = _claims(nlp, text)
    c = next(c for c in claims if c.text == surface)
    assert (c.counts or "").lower().removeprefix("the ") == (counts or "")


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("What kind of fool loses a million dollars in a week?", "a million dollars", "losses"),  # no subject from a question
        ("The poll covered households earning $90,000 or more.", "$90,000 or more", "earnings of households"),
        ("Youth unemployment is near 30% after hovering around 40% for years.", "around 40%", "youth unemployment"),
        ("The city's total debt is nearing $2 billion.", "$2 billion", "the city's total debt"),
        ("The firm holds $3 billion abroad and would owe $1 billion in taxes.", "$1 billion", "taxes owed by the firm"),  # since session 13 the noun "in" says what the money is
    ],
)
def test_subject_through_participles_and_questions(nlp, text, surface, counts):
    claims, _ = _claims(nlp, text)
    c = next(c for c in claims if c.text == surface)
    assert c.counts == counts
