"""Event evaluation: PLOVER GSR and ConfliBERT scorers, human agreement, `eval events`.

The small data sets here are written for these tests in the formats of the public gold data;
the tests on the real data use the `gold_dir` fixture (skipped where ../shared/gold is absent)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.evaluation import conflibert, plover
from newsfacts.evaluation.common import confusion, macro_scores, main_event, split_of

GSR = [
    {"id": "T-DOC-1", "event": "DOCUMENT", "eventText": "header"},
    {"id": "T-CONSULT-1", "event": "CONSULT", "text": "Norway's foreign minister met Canada's defence minister in Oslo on Monday.",
     "source": [{"actorText": "Norway", "code": "NOR"}], "target": [{"actorText": "Canada", "code": "CAN"}]},
    {"id": "T-DISAPPROVE-1", "event": "DISAPPROVE", "text": "Kenya accused Somalia of harbouring militants.",
     "source": [{"actorText": "Kenya", "code": "KEN"}], "target": [{"actorText": "Somalia", "code": "SOM"}]},
    {"id": "T-AGREE-1", "event": "AGREE", "text": "Chile will send medical teams to Bolivia next month.",
     "source": [{"actorText": "Chile", "code": "CHL"}], "target": [{"actorText": "Bolivia", "code": "BOL"}]},
]

CLASSES = [
    ("Kenya accused Somalia of harbouring militants.", 3),
    ("The United States imposed sanctions on Iran.", 3),
    ("Israeli warplanes bombed Hamas positions in Gaza.", 4),
    ("The weather in Oslo was mild on Monday.", 0),
]

NER = """Kenya\tB-S
accused\tO
Somalia\tB-T
of\tO
harbouring\tO
militants\tO
.\tO

