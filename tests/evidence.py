"""The evidence invariant, shared by every test that checks a record."""

from __future__ import annotations

from typing import Any, Optional


def check_evidence(record: dict[str, Any], text: str) -> int:
    """Assert that every span in ``record`` is in range and cuts ``text`` where the
    record says; return the number of spans checked."""
    n = len(text)
    assert record["document"]["length"] == n
    checked = 0
    ids: set[str] = set()
    for key in ("entities", "quotes", "events", "claims", "places", "dates", "warnings"):
        for item in record[key]:
            assert item["id"] not in ids, f"duplicate id {item['id']}"
            ids.add(item["id"])
            if key != "warnings":
                assert item["evidence"], f"{key} {item['id']} has no evidence"
            for s, e in item["evidence"]:
                assert 0 <= s < e <= n, f"{key} {item['id']}: span {s}-{e} out of range 0-{n}"
                checked += 1
            for m in item.get("mentions", []):
                assert text[m["start"]:m["end"]] == m["text"], f"mention {m} does not cut the text"
                checked += 1
            for r in item.get("roles", []):
                for s, e in r["evidence"]:
                    assert 0 <= s < e <= n
                    # a role's evidence is every place the office is named, in any wording
                    # ("Minister of Defense", "Defense Minister", "Minister"): its head word is there
                    head = r["title"].lower().split(" of ")[0].split()[-1]
                    assert head in text[s:e].lower(), f"role {r['title']!r} not in its evidence {text[s:e]!r}"
                    checked += 1
            for s, e in item.get("speaker_evidence", []) + item.get("claimant_evidence", []) + item.get("counts_evidence", []):
                assert 0 <= s < e <= n
                checked += 1
            cue = item.get("cue")
            if cue:
                assert text[cue["start"]:cue["end"]] == cue["text"]
                checked += 1
            if key == "quotes":
                frags = [text[s:e] for s, e in item["evidence"]]
                assert all(f and f in item["text"] for f in frags), f"quote {item['id']} text does not match its fragments"
            if key in ("claims", "dates"):
                s, e = item["evidence"][0]
                assert text[s:e] == item["text"], f"{key} {item['id']}: {text[s:e]!r} != {item['text']!r}"
            if key == "entities":
                assert sorted(map(tuple, item["evidence"])) == sorted((m["start"], m["end"]) for m in item["mentions"])
    return checked


def event_by_trigger(extract_text, text: str, trigger: str):
    """The one event of ``text`` whose trigger reads ``trigger`` (None when there is none),
    after checking the record's evidence."""
    r = extract_text(text)
    check_evidence(r, text)
    hits = [e for e in r["events"] if text[e["trigger"][0] : e["trigger"][1]] == trigger]
    assert len(hits) <= 1, hits
    return hits[0] if hits else None


def event_sides(extract_text, text: str, trigger: str):
    """``([(type, source names, target names, source countries, target countries)], record)``
    for the events of ``text`` whose trigger reads ``trigger``, after checking the evidence."""
    r = extract_text(text)
    check_evidence(r, text)
    ents = {e["id"]: e for e in r["entities"]}
    out = []
    for ev in r["events"]:
        if text[ev["trigger"][0] : ev["trigger"][1]] == trigger:
            src, tgt = [ents[i] for i in ev["source"]], [ents[i] for i in ev["target"]]
            out.append((ev["type"], [e["name"] for e in src], [e["name"] for e in tgt],
                        [e["actor"].get("country") for e in src], [e["actor"].get("country") for e in tgt]))
    return out, r


def quote_with(record: dict[str, Any], needle: str) -> dict[str, Any]:
    """The first quote of ``record`` whose text holds ``needle``."""
    return next(q for q in record["quotes"] if needle in q["text"])


def speaker_name(record: dict[str, Any], needle: str) -> Optional[str]:
    """The name of the speaker of the first quote of ``record`` whose text holds ``needle`` (None: no speaker)."""
    by_id = {e["id"]: e for e in record["entities"]}
    quote = quote_with(record, needle)
    return by_id[quote["speaker"]]["name"] if quote["speaker"] else None
