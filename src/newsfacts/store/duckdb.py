"""FactStore: the embedded DuckDB store of documents, facts, rejects and event clusters.

Tables and columns come from :mod:`newsfacts.store.tables` (the one definition shared with
the exports and the Spark job). Writes go in batches, one transaction per batch, so a run
killed at any moment leaves whole documents or none. A document's rows are keyed on its id
(the sha256 of its text): writing a document that is already stored replaces it.

Queries use a read-only connection (:meth:`FactStore.open` with ``read_only=True``). DuckDB
lets one process write a file at a time; another process asking for the file gets a clear
:class:`StoreError` (NF302) at once, not a hang.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import glob
import os
import threading
import time
from collections.abc import Sequence
from typing import Any, Iterable, Iterator, Optional

import duckdb

from ..errors import E_LOCKED, E_NO_STORE, E_OPEN, E_SQL, E_WRITE, StoreError
from . import migrate
from .tables import KEYS, TABLES


#: DuckDB memory cap for store connections: sorts and joins past it spill to disk.
MEMORY_LIMIT = "512MB"
#: The cap while ingest writes batches (see :meth:`FactStore.set_memory_limit`): DuckDB keeps
#: the table blocks it wrote cached up to its cap, so a high cap shows as memory that grows
#: with the store; past this one it evicts them (they are on disk), and memory stays flat.
WRITE_MEMORY_LIMIT = "64MB"
#: Batches that may run out of memory under a lowered cap (then are retried under MEMORY_LIMIT)
#: before the connection keeps MEMORY_LIMIT for good (a store whose indexes need more).
LOW_CAP_RETRIES = 3


#: Record tables, written per document (deleted and re-inserted together on upsert).
DOC_TABLES = ("documents", "entities", "mentions", "quotes", "events", "claims", "places", "dates", "warnings")


class ColumnarRows(Sequence):
    """Query rows kept as columns (a pyarrow Table): a sequence of tuples that makes the
    tuples only when they are read, so a large result (a whole-store dyad series) costs one
    columnar fetch, and writers that work on columns (:meth:`to_arrow`) never make them.
    """

    def __init__(self, table):
        self.table = table

    def to_arrow(self):
        return self.table

    def __len__(self) -> int:
        return self.table.num_rows

    def __iter__(self) -> Iterator[tuple]:
        for batch in self.table.to_batches():
            yield from zip(*(c.to_pylist() for c in batch.columns))

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(ColumnarRows(self.table.slice(*_slice_bounds(i, len(self))))) if (i.step in (None, 1)) else list(self)[i]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return tuple(c[i].as_py() for c in self.table.columns)

    def __eq__(self, other) -> bool:
        return list(self) == list(other)

    def write(self, fmt: str, out) -> bool:
        """Write the rows as CSV (with a header) or JSON Lines to the binary file ``out``,
        formatted by DuckDB (``COPY``) with no Python object per row.

        Returns False (nothing written) for a result with floating-point columns, whose
        text the caller formats its own way, or for another format.
        """
        import shutil
        import tempfile

        import pyarrow as pa

        if fmt not in ("csv", "json") or any(pa.types.is_floating(f.type) for f in self.table.schema):
            return False
        con = duckdb.connect()
        try:
            con.register("_nf_result", self.table)
            with tempfile.TemporaryDirectory(prefix="newsfacts-") as tmp:
                path = os.path.join(tmp, "out")
                opts = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT json"
                con.execute(f"COPY (SELECT * FROM _nf_result) TO '{path}' ({opts})")
                with open(path, "rb") as fh:
                    shutil.copyfileobj(fh, out, 1 << 20)
        finally:
            con.close()
        return True

    def __repr__(self) -> str:
        return f"ColumnarRows({len(self)} rows)"


def _slice_bounds(sl: slice, n: int) -> tuple[int, int]:
    start, stop, _ = sl.indices(n)
    return start, max(0, stop - start)


def _arrow_type(sql_type: str):
    import pyarrow as pa

    return {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int64(),
        "DOUBLE": pa.float64(),
        "DATE": pa.date32(),
        "BOOLEAN": pa.bool_(),
        "TIMESTAMP": pa.timestamp("us"),
    }[sql_type]


def _to_date(v: Any) -> Optional[_dt.date]:
    if v is None or isinstance(v, _dt.date):
        return v
    try:
        return _dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _marks(values: Sequence[Any]) -> str:
    """``(?, ?, ...)`` for an IN list of these values. DuckDB looks each one up in the
    primary-key index; ``IN (SELECT unnest(?))`` joined against the whole table instead
    (5 ms a batch at a million documents, growing with the store; this stays ~1 ms)."""
    return "(" + ", ".join("?" * len(values)) + ")"


def arrow_table(table: str, rows: Sequence[dict[str, Any]]):
    """Rows (dicts with the columns of ``table``) as a pyarrow Table with the store's types."""
    import pyarrow as pa

    cols = TABLES[table]
    arrays = []
    for name, typ in cols:
        vals = [r.get(name) for r in rows]
        if typ == "DATE":
            vals = [_to_date(v) for v in vals]
        elif typ == "DOUBLE":
            vals = [float(v) if v is not None else None for v in vals]
        arrays.append(pa.array(vals, type=_arrow_type(typ)))
    return pa.Table.from_arrays(arrays, names=[c for c, _ in cols])


