"""Soak: ingest a generated corpus of N articles (with bad records mixed in) into a fresh
store, sampling memory (RSS/PSS of the ingest process and all its workers) and throughput
over time; check processed + duplicates + rejected = input at the end.

    nice python benchmarks/soak.py --articles 20000 --workers 2 --out soak.json

Prints a table (one row per ~5% of the run) with text sparklines, and writes the samples as
JSON (and soak.png when matplotlib is installed). Memory should be flat and throughput
steady: the run fails (exit 1) when the counts don't add up.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402
from memsample import COLUMNS, MemorySampler  # noqa: E402

BARS = "▁▂▃▄▅▆▇█"

#: Every BAD_EVERY-th input line is a bad record, cycling through these (each must be rejected).
BAD_EVERY = 97
BAD = ['{"text": "unterminated', '{"text": ""}', '{"published": "2024-03-01"}', "not json at all",
       json.dumps({"text": "Der Minister traf am Montag seinen Amtskollegen in Berlin, um über die Grenze, die Flüchtlinge und "
                           "den Handel zu sprechen, und beide wollen sich im nächsten Monat wiedersehen, sagten die Beamten."})]


def write_corpus(path: str, n: int, seed: int = 7, bad_every: int = BAD_EVERY) -> tuple[int, int]:
    """n generated articles plus one bad record every ``bad_every`` lines; returns (lines, bad)."""
    lines = bad = 0
    with open(path, "w", encoding="utf-8") as fh:
        for k, t in enumerate(generate(n, seed=seed)):
            if k and k % bad_every == 0:
                fh.write(BAD[bad % len(BAD)] + "\n")
                bad += 1
                lines += 1
            fh.write(json.dumps({"text": t, "published": f"2024-{1 + k % 12:02d}-{1 + k % 28:02d}", "source": f"outlet{k % 7}"}) + "\n")
            lines += 1
    return lines, bad


def spark(values: list[float]) -> str:
    lo, hi = min(values), max(values)
    return "".join(BARS[int((v - lo) / (hi - lo) * (len(BARS) - 1)) if hi > lo else 0] for v in values)


def table(samples, rows: int = 20) -> str:
    """One row per ~1/rows of the run: time, docs, docs/s in that interval, memory of all
    processes (RSS, PSS) and of the main process and the workers apart (PSS)."""
    step = max(1, len(samples) // rows)
    picked = samples[::step] + ([samples[-1]] if (len(samples) - 1) % step else [])
    out = ["| elapsed s | documents | docs/s (interval) | RSS MB (all processes) | PSS MB (all) | PSS MB main | PSS MB workers | PSS MB zygote |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    rates = []
    for a, b in zip([picked[0][:2]] + picked, picked):
        rate = (b[1] - a[1]) / (b[0] - a[0]) if b[0] > a[0] else 0.0
        rates.append(rate)
        out.append(f"| {b[0]:.0f} | {b[1]:,} | {rate:.1f} | {b[2]:.0f} | {b[3]:.0f} | {b[5]:.0f} | {b[7]:.0f} | {b[10]:.0f} |")
    out.append("")
    out.append(f"throughput {spark(rates[1:] or rates)}  ({min(rates[1:] or rates):.1f}-{max(rates[1:] or rates):.1f} docs/s)")
    for name, i in (("memory    ", 3), ("main      ", 5), ("workers   ", 7), ("zygote    ", 10)):
        vals = [s[i] for s in picked]
        out.append(f"{name} {spark(vals)}  ({min(vals):.0f}-{max(vals):.0f} MB PSS)")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--interval", type=float, default=5.0, help="seconds between memory samples")
    ap.add_argument("--bad-every", type=int, default=BAD_EVERY, help="one bad record every N lines")
    ap.add_argument("--out", default="soak.json")
    ap.add_argument("--db", help="store file (default: a temporary one, deleted after)")
    ap.add_argument("--recycle-after", type=int, default=None, help="replace the workers after this many documents each "
                    "(default: ingest's RECYCLE_AFTER; 0 = never)")
    args = ap.parse_args(argv)

    from newsfacts.store.duckdb import FactStore
    from newsfacts.corpus.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        lines, bad = write_corpus(corpus, args.articles, bad_every=args.bad_every)
        db = args.db or os.path.join(tmp, "soak.duckdb")
        print(f"soak: {lines:,} input records ({args.articles:,} articles, {bad} bad), workers {args.workers}, "
              f"CPUs {os.cpu_count()}, load {os.getloadavg()[0]:.1f}", flush=True)

        with MemorySampler(args.interval, log=args.out + ".samples.jsonl") as sampler:
            def on_commit(n, s):
                sampler.done = s.processed + s.duplicates + sum(s.rejected.values())

            with FactStore.open(db) as store:
                kw = {} if args.recycle_after is None else {"recycle_after": args.recycle_after}
                summary = ingest([corpus], store, workers=args.workers, batch_size=args.batch_size, progress=False,
                                 on_commit=on_commit, **kw)
                stored = store.count("documents")
                rejects = store.count("rejects")
        s = summary.as_dict()
    accounted = s["processed"] + s["duplicates"] + s["rejected_total"]
    ok = accounted == lines and stored == s["processed"] and rejects == s["rejected_total"]
    result = {"input": lines, "bad_records": bad, **s, "stored_documents": stored, "stored_rejects": rejects,
              "accounted": accounted, "ok": ok, "samples": [list(x) for x in sampler.samples],
              "columns": COLUMNS}
    Path(args.out).write_text(json.dumps(result))
    print(table(sampler.samples))
    print(f"\ninput {lines:,} = processed {s['processed']:,} + duplicates {s['duplicates']:,} + rejected {s['rejected_total']:,} "
          f"({s['rejected']}): {'OK' if accounted == lines else 'MISMATCH'}; stored documents {stored:,}, rejects {rejects:,}")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, ax = plt.subplots(figsize=(6, 2.5))
        ax.plot([x[0] for x in sampler.samples], [x[2] for x in sampler.samples])
        ax.set_xlabel("seconds")
        ax.set_ylabel("RSS MB")
        fig.tight_layout()
        fig.savefig(Path(args.out).with_suffix(".png"), dpi=80)
    except ImportError:
        pass
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
