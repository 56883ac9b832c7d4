"""Reading the Spark job's inputs into an RDD of input items.

Files are read by the corpus readers (:mod:`newsfacts.corpus.readers`), the very code
``newsfacts ingest`` runs, so origins, metadata and reject reasons are the same. An input
item travels through the job as a plain tuple (cheap to pickle):
``(path, n, copies, kind, origin, text, meta, reason, detail, doc_id)``; kind is "doc",
"reject" or "skip"; (path, n) orders duplicates so the first occurrence wins.
"""

from __future__ import annotations

import functools
import glob
import hashlib
import os
import pathlib
import tempfile
from typing import Iterable, Iterator, Optional

from newsfacts.errors import E_BAD_INPUT, NewsfactsError

ITEM_FIELDS = ("path", "n", "copies", "kind", "origin", "text", "meta", "reason", "detail", "doc_id")


def item_from_entry(path: str, n: int, entry, max_chars: int) -> tuple:
    """An input item from a reader entry (Item, Reject or Skipped); over-long texts are
    rejected as ``too_long`` or ``too_many_tokens``, as ingest does."""
    from newsfacts.schema import document_id
    from newsfacts.corpus.readers import Reject, Skipped

    if isinstance(entry, Skipped):
        return (path, n, 1, "skip", entry.origin, None, None, entry.kind, None, None)
    if isinstance(entry, Reject):
        return (path, n, 1, "reject", entry.origin, None, None, entry.reason, entry.detail, entry.doc_id)
    from newsfacts.corpus.ingest import too_big

    doc_id = document_id(entry.text)
    r = too_big(entry, max_chars)
    if r is not None:
        return (path, n, 1, "reject", entry.origin, None, None, r.reason, r.detail, doc_id)
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
    from newsfacts.corpus.readers import read_inputs

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


def read_files_partition(rows: Iterable, published_field: str, text_field: str, max_chars: int) -> Iterator[tuple]:
    """The mapPartitions function over ``binaryFile`` rows: every input item of each file."""
    from newsfacts.corpus.readers import Reject

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
    from newsfacts.corpus.readers import record_entry

    d = row.asDict()
    path, n = local_path(d.pop("_file")), int(d.pop("_row"))
    entry = record_entry(d, f"{path}#{n}", 0, text_field=text_field, published_field=published_field, html_field="html")
    return item_from_entry(path, n, entry, max_chars)


def local_files(inputs: list[str]) -> tuple[list[str], list[str]]:
    """(the files of the local inputs, listed as ``newsfacts ingest`` lists them, the other inputs).

    Local inputs (plain paths, globs and ``file:`` URIs that exist) are walked by
    :func:`newsfacts.corpus.readers.list_files`: every file, empty ones and ``_``-prefixed
    ones included (they become the same rejects or documents as in ingest), ``.``-prefixed
    ones skipped as ingest skips them. Other URIs (``hdfs:``, ``s3a:``) are listed by
    :func:`remote_files` to the same rule.
    """
    from newsfacts.corpus.readers import list_files

    found, others = [], []
    for p in inputs:
        if "://" in p and not p.startswith("file:"):
            others.append(p)
            continue
        path = local_path(p)
        matches = sorted(glob.glob(path)) if glob.has_magic(path) else ([path] if os.path.exists(path) else [])
        if matches:
            found.extend(list_files(matches))
        else:
            others.append(p)  # a missing path: Spark's error, as before
    return found, others


def spark_hides(name: str) -> bool:
    """Whether Spark's file reader would drop a file of this name even when given its path
    (``_``/``.`` names, ``._COPYING_``; a superset of Spark's own rule, so none slips through)."""
    return name.startswith(("_", ".")) or name.endswith("._COPYING_")


