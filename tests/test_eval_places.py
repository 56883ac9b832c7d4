"""`newsfacts eval places`: coverage of place resolution on a folder of texts."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.errors import InputError


def test_eval_places_own_folder(tmp_path, nlp):
    from newsfacts.evaluation.places import evaluate_places

    (tmp_path / "a.txt").write_text("The mayor of Tulsa flew to Paris and then to the Pentagon.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials in Georgia and Atlanta met Xqzville elders.", encoding="utf-8")
    res = evaluate_places(tmp_path, sample=5, nlp=nlp)
    assert res["docs"] == 2 and res["mentions"] >= 4
    assert 0 < res["resolved"] <= res["mentions"]
    assert {s["mention"] for s in res["sample"]} <= {"Tulsa", "Paris", "Pentagon", "the Pentagon", "Georgia", "Atlanta", "Xqzville"}


def test_eval_places_empty_folder_is_an_input_error(tmp_path):
    from newsfacts.evaluation.places import evaluate_places

    with pytest.raises(InputError, match="no .txt files"):
        evaluate_places(tmp_path)
    result = CliRunner().invoke(cli, ["eval", "places", str(tmp_path)])
    assert result.exit_code == 2 and "NF101" in result.output


@pytest.mark.model
def test_eval_places_polnear_dev_sample(gold_dir):
    path = gold_dir("polnear")
    result = CliRunner().invoke(cli, ["eval", "places", str(path), "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert "3 texts" in result.output and "resolved to a gazetteer entry" in result.output
