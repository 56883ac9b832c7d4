"""Measure duplicate-event clustering (pairwise precision/recall) on the corpus in cluster_corpus.py.

Three measurements:

1. ``coded``: hand-coded event rows (one per report): clustering alone.
2. ``noisy``: the same rows with a third of the target countries removed and a quarter of
   the types changed to another type of the same quad class (what extraction errors look like).
3. ``pipeline``: the reports ingested into a temporary store with the full pipeline. An
   extracted event is labelled with its report's gold event when it has the gold PLOVER type
   and at least one actor that is a gold actor (a gold country, or a word of a gold actor's
   name); other extracted events (side events, actor-less ones) are counted, not scored.

Usage: PYTHONPATH=src python benchmarks/clustering.py [--thresholds 0.45,0.5,0.55,0.6] [--no-pipeline]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))

from cluster_corpus import gold_rows, reports  # noqa: E402

from newsfacts.store.clusters import THRESHOLD, WINDOW_DAYS, cluster_events, pairwise_scores  # noqa: E402

SAME_QUAD = {"CONSULT": "AGREE", "AGREE": "SUPPORT", "ACCUSE": "THREATEN", "THREATEN": "DEMAND", "AID": "COOPERATE",
             "PROTEST": "COERCE", "REJECT": "ACCUSE"}


def noisy(rows):
    out = []
    for k, r in enumerate(rows):
        r = dict(r)
        if k % 3 == 1:
            r["target_country"] = None
        if k % 4 == 2:
            r["type"] = SAME_QUAD.get(r["type"], r["type"])
        out.append(r)
    return out


def pipeline_rows():
    """Ingest the reports; return (event rows with evidence text, gold labels, unlabelled count)."""
    from newsfacts.store.duckdb import FactStore
    from newsfacts.corpus.ingest import ingest
    from newsfacts.store.clusters import CLUSTER_INPUT_SQL

    reps = reports()
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "reports.jsonl")
        with open(src, "w", encoding="utf-8") as fh:
            for r in reps:
                fh.write(json.dumps({"text": r["text"], "published": r["published"], "source": r["outlet"], "url": f"report-{r['n']}"}) + "\n")
        with FactStore.open(os.path.join(tmp, "s.duckdb")) as store:
            ingest([src], store, workers=1, progress=False, cluster=False)
            rows = list(store.iter_rows(CLUSTER_INPUT_SQL))
            url_of = dict(store.query("SELECT doc_id, url FROM documents")[1])
    by_url = {f"report-{r['n']}": r for r in reps}
    from newsfacts.store.clusters import content_words

    gold, unlabelled = {}, 0
    for row in rows:
        rep = by_url[url_of[row["doc_id"]]]
        countries = {rep["source"][1], rep["target"][1]}
        names = content_words(rep["source"][0]) | content_words(rep["target"][0])
        got_countries = {row["source_country"], row["target_country"]} - {None}
        got_names = content_words(row["source_name"]) | content_words(row["target_name"])
        if row["type"] == rep["type"] and (got_countries & countries or got_names & names):
            gold[(row["doc_id"], row["event_id"])] = rep["key"]
        else:
            unlabelled += 1
    return rows, gold, unlabelled


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--thresholds", default="0.4,0.45,0.5,0.55,0.6")
    ap.add_argument("--window", type=int, default=WINDOW_DAYS)
    ap.add_argument("--no-pipeline", action="store_true")
    args = ap.parse_args()
    rows, gold = gold_rows()
    sets = {"coded": (rows, gold, 0), "noisy": (noisy(rows), gold, 0)}
    if not args.no_pipeline:
        sets["pipeline"] = pipeline_rows()
    print(f"window {args.window} days; default threshold {THRESHOLD}")
    print(f"{'set':9} {'thr':>5} {'records':>7} {'gold':>5} {'clusters':>8} {'P':>6} {'R':>6} {'F1':>6}  unlabelled")
    for name, (rs, gd, unl) in sets.items():
        for th in [float(t) for t in args.thresholds.split(",")]:
            res = cluster_events(rs, window_days=args.window, threshold=th)
            s = pairwise_scores(gd, res.assignments)
            print(f"{name:9} {th:5.2f} {s['records']:7d} {s['gold_events']:5d} {s['predicted_clusters']:8d} "
                  f"{s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}  {unl}")


if __name__ == "__main__":
    main()
