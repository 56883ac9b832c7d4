"""Run the newsfacts pipeline on Apache Spark, for corpora that outgrow one machine.

The job reads JSON Lines, WARC or Parquet inputs (any URI Spark reads: local paths,
``s3a://``, ``hdfs://``), runs the very same :func:`newsfacts.pipeline.process` the CLI
uses inside ``mapPartitions`` (the spaCy pipeline is loaded once per partition, and
cached per Python worker), and writes one Parquet dataset per store table with the
columns and types of :data:`newsfacts.store.tables.TABLES`::

    OUTPUT/documents/part-*.parquet
    OUTPUT/entities/part-*.parquet
    ...
    OUTPUT/_SUCCESS                (written last: the whole run is complete)
    OUTPUT/_newsfacts.json         (the run summary)

Writes are atomic: every table is first written under ``OUTPUT/_staging-<run>/`` with
Spark's commit protocol (a retried task's output replaces, never adds to, the failed
attempt's), then moved into place; ``_SUCCESS`` is written last.

This module needs pyspark (``pip install 'newsfacts[spark]'``) and a Java runtime.
Run it with ``newsfacts spark INPUT... OUTPUT`` or ``spark-submit .../newsfacts/spark.py
INPUT... OUTPUT`` (see docs/scaling.md).
"""

from __future__ import annotations

import sys

INSTALL_HINT = "newsfacts: [NF801] Spark support needs the 'spark' extra: pip install 'newsfacts[spark]' (and a Java 17+ runtime)"

try:
    import pyspark  # noqa: F401
    from pyspark.sql import types as T
except ImportError as _exc:  # pragma: no cover - exercised in a subprocess test
    if __name__ == "__main__":
        sys.stderr.write(INSTALL_HINT + "\n")
        sys.exit(2)
    raise ImportError(INSTALL_HINT) from _exc

import datetime as _dt
import functools
import gzip
import hashlib
import io
import json
import os
import shutil
import time
import uuid
from typing import Any, Iterable, Iterator, Optional

from newsfacts.errors import NewsfactsError
from newsfacts.store.tables import TABLES

E_NO_JAVA = "NF802"
E_BAD_INPUT = "NF803"
E_OUTPUT = "NF804"
E_SPARK_FAILED = "NF805"

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

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".json.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")


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
    """One row per distinct input record: its key, how many copies the input held, and
    the rows it gives to every per-document table."""
    fields = [T.StructField("key", T.StringType()), T.StructField("copies", T.IntegerType())]
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

# An input item travelling through the job, as a plain tuple (cheap to pickle):
#   (path, n, copies, kind, origin, text, url, title, published, source, reason, detail)
# kind is "doc" or "reject"; (path, n) orders duplicates so the first occurrence wins.
_ITEM_FIELDS = ("path", "n", "copies", "kind", "origin", "text", "url", "title", "published", "source", "reason", "detail")


def _doc(path: str, n: int, origin: str, text: str, url=None, title=None, published=None, source=None) -> tuple:
    return (path, n, 1, "doc", origin, text, url, title, published, source, None, None)


def _reject(path: str, n: int, origin: str, reason: str, detail: str, text: Optional[str] = None) -> tuple:
    return (path, n, 1, "reject", origin, text, None, None, None, None, reason, detail)


def _str_or_none(value: Any) -> Optional[str]:
    return None if value in (None, "") else str(value)


def _check_text(path: str, n: int, origin: str, text: Any, meta: dict[str, Any]) -> tuple:
    from newsfacts.textio import MAX_CHARS

    if not isinstance(text, str):
        return _reject(path, n, origin, "no_text", "the record has no 'text' string")
    if not text.strip():
        return _reject(path, n, origin, "empty", "the text is empty")
    if len(text) > MAX_CHARS:
        return _reject(path, n, origin, "too_long", f"{len(text):,} characters is over the {MAX_CHARS:,}-character limit", text=None)
    return _doc(
        path, n, origin, text,
        url=_str_or_none(meta.get("url")),
        title=_str_or_none(meta.get("title")),
        published=_str_or_none(meta.get("published")),
        source=_str_or_none(meta.get("source")),
    )


def _jsonl_items(path: str, data: bytes, published_field: str) -> Iterator[tuple]:
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    for n, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        origin = f"{path}:{n}"
        try:
            obj = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            yield _reject(path, n, origin, "bad_json", f"not a JSON object: {exc}")
            continue
        if not isinstance(obj, dict):
            yield _reject(path, n, origin, "bad_json", f"a JSON {type(obj).__name__}, not an object")
            continue
        meta = {k: obj.get(k) for k in ("url", "title", "source")}
        meta["published"] = obj.get(published_field)
        yield _check_text(path, n, origin, obj.get("text"), meta)


