"""Articles written for the web tests, and records built by hand for them.

The hand-built records have quotes, events and claims whatever stages the pipeline has,
so the pages are tested on every kind of fact; their offsets are found in the text, and
tests check them with ``check_evidence`` and the JSON Schema.
"""

from __future__ import annotations

from typing import Any, Optional

from newsfacts.nlp.entities.identity import actor_id_of
from newsfacts.schema import SCHEMA_VERSION, document_id

#: A short wire story with direct quotes, written for these tests.
HARBOUR = (
    "REYKJAVIK, May 4 - Icelandic Foreign Minister Halla Gunnarsdottir met Danish Defence "
    "Minister Søren Kjaer in Reykjavik on Monday, and the two governments agreed to run joint "
    "coast guard patrols around Greenland.\n\n"
    "\"Our waters are getting busier every year, and no country can watch them alone,\" "
    "Gunnarsdottir said after the talks.\n\n"
    "Kjaer said Denmark would station two inspection ships in Nuuk from the autumn. "
    "\"This is about fishing boats and search and rescue, nothing else,\" he told reporters.\n\n"
    "A spokesman for the Russian embassy, Oleg Petrov, criticised the plan and said Moscow "
    "had not been consulted.\n\n"
    "The patrols will cover about 2.2 million square kilometres of sea, officials said.\n"
)

#: A seed-style report of a minister's visit (curly quotes, titles, two countries), written for the browser test.
VISIT = (
    "Chile will stand by its defence partnership with New Zealand whatever the result of the coming election in "
    "Wellington, its defence chief said on Monday.\n\n"
    "Chilean Minister of Defence Rodrigo Fuentes spent the day in the New Zealand capital, meeting Foreign Minister "
    "Aroha Tane at Parliament in the morning and Defence Minister Peter Walsh at the ministry in the afternoon.\n\n"
    "In a post on his website, Fuentes said the talks with Tane had covered \u201cillegal fishing, shipping lanes "
    "and the safety of crews in the Southern Ocean.\u201d\n\n"
    "\u201cWe are glad to have Minister Fuentes here,\u201d Tane told reporters outside Parliament, adding that the "
    "two navies \u201cknow each other's waters well.\u201d\n\n"
    "Walsh said New Zealand would send a frigate to a joint exercise off Valparaiso in October. "
    "\u201cOur sailors train better together,\u201d he said.\n\n"
    "The exercise will involve about 1,400 personnel and 9 ships, the ministry said.\n"
)

#: A second story, a month later.
LATER = (
    "COPENHAGEN, June 9 - Søren Kjaer said the first joint patrol with Iceland had gone well. "
    "\"The crews worked as one,\" Kjaer told a news conference, after meeting Halla Gunnarsdottir again.\n"
)

