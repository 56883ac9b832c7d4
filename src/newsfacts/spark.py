"""Run the newsfacts pipeline on Apache Spark, for corpora that outgrow one machine.

The job reads JSON Lines, CSV, WARC, .txt/.html or Parquet inputs (any URI Spark reads:
local paths, ``s3a://``, ``hdfs://``) with the readers ``newsfacts ingest`` uses. Inside
``mapPartitions`` it runs ingest's per-batch function, which calls the very same
:func:`newsfacts.pipeline.process` as the CLI; the spaCy pipeline is loaded once per
partition and cached per Python worker, and in local mode (or with
``spark.python.daemon.module=newsfacts.spark_daemon``) loaded once per executor by the
daemon the workers are forked from. The pipeline runs once, into a cached intermediate
with one row per input record holding its rows for every table; clustering and the
table writes read that cache. Duplicate events are clustered with the store's
rules, and one Parquet dataset is written per store table, with the columns and types of
:data:`newsfacts.store.tables.TABLES`::

    OUTPUT/documents/part-*.parquet
    OUTPUT/entities/part-*.parquet
    ...
    OUTPUT/_newsfacts.json         (the run summary)
    OUTPUT/_SUCCESS                (written last: the whole run is complete)

Writes are atomic: every table is first written under ``OUTPUT/_staging-<run>/`` with
Spark's commit protocol (a retried task's output replaces, never adds to, the failed
attempt's), then moved into place; ``_SUCCESS`` is written last.

This module needs pyspark (``pip install 'newsfacts[spark]'``) and a Java runtime.
Run it with ``newsfacts spark INPUT... OUTPUT``, ``python -m newsfacts.spark INPUT... OUTPUT``
or ``spark-submit .../newsfacts/spark.py INPUT... OUTPUT`` (see docs/scaling.md).
"""

from __future__ import annotations

import sys

INSTALL_HINT = "newsfacts: [NF801] Spark support needs the 'spark' extra: pip install 'newsfacts[spark]' (and a Java 17+ runtime)"

try:
    import pyspark  # noqa: F401
    from pyspark.accumulators import AccumulatorParam
    from pyspark.sql import types as T
except ImportError as _exc:  # pragma: no cover - exercised in a subprocess test
    if __name__ == "__main__":
        sys.stderr.write(INSTALL_HINT + "\n")
        sys.exit(2)
    raise ImportError(INSTALL_HINT) from _exc

import datetime as _dt
import functools
import hashlib
import json
import os
import shutil
import tempfile
import time
import uuid
from typing import Any, Iterable, Iterator, Optional

from newsfacts.errors import E_BAD_INPUT, E_NO_JAVA, E_OUTPUT, E_SPARK_FAILED, NewsfactsError
from newsfacts.store.tables import TABLES


#: Tables filled per document (by :func:`rows_from_record`) or per input record (rejects);
#: event_clusters is computed afterwards over all events.
DOC_TABLES: tuple[str, ...] = tuple(t for t in TABLES if t != "event_clusters")

#: A local property the tests set to make a task fail after producing output: ``"P"``
#: fails the first attempt of partition P (Spark retries it), ``"P:always"`` every
#: attempt (the job fails). Checks that retries do not duplicate rows and that a failed
#: job leaves no partial output. Never set in normal runs.
_FAIL_PARTITION = "newsfacts.test.fail_partition"

_SPARK_TYPES = {
    "VARCHAR": T.StringType(),
    "INTEGER": T.IntegerType(),
    "BIGINT": T.LongType(),
    "DOUBLE": T.DoubleType(),
    "BOOLEAN": T.BooleanType(),
    "DATE": T.DateType(),
    # DuckDB TIMESTAMP has no time zone: Spark's TIMESTAMP_NTZ writes the same Parquet type.
    "TIMESTAMP": T.TimestampNTZType(),
}

# --------------------------------------------------------------------------- schemas