Israeli\tB-S
warplanes\tI-S
bombed\tO
Hamas\tB-T
positions\tI-T
in\tO
Gaza\tO
.\tO
"""


@pytest.fixture
def mini_gold(tmp_path):
    p = tmp_path / "plover"
    p.mkdir()
    (p / "gsr.json").write_text(json.dumps(GSR), encoding="utf-8")
    c = tmp_path / "conflibert"
    c.mkdir()
    (c / "cameo_class_mini.tsv").write_text("".join(f"{s}\t{lab}\n" for s, lab in CLASSES), encoding="utf-8")
    (c / "cameo_ner_mini.txt").write_text(NER, encoding="utf-8")
    r = tmp_path / "rounds"
    r.mkdir()
    rows = [
        # three coders agree (3 pairs agree), then 1-1-3 (1 of 3 pairs), then one coder only (skipped)
        {"ids": "a", "anncomplete_1": "True", "Action1-PentaClass_1": "3-Verbal Conflict",
         "anncomplete_2": "True", "Action1-PentaClass_2": "3-Verbal Conflict",
         "anncomplete_3": "True", "Action1-PentaClass_3": "3-Verbal Conflict"},
        {"ids": "b", "anncomplete_1": "True", "Action1-PentaClass_1": "1-Verbal Cooperation",
         "anncomplete_2": "True", "Action1-PentaClass_2": "1-Verbal Cooperation",
         "anncomplete_3": "True", "Action1-PentaClass_3": "3-Verbal Conflict"},
        {"ids": "c", "anncomplete_1": "True", "Action1-PentaClass_1": "4-Material Conflict",
         "anncomplete_2": "True", "1_Relevant_2": "False", "anncomplete_3": "True", "1_Relevant_3": "False"},
    ]
    keys = sorted({k for row in rows for k in row})
    lines = [",".join(keys)] + [",".join(row.get(k, "") for k in keys) for row in rows]
    (r / "round_1_summary.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_events_eval_split_is_deterministic_and_balanced():
    keys = [f"sentence {k}" for k in range(400)]
    assert [split_of(k) for k in keys] == [split_of(k) for k in keys]
    n_test = sum(split_of(k) == "test" for k in keys)
    assert 150 < n_test < 250


def test_events_eval_macro_scores_and_confusion():
    s = macro_scores(["a", "a", "b", "c"], ["a", "b", "b", "b"], ["a", "b", "c"])
    assert s["accuracy"] == 0.5
    assert s["per_label"]["a"]["precision"] == 1.0 and s["per_label"]["a"]["recall"] == 0.5
    assert s["per_label"]["c"]["f1"] == 0.0
    assert abs(s["macro_f1"] - (2 / 3 + 1 / 2 + 0) / 3) < 1e-9  # b: P 1/3, R 1
    assert confusion(["a", "b"], ["b", "b"], ["a", "b"]) == {"a": {"a": 0, "b": 1}, "b": {"a": 0, "b": 1}}


def test_events_eval_main_event_skips_what_plover_would_not_code():
    evs = [{"type": "ASSAULT", "modality": "negated"}, {"type": "ACCUSE", "modality": "asserted"}]
    assert main_event(evs)["type"] == "ACCUSE"
    assert main_event([]) is None


def test_events_eval_gold_spans_from_tags():
    sent = "Israeli warplanes bombed Hamas positions in Gaza."
    tags = [("Israeli", "B-S"), ("warplanes", "I-S"), ("bombed", "O"), ("Hamas", "B-T"), ("positions", "I-T"),
            ("in", "O"), ("Gaza", "O"), (".", "O")]
    g = conflibert.gold_spans(sent, tags)
    assert [sent[s:e] for s, e in g["S"]] == ["Israeli warplanes"]
    assert [sent[s:e] for s, e in g["T"]] == ["Hamas positions"]


def test_events_eval_load_gsr_maps_old_names(mini_gold):
    gold = plover.load_gsr(mini_gold / "plover")
    assert [g["type"] for g in gold] == ["CONSULT", "ACCUSE", "AGREE"]  # DOCUMENT dropped, DISAPPROVE renamed
    assert gold[0]["source"] == "NOR" and gold[0]["target"] == "CAN"


def test_events_eval_reciprocal_records_count_either_order(tmp_path):
    """A GSR record whose two parties are both marked SRC/TAR (a mutual act) is found when
    either party is coded as the source and the other as the target; a one-party guess is not."""
    rec = {"id": "T-AGREE-2", "event": "AGREE", "text": "Peru and Chile agreed to reopen the border.",
           "source": [{"actorText": "Peru", "code": "PER"}, {"actorText": "Chile", "code": "CHL"}], "target": None,
           "textInfo": {"markup": "(SRC/TAR: Peru) and (SRC/TAR: Chile) (EVT: agreed) to reopen the border."}}
    (tmp_path / "gsr.json").write_text(json.dumps([rec, dict(rec, id="T-AGREE-3", textInfo={})]), encoding="utf-8")
    gold, plain = plover.load_gsr(tmp_path)
    assert gold["reciprocal"] == ("PER", "CHL") and plain["reciprocal"] is None
    assert plover.gold_triple_found(gold, {("AGREE", "CHL", "PER")})
    assert plover.gold_triple_found(gold, {("AGREE", "PER", None)})
    assert not plover.gold_triple_found(gold, {("AGREE", "CHL", None)})
    assert not plover.gold_triple_found(plain, {("AGREE", "CHL", "PER")})


def test_events_eval_human_agreement(mini_gold):
    h = conflibert.human_agreement(mini_gold / "rounds")
    assert h["pairs"] == 6 and h["sentences"] == 2
    assert abs(h["pairwise"] - 4 / 6) < 1e-9
    # counting "not relevant" as statement adds sentence c: 0-4, 0-4, 0-0 -> 1 of 3 more pairs agree
    assert h["pairs_with_irrelevant"] == 9 and abs(h["pairwise_with_irrelevant_as_statement"] - 5 / 9) < 1e-9


@pytest.mark.model
def test_events_eval_scores_on_written_data(mini_gold):
    p = plover.evaluate(mini_gold / "plover")
    assert p["n"] == 3
    assert [r["pred"] for r in p["rows"]] == ["CONSULT", "ACCUSE", "AGREE"]
    assert p["type"]["accuracy"] == 1.0
    assert p["source_country_accuracy"] == 1.0
    c = conflibert.evaluate(mini_gold / "conflibert")
    assert c["n"] == 4 and c["pentaclass"]["accuracy"] == 1.0
    assert c["actor_spans"]["sentences"] == 2
    assert c["actor_spans"]["overlap"]["f1"] == 1.0


@pytest.mark.model
def test_events_eval_cli(mini_gold):
    res = CliRunner().invoke(cli, ["eval", "events", "--plover", str(mini_gold / "plover"), "--conflibert",
                                   str(mini_gold / "conflibert"), "--rounds", str(mini_gold / "rounds"), "--split", "all"])
    assert res.exit_code == 0, res.output
    assert "PLOVER GSR (all, 3 sentences)" in res.output
    assert "event type accuracy      1.000" in res.output
    assert "PentaClass accuracy 1.000" in res.output
    assert "pairwise PentaClass agreement 0.667" in res.output


def test_events_eval_cli_bad_folder_is_one_line(tmp_path):
    res = CliRunner().invoke(cli, ["eval", "events", "--plover", str(tmp_path)])
    assert res.exit_code == 2
    assert "NF401" in res.stderr and "Traceback" not in res.stderr
    res = CliRunner().invoke(cli, ["eval", "events"])
    assert res.exit_code == 2  # usage error: nothing to score


@pytest.mark.gold
def test_events_eval_human_agreement_on_annotation_rounds(gold_dir):
    h = conflibert.human_agreement(gold_dir("cameo_annotation_rounds"))
    assert h["pairs"] > 1000
    assert 0.70 < h["pairwise"] < 0.78  # the published figure is about 0.74


@pytest.mark.gold
def test_events_eval_gsr_loads_all_records(gold_dir):
    gold = plover.load_gsr(gold_dir("plover_gsr"))
    assert len(gold) == 213
    assert {g["type"] for g in gold} <= set(plover.TYPES)


# ----------------------------------------------------------------------------- PETRARCH-2 validation check

PETR = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
##########
#  a banner that makes the file not well-formed XML, as in the real one
##########
<Sentences>
<Sentence category="T" date="20200101" id="T_1" evaluate="true"/>
<EventCoding eventcode="112" sourcecode="KEN" targetcode="SOM" />
<Text>
Kenya accused Somalia
of harbouring militants.
</Text>
<Parse>ignored</Parse>
</Sentence>
<Sentence category="T" date="20200101" id="T_2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>
The weather in Oslo was mild on Monday.
</Text>
</Sentence>
<Sentence category="T" date="20200101" id="T_3" evaluate="true"/>
<EventCoding eventcode="195" sourcecode="ISR" targetcode="PSE" />
<Text>
Israeli warplanes bombed Hamas positions in Gaza.
</Text>
</Sentence>
</Sentences>
</Validation>
"""

