"""Saving an analysed article into the store (the only write the web app makes)."""

from __future__ import annotations

from typing import Any

from ..errors import E_EXISTS, WebError
from ..store.rows import rows_from_record


def save_record(path: str, record: dict[str, Any], text: str, *, replace: bool = False) -> None:
    """Write one record and its text into the store at ``path`` (created if missing)
    with the corpus store's writer; one transaction.

    A document already stored (same text, so same id) with other metadata (date, title,
    source) is not overwritten unless ``replace``: its stored metadata is never changed
    silently.

    Raises:
        StoreError: the store can't be opened for writing (NF301; NF302 when another
            process holds it).
        WebError: NF309 (409) for a stored document with other metadata, without ``replace``.
    """
    from ..store.duckdb import FactStore

    doc = record["document"]
    with FactStore.open(path) as store:
        stored = store.query("SELECT CAST(published AS VARCHAR), title, source FROM documents WHERE doc_id = ?", [doc["id"]])[1]
        if stored and not replace:
            new = (doc.get("published"), doc.get("title"), doc.get("source"))
            old = tuple(stored[0])
            if old != new:
                raise WebError(f"this article is stored already with other metadata (published, title, source: {old}); "
                               "tick 'replace' (or send replace=1) to overwrite it", code=E_EXISTS, status=409)
        store.write_batch([rows_from_record(record, text)])
