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
        ("nearly 2 million", 2e6, None, "nearly", "people who had fled the region"),
        ("at least 25", 25, None, "at least", "aid workers killed"),
        ("$3.5 billion", 3.5e9, "USD", None, None),
        ("about 40%", 40, "percent", "about", None),
        ("A dozen", 12, None, None, "trucks that crossed on Monday"),
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
    assert by_text["over 1,400"]["qualifier"] == "over" and by_text["over 1,400"]["counts"] == \
        "rockets that were aimed at residential neighborhoods, shopping centers, and hospitals"
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
        ("The bill would cost nearly 4.8 million private sector jobs.", [("nearly 4.8 million", 4.8e6, None, "private sector jobs the bill would cost")]),
        ("Farmers make up 5% of Iowa's workforce.", [("5%", 5, "percent", "Iowa's workforce")]),
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


def _claims_of(nlp, text, quotes=()):
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    claims, _ = extract_claims(doc, extract_dates(doc, "2024-05-01")[0], quotes)
    return claims


# issue 20: misreadings of news numbers, each on a sentence written for the test
@pytest.mark.parametrize(
    "text,expected",
    [
        # currency sign outside spaCy's span, codes and words before or after the number
        ("The committee raised $225,000 in March.", [("$225,000", 225000, "USD", None, None)]),
        ("The firm paid US$400 for each permit.", [("US$400", 400, "USD", None, None)]),
        ("The refund came to C$75 a head.", [("C$75", 75, "CAD", None, None)]),
        ("Tickets sold for 90 euros at the gate.", [("90 euros", 90, "EUR", None, None)]),
        ("The loan was worth 800 million yuan.", [("800 million yuan", 8e8, "CNY", None, None)]),
        ("The grant is USD 5m in total.", [("USD 5m", 5e6, "USD", None, None)]),
        ("A London flat rents for 900 pounds a month.", [("900 pounds", 900, "GBP", None, None)]),
        # ranges and pairs
        ("The survey put Lopez ahead 52 percent to 41 percent.",
         [("52 percent", 52, "percent", None, None), ("41 percent", 41, "percent", None, None)]),
        ("Penalties run from $2million to $9million.", [("$2million to $9million", 5.5e6, "USD", 2e6, 9e6)]),
        ("Stipends were $300 to $1,200 every term.", [("$300 to $1,200", 750, "USD", 300, 1200)]),
        ("Two or three trucks waited at the depot.", [("Two or three", 2.5, None, 2, 3)]),
        # names, references and idioms are no quantities
        ("The Nikkei 225 slipped while the FTSE 100 gained.", []),
        ("The S&P 500 closed higher on Friday.", []),
        ("His plan was too clever by half.", []),
        ("At one point the crowd fell silent.", []),
        ("It is one of the few towns with a tram.", []),
        ("Save for college in one of the 529 plans.", []),
        ("The blaze became a five-alarm fire.", []),
        ("She runs a $300-million company.", [("$300-million", 3e8, "USD", None, None)]),
        ("The firm carried some $4.2 billion in debt.", [("some $4.2 billion", 4.2e9, "USD", None, None)]),
        ("Yields rose by 12 \u00b1 0.5% in the trial.", [("12 \u00b1 0.5%", 12, "percent", 11.5, 12.5)]),
    ],
)
def test_numbers_news_misreadings(nlp, text, expected):
    claims = _claims_of(nlp, text)
    got = [(c.text, c.value, c.unit, c.low, c.high) for c in claims]
    assert [(t, pytest.approx(v), u, lo, hi) for t, v, u, lo, hi in expected] == got


@pytest.mark.parametrize(
    "text,surface,qualifier",
    [
        ("The charity now has 8,000-plus volunteers.", "8,000-plus", "at least"),
        ("Four or more bidders entered the auction.", "Four or more", "at least"),
        ("The program will be phased in over ten years.", "ten years", None),  # a duration, not "more than"
        ("Residents over 70 years old get a free pass.", "over 70 years", "over"),
    ],
)
def test_numbers_qualifiers_plus_and_durations(nlp, text, surface, qualifier):
    by_text = {c.text: c for c in _claims_of(nlp, text)}
    assert surface in by_text, sorted(by_text)
    assert by_text[surface].qualifier == qualifier


