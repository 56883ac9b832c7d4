"""Numeric claims: values, units, qualifiers, what is counted, who claims it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.nlp.claims import extract_claims, normalise_number, parse_quantity
from newsfacts.schema import Quote
from tests.evidence import check_evidence


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("4,400", 4400, None),
        ("1.2 million", 1_200_000, None),
        ("a dozen", 12, None),
        ("about 90%", 90, "percent"),
        ("12 percent", 12, "percent"),
        ("1,500-kilometer", 1500, "km"),
        ("900 mile", 900, "mile"),
        ("11-day", 11, "day"),
        ("$3.5 billion", 3.5e9, "USD"),
        ("$3.5bn", 3.5e9, "USD"),
        ("$64.8million", 64.8e6, "USD"),
        ("€2 million", 2e6, "EUR"),
        ("two hundred and fifty", 250, None),
        ("hundreds", 200, None),
        ("30 tonnes", 30, "t"),
    ],
)
def test_numbers_parse_quantity(text, value, unit):
    got = parse_quantity(text)
    assert got is not None
    assert got[0] == pytest.approx(value) and got[1] == unit


def test_numbers_parse_range():
    value, unit, low, high, _s, _e = parse_quantity("10 to 20")
    assert (low, high) == (10, 20) and unit is None


@pytest.mark.parametrize("text", ["", "   ", "no numbers here", "x" * 500])
def test_numbers_nothing_to_parse(text):
    assert parse_quantity(text) is None


@given(st.integers(min_value=0, max_value=10**12))
@settings(max_examples=80, deadline=None)
def test_numbers_comma_numbers_round_trip(n):
    assert normalise_number(f"{n:,}") == n
    assert normalise_number(str(n)) == n


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9), st.sampled_from(["thousand", "million", "billion"]))
@settings(max_examples=60, deadline=None)
def test_numbers_scale_words_round_trip(whole, tenth, scale):
    factor = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[scale]
    assert normalise_number(f"{whole}.{tenth} {scale}") == pytest.approx((whole + tenth / 10) * factor)


@given(st.text(max_size=60))
@settings(max_examples=150, deadline=None)
def test_numbers_never_raise_on_any_text(text):
    got = parse_quantity(text)
    assert got is None or isinstance(got[0], float)


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_numbers_extract_claims_never_raises(nlp, text):
    doc = nlp(text)
    claims, infos = extract_claims(doc)
    for c in claims:
        (s, e), = c.evidence
        assert doc.text[s:e] == c.text


ARTICLE = (
    "Aid agencies said nearly 2 million people had fled the region, and at least 25 aid workers were killed. "
    "The government pledged $3.5 billion for reconstruction, about 40% of the $8.7 billion the UN requested. "
    "A dozen trucks crossed on Monday, and between 10 and 20 more are expected. "
    "The 2015 accord, signed on 1 June, covered a 100-kilometre (60 mile) corridor. "
    "\u201cWe counted more than 300 checkpoints,\u201d the envoy said. The two delegations met for 11 days."
)


@pytest.fixture(scope="module")
def article_claims(nlp):
    doc = nlp(ARTICLE)
    q_start = ARTICLE.index("We counted")
    q_end = ARTICLE.index(",\u201d the envoy")
    quote = Quote("q1", ARTICLE[q_start:q_end], [(q_start, q_end)], "direct", speaker="e9")
    from newsfacts.nlp.dates import extract_dates

    dates, _ = extract_dates(doc, "2024-03-07")
    claims, infos = extract_claims(doc, dates, [quote])
    return {c.text: c for c in claims}, infos


@pytest.mark.parametrize(
    "text,value,unit,qualifier,counts",
    [
        ("nearly 2 million", 2e6, None, "nearly", "people"),
        ("at least 25", 25, None, "at least", "aid workers"),
        ("$3.5 billion", 3.5e9, "USD", None, None),
        ("about 40%", 40, "percent", "about", None),
        ("A dozen", 12, None, None, "trucks"),
        ("100-kilometre", 100, "km", None, "corridor"),
        ("60 mile", 60, "mile", None, None),
        ("more than 300", 300, None, "over", "checkpoints"),
        ("11 days", 11, "day", None, None),
    ],
)
def test_numbers_own_article(article_claims, text, value, unit, qualifier, counts):
    by_text, _ = article_claims
    assert text in by_text, sorted(by_text)
    c = by_text[text]
    assert c.value == pytest.approx(value) and c.unit == unit and c.qualifier == qualifier
    if counts is not None:
        assert c.counts == counts


def test_numbers_range_bounds(article_claims):
    by_text, _ = article_claims
    c = by_text["between 10 and 20"]
    assert (c.low, c.high, c.qualifier) == (10, 20, "between")


def test_numbers_years_dates_and_references_are_not_claims(article_claims):
    by_text, _ = article_claims
    assert not [t for t in by_text if "2015" in t or t.strip() in ("1", "two", "1 June")]


def test_numbers_claimant_from_quote(article_claims):
    by_text, _ = article_claims
    assert by_text["more than 300"].claimant == "e9" and by_text["more than 300"].quote == "q1"
    assert by_text["nearly 2 million"].claimant is None  # the outlet


def test_numbers_percentage_linked_to_base(article_claims):
    by_text, infos = article_claims
    pct = next(i for i in infos if i.claim.text == "about 40%")
    assert pct.base == by_text["$8.7 billion"].id


@pytest.mark.model
def test_numbers_seed_article(seed_record, seed_text):
    check_evidence(seed_record, seed_text)
    by_text = {c["text"]: c for c in seed_record["claims"]}
    assert by_text["about 90%"]["value"] == 90 and by_text["about 90%"]["unit"] == "percent"
    assert by_text["about 90%"]["qualifier"] == "about"
    assert by_text["4,400"]["value"] == 4400 and by_text["4,400"]["counts"] == "rockets"
    assert by_text["over 1,400"]["qualifier"] == "over" and by_text["over 1,400"]["counts"] == "rockets"
    assert by_text["1,500-kilometer"]["unit"] == "km" and by_text["900 mile"]["unit"] == "mile"
    assert by_text["11-day"]["unit"] == "day"
    assert not [c for c in seed_record["claims"] if c["text"] in ("2015", "1 June")]
    gantz = next(e["id"] for e in seed_record["entities"] if e["name"] == "Benny Gantz")
    if seed_record["quotes"]:  # the quotes stage attributes the 1,400 to Gantz
        assert by_text["over 1,400"]["claimant"] == gantz
    assert by_text["about 90%"]["claimant"] is None  # the outlet's own figure


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The memorial honours the 9/11 victims and their families.", []),
        ("Back in the 90's the plant employed few people.", []),
        ("She gave the station a 30-minute interview.", [("30-minute", 30, "minute", "interview")]),
        ("The bill would cost nearly 4.8 million private sector jobs.", [("nearly 4.8 million", 4.8e6, None, "private sector jobs")]),
        ("Farmers make up 5% of Iowa's workforce.", [("5%", 5, "percent", "workforce")]),
        ("The two leaders committed their two nations to the pact.", []),
    ],
)
def test_numbers_not_quantities_and_units(nlp, text, expected):
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    claims, _ = extract_claims(doc, extract_dates(doc, "2024-05-01")[0])
    assert [(c.text, c.value, c.unit, c.counts) for c in claims] == expected


def test_numbers_percentage_base_after_possessive(nlp):
    doc = nlp("The firings came to 2 percent of the company's 40,000 drivers last year.")
    claims, infos = extract_claims(doc)
    pct = next(i for i in infos if i.claim.unit == "percent")
    base = next(c for c in claims if c.value == 40000)
    assert pct.base == base.id and pct.claim.counts == "drivers"
