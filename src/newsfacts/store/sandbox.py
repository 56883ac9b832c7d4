"""Untrusted SQL (`newsfacts sql`) in DuckDB's own sandbox.

The connection is locked before the query runs (:func:`sandbox`): external access off (no
file, ATTACH, COPY, IMPORT, extension or network), except the files a ``--parquet`` folder's
views read, and the configuration locked so no statement can turn it back on. A list of
statement types is kept as a second line only: no such list is complete (EXPLAIN ANALYZE runs
what it explains; IMPORT DATABASE runs a folder's schema.sql).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import duckdb

from ..errors import E_READ_ONLY, E_SQL, StoreError

#: Statement types the read-only ``sql`` helper runs; anything else is refused. A second line
#: only: the first is DuckDB's sandbox (:func:`sandbox`), since no list of statement types is
#: complete (EXPLAIN ANALYZE runs what it explains).
READ_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA", "RELATION"}
_EXPLAIN_ANALYZE = re.compile(r"\s*EXPLAIN\s+ANALY[SZ]E\b", re.IGNORECASE)


def sandbox(con, allowed_paths: Sequence[str] = ()) -> None:
    """Lock a connection for untrusted SQL: external access off (no files but ``allowed_paths``,
    no ATTACH, COPY, IMPORT, extensions or network) and the configuration locked."""
    if con.execute("SELECT current_setting('lock_configuration')").fetchone()[0]:
        return  # locked already (by an earlier query on this connection): nothing can loosen it
    files = [p for p in allowed_paths if "://" not in p]
    folders = [p.rstrip("/") + "/" for p in allowed_paths if "://" in p]  # a remote dataset: its prefix
    for setting, values in (("allowed_paths", files), ("allowed_directories", folders)):
        if values:
            listed = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
            con.execute(f"SET {setting} = [{listed}]")
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")


def read_sql(store, sql: str, allowed_paths: Sequence[str] = ()) -> tuple[list[str], list[tuple]]:
    """Run user SQL on ``store``'s connection, reads only; the connection stays locked after.

    Raises:
        StoreError: NF303 for a write, DDL or EXPLAIN ANALYZE statement, or SQL that reaches
            for a file; NF304 for SQL that fails.
    """
    try:
        statements = store.con.extract_statements(sql)
    except duckdb.Error as exc:
        raise StoreError(f"SQL error: {str(exc).splitlines()[0]}", code=E_SQL) from None
    if not statements:
        raise StoreError("no SQL statement given", code=E_SQL)
    for st in statements:
        kind = str(st.type).split(".")[-1]
        if kind not in READ_STATEMENTS or _EXPLAIN_ANALYZE.match(st.query):
            kind = "EXPLAIN ANALYZE" if kind in READ_STATEMENTS else kind
            raise StoreError(f"`newsfacts sql` is read-only: {kind} statements are refused (only SELECT queries run)", code=E_READ_ONLY)
    sandbox(store.con, allowed_paths)
    cols: list[str] = []
    rows: list[tuple] = []
    for st in statements:
        try:
            cols, rows = store.query(st.query)
        except StoreError as exc:
            if "disabled by configuration" in str(exc):
                raise StoreError(f"`newsfacts sql` reads the store only, no other file: {exc.args[0]}", code=E_READ_ONLY) from None
            raise
    return cols, rows