def spark_type(duckdb_type: str) -> "T.DataType":
    """The Spark SQL type that stores a DuckDB column type as the same Parquet type.

    Raises:
        ValueError: the type has no mapping (add one here when TABLES gains a new type).
    """
    try:
        return _SPARK_TYPES[duckdb_type.upper()]
    except KeyError:
        raise ValueError(f"no Spark type for DuckDB type {duckdb_type!r}") from None


def table_schema(table: str) -> "T.StructType":
    """The Spark schema of a store table, derived from :data:`TABLES` (same names, order, types)."""
    return T.StructType([T.StructField(name, spark_type(typ), nullable=True) for name, typ in TABLES[table]])


def facts_schema() -> "T.StructType":
    """One row per distinct input record: its key, how many copies the input held, the kind
    of a skipped non-article record, and the rows it gives to every per-document table."""
    fields = [T.StructField("key", T.StringType()), T.StructField("copies", T.IntegerType()), T.StructField("skipped", T.StringType())]
    fields += [T.StructField(t, T.ArrayType(table_schema(t))) for t in DOC_TABLES]
    return T.StructType(fields)


def _converter(duckdb_type: str):
    t = duckdb_type.upper()
    if t == "DATE":
        return lambda v: None if v is None else (v if isinstance(v, _dt.date) else _dt.date.fromisoformat(str(v)[:10]))
    if t == "TIMESTAMP":
        return lambda v: None if v is None else (v if isinstance(v, _dt.datetime) else _dt.datetime.fromisoformat(str(v)))
    if t == "DOUBLE":
        return lambda v: None if v is None else float(v)
    if t in ("INTEGER", "BIGINT"):
        return lambda v: None if v is None else int(v)
    if t == "BOOLEAN":
        return lambda v: None if v is None else bool(v)
    return lambda v: None if v is None else str(v)


@functools.lru_cache(maxsize=None)
def _converters(table: str):
    return [(name, _converter(typ)) for name, typ in TABLES[table]]


def row_tuple(table: str, row: dict[str, Any]) -> tuple:
    """A row dict (as :func:`rows_from_record` gives) as a tuple in the table's column order,
    with values converted to the Python types Spark stores for the column types."""
    return tuple(conv(row.get(name)) for name, conv in _converters(table))


# --------------------------------------------------------------------------- reading
#
# Files are read by the corpus store's readers (newsfacts.store.readers), the very code
# `newsfacts ingest` runs, so origins, metadata and reject reasons are the same. An input
# item travels through the job as a plain tuple (cheap to pickle):
#   (path, n, copies, kind, origin, text, meta, reason, detail, doc_id)
# kind is "doc", "reject" or "skip"; (path, n) orders duplicates so the first occurrence wins.

ITEM_FIELDS = ("path", "n", "copies", "kind", "origin", "text", "meta", "reason", "detail", "doc_id")


def item_from_entry(path: str, n: int, entry, max_chars: int) -> tuple:
    """An input item from a reader entry (Item, Reject or Skipped); over-long texts are
    rejected as ``too_long``, as ingest does."""
    from newsfacts.schema import document_id
    from newsfacts.store.readers import Reject, Skipped

    if isinstance(entry, Skipped):
        return (path, n, 1, "skip", entry.origin, None, None, entry.kind, None, None)
    if isinstance(entry, Reject):
        return (path, n, 1, "reject", entry.origin, None, None, entry.reason, entry.detail, entry.doc_id)
    doc_id = document_id(entry.text)
    if len(entry.text) > max_chars:
        detail = f"{len(entry.text):,} characters is over the {max_chars:,}-character limit"
        return (path, n, 1, "reject", entry.origin, None, None, "too_long", detail, doc_id)
    return (path, n, 1, "doc", entry.origin, entry.text, dict(entry.meta), None, None, doc_id)


def local_path(uri: str) -> str:
    """A ``file:`` URI as a plain path (as ingest records origins); other URIs unchanged."""
    if uri.startswith("file:"):
        from urllib.parse import unquote, urlparse

        return unquote(urlparse(uri).path)
    return uri


