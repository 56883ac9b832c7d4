"""Cost of the events stage alone, as a share of the bare parse.

    python benchmarks/events_cost.py [--articles 200] [--repeat 3]

Parses the generated corpus once (timed), runs the stages before events once (entities,
quotes, places, dates, claims: the events stage links to their records), then times the
events stage alone over the parsed Docs (best of ``--repeat``).
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from newsfacts import build_nlp
    from newsfacts.nlp.entities import extract_entities
    from newsfacts.pipeline import STAGES, events_stage
    from newsfacts.schema import DocumentInfo, Report

    nlp = build_nlp()
    texts = list(generate(args.articles))
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    parse = time.perf_counter() - t0
    prepared = []
    for doc in docs:
        index = extract_entities(doc)
        report = Report(DocumentInfo("", len(doc.text)))
        for stage in STAGES:
            if stage is not events_stage:
                stage(doc, report, index, {})
        prepared.append((doc, index, report))
    best, n = float("inf"), 0
    for _ in range(args.repeat):
        runs = [(d, i, copy.copy(r)) for d, i, r in prepared]
        t0 = time.perf_counter()
        n = 0
        for doc, index, report in runs:
            events_stage(doc, report, index, {})
            n += len(report.events)
        best = min(best, time.perf_counter() - t0)
    print(f"{len(texts)} articles: parse {parse:.2f} s, events stage {best:.3f} s = {best / parse:.1%} of the parse ({n} events)")


if __name__ == "__main__":
    main()
