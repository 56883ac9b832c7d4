"""Throughput of the Spark job in local mode with 1 and 2 cores, against the one-machine
paths on the same generated corpus, in the same run, with where the time goes.

    python benchmarks/spark.py [--articles 1500] [--small 150] [--cores 1 2] [--no-ingest] [--json]

Measured, each in a fresh process:

- ``process``: :func:`newsfacts.process` in one Python process (the pipeline itself, 1 core);
- ``ingest``: ``newsfacts ingest corpus.jsonl --workers W`` into a new DuckDB file
  (W = each of ``--cores``);
- ``spark``: ``newsfacts.spark.run`` on ``local[C]`` for each C in ``--cores``: the session
  start-up; a first 10-article job (Python daemon with the model, JVM warm-up); then, on
  the warm session, a small corpus (``--small``) and the whole corpus. The two warm runs
  give the fixed cost of a run and the cost per article (time = fixed + n x per-article).

Prints, per core count: articles/s of the whole run and its ratio to ingest; the run's
phases (``pipeline``: read, dedupe and NLP into the cached rows, i.e. the per-article
phase; ``cluster``; ``write``: one Parquet dataset per table; ``commit``); the NLP tasks
(count, longest, model loads, CPU per article). Then the scaling from the first to the
last core count (target >= 1.7x from 1 to 2 cores) of the whole run, of the pipeline
phase and of the per-article cost. With the defaults it takes about 5 minutes on an idle
2-core machine.
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


def tree_cpu() -> float:
    """CPU seconds used so far by this process and its descendants (the JVM, the Python
    daemon and its workers): what the job costs whatever else runs on the machine."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for p in [me, *me.children(recursive=True)]:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def child_spark(corpus: Path, tiny: Path, small_corpus: Path, cores: int, out: Path) -> dict:
    from newsfacts import spark as nfspark

    t0 = time.perf_counter()
    spark = nfspark.session(f"local[{cores}]")
    start = time.perf_counter() - t0
    # first job on the new session: Python daemon (loads the model once), JVM warm-up
    t0 = time.perf_counter()
    nfspark.run(spark, [str(tiny)], str(out / "tiny"), partitions=2 * cores)
    first_s = time.perf_counter() - t0
    # a small corpus on the warm session: with the full run, separates fixed from per-article cost
    cpu0 = tree_cpu()
    t0 = time.perf_counter()
    small = nfspark.run(spark, [str(small_corpus)], str(out / "small"), partitions=2 * cores)
    small_s = time.perf_counter() - t0
    small_cpu = tree_cpu() - cpu0
    cpu0 = tree_cpu()
    t0 = time.perf_counter()
    summary = nfspark.run(spark, [str(corpus)], str(out / "full"), partitions=2 * cores)
    full_s = time.perf_counter() - t0
    cpu = tree_cpu() - cpu0
    spark.stop()
    return {"articles": summary["documents"], "small_articles": small["documents"], "seconds": full_s, "session_start_s": start,
            "first_job_s": first_s, "small_job_s": small_s, "small_phases": small["phases"], "phases": summary["phases"],
            "nlp_tasks": summary["nlp_tasks"], "rows": summary["rows"], "cpu_s": cpu, "small_cpu_s": small_cpu}


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