def file_entries(uri: str, content: Optional[bytes], *, published_field: str = "published", text_field: str = "text") -> Iterator:
    """The reader entries of one input file, exactly as ingest reads it.

    A local file (``file:`` URI) is read in place. Any other file (``s3a://``, ``hdfs://``)
    comes as ``content`` (the bytes Spark read), is spooled to a local temporary file for the
    reader, and its entries' origins name the original URI.
    """
    from newsfacts.store.readers import read_inputs

    if content is None:
        yield from read_inputs([local_path(uri)], text_field=text_field, published_field=published_field)
        return
    with tempfile.TemporaryDirectory(prefix="newsfacts-") as tmp:
        spooled = os.path.join(tmp, os.path.basename(uri.rstrip("/")) or "input")
        with open(spooled, "wb") as fh:
            fh.write(content)
        for entry in read_inputs([spooled], text_field=text_field, published_field=published_field):
            if entry.origin.startswith(spooled):
                entry = entry._replace(origin=uri + entry.origin[len(spooled):])
            yield entry


def _read_files_partition(rows: Iterable, published_field: str, text_field: str, max_chars: int) -> Iterator[tuple]:
    from newsfacts.store.readers import Reject

    for row in rows:
        d = row.asDict()
        path = local_path(d["path"])
        content = d.get("content")
        entries = file_entries(d["path"], None if content is None else bytes(content), published_field=published_field, text_field=text_field)
        n = 0
        try:
            for n, entry in enumerate(entries):
                yield item_from_entry(path, n, entry, max_chars)
        except Exception as exc:  # e.g. a truncated .gz: reject the rest of the file, keep the job going
            detail = f"cannot be read past record {n} ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
            yield item_from_entry(path, n + 1, Reject(f"{path}@{n + 1}", "unreadable", detail), max_chars)


def _parquet_item(row, published_field: str, text_field: str, max_chars: int) -> tuple:
    """A Parquet row is read like a JSON Lines record (same fields, same reject reasons)."""
    from newsfacts.store.readers import record_entry

    d = row.asDict()
    path, n = local_path(d.pop("_file")), int(d.pop("_row"))
    entry = record_entry(d, f"{path}#{n}", 0, text_field=text_field, published_field=published_field, html_field="html")
    return item_from_entry(path, n, entry, max_chars)


def item_key(item: tuple) -> str:
    """Duplicates share a key: documents by their text's id, other records by their origin."""
    if item[3] == "doc":
        return "d:" + item[9]
    return item[3][0] + ":" + hashlib.sha256(item[4].encode("utf-8", "surrogatepass")).hexdigest()


def _first(a: tuple, b: tuple) -> tuple:
    """Keep the first occurrence (by path, then record number) and count the copies."""
    keep = a if (a[0], a[1]) <= (b[0], b[1]) else b
    return keep[:2] + (a[2] + b[2],) + keep[3:]