def create_sql(table: str) -> str:
    """``CREATE TABLE IF NOT EXISTS`` for one table of :data:`TABLES`.

    Only ``documents``, ``rejects`` and ``event_clusters`` get a PRIMARY KEY: fact rows are
    replaced per document (by doc_id), so they need no index, which keeps inserts fast and
    memory flat on large stores.
    """
    cols = ", ".join(f'"{c}" {t}' for c, t in TABLES[table])
    key = ""
    if table in ("documents", "rejects", "event_clusters"):
        key = ", PRIMARY KEY (" + ", ".join(f'"{k}"' for k in KEYS[table]) + ")"
    return f'CREATE TABLE IF NOT EXISTS "{table}" ({cols}{key})'


#: Readers waiting for a writer to let go of ``store.duckdb`` leave ``store.duckdb.reader-<pid>-<thread>``.
READER_MARK = ".reader-"
POLL_SECONDS = 0.02
#: A marker older than this was left by a reader that died while waiting: writers ignore it.
STALE_MARK_SECONDS = 120.0


def request_read(path: str, wait: float):
    """A read-only connection to ``path``, asking a writer that holds it to let go.

    While the file is locked, a marker file beside it (``<path>.reader-<pid>-<thread>``)
    tells a writer that checks between transactions (:meth:`FactStore.let_readers_in`, as
    ingest does after every batch) to close the file for a moment; the marker is removed
    once the file is open, or when ``wait`` seconds have passed (then NF302).
    """
    try:
        return _connect(path, read_only=True)
    except StoreError as exc:
        if exc.code != E_LOCKED or wait <= 0:
            raise  # wait 0: one try, no marker (a writer is not asked to let go)
    mark = f"{path}{READER_MARK}{os.getpid()}-{threading.get_ident()}"
    deadline = time.monotonic() + wait
    try:
        with open(mark, "w"):
            pass
    except OSError:
        mark = ""  # a folder we can't write in: just retry
    try:
        while True:
            try:
                return _connect(path, read_only=True)
            except StoreError as exc:
                if exc.code != E_LOCKED or time.monotonic() > deadline:
                    raise
            time.sleep(POLL_SECONDS)
    finally:
        if mark:
            try:
                os.remove(mark)
            except OSError:
                pass


def _connect(path: str, read_only: bool):
    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        msg = str(exc)
        if "lock" in msg.lower():
            raise StoreError(
                f"{path}: the store is in use by another process (DuckDB allows one writer at a time); "
                "wait for it to finish or use another --db file",
                code=E_LOCKED,
            ) from None
        raise StoreError(f"{path}: cannot open the store ({msg.splitlines()[0]})", code=E_OPEN) from None
    except duckdb.Error as exc:
        raise StoreError(f"{path}: not a newsfacts store or corrupt ({str(exc).splitlines()[0]})", code=E_OPEN) from None


