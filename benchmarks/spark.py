"""Throughput of the Spark job in local mode with 1 and 2 cores, against the one-machine
paths on the same generated corpus, in the same run.

    python benchmarks/spark.py [--articles 2000] [--cores 1 2] [--json]

Measured, each in a fresh process:

- ``process``: :func:`newsfacts.process` in one Python process (the pipeline itself, 1 core);
- ``ingest``: ``newsfacts ingest corpus.jsonl --workers W`` into a new DuckDB file, when the
  corpus store is installed (W = each of ``--cores``);
- ``spark``: ``newsfacts.spark.run`` on ``local[C]`` for each C in ``--cores``: the session
  start-up, a 10-article job (start-up cost: JVM, Python workers, model load, one
  Parquet write per table), then the whole corpus on the warmed-up session.

Prints articles/s for each, Spark's scaling from the first to the last core count
(target >= 1.7x from 1 to 2 cores) and its ratio to ingest with the same cores.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import generate  # noqa: E402

SOURCES = ["Daily Test", "Evening Test", "Morning Test", "Weekly Test"]


def write_corpus(path: Path, n: int, seed: int = 7) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for k, text in enumerate(generate(n, seed=seed)):
            fh.write(json.dumps({"text": text, "published": f"2026-03-{1 + k % 28:02d}", "source": SOURCES[k % 4],
                                 "url": f"http://example.org/{seed}/{k}"}) + "\n")


def child_process(corpus: Path) -> dict:
    from newsfacts import build_nlp, process

    t0 = time.perf_counter()
    nlp = build_nlp()
    load = time.perf_counter() - t0
    items = [(json.loads(line)["text"], {"published": "2026-03-04"}) for line in open(corpus, encoding="utf-8")]
    t0 = time.perf_counter()
    n = sum(1 for _ in process(items, nlp=nlp))
    return {"articles": n, "seconds": time.perf_counter() - t0, "model_load_s": load}


def child_spark(corpus: Path, tiny: Path, cores: int, out: Path) -> dict:
    from newsfacts import spark as nfspark

    t0 = time.perf_counter()
    spark = nfspark.session(f"local[{cores}]")
    start = time.perf_counter() - t0
    t0 = time.perf_counter()
    nfspark.run(spark, [str(tiny)], str(out / "tiny"), partitions=cores)
    tiny_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    summary = nfspark.run(spark, [str(corpus)], str(out / "full"), partitions=2 * cores)
    full_s = time.perf_counter() - t0
    spark.stop()
    return {"articles": summary["documents"], "seconds": full_s, "session_start_s": start, "tiny_job_s": tiny_s,
            "rows": summary["rows"]}


def run_child(args: list[str]) -> dict:
    env = dict(os.environ)
    src = str(HERE.parent / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    res = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], capture_output=True, text=True, env=env)
    if res.returncode != 0:
        raise SystemExit(f"benchmark child {args} failed:\n{res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def time_ingest(corpus: Path, workers: int, db: Path) -> dict | None:
    """Wall time of `newsfacts ingest` (model load included), or None when ingest is absent."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(HERE.parent / "src")
    probe = subprocess.run([sys.executable, "-m", "newsfacts", "ingest", "--help"], capture_output=True, text=True, env=env)
    if probe.returncode != 0:
        return None
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "newsfacts", "ingest", str(corpus), "--db", str(db), "--workers", str(workers), "-q"],
                         capture_output=True, text=True, env=env)
    secs = time.perf_counter() - t0
    if res.returncode != 0:
        raise SystemExit(f"ingest failed:\n{res.stderr[-3000:]}")
    return {"seconds": secs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--cores", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--json", dest="as_json", action="store_true")
    ap.add_argument("--child", choices=["process", "spark"], help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--tiny", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child == "process":
        print(json.dumps(child_process(Path(args.corpus))))
        return
    if args.child == "spark":
        print(json.dumps(child_spark(Path(args.corpus), Path(args.tiny), args.cores[0], Path(args.out))))
        return

    work = Path(tempfile.mkdtemp(prefix="nf-spark-bench-"))
    try:
        corpus, tiny = work / "corpus.jsonl", work / "tiny.jsonl"
        write_corpus(corpus, args.articles)
        write_corpus(tiny, 10, seed=99)
        n = args.articles
        result: dict = {"articles": n, "cores": args.cores, "python": platform.python_version(), "cpus": os.cpu_count(),
                        "load_avg_at_start": os.getloadavg()[0]}
        p = run_child(["--child", "process", "--corpus", str(corpus)])
        result["process_articles_per_s"] = round(n / p["seconds"], 1)
        for c in args.cores:
            ing = time_ingest(corpus, c, work / f"ingest{c}.duckdb")
            result[f"ingest_{c}_articles_per_s"] = round(n / ing["seconds"], 1) if ing else None
            s = run_child(["--child", "spark", "--corpus", str(corpus), "--tiny", str(tiny), "--cores", str(c), "--out", str(work / f"spark{c}")])
            assert s["articles"] == n, s
            result[f"spark_{c}_articles_per_s"] = round(n / s["seconds"], 1)
            result[f"spark_{c}_session_start_s"] = round(s["session_start_s"], 1)
            result[f"spark_{c}_tiny_job_s"] = round(s["tiny_job_s"], 1)
            if ing:
                result[f"spark_over_ingest_{c}"] = round(result[f"spark_{c}_articles_per_s"] / result[f"ingest_{c}_articles_per_s"], 2)
        lo, hi = args.cores[0], args.cores[-1]
        result["spark_scaling"] = round(result[f"spark_{hi}_articles_per_s"] / result[f"spark_{lo}_articles_per_s"], 2)
        result["load_avg_at_end"] = os.getloadavg()[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    if args.as_json:
        print(json.dumps(result))
        return
    print(f"corpus: {n} generated articles; {result['cpus']} CPUs; load average {result['load_avg_at_start']:.1f} -> {result['load_avg_at_end']:.1f}")
    print(f"newsfacts.process, 1 process      : {result['process_articles_per_s']:>7} articles/s")
    for c in args.cores:
        ing = result[f"ingest_{c}_articles_per_s"]
        print(f"newsfacts ingest --workers {c}       : {ing if ing is not None else 'n/a (ingest not installed)':>7} articles/s")
        print(f"spark local[{c}]                    : {result[f'spark_{c}_articles_per_s']:>7} articles/s  "
              f"(session start {result[f'spark_{c}_session_start_s']}s, 10-article job {result[f'spark_{c}_tiny_job_s']}s)"
              + (f"  spark/ingest {result[f'spark_over_ingest_{c}']}" if ing else ""))
    print(f"spark scaling local[{lo}] -> local[{hi}]: {result['spark_scaling']}x (target >= 1.7x from 1 to 2 cores)")


if __name__ == "__main__":
    main()
