"""Numeric claims against MeasEval (SemEval-2021 Task 8): quantity spans, units, measured entities.

MeasEval annotates every Quantity in paragraphs of open-access *scientific* papers (value and
unit, as one span), its unit (``other.unit``, the paper's own spelling: "m", "%", "mmol/L")
and the MeasuredEntity it measures. It is not news, so its numbers say how the claims stage
reads quantities in general, not how it does on news (docs/accuracy.md has both).

Scores, over every paragraph of one split (``<folder>/<split>/text/*.txt`` with ``tsv/*.tsv``):

- **quantity spans**: precision, recall and F1 of the claims' spans (``evidence[0]``, with
  the qualifier: MeasEval spans hold "approximately", "at least" too), exact and overlap
  (one-to-one, greedy by overlap);
- **unit accuracy** over matched quantities: the claim's unit and the gold unit spelled the
  same after folding (``%`` = ``percent``, ``hours`` = ``hour``, ``°C`` = ``degree Celsius``,
  through pint where it parses both); a gold "unit" that is a counted noun ("participants",
  "samples") is right when the claim has no unit (newsfacts puts it in ``counts``), and a
  gold quantity without a unit is right when the claim has none;
- **measured entity**: the claim's ``counts_evidence`` against the gold MeasuredEntity of
  the matched quantity (linked to it directly or through its MeasuredProperty), overlap; precision over claims with ``counts_evidence``, recall over
  gold quantities with a MeasuredEntity.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any, Optional

#: gold unit spellings folded to one name (the rest: lower-case, plural "s" dropped, pint)
_UNIT_ALIASES = {
    "%": "percent", "percent": "percent", "per cent": "percent", "‰": "permille", "per mille": "permille", "permille": "permille",
    "wt%": "wt%", "wt.%": "wt%", "wt. %": "wt%",
    "°c": "degC", "° c": "degC", "ºc": "degC", "degree celsius": "degC", "celsius": "degC", "degc": "degC",
    "k": "kelvin", "kelvin": "kelvin", "°": "degree", "º": "degree", "deg": "degree", "degree": "degree", "degree angle": "degree",
    "yr": "year", "yrs": "year", "y": "year", "year": "year", "a": "year", "h": "hour", "hr": "hour", "hrs": "hour",
    "hour": "hour", "min": "minute", "minute": "minute", "s": "second", "sec": "second", "second": "second",
    "day": "day", "d": "day", "week": "week", "wk": "week", "month": "month", "mo": "month",
    "ma": "megayear", "myr": "megayear", "ka": "kiloyear", "kyr": "kiloyear", "ga": "gigayear",
}


def _load_split(folder: Path, split: str) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """``[(doc id, text, annotations)]`` of one split, sorted by doc id."""
    base = folder / split
    if not (base / "text").is_dir() or not (base / "tsv").is_dir():
        raise FileNotFoundError(f"{base} has no text/ and tsv/ folders (expected a MeasEval data folder holding {split}/)")
    out = []
    for path in sorted((base / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        rows = []
        tsv = base / "tsv" / (path.stem + ".tsv")
        if tsv.is_file():
            with tsv.open(encoding="utf-8", newline="") as fh:
                for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                    try:
                        other = json.loads(r.get("other") or "{}")
                    except ValueError:
                        other = {}
                    rows.append({"set": r["annotSet"], "type": r["annotType"], "start": int(r["startOffset"]),
                                 "end": int(r["endOffset"]), "id": r["annotId"], "other": other})
        out.append((path.stem, text, rows))
    return out


def gold_quantities(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Gold quantities (span, unit) each with its measured entity's span (or None)."""
    quantities = {r["id"]: {"span": (r["start"], r["end"]), "unit": r["other"].get("unit"), "entity": None}
                  for r in rows if r["type"] == "Quantity"}
    prop_quantity = {r["id"]: r["other"].get("HasQuantity") for r in rows if r["type"] == "MeasuredProperty"}
    for r in rows:
        if r["type"] != "MeasuredEntity":
            continue
        # an entity names its quantity directly or through the measured property ("participants" -> "mean age" -> 54.8 years)
        qid = r["other"].get("HasQuantity") or prop_quantity.get(r["other"].get("HasProperty"))
        if qid in quantities:
            quantities[qid]["entity"] = (r["start"], r["end"])
    # the same quantity annotated in two sets: keep one
    seen: dict[tuple[int, int], dict[str, Any]] = {}
    for q in quantities.values():
        if q["span"] not in seen or (seen[q["span"]]["entity"] is None and q["entity"] is not None):
            seen[q["span"]] = q
    return sorted(seen.values(), key=lambda q: q["span"])


def fold_unit(unit: Optional[str]) -> Optional[str]:
    """One spelling for a unit ("%" and "percent", "hours" and "hour", "°C" and "degree Celsius")."""
    if not unit:
        return None
    raw = re.sub(r"\s+", " ", unit.strip().replace("µ", "μ").replace("\u2212", "-"))
    u = raw.lower()
    if u in _UNIT_ALIASES:
        return _UNIT_ALIASES[u]
    if u.endswith("s") and u[:-1] in _UNIT_ALIASES:
        return _UNIT_ALIASES[u[:-1]]
    pint_name = _pint_name(raw) or _pint_name(u)
    if pint_name:
        return pint_name
    return u[:-1] if u.endswith("s") and len(u) > 3 else u


def _pint_name(u: str) -> Optional[str]:
    """pint's canonical form of a unit spelling, or None when pint does not read it."""
    from ..nlp.claims.units import PINT_NAMES, unit_registry

    expr = PINT_NAMES.get(u, u).replace("μ", "u").replace("²", "**2").replace("³", "**3")
    expr = re.sub(r"(?<=[a-z])([23])\b", r"**\1", expr)
    expr = re.sub(r"\s*\b([A-Za-z]+)\s?-\s?1\b", r" / \1", expr)  # "m s-1" = m/s
    try:
        return str(unit_registry().parse_units(expr))
    except Exception:  # not a unit pint knows ("participants", "wt%"): no canonical form
        return None