def _warc_items(path: str, data: bytes) -> Iterator[tuple]:
    import trafilatura
    from warcio.archiveiterator import ArchiveIterator

    stream = io.BytesIO(data)
    it = ArchiveIterator(stream)
    n = 0
    try:
        for rec in it:
            if rec.rec_type != "response":
                continue
            n += 1
            url = rec.rec_headers.get_header("WARC-Target-URI")
            try:
                body = rec.content_stream().read()  # before get_record_offset, which skips the record
                html = body.decode("utf-8", errors="replace")
                error = None
            except Exception as exc:  # a truncated or corrupt record
                error = exc
            origin = f"{path}#{it.get_record_offset()}"
            if error is not None:
                yield _reject(path, n, origin, "broken_warc_record", f"{type(error).__name__}: {error}")
                continue
            extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True)
            text = getattr(extracted, "text", None) if extracted is not None else None
            if not text or not text.strip():
                yield _reject(path, n, origin, "empty_html", "no article text found in the HTML")
                continue
            warc_date = rec.rec_headers.get_header("WARC-Date")
            meta = {
                "url": url,
                "title": getattr(extracted, "title", None),
                "published": getattr(extracted, "date", None) or (warc_date[:10] if warc_date else None),
                "source": getattr(extracted, "sitename", None) or getattr(extracted, "hostname", None),
            }
            yield _check_text(path, n, origin, text, meta)
    except Exception as exc:  # the archive itself is broken past this point
        yield _reject(path, n + 1, f"{path}#{stream.tell()}", "broken_warc_record", f"{type(exc).__name__}: {exc}")


def file_items(path: str, data: bytes, published_field: str = "published") -> Iterator[tuple]:
    """The input items of one file's bytes: documents to process and rejects with reasons."""
    low = path.lower()
    if low.endswith(WARC_SUFFIXES):
        yield from _warc_items(path, data)
    elif low.endswith(JSONL_SUFFIXES):
        yield from _jsonl_items(path, data, published_field)
    else:
        yield _reject(path, 0, path, "unsupported_file", "not JSON Lines (.jsonl), WARC (.warc, .warc.gz) or Parquet")


def local_path(uri: str) -> str:
    """A ``file:`` URI as a plain path (as ingest records origins); other URIs unchanged."""
    if uri.startswith("file:"):
        from urllib.parse import unquote, urlparse

        return unquote(urlparse(uri).path)
    return uri


def _read_files_partition(rows: Iterable, published_field: str) -> Iterator[tuple]:
    for row in rows:
        path = local_path(row["path"])
        n = 0
        try:
            for item in file_items(path, bytes(row["content"]), published_field):
                n = item[1]
                yield item
        except Exception as exc:  # e.g. a corrupt .gz: reject the rest of the file, keep the job going
            yield _reject(path, n + 1, f"{path}@{n + 1}", "unreadable_file", f"{type(exc).__name__}: {exc}")


def _parquet_item(row, published_field: str) -> tuple:
    d = row.asDict()
    path = local_path(d["_file"])
    origin = f"{path}#{d['_row']}"
    return _check_text(path, int(d["_row"]), origin, d.get("text"), {**d, "published": d.get(published_field)})


def _key(item: tuple) -> str:
    """Duplicates share a key: documents by their text's id, rejects by their origin."""
    from newsfacts.schema import document_id

    if item[3] == "doc":
        return "d:" + document_id(item[5])
    return "r:" + hashlib.sha256(item[4].encode("utf-8", "surrogatepass")).hexdigest()


def _first(a: tuple, b: tuple) -> tuple:
    """Keep the first occurrence (by path, then record number) and count the copies."""
    keep = a if (a[0], a[1]) <= (b[0], b[1]) else b
    return keep[:2] + (a[2] + b[2],) + keep[3:]


def read_items(spark, inputs: list[str], *, published_field: str = "published", input_format: str = "auto"):
    """An RDD of input items (documents and rejects) from JSON Lines, WARC and Parquet inputs.

    Args:
        spark: the SparkSession.
        inputs: paths, folders or globs, local or any URI Spark reads.
        published_field: the field (JSON) or column (Parquet) holding the publication date.
        input_format: ``auto`` (by name: ``.parquet`` for Parquet, else JSON Lines/WARC by
            each file's suffix), ``parquet``, or ``files`` (JSON Lines/WARC).
    """
    from pyspark.sql import functions as F

    parquet = [p for p in inputs if input_format == "parquet" or (input_format == "auto" and p.rstrip("/").lower().endswith(".parquet"))]
    others = [p for p in inputs if p not in parquet]
    rdds = []
    if others:
        files = (
            spark.read.format("binaryFile")
            .option("recursiveFileLookup", "true")
            .load(others)
            .select("path", "content")
        )
        rdds.append(files.rdd.mapPartitions(functools.partial(_read_files_partition, published_field=published_field)))
    if parquet:
        df = spark.read.parquet(*parquet)
        if "text" not in df.columns:
            raise NewsfactsError(f"{', '.join(parquet)}: Parquet input needs a 'text' column (has {', '.join(df.columns)})", code=E_BAD_INPUT)
        wanted = [c for c in ("text", "url", "title", "source", published_field) if c in df.columns]
        df = df.select(*wanted, F.col("_metadata.file_path").alias("_file"), F.col("_metadata.row_index").alias("_row"))
        rdds.append(df.rdd.map(functools.partial(_parquet_item, published_field=published_field)))
    if not rdds:
        raise NewsfactsError("no input paths given", code=E_BAD_INPUT)
    return rdds[0] if len(rdds) == 1 else spark.sparkContext.union(rdds)


