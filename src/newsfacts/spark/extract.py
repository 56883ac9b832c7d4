"""The Spark job's NLP step: one facts tuple per input item, from ingest's per-batch function."""

from __future__ import annotations

import datetime as _dt
import time
from typing import Any, Iterable, Iterator, Optional

from . import INSTALL_HINT

try:
    from pyspark.accumulators import AccumulatorParam
except ImportError as _exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(INSTALL_HINT) from _exc

from .schemas import DOC_TABLES, row_tuple

#: A local property the tests set to make a task fail after producing output: ``"P"``
#: fails the first attempt of partition P (Spark retries it), ``"P:always"`` every
#: attempt (the job fails). Checks that retries do not duplicate rows and that a failed
#: job leaves no partial output. Never set in normal runs.
FAIL_PARTITION = "newsfacts.test.fail_partition"


def _empty_facts(key: str, copies: int) -> dict[str, Any]:
    """A facts row with no rows in any table."""
    out: dict[str, Any] = {t: [] for t in DOC_TABLES}
    out["key"], out["copies"], out["skipped"] = key, copies, None
    return out


def _facts_tuple(facts: dict[str, Any]) -> tuple:
    """A facts row as a tuple in :func:`~newsfacts.spark.schemas.facts_schema`'s order."""
    return (facts["key"], facts["copies"], facts["skipped"]) + tuple(facts[t] for t in DOC_TABLES)


def _reject_tuple(origin: str, reason: str, detail: str, doc_id: Optional[str], run_at: _dt.datetime) -> tuple:
    """A ``rejects`` row tuple, stamped with the run's time."""
    from newsfacts.corpus.readers import Reject
    from newsfacts.store.rows import reject_row

    row = reject_row(Reject(origin, reason, detail, doc_id))
    row["rejected_at"] = run_at  # one time for the whole run, so a retried task writes the same rows
    return row_tuple("rejects", row)


def _maybe_fail(produced: int) -> None:
    """Test hook: fail a task after it produced output (see ``FAIL_PARTITION``)."""
    from pyspark import TaskContext

    tc = TaskContext.get()
    if tc is None or produced == 0:
        return
    target = tc.getLocalProperty(FAIL_PARTITION)
    if target is None:
        return
    part, _, always = target.partition(":")
    if int(part) == tc.partitionId() and (always == "always" or tc.attemptNumber() == 0):
        raise RuntimeError(f"newsfacts test: partition {tc.partitionId()} fails attempt {tc.attemptNumber()}")


def extract_partition(
    pairs: Iterable[tuple[str, tuple]],
    *,
    run_at: _dt.datetime,
    batch_size: int = 16,
    nlp_factory=None,
    stats=None,
) -> Iterator[tuple]:
    """The mapPartitions function: ``(key, item)`` pairs in, one facts tuple per item out.

    The spaCy pipeline is built once for the partition (``nlp_factory()``, by default
    :func:`newsfacts.build_nlp`, which also caches it per worker process). Documents go in
    batches through :func:`newsfacts.corpus.workers.process_batch`, the function ingest's
    workers run: :func:`newsfacts.pipeline.process`, with texts that are not English
    rejected (``not_english``), and a batch that raises retried one text at a time so
    only the culprit is rejected (``processing_error``).

    ``stats``, when given, is a Spark accumulator (:class:`TaskStats`) that receives the
    task's figures: documents, seconds loading the model, seconds and CPU seconds in the
    pipeline, and the task's own wall time.
    """
    from newsfacts.pipeline import build_nlp
    from newsfacts.corpus.workers import process_batch

    t_task, cpu_task = time.perf_counter(), time.process_time()
    nlp = (nlp_factory or build_nlp)()
    load_s = time.perf_counter() - t_task
    produced = 0
    docs = 0
    nlp_s = nlp_cpu = 0.0
    batch: list[tuple[str, tuple]] = []

    def flush() -> Iterator[tuple]:
        nonlocal docs, nlp_s, nlp_cpu
        t, c = time.perf_counter(), time.process_time()
        rows, rejects = process_batch([(it[5], it[6], it[4], it[9]) for _, it in batch], nlp=nlp)
        nlp_s += time.perf_counter() - t
        nlp_cpu += time.process_time() - c
        docs += len(batch)
        by_doc = {r["documents"][0]["doc_id"]: r for r in rows}
        rejected = {r.doc_id: r for r in rejects}
        for key, item in batch:
            facts = _empty_facts(key, item[2])
            doc_id = item[9]
            if doc_id in by_doc:
                for t in DOC_TABLES:
                    facts[t] = [row_tuple(t, r) for r in by_doc[doc_id].get(t, [])]
            else:
                r = rejected.get(doc_id)
                reason, detail = (r.reason, r.detail) if r else ("processing_error", "the pipeline returned no record")
                facts["rejects"] = [_reject_tuple(item[4], reason, detail, doc_id, run_at)]
            yield _facts_tuple(facts)

    for key, item in pairs:
        if item[3] != "doc":
            facts = _empty_facts(key, item[2])
            if item[3] == "skip":
                facts["skipped"] = item[7]
            else:
                facts["rejects"] = [_reject_tuple(item[4], item[7], item[8], item[9], run_at)]
            yield _facts_tuple(facts)
            produced += 1
            continue
        batch.append((key, item))
        if len(batch) >= batch_size:
            for out in flush():
                produced += 1
                yield out
            batch = []
            _maybe_fail(produced)
    if batch:
        for out in flush():
            produced += 1
            yield out
    _maybe_fail(produced)
    if stats is not None:
        stats.add({"tasks": 1, "documents": docs, "model_loads": int(load_s > 0.5), "load_s": load_s, "nlp_s": nlp_s,
                   "nlp_cpu_s": nlp_cpu, "task_s": time.perf_counter() - t_task, "task_cpu_s": time.process_time() - cpu_task,
                   "max_task_s": time.perf_counter() - t_task})


class TaskStats(AccumulatorParam):
    """Sums the NLP tasks' figures (``max_*`` keys keep the largest value)."""

    def zero(self, value: dict) -> dict:
        return {}

    def addInPlace(self, a: dict, b: dict) -> dict:
        for k, v in b.items():
            a[k] = max(a.get(k, 0), v) if k.startswith("max_") else a.get(k, 0) + v
        return a

