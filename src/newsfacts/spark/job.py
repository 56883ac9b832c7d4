"""The Spark job: read, dedupe, extract, cluster, write one Parquet dataset per store table.

Writes are atomic: every table is first written under ``OUTPUT/_staging-<run>/`` with
Spark's commit protocol (a retried task's output replaces, never adds to, the failed
attempt's), then moved into place; ``_SUCCESS`` is written last.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import time
import uuid
from typing import Any, Optional

from newsfacts.errors import E_BAD_INPUT, E_OUTPUT, E_SPARK_FAILED, NewsfactsError
from newsfacts.store.tables import TABLES

from .clustering import cluster_events
from .extract import TaskStats, extract_partition
from .reading import first_item, item_key, read_items
from .schemas import DOC_TABLES, facts_schema

class _FS:
    """The Hadoop file system of a path, through the JVM (local, hdfs://, s3a://...)."""

    def __init__(self, spark, path: str):
        jvm = spark.sparkContext._jvm
        self._Path = jvm.org.apache.hadoop.fs.Path
        self._fs = self._Path(path).getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())

    def exists(self, path: str) -> bool:
        return bool(self._fs.exists(self._Path(path)))

    def delete(self, path: str) -> None:
        self._fs.delete(self._Path(path), True)

    def listing(self, path: str) -> list[str]:
        """The names in folder ``path`` ([] when it does not exist or is a file)."""
        p = self._Path(path)
        if not self._fs.exists(p) or not self._fs.getFileStatus(p).isDirectory():
            return []
        return sorted(str(st.getPath().getName()) for st in self._fs.listStatus(p))

    def mkdirs(self, path: str) -> None:
        self._fs.mkdirs(self._Path(path))

    def rename(self, src: str, dst: str) -> None:
        if not self._fs.rename(self._Path(src), self._Path(dst)):
            raise NewsfactsError(f"could not move {src} to {dst}", code=E_OUTPUT)

    def write_text(self, path: str, text: str) -> None:
        out = self._fs.create(self._Path(path), True)
        try:
            out.write(bytearray(text.encode("utf-8")))
        finally:
            out.close()


def check_output(names: list[str], output: str, overwrite: bool) -> None:
    """Refuse an output folder that holds anything (``names``), unless ``overwrite``."""
    if names and not overwrite:
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        raise NewsfactsError(f"{output} is not empty ({shown}): give another folder, or --overwrite to replace "
                             "its tables (folders named like them are deleted)", code=E_OUTPUT)


def write_tables(spark, tables: dict[str, Any], folder: str, *, threads: int = 4) -> None:
    """Write each table as a Parquet dataset ``folder/<table>``, several at a time.

    Every write is one small Spark job over cached rows; run one after the other their
    scheduling and commit latencies add up. From a few driver threads, Spark runs them
    side by side (a thread's failure is raised here, after the others have finished).
    """
    from concurrent.futures import ThreadPoolExecutor

    from pyspark.util import inheritable_thread_target

    @inheritable_thread_target(spark)  # the threads' jobs keep this thread's job group, pool, tags and properties
    def write(t: str) -> None:
        tables[t].select(*[c for c, _ in TABLES[t]]).write.mode("overwrite").parquet(f"{folder}/{t}")

    with ThreadPoolExecutor(max_workers=max(1, threads), thread_name_prefix="newsfacts-write") as pool:
        for f in [pool.submit(write, t) for t in TABLES]:
            f.result()


def one_line_error(exc: BaseException) -> NewsfactsError:
    """A Spark/Py4J failure as a one-line NewsfactsError (the JVM stack trace stays in the logs)."""
    text = str(exc).strip() or type(exc).__name__
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    # A failing Python worker's message is the last line of its traceback.
    msg = next((ln for ln in reversed(lines) if ln.startswith(("RuntimeError", "ValueError", "OSError", "NewsfactsError"))), lines[0])
    return NewsfactsError(f"the Spark job failed: {msg[:400]}", code=E_SPARK_FAILED)


