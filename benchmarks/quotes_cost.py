"""Cost of the quotes stage alone, as a share of the bare parse.

    python benchmarks/quotes_cost.py [--articles 200] [--repeat 3]

Parses the generated corpus once (timed), runs the entity stage, then times the quotes
stage over the parsed Docs (best of ``--repeat``).
"""

from __future__ import annotations

import argparse
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
    from newsfacts.nlp.quotes import quotes_stage
    from newsfacts.schema import DocumentInfo, Report

    nlp = build_nlp()
    texts = list(generate(args.articles))
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    parse = time.perf_counter() - t0
    indexes = [extract_entities(d) for d in docs]
    best, n = float("inf"), 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n = 0
        for doc, index in zip(docs, indexes):
            report = Report(DocumentInfo("", len(doc.text)))
            quotes_stage(doc, report, index, {})
            n += len(report.quotes)
        best = min(best, time.perf_counter() - t0)
    print(f"{len(texts)} articles: parse {parse:.2f} s, quotes stage {best:.3f} s = {best / parse:.1%} of the parse ({n} quotes)")


if __name__ == "__main__":
    main()