# --------------------------------------------------------------------------- extraction


def _empty_facts(key: str, copies: int) -> dict[str, Any]:
    out: dict[str, Any] = {t: [] for t in DOC_TABLES}
    out["key"], out["copies"] = key, copies
    return out


def _facts_tuple(facts: dict[str, Any]) -> tuple:
    return (facts["key"], facts["copies"]) + tuple(facts[t] for t in DOC_TABLES)


def _reject_row(item: tuple, reason: str, detail: str, run_at: _dt.datetime, doc_id: Optional[str] = None) -> tuple:
    origin = item[4]
    return row_tuple(
        "rejects",
        {
            "reject_id": hashlib.sha256(origin.encode("utf-8", "surrogatepass")).hexdigest(),
            "origin": origin,
            "reason": reason,
            "detail": " ".join(str(detail).split())[:500],
            "doc_id": doc_id,
            "rejected_at": run_at,
        },
    )


def _doc_facts(key: str, item: tuple, record: dict[str, Any], run_at: _dt.datetime) -> tuple:
    from newsfacts.store.tables import rows_from_record

    facts = _empty_facts(key, item[2])
    if record["document"].get("language") == "not-en":
        facts["rejects"] = [_reject_row(item, "not_english", "the text does not look like English", run_at, record["document"]["id"])]
        return _facts_tuple(facts)
    rows = rows_from_record(record, item[5], url=item[6], origin=item[4])
    for t in DOC_TABLES:
        facts[t] = [row_tuple(t, r) for r in rows.get(t, [])]
    return _facts_tuple(facts)


def _maybe_fail_once(produced: int) -> None:
    """Test hook: fail the first attempt of one partition after it produced output."""
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
) -> Iterator[tuple]:
    """The mapPartitions function: ``(key, item)`` pairs in, one facts tuple per item out.

    The spaCy pipeline is built once for the partition (``nlp_factory()``, by default
    :func:`newsfacts.build_nlp`, which also caches it per worker process), and documents
    go through :func:`newsfacts.pipeline.process` in batches. A document whose
    processing raises is retried alone, and if it fails again goes to ``rejects`` with
    the error as its reason; the rest of the batch is kept.
    """
    from newsfacts.pipeline import build_nlp, process

    nlp = (nlp_factory or build_nlp)()
    produced = 0
    batch: list[tuple[str, tuple]] = []

    def flush():
        items = [(it[5], {"published": it[8], "source": it[9], "title": it[7]}) for _, it in batch]
        try:
            records = list(process(items, nlp=nlp, batch_size=batch_size))
        except Exception:
            records = None
        for k, (key, item) in enumerate(batch):
            if records is not None:
                yield _doc_facts(key, item, records[k], run_at)
                continue
            try:
                record = next(process([items[k]], nlp=nlp))
            except Exception as exc:
                facts = _empty_facts(key, item[2])
                facts["rejects"] = [_reject_row(item, "pipeline_error", f"{type(exc).__name__}: {exc}", run_at)]
                yield _facts_tuple(facts)
                continue
            yield _doc_facts(key, item, record, run_at)

    for key, item in pairs:
        if item[3] == "reject":
            facts = _empty_facts(key, item[2])
            facts["rejects"] = [_reject_row(item, item[10], item[11], run_at)]
            yield _facts_tuple(facts)
            produced += 1
            continue
        batch.append((key, item))
        if len(batch) >= batch_size:
            for out in flush():
                produced += 1
                yield out
            batch = []
            _maybe_fail_once(produced)
    if batch:
        for out in flush():
            produced += 1
            yield out
    _maybe_fail_once(produced)


# --------------------------------------------------------------------------- clustering


