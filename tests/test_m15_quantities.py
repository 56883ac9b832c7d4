"""Quantities NER misfiles and the time points of a procedure (session 15, area M): a range of time
tagged as a date ("3-4 days"), a number with a unit symbol tagged as a name ("~1000 K"), and what a
span of time after which something was done or seen measures (the clause's subject). Every sentence
here was written for the test."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims import extract_claims


def _claims(nlp, text):
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    claims, _infos = extract_claims(doc, extract_dates(doc, "2024-05-01")[0], ())
    return claims


def _one(nlp, text, surface):
    found = [c for c in _claims(nlp, text) if c.text == surface]
    assert len(found) == 1, [c.text for c in _claims(nlp, text)]
    c = found[0]
    for s, e in c.counts_evidence:
        assert 0 <= s < e <= len(text)
    return c, [text[s:e] for s, e in c.counts_evidence]


@pytest.mark.parametrize(
    "text,surface,value,unit",
    [
        ("The seedlings were kept in the dark for 3\u20134 days.", "3\u20134 days", 3.5, "day"),
        ("The drought lasted between 10 and 20 years.", "between 10 and 20 years", 15.0, "year"),
        ("Aliquots were centrifuged after 2\u20133 weeks, and the pellets were stored.", "2\u20133 weeks", 2.5, "week"),
    ],
)
def test_m15_time_range_tagged_as_date_is_a_quantity(nlp, text, surface, value, unit):
    c, _ev = _one(nlp, text, surface)
    assert c.value == pytest.approx(value)
    assert c.unit == unit


def test_m15_year_range_is_no_time_range(nlp):
    texts = [c.text for c in _claims(nlp, "The dam was built between 1985 and 1990 by the state.")]
    assert not any("1985" in t for t in texts), texts


def test_m15_number_tagged_as_name_is_read(nlp):
    text = "The crystals melt at \u223c1000 K under vacuum."
    c, ev = _one(nlp, text, "1000 K")
    assert c.unit == "K"
    assert ev == ["The crystals"]


@pytest.mark.parametrize(
    "text,surface,counts,evidence",
    [
        ("Aliquots were centrifuged after 2\u20133 weeks, and the pellets were stored.", "2\u20133 weeks",
         "time for aliquots", ["Aliquots"]),
        ("The protein level rose sharply at 2 months after the injection.", "2 months",
         "time after the injection for the protein level", ["The protein level", "the injection"]),
        ("The larvae hatched after 5 days in the incubator.", "5 days", "time for the larvae", ["The larvae"]),
    ],
)
def test_m15_time_point_measures_the_clause_subject(nlp, text, surface, counts, evidence):
    c, ev = _one(nlp, text, surface)
    assert c.counts == counts
    assert ev == evidence


@pytest.mark.parametrize(
    "text,surface",
    [
        ("We measured the plants after 10 days.", "10 days"),  # a pronoun is no thing measured
        ("Smith left the firm after 12 years.", "12 years"),  # a person neither
    ],
)
def test_m15_time_point_needs_a_thing(nlp, text, surface):
    c, _ev = _one(nlp, text, surface)
    assert c.counts is None or not c.counts.startswith("time for")


def test_m15_time_between_two_events_stays_the_gap(nlp):
    text = "The governor resigned three days after voters went to the polls."
    c, _ev = _one(nlp, text, "three days")
    assert c.counts == "time after voters went to the polls"
