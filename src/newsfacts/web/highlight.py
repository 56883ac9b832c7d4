"""Article text with its facts marked: evidence spans -> properly nested, escaped HTML.

Facts overlap freely (a quote holds entity mentions, an event's evidence may cross a
quote's edge), so the text is cut at every span boundary and, for each piece, the
spans covering it are opened outermost first (earliest start, then longest). Where
two spans cross, the inner one is closed and reopened, so the markup always nests and
one fact may be drawn as several elements that share its ``data-id``.

Everything is escaped here with :func:`markupsafe.escape`; nothing from the text or the
record reaches the page unescaped.
"""

from __future__ import annotations

from typing import Any, Iterable

from markupsafe import Markup, escape

#: Drawing order for spans with the same extent (outer first).
LAYERS = {"quote": 0, "claim": 1, "event": 2, "speaker": 3, "cue": 3, "place": 4, "date": 4, "entity": 5}

#: Number of colour classes for actor countries (``cc0`` .. ``cc11`` in style.css).
PALETTE = 12


def country_classes(record: dict[str, Any]) -> dict[str, str]:
    """Colour class per actor country, in order of first appearance in the text."""
    firsts: list[tuple[int, str]] = []
    seen: set[str] = set()
    for e in record.get("entities", []):
        c = (e.get("actor") or {}).get("country")
        if c and c not in seen and e.get("mentions"):
            seen.add(c)
            firsts.append((min(m["start"] for m in e["mentions"]), c))
    return {c: f"cc{k % PALETTE}" for k, (_, c) in enumerate(sorted(firsts))}


def fact_spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span to draw, as ``{start, end, kind, id, cls, title}`` dicts.

    Kinds: ``entity`` (each mention, coloured by the entity's actor country), ``quote``
    (each content fragment), ``speaker`` and ``cue`` (the attribution of a quote),
    ``event`` (each evidence span), ``claim``, ``place`` and ``date``.
    """
    ents = {e["id"]: e for e in record.get("entities", [])}
    colours = country_classes(record)
    spans: list[dict[str, Any]] = []

    def add(start: int, end: int, kind: str, fid: str, cls: str, title: str) -> None:
        if end > start:
            spans.append({"start": int(start), "end": int(end), "kind": kind, "id": fid, "cls": cls, "title": title})

    for e in ents.values():
        actor = e.get("actor") or {}
        country = actor.get("country")
        cls = colours.get(country or "", "cc-none")
        title = e["name"] + (f" \u00b7 {actor['code']}" if actor.get("code") else "") + f" \u00b7 {e['type']}"
        for m in e.get("mentions", []):
            add(m["start"], m["end"], "entity", e["id"], cls, title)
    for q in record.get("quotes", []):
        who = ents[q["speaker"]]["name"] if q.get("speaker") in ents else "speaker unknown"
        cue = (q.get("cue") or {}).get("text")
        title = f"{who}" + (f" \u00b7 cue: {cue}" if cue else "") + f" \u00b7 {q['kind']} quote"
        for s, e_ in q.get("evidence", []):
            add(s, e_, "quote", q["id"], f"q-{q['kind']}", title)
        for s, e_ in q.get("speaker_evidence", []):
            add(s, e_, "speaker", q["id"], "", f"speaker of {q['id']}: {who}")
        if q.get("cue"):
            add(q["cue"]["start"], q["cue"]["end"], "cue", q["id"], "", f"cue of {q['id']}: {cue}")
    for ev in record.get("events", []):
        title = event_label(ev, ents)
        for s, e_ in ev.get("evidence", []):
            add(s, e_, "event", ev["id"], "", title)
    for c in record.get("claims", []):
        verdicts = sorted({ch.get("verdict", "") for ch in c.get("checks", [])})
        cls = "v-inconsistent" if "inconsistent" in verdicts else ""
        title = f"claim: {c['text']}" + (f" \u00b7 checks: {', '.join(verdicts)}" if verdicts else "")
        for s, e_ in c.get("evidence", []):
            add(s, e_, "claim", c["id"], cls, title)
    for p in record.get("places", []):
        title = f"place: {p['name']} \u00b7 {p['kind']}" + (f" \u00b7 {p['country']}" if p.get("country") else "")
        for s, e_ in p.get("evidence", []):
            add(s, e_, "place", p["id"], "", title)
    for d in record.get("dates", []):
        title = f"date: {d.get('value') or 'unresolved'} \u00b7 {d['precision']}"
        for s, e_ in d.get("evidence", []):
            add(s, e_, "date", d["id"], "", title)
    return spans


def _names(ids: Iterable[str], ents: dict[str, Any]) -> str:
    names = [ents[i]["name"] for i in ids if i in ents]
    return ", ".join(names) if names else "?"


def event_label(ev: dict[str, Any], ents: dict[str, Any]) -> str:
    """``SOURCE —TYPE→ TARGET`` for one event."""
    return f"{_names(ev.get('source', []), ents)} \u2014{ev['type']}\u2192 {_names(ev.get('target', []), ents)}"


def _open_tag(span: dict[str, Any]) -> str:
    classes = " ".join(x for x in ("f", f"f-{span['kind']}", span.get("cls") or "") if x)
    return (
        f'<span class="{escape(classes)}" data-kind="{escape(span["kind"])}" '
        f'data-id="{escape(span["id"])}" title="{escape(span["title"])}">'
    )


def highlight(text: str, spans: list[dict[str, Any]]) -> Markup:
    """The text as HTML with every span marked; see the module docstring.

    Args:
        text: the document text the spans' offsets point into.
        spans: dicts with ``start``, ``end``, ``kind``, ``id``, ``cls``, ``title``
            (as :func:`fact_spans` returns); spans outside the text are clipped.

    Returns:
        Escaped HTML, safe to put in a page as is.
    """
    n = len(text)
    clean = []
    for sp in spans:
        s, e = max(0, sp["start"]), min(n, sp["end"])
        if e > s:
            clean.append({**sp, "start": s, "end": e})
    order = sorted(range(len(clean)), key=lambda k: (clean[k]["start"], -clean[k]["end"], LAYERS.get(clean[k]["kind"], 9), clean[k]["id"]))
    rank = {k: r for r, k in enumerate(order)}
    bounds = sorted({0, n} | {sp["start"] for sp in clean} | {sp["end"] for sp in clean})
    starts: dict[int, list[int]] = {}
    for k, sp in enumerate(clean):
        starts.setdefault(sp["start"], []).append(k)
    active: set[int] = set()
    stack: list[int] = []
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        active = {k for k in active if clean[k]["end"] > a}
        active.update(starts.get(a, []))
        want = sorted(active, key=rank.__getitem__)
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] == want[keep]:
            keep += 1
        out.extend("</span>" for _ in stack[keep:])
        for k in want[keep:]:
            out.append(_open_tag(clean[k]))
        stack = want
        out.append(str(escape(text[a:b])))
    out.extend("</span>" for _ in stack)
    return Markup("".join(out))
