"""Worker processes keep freed heap memory instead of faulting it back in every batch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.serial  # measures latency / page faults: run with nothing else (Makefile)

# Runs the pipeline over the same generated articles twice and prints the minor page faults
# of the second run (the first one loads and warms everything).
_SCRIPT = """
import json, resource, sys
sys.path.insert(0, sys.argv[2])
from corpus import generate
from newsfacts import build_nlp, process
from newsfacts.corpus.heap import keep_freed_heap
nlp = build_nlp()
texts = [(t, {"published": "2026-03-04"}) for t in generate(48, seed=5)]
if sys.argv[1] == "keep":
    took = keep_freed_heap()
else:  # glibc's own default, pinned: freeing a large block (a big lexicon) raises it dynamically
    import ctypes, ctypes.util
    took = None
    ctypes.CDLL(ctypes.util.find_library("c")).mallopt(-1, 128 * 1024)  # M_TRIM_THRESHOLD
list(process(texts, nlp=nlp))
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
list(process(texts, nlp=nlp))
print(json.dumps({"took": took, "faults": resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before}))
"""


def _faults(*modes: str) -> list[dict]:
    """Runs one process per mode, all at once (page faults are counted per process)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    procs = [subprocess.Popen([sys.executable, "-c", _SCRIPT, mode, str(ROOT / "benchmarks")], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for mode in modes]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err[-2000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


@pytest.mark.model
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt: Linux only")
def test_keep_freed_heap_removes_the_page_faults_of_every_batch():
    default, kept = _faults("default", "keep")
    assert kept["took"] is True
    # measured: ~30,000 faults for 48 articles by default, a few dozen with the setting
    assert kept["faults"] < 2_000
    assert kept["faults"] * 5 < default["faults"]

