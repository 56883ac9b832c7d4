"""Score events against the PETRARCH-2 validation records (openeventdata/petrarch2).

``PETR2_GSR_validation.xml`` holds 78 wire sentences, each with the CAMEO codings PETRARCH-2
is expected to produce (``<EventCoding eventcode="042" .../>``, several per sentence, or
``noevents="True"``). The file is not well-formed XML (it has ``#`` comment banners), so
records are read with a small scanner: a ``<Sentence id=...>`` opens a record, its
``<EventCoding>`` lines and ``<Text>`` body follow.

newsfacts codes PLOVER, not CAMEO, so the comparison is at the level both share:

- **CAMEO root**: the sentence's headline event (see :func:`newsfacts.evaluation.plover.headline_event`)
  has a CAMEO root among the expected codes' roots; a sentence expected to have no event
  (or only public statements, root 01, which PLOVER does not code) is right when newsfacts
  finds none.
- **quad class**: the same with the quad class (verbal/material cooperation/conflict).

The rules were never tuned on these sentences: they are an independent check.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Optional

from ..errors import E_EVAL_DATA, NewsfactsError

NONE = "-"
_SENTENCE = re.compile(r'<Sentence\b[^>]*\bid="([^"]+)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)/?>")
_CODE = re.compile(r'eventcode="(\d+)"')
_ACTORS = re.compile(r'sourcecode="([A-Z]*)"\s+targetcode="([A-Z]*)"')
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


def load_records(folder: str | Path) -> list[dict[str, Any]]:
    """``[{id, text, codes}]`` from the PETRARCH-2 validation file in ``folder`` (``codes``:
    the expected CAMEO codes, empty when the record expects no event)."""
    folder = Path(folder)
    path = folder / "PETR2_GSR_validation.xml" if folder.is_dir() else folder
    if not path.is_file():
        raise NewsfactsError(f"no PETR2_GSR_validation.xml in {folder}", code=E_EVAL_DATA)
    raw = path.read_text(encoding="utf-8")
    starts = [(m.start(), m.group(1)) for m in _SENTENCE.finditer(raw)]
    out = []
    for k, (pos, rid) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(raw)
        chunk = raw[pos:end]
        text = _TEXT.search(chunk)
        if text is None:
            continue
        codings = [c.group(1) for c in _CODING.finditer(chunk)]
        codes = [m.group(1) for c in codings for m in [_CODE.search(c)] if m]
        actors = [(m.group(1), m.group(2)) for c in codings for m in [_ACTORS.search(c)] if m]
        out.append({"id": rid, "text": " ".join(text.group(1).split()), "codes": codes, "actors": actors})
    if not out:
        raise NewsfactsError(f"no <Sentence>/<Text> records in {path}", code=E_EVAL_DATA)
    return out


def load_cameo2plover(path: str | Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type, from the PLOVER project's ``CAMEO2PLOVER-2021.txt``
    (lines ``"0841: RETREAT, release, legal # ..."``)."""
    out: dict[str, str] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            out[m.group(1)] = m.group(2)
    return out


def _plover_of(code: str, table: dict[str, str]) -> Optional[str]:
    for k in range(len(code), 1, -1):
        if code[:k] in table:
            return table[code[:k]]
    return None


def evaluate(
    folder: str | Path, *, nlp=None, records: Optional[Iterable] = None, cameo2plover: Optional[str | Path] = None
) -> dict[str, Any]:
    """Score newsfacts on the PETRARCH-2 validation sentences in ``folder``.

    Args:
        folder: the folder with ``PETR2_GSR_validation.xml``.
        cameo2plover: optional path of ``CAMEO2PLOVER-2021.txt``: adds PLOVER-type accuracy
            (the expected CAMEO codes mapped to PLOVER types by that table).

    Returns:
        ``{n, root_accuracy, quad_accuracy, type_accuracy (or None), event_found: {tp, fp, fn},
        actors: {n, source_country_accuracy, target_country_accuracy}, rows}``; the actor
        figures count the sentences with an expected coding, and a side is right when its
        country (or IGO/NGO) is the first block of one expected coding's code.
    """
    from ..nlp.events import plover_coded_type
    from ..nlp.events import quad_class
    from ..pipeline import build_nlp, process
    from .plover import headline_event

    gold = load_records(folder)
    nlp = nlp or build_nlp()
    recs = list(records) if records is not None else list(process(((g["text"], None) for g in gold), nlp=nlp))
    table = load_cameo2plover(cameo2plover) if cameo2plover else None
    root_ok = quad_ok = type_ok = tp = fp = fn = 0
    sides = {"n": 0, "source": 0, "target": 0}
    rows = []
    for g, rec in zip(gold, recs):
        roots = {c[:2] for c in g["codes"] if not c.startswith("01")}
        quads = {quad_class(c) for c in g["codes"] if not c.startswith("01")}
        ev = headline_event(rec, g["text"], nlp)
        proot = ev["cameo"][:2] if ev and ev.get("cameo") else NONE
        pquad = quad_class(ev["cameo"]) if ev and ev.get("cameo") else NONE
        if table is not None:
            types = {_plover_of(c, table) for c in g["codes"] if not c.startswith("01")} - {None}
            ptype = plover_coded_type(ev) if ev else None
            type_ok += (ptype in types) if types else ptype is None
        root_ok += (proot in roots) if roots else proot == NONE
        quad_ok += (pquad in quads) if quads else pquad == NONE
        tp += bool(roots) and proot != NONE
        fp += not roots and proot != NONE
        fn += bool(roots) and proot == NONE
        _score_sides(sides, g["actors"], rec, ev)
        rows.append({"id": g["id"], "gold": sorted(g["codes"]) or [NONE], "pred": ev["cameo"] if ev else NONE,
                     "pred_type": ev["type"] if ev else NONE})
    n = len(gold)
    return {
        "n": n,
        "root_accuracy": root_ok / n if n else 0.0,
        "quad_accuracy": quad_ok / n if n else 0.0,
        "type_accuracy": (type_ok / n if n else 0.0) if table is not None else None,
        "event_found": {"tp": tp, "fp": fp, "fn": fn},
        "actors": {"n": sides["n"], "source_country_accuracy": sides["source"] / sides["n"] if sides["n"] else 0.0,
                   "target_country_accuracy": sides["target"] / sides["n"] if sides["n"] else 0.0},
        "rows": rows,
    }


def _score_sides(sides: dict[str, int], expected: list[tuple[str, str]], record: dict[str, Any], event) -> None:
    """Count the headline event's source and target countries against the expected codings."""
    from .plover import actor_country

    expected = [(s[:3], t[:3]) for s, t in expected if s or t]
    if not expected:
        return
    sides["n"] += 1
    if event is None:
        return
    source, target = actor_country(record, event["source"]), actor_country(record, event["target"])
    sides["source"] += any(source is not None and source == s for s, _ in expected)
    sides["target"] += any(target is not None and target == t for _, t in expected)
