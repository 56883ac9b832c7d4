"""Exports of a FactStore: JSONL records, Parquet or CSV per table, PLOVER event JSONL.

- ``jsonl``: one line per document: the record exactly as ``newsfacts extract --json``
  gives it, plus four top-level keys the record schema doesn't have: ``text`` (what the
  offsets point into), ``url``, ``origin`` and ``event_clusters`` (event id -> cluster id).
- ``parquet`` / ``csv``: one file per table of :data:`~newsfacts.store.tables.TABLES`
  (``documents.parquet``, ``events.csv``, ...), columns as documented in docs/corpus.md.
- ``plover``: one event per line with the field names of the PLOVER specification's
  "JSON Data Fields" chapter (id, date, source, recipient, event, mode, context, quad_code,
  event_text, event_loc, link, text_info, cite_info, coder, coded_date), plus ours:
  ``modality``, ``date_precision``, ``background``, ``cameo``, ``goldstein``, ``is_root``,
  ``url`` and ``outlet``. ``date`` keeps its precision: "2016" for a year, "2016-05" for a
  month, else the ISO day (the publication date when the text gives none:
  ``date_precision`` is then ``inferred``). Only coded events; by default only those that
  happened (asserted or reported, not background), as the counts take them.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from typing import Any, Optional

from ..errors import E_EXISTS, E_EXPORT_FORMAT, E_WRITE, NewsfactsError
from .dyads import counted_condition, parse_modality
from .tables import TABLES

FORMATS = ("jsonl", "parquet", "csv", "plover")
QUAD_CODE = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3, "material conflict": 4}


def _default(v: Any) -> Any:
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()
    raise TypeError(type(v).__name__)


def export(store, fmt: str, out: str, *, force: bool = False, modality: Optional[str] = None, background: bool = False) -> dict[str, int]:
    """Write the store in ``fmt`` to ``out`` (a file for jsonl/plover, a folder for parquet/csv).

    Every file is written under a temporary name beside its target and renamed into place
    when complete, so a failed export (a read-only folder, a full disk) leaves no truncated
    file. An existing target is refused unless ``force``. ``modality`` and ``background``
    choose the events of the ``plover`` format (:func:`newsfacts.store.dyads.counted_condition`).

    Returns:
        rows written per file name.

    Raises:
        NewsfactsError: NF306 for an unknown format, NF309 for an existing target without
            ``force``, NF308 when writing fails.
    """
    if fmt not in FORMATS:
        raise NewsfactsError(f"unknown export format '{fmt}' (use one of {', '.join(FORMATS)})", code=E_EXPORT_FORMAT)
    keep = counted_condition("e", parse_modality(modality), background)
    targets = [os.path.join(out, f"{t}.{fmt}") for t in TABLES] if fmt in ("parquet", "csv") else [out]
    existing = [t for t in targets if os.path.lexists(t)]
    if existing and not force:
        raise NewsfactsError(f"{existing[0]} exists already{f' (and {len(existing) - 1} more)' if len(existing) > 1 else ''}: "
                             "give --force to replace it", code=E_EXISTS)
    try:
        if fmt in ("parquet", "csv"):
            return export_tables(store, out, fmt)
        os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
        if fmt == "jsonl":
            return {os.path.basename(out): _atomic(out, lambda tmp: export_jsonl(store, tmp))}
        return {os.path.basename(out): _atomic(out, lambda tmp: export_plover(store, tmp, where=keep))}
    except OSError as exc:
        raise NewsfactsError(f"{getattr(exc, 'filename', None) or out}: the export could not be written ({exc.strerror or exc}); "
                             "nothing was left half-written", code=E_WRITE) from None


def _atomic(path: str, write) -> Any:
    """``write(temporary path)``, then the temporary file renamed to ``path``; removed on failure."""
    tmp = os.path.join(os.path.dirname(os.path.abspath(path)), f".{os.path.basename(path)}.tmp-{os.getpid()}")
    try:
        result = write(tmp)
        os.replace(tmp, path)
        return result
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise


def export_tables(store, folder: str, fmt: str) -> dict[str, int]:
    """One Parquet or CSV file per table, written by DuckDB's COPY (streaming)."""
    import duckdb

    os.makedirs(folder, exist_ok=True)
    counts = {}
    opts = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"

    def copy(table: str, tmp: str) -> None:
        try:
            store.con.execute(f"COPY (SELECT * FROM \"{table}\") TO '{tmp.replace(chr(39), chr(39) * 2)}' ({opts})")
        except duckdb.Error as exc:  # an I/O error inside DuckDB: the same as one of ours
            raise OSError(str(exc).splitlines()[0]) from None

    for table in TABLES:
        path = os.path.join(folder, f"{table}.{fmt}")
        _atomic(path, lambda tmp, table=table: copy(table, tmp))
        counts[os.path.basename(path)] = store.count(table)
    return counts