def is_measure_unit(unit: Optional[str]) -> bool:
    """Whether a gold unit is a unit of measurement (not a counted noun like "participants")."""
    if not unit:
        return False
    u = unit.strip().lower()
    return (u in _UNIT_ALIASES or (u.endswith("s") and u[:-1] in _UNIT_ALIASES) or _pint_name(unit.strip()) is not None
            or _pint_name(u) is not None or not u.replace(" ", "").isalpha())


def unit_right(gold: Optional[str], ours: Optional[str]) -> bool:
    """Whether the claim's unit is the gold unit (see the module docstring)."""
    if gold and ours and fold_unit(gold) == fold_unit(ours):  # the same word, even one pint cannot read ("times")
        return True
    if not gold or not is_measure_unit(gold):
        return ours is None
    return ours is not None and fold_unit(gold) == fold_unit(ours)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one matches ``{pred index: gold index}``, greedy by overlap length."""
    pairs = sorted(((_overlap(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred) if _overlap(g, p)), reverse=True)
    used_g, out = set(), {}
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in out:
            used_g.add(gi)
            out[pi] = gi
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "pred": n_pred, "gold": n_gold}


def score_doc(gold: list[dict[str, Any]], claims: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts for one paragraph: gold quantities vs claim dicts (``Claim.to_dict()``)."""
    g_spans = [q["span"] for q in gold]
    p_spans = [tuple(c["evidence"][0]) for c in claims]
    matches = _match(g_spans, p_spans)
    exact = sum(1 for pi, gi in matches.items() if p_spans[pi] == g_spans[gi])
    unit_ok = sum(unit_right(gold[gi]["unit"], claims[pi].get("unit")) for pi, gi in matches.items())
    with_ev = [pi for pi, c in enumerate(claims) if c.get("counts_evidence")]
    ent_tp = 0
    for pi in with_ev:
        gi = matches.get(pi)
        ent = gold[gi]["entity"] if gi is not None else None
        if ent and any(_overlap(ent, tuple(s)) for s in claims[pi]["counts_evidence"]):
            ent_tp += 1
    misses = [{"gold": g_spans[gi], "gold_unit": gold[gi]["unit"], "ours": claims[pi].get("unit")}
              for pi, gi in matches.items() if not unit_right(gold[gi]["unit"], claims[pi].get("unit"))]
    return {"gold": len(gold), "pred": len(claims), "overlap": len(matches), "exact": exact, "unit_ok": unit_ok,
            "entity_gold": sum(1 for q in gold if q["entity"]), "entity_pred": len(with_ev), "entity_tp": ent_tp,
            "unit_misses": misses, "missed": [s for gi, s in enumerate(g_spans) if gi not in set(matches.values())],
            "spurious": [s for pi, s in enumerate(p_spans) if pi not in matches]}


def evaluate(folder: str | Path, split: str = "trial", *, limit: Optional[int] = None, nlp=None) -> dict[str, Any]:
    """Run the pipeline on every paragraph of a MeasEval split and score its claims.

    Args:
        folder: the MeasEval data folder (holding ``train/`` and ``trial/``).
        split: ``train`` to develop on, ``trial`` for the reported number.
        limit: score only the first ``limit`` paragraphs (by name).
        nlp: a loaded pipeline (default: :func:`newsfacts.build_nlp`).

    Returns:
        ``{"split", "docs", "quantity": {"exact", "overlap"}, "unit", "entity", "per_doc"}``.

    Raises:
        FileNotFoundError: the folder is not in MeasEval's layout.
    """
    from ..pipeline import build_nlp, extract

    docs = _load_split(Path(folder), split)[: limit or None]
    nlp = nlp or build_nlp()
    totals = {"gold": 0, "pred": 0, "overlap": 0, "exact": 0, "unit_ok": 0, "entity_gold": 0, "entity_pred": 0, "entity_tp": 0}
    per_doc = []
    for doc_id, text, rows in docs:
        claims = extract(text, nlp=nlp)["claims"]
        counts = score_doc(gold_quantities(rows), claims)
        for k in totals:
            totals[k] += counts[k]
        per_doc.append({"doc": doc_id, **counts})
    t = totals
    return {
        "split": split,
        "docs": len(docs),
        "quantity": {"exact": _prf(t["exact"], t["pred"], t["gold"]), "overlap": _prf(t["overlap"], t["pred"], t["gold"])},
        "unit": {"accuracy": t["unit_ok"] / t["overlap"] if t["overlap"] else 0.0, "right": t["unit_ok"], "matched": t["overlap"]},
        "entity": _prf(t["entity_tp"], t["entity_pred"], t["entity_gold"]),
        "per_doc": per_doc,
    }


def format_table(result: dict[str, Any]) -> str:
    """The scores as a few plain-text lines."""
    q, u, e = result["quantity"], result["unit"], result["entity"]
    lines = [f"MeasEval {result['split']} ({result['docs']} paragraphs of scientific papers, {q['overlap']['gold']} quantities)"]
    for kind in ("exact", "overlap"):
        s = q[kind]
        lines.append(f"  quantity spans, {kind:<7}  P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    lines.append(f"  unit accuracy (matched)   {u['accuracy']:.3f}  ({u['right']}/{u['matched']})")
    lines.append(f"  measured entity, overlap  P {e['precision']:.3f}  R {e['recall']:.3f}  F1 {e['f1']:.3f}")
    return "\n".join(lines)
