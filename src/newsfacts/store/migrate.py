"""Stores written by schema 1.0.0: the actor-id columns, added and filled from what is stored.

Schema 1.1.0 gave every entity an ``actor_id`` (one identity across documents, see
:mod:`newsfacts.nlp.entities.identity`), and the tables that name actors gained it too:
``entities.actor_id``, ``quotes.speaker_actor_id``, ``events.source_actor_id`` /
``target_actor_id`` and ``event_clusters.source_actor_id`` / ``target_actor_id``.

A store made before has none of them. Its ids are computed from the stored entity name,
type and actor country with the pipeline's function
(:func:`~newsfacts.nlp.entities.identity.stored_actor_id`: a 1.0.0 record keeps no
dictionary entry, so the PETRARCH2 entry the coding would have used is looked up again from
the name, and kept when it gives the stored country), then carried to quotes (by speaker id), events (by the
side's entity ids, in order, joined with "; ") and clusters (the most frequent among the
cluster's events; a re-clustering recomputes it as the clustering does).

- A store opened for writing is migrated in place, once (:func:`backfill`).
- A store opened read-only can't be changed: its tables are shadowed for that connection
  by temporary views that add the columns (:func:`shadow`), so every query runs unchanged.
"""

from __future__ import annotations

import os
from typing import Any

#: The columns schema 1.1.0 added, per table (at the end of each table).
ACTOR_ID_COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ("actor_id",),
    "quotes": ("speaker_actor_id",),
    "events": ("source_actor_id", "target_actor_id"),
    "event_clusters": ("source_actor_id", "target_actor_id"),
}

#: The columns schema 1.2.0 added, per table (at the end of each table): NULL in an older
#: store until its documents are processed again (a read-only open shows them as NULL columns),
#: except those a writable open computes from the store (:func:`fill_computed`).
SCHEMA_1_2_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": ("uncoded", "goldstein", "is_root", "background", "date_value", "place_kind", "place_latitude", "place_longitude",
               "place_admin1", "url", "outlet"),
    "claims": ("counts_evidence",),
    "places": ("admin1",),
    "quotes": ("speaker_named_outside",),
}

#: The columns schema 1.3.0 added: ``entities.named`` (False for an unnamed actor) and
#: ``claims.tally`` (the two sides of a tally, NULL in older stores: they made none); a writable
#: open of an older store fills it with TRUE (every entity it holds is named), a read-only open
#: shows NULL, which the queries read as named (``coalesce(named, true)``).
SCHEMA_1_3_COLUMNS: dict[str, tuple[str, ...]] = {
    "entities": ("named",),
    "claims": ("tally",),
}

#: The column schema 1.4.0 added: ``claims.claimant_evidence`` (the words naming who claims the
#: number); NULL in an older store until its documents are processed again.
SCHEMA_1_4_COLUMNS: dict[str, tuple[str, ...]] = {
    "claims": ("claimant_evidence",),
}

#: Computed id maps of read-only stores, by (path, size, modification time): a web page opens
#: the store once per request, and the map of a large store takes a while to compute.
_ID_MAPS: dict[tuple[str, int, float], Any] = {}


def _id_map(con, entities: str):
    """An Arrow table ``(name, type, country, actor_id)`` over the distinct entities of ``entities``."""
    import pyarrow as pa

    from ..nlp.entities.identity import stored_actor_id

    rows = con.execute(f"SELECT DISTINCT name, type, country FROM {entities}").fetchall()
    ids = [stored_actor_id(n or "", t or "", c) for n, t, c in rows]
    return pa.table({"name": [r[0] for r in rows], "type": [r[1] for r in rows], "country": [r[2] for r in rows],
                     "actor_id": ids})


def _side_ids_sql(side: str, events: str, entities: str) -> str:
    """Per event: the actor ids of the side's entities, in the order of its id list, "; "-joined."""
    ids = f"from_json({side}_ids, '[\"VARCHAR\"]')"
    return (
        f"SELECT x.doc_id, x.event_id, string_agg(en.actor_id, '; ' ORDER BY x.k) AS ids FROM "
        f"(SELECT doc_id, event_id, unnest({ids}) AS eid, generate_subscripts({ids}, 1) AS k FROM {events}) x "
        f"JOIN {entities} en ON en.doc_id = x.doc_id AND en.entity_id = x.eid GROUP BY x.doc_id, x.event_id"
    )


def _cluster_ids_sql(events: str) -> str:
    """Per cluster: the most frequent source and target actor ids of its events."""
    return (f"SELECT cluster_id, mode(source_actor_id) AS s, mode(target_actor_id) AS t FROM {events} "
            "WHERE cluster_id IS NOT NULL GROUP BY cluster_id")


_MATCH = ("{e}.name IS NOT DISTINCT FROM m.name AND {e}.type IS NOT DISTINCT FROM m.type "
          "AND {e}.country IS NOT DISTINCT FROM m.country")


def backfill(con) -> None:
    """Fill the actor-id columns of a store just given them (a writable connection, inside
    the caller's transaction: the columns and their values are added together or not at all)."""
    con.register("_nf_ids", _id_map(con, "entities"))
    try:
        con.execute("UPDATE entities SET actor_id = m.actor_id FROM _nf_ids m WHERE " + _MATCH.format(e="entities"))
    finally:
        con.unregister("_nf_ids")
    con.execute("UPDATE quotes SET speaker_actor_id = en.actor_id FROM entities en "
                "WHERE en.doc_id = quotes.doc_id AND en.entity_id = quotes.speaker_id")
    for side in ("source", "target"):
        con.execute(f"UPDATE events SET {side}_actor_id = s.ids FROM ({_side_ids_sql(side, 'events', 'entities')}) s "
                    "WHERE s.doc_id = events.doc_id AND s.event_id = events.event_id")
    con.execute(f"UPDATE event_clusters SET source_actor_id = m.s, target_actor_id = m.t FROM ({_cluster_ids_sql('events')}) m "
                "WHERE m.cluster_id = event_clusters.cluster_id")


