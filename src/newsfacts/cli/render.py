"""Human-readable text for a record (what `newsfacts extract` prints without --json)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any


def _snip(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def unnamed_tag(entity: dict[str, Any]) -> str:
    """"  (unnamed)" after an unnamed actor ("police"; schema 1.3.0: this document's only), else ""."""
    return "  (unnamed)" if entity.get("named") is False else ""


def summary(record: dict[str, Any]) -> str:
    """A plain-text summary: document, entities with actor codes, quotes by speaker,
    events, claims, places, dates, warnings."""
    doc = record["document"]
    ents = {e["id"]: e for e in record["entities"]}
    lines = []
    pub = doc.get("published") or "unknown date"
    lines.append(f"Document {doc['id'][:12]}  {doc['length']:,} characters  published {pub}")
    if doc.get("title"):
        lines.append(f"Title: {doc['title']}")

    def actor(e: dict[str, Any]) -> str:
        return e["actor"].get("code") or "-"

    people = [e for e in record["entities"] if e["type"] == "PERSON"]
    others = [e for e in record["entities"] if e["type"] != "PERSON"]
    if people:
        lines.append("")
        lines.append(f"People ({len(people)})")
        for e in people:
            roles = "; ".join(r["title"] + (f" ({r['affiliation']})" if r.get("affiliation") else "") for r in e["roles"])
            lines.append(f"  {e['name']:<24} {actor(e):<9} {len(e['mentions'])} mentions" + (f"  {roles}" if roles else "") + unnamed_tag(e))
    if others:
        lines.append("")
        lines.append(f"Organisations, places and groups ({len(others)})")
        for e in others:
            lines.append(f"  {e['name']:<40} {e['type']:<6} {actor(e):<9} {len(e['mentions'])} mentions" + unnamed_tag(e))
    if record["quotes"]:
        by: dict[str, list] = defaultdict(list)
        for q in record["quotes"]:
            by[q.get("speaker") or ""].append(q)
        lines.append("")
        lines.append(f"Quotes ({len(record['quotes'])})")
        for sid, qs in by.items():
            who = ents[sid]["name"] if sid in ents else "(speaker unknown)"
            lines.append(f"  {who}")
            for q in qs:
                said = _snip(q["text"])
                if said[:1] not in "\u201c\"'`\u00ab":  # direct quotes carry their own marks
                    said = f"\u201c{said}\u201d"
                lines.append(f"    [{q['kind']}] {said}")
    if record["events"]:
        lines.append("")
        lines.append(f"Events ({len(record['events'])})")
        places = {p["id"]: p for p in record.get("places", [])}
        dates = {d["id"]: d for d in record.get("dates", [])}
        for ev in record["events"]:
            src = ", ".join(ents[i]["name"] for i in ev["source"] if i in ents) or "?"
            tgt = ", ".join(ents[i]["name"] for i in ev["target"] if i in ents) or "?"
            where = places[ev["place"]]["name"] if ev.get("place") in places else None
            when = dates[ev["date"]]["value"] if ev.get("date") in dates else None
            extra = ", ".join(x for x in (where, when) if x)
            mod = "" if ev["modality"] == "asserted" else f" [{ev['modality']}]"
            lines.append(f"  {src} \u2014{ev['type']}\u2192 {tgt}" + (f" ({extra})" if extra else "") + mod)
    if record["claims"]:
        lines.append("")
        lines.append(f"Numeric claims ({len(record['claims'])})")
        for c in record["claims"]:
            who = ents[c["claimant"]]["name"] if c.get("claimant") in ents else "the outlet"
            q = (c.get("qualifier") + " ") if c.get("qualifier") else ""
            lines.append(f"  {q}{c['value']} {c.get('unit') or ''} {c.get('counts') or ''}  (claimed by {who})")
            for ch in c.get("checks", []):
                lines.append(f"      check {ch['kind']}: {ch['verdict']} \u2014 {ch['explanation']}")
    if record.get("places"):
        lines.append("")
        lines.append(f"Places ({len(record['places'])})")
        for p in record["places"]:
            lines.append(f"  {p['name']:<36} {p['kind']:<9} {p.get('country') or '-'}")
    if record.get("dates"):
        lines.append("")
        lines.append(f"Dates ({len(record['dates'])})")
        for d in record["dates"]:
            lines.append(f"  {d['text']:<28} {d.get('value') or 'unresolved'} ({d['precision']})")
    if record["warnings"]:
        lines.append("")
        lines.append("Warnings")
        for w in record["warnings"]:
            lines.append(f"  {w['code']}: {w['message']}")
    return "\n".join(lines)
