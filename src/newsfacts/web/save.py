"""Saving an analysed article into the store (the only write the web app makes)."""

from __future__ import annotations

from typing import Any

from ..store.tables import KEYS, RECORD_TABLES, TABLES, rows_from_record
from .queries import E_STORE_BUSY, WebError


def save_record(path: str, record: dict[str, Any], text: str) -> None:
    """Write one record and its text into the DuckDB store at ``path`` (created if
    missing), replacing the document's rows if it is already there; one transaction.

    Uses the corpus store's writer (:class:`newsfacts.store.duckdb.FactStore`) where it is
    installed, else writes the tables of :data:`~newsfacts.store.tables.TABLES` itself.

    Raises:
        NewsfactsError: the store can't be opened for writing (NF502 here; NF301/NF302
            from FactStore).
    """
    try:
        from ..store.duckdb import FactStore
    except ImportError:  # the corpus store is not merged in yet
        FactStore = None
    if FactStore is not None:
        with FactStore.open(path) as store:
            store.write_batch([rows_from_record(record, text)])
        return
    import duckdb

    try:
        con = duckdb.connect(path)
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0][:300]
        raise WebError(f"the store {path!r} can't be opened for writing ({first})", code=E_STORE_BUSY, status=503) from None
    try:
        rows = rows_from_record(record, text)
        con.execute("BEGIN TRANSACTION")
        for table, cols in TABLES.items():
            coldefs = ", ".join(f'"{c}" {t}' for c, t in cols)
            key = ", ".join(f'"{c}"' for c in KEYS[table])
            con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({coldefs}, PRIMARY KEY ({key}))")
            if table in RECORD_TABLES:
                con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [record["document"]["id"]])
            names = [c for c, _ in cols]
            marks = ", ".join("?" for _ in names)
            quoted = ", ".join(f'"{c}"' for c in names)
            for row in rows.get(table, []):
                con.execute(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", [row[c] for c in names])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.close()
