"""Dates: DATE/TIME spans normalised against the publication date (dateparser on the span)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from newsfacts.nlp.dates import normalise, parse_published
from tests.evidence import check_evidence

PUB = date(2021, 6, 3)


@pytest.mark.parametrize(
    "text,value,precision",
    [
        ("On 1 June", "2021-06-01", "day"),
        ("in May", "2021-05", "month"),
        ("2015", "2015", "year"),
        ("June 1, 2021", "2021-06-01", "day"),
        ("May 2021", "2021-05", "month"),
        ("two weeks ago", "2021-05-20", "approximate"),
        ("a week or so ago", "2021-05-27", "approximate"),
        ("last Tuesday", "2021-06-01", "day"),
        ("tomorrow", "2021-06-04", "day"),
        ("yesterday", "2021-06-02", "day"),
        ("today", "2021-06-03", "day"),
        ("last year", "2020", "year"),
        ("next week", "2021-06-07", "week"),
        ("10 days ago", "2021-05-24", "day"),
        ("June 10", "2021-06-10", "day"),
        ("December", "2020-12", "month"),
        ("earlier this month", "2021-06", "month"),
    ],
)
def test_dates_normalise_against_published(text, value, precision):
    got_value, got_precision, _ = normalise(text, PUB)
    assert (got_value, got_precision) == (value, precision)


@pytest.mark.parametrize(
    "text,value",
    [("11-day", "P11D"), ("three years", "P3Y"), ("two days", "P2D"), ("a decade", "P10Y"), ("many years", None)],
)
def test_dates_durations_kept_apart(text, value):
    assert normalise(text, PUB) == (value, "duration", False)


@pytest.mark.parametrize("text", ["two weeks ago", "May", "last Tuesday", "tomorrow", "1 June"])
def test_dates_relative_unresolved_without_published(text):
    assert normalise(text, None) == (None, "unresolved", True)


def test_dates_absolute_resolved_without_published():
    assert normalise("4 July 2021", None) == ("2021-07-04", "day", False)
    assert normalise("2015", None) == ("2015", "year", False)


def test_dates_bare_clock_time_not_guessed():
    assert normalise("3 p.m.", PUB, label="TIME")[1] == "unresolved"


@pytest.mark.parametrize(
    "value,expected",
    [("2021-06-03", date(2021, 6, 3)), ("2021-06-03T10:00:00Z", date(2021, 6, 3)), ("", None), (None, None), ("June", None)],
)
def test_dates_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.model
def test_dates_stage_warns_without_published(extract_text):
    text = "Two weeks ago, the talks in Vienna stalled. They resume on 4 July 2021, officials said."
    record = extract_text(text)
    check_evidence(record, text)
    by_text = {d["text"]: d for d in record["dates"]}
    assert by_text["Two weeks ago"]["precision"] == "unresolved"
    assert by_text["4 July 2021"]["value"] == "2021-07-04"
    warn = [w for w in record["warnings"] if w["code"] == "date_unresolved"]
    assert len(warn) == 1 and warn[0]["evidence"] == by_text["Two weeks ago"]["evidence"]


@pytest.mark.model
def test_dates_stage_own_article(extract_text):
    text = (
        "The minister arrived in Cairo on Tuesday for a three-day visit, her first since 2019. "
        "She said the ceasefire agreed two weeks ago would hold, and talks resume on 14 March."
    )
    record = extract_text(text, published="2024-03-07")
    check_evidence(record, text)
    got = {d["text"]: (d["value"], d["precision"]) for d in record["dates"]}
    assert got.get("Tuesday") == ("2024-03-05", "day")
    assert got.get("three-day") == ("P3D", "duration")
    assert got.get("2019") == ("2019", "year")
    assert got.get("two weeks ago") == ("2024-02-22", "approximate")
    assert got.get("14 March") == ("2024-03-14", "day")
    assert not [w for w in record["warnings"] if w["code"] == "date_unresolved"]


@pytest.mark.model
def test_dates_seed_article(seed_record):
    got = {(d["text"], d["value"], d["precision"]) for d in seed_record["dates"]}
    assert ("1 June", "2021-06-01", "day") in got
    assert ("May", "2021-05", "month") in got
    assert ("Two weeks ago", "2021-05-20", "approximate") in got
    assert ("11-day", "P11D", "duration") in got
    assert ("2015", "2015", "year") in got


@pytest.mark.parametrize("published", [date(2021, 6, 3), date(2016, 2, 29), date(2024, 12, 31)])
def test_dates_fast_path_agrees_with_dateparser(published):
    from datetime import datetime

    from newsfacts.nlp.dates import FAST_RE as _FAST_RE
    from newsfacts.nlp.dates import fast_path as _fast_path
    from newsfacts.nlp.dates import nearest_year as _nearest_year
    from newsfacts.nlp.dates import parse_with_base as _parse_with_base

    base = datetime.combine(published, datetime.min.time())
    for word in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "March", "July", "December"):
        assert _FAST_RE.match(word)
        fast = _fast_path(word, published)
        when, period = _parse_with_base(word, base)
        if period == "month":
            expected = _nearest_year(when.date(), published, "month").isoformat()[:7]
        elif when.date() == published - timedelta(days=7):
            expected = published.isoformat()  # same weekday: the day itself, not a week before
        else:
            expected = when.date().isoformat()
        assert fast[0] == expected, (word, fast, when, period)


@pytest.mark.parametrize(
    "text,published,value,precision",
    [
        ("January 1st", date(2016, 9, 29), "2016-01-01", "day"),  # past: next one is more than 92 days ahead
        ("November", date(2016, 9, 28), "2016-11", "month"),  # coming: within 92 days
        ("March", date(2026, 3, 4), "2026-03", "month"),  # the current month
        ("two years later", date(2016, 9, 28), None, "unresolved"),  # counted from another event
    ],
)
def test_dates_year_choice_and_anchored_offsets(text, published, value, precision):
    assert normalise(text, published)[:2] == (value, precision)


@pytest.mark.model
@pytest.mark.parametrize(
    "text,value",
    [
        ("The senator will travel to Ohio Friday.", "2016-09-30"),
        ("The senator travelled to Ohio on Friday.", "2016-09-23"),
        ("The two sides are going to meet on Tuesday.", "2016-10-04"),
        ("The vote will take place in May.", "2017-05"),
    ],
)
def test_dates_future_tense_means_the_next_one(extract_text, text, value):
    record = extract_text(text, published="2016-09-28")
    assert [d["value"] for d in record["dates"]] == [value]


@pytest.mark.model
def test_dates_unreadable_published_is_reported(extract_text):
    record = extract_text("Two weeks ago the talks stalled.", published="June third")
    codes = [w["code"] for w in record["warnings"]]
    assert "published_unreadable" in codes and "date_unresolved" in codes
    assert record["dates"][0]["precision"] == "unresolved"