def _ratio(a, b):
    return round(a / b, 2) if a and b else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1500)
    ap.add_argument("--small", type=int, default=150, help="articles in the small Spark run (fixed vs per-article cost)")
    ap.add_argument("--cores", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--no-ingest", action="store_true", help="skip newsfacts.process and ingest (Spark only)")
    ap.add_argument("--json", dest="as_json", action="store_true")
    ap.add_argument("--child", choices=["process", "spark"], help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--tiny", help=argparse.SUPPRESS)
    ap.add_argument("--small-corpus", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child == "process":
        print(json.dumps(child_process(Path(args.corpus))))
        return
    if args.child == "spark":
        print(json.dumps(child_spark(Path(args.corpus), Path(args.tiny), Path(args.small_corpus), args.cores[0], Path(args.out))))
        return

    t_bench = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="nf-spark-bench-"))
    n, m = args.articles, args.small
    result: dict = {"articles": n, "small_articles": m, "cores": args.cores, "python": platform.python_version(),
                    "cpus": os.cpu_count(), "load_avg_at_start": round(os.getloadavg()[0], 1), "spark": {}}
    try:
        corpus, tiny, small = work / "corpus.jsonl", work / "tiny.jsonl", work / "small.jsonl"
        write_corpus(corpus, n)
        write_corpus(tiny, 10, seed=99)
        write_corpus(small, m, seed=98)
        if not args.no_ingest:
            p = run_child(["--child", "process", "--corpus", str(corpus)])
            result["process_articles_per_s"] = round(n / p["seconds"], 1)
        for c in args.cores:
            ing = None if args.no_ingest else time_ingest(corpus, c, work / f"ingest{c}.duckdb")
            result[f"ingest_{c}_articles_per_s"] = round(n / ing["seconds"], 1) if ing else None
            s = run_child(["--child", "spark", "--corpus", str(corpus), "--tiny", str(tiny), "--small-corpus", str(small),
                           "--cores", str(c), "--out", str(work / f"spark{c}")])
            assert s["articles"] == n and s["small_articles"] == m, s
            per_article = (s["seconds"] - s["small_job_s"]) / (n - m)
            ph, tasks = s["phases"], s["nlp_tasks"]
            result["spark"][c] = {
                "articles_per_s": round(n / s["seconds"], 1),
                "seconds": round(s["seconds"], 1),
                "session_start_s": round(s["session_start_s"], 1),
                "first_job_s": round(s["first_job_s"], 1),
                "small_job_s": round(s["small_job_s"], 1),
                # two corpus sizes on the warm session: time = fixed + articles x per-article
                "per_article_ms": round(1000 * per_article, 1),
                "fixed_s": round(s["small_job_s"] - m * per_article, 1),
                "phases": ph,
                "small_phases": s["small_phases"],
                # the per-article phase: read, dedupe and NLP into the cached rows
                "pipeline_articles_per_s": round(n / ph["pipeline"], 1),
                "after_pipeline_s": round(sum(v for k, v in ph.items() if k != "pipeline"), 1),
                "nlp_tasks": tasks,
                # task occupancy of the pipeline phase: busy task-seconds per wall second (ideal: the core count)
                "pipeline_occupancy": round(tasks["task_s"] / ph["pipeline"], 2),
                "cpu_s": round(s["cpu_s"], 1),
                # CPU the job got per wall second: about the core count on an idle machine, less when others load it
                "cores_used": round(s["cpu_s"] / s["seconds"], 2),
                "cpu_ms_per_article": round(1000 * s["cpu_s"] / n, 1),
                # the same two-size split for CPU: what each extra article costs the JVM and Python together
                "cpu_per_article_ms": round(1000 * (s["cpu_s"] - s["small_cpu_s"]) / (n - m), 1),
                "cpu_fixed_s": round(s["small_cpu_s"] - m * (s["cpu_s"] - s["small_cpu_s"]) / (n - m), 1),
                "nlp_cpu_ms_per_article": round(1000 * tasks["nlp_cpu_s"] / max(1, tasks["documents"]), 1),
                "task_cpu_ms_per_article": round(1000 * tasks["task_cpu_s"] / max(1, tasks["documents"]), 1),
                "spark_over_ingest": _ratio(n / s["seconds"], result[f"ingest_{c}_articles_per_s"]),
            }
        lo, hi = args.cores[0], args.cores[-1]
        S = result["spark"]
        result["scaling"] = {
            "whole_run": _ratio(S[lo]["seconds"], S[hi]["seconds"]),
            "pipeline_phase": _ratio(S[lo]["phases"]["pipeline"], S[hi]["phases"]["pipeline"]),
            "per_article": _ratio(S[lo]["per_article_ms"], S[hi]["per_article_ms"]),
            "ingest": _ratio(result.get(f"ingest_{hi}_articles_per_s"), result.get(f"ingest_{lo}_articles_per_s")),
        }
        result["load_avg_at_end"] = round(os.getloadavg()[0], 1)
        result["benchmark_s"] = round(time.perf_counter() - t_bench)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    if args.as_json:
        print(json.dumps(result))
        return
    print(f"corpus: {n} generated articles (small run: {m}); {result['cpus']} CPUs; "
          f"load average {result['load_avg_at_start']} -> {result['load_avg_at_end']}; benchmark took {result['benchmark_s']}s")
    if not args.no_ingest:
        print(f"newsfacts.process, 1 process : {result['process_articles_per_s']:>6} articles/s")
    for c in args.cores:
        r = S[c]
        ing = result[f"ingest_{c}_articles_per_s"]
        if not args.no_ingest:
            print(f"ingest --workers {c}          : {ing if ing is not None else 'n/a':>6} articles/s")
        print(f"spark local[{c}]              : {r['articles_per_s']:>6} articles/s  ({r['seconds']}s, {r['cores_used']} cores used"
              + (f"; spark/ingest {r['spark_over_ingest']}" if r["spark_over_ingest"] else "") + ")")
        print(f"    start-up: session {r['session_start_s']}s, first 10-article job {r['first_job_s']}s; "
              f"warm runs: fixed {r['fixed_s']}s + {r['per_article_ms']} ms/article ({m}-article job {r['small_job_s']}s)")
        print(f"    phases (s): " + ", ".join(f"{k} {v}" for k, v in r["phases"].items())
              + f"; pipeline phase {r['pipeline_articles_per_s']} articles/s; {m}-article job: "
              + ", ".join(f"{k} {v}" for k, v in r["small_phases"].items()))
        t = r["nlp_tasks"]
        print(f"    NLP tasks: {t['tasks']}, longest {t['max_task_s']}s, model loads {t['model_loads']}, "
              f"occupancy {r['pipeline_occupancy']} of {c} cores; CPU {r['task_cpu_ms_per_article']} ms/article in the tasks "
              f"({r['nlp_cpu_ms_per_article']} in the pipeline); whole job (JVM + Python) {r['cpu_s']} CPU-s, "
              f"{r['cpu_ms_per_article']} ms/article = fixed {r['cpu_fixed_s']} CPU-s + {r['cpu_per_article_ms']} ms/article")
    sc = result["scaling"]
    print(f"spark scaling local[{lo}] -> local[{hi}] (target >= 1.7x from 1 to 2 cores): whole run {sc['whole_run']}x, "
          f"pipeline phase {sc['pipeline_phase']}x, per-article cost {sc['per_article']}x"
          + (f"; ingest {sc['ingest']}x" if sc["ingest"] else ""))


if __name__ == "__main__":
    main()
