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
