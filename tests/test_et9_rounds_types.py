"""Round 10 of issue #19: scoring the main event against the CAMEO annotation rounds' coders,
and the type rules tuned on that data (pleas, birthplaces, verbal shots, charges, pretend
attacks, natural forces, "until" clauses, predictions, bribes, fights against no actor).

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.evaluation import conflibert
from newsfacts.nlp.events import plover_coded_type

ROWS = [
    # two coders say 11 (disapprove), one 01: gold ACCUSE
    {"sentences": "Norway criticised Sweden over its fishing quotas.", "anncomplete_1": "True", "Action1_CAMEO_1": "3-11 Disapprove",
     "anncomplete_2": "True", "Action1_CAMEO_2": "3-11 Disapprove", "anncomplete_3": "True", "Action1_CAMEO_3": "0-1 Make Public Statement"},
    # 08 (yield) accepts CONCEDE or RETREAT
    {"sentences": "Chile released two Peruvian fishermen on Friday.", "anncomplete_1": "True", "Action1_CAMEO_1": "2-8 Yield",
     "anncomplete_2": "True", "Action1_CAMEO_2": "2-8 Yield"},
    # no code with two votes: left out
    {"sentences": "Ghana met Togo in Accra.", "anncomplete_1": "True", "Action1_CAMEO_1": "1-4 Consult",
     "anncomplete_2": "True", "Action1_CAMEO_2": "1-5 Engage in Dip Coop"},
    # most coders: not relevant
    {"sentences": "The weather in Oslo was mild on Monday.", "anncomplete_1": "True", "1_Relevant_1": "False",
     "anncomplete_2": "True", "1_Relevant_2": "False"},
]


@pytest.fixture
def rounds_dir(tmp_path):
    import csv

    keys = sorted({k for row in ROWS for k in row})
    for name, rows in (("round_1_summary.csv", ROWS[:3]), ("round_2_summary.csv", ROWS[3:] + ROWS[:1])):
        with (tmp_path / name).open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=keys)
            w.writeheader()
            w.writerows(rows)
    return tmp_path


def test_et9_majority_roots_and_ties():
    assert conflibert.majority_roots(["11", "11", "01"]) == ["11"]
    assert conflibert.majority_roots(["02", "10", "02", "10", "01"]) == ["02", "10"]
    assert conflibert.majority_roots(["04", "05"]) == []
    assert conflibert.ROOT_TYPES["08"] == ("CONCEDE", "RETREAT") and conflibert.ROOT_TYPES["01"] == ("-",)


def test_et9_load_rounds_merges_repeated_sentences(rounds_dir):
    items = {it["sentence"]: it for it in conflibert.load_rounds(rounds_dir)}
    assert len(items) == 4
    # the first sentence is in both rounds: its coders add up
    assert items["Norway criticised Sweden over its fishing quotas."]["roots"] == ["11", "11", "01", "11", "11", "01"]
    assert items["The weather in Oslo was mild on Monday."]["irrelevant"] == 2


def _events(*pairs):
    return {"events": [{"type": t, "cameo": c, "modality": "asserted", "notes": []} for t, c in pairs]}


def test_et9_evaluate_rounds_with_given_records(rounds_dir):
    # records in the order of the kept sentences: Norway (ACCUSE), Chile (RETREAT), weather (none)
    recs = [_events(("ACCUSE", "111")), _events(("RETREAT", "0841")), _events(("ASSAULT", "190"))]
    r = conflibert.evaluate_rounds(rounds_dir, split="all", records=recs)
    assert r["n"] == 2
    assert r["type"]["accuracy"] == 1.0
    assert r["pentaclass"]["accuracy"] == 1.0
    assert r["not_relevant"] == {"n": 1, "no_event_rate": 0.0}  # an ASSAULT where the coders saw none
    recs[0] = _events(("REJECT", "120"))
    r = conflibert.evaluate_rounds(rounds_dir, split="all", records=recs)
    assert r["type"]["accuracy"] == 0.5 and r["pentaclass"]["accuracy"] == 1.0  # same class (3), wrong type


def test_et9_split_halves_partition_the_sentences(rounds_dir):
    recs = [_events()] * 3
    dev = conflibert.evaluate_rounds(rounds_dir, split="dev", records=recs)
    test = conflibert.evaluate_rounds(rounds_dir, split="test", records=recs)
    assert dev["n"] + test["n"] == 2
    assert dev["not_relevant"]["n"] + test["not_relevant"]["n"] == 1



@pytest.mark.model
def test_et9_cli_prints_rounds_scores(rounds_dir):
    res = CliRunner().invoke(cli, ["eval", "events", "--rounds", str(rounds_dir), "--split", "all"])
    assert res.exit_code == 0, res.output
    assert "coders' majority CAMEO root (all, 2 sentences)" in res.output


def _types(extract_text, text):
    return [(ev["type"], plover_coded_type(ev)) for ev in extract_text(text)["events"]]


@pytest.mark.model
def test_et9_pleas_and_birthplaces_are_no_appeal_or_support(extract_text):
    assert _types(extract_text, "A Navy clerk from Ohio pleaded guilty on Monday to selling secrets to Russia.") == []
    assert _types(extract_text, "John Smith pleaded not guilty to the charges.") == []
    assert ("REQUEST", "REQUEST") in _types(extract_text, "The families pleaded with Governor Cuomo to free the prisoners.")
    assert [t for t, _ in _types(extract_text, "Senator Smith, who hails from Texas, met President Macron in Paris.")] == ["CONSULT"]


@pytest.mark.model
def test_et9_taking_a_swipe_is_criticism(extract_text):
    assert [t for t, _ in _types(extract_text, "Senator Warren took a swipe at Goldman Sachs on Tuesday.")] == ["ACCUSE"]
    assert [t for t, _ in _types(extract_text, "Trump took shots at Hillary Clinton during the rally.")] == ["ACCUSE"]


@pytest.mark.model
def test_et9_charges_pretend_attacks_and_abstract_fights_are_no_acts(extract_text):
    assert _types(extract_text, "The governor faces murder charges in Ohio.") == []
    assert "ASSAULT" not in [t for t, _ in _types(extract_text, "The Pentagon staged a simulated attack on a mock base.")]
    assert "ASSAULT" not in [t for t, _ in _types(extract_text, "Korean troops practiced an attack on Pyongyang.")]
    assert ("ASSAULT", "ASSAULT") in _types(extract_text, "Israeli troops launched an attack on Gaza on Monday.")
    assert _types(extract_text, "Philip Kolko passed away after a long battle against cancer.") == []
    assert _types(extract_text, "The council apologised for its response to the Riverside Tower fire.") == [("SUPPORT", "SUPPORT")]
    assert ("ASSAULT", "ASSAULT") in _types(extract_text, "Syrian artillery fire hit the village of Idlib.")


@pytest.mark.model
def test_et9_natural_forces_are_no_attackers(extract_text):
    assert _types(extract_text, "Typhoon Mitag lashed South Korea with heavy rain, killing six people.") == []
    assert _types(extract_text, "A storm destroyed hundreds of homes in Florida on Monday.") == []
    assert ("ASSAULT", "ASSAULT") in _types(extract_text, "Israeli jets struck Gaza on Monday, killing six people.")
    # only natural forces count as a name's kind: a "Majority PAC" still acts
    assert ("SUPPORT", "SUPPORT") in _types(extract_text, "The super PAC Liberty Majority PAC also spent $40,000 to back Senator Smith.")


@pytest.mark.model
def test_et9_until_clauses_predictions_and_bribes_code_no_event(extract_text):
    assert _types(extract_text, "The ceasefire will hold until Russia withdraws its troops from Ukraine.") == [("RETREAT", None)]
    assert _types(extract_text, "Lam predicted that China will send aid to Hong Kong.") == [("AID", None)]
    assert _types(extract_text, "Lam said China will send aid to Hong Kong.") == [("AID", "AGREE")]
    assert _types(extract_text, "The mayor accepted bribes from a construction company.") == []
    assert _types(extract_text, "Hamas accepted Egypt's offer of a ceasefire.") == [("AGREE", "AGREE")]


@pytest.mark.model
def test_et9_an_office_charged_with_a_task_is_not_accused(extract_text):
    assert _types(extract_text, "The agencies charged with overseeing the vote have failed, Obama said.") == []
    assert ("ACCUSE", "ACCUSE") in _types(extract_text, "Prosecutors charged John Smith with spying for Russia.")
    assert ("ACCUSE", "ACCUSE") in _types(extract_text, "The agency was charged with violating federal law by the Justice Department.")


@pytest.mark.model
def test_et9_forecasts_and_remarks_are_no_pledges(extract_text):
    assert _types(extract_text, "Russia is likely to invade Ukraine next year.") == [("ASSAULT", None)]
    assert _types(extract_text, "It is likely that Russia will invade Ukraine next year.") == [("ASSAULT", None)]
    assert _types(extract_text, "It may be enough for Trump and Ryan to agree on lower taxes.") == [("AGREE", None)]
    assert ("ASSAULT", "THREATEN") in _types(extract_text, "Putin said Russia would attack Ukraine if NATO expanded.")
    assert ("CONSULT", "AGREE") in _types(extract_text, "Iran is willing to resume talks with the United States.")
