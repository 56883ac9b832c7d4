"""Run the newsfacts pipeline on Apache Spark, for corpora that outgrow one machine.

The job reads JSON Lines, CSV, WARC, .txt/.html or Parquet inputs (any URI Spark reads:
local paths, ``s3a://``, ``hdfs://``) with the readers ``newsfacts ingest`` uses
(:mod:`~newsfacts.spark.reading`). Inside ``mapPartitions`` it runs ingest's per-batch
function (:mod:`~newsfacts.spark.extract`), which calls the very same
:func:`newsfacts.pipeline.process` as the CLI; the spaCy pipeline is loaded once per
partition and cached per Python worker, and in local mode (or with
``spark.python.daemon.module=newsfacts.spark.daemon``) loaded once per executor by the
daemon the workers are forked from (:mod:`~newsfacts.spark.daemon`). The pipeline runs
once, into a cached intermediate with one row per input record holding its rows for every
table; clustering (:mod:`~newsfacts.spark.clustering`) and the table writes
(:mod:`~newsfacts.spark.job`) read that cache. Duplicate events are clustered with the
store's rules, and one Parquet dataset is written per store table, with the columns and
types of :data:`newsfacts.store.tables.TABLES` (:mod:`~newsfacts.spark.schemas`)::

    OUTPUT/documents/part-*.parquet
    OUTPUT/entities/part-*.parquet
    ...
    OUTPUT/_newsfacts.json         (the run summary)
    OUTPUT/_SUCCESS                (written last: the whole run is complete)

This package needs pyspark (``pip install 'newsfacts[spark]'``) and a Java runtime.
Run it with ``newsfacts spark INPUT... OUTPUT``, ``python -m newsfacts.spark INPUT... OUTPUT``
or ``spark-submit .../newsfacts/spark/__main__.py INPUT... OUTPUT`` (see docs/scaling.md);
the session and the command line are in :mod:`~newsfacts.spark.entry`.

The names below are loaded on first use (PEP 562): importing this package needs no
pyspark; using one of them without pyspark raises ImportError with :data:`INSTALL_HINT`.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from ..errors import E_NO_SPARK

#: The one line shown when pyspark is missing.
INSTALL_HINT = f"newsfacts: [{E_NO_SPARK}] Spark support needs the 'spark' extra: pip install 'newsfacts[spark]' (and a Java 17+ runtime)"

#: Public name -> the module that defines it.
_LAZY = {
    "DOC_TABLES": "schemas",
    "facts_schema": "schemas",
    "row_tuple": "schemas",
    "spark_type": "schemas",
    "table_schema": "schemas",
    "ITEM_FIELDS": "reading",
    "file_entries": "reading",
    "item_from_entry": "reading",
    "item_key": "reading",
    "local_path": "reading",
    "read_files_partition": "reading",
    "read_items": "reading",
    "FAIL_PARTITION": "extract",
    "TaskStats": "extract",
    "extract_partition": "extract",
    "cluster_events": "clustering",
    "one_line_error": "job",
    "run": "job",
    "write_tables": "job",
    "DAEMON_MODULE": "entry",
    "active_session": "entry",
    "ensure_java": "entry",
    "local_conf": "entry",
    "main": "entry",
    "session": "entry",
    "summary_lines": "entry",
    "workers_import_newsfacts": "entry",
}

__all__ = sorted(["INSTALL_HINT", *_LAZY])


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
