"""Corpus benchmarks: ingest throughput and memory, and query latency on a large store.

    # ingest vs bare spaCy nlp.pipe with the same number of processes, in one run
    python benchmarks/ingest.py throughput --articles 400 --workers 1,2

    # peak memory (RSS of the ingest process and its workers) as the corpus grows
    python benchmarks/ingest.py memory --articles 1000 --workers 2

    # canned query latency on a synthetic store of >= 1M event rows
    python benchmarks/ingest.py queries --events 1000000 [--cluster]

The corpus is benchmarks/corpus.py's generated news-like articles (text we write).
Numbers depend on the machine and its load: record them with the date and load.
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
from memsample import MemorySampler  # noqa: E402


def _write_corpus(path: str, n: int, seed: int = 7) -> int:
    words = 0
    with open(path, "w", encoding="utf-8") as fh:
        for k, t in enumerate(generate(n, seed=seed)):
            words += len(t.split())
            fh.write(json.dumps({"text": t, "published": f"2024-03-{1 + k % 28:02d}", "source": f"outlet{k % 7}"}) + "\n")
    return words


def _ingest_once(corpus: str, workers: int, batch_size: int, nlp=None, recycle=None) -> tuple[float, dict]:
    from newsfacts.store.duckdb import FactStore
    from newsfacts.corpus.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "bench.duckdb")
        t0 = time.perf_counter()
        with FactStore.open(db) as store:
            kw = {} if recycle is None else {"recycle_after": recycle}
            s = ingest([corpus], store, workers=workers, batch_size=batch_size, progress=False, nlp=nlp, **kw)
        return time.perf_counter() - t0, s.as_dict()


def _children_cpu() -> float:
    """User + system CPU seconds of this process's ended (waited-for) child processes."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def throughput(args) -> None:
    from newsfacts import build_nlp

    nlp = build_nlp()
    texts = list(generate(args.articles))
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} generated articles, {words:,} words; batch size {args.batch_size}; CPUs {os.cpu_count()}; "
          f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        _write_corpus(corpus, args.articles)
        list(nlp.pipe(texts[:8]))  # warm-up
        results = []
        for w in [int(x) for x in args.workers.split(",")]:
            bare, full, pipe, cpu = [], [], [], []
            for _ in range(args.repeat):  # alternate, keep the best of each: the machine is shared
                t0, c0, k0 = time.perf_counter(), time.process_time(), _children_cpu()
                for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=w):
                    pass
                bare.append(time.perf_counter() - t0)
                bare_cpu = time.process_time() - c0 + _children_cpu() - k0  # with n_process > 1, spaCy's processes too
                main0, kids0 = time.process_time(), _children_cpu()
                secs, summary = _ingest_once(corpus, w, args.batch_size)  # workers fork from this process (model loaded)
                full.append(secs)
                # CPU seconds, which other jobs on the machine disturb far less than wall time
                cpu.append((bare_cpu, time.process_time() - main0, _children_cpu() - kids0))
                if w == 1:
                    from newsfacts import process

                    t0 = time.perf_counter()
                    for _ in process(((t, None) for t in texts), nlp=nlp, batch_size=args.batch_size):
                        pass
                    pipe.append(time.perf_counter() - t0)
            b, f = min(bare), min(full)
            r = {"workers": w, "bare_docs_per_s": round(len(texts) / b, 1), "ingest_docs_per_s": round(len(texts) / f, 1),
                 "ratio_ingest_over_bare": round(b / f, 3), "facts": summary["facts"], "processed": summary["processed"]}
            if pipe:
                r["process_docs_per_s"] = round(len(texts) / min(pipe), 1)
            if cpu:
                # idle 2-core machine: with 1 worker, ingest's wall time is about max(main, worker) CPU time
                # (one core each) against the bare parse's CPU time; with 2 or more, every process shares
                # the two cores, so both take about their total CPU time / 2
                est = (lambda x: x[0] / max(x[1], x[2])) if w == 1 else (lambda x: x[0] / (x[1] + x[2]))
                bc, mc, wc = max(cpu, key=est)
                r.update(bare_cpu_s=round(bc, 2), ingest_main_cpu_s=round(mc, 2), ingest_worker_cpu_s=round(wc, 2),
                         ratio_cpu_estimate=round(est((bc, mc, wc)), 3))
            results.append(r)
            print(f"workers {w}: bare nlp.pipe {r['bare_docs_per_s']:>6} docs/s | ingest {r['ingest_docs_per_s']:>6} docs/s "
                  f"({summary['facts']:,} facts) | ingest/bare throughput {r['ratio_ingest_over_bare']:.2f} (target >= 0.8)"
                  + (f" | pipeline without store {r['process_docs_per_s']} docs/s" if pipe else "")
                  + (f"\n  CPU s: bare {r['bare_cpu_s']}, ingest main {r['ingest_main_cpu_s']} + worker(s) {r['ingest_worker_cpu_s']}"
                     f" -> idle-machine estimate {'bare/max(main, worker)' if w == 1 else 'bare/(main + workers)'}"
                     f" = {r['ratio_cpu_estimate']:.2f}" if cpu else ""))
    if args.json:
        print(json.dumps(results))


