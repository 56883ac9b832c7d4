"""Canned queries over a FactStore: quotes, events, actors, dyads, and read-only SQL (the CLI's).

Each function takes an open :class:`~newsfacts.store.duckdb.FactStore` and returns
``(column names, rows)``, so the CLI, the web page and tests format the same result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Optional

from .dyads import PERIODS, dyads  # noqa: F401  (the CLI's dyads: one implementation, in store/dyads.py)

Result = tuple[list[str], Sequence[tuple]]  # rows: a list, or ColumnarRows for dyads

_CODE = re.compile(r"^[A-Z]{3}$")


def _dates(col: str, date_from: Optional[str], date_to: Optional[str], where: list[str], params: list[Any]) -> None:
    if date_from:
        where.append(f"{col} >= ?::DATE")
        params.append(date_from)
    if date_to:
        where.append(f"{col} <= ?::DATE")
        params.append(date_to)


def _actor(side: str, value: Optional[str], where: list[str], params: list[Any]) -> None:
    """Match an ISO3 country code (``ISR``) exactly, or a name/sector by substring."""
    if not value:
        return
    if _CODE.match(value):
        where.append(f"e.{side}_country = ?")
        params.append(value)
    else:
        where.append(f"(e.{side}_name ILIKE ? OR e.{side}_sector = ?)")
        params.extend([f"%{value}%", value.upper()])


def quotes(store, *, speaker: Optional[str] = None, date_from: Optional[str] = None, date_to: Optional[str] = None, limit: int = 100) -> Result:
    """Quotes, newest first, optionally by speaker name (substring, any case) and publication dates."""
    where: list[str] = []
    params: list[Any] = []
    if speaker:
        where.append("q.speaker_name ILIKE ?")
        params.append(f"%{speaker}%")
    _dates("d.published", date_from, date_to, where, params)
    sql = (
        "SELECT d.published, q.speaker_name AS speaker, q.speaker_country AS country, q.kind, q.text AS quote, "
        "d.source, q.doc_id, q.start, q.\"end\" FROM quotes q JOIN documents d USING (doc_id)"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY d.published DESC NULLS LAST, q.doc_id, q.start LIMIT ?"
    )
    return store.query(sql, params + [limit])


def events(store, *, source: Optional[str] = None, target: Optional[str] = None, type: Optional[str] = None,
           date_from: Optional[str] = None, date_to: Optional[str] = None, limit: int = 100) -> Result:
    """Per-article event records with their cluster, filtered by actor country/name, PLOVER type and date."""
    where: list[str] = []
    params: list[Any] = []
    _actor("source", source, where, params)
    _actor("target", target, where, params)
    if type:
        where.append("(e.type = ? OR e.quad_class = ?)")
        params.extend([type.upper(), type])
    _dates("e.date", date_from, date_to, where, params)
    sql = (
        "SELECT e.date, e.type, e.quad_class, e.source_name, e.source_country, e.target_name, e.target_country, "
        "e.place_name, e.modality, d.source AS outlet, e.cluster_id, c.n_articles AS cluster_articles, "
        "substr(d.text, e.start + 1, e.\"end\" - e.start) AS evidence_text, e.doc_id, e.event_id "
        "FROM events e JOIN documents d USING (doc_id) LEFT JOIN event_clusters c USING (cluster_id)"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY e.date DESC NULLS LAST, e.doc_id, e.event_id LIMIT ?"
    )
    return store.query(sql, params + [limit])


def actors(store, *, top: int = 20, type: Optional[str] = None) -> Result:
    """The most-reported actors: entities grouped by name, type and actor code, by number of documents.

    Candidates are ranked first with DuckDB's ``approx_count_distinct`` (HyperLogLog), then the
    ``top`` are counted exactly among the best ``5 x top + 100`` candidates: the same answer as an
    exact count over the whole table unless HyperLogLog's ~2% error moves an actor across that
    wide margin, and about a third faster on a million-row store.
    """
    where, params = "", []
    if type:
        where = " WHERE type = ?"
        params.append(type.upper())
    sql = (
        f"WITH cand AS (SELECT name, type, actor_code FROM entities{where} GROUP BY ALL "
        "ORDER BY approx_count_distinct(doc_id) DESC, sum(n_mentions) DESC LIMIT ?) "
        "SELECT e.name, e.type, e.actor_code, count(DISTINCT e.doc_id) AS documents, sum(e.n_mentions) AS mentions "
        "FROM entities e JOIN cand c ON e.name = c.name AND e.type = c.type AND e.actor_code IS NOT DISTINCT FROM c.actor_code "
        "GROUP BY ALL ORDER BY documents DESC, mentions DESC, name LIMIT ?"
    )
    return store.query(sql, params + [5 * top + 100, top])


def sql(store, query: str) -> Result:
    """Run a read-only SQL query (writes and DDL are refused with NF303)."""
    return store.read_sql(query)
