"""Throughput of the full newsfacts pipeline against a bare spaCy parse, in one run.

    python benchmarks/throughput.py [--articles 400] [--batch-size 16] [--repeat 2]
    python benchmarks/throughput.py --texts ../shared/gold/polnear/dev/text   # real news, ~750 words each

Prints words/s and articles/s for (a) bare ``nlp.pipe`` of the pinned model and
(b) ``newsfacts.process`` (parse + every stage), and the ratio of their times.
Both run over the same corpus (generated ~140-word articles, or the ``.txt`` files of
``--texts``), in the same process, alternating, and the best of ``--repeat`` runs is kept
for each. ``--cpu`` times by the process's CPU time instead of the wall clock: on a machine
shared with other work the wall clock counts the minutes the process waited for a core, and the
ratio of two wall-clock runs moves by 0.05 from one minute to the next; CPU time moves far less.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stage_cost import load_texts  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--texts", default=None, help="a folder of .txt articles (e.g. the PolNeAR dev texts) instead of generated ones")
    ap.add_argument("--json", dest="as_json", action="store_true")
    ap.add_argument("--cpu", action="store_true", help="time by this process's CPU time, not the wall clock (for a shared machine)")
    args = ap.parse_args()

    from newsfacts import build_nlp, process

    nlp = build_nlp()
    texts = load_texts(args.texts, args.articles)
    words = sum(len(t.split()) for t in texts)
    # warm up: model caches, lexicons, gazetteer
    list(process([(t, None) for t in texts[:8]], nlp=nlp))

    clock = time.process_time if args.cpu else time.perf_counter
    bare, full = [], []
    for _ in range(args.repeat):
        t0 = clock()
        for _doc in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        bare.append(clock() - t0)
        t0 = clock()
        n = 0
        for _rec in process(((t, {"published": "2026-03-04"}) for t in texts), nlp=nlp, batch_size=args.batch_size):
            n += 1
        full.append(clock() - t0)
        assert n == len(texts)
    b, f = min(bare), min(full)
    result = {
        "articles": len(texts),
        "words": words,
        "batch_size": args.batch_size,
        "bare_words_per_s": round(words / b),
        "bare_articles_per_s": round(len(texts) / b, 1),
        "full_words_per_s": round(words / f),
        "full_articles_per_s": round(len(texts) / f, 1),
        "ratio_full_over_bare": round(f / b, 3),
        "clock": "cpu" if args.cpu else "wall",
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    if args.as_json:
        print(json.dumps(result))
        return
    print(f"corpus: {len(texts)} {'articles from ' + args.texts if args.texts else 'generated articles'}, {words:,} words, batch size {args.batch_size}, best of {args.repeat}, {'CPU time' if args.cpu else 'wall clock'}")
    print(f"bare spaCy nlp.pipe : {result['bare_words_per_s']:>8,} words/s  {result['bare_articles_per_s']:>7} articles/s")
    print(f"newsfacts process   : {result['full_words_per_s']:>8,} words/s  {result['full_articles_per_s']:>7} articles/s")
    print(f"ratio (full time / bare time): {result['ratio_full_over_bare']:.3f}  (target <= 1.25)")


if __name__ == "__main__":
    main()
