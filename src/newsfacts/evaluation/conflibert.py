"""Score events against the ConfliBERT CAMEO data (eventdata/ConfliBERT, data/cameo_class
and data/cameo_ner), and measure human agreement on the CAMEO annotation rounds.

- ``cameo_class*.tsv``: ``sentence<TAB>label`` with the PentaClass (0 statement, 1 verbal
  cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict). newsfacts'
  PentaClass for a sentence is that of its main event's CAMEO code (PLOVER coding: a pledged
  cooperative act is CAMEO 03, a conditional hostile one 13); no event means 0.
- ``cameo_ner*.txt``: CoNLL ``token<TAB>tag`` with source (S), target (T) and reciprocal (R)
  actor spans. Matched to the class sentences by their letters and digits; newsfacts' spans
  are the main event's ``source_evidence`` / ``target_evidence``. R counts for either side.
- ``cameo_annotation_rounds/round_*.csv``: 3-5 coders per sentence; agreement is the share of
  coder pairs who gave the same Action1 PentaClass (sentences with at least two codings).
  newsfacts is scored against the coders' majority Action1 CAMEO root (:func:`evaluate_rounds`).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable, Optional

from ..errors import E_EVAL_DATA, NewsfactsError
from .common import confusion, in_split, macro_scores, main_event

CLASS_NAMES = {"0": "statement", "1": "verbal coop", "2": "material coop", "3": "verbal confl", "4": "material confl"}
_ALNUM = re.compile(r"[^0-9a-z]+")


def _key(text: str) -> str:
    return _ALNUM.sub("", text.lower())


def load_classes(folder: str | Path) -> list[tuple[str, int]]:
    """``[(sentence, PentaClass)]`` from every ``cameo_class*.tsv`` in ``folder``."""
    folder = Path(folder)
    files = sorted(folder.glob("cameo_class*.tsv")) if folder.is_dir() else []
    if not files:
        raise NewsfactsError(f"no cameo_class*.tsv file in {folder}", code=E_EVAL_DATA)
    out = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip() or "\t" not in line:
                continue
            sent, lab = line.rsplit("\t", 1)
            if lab.strip().isdigit():
                out.append((sent, int(lab)))
    return out


def load_actor_tags(folder: str | Path) -> dict[str, list[tuple[str, str]]]:
    """Sentence key -> ``[(token, tag)]`` from every ``cameo_ner*.txt`` in ``folder``."""
    out: dict[str, list[tuple[str, str]]] = {}
    for f in sorted(Path(folder).glob("cameo_ner*.txt")):
        cur: list[tuple[str, str]] = []
        for line in f.read_text(encoding="utf-8").splitlines() + [""]:
            if not line.strip():
                if cur:
                    out[_key("".join(t for t, _ in cur))] = cur
                cur = []
                continue
            parts = line.split("\t") if "\t" in line else line.rsplit(None, 1)
            if len(parts) == 2:
                cur.append((parts[0], parts[1].strip()))
    return out


def gold_spans(sentence: str, tagged: list[tuple[str, str]]) -> dict[str, list[tuple[int, int]]]:
    """Character spans of the S, T and R phrases of a tagged sentence (tokens found in order)."""
    spans: dict[str, list[tuple[int, int]]] = {"S": [], "T": [], "R": []}
    pos = 0
    cur: Optional[list] = None
    for tok, tag in tagged:
        k = sentence.find(tok, pos)
        if k < 0:  # a normalised character: skip the token, keep position
            s, e = pos, pos
        else:
            s, e = k, k + len(tok)
            pos = e
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[0] != tag[2:])):
            if cur:
                spans[cur[0]].append((cur[1], cur[2]))
            cur = [tag[2:], s, e]
        elif tag.startswith("I-") and cur:
            cur[2] = max(cur[2], e)
        else:
            if cur:
                spans[cur[0]].append((cur[1], cur[2]))
            cur = None
    if cur:
        spans[cur[0]].append((cur[1], cur[2]))
    return {k: [sp for sp in v if sp[1] > sp[0]] for k, v in spans.items()}


def sentence_class(events: list[dict[str, Any]]) -> int:
    """newsfacts' PentaClass for a sentence from its events."""
    from ..nlp.events import pentaclass, plover_coded_type, plover_types

    ev = main_event(events)
    if ev is None:
        return 0
    typ = plover_coded_type(ev) or ev["type"]
    cameo = ev.get("cameo") if typ == ev["type"] else plover_types()[typ][0]
    return pentaclass(cameo)


def _span_f1(gold: list, pred: list, overlap: bool) -> tuple[int, int, int]:
    def match(a, b):
        return (a[0] < b[1] and b[0] < a[1]) if overlap else a == b

    tp_p = sum(any(match(p, g) for g in gold) for p in pred)
    tp_g = sum(any(match(g, p) for p in pred) for g in gold)
    return tp_p, tp_g, 0


