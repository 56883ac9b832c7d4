"""Spark schemas of the store's tables, derived from :data:`newsfacts.store.tables.TABLES`.

Each DuckDB column type maps to the Spark SQL type that writes the same Parquet type, so
DuckDB reads the Spark job's output back with the store's exact columns and types.
"""

from __future__ import annotations

import datetime as _dt
import functools
from typing import Any

from . import INSTALL_HINT

try:
    from pyspark.sql import types as T
except ImportError as _exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(INSTALL_HINT) from _exc

from newsfacts.store.tables import TABLES

#: Tables filled per document (by :func:`rows_from_record`) or per input record (rejects);
#: event_clusters is computed afterwards over all events.
DOC_TABLES: tuple[str, ...] = tuple(t for t in TABLES if t != "event_clusters")

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
    """A function converting a value to the Python type Spark stores for ``duckdb_type``."""
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
    """``(column, converter)`` for every column of ``table``."""
    return [(name, _converter(typ)) for name, typ in TABLES[table]]


def row_tuple(table: str, row: dict[str, Any]) -> tuple:
    """A row dict (as :func:`rows_from_record` gives) as a tuple in the table's column order,
    with values converted to the Python types Spark stores for the column types."""
    return tuple(conv(row.get(name)) for name, conv in _converters(table))

