"""The data each page shows, as plain dicts: the page renders exactly the dict that
its JSON twin (``/api/...``) returns.

Pure functions of a record and its text; no FastAPI and no store here.
"""

from __future__ import annotations

from typing import Any, Optional

from .highlight import country_classes, event_label, fact_spans


def _first(evidence: list[list[int]]) -> Optional[int]:
    return min((s for s, _ in evidence), default=None)


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

    def name(eid: Optional[str]) -> Optional[str]:
        return ents[eid]["name"] if eid in ents else None

    entities = [
        {
            "id": e["id"],
            "name": e["name"],
            "type": e["type"],
            "code": (e.get("actor") or {}).get("code"),
            "country": (e.get("actor") or {}).get("country"),
            "color": colours.get((e.get("actor") or {}).get("country") or "", "cc-none"),
            "roles": [r["title"] + (f" ({r['affiliation']})" if r.get("affiliation") else "") for r in e.get("roles", [])],
            "n_mentions": len(e.get("mentions", [])),
            "first": _first(e.get("evidence", [])),
        }
        for e in sorted(ents.values(), key=lambda x: _first(x.get("evidence", [])) or 0)
    ]
    quotes = [
        {
            "id": q["id"],
            "text": q["text"],
            "kind": q["kind"],
            "speaker_id": q.get("speaker"),
            "speaker": name(q.get("speaker")),
            "cue": (q.get("cue") or {}).get("text"),
            "speaker_reason": q.get("speaker_reason"),
            "first": _first(q.get("evidence", [])),
        }
        for q in record.get("quotes", [])
    ]
    events = [
        {
            "id": ev["id"],
            "label": event_label(ev, ents),
            "type": ev["type"],
            "source": [name(i) for i in ev.get("source", []) if i in ents],
            "target": [name(i) for i in ev.get("target", []) if i in ents],
            "quad_class": ev.get("quad_class"),
            "modality": ev.get("modality"),
            "first": _first(ev.get("evidence", [])),
            "evidence_text": " \u2026 ".join(text[s:e] for s, e in ev.get("evidence", [])),
        }
        for ev in record.get("events", [])
    ]
    claims = [
        {
            "id": c["id"],
            "text": c["text"],
            "value": c.get("value"),
            "unit": c.get("unit"),
            "qualifier": c.get("qualifier"),
            "counts": c.get("counts"),
            "claimant": name(c.get("claimant")) or "the outlet",
            "checks": [{"kind": ch.get("kind"), "verdict": ch.get("verdict"), "explanation": ch.get("explanation")} for ch in c.get("checks", [])],
            "first": _first(c.get("evidence", [])),
        }
        for c in record.get("claims", [])
    ]
    places = [
        {"id": p["id"], "name": p["name"], "kind": p["kind"], "country": p.get("country"), "first": _first(p.get("evidence", []))}
        for p in record.get("places", [])
    ]
    dates = [
        {"id": d["id"], "text": d["text"], "value": d.get("value"), "precision": d["precision"], "first": _first(d.get("evidence", []))}
        for d in record.get("dates", [])
    ]
    countries = [{"code": c, "color": cls} for c, cls in colours.items()]
    return {
        "document": record["document"],
        "text": text,
        "spans": fact_spans(record),
        "entities": entities,
        "quotes": quotes,
        "events": events,
        "claims": claims,
        "places": places,
        "dates": dates,
        "countries": countries,
        "warnings": record.get("warnings", []),
        "counts": {k: len(record.get(k, [])) for k in ("entities", "quotes", "events", "claims", "places", "dates")},
        "stored": stored,
        "record": record,
    }