def export_jsonl(store, path: str) -> int:
    """One JSON object per document: the record plus text, url, origin and event_clusters."""
    n = 0
    sql = (
        "SELECT d.doc_id, d.record, d.text, d.url, d.origin, "
        "(SELECT map_from_entries(list(struct_pack(k := e.event_id, v := e.cluster_id))) FROM events e "
        " WHERE e.doc_id = d.doc_id AND e.cluster_id IS NOT NULL) AS clusters "
        "FROM documents d ORDER BY d.published NULLS LAST, d.doc_id"
    )
    with open(path, "w", encoding="utf-8") as fh:
        for row in store.iter_rows(sql):
            rec = json.loads(row["record"])
            rec["text"] = row["text"]
            rec["url"] = row["url"]
            rec["origin"] = row["origin"]
            rec["event_clusters"] = dict(row["clusters"] or {})
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def _actors(ids_json: str, names: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for eid in json.loads(ids_json or "[]"):
        e = names.get(eid)
        if e is None:
            continue
        out.append({"code": e["country"], "sector": e["sector"], "actor_text": e["name"]})
    return out


def event_date(row: dict[str, Any]) -> Optional[str]:
    """The event's date with its precision kept: the resolved value ("2016", "2016-05", a day),
    else the ISO ``date`` column (a week's Monday, or the publication date when inferred)."""
    value = row.get("date_value")
    if value:
        return value
    d = row.get("date")
    return d.isoformat() if isinstance(d, (_dt.date, _dt.datetime)) else (str(d)[:10] if d else None)


def plover_event(row: dict[str, Any], entities: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One PLOVER-style event object from an ``events`` row (+ document fields and entities)."""
    spans = json.loads(row["evidence"] or "[]")
    loc = None
    if row.get("place_name"):
        loc = {"name": row["place_name"], "kind": row.get("place_kind"), "cc3": row.get("place_country"),
               "admin1": row.get("place_admin1"), "latitude": row.get("latitude"), "longitude": row.get("longitude"),
               "geonameid": row.get("gazetteer_id")}
    return {
        "id": f"{row['doc_id']}:{row['event_id']}",
        "date": event_date(row),
        "date_precision": row.get("date_precision"),
        "source": _actors(row["source_ids"], entities),
        "recipient": _actors(row["target_ids"], entities),
        "event": [row["type"]],
        "mode": row.get("mode"),
        "context": [],  # PLOVER's contexts are not coded (yet)
        "modality": row.get("modality") or "asserted",
        "background": bool(row.get("background")),
        "cameo": row.get("cameo"),
        "goldstein": row.get("goldstein"),
        "is_root": bool(row.get("is_root")),
        "url": row.get("url"),
        "outlet": row.get("outlet"),
        "quad_code": QUAD_CODE.get((row.get("quad_class") or "").lower().replace("_", " ")),
        "event_text": [row["text"][s:e] for s, e in spans],
        "event_loc": loc,
        "link": row.get("cluster_id"),
        "text_info": {"start": row.get("start"), "end": row.get("end"), "doc_id": row["doc_id"]},
        "cite_info": {"url": row.get("url"), "title": row.get("title"), "language": "en", "publication": row.get("outlet"),
                      "coder": "newsfacts", "codebook": "plover"},
        "coder": "newsfacts",
        "coded_date": _dt.date.today().isoformat(),
    }


def export_plover(store, path: str, *, where: Optional[str] = None) -> int:
    """PLOVER-style event JSONL: one event per line, in date order; only the events that pass
    ``where`` (an SQL condition on ``events e``, default :func:`counted_condition`'s)."""
    where = where or counted_condition("e")
    sql = (
        "WITH ents AS (SELECT doc_id, list(struct_pack(id := entity_id, name := name, country := country, sector := sector)) AS ents "
        "FROM entities WHERE doc_id IN (SELECT doc_id FROM events) GROUP BY doc_id) "
        "SELECT e.* EXCLUDE (url, outlet, place_kind, place_admin1), d.text, coalesce(e.url, d.url) AS url, d.title, "
        "coalesce(e.outlet, d.source) AS outlet, "
        "coalesce(e.place_latitude, p.latitude) AS latitude, coalesce(e.place_longitude, p.longitude) AS longitude, "
        "coalesce(e.place_kind, p.kind) AS place_kind, coalesce(e.place_admin1, p.admin1) AS place_admin1, p.gazetteer_id, ents.ents "
        "FROM events e JOIN documents d USING (doc_id) "
        "LEFT JOIN places p ON p.doc_id = e.doc_id AND p.place_id = e.place_id "
        "LEFT JOIN ents ON ents.doc_id = e.doc_id "
        f"WHERE {where} "
        "ORDER BY e.date NULLS LAST, e.doc_id, e.event_id"
    )
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for row in store.iter_rows(sql):
            ents = {x["id"]: x for x in (row.get("ents") or [])}
            fh.write(json.dumps(plover_event(row, ents), ensure_ascii=False, default=_default) + "\n")
            n += 1
    return n
