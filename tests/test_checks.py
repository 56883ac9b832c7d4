"""Checks between the claims of one story: arithmetic, verdict and plain-words explanation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.nlp.claims.checks import VERDICTS, conversion_check, convert, fmt, granularity, interval, run_checks
from newsfacts.nlp.claims.extract import ClaimInfo
from newsfacts.schema import Claim


def _claim(cid, value, unit=None, qualifier=None, counts=None, claimant=None, start=0):
    return Claim(cid, str(value), value, unit, [(start, start + 1)], qualifier=qualifier, counts=counts, claimant=claimant)


def _info(claim, head=None, verbs=(), description=None, phrase=None, sentence=(0, 10), **kw):
    return ClaimInfo(claim, head=head, verbs=frozenset(verbs), description=description, phrase=phrase, sentence=sentence, **kw)


@pytest.mark.parametrize("v,g", [(900, 100), (1400, 100), (932, 1), (1.5, 0.1), (4400, 100), (60, 10), (7, 1)])
def test_checks_granularity(v, g):
    assert granularity(v) == pytest.approx(g)


@pytest.mark.parametrize("v,s", [(3960, "3,960"), (931.99, "932"), (0.5, "0.5"), (3.48e9, "3.48 billion"), (1_200_000, "1.2 million")])
def test_checks_fmt(v, s):
    assert fmt(v) == s


def test_checks_conversion_consistent_within_rounding():
    ch = conversion_check(_claim("c1", 1500, "km"), _claim("c2", 900, "mile"))
    assert ch.verdict == "consistent" and "932" in ch.arithmetic and "rounded to the nearest hundred" in ch.explanation


def test_checks_conversion_inconsistent():
    ch = conversion_check(_claim("c1", 20, "mile"), _claim("c2", 50, "km"))
    assert ch.verdict == "inconsistent" and "32.2 km" in ch.explanation and "wrong" in ch.explanation


def test_checks_conversion_needs_compatible_units():
    assert conversion_check(_claim("c1", 20, "mile"), _claim("c2", 50, "kg")) is None
    assert conversion_check(_claim("c1", 20, "USD"), _claim("c2", 18, "EUR")) is None  # no exchange rates offline


def _rockets(pct_qual="about", other_value=1400, other_qual="over", other_desc="rockets that were aimed at towns",
             same_sentence=False, other_claimant="e5"):
    pct = _claim("c1", 90, "percent", pct_qual, "rockets", start=0)
    base = _claim("c2", 4400, None, None, "rockets", start=10)
    other = _claim("c3", other_value, None, other_qual, "rockets", claimant=other_claimant, start=100)
    infos = [
        _info(pct, "rocket", {"intercept", "fire"}, "rockets fired at Israel", "rockets fired at Israel", base="c2"),
        _info(base, "rocket", {"intercept", "fire"}, "rockets fired at Israel", "rockets fired at Israel"),
        _info(other, "rocket", {"intercept"}, other_desc, other_desc, sentence=(0, 10) if same_sentence else (90, 200)),
    ]
    return infos, (pct, base, other)


def test_checks_percentage_of_base_derives_value():
    infos, (pct, base, other) = _rockets()
    checks = run_checks(infos, {"e5": "Benny Gantz"})
    derived = next(c for c in checks if c.kind == "percentage_of_base")
    assert derived.arithmetic == "90% × 4,400 = 3,960" and derived.verdict == "consistent"
    assert "3,960 rockets" in derived.explanation
    assert derived in pct.checks and derived in base.checks


def test_checks_seed_like_counts_different_bases():
    infos, (pct, base, other) = _rockets()
    checks = run_checks(infos, {"e5": "Benny Gantz"})
    cmp_ = next(c for c in checks if c.kind == "count_comparison")
    assert cmp_.verdict == "different bases possible"
    assert set(cmp_.claims) == {"c1", "c2", "c3"}
    assert "3,960 is not 1,400" in cmp_.explanation and "Benny Gantz" in cmp_.explanation
    assert "rockets that were aimed at towns" in cmp_.explanation and "rockets fired at Israel" in cmp_.explanation
    assert cmp_ in other.checks


def test_checks_same_description_same_source_is_inconsistent():
    infos, _ = _rockets(other_desc="rockets fired at Israel", other_claimant=None)
    cmp_ = next(c for c in run_checks(infos) if c.kind == "count_comparison")
    assert cmp_.verdict == "inconsistent" and "wrong" in cmp_.explanation


def test_checks_agreeing_counts_consistent():
    infos, _ = _rockets(other_value=4000, other_qual="about")
    cmp_ = next(c for c in run_checks(infos) if c.kind == "count_comparison")
    assert cmp_.verdict == "consistent"


def test_checks_different_verbs_not_compared():
    a = _claim("c1", 45, counts="people", start=0)
    b = _claim("c2", 12, counts="people", start=50)
    infos = [_info(a, "people", {"kill"}, "people"), _info(b, "people", {"injure"}, "people", sentence=(40, 90))]
    assert run_checks(infos) == []


def test_checks_percentage_restating_an_amount():
    amount = _claim("c1", 5e9, "USD", start=0)
    pct = _claim("c2", 40, "percent", "about", start=20)
    base = _claim("c3", 8.7e9, "USD", start=40)
    infos = [_info(amount), _info(pct, base="c3", restates="c1"), _info(base)]
    ch = run_checks(infos)[0]
    assert ch.kind == "percentage_of_base" and ch.verdict == "inconsistent" and ch.claims == ["c1", "c2", "c3"]
    amount.value = 3.5e9
    amount.checks, pct.checks, base.checks = [], [], []
    assert run_checks(infos)[0].verdict == "consistent"


@given(st.floats(min_value=0.001, max_value=1e12), st.sampled_from([None, "about", "over", "at least", "up to", "under", "nearly", "exactly"]))
def test_checks_interval_contains_value(v, q):
    lo, hi = interval(v, q)
    assert lo <= v <= hi or lo == pytest.approx(v) or hi == pytest.approx(v)


@given(st.floats(min_value=0.01, max_value=1e6), st.sampled_from([("km", "mile"), ("kg", "lb"), ("day", "hour"), ("ha", "acre")]))
@settings(max_examples=60)
def test_checks_conversion_round_trips(v, units):
    a, b = units
    there = convert(v, a, b)
    assert convert(there, b, a) == pytest.approx(v, rel=1e-9)


@given(
    st.lists(
        st.tuples(st.floats(min_value=0, max_value=1e9), st.sampled_from([None, "percent", "km", "mile", "USD"]),
                  st.sampled_from([None, "about", "over"]), st.sampled_from([None, "rocket", "people"])),
        max_size=6,
    )
)
@settings(max_examples=80)
def test_checks_never_raise_and_verdicts_valid(rows):
    infos = []
    for k, (v, unit, q, head) in enumerate(rows):
        c = _claim(f"c{k + 1}", v, unit, q, head, start=k * 10)
        infos.append(_info(c, head, {"fire"}, head, sentence=(k * 10, k * 10 + 9),
                           base=f"c{k + 2}" if unit == "percent" and k + 1 < len(rows) else None,
                           in_parentheses_after=f"c{k}" if k and unit else None))
    for ch in run_checks(infos):
        assert ch.verdict in VERDICTS and ch.explanation and ch.arithmetic
        assert all(cid.startswith("c") for cid in ch.claims)


@pytest.mark.model
def test_checks_seed_article(seed_record):
    by_text = {c["text"]: c for c in seed_record["claims"]}
    pct = [ch for ch in by_text["about 90%"]["checks"] if ch["kind"] == "percentage_of_base"]
    assert pct and "3,960" in pct[0]["arithmetic"]
    cmp_ = [ch for ch in by_text["over 1,400"]["checks"] if ch["kind"] == "count_comparison"]
    assert len(cmp_) == 1
    assert cmp_[0]["verdict"] == "different bases possible"
    assert by_text["about 90%"]["id"] in cmp_[0]["claims"]
    text = cmp_[0]["explanation"]
    assert "3,960 is not 1,400" in text and "fired at Israel" in text and "aimed at residential neighborhoods" in text
    conv = [ch for ch in by_text["900 mile"]["checks"] if ch["kind"] == "conversion"]
    assert conv and conv[0]["verdict"] == "consistent" and "932" in conv[0]["arithmetic"]


OWN_ARTICLE = (
    "The relief convoy travelled 20 miles (50 km) from the border on Tuesday. "
    "Officials said about 80% of the 2,500 families in the valley had received food. "
    "\u201cMore than 1,200 families have received food so far,\u201d said Mara Lind, the aid coordinator."
)


@pytest.mark.model
def test_checks_own_article_end_to_end(extract_text):
    import jsonschema

    from newsfacts.schema import json_schema
    from tests.evidence import check_evidence

    record = extract_text(OWN_ARTICLE, published="2024-04-04")
    jsonschema.Draft202012Validator(json_schema()).validate(record)
    check_evidence(record, OWN_ARTICLE)
    by_text = {c["text"]: c for c in record["claims"]}
    conv = [ch for ch in by_text["50 km"]["checks"] if ch["kind"] == "conversion"]
    assert conv and conv[0]["verdict"] == "inconsistent" and "32.2 km" in conv[0]["explanation"]
    pct = [ch for ch in by_text["about 80%"]["checks"] if ch["kind"] == "percentage_of_base"]
    assert pct and pct[0]["arithmetic"] == "80% × 2,500 = 2,000"
    cmp_ = [ch for ch in by_text["More than 1,200"]["checks"] if ch["kind"] == "count_comparison"]
    assert len(cmp_) == 1 and cmp_[0]["verdict"] != "consistent"
    assert "2,000 is not 1,200" in cmp_[0]["explanation"]
    if record["quotes"]:
        lind = next(e["id"] for e in record["entities"] if e["name"] == "Mara Lind")
        assert by_text["More than 1,200"]["claimant"] == lind


# --- the news checks: the words around the numbers (check_change, check_parts, check_restate, check_reference) ---


def _story(text, figures, **infos_kw):
    """Claims at the given surfaces of ``text`` (each ``(surface, value, unit, qualifier, counts)``,
    found left to right), one sentence per '.'-ended stretch, and the checks ``run_checks`` makes."""
    infos, pos = [], 0
    bounds, s = [], 0
    for k, ch in enumerate(text):
        if ch in ".!?" and (k + 1 == len(text) or text[k + 1] == " "):
            bounds.append((s, k + 1))
            s = k + 2
    for n, fig in enumerate(figures, start=1):
        surface, value, unit, qualifier, counts = (tuple(fig) + (None,) * 5)[:5]
        start = text.index(surface, pos)
        end = start + len(surface)
        pos = end
        claim = Claim(f"c{n}", surface, value, unit, [(start, end)], qualifier=qualifier, counts=counts)
        sent = next(b for b in bounds if b[0] <= start < b[1])
        extra = infos_kw.get(f"c{n}", {})
        infos.append(_info(claim, sentence=sent, **extra))
    checks = run_checks(infos, {}, text=text, **infos_kw.get("run", {}))
    return checks


def _kinds(checks, kind):
    return [c for c in checks if c.kind == kind]


@pytest.mark.parametrize(
    "text,figures,verdict,needle",
    [
        # the example: "rose" but the figures fall; the fall is about a quarter
        ("Inflation rose from 4.1% to 3.1% in May, a drop of a quarter.", [("4.1%", 4.1, "percent"), ("3.1%", 3.1, "percent")],
         "inconsistent", "calls it a rise"),
        ("Inflation fell from 4.1% to 3.1% in May, a drop of a quarter.", [("4.1%", 4.1, "percent"), ("3.1%", 3.1, "percent")],
         "consistent", "fits"),
        ("Inflation fell from 4.1% to 3.1% in May, a drop of a half.", [("4.1%", 4.1, "percent"), ("3.1%", 3.1, "percent")],
         "inconsistent", "does not fit"),
        ("Riders were up 20% to 1.2 million from 1 million.", [("20%", 20, "percent"), ("1.2 million", 1.2e6), ("1 million", 1e6)],
         "consistent", "20"),
        ("Riders were up 35% to 1.2 million from 1 million.", [("35%", 35, "percent"), ("1.2 million", 1.2e6), ("1 million", 1e6)],
         "inconsistent", "does not fit"),
        ("Riders reached 1.2 million, up 20% from 1 million.", [("1.2 million", 1.2e6), ("20%", 20, "percent"), ("1 million", 1e6)],
         "consistent", "fits"),
        # two percentages and a percentage change: points or per cent of the old value
        ("Turnout climbed from 50% to 60%, an increase of 10%.", [("50%", 50, "percent"), ("60%", 60, "percent"), ("10%", 10, "percent")],
         "consistent", "percentage points"),
        ("Turnout climbed from 50% to 60%, an increase of 20%.", [("50%", 50, "percent"), ("60%", 60, "percent"), ("20%", 20, "percent")],
         "consistent", "of the old value"),
        ("The fund grew from $40 million to $50 million, a rise of $15 million.",
         [("$40 million", 4e7, "USD"), ("$50 million", 5e7, "USD"), ("$15 million", 1.5e7, "USD")], "inconsistent", "difference"),
    ],
)
def test_news_checks_change(text, figures, verdict, needle):
    got = _kinds(_story(text, figures), "change")
    assert len(got) == 1, got
    assert got[0].verdict == verdict and needle in got[0].explanation + got[0].arithmetic, got[0]


@pytest.mark.parametrize(
    "text,figures",
    [
        ("Delegates from 30 countries came to 40 cities.", [("30", 30, None), ("40", 40, None)]),  # no change word
        ("The vote was moved from 2 to 3 in the afternoon.", [("2", 2, None), ("3", 3, "hour")]),  # units differ
        ("It rose from 10 to 20 people.", [("10 to 20", None, None)]),  # one range claim
    ],
)
def test_news_checks_change_needs_both_ends_and_a_change_word(text, figures):
    assert not _kinds(_story(text, figures), "change")


@pytest.mark.parametrize(
    "text,figures,verdict",
    [
        ("In the poll, 52% backed the plan, 41% opposed it and 7% were undecided.",
         [("52%", 52, "percent"), ("41%", 41, "percent"), ("7%", 7, "percent")], "consistent"),
        ("Roe won 55% of the vote to 41% for Poe, with 9% for the third candidate.",
         [("55%", 55, "percent"), ("41%", 41, "percent"), ("9%", 9, "percent")], "inconsistent"),
        ("Asked about meals, 62% named pizza, 35% pasta and 9% salad.",
         [("62%", 62, "percent"), ("35%", 35, "percent"), ("9%", 9, "percent")], "different bases possible"),
    ],
)
def test_news_checks_shares(text, figures, verdict):
    got = _kinds(_story(text, figures), "shares")
    assert [c.verdict for c in got] == [verdict]
    assert "=" in got[0].arithmetic


@pytest.mark.parametrize(
    "text,figures",
    [
        ("Of the polled, 52% of men and 48% of women agreed.", [("52%", 52, "percent", None, "men"), ("48%", 48, "percent", None, "women")]),
        ("The two leading candidates were at 47% and 43%.", [("47%", 47, "percent"), ("43%", 43, "percent")]),  # 90: a partial list
        ("Prices rose from 4% to 96% over the decade.", [("4%", 4, "percent"), ("96%", 96, "percent")]),  # a change, not shares
    ],
)
def test_news_checks_shares_not_made(text, figures):
    assert not _kinds(_story(text, figures), "shares")


@pytest.mark.parametrize(
    "text,figures,verdict",
    [
        ("Forty people were killed: 25 civilians and 15 soldiers.", [("Forty", 40, None, None, "people"), ("25", 25, None, None, "civilians"),
                                                                   ("15", 15, None, None, "soldiers")], "consistent"),
        ("Forty people were killed: 25 civilians and 25 soldiers.", [("Forty", 40, None, None, "people"), ("25", 25, None, None, "civilians"),
                                                                   ("25", 25, None, None, "soldiers")], "inconsistent"),
        ("Forty people were killed: 25 civilians and 5 soldiers.", [("Forty", 40, None, None, "people"), ("25", 25, None, None, "civilians"),
                                                                  ("5", 5, None, None, "soldiers")],
         "different bases possible"),
        ("Of the 40 dead, 25 were civilians and 15 were soldiers.", [("40", 40), ("25", 25), ("15", 15)], "consistent"),
        ("The firm hired 300 people, including 120 engineers and 80 designers.",
         [("300", 300, None, None, "people"), ("120", 120, None, None, "engineers"), ("80", 80, None, None, "designers")],
         "consistent"),
    ],
)
def test_news_checks_parts_of_total(text, figures, verdict):
    got = _kinds(_story(text, figures), "parts_of_total")
    assert [c.verdict for c in got] == [verdict], got


def test_news_checks_parts_stop_at_another_verb():
    text = "Forty people were killed: 25 civilians, and 200 were injured."
    checks = _story(text, [("Forty", 40, None, None, "people"), ("25", 25, None, None, "civilians"), ("200", 200)],
                    c1={"verbs": {"kill"}}, c2={"verbs": {"kill"}}, c3={"verbs": {"injure"}})
    assert not _kinds(checks, "parts_of_total")  # one part only: no check


@pytest.mark.parametrize(
    "text,figures,verdict",
    [
        ("Officials counted 1,482 ballots, or nearly 1,500.", [("1,482", 1482, None, None, "ballots"), ("nearly 1,500", 1500, None, "nearly")],
         "consistent"),
        ("Officials counted 1,482 ballots, or about 2,000.", [("1,482", 1482), ("about 2,000", 2000, None, "about")], "inconsistent"),
        ("About 48% of voters, or nearly half, said no.", [("About 48%", 48, "percent", "about")], "consistent"),
        ("Some 38% of voters, or nearly half, said no.", [("38%", 38, "percent")], "inconsistent"),
    ],
)
def test_news_checks_rounding(text, figures, verdict):
    got = _kinds(_story(text, figures), "rounding")
    assert [c.verdict for c in got] == [verdict], got


def test_news_checks_rounding_needs_a_rounder_figure():
    assert not _kinds(_story("They sold 12, or 13, cars.", [("12", 12), ("13", 13)]), "rounding")


@pytest.mark.parametrize(
    "per,verdict",
    [(400, "consistent"), (40, "inconsistent")],
)
def test_news_checks_per_capita(per, verdict):
    text = f"The city of 3 million people will spend $1.2 billion, or ${per} per resident."
    got = _kinds(_story(text, [("3 million", 3e6, None, None, "people"), ("$1.2 billion", 1.2e9, "USD"), (f"${per}", per, "USD")]),
                 "per_capita")
    assert [c.verdict for c in got] == [verdict] and "÷ 3 million" in got[0].arithmetic


def test_news_checks_per_capita_needs_one_population():
    text = "The city has 3 million people and 1 million residents; it will spend $1.2 billion, or $400 per resident."
    figures = [("3 million", 3e6, None, None, "people"), ("1 million", 1e6, None, None, "residents"),
               ("$1.2 billion", 1.2e9, "USD"), ("$400", 400, "USD")]
    assert not _kinds(_story(text, figures), "per_capita")


@pytest.mark.parametrize(
    "second,verdict",
    [
        ("The plan's cost is $1.5 billion, officials said.", "inconsistent"),
        ("The plan's cost was revised to $1.5 billion last year.", "different bases possible"),
        ("The plan's cost is $1.25 billion, officials said.", None),  # agrees within rounding: no check
    ],
)
def test_news_checks_same_quantity(second, verdict):
    text = "The plan's cost is $1.2 billion. " + second
    value = float(second.split("$")[1].split(" ")[0]) * 1e9
    got = _kinds(_story(text, [("$1.2 billion", 1.2e9, "USD", None, "the plan's cost"),
                               ("$" + second.split("$")[1].split(" ")[0] + " billion", value, "USD", None, "the plan's cost")]),
                 "same_quantity")
    assert [c.verdict for c in got] == ([verdict] if verdict else [])


def test_news_checks_same_quantity_needs_two_words():
    text = "It cost $5 million. Later it cost $9 million."
    assert not _kinds(_story(text, [("$5 million", 5e6, "USD", None, "cost"), ("$9 million", 9e6, "USD", None, "cost")]), "same_quantity")


def test_news_checks_no_text_no_news_checks():
    claim = _claim("c1", 4.1, "percent")
    assert run_checks([_info(claim)], {}) == []


def _reference(tmp_path, body, name="ref.csv"):
    from newsfacts.nlp.claims.check_reference import load_reference

    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return load_reference(str(p))


@pytest.mark.parametrize(
    "value,published,verdict",
    [
        (3.9, "2024-05-10", "consistent"),
        (4.4, "2024-05-10", "inconsistent"),
        (4.4, "2026-05-10", "different bases possible"),  # the reference is two years older than the story
    ],
)
def test_news_checks_reference(tmp_path, value, published, verdict):
    table = _reference(tmp_path, "what,value,unit,date,source\nunemployment rate,3.9,%,2024-04-01,BLS\n"
                                 "unemployment rate,3.5,%,2023-04-01,BLS\n")
    text = f"The unemployment rate fell to {value}% in April, the agency said."
    got = _kinds(_story(text, [(f"{value}%", value, "percent")], run={"reference": table, "published": published}), "reference")
    assert [c.verdict for c in got] == [verdict]
    assert "BLS, 2024-04-01" in got[0].arithmetic  # the row of the latest date before publication


def test_news_checks_reference_needs_every_word_and_the_unit(tmp_path):
    table = _reference(tmp_path, "what,value,unit,date,source\nyouth unemployment rate,9.1,percent,,\nunemployment rate,3.9,,,\n")
    text = "The unemployment rate fell to 4.4% in April."
    assert not _kinds(_story(text, [("4.4%", 4.4, "percent")], run={"reference": table}), "reference")


@pytest.mark.parametrize(
    "body,needle",
    [
        ("what,number\nx,1\n", "no column value, unit"),
        ("what,value,unit\nrate,high,percent\n", "line 2: value 'high' is not a number"),
        ("what,value,unit,date\nrate,1,percent,May 2024\n", "not an ISO date"),
        ("what,value,unit\n,1,percent\n", "'what' is empty"),
    ],
)
def test_news_checks_reference_bad_table_is_a_clear_error(tmp_path, body, needle):
    from newsfacts.errors import E_BAD_REFERENCE, InputError

    with pytest.raises(InputError) as err:
        _reference(tmp_path, body, name=f"bad{abs(hash(body))}.csv")
    assert err.value.code == E_BAD_REFERENCE and needle in str(err.value)


def test_news_checks_reference_missing_file_is_a_clear_error(tmp_path):
    from newsfacts.errors import E_BAD_REFERENCE, InputError
    from newsfacts.nlp.claims.check_reference import load_reference

    with pytest.raises(InputError) as err:
        load_reference(str(tmp_path / "nope.csv"))
    assert err.value.code == E_BAD_REFERENCE


@pytest.mark.parametrize(
    "text,figures,kind",
    [
        # alternatives, not roundings
        ("It will cost $5 million, or $10 million if delayed.", [("$5 million", 5e6, "USD"), ("$10 million", 1e7, "USD")], "rounding"),
        # ages are no parts of a count of children
        ("They have 3 children: 2 boys aged 5 and 7.", [("3", 3, None, None, "children"), ("2", 2, None, None, "boys"), ("5", 5), ("7", 7)],
         "parts_of_total"),
        # rates of groups far over 100% are no list of shares
        ("Approval is 85% among Democrats, 40% among independents and 10% among Republicans.",
         [("85%", 85, "percent"), ("40%", 40, "percent"), ("10%", 10, "percent")], "shares"),
    ],
)
def test_news_checks_precision_guards(text, figures, kind):
    assert not _kinds(_story(text, figures), kind)


def test_news_checks_reference_context_stops_at_the_number_before(tmp_path):
    table = _reference(tmp_path, "what,value,unit,date,source\nunemployment rate,3.9,percent,2024-04-01,BLS\n")
    text = "The unemployment rate fell to 3.9% and inflation to 3%."
    got = _kinds(_story(text, [("3.9%", 3.9, "percent"), ("3%", 3, "percent")], run={"reference": table, "published": "2024-05-01"}),
                 "reference")
    assert [(c.claims, c.verdict) for c in got] == [(["c1"], "consistent")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text,kind,verdict",
    [
        ("Exports climbed 25 percent to $45 billion from $40 billion a year earlier.", "change", "inconsistent"),
        ("Exports climbed 12 percent to $45 billion from $40 billion a year earlier.", "change", "consistent"),
        ("Membership fell from 2,000 to 4,000 in a year.", "change", "inconsistent"),
        ("The storm killed 14 people: 9 in the capital and 5 in the north.", "parts_of_total", "consistent"),
        ("Officials counted 1,482 ballots, or nearly 1,500, by midnight.", "rounding", "consistent"),
        ("In the poll, 60 percent said yes, 35 percent said no and 5 percent were unsure.", "shares", "consistent"),
        ("He won 55 percent of the vote, his rival 41 percent and a third candidate 9 percent.", "shares", "inconsistent"),
        # no check: a change is no list of shares; two groups are no change
        ("Turnout rose to 62 percent from 58 percent in the last election, officials said.", "shares", None),
        ("Support rose from 40 percent among men to 45 percent among women.", "change", None),
    ],
)
def test_news_checks_end_to_end(extract_text, text, kind, verdict):
    record = extract_text(text, published="2024-05-10")
    got = {(ch["kind"], ch["verdict"]) for c in record["claims"] for ch in c["checks"] if ch["kind"] == kind}
    assert got == ({(kind, verdict)} if verdict else set()), record["claims"]


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_news_checks_reference_bad_table_on_the_command_line(tmp_path, command):
    from click.testing import CliRunner

    from newsfacts.cli import cli
    from newsfacts.errors import E_BAD_REFERENCE

    bad = tmp_path / "ref.csv"
    bad.write_text("what,value,unit\nunemployment rate,low,percent\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The unemployment rate fell to 4.4% in April.", encoding="utf-8")
    extra = ["--db", str(tmp_path / "s.duckdb")] if command == "ingest" else []
    r = CliRunner().invoke(cli, [command, str(article), *extra, "--reference", str(bad)])
    assert r.exit_code == 2
    assert f"[{E_BAD_REFERENCE}]" in r.stderr and "line 2" in r.stderr and "Traceback" not in r.output + r.stderr
    assert not (tmp_path / "s.duckdb").exists()  # refused before the store is opened