#: A text built to break pages that do not escape: markup, script and quotes of both kinds.
HOSTILE = (
    "<script>window.__pwned = 1</script> Minister Anna \"Ann\" O'Neill said \"it's <b>fine</b>\" "
    "in Dublin on Friday. The statement ended with \"><img src=x onerror=\"window.__pwned=2\"> and "
    "a stray ' quote.\n"
)


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """The span of the ``nth`` occurrence of ``needle`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def record(
    text: str,
    *,
    published: Optional[str],
    title: Optional[str] = None,
    source: Optional[str] = None,
    entities: list[tuple] = (),
    quotes: list[tuple] = (),
    events: list[tuple] = (),
    claims: list[tuple] = (),
    places: list[tuple] = (),
    dates: list[tuple] = (),
) -> dict[str, Any]:
    """Build a record by hand.

    Args:
        entities: ``(id, name, type, country, sector, [mention needle, ...])``; a needle
            may be ``(needle, nth)``.
        quotes: ``(id, content needle, kind, speaker id, speaker needle or None, cue needle or None)``.
        events: ``(id, type, quad_class, [source ids], [target ids], evidence needle)``.
        claims: ``(id, needle, value, unit, [(verdict, explanation), ...])``.
        places: ``(id, needle, kind, country)``; dates: ``(id, needle, value, precision)``.
    """

    def sp(n):
        return list(find(text, *n)) if isinstance(n, tuple) else list(find(text, n))

    ents = []
    for eid, name, etype, country, sector, needles in entities:
        mentions = []
        for n in needles:
            s, e = sp(n)
            mentions.append({"text": text[s:e], "start": s, "end": e, "kind": "name"})
        code = " ".join(p for p in (country, sector) if p) or None
        ents.append(
            {
                "id": eid,
                "name": name,
                "type": etype,
                "mentions": mentions,
                "roles": [],
                "actor": {"country": country, "sector": sector, "portfolio": None, "code": code,
                          "actor_id": actor_id_of(name, etype, country), "entry": None, "valid": None, "basis": []},
                "evidence": [[m["start"], m["end"]] for m in mentions],
            }
        )
    qs = []
    for qid, content, kind, speaker, speaker_needle, cue in quotes:
        s, e = sp(content)
        cue_span = sp(cue) if cue else None
        qs.append(
            {
                "id": qid,
                "text": text[s:e],
                "evidence": [[s, e]],
                "kind": kind,
                "speaker": speaker,
                "speaker_evidence": [sp(speaker_needle)] if speaker_needle else [],
                "cue": {"text": text[cue_span[0]:cue_span[1]], "start": cue_span[0], "end": cue_span[1]} if cue_span else None,
                "speaker_reason": None,
            }
        )
    evs = []
    for evid, etype, quad, src, tgt, needle in events:
        evs.append(
            {
                "id": evid,
                "type": etype,
                "mode": None,
                "quad_class": quad,
                "cameo": None,
                "source": list(src),
                "target": list(tgt),
                "place": None,
                "date": None,
                "modality": "asserted",
                "quote": None,
                "evidence": [sp(needle)],
                "trigger": None,
                "sentence": None,
                "notes": [],
            }
        )
    cls = []
    for cid, needle, value, unit, checks in claims:
        s, e = sp(needle)
        cls.append(
            {
                "id": cid,
                "text": text[s:e],
                "value": value,
                "unit": unit,
                "evidence": [[s, e]],
                "qualifier": None,
                "counts": None,
                "claimant": None,
                "quote": None,
                "checks": [
                    {"kind": "total", "claims": [cid], "arithmetic": "-", "verdict": v, "explanation": x} for v, x in checks
                ],
            }
        )
    return {
        "schema_version": SCHEMA_VERSION,
        "document": {"id": document_id(text), "length": len(text), "published": published, "source": source, "title": title, "language": "en"},
        "entities": ents,
        "quotes": qs,
        "events": evs,
        "claims": cls,
        "places": [
            {"id": pid, "name": needle, "kind": kind, "evidence": [sp(needle)], "country": country, "latitude": None,
             "longitude": None, "gazetteer_id": None, "entity": None, "reason": None}
            for pid, needle, kind, country in places
        ],
        "dates": [
            {"id": did, "text": needle, "value": value, "precision": precision, "evidence": [sp(needle)], "relative": True}
            for did, needle, value, precision in dates
        ],
        "warnings": [],
    }


def harbour_record(published: str = "2026-05-04") -> dict[str, Any]:
    """:data:`HARBOUR` with its facts marked by hand."""
    t = HARBOUR
    return record(
        t,
        published=published,
        title="Iceland and Denmark agree joint patrols",
        source="Test Wire",
        entities=[
            ("e1", "Halla Gunnarsdottir", "PERSON", "ISL", "GOV", ["Halla Gunnarsdottir", ("Gunnarsdottir", 1)]),
            ("e2", "Søren Kjaer", "PERSON", "DNK", "GOV", ["Søren Kjaer", ("Kjaer", 1)]),
            ("e3", "Reykjavik", "GPE", "ISL", None, ["Reykjavik"]),
            ("e4", "Denmark", "GPE", "DNK", None, ["Denmark"]),
            ("e5", "Oleg Petrov", "PERSON", "RUS", "GOV", ["Oleg Petrov"]),
            ("e6", "Greenland", "GPE", "GRL", None, ["Greenland"]),
        ],
        quotes=[
            ("q1", "Our waters are getting busier every year, and no country can watch them alone,", "direct", "e1", ("Gunnarsdottir", 1), "said"),
            ("q2", "This is about fishing boats and search and rescue, nothing else,", "direct", "e2", None, "told"),
            ("q3", "Denmark would station two inspection ships in Nuuk from the autumn", "indirect", "e2", ("Kjaer", 1), ("said", 1)),
        ],
        events=[
            ("ev1", "CONSULT", "verbal cooperation", ["e1"], ["e2"], "met Danish Defence Minister"),
            ("ev2", "AGREE", "verbal cooperation", ["e1"], ["e2"], "agreed to run joint coast guard patrols"),
            ("ev3", "ACCUSE", "verbal conflict", ["e5"], ["e4"], "criticised the plan"),
        ],
        claims=[("c1", "2.2 million square kilometres", 2_200_000, "km2", [("consistent", "one figure, nothing to compare")])],
        places=[("p1", "Nuuk", "city", "GRL")],
        dates=[("d1", "Monday", "2026-05-04", "day")],
    )


def later_record() -> dict[str, Any]:
    """A second story, a month later, with the same two countries and a new quote."""
    t = LATER
    return record(
        t,
        published="2026-06-09",
        title="First joint patrol ends",
        source="Other Wire",
        entities=[
            ("e1", "Søren Kjaer", "PERSON", "DNK", "GOV", ["Søren Kjaer", "Kjaer"]),
            ("e2", "Iceland", "GPE", "ISL", None, ["Iceland"]),
            ("e3", "Halla Gunnarsdottir", "PERSON", "ISL", "GOV", ["Halla Gunnarsdottir"]),
        ],
        quotes=[("q1", "The crews worked as one,", "direct", "e1", "Kjaer", "told")],
        events=[
            ("ev1", "CONSULT", "verbal cooperation", ["e1"], ["e3"], "meeting Halla Gunnarsdottir"),
            ("ev2", "COOPERATE", "material cooperation", ["e1"], ["e2"], "joint patrol with Iceland"),
        ],
    )


def hostile_record() -> dict[str, Any]:
    """:data:`HOSTILE` with facts whose strings are hostile too."""
    t = HOSTILE
    return record(
        t,
        published="2026-05-08",
        title="<script>window.__pwned = 3</script>\"'",
        source="\"><svg onload=alert(1)>",
        entities=[("e1", "Anna \"Ann\" O'Neill", "PERSON", "IRL", "GOV", ["Anna \"Ann\" O'Neill"])],
        quotes=[("q1", "it's <b>fine</b>", "direct", "e1", "Anna \"Ann\" O'Neill", "said")],
        events=[],
        claims=[],
    )
