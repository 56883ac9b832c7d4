"""The MeasEval evaluation: gold reading, unit folding and scoring on hand-written data; a small
real run that skips when ../shared/gold/measeval is absent."""

from __future__ import annotations

import pytest

from newsfacts.evaluation.measeval import evaluate, fold_unit, format_table, gold_quantities, score_doc, unit_right

TSV_HEAD = "docId\tannotSet\tannotType\tstartOffset\tendOffset\tannotId\ttext\tother\n"
TEXT = "We dried 12 pots at 40 \u00b0C for 3 h; the clay had a mean age of 2 years."


def _row(kind, start, end, aid, other, aset=1):
    return f"d1\t{aset}\t{kind}\t{start}\t{end}\t{aid}\t{TEXT[start:end]}\t{other}\n"


def _tsv():
    pots, heat, hours = TEXT.index("12 pots"), TEXT.index("40 \u00b0C"), TEXT.index("3 h")
    age, clay, mean_age = TEXT.index("2 years"), TEXT.index("clay"), TEXT.index("mean age")
    return TSV_HEAD + "".join([
        _row("Quantity", pots, pots + 2, "T1", '{"mods": ["IsCount"]}'),
        _row("MeasuredEntity", pots + 3, pots + 7, "T2", '{"HasQuantity": "T1"}'),
        _row("Quantity", heat, heat + 5, "T3", '{"unit": "\u00b0C"}', 2),
        _row("Quantity", hours, hours + 3, "T4", '{"unit": "h"}', 3),
        _row("Quantity", age, age + 7, "T5", '{"unit": "years"}', 4),
        _row("MeasuredProperty", mean_age, mean_age + 8, "T6", '{"HasQuantity": "T5"}', 4),
        _row("MeasuredEntity", clay, clay + 4, "T7", '{"HasProperty": "T6"}', 4),
    ])


def _rows():
    import csv
    import io
    import json

    out = []
    for r in csv.DictReader(io.StringIO(_tsv()), delimiter="\t", quoting=csv.QUOTE_NONE):
        out.append({"set": r["annotSet"], "type": r["annotType"], "start": int(r["startOffset"]), "end": int(r["endOffset"]),
                    "id": r["annotId"], "other": json.loads(r["other"])})
    return out


def test_eval_measeval_gold_entity_through_property():
    gold = gold_quantities(_rows())
    assert [TEXT[s:e] for s, e in (q["span"] for q in gold)] == ["12", "40 \u00b0C", "3 h", "2 years"]
    entities = [TEXT[q["entity"][0]:q["entity"][1]] if q["entity"] else None for q in gold]
    assert entities == ["pots", None, None, "clay"]  # "clay" reaches "2 years" through "mean age"


@pytest.mark.parametrize("gold,ours,right", [
    ("%", "percent", True), ("\u00b0C", "degC", True), ("hours", "hour", True), ("h", "hour", True), ("mg/L", "mg/L", True),
    ("m s\u22121", "m/second", True), ("km", "m", False), ("participants", None, True), ("participants", "percent", False),
    (None, None, True), (None, "km", False), ("MPa", "MPa", True), ("eV", "eV", True),
    ("times", "times", True), ("times", None, True), ("times", "percent", False),
])
def test_eval_measeval_unit_right(gold, ours, right):
    assert unit_right(gold, ours) is right


def test_eval_measeval_fold_unit_spellings():
    assert fold_unit("%") == fold_unit("percent") and fold_unit("yrs") == fold_unit("year")
    assert fold_unit(None) is None


def test_eval_measeval_score_doc_counts():
    gold = gold_quantities(_rows())
    s = TEXT.index("12")
    claims = [
        {"evidence": [[s, s + 2]], "unit": None, "counts_evidence": [[s + 3, s + 7]]},  # exact, unit right, entity right
        {"evidence": [[TEXT.index("40"), TEXT.index("40") + 2]], "unit": "degC", "counts_evidence": []},  # overlap only
        {"evidence": [[0, 2]], "unit": None, "counts_evidence": [[3, 8]]},  # spurious
    ]
    got = score_doc(gold, claims)
    assert (got["gold"], got["pred"], got["overlap"], got["exact"], got["unit_ok"]) == (4, 3, 2, 1, 2)
    assert (got["entity_gold"], got["entity_pred"], got["entity_tp"]) == (2, 2, 1)


def test_eval_measeval_layout_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="MeasEval"):
        evaluate(tmp_path, "trial")


def test_eval_measeval_run_on_written_folder(tmp_path, nlp):
    (tmp_path / "trial" / "text").mkdir(parents=True)
    (tmp_path / "trial" / "tsv").mkdir()
    (tmp_path / "trial" / "text" / "d1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "trial" / "tsv" / "d1.tsv").write_text(_tsv(), encoding="utf-8")
    res = evaluate(tmp_path, "trial", nlp=nlp)
    assert res["docs"] == 1 and res["quantity"]["overlap"]["gold"] == 4
    assert res["quantity"]["overlap"]["tp"] >= 3 and res["unit"]["accuracy"] >= 0.75
    assert "quantity spans" in format_table(res)


def test_eval_measeval_real_trial_sample(gold_dir, nlp):
    res = evaluate(gold_dir("measeval"), "trial", nlp=nlp, limit=8)
    assert res["docs"] == 8 and res["quantity"]["overlap"]["gold"] > 0
    assert 0.0 <= res["quantity"]["overlap"]["f1"] <= 1.0 and 0.0 <= res["unit"]["accuracy"] <= 1.0