TABLE = "11: ACCUSE\n112: ACCUSE, disapprove, # Accuse\n19: ASSAULT\n195: ASSAULT, heavy-weapons, military # aerial\n"


def test_events_eval_petrarch_reads_records_and_codes():
    import tempfile
    from pathlib import Path

    from newsfacts.evaluation import petrarch

    with tempfile.TemporaryDirectory() as d:
        Path(d, "PETR2_GSR_validation.xml").write_text(PETR, encoding="utf-8")
        recs = petrarch.load_records(d)
        assert [r["id"] for r in recs] == ["T_1", "T_2", "T_3"]
        assert recs[0]["text"] == "Kenya accused Somalia of harbouring militants." and recs[0]["codes"] == ["112"]
        assert recs[1]["codes"] == []
        Path(d, "table.txt").write_text(TABLE, encoding="utf-8")
        assert petrarch.load_cameo2plover(Path(d, "table.txt")) == {"11": "ACCUSE", "112": "ACCUSE", "19": "ASSAULT", "195": "ASSAULT"}


@pytest.mark.model
def test_events_eval_petrarch_scores_and_cli(tmp_path):
    from newsfacts.evaluation import petrarch

    (tmp_path / "PETR2_GSR_validation.xml").write_text(PETR, encoding="utf-8")
    (tmp_path / "CAMEO2PLOVER-2021.txt").write_text(TABLE, encoding="utf-8")
    r = petrarch.evaluate(tmp_path, cameo2plover=tmp_path / "CAMEO2PLOVER-2021.txt")
    assert r["n"] == 3
    assert r["event_found"] == {"tp": 2, "fp": 0, "fn": 0}
    assert r["quad_accuracy"] == 1.0 and r["type_accuracy"] == 1.0
    assert r["rows"][0]["pred"][:2] == "11"
    res = CliRunner().invoke(cli, ["eval", "events", "--petrarch", str(tmp_path), "--plover", str(tmp_path), "--split", "all"])
    # the folder has no GSR json: one clear line, no traceback
    assert res.exit_code == 2 and "NF401" in res.stderr
    res = CliRunner().invoke(cli, ["eval", "events", "--petrarch", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert "PETRARCH-2 validation (3 sentences, all)" in res.output and "event found: 2 right, 0 where none" in res.output


def test_events_eval_petrarch_missing_file_is_one_line(tmp_path):
    res = CliRunner().invoke(cli, ["eval", "events", "--petrarch", str(tmp_path)])
    assert res.exit_code == 2 and "NF401" in res.stderr and "Traceback" not in res.stderr


@pytest.mark.model
def test_events_eval_headline_event_prefers_the_main_clause(nlp):
    from newsfacts.pipeline import process

    text = "Kenya, which accused Somalia of harbouring militants, arrested 20 Somali fishermen on Monday."
    (rec,) = list(process([(text, None)], nlp=nlp))
    assert [e["type"] for e in rec["events"]] == ["ACCUSE", "COERCE"]  # the relative clause comes first
    assert plover.headline_event(rec, text, nlp)["type"] == "COERCE"  # the main clause's act
