"""A fast sample of benchmarks/soak.py: 30 generated articles with a bad record every 5
lines, ingested in-process; every input record is accounted for (the 20,000-article run is
a command, see docs/reliability.md)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import soak  # noqa: E402

pytestmark = [pytest.mark.model, pytest.mark.serial]


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
    zygote = r["columns"].index("pss_zygote")
    assert max(x[zygote] for x in r["samples"]) > 0  # the zygote is reported apart from the workers
    assert "throughput" in capsys.readouterr().out


@pytest.mark.skipif(os.geteuid() != 0, reason="page frame numbers in /proc/PID/pagemap need root")
def test_soak_sample_worker_pages_classifies_every_workers_pages(tmp_path, nlp, capsys):
    import worker_pages

    out = tmp_path / "pages.json"
    # sampled often enough to catch each short-lived worker (at 0.3 s a fast run could miss them all)
    assert worker_pages.main(["--articles", "80", "--workers", "1", "--interval", "0.1", "--recycle-after", "24",
                              "--out", str(out)]) == 0
    r = json.loads(out.read_text())
    workers = [w for s in r["samples"] for pid, w in s["workers"].items() if pid not in s["others"]]
    assert any(s["others"] for s in r["samples"]) and workers  # a zygote, and workers sampled
    for w in workers:
        assert abs(w["parent"] + w["sibling"] + w["main_not_parent"] + w["own"] - w["rss"]) < 1
        assert w["parent"] > 100  # the model, shared with the zygote
    assert len({pid for pid, n, k, t in r["strings"]}) >= 2  # recycled: more than one worker parsed
    assert "| worker |" in capsys.readouterr().out
