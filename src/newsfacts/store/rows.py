"""The rows of one record: :func:`rows_from_record` flattens a record into one row per fact
for every table of :data:`newsfacts.store.tables.TABLES` (the DuckDB store, the Parquet/CSV
exports and the Spark job all take their rows from here), :func:`reject_row` makes the row of
a rejected input. List-like columns are compact JSON text. Imports neither DuckDB nor Spark.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any, Optional

from .speakers import named_outside
from .tables import TABLES


#: One encoder for every JSON column (``json.dumps`` with options builds a new encoder per call).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _j(value: Any) -> str:
    return _ENCODE(value)


def record_json(record: dict[str, Any]) -> str:
    """A record as the compact JSON text stored in ``documents.record``."""
    return _ENCODE(record)


def _date(value: Optional[str]) -> Optional[str]:
    """An ISO date (YYYY-MM-DD) or None: DATE columns take only full dates."""
    if not value or len(value) < 10:
        return None
    v = value[:10]
    return v if v[4] == "-" and v[7] == "-" else None


def _period_start(value: Optional[str]) -> Optional[str]:
    """The first day of an ISO date, month ("2021-05") or year ("2015"), so a DATE column
    can hold it; the row's precision column says which it was."""
    if not value:
        return None
    if len(value) >= 10:
        return _date(value)
    if len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:].isdigit():
        return value + "-01"
    if len(value) == 4 and value.isdigit():
        return value + "-01-01"
    return None


def _name_of(ents: dict[str, Any], ids: list[str]) -> Optional[str]:
    """The names of the entities ``ids``, joined with "; " (None if none is known)."""
    names = [ents[i]["name"] for i in ids if i in ents]
    return "; ".join(names) if names else None


def _actor_ids_of(ents: dict[str, Any], ids: list[str]) -> Optional[str]:
    """The actor ids of the entities ``ids``, joined with "; " as :func:`_name_of` joins their
    names (None if none is known: a record of schema 1.0.0 has none)."""
    found = [ents[i]["actor"].get("actor_id") for i in ids if i in ents]
    return "; ".join(found) if found and all(found) else None


def _actor_part(ents: dict[str, Any], ids: list[str], part: str) -> Optional[str]:
    """The first of the entities ``ids`` to have an actor ``part`` (country, sector): its value."""
    vals = [ents[i]["actor"].get(part) for i in ids if i in ents and ents[i]["actor"].get(part)]
    return vals[0] if vals else None


def _span_of(ev: list[list[int]]) -> tuple[Optional[int], Optional[int]]:
    """The stretch evidence spans cover: (first start, last end), or (None, None)."""
    if not ev:
        return None, None
    return min(s for s, _ in ev), max(e for _, e in ev)


def _document_row(record: dict[str, Any], text: str, url: Optional[str], origin: Optional[str],
                  record_text: Optional[str]) -> dict[str, Any]:
    """The ``documents`` row: the text, its metadata and the whole record as JSON."""
    d = record["document"]
    doc_id = d["id"]
    return {
        "doc_id": doc_id,
        "published": _date(d.get("published")),
        "source": d.get("source"),
        "title": d.get("title"),
        "url": url,
        "origin": origin,
        "length": d["length"],
        "language": d.get("language"),
        "schema_version": record["schema_version"],
        "text": text,
        "record": record_text if record_text is not None else _j(record),
    }


def _entity_rows(record: dict[str, Any], doc_id: str) -> dict[str, list[dict[str, Any]]]:
    """The ``entities`` rows and their ``mentions`` rows."""
    out: dict[str, list[dict[str, Any]]] = {"entities": [], "mentions": []}
    for e in record["entities"]:
        a = e["actor"]
        out["entities"].append(
            {
                "doc_id": doc_id,
                "entity_id": e["id"],
                "name": e["name"],
                "type": e["type"],
                "country": a.get("country"),
                "sector": a.get("sector"),
                "portfolio": a.get("portfolio"),
                "actor_code": a.get("code"),
                "n_mentions": len(e["mentions"]),
                "roles": _j(e["roles"]),
                "basis": _j(a.get("basis", [])),
                "actor_id": a.get("actor_id"),
                "named": e.get("named", True),
            }
        )
        for m in e["mentions"]:
            out["mentions"].append(
                {"doc_id": doc_id, "entity_id": e["id"], "start": m["start"], "end": m["end"], "text": m["text"], "kind": m["kind"]}
            )
    return out


