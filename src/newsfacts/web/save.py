"""Saving an analysed article into the store (the only write the web app makes)."""

from __future__ import annotations

from typing import Any

from ..store.tables import rows_from_record


def save_record(path: str, record: dict[str, Any], text: str) -> None:
    """Write one record and its text into the store at ``path`` (created if missing)
    with the corpus store's writer, replacing the document's rows if it is already
    there; one transaction.

    Raises:
        StoreError: the store can't be opened for writing (NF301; NF302 when another
            process holds it).
    """
    from ..store.duckdb import FactStore

    with FactStore.open(path) as store:
        store.write_batch([rows_from_record(record, text)])
