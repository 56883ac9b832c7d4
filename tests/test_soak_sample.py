"""A fast sample of benchmarks/soak.py: 30 generated articles with a bad record every 5
lines, ingested in-process; every input record is accounted for (the 20,000-article run is
a command, see docs/reliability.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import soak  # noqa: E402

pytestmark = pytest.mark.model


def test_soak_sample_counts_add_up(tmp_path, nlp, capsys):
    out = tmp_path / "soak.json"
    rc = soak.main(["--articles", "30", "--workers", "1", "--bad-every", "5", "--interval", "0.5", "--out", str(out)])
    r = json.loads(out.read_text())
    assert rc == 0 and r["ok"]
    assert r["input"] == 35 and r["bad_records"] == 5
    assert r["processed"] + r["duplicates"] + r["rejected_total"] == r["input"]
    assert r["stored_documents"] == r["processed"] and r["stored_rejects"] == r["rejected_total"]
    assert r["rejected_total"] >= 4  # bad JSON, empty text, no text field, not JSON (the German text may be kept)
    assert r["samples"] and r["samples"][-1][1] == 35
    assert "throughput" in capsys.readouterr().out