def memory(args) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        words = _write_corpus(corpus, args.articles)
        with MemorySampler(0.2) as m:
            secs, summary = _ingest_once(corpus, args.workers, args.batch_size, recycle=args.recycle)
    print(json.dumps({"articles": args.articles, "words": words, "workers": args.workers, "seconds": round(secs, 1),
                      "docs_per_s": round(args.articles / secs, 1), "peak_rss_main_mb": round(m.peak("rss_main")),
                      "peak_pss_main_mb": round(m.peak("pss_main")), "peak_pss_workers_mb": round(m.peak("pss_workers")),
                      "peak_pss_zygote_mb": round(m.peak("pss_zygote")),
                      "peak_pss_total_mb": round(m.peak("pss_total")), "facts": summary["facts"]}))


SYNTH_SQL = """
CREATE TEMP TABLE _c AS SELECT * FROM (VALUES ('USA'),('ISR'),('IRN'),('RUS'),('UKR'),('CHN'),('FRA'),('DEU'),('GBR'),('TUR'),
  ('EGY'),('IND'),('PAK'),('JPN'),('KOR'),('PRK'),('SYR'),('IRQ'),('SAU'),('BRA')) t(c);
CREATE TEMP TABLE _t AS SELECT * FROM (VALUES ('CONSULT','verbal cooperation'),('AGREE','verbal cooperation'),
  ('SUPPORT','verbal cooperation'),('AID','material cooperation'),('COOPERATE','material cooperation'),('ACCUSE','verbal conflict'),
  ('THREATEN','verbal conflict'),('DEMAND','verbal conflict'),('PROTEST','material conflict'),('ASSAULT','material conflict')) t(type, quad);
INSERT INTO documents SELECT md5(i::VARCHAR), DATE '2020-01-01' + CAST(i % 1500 AS INTEGER), 'outlet' || (i % 60), 'Title ' || i,
  'https://example.org/' || i, 'synthetic:' || i, 120, 'en', '1.0.0',
  'Synthetic report number ' || i || ' about talks between two governments and what their ministers said.', '{}'
  FROM range(?) r(i);
INSERT INTO entities SELECT md5((i % ?)::VARCHAR), 'e' || i, 'Person ' || (hash(i) % 5000), 'PERSON',
  s.c, 'GOV', NULL, s.c || ' GOV', 1 + CAST(hash(i * 7) % 4 AS INTEGER), '[]', '[]'
  FROM range(?) r(i) JOIN (SELECT row_number() OVER () - 1 AS k, c FROM _c) s ON s.k = CAST(hash(i) % 20 AS INTEGER);
INSERT INTO quotes SELECT md5((i % ?)::VARCHAR), 'q' || i, 'We will keep talking about item ' || i, 'direct', 'e' || i,
  'Person ' || (hash(i) % 5000), NULL, 'said', 10, 40, '[[10,40]]', '[]', 4, 8, NULL FROM range(?) r(i);
INSERT INTO events SELECT md5((i % ?)::VARCHAR), 'v' || i, t.type, NULL, t.quad, NULL, 'asserted', '["e1"]', '["e2"]',
  'Person ' || (hash(i) % 5000), 'Person ' || (hash(i * 3) % 5000), s.c, 'GOV', g.c, 'GOV', NULL, NULL, NULL,
  DATE '2020-01-01' + CAST((i % ?) % 1500 AS INTEGER), 'inferred', NULL, 0, 40, '[[0,40]]', NULL, 0, 40,
  9, 13, '[[9,13]]', '[[0,8]]', '[[20,28]]', '[]'
  FROM range(?) r(i)
  JOIN (SELECT row_number() OVER () - 1 AS k, * FROM _t) t ON t.k = i % 10
  JOIN (SELECT row_number() OVER () - 1 AS k, c FROM _c) s ON s.k = CAST(hash(i) % 20 AS INTEGER)
  JOIN (SELECT row_number() OVER () - 1 AS k, c FROM _c) g ON g.k = CAST(hash(i + 1) % 20 AS INTEGER);
"""