def read_items(
    spark,
    inputs: list[str],
    *,
    published_field: str = "published",
    text_field: str = "text",
    input_format: str = "auto",
    max_chars: Optional[int] = None,
):
    """An RDD of input items (documents, rejects, skipped records) from every input.

    Args:
        spark: the SparkSession.
        inputs: files, folders or globs, local or any URI Spark reads: JSON Lines, CSV,
            WARC/WARC.gz, .txt and .html files (read as ``newsfacts ingest`` reads them),
            and Parquet datasets with a ``text`` (or ``html``) column.
        published_field: the field (JSON, CSV) or column (Parquet) holding the publication date.
        text_field: the field or column holding the article text.
        input_format: ``auto`` (``.parquet`` paths are Parquet, other files by suffix),
            ``parquet``, or ``files``.
        max_chars: texts longer than this are rejected as ``too_long`` (default: ingest's limit).
    """
    from pyspark.sql import functions as F

    from newsfacts.store.ingest import MAX_CHARS

    limit = max_chars or MAX_CHARS
    parquet = [p for p in inputs if input_format == "parquet" or (input_format == "auto" and p.rstrip("/").lower().endswith(".parquet"))]
    others = [p for p in inputs if p not in parquet]
    read = functools.partial(_read_files_partition, published_field=published_field, text_field=text_field, max_chars=limit)
    rdds = []
    if others:
        files = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(others)
        is_local = F.col("path").startswith("file:")
        # local files are read in place by the readers; Spark reads the bytes of the others
        rdds.append(files.where(is_local).select("path").rdd.mapPartitions(read))
        rdds.append(files.where(~is_local).select("path", "content").rdd.mapPartitions(read))
    if parquet:
        df = spark.read.parquet(*parquet)
        if text_field not in df.columns and "html" not in df.columns:
            raise NewsfactsError(f"{', '.join(parquet)}: Parquet input needs a '{text_field}' (or 'html') column; it has {', '.join(df.columns)}",
                                 code=E_BAD_INPUT)
        wanted = [c for c in dict.fromkeys((text_field, "html", "url", "title", "source", published_field)) if c in df.columns]
        df = df.select(*wanted, F.col("_metadata.file_path").alias("_file"), F.col("_metadata.row_index").alias("_row"))
        rdds.append(df.rdd.map(functools.partial(_parquet_item, published_field=published_field, text_field=text_field, max_chars=limit)))
    if not rdds:
        raise NewsfactsError("no input paths given", code=E_BAD_INPUT)
    return rdds[0] if len(rdds) == 1 else spark.sparkContext.union(rdds)


# --------------------------------------------------------------------------- extraction


def _empty_facts(key: str, copies: int) -> dict[str, Any]:
    out: dict[str, Any] = {t: [] for t in DOC_TABLES}
    out["key"], out["copies"], out["skipped"] = key, copies, None
    return out


def _facts_tuple(facts: dict[str, Any]) -> tuple:
    return (facts["key"], facts["copies"], facts["skipped"]) + tuple(facts[t] for t in DOC_TABLES)


def _reject_tuple(origin: str, reason: str, detail: str, doc_id: Optional[str], run_at: _dt.datetime) -> tuple:
    from newsfacts.store.ingest import reject_row
    from newsfacts.store.readers import Reject

    row = reject_row(Reject(origin, reason, detail, doc_id))
    row["rejected_at"] = run_at  # one time for the whole run, so a retried task writes the same rows
    return row_tuple("rejects", row)


def _maybe_fail(produced: int) -> None:
    """Test hook: fail a task after it produced output (see ``_FAIL_PARTITION``)."""
    from pyspark import TaskContext

    tc = TaskContext.get()
    if tc is None or produced == 0:
        return
    target = tc.getLocalProperty(_FAIL_PARTITION)
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
    batches through :func:`newsfacts.store.ingest.process_batch`, the function ingest's
    workers run: :func:`newsfacts.pipeline.process`, with texts that are not English
    rejected (``not_english``), and a batch that raises retried one text at a time so
    only the culprit is rejected (``processing_error``).

    ``stats``, when given, is a Spark accumulator (:class:`TaskStats`) that receives the
    task's figures: documents, seconds loading the model, seconds and CPU seconds in the
    pipeline, and the task's own wall time.
    """
    from newsfacts.pipeline import build_nlp
    from newsfacts.store.ingest import process_batch

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


# --------------------------------------------------------------------------- clustering

_ASSIGN_SCHEMA = "doc_id string, event_id string, cluster_id string"


def _cluster_partition(rows: Iterable) -> Iterator[tuple]:
    """Run the store's clustering over each block (quad class) of a sorted partition."""
    from itertools import groupby

    from newsfacts.store.clusters import iter_clusters

    for _block, group in groupby(rows, key=lambda r: r["_block"]):
        for c in iter_clusters(r.asDict() for r in group):
            members = c.pop("members")
            yield ("c", row_tuple("event_clusters", c))
            for doc_id, event_id in members:
                yield ("a", (doc_id, event_id, c["cluster_id"]))


