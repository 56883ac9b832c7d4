"""The fact store: the tables of a record (:mod:`~newsfacts.store.tables`), the embedded
DuckDB store (:mod:`~newsfacts.store.duckdb`), event clustering
(:mod:`~newsfacts.store.clusters`), every query over the store (the CLI's
:mod:`~newsfacts.store.queries`, the dyads of :mod:`~newsfacts.store.dyads`, the web pages'
:mod:`~newsfacts.store.browse`), exports and Parquet datasets.

Above the pipeline, below the corpus ingest and the faces. The names below are loaded on
first use (PEP 562), so ``newsfacts.store.tables`` imports without DuckDB.
"""

from __future__ import annotations

from ..lazy import lazy_exports

#: Public name -> the module that defines it.
_LAZY = {
    "KEYS": "newsfacts.store.tables",
    "TABLES": "newsfacts.store.tables",
    "record_json": "newsfacts.store.rows",
    "reject_row": "newsfacts.store.rows",
    "rows_from_record": "newsfacts.store.rows",
    "FactStore": "newsfacts.store.duckdb",
    "cluster_events": "newsfacts.store.clusters",
    "iter_clusters": "newsfacts.store.clusters",
    "recluster": "newsfacts.store.clusters",
    "connect_parquet": "newsfacts.store.parquet",
}

__all__ = sorted(_LAZY)

__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