def queries(args) -> None:
    from newsfacts.store import queries as q
    from newsfacts.store.duckdb import FactStore
    from newsfacts.store.clusters import recluster

    n_ev = args.events
    n_doc = max(1, n_ev // 5)
    path = args.db or os.path.join(tempfile.mkdtemp(), "synthetic.duckdb")
    if not os.path.exists(path):
        t0 = time.perf_counter()
        building = path + ".building"  # renamed when complete: a failed build leaves no store to reuse
        for stale in (building, building + ".wal"):
            if os.path.exists(stale):
                os.remove(stale)
        with FactStore.open(building) as store:
            sqls = [s for s in SYNTH_SQL.split(";\n") if s.strip()]
            params = [[], [], [n_doc], [n_doc, n_ev], [n_doc, n_ev // 2], [n_doc, n_doc, n_ev]]
            for s, p in zip(sqls, params):
                store.con.execute(s, p)
            if args.cluster:
                t1 = time.perf_counter()
                n_cl = recluster(store)
                print(f"recluster: {n_ev:,} events -> {n_cl:,} clusters in {time.perf_counter() - t1:.1f} s")
        os.replace(building, path)
        print(f"built {path}: {n_doc:,} documents, {n_ev:,} events, {n_ev // 2:,} quotes, {n_ev:,} entities "
              f"in {time.perf_counter() - t0:.1f} s")
    canned = {
        "quotes --speaker 'Person 42'": lambda s: q.quotes(s, speaker="Person 42"),
        "events --source ISR --target USA --type CONSULT": lambda s: q.events(s, source="ISR", target="USA", type="CONSULT"),
        "events --source ISR --from 2021-01-01 --to 2021-03-31": lambda s: q.events(s, source="ISR", date_from="2021-01-01", date_to="2021-03-31"),
        "actors --top 20": lambda s: q.actors(s, top=20),
        "dyads --by week (clusters)": lambda s: q.dyads(s, by="week"),
        "dyads --by month --count reports": lambda s: q.dyads(s, by="month", count="reports"),
        "dyads --by day --source ISR --target USA": lambda s: q.dyads(s, by="day", source="ISR", target="USA"),
        "sql count(*) events": lambda s: q.sql(s, "SELECT count(*) FROM events"),
    }
    with FactStore.open(path, read_only=True) as store:
        print(f"store: {store.count('events'):,} events, {store.count('documents'):,} documents, "
              f"{store.count('event_clusters'):,} clusters; load average {os.getloadavg()[0]:.1f}")
        for name, fn in canned.items():
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                cols, rows = fn(store)
                times.append(time.perf_counter() - t0)
            extra = ""
            if hasattr(rows, "write"):  # a columnar result: also time what `--format csv|json` adds to write it out
                import io

                store.query_columns = store.query  # the same query, its rows fetched as tuples (as before 2026-11-25)
                try:
                    tup = []
                    for _ in range(args.repeat):
                        t0 = time.perf_counter()
                        fn(store)
                        tup.append(time.perf_counter() - t0)
                finally:
                    del store.query_columns
                extra += f"; fetched as tuples instead {min(tup) * 1000:.0f} ms"

                for fmt in ("csv", "json"):
                    w = []
                    for _ in range(args.repeat):
                        t0 = time.perf_counter()
                        rows.write(fmt, io.BytesIO())
                        w.append(time.perf_counter() - t0)
                    extra += f"; + writing {fmt} {min(w) * 1000:.0f} ms"
            print(f"{name:55} {min(times) * 1000:8.1f} ms (best of {args.repeat}; median {sorted(times)[len(times) // 2] * 1000:.1f} ms)"
                  f"  {len(rows):,} rows{extra}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("throughput")
    t.add_argument("--articles", type=int, default=400)
    t.add_argument("--workers", default="1,2")
    t.add_argument("--batch-size", type=int, default=16)
    t.add_argument("--repeat", type=int, default=2)
    t.add_argument("--json", action="store_true")
    m = sub.add_parser("memory")
    m.add_argument("--articles", type=int, default=1000)
    m.add_argument("--workers", type=int, default=2)
    m.add_argument("--batch-size", type=int, default=16)
    m.add_argument("--recycle", type=int, default=None, help="worker restart after this many documents (ingest's recycle_after)")
    qp = sub.add_parser("queries")
    qp.add_argument("--events", type=int, default=1_000_000)
    qp.add_argument("--db", help="reuse (or create) this store file")
    qp.add_argument("--cluster", action="store_true", help="also time re-clustering every event")
    qp.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    {"throughput": throughput, "memory": memory, "queries": queries}[args.cmd](args)


if __name__ == "__main__":
    main()
