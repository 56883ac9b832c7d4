"""The data each page shows, as plain dicts: the page renders exactly the dict that
its JSON twin (``/api/...``) returns.

Pure functions of a record and its text (or of query results); no FastAPI and no store here.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Optional

from .highlight import country_classes, event_label, fact_spans


def _first(evidence: list[list[int]]) -> Optional[int]:
    """The first offset of the evidence spans (None without evidence)."""
    return min((s for s, _ in evidence), default=None)


def _entity_items(ents: dict[str, Any], colours: dict[str, str]) -> list[dict[str, Any]]:
    """The entities side list, in order of first appearance."""
    return [
        {
            "id": e["id"],
            "name": e["name"],
            "type": e["type"],
            "code": (e.get("actor") or {}).get("code"),
            "country": (e.get("actor") or {}).get("country"),
            "actor_id": (e.get("actor") or {}).get("actor_id"),  # one identity across documents (1.1.0)
            "color": colours.get((e.get("actor") or {}).get("country") or "", "cc-none"),
            "roles": [r["title"] + (f" ({r['affiliation']})" if r.get("affiliation") else "") for r in e.get("roles", [])],
            "n_mentions": len(e.get("mentions", [])),
            "first": _first(e.get("evidence", [])),
            "named": e.get("named", True),  # False: an unnamed actor ("police"), no page of its own (1.3.0)
        }
        for e in sorted(ents.values(), key=lambda x: _first(x.get("evidence", [])) or 0)
    ]


def _name(ents: dict[str, Any], eid: Optional[str]) -> Optional[str]:
    """The name of entity ``eid`` (None if unknown)."""
    return ents[eid]["name"] if eid in ents else None


def _quote_items(record: dict[str, Any], ents: dict[str, Any]) -> list[dict[str, Any]]:
    """The quotes side list."""
    return [
        {
            "id": q["id"],
            "text": q["text"],
            "kind": q["kind"],
            "speaker_id": q.get("speaker"),
            "speaker": _name(ents, q.get("speaker")),
            "speaker_named": ents[q["speaker"]].get("named", True) if q.get("speaker") in ents else None,
            "cue": (q.get("cue") or {}).get("text"),
            "speaker_reason": q.get("speaker_reason"),
            "first": _first(q.get("evidence", [])),
        }
        for q in record.get("quotes", [])
    ]


def _event_items(record: dict[str, Any], text: str, ents: dict[str, Any]) -> list[dict[str, Any]]:
    """The events side list, with each event's evidence text."""
    return [
        {
            "id": ev["id"],
            "label": event_label(ev, ents),
            "type": ev["type"],
            "source": [_name(ents, i) for i in ev.get("source", []) if i in ents],
            "target": [_name(ents, i) for i in ev.get("target", []) if i in ents],
            "quad_class": ev.get("quad_class"),
            "modality": ev.get("modality"),
            "first": _first(ev.get("evidence", [])),
            "evidence_text": " \u2026 ".join(text[s:e] for s, e in ev.get("evidence", [])),
        }
        for ev in record.get("events", [])
    ]


def _claim_items(record: dict[str, Any], ents: dict[str, Any]) -> list[dict[str, Any]]:
    """The claims side list, with their checks."""
    return [
        {
            "id": c["id"],
            "text": c["text"],
            "value": c.get("value"),
            "unit": c.get("unit"),
            "qualifier": c.get("qualifier"),
            "counts": c.get("counts"),
            "claimant": _name(ents, c.get("claimant")) or "the outlet",
            "checks": [{"kind": ch.get("kind"), "verdict": ch.get("verdict"), "explanation": ch.get("explanation")} for ch in c.get("checks", [])],
            "first": _first(c.get("evidence", [])),
        }
        for c in record.get("claims", [])
    ]


def article_view(record: dict[str, Any], text: str, *, stored: bool = False) -> dict[str, Any]:
    """Everything the article page shows for one record.

    Args:
        record: a record as :func:`newsfacts.extract` returns it.
        text: the document text its offsets point into.
        stored: whether the document is in the store (the page then links to it).

    Returns:
        ``document``, ``text``, ``spans`` (every highlighted span, see
        :func:`~newsfacts.web.highlight.fact_spans`), side lists ``entities``,
        ``quotes``, ``events``, ``claims``, ``places``, ``dates`` (each with ``first``, the offset the page
        scrolls to), ``countries`` (the colour legend), ``warnings``, ``counts``,
        ``stored`` and the full ``record``.
    """
    ents = {e["id"]: e for e in record.get("entities", [])}
    colours = country_classes(record)
    places = [
        {"id": p["id"], "name": p["name"], "kind": p["kind"], "country": p.get("country"), "first": _first(p.get("evidence", []))}
        for p in record.get("places", [])
    ]
    dates = [
        {"id": d["id"], "text": d["text"], "value": d.get("value"), "precision": d["precision"], "first": _first(d.get("evidence", []))}
        for d in record.get("dates", [])
    ]
    return {
        "document": record["document"],
        "text": text,
        "spans": fact_spans(record),
        "entities": _entity_items(ents, colours),
        "quotes": _quote_items(record, ents),
        "events": _event_items(record, text, ents),
        "claims": _claim_items(record, ents),
        "places": places,
        "dates": dates,
        "countries": [{"code": c, "color": cls} for c, cls in colours.items()],
        "warnings": record.get("warnings", []),
        "counts": {k: len(record.get(k, [])) for k in ("entities", "quotes", "events", "claims", "places", "dates")},
        "stored": stored,
        "record": record,
    }


def dyads_view(rows: list[tuple[str, str, str, int]], *, a: str, b: Optional[str], by: str, frm: Optional[_dt.date],
               to: Optional[_dt.date], types: list[str], count: str) -> dict[str, Any]:
    """What the dyads page shows: the counts of :func:`newsfacts.store.dyads.dyad_counts`
    as one series per direction and quad class, with the echo of the query.

    Returns:
        ``periods`` (ISO dates of each period's start), ``series`` (one per direction
        and quad class, with a count per period), ``total`` and the query's ``a``, ``b``,
        ``by``, ``from``, ``to``, ``types``, ``count``.
    """
    periods = sorted({r[0] for r in rows})
    pos = {p: k for k, p in enumerate(periods)}
    series: dict[tuple[str, str], list[int]] = {}
    for period, quad, direction, n in rows:
        series.setdefault((direction, quad), [0] * len(periods))[pos[period]] += n
    label = {"ab": f"{a} \u2192 {b or 'anyone'}", "ba": f"{b or 'anyone'} \u2192 {a}"}
    return {
        "a": a,
        "b": b,
        "by": by,
        "from": frm.isoformat() if frm else None,
        "to": to.isoformat() if to else None,
        "types": types,
        "count": count,
        "periods": periods,
        "series": [
            {"direction": d, "label": label[d], "quad_class": q, "counts": c}
            for (d, q), c in sorted(series.items())
        ],
        "total": sum(r[3] for r in rows),
    }