def cluster_events(spark, facts, *, partitions: int):
    """Cluster per-article events into ``event_clusters`` with the embedded store's rules.

    :func:`newsfacts.store.clusters.iter_clusters` streams event rows in date order and
    never puts records of different quad classes in one cluster. So Spark partitions the
    events by quad class (falling back to type, as the store does), sorts each partition
    the way ``ingest`` orders them (event date, else publication date; then doc_id,
    event_id) and runs the very same function over each block: the clusters are the ones
    ``ingest`` finds on the same input.

    The events are read from ``facts`` (one row per document, see :func:`facts_schema`),
    where each event sits next to its document: the publication date, the outlet and
    the evidence text (a slice of the document's text) come from the same row, with no
    join and no shuffle of the texts.

    Returns:
        ``(events, clusters, cached)``: events with ``cluster_id`` set, the
        ``event_clusters`` table, and the cached RDD to unpersist when done.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    doc = F.col("documents")[0]
    exploded = facts.where(F.size("events") > 0).select(
        doc["published"].alias("published"), doc["source"].alias("source"), doc["text"].alias("_text"), F.explode("events").alias("e"))
    rows = exploded.select(
        "e.doc_id", "e.event_id", "e.type", "e.quad_class", "e.source_country", "e.target_country", "e.source_name", "e.target_name",
        "e.date", "published", "source",
        F.when(F.col("e.start").isNotNull(), F.expr("substring(_text, e.start + 1, e.`end` - e.start)")).alias("evidence_text"),
        F.coalesce("e.quad_class", "e.type").alias("_block"),
        F.coalesce("e.date", "published").alias("_day"),
    )
    ordered = rows.repartition(partitions, "_block").sortWithinPartitions(
        F.asc_nulls_first("_block"), F.asc_nulls_last("_day"), "doc_id", "event_id"
    )
    out = ordered.rdd.mapPartitions(_cluster_partition).persist(StorageLevel.MEMORY_AND_DISK)
    clusters = spark.createDataFrame(out.filter(lambda t: t[0] == "c").map(lambda t: t[1]), table_schema("event_clusters"))
    assign = spark.createDataFrame(out.filter(lambda t: t[0] == "a").map(lambda t: t[1]), _ASSIGN_SCHEMA)
    events = facts.select(F.explode("events").alias("r")).select("r.*")
    linked = events.drop("cluster_id").join(assign, ["doc_id", "event_id"], "left")
    return linked.select(*[c for c, _ in TABLES["events"]]), clusters, out


# --------------------------------------------------------------------------- writing


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

    Returns:
        The run summary: documents processed, duplicates skipped, rejects by reason,
        skipped non-article records, rows per table, seconds; ``phases``: seconds in
        ``pipeline`` (read, dedupe and NLP into cached rows: the per-article phase),
        ``cluster``, ``write`` and ``commit``; ``nlp_tasks``: the NLP tasks' figures
        (see :class:`TaskStats`: documents, model loads, pipeline and task seconds and
        CPU seconds, the longest task).
    """
    from pyspark import StorageLevel
    from pyspark.errors import AnalysisException
    from pyspark.sql import functions as F

    t0 = time.perf_counter()
    run_at = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    sc = spark.sparkContext
    n_parts = partitions or max(2, 2 * sc.defaultParallelism)
    output = output.rstrip("/")

    try:
        items = read_items(spark, list(inputs), published_field=published_field, text_field=text_field,
                           input_format=input_format, max_chars=max_chars)
    except AnalysisException as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise NewsfactsError(f"cannot read the input: {first}", code=E_BAD_INPUT) from None
    # one copy of each text (the first by path), spread over the NLP partitions
    distinct = items.map(lambda it: (item_key(it), it)).reduceByKey(_first, numPartitions=n_parts)
    task_stats = sc.accumulator({}, TaskStats())
    facts_rdd = distinct.mapPartitions(functools.partial(extract_partition, run_at=run_at, batch_size=batch_size, stats=task_stats))
    # rows are already typed by row_tuple: skip the per-row schema check
    facts = spark.createDataFrame(facts_rdd, facts_schema(), verifySchema=False).persist(StorageLevel.MEMORY_AND_DISK)

    fs = _FS(spark, output)
    staging = f"{output}/_staging-{run_at:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    cached = None
    phases: dict[str, float] = {}
    mark = [time.perf_counter()]

    def phase(name: str) -> None:
        now = time.perf_counter()
        phases[name] = round(now - mark[0], 2)
        mark[0] = now

    try:
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
        tables["events"], tables["event_clusters"], cached = cluster_events(spark, facts, partitions=max(1, min(n_parts, 8)))
        n_clusters = cached.filter(lambda t: t[0] == "c").count()
        phase("cluster")
        write_tables(spark, tables, staging)
        phase("write")
        counts = {t: int(stats[t] or 0) for t in DOC_TABLES}
        counts["event_clusters"] = n_clusters
        counts = {t: counts[t] for t in TABLES}
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
        if cached is not None:
            cached.unpersist()

    # Move the finished tables into place, then mark the run complete.
    fs.delete(f"{output}/_SUCCESS")
    for t in TABLES:
        fs.delete(f"{output}/{t}")
        fs.rename(f"{staging}/{t}", f"{output}/{t}")
    fs.delete(staging)
    phase("commit")
    summary = {
        "inputs": list(inputs),
        "output": output,
        "documents": int(stats["_documents"] or 0),
        "duplicates_skipped": int(stats["_duplicates"] or 0),
        "rejected": dict(sorted(reasons.items())),
        "skipped": dict(sorted(skipped.items())),
        "rows": counts,
        "partitions": n_parts,
        "seconds": round(time.perf_counter() - t0, 1),
        "phases": phases,
        "nlp_tasks": {k: round(v, 2) if isinstance(v, float) else v for k, v in sorted(task_stats.value.items())},
        "finished_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
    }
    fs.write_text(f"{output}/_newsfacts.json", json.dumps(summary, indent=2) + "\n")
    fs.write_text(f"{output}/_SUCCESS", "")
    return summary


