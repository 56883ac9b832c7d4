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


def events_named(extract_text, text: str, published: str = "2016-06-01"):
    """``(events, names)`` of ``text`` after checking the record's evidence: ``names(ids)`` gives
    the names of the entities ``ids``."""
    r = extract_text(text, published=published)
    check_evidence(r, text)
    ents = {e["id"]: e["name"] for e in r["entities"]}
    return r["events"], (lambda ids: [ents[i] for i in ids])


def events_at(events, text: str, word: str) -> list:
    """The events whose trigger reads ``word``."""
    return [ev for ev in events if text[ev["trigger"][0] : ev["trigger"][1]] == word]


def side_text(ev, text: str, side: str = "target") -> list[str]:
    """The words of an event side's evidence spans."""
    return [text[a:b] for a, b in ev[side + "_evidence"]]


def claims_by_text(nlp, text: str) -> dict:
    """The claims of ``text`` (claims stage alone, published 2024-05-01) by their text, after
    checking evidence or nothing for what each counts: a ``counts`` has spans, and none of them
    is the number's own words."""
    from newsfacts.nlp.claims import extract_claims
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    claims, _infos = extract_claims(doc, extract_dates(doc, "2024-05-01")[0], ())
    for c in claims:
        assert bool(c.counts) == bool(c.counts_evidence)
        assert all(e <= c.evidence[0][0] or s >= c.evidence[-1][1] for s, e in c.counts_evidence)
    return {c.text: c for c in claims}


def counts_words(text: str, claim) -> list[str]:
    """The words of a claim's ``counts_evidence``, sorted."""
    return sorted(text[s:e] for s, e in claim.counts_evidence)


def is_counted(ev) -> bool:
    """True when ``dyads`` would count the event: coded, asserted or reported (False for None)."""
    return ev is not None and not ev.get("uncoded") and ev["modality"] in ("asserted", "reported")


def counted_only(events) -> list:
    """The events ``dyads`` counts, in order."""
    return [e for e in events if is_counted(e)]


def checked_events(extract_text, text: str) -> list:
    """The events of ``text``, after checking every span of its record."""
    record = extract_text(text)
    check_evidence(record, text)
    return record["events"]


def quote_speakers(record: dict[str, Any]) -> list[tuple]:
    """(quote text, (speaker name, type) or None, speaker reason) of every quote of ``record``."""
    names = {e["id"]: (e["name"], e["type"]) for e in record["entities"]}
    return [(q["text"], names.get(q["speaker"]), q["speaker_reason"]) for q in record["quotes"]]


def one_speaker(record: dict[str, Any], needle: str) -> tuple:
    """((speaker name, type) or None, reason) of the one quote whose text holds ``needle``."""
    found = [(sp, why) for text, sp, why in quote_speakers(record) if needle in text]
    assert len(found) == 1, quote_speakers(record)
    return found[0]


def one_event_at(extract_text, text: str, word: str):
    """(the first event whose trigger is ``word``, the names function of :func:`events_named`)."""
    evs, names = events_named(extract_text, text)
    hits = events_at(evs, text, word)
    assert hits, (word, evs)
    return hits[0], names
