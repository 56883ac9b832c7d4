"""Claims, session 7 second round (issue #20): compound units after "/" ("1.20 g/m3"), years and
idioms that are no quantities, each clause's own claimant inside a quote, and what a quantity
measures beyond its own noun (a host it is put into, what steps of a procedure are done to, what a
symbol set equal to a value belongs to, the object a verb takes to a value). Every sentence was
written for the test."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims.adjacent import per_after, widen
from tests.evidence import claims_by_text, counts_words


def test_per_unit_after_a_known_unit():
    text = "a density of 2.65 g/m3 here"
    start = text.index("2.65")
    # quantulum3 stops at "g": the "/m3" after it is part of the unit
    assert widen(text, start, start + len("2.65 g"), "g", text)[1:3] == (start + len("2.65 g/m3"), "g/m3")
    assert per_after("/m³ of", 0) == ("m3", 3)
    assert per_after("/ml", 0) is not None and per_after("/mx", 0) is None
    # a share or a sum of money takes no "per" unit this way
    money = "$5/month"
    assert widen(money, 1, 2, "USD", money)[2] == "USD"


def test_compound_unit_claim(nlp):
    text = "The density of the cured resin was found to be 1.15 g/m3 at 25 °C."
    claim = claims_by_text(nlp, text)["1.15 g/m3"]
    assert claim.unit == "g/m3"
    assert claim.counts == "the density of the cured resin"


@pytest.mark.parametrize("text, gone", [
    ("In the crowded 2020 presidential primary, few donors gave early.", "2020"),
    ("A 1998 statute still governs the port.", "1998"),
    ('"That is the $64,000 question," the mayor said.', "$64,000"),
    ("It remains the million-dollar question for the board.", "million"),
])
def test_years_and_idioms_are_no_quantities(nlp, text, gone):
    assert not any(gone in surface for surface in claims_by_text(nlp, text))


def test_numbers_outside_years_stay_counts(nlp):
    claims = claims_by_text(nlp, "The agency printed a 2500 page report.")
    assert "2500" in claims  # a number outside the years stays a quantity


def test_each_clause_keeps_its_own_claimant(extract_text):
    text = "The Ledger says the estate is worth $2.1 billion and Bloomberg has it at $1.7 billion."
    record = extract_text(text)
    names = {e["id"]: e["name"] for e in record["entities"]}
    by_text = {c["text"]: c for c in record["claims"]}
    assert "Bloomberg" in names.get(by_text["$1.7 billion"]["claimant"], "")
    assert "Bloomberg" not in (names.get(by_text["$2.1 billion"]["claimant"]) or "")


@pytest.mark.parametrize(
    "text,surface,counts,evidence",
    [
        # an amount put into a host: the host is what it measures too
        ("Cells were grown in RPMI medium supplemented with 5% horse serum and 4 mM glutamine.", "4 mM",
         "glutamine in RPMI medium", ["RPMI medium", "glutamine"]),
        # steps of a procedure: what they were done to
        ("Stem cells grown on coated plates for at least 6 passages were then frozen.", "at least 6",
         "passages of stem cells", ["Stem cells", "passages"]),
        # a symbol after "with": what it belongs to
        ("We modelled a Pierson spectrum with fp = 0.4 Hz.", "0.4 Hz", "fp of Pierson spectrum", ["Pierson spectrum", "fp"]),
        # a symbol after a property noun and "of": the property, the symbol and the property's owner
        ("The box has a side length of L = 2 m.", "2 m", "side length L of the box", ["L", "The box", "side length"]),
        # a property a verb takes its object to: the object's
        ("We heated the wafers to a temperature of 640 K.", "640 K", "temperature of the wafers",
         ["temperature", "the wafers"]),
    ],
)
def test_owner_beyond_the_noun(nlp, text, surface, counts, evidence):
    claim = claims_by_text(nlp, text)[surface]
    assert claim.counts == counts
    assert counts_words(text, claim) == sorted(evidence)


def test_host_needs_a_host_verb(nlp):
    text = "The team mixed the samples and added 4 mM glutamine."
    claim = claims_by_text(nlp, text)["4 mM"]
    assert "in" not in (claim.counts or "").split()


@pytest.mark.parametrize(
    "text,surface,counts,evidence",
    [
        # a symbol the text defines elsewhere: "where T is the temperature"
        ("The rate is k = A exp(−E/RT), where T is the temperature of the melt. For T = 450 K the rate doubles.", "450 K",
         "the temperature T", ["T", "the temperature"]),
        # a noun written right before the symbol at another place
        ("The speed depends on the heating efficiency ηnet strongly. With ηnet = 0.2 the sonic point lies higher.", "0.2",
         "heating efficiency ηnet", ["heating efficiency", "ηnet"]),
    ],
)
def test_symbol_defined_elsewhere(nlp, text, surface, counts, evidence):
    claim = claims_by_text(nlp, text)[surface]
    assert claim.counts == counts
    assert counts_words(text, claim) == sorted(evidence)


def test_undefined_symbol_stays_itself(nlp):
    text = "Runs at high load gave x = 5 cm."
    assert claims_by_text(nlp, text)["5 cm"].counts == "x"


def test_unit_letters_owner_only_after_a_number(nlp):
    # "V" (vanadium) names a thing when no number stands before it
    text = "V showed a clear rise, with concentration increasing from 0.1 to 0.5 ppm."
    assert claims_by_text(nlp, text)["0.5 ppm"].counts == "concentration of V"
    # "s" right after "120" is that value's unit, no owner of the current
    text = "Samples were processed for 120 s at 20 mA current."
    assert counts_words(text, claims_by_text(nlp, text)["20 mA"]) == ["current"]