def _quote_rows(record: dict[str, Any], doc_id: str, ents: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``quotes`` rows."""
    rows: list[dict[str, Any]] = []
    for q in record["quotes"]:
        s, e_ = _span_of(q["evidence"])
        sp = q.get("speaker")
        cue = q.get("cue") or {}
        rows.append(
            {
                "doc_id": doc_id,
                "quote_id": q["id"],
                "text": q["text"],
                "kind": q["kind"],
                "speaker_id": sp,
                "speaker_name": ents[sp]["name"] if sp in ents else None,
                "speaker_country": ents[sp]["actor"].get("country") if sp in ents else None,
                "cue": cue.get("text"),
                "start": s,
                "end": e_,
                "evidence": _j(q["evidence"]),
                "speaker_evidence": _j(q.get("speaker_evidence", [])),
                "cue_start": cue.get("start"),
                "cue_end": cue.get("end"),
                "speaker_reason": q.get("speaker_reason"),
                "speaker_actor_id": ents[sp]["actor"].get("actor_id") if sp in ents else None,
                "speaker_named_outside": named_outside(
                    q["evidence"], q.get("speaker_evidence"),
                    [(m["start"], m["end"]) for m in ents[sp]["mentions"]] if sp in ents else [], sp is not None),
            }
        )
    return rows


def _event_rows(record: dict[str, Any], doc_id: str, ents: dict[str, Any], url: Optional[str] = None) -> list[dict[str, Any]]:
    """The ``events`` rows (an event's date: its own, else the publication date, marked inferred)."""
    rows: list[dict[str, Any]] = []
    d = record["document"]
    places = {p["id"]: p for p in record.get("places", [])}
    dates = {x["id"]: x for x in record.get("dates", [])}
    for ev in record["events"]:
        s, e_ = _span_of(ev["evidence"])
        pl = places.get(ev.get("place") or "")
        dt = dates.get(ev.get("date") or "")
        event_date = _period_start(dt.get("value")) if dt else None
        event_precision = dt["precision"] if event_date else None
        if event_date is None and d.get("published"):
            # no resolvable date in the text: the publication date, marked as inferred
            event_date, event_precision = _date(d.get("published")), "inferred"
        rows.append(
            {
                "doc_id": doc_id,
                "event_id": ev["id"],
                "type": ev["type"],
                "mode": ev.get("mode"),
                "quad_class": ev.get("quad_class"),
                "cameo": ev.get("cameo"),
                "modality": ev.get("modality"),
                "source_ids": _j(ev.get("source", [])),
                "target_ids": _j(ev.get("target", [])),
                "source_name": _name_of(ents, ev.get("source", [])),
                "target_name": _name_of(ents, ev.get("target", [])),
                "source_country": _actor_part(ents, ev.get("source", []), "country"),
                "source_sector": _actor_part(ents, ev.get("source", []), "sector"),
                "target_country": _actor_part(ents, ev.get("target", []), "country"),
                "target_sector": _actor_part(ents, ev.get("target", []), "sector"),
                "place_id": ev.get("place"),
                "place_name": pl["name"] if pl else None,
                "place_country": pl.get("country") if pl else None,
                "date": event_date,
                "date_precision": event_precision,
                "quote_id": ev.get("quote"),
                "start": s,
                "end": e_,
                "evidence": _j(ev["evidence"]),
                "cluster_id": None,
                "sentence_start": (ev.get("sentence") or [None, None])[0],
                "sentence_end": (ev.get("sentence") or [None, None])[1],
                "trigger_start": (ev.get("trigger") or [None, None])[0],
                "trigger_end": (ev.get("trigger") or [None, None])[1],
                "triggers": _j(ev.get("triggers", [])),
                "source_evidence": _j(ev.get("source_evidence", [])),
                "target_evidence": _j(ev.get("target_evidence", [])),
                "notes": _j(ev.get("notes", [])),
                "source_actor_id": _actor_ids_of(ents, ev.get("source", [])),
                "target_actor_id": _actor_ids_of(ents, ev.get("target", [])),
                "uncoded": ev.get("uncoded"),
                "goldstein": ev.get("goldstein"),
                "is_root": bool(ev.get("is_root", False)),
                "background": bool(ev.get("background", False)),
                **_event_extras(dt, pl, d, url),
            }
        )
    return rows


def _event_extras(dt: Optional[dict[str, Any]], pl: Optional[dict[str, Any]], d: dict[str, Any], url: Optional[str]) -> dict[str, Any]:
    """The event row's own date value, its place's kind, coordinates and admin code, and the article's URL and outlet.

    A country with no coordinates of its own is placed at its centroid (``lexicons/country_centroids.tsv``)."""
    from ..lexicons import country_centroids

    pl = pl or {}
    lat, lon = pl.get("latitude"), pl.get("longitude")
    if lat is None and pl.get("kind") == "country" and pl.get("country"):
        lat, lon = country_centroids().get(pl["country"], (None, None))
    return {
        "date_value": dt.get("value") if dt and _period_start(dt.get("value")) else None,
        "place_kind": pl.get("kind"),
        "place_latitude": lat,
        "place_longitude": lon,
        "place_admin1": pl.get("admin1"),
        "url": url,
        "outlet": d.get("source"),
    }


def _claim_rows(record: dict[str, Any], doc_id: str, ents: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``claims`` rows."""
    rows: list[dict[str, Any]] = []
    for c in record["claims"]:
        s, e_ = _span_of(c["evidence"])
        cl = c.get("claimant")
        rows.append(
            {
                "doc_id": doc_id,
                "claim_id": c["id"],
                "text": c["text"],
                "value": c.get("value"),
                "unit": c.get("unit"),
                "qualifier": c.get("qualifier"),
                "counts": c.get("counts"),
                "claimant_id": cl,
                "claimant_name": ents[cl]["name"] if cl in ents else None,
                "quote_id": c.get("quote"),
                "start": s,
                "end": e_,
                "evidence": _j(c["evidence"]),
                "checks": _j(c.get("checks", [])),
                "low": c.get("low"),
                "high": c.get("high"),
                "counts_evidence": _j(c.get("counts_evidence", [])),
                "tally": _j(c["tally"]) if c.get("tally") is not None else None,
                "claimant_evidence": _j(c.get("claimant_evidence", [])),
            }
        )
    return rows


def _place_rows(record: dict[str, Any], doc_id: str) -> list[dict[str, Any]]:
    """The ``places`` rows."""
    rows: list[dict[str, Any]] = []
    for p in record.get("places", []):
        rows.append(
            {
                "doc_id": doc_id,
                "place_id": p["id"],
                "name": p["name"],
                "kind": p["kind"],
                "country": p.get("country"),
                "latitude": p.get("latitude"),
                "longitude": p.get("longitude"),
                "gazetteer_id": p.get("gazetteer_id"),
                "entity_id": p.get("entity"),
                "evidence": _j(p["evidence"]),
                "reason": p.get("reason"),
                "located_in": p.get("located_in"),
                "admin1": p.get("admin1"),
            }
        )
    return rows


def _date_rows(record: dict[str, Any], doc_id: str) -> list[dict[str, Any]]:
    """The ``dates`` rows."""
    rows: list[dict[str, Any]] = []
    for x in record.get("dates", []):
        rows.append(
            {
                "doc_id": doc_id,
                "date_id": x["id"],
                "text": x["text"],
                "value": x.get("value"),
                "precision": x["precision"],
                "relative": bool(x.get("relative")),
                "evidence": _j(x["evidence"]),
            }
        )
    return rows


def _warning_rows(record: dict[str, Any], doc_id: str) -> list[dict[str, Any]]:
    """The ``warnings`` rows."""
    rows: list[dict[str, Any]] = []
    for w in record["warnings"]:
        rows.append({"doc_id": doc_id, "warning_id": w["id"], "code": w["code"], "message": w["message"],
                                "evidence": _j(w.get("evidence", []))})
    return rows


def unnamed_actor_id(doc_id: str, entity_id: str) -> str:
    """The stored actor id of an unnamed actor: scoped to its document (schema 1.3.0)."""
    return f"unnamed:{doc_id}:{entity_id}"


def _scoped(entity: dict[str, Any], doc_id: str) -> dict[str, Any]:
    """An unnamed actor's record with its document-scoped actor id (the record itself has
    none): every grouping by actor id (actors, speakers, dyads, the network) keeps two
    documents' "police" apart. Named entities are returned as they are."""
    if entity.get("named", True) or entity["actor"].get("actor_id"):
        return entity
    return {**entity, "actor": {**entity["actor"], "actor_id": unnamed_actor_id(doc_id, entity["id"])}}


def rows_from_record(record: dict[str, Any], text: str, *, url: Optional[str] = None, origin: Optional[str] = None,
                     record_text: Optional[str] = None) -> dict[str, list[dict[str, Any]]]:
    """Flatten one record (and its text) into rows for every table in :data:`TABLES`.

    Args:
        record: a record as returned by :func:`newsfacts.extract`.
        text: the document text the record's offsets point into.
        url: the article's URL when known.
        origin: where the text came from (file path, ``file.warc.gz#offset``, ``file.jsonl:line``).
        record_text: the record already as :func:`record_json` text (saves encoding it again).

    Returns:
        ``{table: [row dict, ...]}`` with every table of :data:`TABLES` present (possibly
        empty); ``rejects`` and ``event_clusters`` are always empty here (ingest and
        clustering fill them).
    """
    d = record["document"]
    doc_id = d["id"]
    ents = {e["id"]: _scoped(e, doc_id) for e in record["entities"]}
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    out["documents"].append(_document_row(record, text, url, origin, record_text))  # the record as it is
    out.update(_entity_rows({**record, "entities": list(ents.values())}, doc_id))
    out["quotes"] = _quote_rows(record, doc_id, ents)
    out["events"] = _event_rows(record, doc_id, ents, url)
    out["claims"] = _claim_rows(record, doc_id, ents)
    out["places"] = _place_rows(record, doc_id)
    out["dates"] = _date_rows(record, doc_id)
    out["warnings"] = _warning_rows(record, doc_id)
    return out


def reject_row(r) -> dict[str, Any]:
    """A ``rejects`` table row for a reject (keyed on its origin, so re-runs replace it).

    Args:
        r: a :class:`newsfacts.corpus.readers.Reject` (anything with ``origin``, ``reason``,
            ``detail`` and ``doc_id``).
    """
    return {
        "reject_id": hashlib.sha256(r.origin.encode("utf-8", "surrogatepass")).hexdigest(),
        "origin": r.origin,
        "reason": r.reason,
        "detail": r.detail,
        "doc_id": r.doc_id,
        "rejected_at": datetime.now(timezone.utc).replace(tzinfo=None),
    }
