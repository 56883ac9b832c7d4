"""Score events against the PLOVER gold-standard records (openeventdata/PLOVER GSR).

The folder holds the GSR as JSON (a list of records with ``text``, ``event``, ``source`` and
``target`` actors with ISO3 ``code``). PLOVER 0.5 names are mapped to the current ones
(DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT); the ``DOCUMENT``
record is skipped. Each sentence runs through the full pipeline (no publication date).

Scores: event-type accuracy of the sentence's main event (PLOVER coding: a pledged or
conditional act counts as AGREE or THREATEN, see
:func:`newsfacts.nlp.events.plover_coded_type`), source and target country accuracy of that
event, and F1 over (type, source country, target country) triples from all events found.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Optional

from ..errors import E_EVAL_DATA, NewsfactsError
from ..nlp.events import plover_types
from .common import confusion, in_split, macro_scores, main_event

RENAME = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
#: The 16 PLOVER types, in the order of lexicons/plover_types.tsv (the one list).
TYPES = tuple(plover_types())
NONE = "-"


def load_gsr(folder: str | Path) -> list[dict[str, Any]]:
    """The gold records: ``[{id, text, type, source, target}]`` with source/target ISO3 or None."""
    folder = Path(folder)
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    if not files:
        raise NewsfactsError(f"no PLOVER GSR .json file in {folder}", code=E_EVAL_DATA)
    out = []
    for f in files:
        for r in json.loads(f.read_text(encoding="utf-8")):
            typ = r.get("event")
            if not typ or typ == "DOCUMENT" or not r.get("text"):
                continue
            out.append(
                {
                    "id": r["id"],
                    "text": r["text"],
                    "type": RENAME.get(typ, typ),
                    "source": _code(r.get("source")),
                    "target": _code(r.get("target")),
                    "reciprocal": _reciprocal(r),
                }
            )
    return out


def _reciprocal(record: dict[str, Any]) -> Optional[tuple[str, str]]:
    """The two parties' ISO3 codes of a reciprocal record, or None.

    The GSR marks both parties of a mutual act "SRC/TAR" ("reciprocal source/target" in its
    readme) and lists them as two sources with no target: "Jordan and Britain agreed". Either
    party may be coded as the source and the other as the target."""
    actors = record.get("source")
    markup = (record.get("textInfo") or {}).get("markup") or ""
    if "SRC/TAR" not in str(markup) or record.get("target") or not isinstance(actors, list) or len(actors) < 2:
        return None
    codes = [str(a.get("code") or "")[:3] for a in actors[:2] if isinstance(a, dict)]
    return (codes[0], codes[1]) if len(codes) == 2 and all(codes) else None


def gold_triple_found(gold: dict[str, Any], triples: set) -> bool:
    """Whether the gold (type, source, target) is among the predicted triples; for a reciprocal
    record, (type, one party, the other) in either order counts too."""
    if (gold["type"], gold["source"], gold["target"]) in triples:
        return True
    pair = gold.get("reciprocal")
    return bool(pair) and ((gold["type"], *pair) in triples or (gold["type"], pair[1], pair[0]) in triples)


def _code(actors: Any) -> Optional[str]:
    if isinstance(actors, list) and actors and actors[0].get("code"):
        return str(actors[0]["code"])[:3]
    return None


def actor_country(record: dict[str, Any], ids: list[str]) -> Optional[str]:
    """The actor country of the first entity that has one; for an international or
    non-governmental organisation with no country, its sector (IGO, NGO), as the GSR codes it."""
    ents = {e["id"]: e for e in record["entities"]}
    for i in ids:
        actor = ents.get(i, {}).get("actor", {})
        if actor.get("country"):
            return actor["country"]
        if actor.get("sector") in ("IGO", "NGO"):
            return actor["sector"]
    return None


def headline_event(record: dict[str, Any], text: str, nlp) -> Optional[dict[str, Any]]:
    """The event a one-sentence coder would pick: of the events PLOVER would code, the one
    whose trigger sits highest in the sentence's dependency tree (the main clause's act, not
    one in a subordinate clause or an "after ..." phrase); ties go to the first in the text."""
    from ..nlp.events import plover_coded_type

    events = [e for e in record["events"] if plover_coded_type(e) is not None]
    if len(events) < 2:
        return events[0] if events else None
    doc = nlp(text)

    def depth(ev: dict[str, Any]) -> int:
        span = doc.char_span(ev["trigger"][0], ev["trigger"][1], alignment_mode="expand")
        if span is None or not len(span):
            return 99
        tok, d = span.root, 0
        while tok.head != tok and d < 99:
            tok, d = tok.head, d + 1
        return d

    return min(events, key=depth)


def evaluate(folder: str | Path, *, split: str = "all", nlp=None, records: Optional[Iterable] = None) -> dict[str, Any]:
    """Score newsfacts on the GSR in ``folder``.

    Args:
        folder: a folder with the GSR JSON file.
        split: ``dev``, ``test`` (by CRC-32 of the record id, see ``common.split_of``) or ``all``.
        nlp: the spaCy pipeline (default: ``build_nlp()``).

    Returns:
        A dict of scores, the confusion matrix and the per-sentence results.
    """
    from ..nlp.events import plover_coded_type
    from ..pipeline import process

    gold = [g for g in load_gsr(folder) if in_split(g["id"], split)]
    if nlp is None:
        from ..pipeline import build_nlp

        nlp = build_nlp()
    recs = list(records) if records is not None else list(process(((g["text"], None) for g in gold), nlp=nlp))
    gt, pt, rows = [], [], []
    src_ok = src_n = tgt_ok = tgt_n = 0
    tp = n_pred = 0
    for g, rec in zip(gold, recs):
        ev = headline_event(rec, g["text"], nlp)
        ptype = plover_coded_type(ev) if ev else NONE
        gt.append(g["type"])
        pt.append(ptype)
        ps = actor_country(rec, ev["source"]) if ev else None
        pg = actor_country(rec, ev["target"]) if ev else None
        if g["source"]:
            src_n += 1
            src_ok += ps in (g.get("reciprocal") or (g["source"],))
        if g["target"]:
            tgt_n += 1
            tgt_ok += pg == g["target"]
        triples = {
            (plover_coded_type(e), actor_country(rec, e["source"]), actor_country(rec, e["target"]))
            for e in rec["events"]
            if plover_coded_type(e) is not None
        }
        n_pred += len(triples)
        tp += gold_triple_found(g, triples)
        rows.append({"id": g["id"], "gold": g["type"], "pred": ptype, "gold_source": g["source"], "pred_source": ps,
                     "gold_target": g["target"], "pred_target": pg})
    n = len(gold)
    prec = tp / n_pred if n_pred else 0.0
    rec_ = tp / n if n else 0.0
    labels = list(TYPES) + [NONE]
    return {
        "split": split,
        "n": n,
        "type": macro_scores(gt, pt, labels),
        "source_country_accuracy": src_ok / src_n if src_n else 0.0,
        "target_country_accuracy": tgt_ok / tgt_n if tgt_n else 0.0,
        "triple": {"precision": prec, "recall": rec_, "f1": 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0},
        "confusion": confusion(gt, pt, labels),
        "rows": rows,
    }
