"""What a number counts when its noun is elsewhere (nlp/claims/measured.py, polls.py, extract.py):
the two shares of a race, a figure set "at", a level "above", a relative clause's noun, a count
that leaves its noun out in a coordination, shares of one list by place. Every sentence here was
written for the test."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims import extract_claims


def _counts(nlp, text):
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    claims, _infos = extract_claims(doc, extract_dates(doc, "2024-05-01")[0], ())
    for c in claims:  # evidence or nothing: every ``counts`` has its spans, none of them the number's own words
        assert bool(c.counts) == bool(c.counts_evidence)
        assert all(e <= c.evidence[0][0] or s >= c.evidence[-1][1] for s, e in c.counts_evidence)
    return {c.text: c.counts for c in claims}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hillary Clinton and Bernie Sanders met in Ohio. A new poll of likely voters shows Clinton leading Sanders 54 percent to 41 percent.",
         {"54 percent": "support for Clinton", "41 percent": "support for Sanders"}),
        ("Donald Trump and Ted Cruz both campaigned there. In the primary, Trump beat Cruz 48 percent to 33 percent in Ohio and 45 percent to 30 percent in Iowa.",
         {"48 percent": "share of the vote for Trump in the primary in Ohio", "33 percent": "share of the vote for Cruz in the primary in Ohio",
          "45 percent": "share of the vote for Trump in the primary in Iowa", "30 percent": "share of the vote for Cruz in the primary in Iowa"}),
        ("Senator Ted Cruz of Texas, who won, 27.6 percent to 24.3 percent, thanked the caucus voters.",
         {"27.6 percent": "share of the vote for Senator Ted Cruz", "24.3 percent": None}),
        # no race in the passage: a market, not a vote
        ("Tim Cook said Apple leads Samsung 44 percent to 37 percent in tablets.", {"44 percent": None, "37 percent": None}),
    ],
)
def test_two_shares_of_a_race(nlp, text, expected):
    got = _counts(nlp, text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("Analysts put the company's net worth at $45 billion.", "$45 billion", "the company's net worth"),
        ("The bill would cap the tax value of deductions at 28 percent.", "28 percent", "the tax value of deductions"),
        ("Her approval rating has been above 50 percent in state polls.", "above 50 percent", "her approval rating"),
        ("Many workers earn salaries that touch $16.50 an hour.", "$16.50", "salaries per hour"),  # a rate (money_rates.py)
        ("The storm killed 49 people and wounded 53.", "53", "people wounded"),  # session 14: what was done to them
        ("Last year 158 stores closed and just 14 opened.", "14", "stores"),
        ("The agency is monitoring 265 pregnant women in the state and 189 in the territory.", "189", "pregnant women"),
        ("She received 19 percent support in Utah, 17 percent in Kansas and 16 percent in Iowa.", "17 percent", "support"),
        ("She received 19 percent support in Utah, 17 percent in Kansas and 16 percent in Iowa.", "16 percent", "support"),
        ("Polls show he won 83% of voters under 30 in Ohio last month, 74% in Iowa last week and 71% in Maine.", "74%", "voters"),
        ("Since last week's poll, the governor's standing improved by two percentage points.", "two percentage points",
         "the governor's standing"),
        ("The Koch brothers are each worth either $43 billion or $55 billion.", "$55 billion", "net worth of the Koch brothers"),
        ("He listed a mortgage worth more than $50 million.", "more than $50 million", "mortgage"),
        ("Donald Trump is lagging behind Hillary Clinton by more than nine percentage points in the poll.",
         "more than nine percentage points", "lead of Hillary Clinton over Donald Trump in the poll"),
    ],
)
def test_what_is_counted_elsewhere(nlp, text, surface, counts):
    assert _counts(nlp, text)[surface] == counts


@pytest.mark.parametrize(
    "text,surface",
    [
        ("Bloomberg pegged him at $2.9 billion.", "$2.9 billion"),  # a pronoun is never what a figure measures
        ("She bought the shares at $40 each.", "$40"),  # "buy" sets no amount "at" a figure
        ("The storm killed 49 people and 53 of the wounded were children.", "53"),  # a count with a noun of its own
        # an adjective after its noun is no "30 percent effective tax rate": the parse hung "6 percent undecided" on "candidate"
        ("The poll shows 13 percent supporting another candidate and only 6 percent undecided.", "6 percent"),
    ],
)
def test_no_counts_from_these(nlp, text, surface):
    assert _counts(nlp, text).get(surface) in (None, "wounded", "the wounded")


@pytest.mark.parametrize(
    "text,surface,value,unit,counts",
    [
        ("The governor spent a quarter of a million dollars on the race.", "a quarter of a million dollars", 250_000, "USD", "money spent by the governor on the race"),  # session 11: where it went
        ("The group raised half a million dollars in May.", "half a million dollars", 500_000, "USD", "money raised by the group"),
        ("About 1 in 5 adults now rent, up from 1 in 10 a decade ago.", "1 in 10", 10, "percent", "adults who now rent"),  # (the predicate since session 12)
        ("Eight of 10 avocados sold in the country come from Mexico.", "Eight of 10", 80, "percent", "avocados sold in the country"),
        ("The centre handled 1,200 incidents, and about 30% of them involved foreign-flagged ships.", "about 30%", 30, "percent",
         "involved foreign-flagged ships"),
        ("Seventy-eight percent were white, while 16 percent were Latino.", "16 percent", 16, "percent", "were Latino"),
    ],
)
def test_values_and_counts_in_words(nlp, text, surface, value, unit, counts):
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    claims, _infos = extract_claims(doc, extract_dates(doc, "2024-05-01")[0], ())
    got = {c.text: c for c in claims}
    c = got[surface]
    assert (round(c.value, 3), c.unit, c.counts) == (value, unit, counts)


@pytest.mark.parametrize(
    "text,surface",
    [
        ("One of 100 senators voted no.", "100"),  # one senator, no share
        ("About 40 percent were higher than expected.", "About 40 percent"),  # a comparison is no trait
    ],
)
def test_no_share_or_trait(nlp, text, surface):
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    claims, _infos = extract_claims(doc, extract_dates(doc, "2024-05-01")[0], ())
    c = {c.text: c for c in claims}.get(surface)
    assert c is None or (c.unit is None and c.counts in (None, "senators")) or (c.unit == "percent" and c.counts is None)


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        ("Most powders were stable at a calcium to phosphorus ratio CaP = 1.67 in air.", "1.67", "CaP"),
        ("The mean modulus decreased linearly to 1.96 GPa when more particles were added.", "1.96 GPa", "the mean modulus"),
        ("When Tb is around 0.5 ms, the average delay falls.", "around 0.5 ms", "Tb"),  # a symbol, no person
        ("In the second group (n = 12) the yield was lower.", "12", None),  # a test statistic's letter is no entity
        ("The borrowing cap is $50,000 a year.", "$50,000", "the borrowing cap per year"),  # a word, not a unit's letters
    ],
)
def test_measured_in_science(nlp, text, surface, counts):
    assert _counts(nlp, text)[surface] == counts


@pytest.mark.parametrize(
    "text,surface",
    [
        ("Officials blame an explosion that hit a checkpoint some 50 meters (yards) away from a police station.", "some 50 meters"),
        ("The survey found that people expect their finances to improve over the next five years.", "the next five years"),
        ("Over the past seven months, the campaign has been mostly about one man.", "the past seven months"),
        ("They met on Tuesday, three weeks after a fishing vessel sank off the coast.", "three weeks"),
        ("Under the deal, the minimum wage would climb gradually over six years.", "six years"),
    ],
)
def test_no_counts_for_distances_and_spans_of_time(nlp, text, surface):
    got = _counts(nlp, text)
    key = next((k for k in got if k in surface or surface.endswith(k)), None)
    if surface.startswith(("the next ", "the past ")):
        assert key is None  # a window of time that says when, no claim (issue #20, session 9)
    else:
        assert got[key] is None


def test_a_restatement_in_parentheses_counts_what_it_restates(nlp):
    got = _counts(nlp, "The centre covers an area of 1.5 million square kilometres (580,000 square miles).")
    assert got["580,000 square miles"] == got["1.5 million square kilometres"] == "area"


def test_a_unit_word_heading_the_parse_counts_nothing():
    """'40 km' parsed with the unit as the root: the climb from the unit to the noun it measures
    stops at the root (it once took the unit itself, "km", as what was counted)."""
    import spacy
    from spacy.tokens import Doc

    from newsfacts.nlp.claims.description import counted_noun

    doc = Doc(spacy.blank("en").vocab, words=["40", "km"], heads=[1, 1], deps=["nummod", "ROOT"],
              pos=["NUM", "NOUN"], ents=["B-QUANTITY", "I-QUANTITY"])
    assert counted_noun(doc.ents[0])[0] is None
