"""Claims on news (session 8, clv8): values and units NER leaves out or misreads, numbers that are
no quantity, and claimants that are no report of the number. Every sentence here was written for
the test."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims.adjacent import in_tag, not_quantity, size_noun_after, symbol_after

from .evidence import claims_by_text


def _claimant(extract_text, text: str, surface: str):
    """(claimant name or None, claimant evidence words) of the claim written ``surface``."""
    rec = extract_text(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    found = [c for c in rec["claims"] if c["text"] == surface]
    assert len(found) == 1, [c["text"] for c in rec["claims"]]
    c = found[0]
    return names.get(c["claimant"]), [text[s:e] for s, e in c["claimant_evidence"]]


# --- values and units


def test_clv8_two_amounts_in_one_money_span(nlp):
    got = claims_by_text(nlp, "The firm paid US$14 million and C$9 million in penalties last year.")
    assert got["US$14 million"].unit == "USD" and got["US$14 million"].value == 14e6
    assert got["C$9 million"].unit == "CAD" and got["C$9 million"].value == 9e6


def test_clv8_a_range_with_and_stays_one_claim(nlp):
    got = claims_by_text(nlp, "Between 40 and 60 people waited outside the hall.")
    c = got["Between 40 and 60"]
    assert (c.low, c.high) == (40, 60)


@pytest.mark.parametrize("written", ["cm\u22121", "cm-1", "cm^-1"])
def test_clv8_reciprocal_unit(nlp, written):
    text = f"The strongest band of the film lies at 1650 {written} in the spectrum."
    got = claims_by_text(nlp, text)
    assert got[f"1650 {written}"].unit == "cm-1"
    assert got[f"1650 {written}"].value == 1650


def test_clv8_reciprocal_needs_a_lone_one():
    assert symbol_after(" cm-10 cm", 0) == ("cm", 3)  # a range's dash, not a power
    assert symbol_after(" cm\u22121 and", 0) == ("cm-1", 5)


@pytest.mark.parametrize("text,surface", [
    ("The panel published a 2000 page report on the flood.", "2000"),
    ("The panel published a 2000-page report on the flood.", "2000"),
    ("He handed in a 2010 word essay on the war.", "2010"),
])
def test_clv8_a_count_of_size_nouns_is_no_year(nlp, text, surface):
    assert claims_by_text(nlp, text)[surface].value == float(surface)


def test_clv8_a_year_before_a_noun_stays_no_claim(nlp):
    assert "2016" not in claims_by_text(nlp, "The 2016 election drew record crowds to the polls.")
    assert not size_noun_after("2016 pages", 4)  # plural: not a compound
    assert size_noun_after("2000 page report", 4)


# --- numbers that are no quantity


def test_clv8_markup_attribute_is_no_claim(nlp):
    text = '<post post-author="@someone" post-date="March 4, 2016">Huge crowd tonight, 4,000 people!</post>'
    got = claims_by_text(nlp, text)
    assert "4,000" in got
    assert not any(t.startswith(("4", "2016")) and t != "4,000" for t in got), list(got)
    assert in_tag(text, text.index("4,"))
    assert not in_tag(text, text.index("4,000"))


@pytest.mark.parametrize("text,number", [
    ("The mayor lives at 1200 Lakeview Avenue with his family.", "1200"),
    ("The clinic moved to 45 North Main Street last spring.", "45"),
    ("The pastor quoted Romans 8:28 during the service.", "8"),
    ("Read the second post, #3, before the first.", "3"),
    ("The charity is a 501(c)(3) group based in Ohio.", "501"),
])
def test_clv8_names_addresses_and_references(text, number):
    start = text.index(number)
    assert not_quantity(text, start, start + len(number))


def test_clv8_a_count_before_a_lowercase_street_is_kept():
    text = "Some 300 people marched down the street on Sunday."
    start = text.index("300")
    assert not not_quantity(text, start, start + 3)


# --- claimants


def test_clv8_quotation_signed_with_a_dash(extract_text):
    text = ("Senator Maria Lopez spoke first in Denver. Governor Tom Reyes answered her on Friday.\n"
            "\"We will send 30 percent of the new money to rural schools.\" - Reyes.\n")
    name, words = _claimant(extract_text, text, "30 percent")
    assert words == ["Reyes"]
    assert name in (None, "Tom Reyes")
    assert name != "Maria Lopez"


def test_clv8_what_someone_responds_to_is_not_their_figure(extract_text):
    text = ("Senator Paul Grant tells the newspaper, responding to the report that the agency "
            "classified 31 of the files as secret.")
    name, _words = _claimant(extract_text, text, "31")
    assert name != "Paul Grant"


def test_clv8_what_someone_hopes_is_the_writers_figure(extract_text):
    text = "In fact, Governor Ann Hale did hope to have finished more of her 72-town tour by May."
    name, _words = _claimant(extract_text, text, "72")
    assert name is None


def test_clv8_a_finding_noun_with_its_own_clause_has_no_owner_from_it(extract_text):
    text = ("The result: after the debate, Senator Ted Lowe must drive nearly four hours from "
            "Cedar Rapids to the border for two stops.")
    name, _words = _claimant(extract_text, text, "nearly four hours")
    assert name is None


def test_clv8_putting_people_as_officers_is_no_rating(extract_text):
    text = ("Mayor John Park shook up his office on Monday, putting three longtime aides as "
            "deputy mayors.")
    name, _words = _claimant(extract_text, text, "three")
    assert name is None


def test_clv8_rating_as_still_states_the_figure(extract_text):
    text = "PolitiFact rated 40% of the governor's claims as false."
    name, words = _claimant(extract_text, text, "40%")
    assert words == ["PolitiFact"]


def test_clv8_respondents_are_no_claimant(extract_text):
    text = ("In March, 48 percent said they would vote for Senator Jane Holt, but this month that "
            "number has dropped to 36 percent.")
    name, _words = _claimant(extract_text, text, "36 percent")
    assert name is None


# --- ranges and points


def test_clv8_range_whose_upper_bound_ner_left_out(nlp):
    got = claims_by_text(nlp, "The scheme worked only about 6 to 9 percent of the time, the auditors found.")
    c = got["about 6 to 9 percent"]
    assert (c.low, c.high, c.unit, c.value) == (6, 9, "percent", 7.5)


def test_clv8_a_change_or_a_tie_is_no_range():
    from newsfacts.nlp.claims.adjacent import range_after

    text = "A 5-to-5 tie left the ruling in place."
    assert range_after(text, 2, 3, 5.0) is None
    text = "Voters rated him from 2 to 7 on the scale."
    start = text.index("2")
    assert range_after(text, start, start + 1, 2.0) is None  # no "percent", no "between"
    text = "They found between 300-400 files."
    start = text.index("300")
    assert range_after(text, start, start + 3, 300.0) == (300.0, 400.0, None, start + 7)


@pytest.mark.parametrize("text,surface", [
    ("The jobless rate dropped half a percentage point to 4.7 percent.", "half a percentage point"),
    ("Lopez lost the Senate race by ten points in 2012.", "ten points"),
])
def test_clv8_percentage_points(nlp, text, surface):
    c = claims_by_text(nlp, text)[surface]
    assert c.unit == "percentage point"


def test_clv8_a_share_with_its_group_is_no_claimant(extract_text):
    text = ("Some 52 percent of Ohio farmers say they will back Senator Ann Price, while another "
            "9 percent say they might vote for her.")
    name, _words = _claimant(extract_text, text, "9 percent")
    assert name is None


def test_clv8_range_of_points_ner_cut_in_two(nlp):
    got = claims_by_text(nlp, "Most surveys have shown Lopez with modest leads ranging from 2 to 9 percentage points.")
    c = got["2 to 9 percentage points"]
    assert (c.low, c.high, c.unit) == (2, 9, "percentage point")


def test_clv8_negative_power_after_a_unit_the_span_ends_with(nlp):
    got = claims_by_text(nlp, "The film absorbs near 870 cm\u22121, and the carrier density reached 1014 cm\u22123 in the cell.")
    assert got["870 cm\u22121"].unit == "cm-1"
    assert got["1014 cm\u22123"].unit == "cm-3"
