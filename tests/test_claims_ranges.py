"""Numeric claims, second round of issue #20: "between A and B" as one range, ratios with "every"
("one of every nine"), and leads in points with no verb of leading ("Clinton ahead by 3.7
points"). Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims import extract_claims, parse_quantity


def _claims(nlp, text):
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    return extract_claims(doc, extract_dates(doc, "2024-05-01")[0], ())[0]


@pytest.mark.parametrize(
    "text,want",
    [
        ("between $30,000 and $60,000", (45000.0, "USD", 30000.0, 60000.0)),
        ("between 20 and 45 dollars", (32.5, "USD", 20.0, 45.0)),  # the unit written once, after
        ("between $1.5 million and $2 million", (1.75e6, "USD", 1.5e6, 2e6)),
        ("between $1.5 and $2 million", (1.75e6, "USD", 1.5e6, 2e6)),  # the scale written once
        ("between 40 and 45 percent", (42.5, "percent", 40.0, 45.0)),
        ("Between 130 and 160", (145.0, None, 130.0, 160.0)),
    ],
)
def test_parse_between_is_one_range(text, want):
    value, unit, low, high, start, end = parse_quantity(text)
    assert (value, unit, low, high) == want
    assert (start, end) == (0, len(text))


@pytest.mark.parametrize("text", ["between 5 percent and $6", "between $8 and 10 percent"])
def test_parse_between_not_a_range(text):
    got = parse_quantity(text)
    assert got is None or got[2] is None  # two units: no range


@pytest.mark.parametrize(
    "text,surface,value,unit,low,high",
    [
        ("The clerks were paid between $30,000 and $60,000 a year.", "between $30,000 and $60,000", 45000.0, "USD", 30000.0, 60000.0),
        ("The new bridge would cost between $1.5 million and $2 million.", "between $1.5 million and $2 million", 1.75e6, "USD", 1.5e6, 2e6),
        ("Tickets cost between 20 and 45 dollars at the door.", "between 20 and 45 dollars", 32.5, "USD", 20.0, 45.0),
        ("Support for the levy stood between 40 and 45 percent in the spring.", "between 40 and 45 percent", 42.5, "percent", 40.0, 45.0),
        ("The bakery gave between $500,000 and $1 million to the school.", "between $500,000 and $1 million", 750000.0, "USD", 5e5, 1e6),
    ],
)
def test_between_is_one_claim(nlp, text, surface, value, unit, low, high):
    claims = _claims(nlp, text)
    assert [c.text for c in claims] == [surface]  # no stray claim for either bound
    c = claims[0]
    assert (c.value, c.unit, c.low, c.high, c.qualifier) == (value, unit, low, high, "between")
    start = text.index(surface)
    assert c.evidence == [(start, start + len(surface))]


@pytest.mark.parametrize(
    "text,surfaces",
    [
        ("The mill ran between 2006 and 2012 in the valley.", []),  # years, no quantity
        ("Prices rose from $500 to $2,000 at the market.", ["$500", "$2,000"]),  # a change: two values
        ("The difference in pay between $30,000 and $60,000 a year is large.", ["$30,000", "$60,000"]),  # two values compared
        ("The gap in density between 34 °C and 38 °C shrinks with pressure.", ["34 °C", "38 °C"]),
    ],
)
def test_not_a_between_range(nlp, text, surfaces):
    claims = _claims(nlp, text)
    assert [c.text for c in claims] == surfaces
    assert all(c.low is None for c in claims)


@pytest.mark.parametrize(
    "text,surface,value,counts",
    [
        ("One of every nine voters in the county stayed home.", "One of every nine", 100 / 9, "voters in the county"),
        ("One in every five children in the town lives in poverty.", "One in every five", 20.0, "children in the town"),
        ("Two out of every three nurses said they were tired.", "Two out of every three", 200 / 3, "nurses"),
    ],
)
def test_ratio_with_every_is_one_share(nlp, text, surface, value, counts):
    claims = _claims(nlp, text)
    assert [c.text for c in claims] == [surface]  # not the whole (9) as a count
    c = claims[0]
    assert (c.unit, c.counts) == ("percent", counts)
    assert c.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text,surface,counts,words",
    [
        ("The latest polling average shows Hillary Clinton ahead by 3.7 points.", "3.7 points", "lead of Hillary Clinton",
         ["Hillary Clinton", "ahead"]),
        ("A new poll of likely voters shows Donald Trump is up 5 points in Ohio.", "5 points", "lead of Donald Trump in Ohio",
         ["Donald Trump", "up", "in Ohio"]),
        ("Polls show Hillary Clinton up by 10 points in the state.", "10 points", "lead of Hillary Clinton in the state", ["Hillary Clinton", "up", "in the state"]),
        ("The state average shows Hillary Clinton narrowly ahead by 2 points.", "2 points", "lead of Hillary Clinton",
         ["Hillary Clinton", "ahead"]),
        ("The new poll came out on Monday. According to the average, Donald Trump is up 6 points in Iowa.", "6 points",
         "lead of Donald Trump in the average in Iowa", ["the average", "Donald Trump", "up", "in Iowa"]),  # the poll named in the sentence before: still points of a lead
        ("The poll found Senator Mary Smith down 4 points in the race.", "4 points", "deficit of Senator Mary Smith in the race",
         ["Senator Mary Smith", "down", "in the race"]),
        ("In the poll Elizabeth Warren is ahead of Joe Biden by 4 points.", "4 points", "lead of Elizabeth Warren over Joe Biden in the poll",
         ["In the poll", "Elizabeth Warren", "ahead", "Joe Biden"]),
        ("In the poll Bernie Sanders is behind Hillary Clinton by 8 points.", "8 points", "lead of Hillary Clinton over Bernie Sanders in the poll",
         ["In the poll", "Bernie Sanders", "behind", "Hillary Clinton"]),
    ],
)
def test_lead_without_verb_of_leading(nlp, text, surface, counts, words):
    claims = _claims(nlp, text)
    c = next(c for c in claims if c.text == surface)
    assert (c.unit, c.counts) == ("percentage point", counts)
    assert [text[s:e] for s, e in c.counts_evidence] == words  # the names and the word of position, in text order


@pytest.mark.parametrize(
    "text,surface",
    [
        ("The Dow Jones index is up 200 points this morning.", "200"),  # index points, no lead
        ("A new poll shows Donald Trump is up 5 points from last month.", "5 points"),  # a change
        ("The survey showed Apple up 5 points among buyers.", "5 points"),  # no person
        ("Late in the game, Kevin Durant is up 6 points on his record.", "6"),  # no vote or poll: no percentage points
    ],
)
def test_no_lead_without_a_race(nlp, text, surface):
    claims = _claims(nlp, text)
    c = next(c for c in claims if c.text == surface)
    assert c.counts is None or not c.counts.startswith(("lead", "deficit"))