def fill_computed(con, added: set[tuple[str, str]]) -> None:
    """Fill the 1.2.0 and 1.3.0 columns just added to a store (``added``: ``(table, column)`` pairs) that
    can be computed from what it holds (a writable connection, inside the caller's transaction):
    ``entities.named`` TRUE (a store older than 1.3.0 holds only named entities);
    ``quotes.speaker_named_outside`` from the quote's spans and its speaker's mentions, as
    :data:`.speakers.NAMED_OUTSIDE_SQL` tells it. The others stay NULL until reprocessed."""
    from .speakers import NAMED_OUTSIDE_SQL

    if ("entities", "named") in added:
        con.execute("UPDATE entities SET named = TRUE")
    if ("quotes", "speaker_named_outside") in added:
        con.execute(f"UPDATE quotes SET speaker_named_outside = s.v FROM (SELECT q.doc_id, q.quote_id, {NAMED_OUTSIDE_SQL} AS v "
                    "FROM quotes q) s WHERE s.doc_id = quotes.doc_id AND s.quote_id = quotes.quote_id")


def missing(con) -> dict[str, list[str]]:
    """The actor-id columns the store's tables lack, per table (empty: nothing to do)."""
    out: dict[str, list[str]] = {}
    for table, cols in ACTOR_ID_COLUMNS.items():
        have = {r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND table_catalog = current_database()",
            [table]).fetchall()}
        lack = [c for c in cols if c not in have]
        if have and lack:
            out[table] = lack
    return out


def _null_columns(con, table: str) -> str:
    """``, NULL::TYPE AS "col"`` for each column a newer schema gave ``table`` (other than the
    actor ids) that the store's table lacks; empty when it has them all."""
    from .tables import TABLES

    have = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? AND table_catalog = current_database()",
        [table]).fetchall()}
    ids = set(ACTOR_ID_COLUMNS.get(table, ()))
    return "".join(f', NULL::{typ} AS "{col}"' for col, typ in TABLES[table] if have and col not in have and col not in ids)


def shadow(con, path: str) -> bool:
    """On a read-only connection to a store of an older schema: temporary views named after
    its tables that add the columns it lacks (the actor ids computed as :func:`backfill`
    would; the columns of 1.2.0 as NULL). Returns True if it did."""
    from .tables import TABLES

    nulls = {t: _null_columns(con, t) for t in TABLES}
    cat = con.execute("SELECT current_database()").fetchone()[0].replace('"', '""')
    lack = missing(con)
    for table in [t for t, cols in nulls.items() if cols and not (lack and t in ACTOR_ID_COLUMNS)]:
        con.execute(f'CREATE TEMP VIEW "{table}" AS SELECT *{nulls[table]} FROM "{cat}".main."{table}"')
    if not lack:
        return any(nulls.values())
    if sorted(lack) != sorted(ACTOR_ID_COLUMNS) or any(len(lack[t]) != len(ACTOR_ID_COLUMNS[t]) for t in lack):
        return False  # a partly migrated store: left as it is (a writable open completes it)
    src = {t: f'"{cat}".main."{t}"' for t in ACTOR_ID_COLUMNS}
    stat = os.stat(path)
    key = (os.path.abspath(path), stat.st_size, stat.st_mtime)
    if key not in _ID_MAPS:
        _ID_MAPS.clear()
        _ID_MAPS[key] = _id_map(con, src["entities"])
    con.register("_nf_ids_arrow", _ID_MAPS[key])
    con.execute("CREATE TEMP TABLE _nf_ids AS SELECT * FROM _nf_ids_arrow")
    con.unregister("_nf_ids_arrow")
    con.execute(f"CREATE TEMP VIEW entities AS SELECT e.*, m.actor_id{nulls['entities']} FROM {src['entities']} e LEFT JOIN _nf_ids m ON "
                + _MATCH.format(e="e"))
    con.execute(f"CREATE TEMP VIEW quotes AS SELECT q.*, en.actor_id AS speaker_actor_id{nulls['quotes']} FROM {src['quotes']} q "
                "LEFT JOIN entities en ON en.doc_id = q.doc_id AND en.entity_id = q.speaker_id")
    joins = " ".join(
        f"LEFT JOIN ({_side_ids_sql(side, src['events'], 'entities')}) {side[0]} "
        f"ON {side[0]}.doc_id = ev.doc_id AND {side[0]}.event_id = ev.event_id" for side in ("source", "target"))
    con.execute(f"CREATE TEMP VIEW events AS SELECT ev.*, s.ids AS source_actor_id, t.ids AS target_actor_id{nulls['events']} "
                f"FROM {src['events']} ev {joins}")
    con.execute(f"CREATE TEMP VIEW event_clusters AS SELECT c.*, m.s AS source_actor_id, m.t AS target_actor_id{nulls['event_clusters']} "
                f"FROM {src['event_clusters']} c LEFT JOIN ({_cluster_ids_sql('events')}) m ON m.cluster_id = c.cluster_id")
    return True
