"""Memory sampling shared by the corpus benchmarks (benchmarks/ingest.py memory, benchmarks/soak.py).

A background thread samples, every ``interval`` seconds, the memory of this process ("main":
the one holding the DuckDB connection) and of its child processes ("workers": the parsers),
separately, so a growing curve says which side grows. Where workers are forked from a zygote
(``newsfacts.corpus.workers``), the zygote is reported apart too.

- RSS: resident memory of each process, summed.
- PSS (proportional set size, where the OS reports it): pages that forked workers share
  copy-on-write with the parent (the loaded model) are split among them, not counted once per
  process, so the PSS total is the machine memory the run really holds.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from typing import NamedTuple, Optional

MB = 2**20


class Sample(NamedTuple):
    """One sample; memory in MB."""

    elapsed_s: float
    done: int  # input records accounted for so far (set by the caller through ``sampler.done``)
    rss_total: float  # main + workers
    pss_total: float
    rss_main: float
    pss_main: float
    rss_workers: float
    pss_workers: float
    n_workers: int
    rss_zygote: float = 0.0  # the process the workers are forked from (holds the model); not in the workers' columns
    pss_zygote: float = 0.0


COLUMNS = list(Sample._fields)


def _mem(p) -> tuple[int, int]:
    info = p.memory_full_info()
    return info.rss, getattr(info, "pss", info.rss)


class MemorySampler:
    """Sample memory of this process and its children in a thread; use as a context manager.

    Args:
        interval: seconds between samples.
        log: a file the samples are appended to as JSON lines as they come (a run stopped
            early keeps them), or None.

    Attributes:
        samples: the :class:`Sample` list (one more is taken on exit).
        done: set by the caller (e.g. from ingest's ``on_commit``) to record progress.
    """

    def __init__(self, interval: float = 0.2, log: Optional[str] = None):
        import psutil

        self.proc = psutil.Process()
        self.interval = interval
        self.log = log
        self.done = 0
        self.samples: list[Sample] = []
        self.t0 = time.time()
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> Sample:
        import psutil

        rss_m = pss_m = rss_w = pss_w = rss_z = pss_z = 0
        n = 0
        workers = sys.modules.get("newsfacts.corpus.workers")
        zygotes = set(workers.Zygote.running) if workers is not None else set()
        try:
            rss_m, pss_m = _mem(self.proc)
        except psutil.Error:
            pass
        try:
            children = self.proc.children(recursive=True)
        except psutil.Error:
            children = []
        for p in children:
            try:
                r, s = _mem(p)
            except psutil.Error:
                continue
            if p.pid in zygotes:
                rss_z += r
                pss_z += s
                continue
            rss_w += r
            pss_w += s
            n += 1
        return Sample(round(time.time() - self.t0, 1), self.done, round((rss_m + rss_w + rss_z) / MB, 1),
                      round((pss_m + pss_w + pss_z) / MB, 1), round(rss_m / MB, 1), round(pss_m / MB, 1), round(rss_w / MB, 1),
                      round(pss_w / MB, 1), n, round(rss_z / MB, 1), round(pss_z / MB, 1))

    def _take(self) -> None:
        s = self.sample()
        self.samples.append(s)
        if self.log:
            with open(self.log, "a") as fh:
                fh.write(json.dumps(list(s)) + "\n")

    def _run(self) -> None:
        while not self._stop.is_set():
            self._take()
            self._stop.wait(self.interval)

    def peak(self, field: str) -> float:
        """The largest value of one :class:`Sample` field over the run (MB)."""
        return max((getattr(s, field) for s in self.samples), default=0.0)

    def __enter__(self) -> "MemorySampler":
        self.t0 = time.time()
        self._t.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._t.join()
        self._take()
