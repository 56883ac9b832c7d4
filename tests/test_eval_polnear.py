"""The PolNeAR reader and scorer, on BRAT files written here, and one small real run."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsfacts.evaluation.polnear import (
    Attribution,
    attribution_counts,
    format_table,
    match_counts,
    normalise,
    parse_ann,
    read_split,
    score,
    score_doc,
    sentence_bounds,
    sentence_pieces,
)

TEXT = "Mayor Lin said the bridge opens in May.\n\u201cIt is safe,\u201d she added.\n"
#       0         1         2         3         4
# "Mayor Lin" 0-9, "said" 10-14, "the bridge opens in May" 15-38
# quote 40-53 ("\u201cIt is safe,\u201d"), "she" 54-57, "added" 58-63

ANN = (
    "T1\tSource 0 9\tMayor Lin\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 38\tthe bridge opens in May\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
    "T5\tContent 40 46;47 53\t\u201cIt is\n"
    "safe,\u201d\n"  # a covered text continued on the next physical line
    "T6\tSource 54 57\tshe\n"
    "T7\tCue 58 63\tadded\n"
    "T8\tAttribution 58 63\tadded\n"
    "E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6\n"
    "T9\tDiscuss 0 9\tMayor Lin\n"
    "T10\tCue 0 5\tMayor\n"
    "T11\tContent 6 9\tLin\n"
    "T12\tAttribution-no-source 0 5\tMayor\n"
    "E3\tAttribution-no-source:T12 Cue:T10 Content:T11\n"
)


def _record(quotes):
    return {"document": {"length": len(TEXT)}, "quotes": quotes}


def _q(content, source=None, cue=None, kind="indirect"):
    return {
        "evidence": [list(c) for c in content],
        "speaker_evidence": [list(source)] if source else [],
        "cue": {"start": cue[0], "end": cue[1], "text": TEXT[cue[0] : cue[1]]} if cue else None,
        "kind": kind,
    }


def test_eval_polnear_parse_ann_fragments_continuations_and_no_source():
    attrs = parse_ann(ANN, TEXT)
    assert len(attrs) == 3
    assert attrs[0].source == ((0, 9),) and attrs[0].cue == ((10, 14),) and attrs[0].content == ((15, 38),)
    assert attrs[1].content == ((40, 46), (47, 53))
    assert attrs[2].source is None and attrs[2].content == ((6, 9),)


def test_eval_polnear_normalise_joins_whitespace_gaps_only():
    assert normalise(TEXT, ((40, 46), (47, 53))) == ((40, 53),)
    assert normalise(TEXT, ((0, 9), (15, 38))) == ((0, 9), (15, 38))


def test_eval_polnear_exact_and_overlap_matching():
    gold = [((15, 38),), ((40, 53),)]
    pred = [((15, 39),), ((40, 53),), ((0, 5),)]
    exact = match_counts(TEXT, gold, pred, "exact")
    assert (exact.tp, exact.pred, exact.gold) == (1, 3, 2)
    over = match_counts(TEXT, gold, pred, "overlap")
    assert over.tp == 2
    # one-to-one: two predictions over one gold span count once
    assert match_counts(TEXT, [((15, 38),)], [((15, 20),), ((21, 38),)], "overlap").tp == 1


def test_eval_polnear_score_doc_roles_and_quoted_subset():
    gold = parse_ann(ANN, TEXT)
    pred = [
        Attribution(((15, 38),), ((0, 9),), ((10, 14),)),
        Attribution(((40, 53),), ((54, 57),), ((58, 64),)),  # cue one character too long
    ]
    d = score_doc(TEXT, gold, pred, ["indirect", "direct"])
    ex = d["all"]["exact"]
    assert (ex["Content"].tp, ex["Content"].gold, ex["Content"].pred) == (2, 3, 2)
    assert (ex["Source"].tp, ex["Source"].gold) == (2, 2)
    assert ex["Cue"].tp == 1 and d["all"]["overlap"]["Cue"].tp == 2
    q = d["quoted"]["exact"]
    assert (q["Content"].tp, q["Content"].gold, q["Content"].pred) == (1, 1, 1)
    # a partial quote (quoted words inside reported speech) counts as quoted too
    d = score_doc(TEXT, gold, pred, ["partial", "indirect"])
    assert d["quoted"]["exact"]["Content"].pred == 1


def _write_corpus(root, annotators=("b222", "a111")):
    for split in ("dev",):
        (root / split / "text").mkdir(parents=True)
        (root / split / "attributions").mkdir(parents=True)
        (root / split / "text" / "doc1.txt").write_text(TEXT, encoding="utf-8")
        for k, a in enumerate(annotators):
            ann = ANN if a == min(annotators) else "T1\tSource 0 9\tMayor Lin\n"
            (root / split / "attributions" / f"doc1_{a}.ann").write_text(ann, encoding="utf-8")


def test_eval_polnear_read_split_picks_first_annotator(tmp_path):
    _write_corpus(tmp_path)
    docs = list(read_split(tmp_path, "dev"))
    assert len(docs) == 1 and docs[0].annotator == "a111" and len(docs[0].attributions) == 3
    with pytest.raises(FileNotFoundError):
        list(read_split(tmp_path, "test"))


def test_eval_polnear_score_perfect_and_empty_predictions(tmp_path):
    _write_corpus(tmp_path)
    gdoc = next(read_split(tmp_path, "dev"))
    perfect = _record([_q([(15, 38)], (0, 9), (10, 14)), _q([(40, 46), (47, 53)], (54, 57), (58, 63), "direct"), _q([(6, 9)], None, (0, 5))])
    res = score([(gdoc, perfect)])
    assert res["scores"]["all"]["exact"]["Content"]["f1"] == 1.0
    assert res["scores"]["all"]["exact"]["Source"]["f1"] == 1.0
    assert res["per_article"][0]["document"] == "doc1"
    empty = score([(gdoc, _record([]))])
    assert empty["scores"]["all"]["exact"]["Content"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "pred": 0, "gold": 3}


@pytest.mark.model
def test_eval_polnear_cli_on_synthetic_corpus(tmp_path):
    from newsfacts.cli import cli

    _write_corpus(tmp_path)
    per = tmp_path / "per.jsonl"
    res = CliRunner().invoke(cli, ["eval", "quotes", "--polnear", str(tmp_path), "--per-article", str(per), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["documents"] == 1 and out["split"] == "dev"
    # the pipeline finds "Mayor Lin said the bridge opens in May" exactly as annotated
    assert out["scores"]["all"]["exact"]["Content"]["tp"] >= 1
    assert json.loads(per.read_text().splitlines()[0])["document"] == "doc1"
    bad = CliRunner().invoke(cli, ["eval", "quotes", "--polnear", str(tmp_path / "nope")])
    assert bad.exit_code == 2 and "NF401" in bad.output


@pytest.mark.model
@pytest.mark.gold
def test_eval_polnear_real_dev_sample(gold_dir, nlp):
    from newsfacts.evaluation.polnear import evaluate

    res = evaluate(gold_dir("polnear"), "dev", nlp=nlp, limit=4)
    assert res["documents"] == 4
    s = res["scores"]["all"]
    assert s["exact"]["Content"]["gold"] > 20
    # far from perfect, but well above chance: most predicted contents overlap a gold one
    assert s["overlap"]["Content"]["precision"] > 0.5
    assert s["overlap"]["Content"]["f1"] >= s["exact"]["Content"]["f1"]


def test_eval_polnear_sentence_mode_counts_sentence_pieces():
    text = "Ada said the port is shut. It opens in May. Bo agreed.\n\u201cNo ships,\u201d he said.\n"
    bounds = sentence_bounds(text)
    assert [text[b : b + 2] for b in bounds] == ["Ad", "It", "Bo", "\u201cN"]
    two = ((9, 42),)  # "the port is shut. It opens in May"
    assert [text[s:e] for s, e in sentence_pieces(text, two, bounds)] == ["the port is shut.", "It opens in May"]
    # a prediction that gets one of the two sentences right: 1 of 2 in sentence mode, 0 in exact mode
    half = ((9, 25),)
    assert match_counts(text, [two], [half], "exact").tp == 0
    c = match_counts(text, [two], [half], "sentence")
    assert (c.tp, c.pred, c.gold) == (0, 1, 2)  # "the port is shut" lacks the stop the gold piece has
    c = match_counts(text, [two], [((9, 26),)], "sentence")
    assert (c.tp, c.pred, c.gold) == (1, 1, 2)


def test_eval_polnear_attribution_needs_content_and_source():
    gold = parse_ann(ANN, TEXT)
    right = [Attribution(((15, 30),), ((6, 9),), None), Attribution(((40, 53),), ((54, 57),), None)]
    c = attribution_counts(TEXT, gold, right)
    assert (c.tp, c.pred, c.gold) == (2, 2, 3)
    # content found, source wrong ("she" for "Mayor Lin"): the quote does not count
    wrong = [Attribution(((15, 38),), ((54, 57),), None)]
    assert attribution_counts(TEXT, gold, wrong).tp == 0
    # no source on either side counts (PolNeAR's Attribution-no-source); a source where gold has none does not
    assert attribution_counts(TEXT, gold, [Attribution(((6, 9),), None, None)]).tp == 1
    assert attribution_counts(TEXT, gold, [Attribution(((6, 9),), ((0, 5),), None)]).tp == 0


def test_eval_polnear_reports_attribution_and_quotes_without_speaker(tmp_path):
    _write_corpus(tmp_path)
    gdoc = next(read_split(tmp_path, "dev"))
    q1 = _q([(15, 38)], (0, 9), (10, 14))
    q1["speaker"] = "e1"
    q2 = _q([(40, 46), (47, 53)], (54, 57), (58, 63), "direct")
    q2["speaker"] = None
    q3 = _q([(6, 9)], None, (0, 5), "reaction")  # a reaction is a predicted quote like any other
    q3["speaker"] = None
    res = score([(gdoc, _record([q1, q2, q3]))])
    assert res["scores"]["all"]["overlap"]["Attribution"]["f1"] == 1.0
    assert res["scores"]["all"]["exact"]["Content"]["pred"] == 3
    assert res["speakers"] == {"quotes": 3, "no_speaker": round(2 / 3, 4), "no_source": round(1 / 3, 4)}
    res["split"] = "dev"
    table = format_table(res)
    assert "Attrib." in table and "without a speaker entity 66.7%" in table