def run(
    spark,
    inputs: list[str],
    output: str,
    *,
    published_field: str = "published",
    text_field: str = "text",
    partitions: Optional[int] = None,
    input_format: str = "auto",
    batch_size: int = 16,
    max_chars: Optional[int] = None,
    overwrite: bool = False,
) -> dict[str, Any]:
    """Process a corpus on Spark and write one Parquet dataset per store table under ``output``.

    Args:
        spark: a SparkSession (local or on a cluster).
        inputs: files, folders or globs (JSON Lines, CSV, WARC, .txt, .html), or Parquet
            datasets with a ``text`` column; local or any URI Spark reads.
        output: the output folder (any URI Spark writes); its table folders are replaced
            when the run has succeeded, and left alone when it fails.
        published_field: the input field holding the publication date.
        text_field: the input field holding the article text.
        partitions: how many partitions run the NLP (default: twice the default parallelism).
        input_format: ``auto``, ``parquet`` or ``files``.
        batch_size: documents per ``nlp.pipe`` batch.
        max_chars: texts longer than this are rejected (default: ingest's limit).
        overwrite: replace the tables of an output folder that is not empty; without it, a
            folder holding anything at all is refused before any work (NF804), so no file of
            the user's is ever deleted.

    Returns:
        The run summary: documents processed, duplicates skipped, rejects by reason,
        skipped non-article records, rows per table, seconds; ``phases``: seconds in
        ``pipeline`` (read, dedupe and NLP into cached rows: the per-article phase),
        ``cluster``, ``write`` and ``commit``; ``nlp_tasks``: the NLP tasks' figures
        (see :class:`TaskStats`: documents, model loads, pipeline and task seconds and
        CPU seconds, the longest task).
    """
    t0 = time.perf_counter()
    run_at = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    n_parts = partitions or max(2, 2 * spark.sparkContext.defaultParallelism)
    output = output.rstrip("/")
    check_output(_FS(spark, output).listing(output), output, overwrite)
    task_stats = spark.sparkContext.accumulator({}, TaskStats())
    facts = _facts(spark, list(inputs), run_at=run_at, n_parts=n_parts, batch_size=batch_size, stats=task_stats,
                   published_field=published_field, text_field=text_field, input_format=input_format, max_chars=max_chars)
    fs = _FS(spark, output)
    staging = f"{output}/_staging-{run_at:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    cached: list = []
    phase = _Phases()
    try:
        stats, reasons, skipped, counts = _write_staging(spark, facts, staging, n_parts=n_parts, phase=phase, cached=cached)
    except NewsfactsError:
        fs.delete(staging)
        raise
    except Exception as exc:
        fs.delete(staging)
        if isinstance(exc, (KeyboardInterrupt, MemoryError)):
            raise
        raise one_line_error(exc) from exc
    finally:
        facts.unpersist()
        for c in cached:
            c.unpersist()
    _move_into_place(fs, staging, output)  # the finished tables, then _SUCCESS last
    phase("commit")
    summary = {
        "inputs": list(inputs), "output": output, "documents": int(stats["_documents"] or 0),
        "duplicates_skipped": int(stats["_duplicates"] or 0), "rejected": dict(sorted(reasons.items())),
        "skipped": dict(sorted(skipped.items())), "rows": counts, "partitions": n_parts,
        "seconds": round(time.perf_counter() - t0, 1), "phases": phase.seconds,
        "nlp_tasks": {k: round(v, 2) if isinstance(v, float) else v for k, v in sorted(task_stats.value.items())},
        "finished_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
    }
    fs.write_text(f"{output}/_newsfacts.json", json.dumps(summary, indent=2) + "\n")
    fs.write_text(f"{output}/_SUCCESS", "")
    return summary


class _Phases:
    """Seconds per phase of the run: calling it with a name ends that phase."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self._mark = time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = round(now - self._mark, 2)
        self._mark = now


def _facts(spark, inputs: list[str], *, run_at: _dt.datetime, n_parts: int, batch_size: int, stats, published_field: str,
           text_field: str, input_format: str, max_chars: Optional[int]):
    """The facts DataFrame (one row per distinct input record, see :func:`facts_schema`),
    persisted: read, dedupe and the NLP, run lazily by the first action on it."""
    from pyspark import StorageLevel
    from pyspark.errors import AnalysisException

    try:
        items = read_items(spark, inputs, published_field=published_field, text_field=text_field,
                           input_format=input_format, max_chars=max_chars)
    except AnalysisException as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise NewsfactsError(f"cannot read the input: {first}", code=E_BAD_INPUT) from None
    # one copy of each text (the first by path), spread over the NLP partitions
    distinct = items.map(lambda it: (item_key(it), it)).reduceByKey(first_item, numPartitions=n_parts)
    facts_rdd = distinct.mapPartitions(functools.partial(extract_partition, run_at=run_at, batch_size=batch_size, stats=stats))
    # rows are already typed by row_tuple: skip the per-row schema check
    return spark.createDataFrame(facts_rdd, facts_schema(), verifySchema=False).persist(StorageLevel.MEMORY_AND_DISK)


def _write_staging(spark, facts, staging: str, *, n_parts: int, phase: _Phases, cached: list):
    """Run the NLP (filling the cache), cluster the events and write every table under
    ``staging``; return the counts ``(stats, reasons, skipped, rows per table)``. The
    clustering's cached RDD is appended to ``cached`` (the caller unpersists it)."""
    from pyspark.sql import functions as F

    # One job runs read, dedupe and the NLP for every partition, fills the cache and
    # gives the summary's counts; every later step reads the cached rows.
    groups = facts.groupBy(
        F.when(F.size("rejects") > 0, F.col("rejects")[0]["reason"]).alias("reason"), F.col("skipped"),
    ).agg(
        F.count(F.lit(1)).alias("_n"),
        F.sum(F.when(F.size("documents") > 0, 1).otherwise(0)).alias("_documents"),
        F.sum(F.col("copies") - 1).alias("_duplicates"),
        *[F.sum(F.size(t)).alias(t) for t in DOC_TABLES],
    ).collect()
    phase("pipeline")
    stats = {k: sum(int(g[k] or 0) for g in groups) for k in ("_documents", "_duplicates", *DOC_TABLES)}
    reasons = {g["reason"]: int(g["_n"]) for g in groups if g["reason"] is not None}
    skipped = {g["skipped"]: int(g["_n"]) for g in groups if g["skipped"] is not None}
    tables = {t: facts.select(F.explode(t).alias("r")).select("r.*") for t in DOC_TABLES}
    tables["events"], tables["event_clusters"], out = cluster_events(spark, facts, partitions=max(1, min(n_parts, 8)))
    cached.append(out)
    n_clusters = out.filter(lambda t: t[0] == "c").count()
    phase("cluster")
    write_tables(spark, tables, staging)
    phase("write")
    counts = {t: int(stats[t] or 0) for t in DOC_TABLES}
    counts["event_clusters"] = n_clusters
    counts = {t: counts[t] for t in TABLES}
    return stats, reasons, skipped, counts


def _move_into_place(fs: "_FS", staging: str, output: str) -> None:
    """Move the finished tables from ``staging`` into ``output`` (``_SUCCESS`` removed first)."""
    fs.delete(f"{output}/_SUCCESS")
    for t in TABLES:
        fs.delete(f"{output}/{t}")
        fs.rename(f"{staging}/{t}", f"{output}/{t}")
    fs.delete(staging)