@pytest.mark.parametrize(
    "text,surface,value,counts",
    [
        ("A third of the tenants signed the letter.", "A third", 1 / 3, "tenants who signed the letter"),
        ("Half of the members left the club.", "Half", 0.5, "members who left the club"),
    ],
)
def test_numbers_fractions(nlp, text, surface, value, counts):
    by_text = {c.text: c for c in _claims_of(nlp, text)}
    assert surface in by_text, sorted(by_text)
    assert by_text[surface].value == pytest.approx(value) and by_text[surface].counts == counts


@pytest.mark.parametrize(
    "text,surface,counts,evidence",
    [
        ("The committee raised $225,000 in March.", "$225,000", "money raised by the committee", ["The committee", "raised"]),
        ("The new bridge would cost $1.4 billion.", "$1.4 billion", "cost of the new bridge", ["The new bridge", "cost"]),
        ("The clinic has 300 nurses.", "300", "nurses", ["nurses"]),
        ("Unemployment rose to 6.2 percent in May.", "6.2 percent", "unemployment", ["Unemployment"]),
        ("Food prices grew 4.5 percent inflation this spring.", "4.5 percent", "inflation", ["inflation"]),
        ("About 47 percent of tenants backed the rent strike.", "About 47 percent", "tenants who backed the rent strike",
         ["tenants", "backed the rent strike"]),
        ("The town approved a budget of $12 million for roads.", "$12 million", "budget", ["budget"]),
        ("The law would cut carbon emissions by 30 percent.", "30 percent", "carbon emissions", ["carbon emissions"]),
        ("Canada buys $90 billion worth of machinery.", "$90 billion", "machinery", ["machinery"]),
        ("The mayor backed a 12 percent sales tax rate.", "12 percent", "sales tax rate", ["sales tax rate"]),
        ("The plan was backed by 61 percent of those polled.", "61 percent", "those polled", ["those polled"]),
        ("The poll has a margin of error of 3 percent.", "3 percent", "margin of error", ["margin of error"]),
        ("The fund holds $7 billion in bonds.", "$7 billion", "bonds held by the fund", ["The fund", "holds", "bonds"]),  # session 13: what the money is
        ("She drove her 12-year-old nephew to school.", "12-year", "age of nephew", ["old", "nephew"]),
    ],
)
def test_numbers_what_it_counts_with_evidence(nlp, text, surface, counts, evidence):
    by_text = {c.text: c for c in _claims_of(nlp, text)}
    assert surface in by_text, sorted(by_text)
    c = by_text[surface]
    assert c.counts == counts
    assert [text[s:e] for s, e in c.counts_evidence] == evidence


def test_numbers_counts_never_without_evidence(nlp):
    text = ("The agency spent $40 million on 12 ferries, about 20% of its budget. "
            "Ridership fell to 3 million, and two or three routes closed over five years.")
    for c in _claims_of(nlp, text):
        assert (c.counts is None) == (not c.counts_evidence), c


def test_numbers_claimant_of_reported_speech(nlp):
    text = "Mayor Ada Quill said the tunnel would cost $2.3 billion."
    start = text.index("the tunnel")
    quote = Quote("q1", text[start:-1], [(start, len(text) - 1)], "indirect", speaker="e1")
    c = _claims_of(nlp, text, [quote])[0]
    assert (c.claimant, c.quote, c.unit, c.counts) == ("e1", "q1", "USD", "cost of the tunnel")


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("The sample was n = 6761 people and the ratio=1.37 overall.", {"6761", "1.37"}),
        ('The page ran <script>window.__pwned = 1</script> and onerror="a.b=2" twice.', set()),
    ],
)
def test_numbers_after_an_equals_sign_only_after_a_plain_word(nlp, text, wanted):
    claims, _ = extract_claims(nlp(text), [], [])
    assert {c.text for c in claims} & {"6761", "1.37", "1", "2"} == wanted