def remote_files(spark, uris: list[str]) -> tuple[list[tuple[str, int]], list[str]]:
    """(``(uri, length)`` of every file of these inputs, listed as ``newsfacts ingest`` lists
    a folder; the inputs that match nothing).

    Listed through Hadoop's FileSystem (the JVM gateway), which reads any URI Spark reads
    (``hdfs:``, ``s3a:``, ``file:``): folders walked recursively in name order, files whose
    names start with ``.`` skipped inside folders (as ingest skips them), ``_`` files and empty
    files kept; a glob is expanded first.
    """
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    found, missing = [], []
    for uri in uris:
        path = jvm.org.apache.hadoop.fs.Path(uri)
        fs = path.getFileSystem(conf)
        matches = fs.globStatus(path)
        if not matches:
            missing.append(uri)
            continue
        for st in sorted(matches, key=lambda m: m.getPath().toString()):
            if not st.isDirectory():
                found.append((st.getPath().toString(), int(st.getLen())))
                continue
            files, it = [], fs.listFiles(st.getPath(), True)
            while it.hasNext():
                f = it.next()
                if not f.getPath().getName().startswith("."):
                    files.append((f.getPath().toString(), int(f.getLen())))
            found.extend(sorted(files))
    return found, missing


def read_remote_bytes(spark, uri: str) -> bytes:
    """A whole file's bytes through Hadoop's FileSystem, on the driver."""
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(uri)
    stream = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).open(path)
    try:
        return bytes(jvm.org.apache.commons.io.IOUtils.toByteArray(stream))
    finally:
        stream.close()


def remote_rdds(spark, uris: list[str], read) -> list:
    """RDDs of the input items of remote inputs (``hdfs:``, ``s3a:``), listed by
    :func:`remote_files` so they give the same documents and rejects as ingest: Spark reads
    the bytes of the files it can read; files it would drop (``_``-prefixed names, empty
    files) are read here, on the driver, and go through the same readers. Inputs that match
    nothing are left to Spark (its error)."""
    from pyspark.sql import Row

    files, missing = remote_files(spark, uris)
    plain = [u for u, n in files if n > 0 and not spark_hides(u.rsplit("/", 1)[-1])]
    chosen = set(plain)
    others = [(u, n) for u, n in files if u not in chosen]
    rdds = []
    if plain or missing:
        rows = spark.read.format("binaryFile").load(plain + missing).select("path", "content").rdd
        rdds.append(rows.mapPartitions(read))
    if others:
        rows = [Row(path=u, content=read_remote_bytes(spark, u) if n else b"") for u, n in others]
        rdds.append(spark.sparkContext.parallelize(rows, max(1, min(len(rows), spark.sparkContext.defaultParallelism))).mapPartitions(read))
    return rdds


def item_key(item: tuple) -> str:
    """Duplicates share a key: documents by their text's id, other records by their origin."""
    if item[3] == "doc":
        return "d:" + item[9]
    return item[3][0] + ":" + hashlib.sha256(item[4].encode("utf-8", "surrogatepass")).hexdigest()


def first_item(a: tuple, b: tuple) -> tuple:
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

    from newsfacts.corpus.textio import MAX_CHARS

    limit = max_chars or MAX_CHARS
    parquet = [p for p in inputs if input_format == "parquet" or (input_format == "auto" and p.rstrip("/").lower().endswith(".parquet"))]
    others = [p for p in inputs if p not in parquet]
    read = functools.partial(read_files_partition, published_field=published_field, text_field=text_field, max_chars=limit)
    rdds = []
    local, others = local_files(others)
    if local:  # listed here as ingest lists them: Spark's listing would hide `_` files and drop empty ones
        from pyspark.sql import Row

        rows = [Row(path=pathlib.Path(os.path.abspath(p)).as_uri()) for p in local]
        slices = max(1, min(len(rows), 2 * spark.sparkContext.defaultParallelism))
        rdds.append(spark.sparkContext.parallelize(rows, slices).mapPartitions(read))
    if others:  # listed by Hadoop's FileSystem as ingest lists folders; Spark reads the bytes
        rdds.extend(remote_rdds(spark, others, read))
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