def evaluate(folder: str | Path, *, split: str = "all", nlp=None, records: Optional[Iterable] = None) -> dict[str, Any]:
    """Score PentaClass and actor spans on the ConfliBERT CAMEO data in ``folder``.

    Args:
        folder: the folder with ``cameo_class*.tsv`` (and optionally ``cameo_ner*.txt``).
        split: ``dev``, ``test`` (by CRC-32 of the sentence) or ``all``.
        nlp: the spaCy pipeline (default: ``build_nlp()``).
    """
    from ..pipeline import process

    items = [(s, lab) for s, lab in load_classes(folder) if in_split(s, split)]
    tags = load_actor_tags(folder)
    recs = list(records) if records is not None else list(process(((s, None) for s, _ in items), nlp=nlp))
    gold, pred = [], []
    counts = {"exact": [0, 0, 0, 0], "overlap": [0, 0, 0, 0]}  # tp_pred, n_pred, tp_gold, n_gold
    n_tagged = 0
    for (sent, lab), rec in zip(items, recs):
        gold.append(str(lab))
        pred.append(str(sentence_class(rec["events"])))
        tagged = tags.get(_key(sent))
        if not tagged:
            continue
        n_tagged += 1
        g = gold_spans(sent, tagged)
        ev = main_event(rec["events"])
        ps = [tuple(x) for x in ev.get("source_evidence", [])] if ev else []
        pt = [tuple(x) for x in ev.get("target_evidence", [])] if ev else []
        for mode in ("exact", "overlap"):
            ov = mode == "overlap"
            for pr, gs in ((ps, g["S"] + g["R"]), (pt, g["T"] + g["R"])):
                a, b, _ = _span_f1(gs, pr, ov)
                c = counts[mode]
                c[0] += a
                c[1] += len(pr)
                c[2] += b
                c[3] += len(gs)
    actor = {}
    for mode, (tpp, npred, tpg, ngold) in counts.items():
        p = tpp / npred if npred else 0.0
        r = tpg / ngold if ngold else 0.0
        actor[mode] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    labels = ["0", "1", "2", "3", "4"]
    return {
        "split": split,
        "n": len(items),
        "pentaclass": macro_scores(gold, pred, labels),
        "confusion": confusion(gold, pred, labels),
        "actor_spans": {"sentences": n_tagged, **actor},
    }


def human_agreement(folder: str | Path) -> dict[str, Any]:
    """Pairwise agreement of human coders on Action1 PentaClass in ``round_*.csv`` files.

    Returns:
        ``pairwise`` (share of coder pairs agreeing, over sentences with two or more
        codings), ``pairs``, ``sentences``, and ``pairwise_with_irrelevant_as_statement``
        (the same when a coder's "not relevant" counts as class 0).
    """
    files = sorted(Path(folder).glob("round_*.csv"))
    if not files:
        raise NewsfactsError(f"no round_*.csv file in {folder}", code=E_EVAL_DATA)
    agree = pairs = sents = 0
    agree2 = pairs2 = 0
    for f in files:
        with f.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                coders = sorted({k.rsplit("_", 1)[1] for k in row if k and k.startswith("anncomplete_")})
                labels, labels2 = [], []
                for c in coders:
                    v = (row.get(f"Action1-PentaClass_{c}") or "").strip()
                    rel = (row.get(f"1_Relevant_{c}") or "").strip().lower()
                    if v[:1].isdigit():
                        labels.append(v[0])
                        labels2.append(v[0])
                    elif rel == "false":
                        labels2.append("0")
                if len(labels) >= 2:
                    sents += 1
                    for a, b in combinations(labels, 2):
                        pairs += 1
                        agree += a == b
                if len(labels2) >= 2:
                    for a, b in combinations(labels2, 2):
                        pairs2 += 1
                        agree2 += a == b
    return {
        "pairwise": agree / pairs if pairs else 0.0,
        "pairs": pairs,
        "sentences": sents,
        "pairwise_with_irrelevant_as_statement": agree2 / pairs2 if pairs2 else 0.0,
        "pairs_with_irrelevant": pairs2,
    }


#: CAMEO root -> PLOVER type(s), from CAMEO2PLOVER-2021 at root level (08 splits into CONCEDE
#: and RETREAT, 09 and 11 are ACCUSE, 18-20 ASSAULT); 01 (statement) is no PLOVER event, and
#: 02 (appeal) is REQUEST, as PLOVER's manual codes appeals.
ROOT_TYPES: dict[str, tuple[str, ...]] = {
    "01": ("-",), "02": ("REQUEST",), "03": ("AGREE",), "04": ("CONSULT",), "05": ("SUPPORT",),
    "06": ("COOPERATE",), "07": ("AID",), "08": ("CONCEDE", "RETREAT"), "09": ("ACCUSE",),
    "10": ("REQUEST",), "11": ("ACCUSE",), "12": ("REJECT",), "13": ("THREATEN",), "14": ("PROTEST",),
    "15": ("MOBILIZE",), "16": ("SANCTION",), "17": ("COERCE",), "18": ("ASSAULT",), "19": ("ASSAULT",),
    "20": ("ASSAULT",),
}
_ROOT = re.compile(r"\s*\d\s*-\s*(\d{1,2})\b")


