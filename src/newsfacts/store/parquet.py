"""Query a folder of Parquet tables with DuckDB, as if it were the store.

The Spark job writes ``OUT/<table>/part-*.parquet`` (one dataset per table) and ``newsfacts
export --format parquet`` writes ``OUT/<table>.parquet``; both hold exactly the columns of
:data:`~newsfacts.store.tables.TABLES`. :func:`connect_parquet` gives a DuckDB connection
where each table name is a view over those files, so the store's queries (``query``,
``dyads``, ``sql``) run on them unchanged, on a laptop, without Spark.
"""

from __future__ import annotations

import os
from typing import Optional

from ..errors import E_NO_PARQUET, NewsfactsError
from .tables import TABLES



def table_glob(folder: str, table: str) -> Optional[str]:
    """The files of ``table`` under ``folder``: a dataset folder (Spark) or one file (export).

    Remote folders (``s3://``, ``https://``) are assumed to use the Spark layout."""
    folder = folder.rstrip("/")
    if "://" in folder:
        return f"{folder}/{table}/*.parquet"
    if os.path.isdir(os.path.join(folder, table)):
        return os.path.join(folder, table, "*.parquet")
    if os.path.isfile(os.path.join(folder, f"{table}.parquet")):
        return os.path.join(folder, f"{table}.parquet")
    return None


def connect_parquet(folder: str):
    """A DuckDB connection with one view per store table over the Parquet files in ``folder``.

    Raises:
        NewsfactsError: NF806 when the folder holds none of the tables.
    """
    import duckdb

    if "://" not in folder and not os.path.isdir(folder):
        raise NewsfactsError(f"{folder}: no such folder (expected the output of `newsfacts spark` or `export --format parquet`)",
                             code=E_NO_PARQUET)
    con = duckdb.connect(":memory:")
    found = 0
    for table in TABLES:
        glob = table_glob(folder, table)
        if glob is None:
            cols = ", ".join(f'CAST(NULL AS {typ}) AS "{name}"' for name, typ in TABLES[table])
            con.execute(f'CREATE VIEW "{table}" AS SELECT {cols} WHERE false')  # absent table: empty, same columns
            continue
        found += 1
        lit = _files_literal(glob)
        have = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet({lit})").fetchall()}
        # columns a newer version added (e.g. the actor ids of 1.1.0): empty, so the queries run
        extra = "".join(f', CAST(NULL AS {typ}) AS "{name}"' for name, typ in TABLES[table] if name not in have)
        con.execute(f"CREATE VIEW \"{table}\" AS SELECT *{extra} FROM read_parquet({lit})")
    if not found:
        con.close()
        raise NewsfactsError(f"{folder}: no Parquet tables here (expected {folder}/events/*.parquet or {folder}/events.parquet)",
                             code=E_NO_PARQUET)
    return con


def _files_literal(pattern: str) -> str:
    """The SQL list of the files a local glob names (so the SQL sandbox can allow exactly
    those), or the quoted glob of a remote folder."""
    import glob as _glob

    files = [pattern] if "://" in pattern else [os.path.abspath(p) for p in sorted(_glob.glob(pattern))]
    return "[" + ", ".join("'" + f.replace("'", "''") + "'" for f in files) + "]"


def parquet_files(folder: str) -> list[str]:
    """The Parquet files the views of :func:`connect_parquet` read (for the SQL sandbox's
    allowed paths); a remote folder is given as itself (its prefix is allowed)."""
    import glob as _glob

    if "://" in folder:
        return [folder]
    files: list[str] = []
    for table in TABLES:
        pattern = table_glob(folder, table)
        if pattern:
            files.extend(os.path.abspath(p) for p in sorted(_glob.glob(pattern)))
    return files