def cluster_events(spark, events):
    """Events with their ``cluster_id`` set, and the ``event_clusters`` table.

    Clustering needs the corpus store's rules (``newsfacts.store.clusters``); until they
    are available, events keep a NULL cluster_id and the clusters table is empty.
    """
    clusters = spark.createDataFrame([], table_schema("event_clusters"))
    return events, clusters


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
    partitions: Optional[int] = None,
    input_format: str = "auto",
    batch_size: int = 16,
) -> dict[str, Any]:
    """Process a corpus on Spark and write one Parquet dataset per store table under ``output``.

    Args:
        spark: a SparkSession (local or on a cluster).
        inputs: JSON Lines / WARC files, folders or globs, or Parquet datasets with a
            ``text`` column (and optionally url, title, source and the published field).
        output: the output folder (any URI Spark writes); its table folders are replaced.
        published_field: the input field holding the publication date.
        partitions: how many partitions run the NLP (default: twice the default parallelism).
        input_format: ``auto``, ``parquet`` or ``files``.
        batch_size: documents per ``nlp.pipe`` batch.

    Returns:
        The run summary: documents processed, duplicates skipped, rejects by reason, rows
        per table, seconds.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    t0 = time.perf_counter()
    run_at = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    sc = spark.sparkContext
    n_parts = partitions or max(2, 2 * sc.defaultParallelism)
    output = output.rstrip("/")

    from pyspark.errors import AnalysisException

    try:
        items = read_items(spark, list(inputs), published_field=published_field, input_format=input_format)
    except AnalysisException as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise NewsfactsError(f"cannot read the input: {first}", code=E_BAD_INPUT) from None
    distinct = items.map(lambda it: (_key(it), it)).reduceByKey(_first, numPartitions=n_parts)
    facts_rdd = distinct.mapPartitions(functools.partial(extract_partition, run_at=run_at, batch_size=batch_size))
    facts = spark.createDataFrame(facts_rdd, facts_schema()).persist(StorageLevel.MEMORY_AND_DISK)

    fs = _FS(spark, output)
    staging = f"{output}/_staging-{run_at:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    try:
        tables = {t: facts.select(F.explode(t).alias("r")).select("r.*") for t in DOC_TABLES}
        events, clusters = cluster_events(spark, tables["events"])
        tables["events"], tables["event_clusters"] = events, clusters
        for t in TABLES:
            df = tables[t].select(*[F.col(c) for c, _ in TABLES[t]])
            df.write.mode("overwrite").parquet(f"{staging}/{t}")
        stats = facts.agg(
            F.sum(F.when(F.col("key").startswith("d:") & (F.size("documents") > 0), 1).otherwise(0)).alias("_documents"),
            F.sum(F.col("copies") - 1).alias("_duplicates"),
            *[F.sum(F.size(t)).alias(t) for t in DOC_TABLES],
        ).first()
        reasons = {r["reason"]: r["count"] for r in tables["rejects"].groupBy("reason").count().collect()}
        counts = {t: int(stats[t] or 0) for t in DOC_TABLES}
        counts["event_clusters"] = spark.read.parquet(f"{staging}/event_clusters").count()
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

    # Move the finished tables into place, then mark the run complete.
    fs.delete(f"{output}/_SUCCESS")
    for t in TABLES:
        fs.delete(f"{output}/{t}")
        fs.rename(f"{staging}/{t}", f"{output}/{t}")
    fs.delete(staging)
    summary = {
        "inputs": list(inputs),
        "output": output,
        "documents": int(stats["_documents"] or 0),
        "duplicates_skipped": int(stats["_duplicates"] or 0),
        "rejected": dict(sorted(reasons.items())),
        "rows": counts,
        "partitions": n_parts,
        "seconds": round(time.perf_counter() - t0, 1),
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
    builder = SparkSession.builder.appName(app_name).config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
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
        f"output: {summary['output']}/<table>/*.parquet",
    ]
    return lines


def main(argv: Optional[list[str]] = None) -> int:
    """``python -m newsfacts.spark`` / ``spark-submit newsfacts/spark.py``: INPUT... OUTPUT."""
    import argparse

    ap = argparse.ArgumentParser(prog="newsfacts.spark", description="Run newsfacts over a corpus on Apache Spark.")
    ap.add_argument("inputs", nargs="+", metavar="INPUT", help="JSON Lines, WARC or Parquet paths/URIs")
    ap.add_argument("output", metavar="OUTPUT", help="output folder: one Parquet dataset per table")
    ap.add_argument("--published-field", default="published")
    ap.add_argument("--partitions", type=int, default=None)
    ap.add_argument("--format", dest="input_format", choices=("auto", "parquet", "files"), default="auto")
    ap.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[*])")
    args = ap.parse_args(argv)
    if args.partitions is not None and args.partitions < 1:
        ap.error("--partitions must be at least 1")
    try:
        spark = session(args.master)
        summary = run(spark, args.inputs, args.output, published_field=args.published_field,
                      partitions=args.partitions, input_format=args.input_format)
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