# --------------------------------------------------------------------------- session and entry point


def ensure_java() -> str:
    """The Java executable Spark will use; raise a clear error when there is none."""
    home = os.environ.get("JAVA_HOME")
    if home and os.path.exists(os.path.join(home, "bin", "java")):
        return os.path.join(home, "bin", "java")
    found = shutil.which("java")
    if found:
        return found
    raise NewsfactsError(
        "Spark needs a Java runtime (17 or newer) and none was found on PATH or in JAVA_HOME: "
        "install one, e.g. `sudo apt-get install default-jre-headless` (or run scripts/ensure-java.sh)",
        code=E_NO_JAVA,
    )


def active_session():
    """The SparkSession already running in this process, or None."""
    from pyspark.sql import SparkSession

    return SparkSession.getActiveSession()


DAEMON_MODULE = "newsfacts.spark_daemon"


def workers_import_newsfacts() -> bool:
    """Whether Python workers started by a local Spark can import this newsfacts package
    (they run this interpreter, and find the package installed, editable-installed or on
    ``PYTHONPATH``), not only this driver process. Asks the worker interpreter itself,
    from a neutral folder, where ``newsfacts`` is (without importing it)."""
    import subprocess
    import tempfile

    worker_python = os.environ.get("PYSPARK_PYTHON") or sys.executable
    if os.path.realpath(shutil.which(worker_python) or worker_python) != os.path.realpath(sys.executable):
        return False
    here = os.path.realpath(os.path.dirname(os.path.abspath(__file__)))
    if not os.path.isdir(here):  # imported from a zip shipped with --py-files: only tasks see it
        return False
    probe = "import importlib.util as u, os; s = u.find_spec('newsfacts'); print(os.path.realpath(os.path.dirname(s.origin)) if s and s.origin else '')"
    with tempfile.TemporaryDirectory() as neutral:
        try:
            found = subprocess.run(
                [sys.executable, "-c", probe], cwd=neutral, capture_output=True, text=True, timeout=60
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return False
    return found == here


def local_conf() -> dict[str, str]:
    """Spark settings for local mode: Python workers forked from a daemon that has already
    loaded the pipeline (:mod:`newsfacts.spark_daemon`), when the workers can import it."""
    return {"spark.python.daemon.module": DAEMON_MODULE} if workers_import_newsfacts() else {}


def session(master: Optional[str] = None, app_name: str = "newsfacts"):
    """Get the active SparkSession, or start one (``master`` defaults to Spark's own
    configuration, e.g. from spark-submit, else ``local[*]``)."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    ensure_java()
    from pyspark import SparkConf

    conf_master = master or SparkConf().get("spark.master", "local[*]")
    if conf_master.startswith("local") and "PYSPARK_PYTHON" not in os.environ:
        # local mode: the Python workers run this interpreter (with newsfacts and spaCy)
        os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = SparkSession.builder.appName(app_name).config("spark.ui.showConsoleProgress", "false").config("spark.log.level", "ERROR")
    if master:
        builder = builder.master(master)
    if conf_master.startswith("local") and not SparkConf().contains("spark.python.daemon.module"):
        for key, value in local_conf().items():
            builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def summary_lines(summary: dict[str, Any]) -> list[str]:
    """The run summary as a few human-readable lines."""
    rej = summary["rejected"]
    lines = [
        f"processed {summary['documents']:,} documents in {summary['seconds']}s "
        f"({summary['partitions']} partitions); skipped {summary['duplicates_skipped']:,} duplicates; "
        f"rejected {sum(rej.values()):,}" + (" (" + ", ".join(f"{k}: {v:,}" for k, v in rej.items()) + ")" if rej else ""),
        "rows: " + ", ".join(f"{t} {n:,}" for t, n in summary["rows"].items()),
        *(["not articles: " + ", ".join(f"{k} {v:,}" for k, v in summary["skipped"].items())] if summary.get("skipped") else []),
        *(["time (s): " + ", ".join(f"{k} {v}" for k, v in summary["phases"].items())] if summary.get("phases") else []),
        f"output: {summary['output']}/<table>/*.parquet",
    ]
    return lines


def main(argv: Optional[list[str]] = None) -> int:
    """``python -m newsfacts.spark`` / ``spark-submit newsfacts/spark.py``: INPUT... OUTPUT."""
    import argparse

    ap = argparse.ArgumentParser(prog="newsfacts.spark", description="Run newsfacts over a corpus on Apache Spark.")
    ap.add_argument("inputs", nargs="+", metavar="INPUT", help="JSON Lines, CSV, WARC, .txt/.html or Parquet paths/URIs")
    ap.add_argument("output", metavar="OUTPUT", help="output folder: one Parquet dataset per table")
    ap.add_argument("--published-field", default="published")
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--partitions", type=int, default=None)
    ap.add_argument("--format", dest="input_format", choices=("auto", "parquet", "files"), default="auto")
    ap.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[*])")
    args = ap.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        ap.error("--partitions must be at least 1")
    try:
        spark = session(args.master)
        summary = run(spark, args.inputs, args.output, published_field=args.published_field,
                      text_field=args.text_field, partitions=args.partitions, input_format=args.input_format)
    except NewsfactsError as exc:
        sys.stderr.write(f"newsfacts: {exc}\n")
        return 2
    for line in summary_lines(summary):
        print(line)
    return 0


if __name__ == "__main__":
    # Run as a script (spark-submit): use the package's module so Spark pickles the job's
    # functions by reference, not by value from __main__.
    from newsfacts.spark import main as _main

    sys.exit(_main())