def _cameo_root(value: str) -> Optional[str]:
    """``"3-11 Disapprove"`` -> ``"11"`` (the coders' PentaClass, a dash, the CAMEO root)."""
    m = _ROOT.match(value or "")
    return m.group(1).zfill(2) if m else None


def load_rounds(folder: str | Path) -> list[dict[str, Any]]:
    """One item per distinct sentence of the ``round_*.csv`` files: ``{sentence, roots,
    irrelevant}`` with every coder's Action1 CAMEO root (rounds that repeat a sentence add
    their coders) and the number of coders who marked it not relevant."""
    files = sorted(Path(folder).glob("round_*.csv"))
    if not files:
        raise NewsfactsError(f"no round_*.csv file in {folder}", code=E_EVAL_DATA)
    items: dict[str, dict[str, Any]] = {}
    for f in files:
        with f.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                sent = (row.get("sentences") or "").strip()
                if not sent:
                    continue
                item = items.setdefault(_key(sent), {"sentence": sent, "roots": [], "irrelevant": 0})
                coders = sorted({k.rsplit("_", 1)[1] for k in row if k and k.startswith("anncomplete_")})
                for c in coders:
                    root = _cameo_root(row.get(f"Action1_CAMEO_{c}") or "")
                    if root:
                        item["roots"].append(root)
                    elif (row.get(f"1_Relevant_{c}") or "").strip().lower() == "false":
                        item["irrelevant"] += 1
    return list(items.values())


def majority_roots(roots: list[str]) -> list[str]:
    """The CAMEO roots most coders gave (all of them on a tie), if at least two coders gave
    each; ``[]`` when no root has two votes."""
    counts = Counter(roots)
    top = max(counts.values(), default=0)
    return sorted(r for r, n in counts.items() if n == top) if top >= 2 else []


def predicted_type(events: list[dict[str, Any]]) -> str:
    """The PLOVER type newsfacts codes for a sentence (its main event), ``"-"`` for none."""
    from ..nlp.events import plover_coded_type

    ev = main_event(events)
    return (plover_coded_type(ev) or "-") if ev else "-"


def evaluate_rounds(folder: str | Path, *, split: str = "all", nlp=None, records: Optional[Iterable] = None) -> dict[str, Any]:
    """Score newsfacts' main event against the coders' majority CAMEO root in ``round_*.csv``.

    Gold type: the PLOVER type(s) of the majority root (:data:`ROOT_TYPES`; a tie accepts
    either root); gold PentaClass: that root's (:func:`newsfacts.nlp.events.pentaclass`).
    Sentences no two coders coded alike are left out; those most coders marked not
    relevant give ``no_event_rate``: the share where newsfacts codes no event either.
    The split is the CRC-32 of the sentence, as for the other sets.
    """
    from ..nlp.events import pentaclass
    from ..pipeline import process

    items = [it for it in load_rounds(folder) if in_split(it["sentence"], split)]
    scored = [(it, majority_roots(it["roots"])) for it in items]
    scored = [(it, g) for it, g in scored if g or it["irrelevant"] > len(it["roots"])]
    recs = list(records) if records is not None else list(process(((it["sentence"], None) for it, _ in scored), nlp=nlp))
    rows, none_hits, none_n = [], 0, 0
    gold_t, pred_t, gold_p, pred_p = [], [], [], []
    for (it, roots), rec in zip(scored, recs):
        typ = predicted_type(rec["events"])
        if not roots:
            none_n += 1
            none_hits += typ == "-"
            continue
        golds = sorted({t for r in roots for t in ROOT_TYPES.get(r, ("-",))})
        gold_t.append(typ if typ in golds else golds[0])
        pred_t.append(typ)
        pc = str(sentence_class(rec["events"]))
        pcs = sorted({str(pentaclass(r + "0")) for r in roots})
        gold_p.append(pc if pc in pcs else pcs[0])
        pred_p.append(pc)
        rows.append({"sentence": it["sentence"], "gold": golds, "pred": typ, "roots": roots})
    types = sorted({*gold_t, *pred_t})
    return {
        "split": split,
        "n": len(rows),
        "type": macro_scores(gold_t, pred_t, types),
        "pentaclass": macro_scores(gold_p, pred_p, ["0", "1", "2", "3", "4"]),
        "confusion": confusion(gold_t, pred_t, types),
        "not_relevant": {"n": none_n, "no_event_rate": none_hits / none_n if none_n else 0.0},
        "rows": rows,
    }