class FactStore:
    """A DuckDB store of newsfacts tables.

    Args:
        path: a DuckDB file (created when missing, unless read-only) or ``":memory:"``.
        read_only: open for queries only; the file must exist.

    Example:
        >>> with FactStore.open(":memory:") as store:
        ...     store.count("documents")
        0
    """

    def __init__(self, con, path: str, read_only: bool, memory_limit: Optional[str] = None):
        self.con = con
        self.path = path
        self.read_only = read_only
        self.memory_limit = memory_limit
        self._low_cap_ooms = 0

    @classmethod
    def open(cls, path: str = ":memory:", *, read_only: bool = False, memory_limit: Optional[str] = MEMORY_LIMIT,
             wait: float = 0.0) -> "FactStore":
        """Open (and, when writable, create the tables of) a store.

        Args:
            path: a DuckDB file, or ``":memory:"``.
            read_only: open for queries only.
            memory_limit: DuckDB's memory cap for this connection (e.g. ``"1GB"``); None keeps
                DuckDB's default (80% of RAM).
            wait: read-only only: when a writer (a running ingest) holds the file, ask it
                to let go (see :func:`request_read`) and keep trying for up to this many
                seconds before raising NF302.
        """
        path = str(path)
        if read_only and path != ":memory:" and not os.path.exists(path):
            raise StoreError(f"{path}: no such store (run `newsfacts ingest ... --db {path}` first)", code=E_NO_STORE)
        if read_only and wait > 0 and path != ":memory:":
            con = request_read(path, wait)
        else:
            con = _connect(path, read_only=read_only and path != ":memory:")
        if memory_limit:
            # DuckDB's default is 80% of RAM; a cap makes big sorts and joins spill to disk instead
            con.execute(f"SET memory_limit = '{memory_limit}'")
        store = cls(con, path, read_only, memory_limit)
        if not store.read_only or path == ":memory:":
            store._create()
        else:
            migrate.shadow(con, path)  # a store of schema 1.0.0: its actor ids, for this connection
        return store

    # --- sharing the file with readers while writing ----------------------------------

    def readers_waiting(self) -> bool:
        """Whether a reader (``open(..., read_only=True, wait=...)`` in another process) is
        waiting for this writer to let go of the file."""
        if self.path == ":memory:":
            return False
        now = time.time()
        for mark in glob.glob(glob.escape(self.path) + READER_MARK + "*"):
            try:
                if now - os.path.getmtime(mark) < STALE_MARK_SECONDS:
                    return True
            except OSError:
                pass  # removed meanwhile
        return False

    def let_readers_in(self, *, grace: float = 2.0, timeout: float = 300.0) -> bool:
        """Between transactions: if readers are waiting, close the file, let them open it,
        and open it again for writing.

        Readers see the store as of the last commit (whole batches, whole documents). The
        connection's settings (memory cap) are restored. Waits at most ``grace`` seconds
        for the waiting readers to get in, then up to ``timeout`` seconds for the last of
        them to close the file (NF302 after that).

        Returns:
            True if the file was handed over.
        """
        if self.read_only or not self.readers_waiting():
            return False
        self.con.close()
        deadline = time.monotonic() + grace
        while self.readers_waiting() and time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.con = _connect(self.path, read_only=False)
                break
            except StoreError as exc:
                if exc.code != E_LOCKED or time.monotonic() > deadline:
                    raise
                time.sleep(POLL_SECONDS)
        if self.memory_limit:
            self.con.execute(f"SET memory_limit = '{self.memory_limit}'")
        return True

    def _create(self) -> None:
        for table in TABLES:
            self.con.execute(create_sql(table))
        self._migrate()

    def _migrate(self) -> None:
        """Add columns that :data:`TABLES` gained since the file was created, in one
        transaction; a store of schema 1.0.0 gets its actor ids filled from its stored
        names and codes as well (:func:`newsfacts.store.migrate.backfill`), and the added columns
        that can be computed from what is stored are filled (:func:`~newsfacts.store.migrate.fill_computed`)."""
        backfill = bool(migrate.missing(self.con))
        added: set[tuple[str, str]] = set()
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, cols in TABLES.items():
                have = {r[0] for r in self.con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
                for name, typ in cols:
                    if name not in have:
                        self.con.execute(f'ALTER TABLE "{table}" ADD COLUMN "{name}" {typ}')
                        added.add((table, name))
            if backfill:
                migrate.backfill(self.con)
            migrate.fill_computed(self.con, added)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.con.close()

    def set_memory_limit(self, limit: Optional[str]) -> Optional[str]:
        """Set DuckDB's memory cap for this connection; returns the previous one (None = DuckDB's default)."""
        before = self.memory_limit
        if limit and limit != before:
            try:
                self.con.execute(f"SET memory_limit = '{limit}'")
            except duckdb.OutOfMemoryException:
                return before  # DuckDB already holds more than that: the cap stays as it was
            self.memory_limit = limit
        return before

    def __enter__(self) -> "FactStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------

    def write_batch(self, row_sets: Iterable[dict[str, list[dict[str, Any]]]], rejects: Sequence[dict[str, Any]] = ()) -> int:
        """Write several documents' rows (from ``rows_from_record``) and rejects in ONE transaction.

        A document already stored (same doc_id) is replaced whole. Returns the number of
        documents written.
        """
        merged: dict[str, list[dict[str, Any]]] = {t: [] for t in DOC_TABLES}
        for rows in row_sets:
            for t in DOC_TABLES:
                merged[t].extend(rows.get(t, ()))
        ids = [r["doc_id"] for r in merged["documents"]]
        try:
            self._write(merged, ids, rejects)
        except duckdb.OutOfMemoryException:
            # a lowered cap (WRITE_MEMORY_LIMIT) was too low for this store (its indexes grow with it): raise it, retry once
            if self.memory_limit == MEMORY_LIMIT:
                raise StoreError(f"{self.path}: DuckDB ran out of memory writing a batch of {len(ids)} documents; none of it "
                                 "was stored", code=E_WRITE) from None
            low = self.set_memory_limit(MEMORY_LIMIT)
            self._write(merged, ids, rejects)
            self._low_cap_ooms += 1
            if low and self._low_cap_ooms < LOW_CAP_RETRIES:
                self.set_memory_limit(low)  # one big batch: back to the low cap for the next ones
        return len(ids)

    def _write(self, merged: dict[str, list[dict[str, Any]]], ids: list[str], rejects: Sequence[dict[str, Any]]) -> None:
        failed = f"could not write a batch of {len(ids)} documents, none of it was stored"
        intact = "what was stored before is intact: free disk space or fix the path and re-run (stored documents are skipped)"
        # an out-of-memory error is write_batch's to handle (it raises the cap and retries)
        with self._transaction(failed, intact, keep=(duckdb.OutOfMemoryException,)):
            if ids:
                present = self.known_documents(ids)
                if present:
                    self._delete_docs(sorted(present))
                # a text that failed before (e.g. processing_error) and is stored now is no longer a reject
                self.con.execute(f"DELETE FROM rejects WHERE doc_id IN {_marks(ids)}", ids)
                for t in DOC_TABLES:
                    if merged[t]:
                        self._insert(t, merged[t])
            if rejects:
                self._insert("rejects", list(rejects), replace=True)

    @contextlib.contextmanager
    def _transaction(self, failed: str, intact: str, *, keep: tuple = ()):
        """One transaction: COMMIT at the end; on any failure ROLLBACK (a COMMIT that failed, on
        a full disk, has ended the transaction already) and a DuckDB error other than ``keep``
        raised as one line, NF308: "{path}: {failed} ({DuckDB's message}); {intact}"."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException as exc:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            if isinstance(exc, duckdb.Error) and not isinstance(exc, keep):
                raise StoreError(f"{self.path}: {failed} ({str(exc).splitlines()[0]}); {intact}", code=E_WRITE) from None
            raise

    def _insert(self, table: str, rows: list[dict[str, Any]], *, replace: bool = False) -> None:
        tbl = arrow_table(table, rows)
        self.con.register("_nf_rows", tbl)
        try:
            verb = "INSERT OR REPLACE" if replace else "INSERT"
            self.con.execute(f'{verb} INTO "{table}" SELECT * FROM _nf_rows')
        finally:
            try:
                self.con.unregister("_nf_rows")
            except duckdb.Error:
                pass  # the transaction is aborted (the insert failed): that error is the one to see

    def _delete_docs(self, ids: list[str]) -> None:
        for t in DOC_TABLES:
            self.con.execute(f'DELETE FROM "{t}" WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))', [ids])

    def known_documents(self, ids: Sequence[str]) -> set[str]:
        """Which of these doc ids are stored as documents."""
        if not ids:
            return set()
        ids = list(ids)
        rows = self.con.execute(f"SELECT doc_id FROM documents WHERE doc_id IN {_marks(ids)}", ids).fetchall()
        return {r[0] for r in rows}

    def known_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these doc ids are already done: stored as documents, or rejected as
        ``not_english`` (which re-running can't change). Texts rejected as ``too_long`` or
        ``processing_error`` are tried again, so a higher limit or a fixed bug takes effect."""
        if not ids:
            return set()
        done = self.known_documents(ids)
        ids = list(ids)
        rows = self.con.execute(f"SELECT doc_id FROM rejects WHERE doc_id IN {_marks(ids)} AND reason = 'not_english'", ids).fetchall()
        return done | {r[0] for r in rows}

    def stored_metadata(self, ids: Sequence[str]) -> dict[str, tuple[Optional[str], ...]]:
        """doc id -> (published as YYYY-MM-DD, source, title, url) of these ids stored as documents."""
        if not ids:
            return {}
        ids = list(ids)
        rows = self.con.execute(f"SELECT doc_id, published, source, title, url FROM documents WHERE doc_id IN {_marks(ids)}", ids).fetchall()
        return {r[0]: (r[1].isoformat() if r[1] is not None else None, *r[2:]) for r in rows}

    def write_clusters(self, clusters: Iterable[tuple[dict[str, Any], Sequence[tuple[str, str]]]], *, chunk: int = 5_000) -> int:
        """Replace every cluster and every ``events.cluster_id`` in one transaction.

        Args:
            clusters: ``(event_clusters row, [(doc_id, event_id), ...])`` pairs, streamed:
                they are written ``chunk`` rows at a time, so memory does not grow with the store.

        Returns:
            the number of clusters written.

        The links are written to a scratch table in the store file, then ``events`` is
        rebuilt with them in one bulk statement (an UPDATE of every row would keep undo
        data for each row in memory until the commit).
        """
        con = self.con
        n = 0
        with self._transaction("could not write the event clusters", "the documents and the clusters stored before are "
                               "intact: free disk space and re-run (stored documents are skipped)"):
            con.execute("DELETE FROM event_clusters")
            con.execute("CREATE OR REPLACE TABLE _nf_assign (doc_id VARCHAR, event_id VARCHAR, cluster_id VARCHAR)")
            rows: list[dict[str, Any]] = []
            buf: list[tuple[str, str, str]] = []
            for row, members in clusters:
                rows.append(row)
                buf.extend((d, e, row["cluster_id"]) for d, e in members)
                n += 1
                if len(rows) >= chunk or len(buf) >= chunk:
                    self._insert("event_clusters", rows)
                    self._load_assign(buf)
                    rows, buf = [], []
            if rows:
                self._insert("event_clusters", rows)
            if buf:
                self._load_assign(buf)
            cols = ", ".join(f'e."{c}"' if c != "cluster_id" else "a.cluster_id AS cluster_id" for c, _ in TABLES["events"])
            con.execute(
                f"CREATE OR REPLACE TABLE events AS SELECT {cols} FROM events e "
                "LEFT JOIN _nf_assign a ON e.doc_id = a.doc_id AND e.event_id = a.event_id"
            )
            con.execute("DROP TABLE _nf_assign")
        return n

    def _load_assign(self, buf: list[tuple[str, str, str]]) -> None:
        import pyarrow as pa

        tbl = pa.table({"doc_id": [b[0] for b in buf], "event_id": [b[1] for b in buf], "cluster_id": [b[2] for b in buf]})
        self.con.register("_nf_a", tbl)
        try:
            self.con.execute("INSERT INTO _nf_assign SELECT * FROM _nf_a")
        finally:
            self.con.unregister("_nf_a")

    # --- reading ---------------------------------------------------------------------

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise StoreError(f"no table '{table}' (tables: {', '.join(TABLES)})", code=E_SQL)
        return int(self.con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])

    def query(self, sql: str, params: Optional[Sequence[Any]] = None) -> tuple[list[str], list[tuple]]:
        """Run a read query and return ``(column names, rows)``."""
        try:
            cur = self.con.execute(sql, list(params) if params else None)
            cols = [d[0] for d in cur.description] if cur.description else []
            return cols, cur.fetchall()
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {str(exc).splitlines()[0]}", code=E_SQL) from None

    def query_columns(self, sql: str, params: Optional[Sequence[Any]] = None) -> tuple[list[str], ColumnarRows]:
        """Run a read query and return ``(column names, rows)`` with the rows fetched as
        columns (Arrow): for results of many rows, where making a tuple per row costs more
        than the query."""
        try:
            rel = self.con.sql(sql, params=list(params) if params else None)
            return list(rel.columns), ColumnarRows(rel.to_arrow_table())
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {str(exc).splitlines()[0]}", code=E_SQL) from None

    def read_sql(self, sql: str, *, allowed_paths: Sequence[str] = ()) -> tuple[list[str], list[tuple]]:
        """Run untrusted SQL, reads only, in DuckDB's own sandbox (:func:`.sandbox.read_sql`).

        Raises:
            StoreError: NF303 for a write, DDL or EXPLAIN ANALYZE statement, or SQL that
                reaches for a file; NF304 for SQL that fails.
        """
        from .sandbox import read_sql

        return read_sql(self, sql, allowed_paths)

    def iter_rows(self, sql: str, params: Optional[Sequence[Any]] = None, *, chunk: int = 10_000) -> Iterator[dict[str, Any]]:
        """Stream the rows of a query as dicts, ``chunk`` at a time (constant memory)."""
        cur = self.con.cursor()
        cur.execute(sql, list(params) if params else None)
        cols = [d[0] for d in cur.description]
        while True:
            batch = cur.fetchmany(chunk)
            if not batch:
                break
            for r in batch:
                yield dict(zip(cols, r))
        cur.close()
