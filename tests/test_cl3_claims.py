"""Claims on news (session 7, cl3): relative "which" sources the parse misattaches, sums a clause
after them says what was done with, sums "in" a modified noun, shares written "82%-12%", count
pairs "A to B in NOUN", titles, "half a dozen", ages with "old", checks that must not fire.
Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims import extract_claims, run_checks
from newsfacts.nlp.claims.numbers import parse_quantity


def _claims(nlp, text):
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    claims, infos = extract_claims(doc, extract_dates(doc, "2024-05-01")[0], ())
    run_checks(infos, {})
    return claims


def _one(claims, surface):
    found = [c for c in claims if c.text == surface]
    assert len(found) == 1, [c.text for c in claims]
    return found[0]


def test_cl3_relative_which_the_parse_hangs_elsewhere(extract_text):
    text = ("The fact-checkers wanted numbers. To settle it, they turned to the Denver Police Department which "
            "reported \u201c1,412 robbery incidents\u201d in the city between March 1 and June 30.")
    rec = extract_text(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    c = next(c for c in rec["claims"] if c["text"] == "1,412")
    assert names.get(c["claimant"]) == "Denver Police Department"


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("His haul puts him within $3 million of the $41 million raised by the Smith campaign.", "$41 million",
         "money raised by Smith campaign"),
        ("It was a big jump from the $9.5 million he raised during the second quarter.", "$9.5 million", "money raised"),
        ("The firm gave $80,000, down from the more than $500,000 it contributed two years ago.", "more than $500,000",
         "contributions"),
        ("That leaves the committee short of the $52 million it must collect for the event.", "$52 million", "money collected"),
        ("Maria Lopez is saddled with about $81,000 in student loan debt.", "about $81,000", "student loan debt"),
    ],
)
def test_cl3_money_counts_from_clauses_and_modified_nouns(nlp, text, surface, counts):
    assert _one(_claims(nlp, text), surface).counts == counts


def test_cl3_money_in_bare_debt_is_no_counts(nlp):
    c = _one(_claims(nlp, "The city is $8 billion in debt after the storm."), "$8 billion")
    assert c.counts != "debt"


def test_cl3_hyphen_share_pairs_are_tallies(nlp):
    claims = _claims(nlp, "By a lopsided 78%-15%, young voters support a higher minimum wage. "
                          "Jones leads Smith by roughly 9 percentage points, 41%-32.5%, in the average of recent polls.")
    a = _one(claims, "78%-15%")
    assert (a.value, a.tally, a.unit, a.low) == (78.0, [78.0, 15.0], "percent", None)
    b = _one(claims, "41%-32.5%")
    assert (b.value, b.tally, b.unit) == (41.0, [41.0, 32.5], "percent")


def test_cl3_ranges_with_two_signs_stay_ranges(nlp):
    claims = _claims(nlp, "Mortgage rates of 3%-4% are expected next year.")
    assert all(c.tally is None for c in claims)


def test_cl3_count_pairs_share_their_noun(nlp):
    claims = _claims(nlp, "Jones leads Smith 1,210 to 1,005 in pledged delegates, and 480 to 52 among superdelegates. "
                          "Smith led Jones by a hair -- 180,112 to 179,803 votes.")
    got = {c.text: c.counts for c in claims}
    assert got["1,210"] == got["1,005"] == "pledged delegates"
    assert got["480"] == got["52"] == "superdelegates"
    assert got["180,112"] == "votes"


def test_cl3_share_pair_with_a_pronoun_side(nlp):
    claims = _claims(nlp, "Senator Mark Jones won the primary in Maine. Challenger Ann Smith had led early in the vote count, "
                          "but Jones beat her 54% to 39% in the end.")
    assert _one(claims, "54%").counts == "share of the vote for Jones"


@pytest.mark.parametrize(
    "text",
    [
        "In a preview clip for Ruiz's upcoming streaming show The 212, she sings an old ballad to the senator.",
        "\u201cBlue Streets (52 Nights)\u201d was written by the band after the flood.",
        "'FOUR HORSEMEN' RIDE AGAINST THE PLAN",
    ],
)
def test_cl3_titles_are_no_quantities(nlp, text):
    assert _claims(nlp, text) == []


def test_cl3_counts_next_to_capitals_stay(nlp):
    claims = _claims(nlp, "The 25 senators voted for it, and The Capital Grill donated $9,000.")
    assert {c.text for c in claims} == {"25", "$9,000"}


def test_cl3_half_a_dozen():
    assert parse_quantity("half a dozen")[0] == 6.0
    assert parse_quantity("half a million")[0] == 500000.0


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("Judge Marlow is 61 years old and has a moderate record.", "61 years", "age of Judge Marlow"),
        ("At 27 years old, she still lives with her parents.", "27 years", "age"),
        ("The bridge is 80 years old.", "80 years", "age of bridge"),
    ],
)
def test_cl3_ages_with_old(nlp, text, surface, counts):
    assert _one(_claims(nlp, text), surface).counts == counts


def test_cl3_old_before_a_noun_is_left_to_the_noun(nlp):
    c = _one(_claims(nlp, "His son, the 38-year old state land commissioner, is running."), "38-year")
    assert c.counts != "age" and "commissioner" in (c.counts or "")


def test_cl3_durations_are_no_ages(nlp):
    c = _one(_claims(nlp, "He served for 12 years in the Senate."), "12 years")
    assert not (c.counts or "").startswith("age")


def _shares(text: str, surfaces: list[str]):
    from newsfacts.nlp.claims.extract import ClaimInfo
    from newsfacts.schema import Claim

    infos, s = [], 0
    for k, surface in enumerate(surfaces, 1):
        s = text.index(surface, s + 1)
        c = Claim(f"c{k}", surface, float(surface.rstrip("%")), "percent", [(s, s + len(surface))])
        infos.append(ClaimInfo(c, sentence=(0, len(text))))
    return [k for k in run_checks(infos, {}, text=text) if k.kind == "shares"]


def test_cl3_nested_and_respective_shares_are_no_parts():
    listed = "Voters split evenly: 46% with a positive reaction, 8% unsure and 46% a negative one."
    assert [k.verdict for k in _shares(listed, ["46%", "8%", "46%"])] == ["consistent"]
    nested = "Voters split evenly: 46% with a positive reaction -- including 16% who would be thrilled -- and 46% a negative one."
    assert not _shares(nested, ["46%", "16%", "46%"])
    respective = "Polls from Harlow College and Metro Research respectively show a 57% and 55% approval rating."
    assert not _shares(respective, ["57%", "55%"])


def test_cl3_hauls_with_no_maker_are_no_same_quantity(nlp):
    text = ("Carson and Cruz raised $23 million and $20 million, respectively, in the last quarter. "
            "Cruz's haul is a big jump from the $12.2 million he raised during the third quarter.")
    assert not [k for c in _claims(nlp, text) for k in c.checks if k.kind == "same_quantity"]
