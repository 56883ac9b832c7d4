"""The seed article's events (../shared/examples/seed-article.txt; skipped where absent)."""

from __future__ import annotations

import pytest

from tests.evidence import check_evidence

pytestmark = pytest.mark.model


def _by_name(record):
    return {e["id"]: e["name"] for e in record["entities"]}


def _consult_with(record, name):
    names = _by_name(record)
    out = []
    for ev in record["events"]:
        sides = {names[i] for i in ev["source"] + ev["target"]}
        if ev["type"] == "CONSULT" and "Benny Gantz" in sides and name in sides:
            out.append(ev)
    return out


@pytest.mark.parametrize(
    "counterpart, place",
    [
        ("Jake Sullivan", "White House"),
        ("Antony Blinken", "State Department"),
        ("Lloyd Austin", "Pentagon"),
        ("American Israel Public Affairs Committee", "Willard"),
    ],
)
def test_events_seed_four_meetings_with_their_places(seed_record, counterpart, place):
    evs = _consult_with(seed_record, counterpart)
    assert len(evs) == 1, f"{counterpart}: {len(evs)} CONSULT events"  # mentioned again = same event
    ev = evs[0]
    names = _by_name(seed_record)
    assert [names[i] for i in ev["source"]] == ["Benny Gantz"]
    places = {p["id"]: p["name"] for p in seed_record["places"]}
    assert place in places.get(ev["place"], ""), (counterpart, places.get(ev["place"]))
    assert ev["modality"] == "asserted"


def test_events_seed_repeated_meetings_merge_evidence(seed_record, seed_text):
    (blinken,) = _consult_with(seed_record, "Antony Blinken")
    words = {seed_text[s:e] for s, e in blinken["triggers"]}
    assert len(blinken["triggers"]) >= 2 and "talks" in words  # "held talks with" and "the Gantz-Blinken talks"
    (austin,) = _consult_with(seed_record, "Lloyd Austin")
    assert len(austin["triggers"]) >= 2  # "his own talks with Gantz"


def test_events_seed_no_event_from_stability_in_our_region(seed_record, seed_text):
    k = seed_text.index("stability in our region")
    span = (k, k + len("stability in our region"))
    for ev in seed_record["events"]:
        for s, e in ev["triggers"]:
            assert not (s < span[1] and span[0] < e), ev


def test_events_seed_us_support_for_iron_dome_is_pledged(seed_record, seed_text):
    names = _by_name(seed_record)
    pledged = [
        ev for ev in seed_record["events"]
        if ev["type"] in ("SUPPORT", "AID") and [names[i] for i in ev["source"]] == ["Joe Biden"]
    ]
    assert pledged and pledged[0]["modality"] == "future"
    assert [names[i] for i in pledged[0]["target"]] == ["Israel"]


def test_events_seed_hamas_fire_and_idf_strikes_are_dated_history(seed_record):
    names = _by_name(seed_record)
    dates = {d["id"]: d for d in seed_record["dates"]}
    idf = [ev for ev in seed_record["events"]
           if ev["type"] == "ASSAULT" and [names[i] for i in ev["source"]] == ["IDF"]
           and "Hamas" in [names[i] for i in ev["target"]]]
    hamas = [ev for ev in seed_record["events"] if ev["type"] == "ASSAULT" and [names[i] for i in ev["source"]] == ["Hamas"]]
    assert idf and hamas
    for ev in (idf[0], hamas[0]):
        # "Two weeks ago" before the 3 June publication: its own date, not the publication date
        assert ev["date"] is not None and dates[ev["date"]]["value"].startswith("2021-05"), ev


def test_events_seed_gantz_accuses_and_rebukes(seed_record):
    names = _by_name(seed_record)
    accuse = [ev for ev in seed_record["events"] if ev["type"] == "ACCUSE" and "Benny Gantz" in [names[i] for i in ev["source"]]]
    assert len(accuse) >= 2  # "he charged" (Iran) and "In a rebuke to that statement"
    assert any([names[i] for i in ev["target"]] == ["Iran"] for ev in accuse)
    # "In a rebuke to that statement": the statement is Netanyahu's ("Netanyahu declared ...")
    assert any([names[i] for i in ev["target"]] == ["Benjamin Netanyahu"] for ev in accuse)


def test_events_seed_evidence_and_summary(seed_record, seed_text):
    from newsfacts.cli.render import summary

    check_evidence(seed_record, seed_text)
    assert "Benny Gantz \u2014CONSULT\u2192 Jake Sullivan (White House" in summary(seed_record)


def test_events_seed_netanyahu_statement_is_a_conditional_threat_to_iran(seed_record):
    from newsfacts.nlp.events import plover_coded_type

    names = _by_name(seed_record)
    hyp = [ev for ev in seed_record["events"] if ev["modality"] == "hypothetical"
           and [names[i] for i in ev["source"]] == ["Israel"] and [names[i] for i in ev["target"]] == ["Iran"]]
    assert hyp and plover_coded_type(hyp[0]) == "THREATEN"  # "would not hesitate to ... even if"
