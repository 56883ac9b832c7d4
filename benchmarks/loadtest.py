"""Load test of the web app: concurrent clients reading the store pages while an ingest writes.

Two steps:

    # 1. a store of N documents, written through the store's own write path (no parse per copy)
    python benchmarks/loadtest.py build --db /tmp/load.duckdb --docs 20000
    # 2. `newsfacts serve` on it (127.0.0.1 only), a real `newsfacts ingest` writing new
    #    articles into it meanwhile, and 1, 10, 50 clients reading pages at random
    python benchmarks/loadtest.py run --db /tmp/load.duckdb --clients 1,10,50 --seconds 30 --out load.json

``build`` processes ``--texts`` real articles once with the pipeline (PolNeAR train texts by
default; the records are cached beside the store), then writes ``--docs`` copies: each copy's
text is the original plus a line of its own (so its own document id; the record's offsets stay
valid), with its own publication date (over two years), outlet and title. Facts are the
original's (event dates too). Then the events are clustered as ingest does. Building 20,000
documents by real ingest would take about 50 minutes on the 2-core development machine; this
takes a few.

``run`` starts the server and, unless ``--no-ingest``, an ingest of ``--ingest-docs`` new
texts (copies with a line of their own, so they are processed and written, not skipped) in
batches of 16; it waits for the ingest's first commit, then for each client count runs the
clients for ``--seconds`` seconds. Each client is a thread with one keep-alive HTTP
connection, requesting at random: the home page, an article, a speaker (entity by name), an
entity by actor id, an actor (country), a dyad series, the dyads page, a search. It prints,
per client count: requests/s, p50/p99 latency, errors (any status but 200, or a failed
connection), and the same per page kind; ``--out`` keeps everything as JSON. Everything
listens on 127.0.0.1 and everything stops at the end (the server, the ingest).
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = "/work/shared/gold/polnear/train/text"
OUTLETS = [f"outlet-{k:02d}" for k in range(40)]
#: Seconds a client waits for an answer; a request that takes longer counts as an error.
TIMEOUT = 30.0


def _texts(folder: str, n: int) -> list[str]:
    files = sorted(Path(folder).glob("*.txt"))[:n]
    return [f.read_text(encoding="utf-8") for f in files]


def _records(db: str, folder: str, n: int) -> list[tuple[dict, str]]:
    """(record, text) of ``n`` real texts: processed once, cached in ``<db>.records.jsonl``."""
    cache = Path(db + ".records.jsonl")
    if cache.exists():
        pairs = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
        if len(pairs) >= n:
            return [(p["record"], p["text"]) for p in pairs[:n]]
    from newsfacts import extract
    from newsfacts.pipeline import build_nlp

    nlp = build_nlp()
    pairs = []
    t0 = time.perf_counter()
    for k, text in enumerate(_texts(folder, n)):
        pairs.append((extract(text, nlp=nlp, published=f"2016-{1 + k % 12:02d}-{1 + k % 28:02d}", source="seed"), text))
    print(f"processed {len(pairs)} texts in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    with cache.open("w", encoding="utf-8") as fh:
        for rec, text in pairs:
            fh.write(json.dumps({"record": rec, "text": text}) + "\n")
    return pairs


def _copy(record: dict, text: str, k: int) -> tuple[dict, str]:
    """Copy ``k`` of a record: its text with a line of its own (a new id), a date, outlet, title."""
    from newsfacts.schema import document_id

    new_text = f"{text.rstrip()}\n\n(Archive copy {k}.)\n"
    rec = json.loads(json.dumps(record))
    d = rec["document"]
    d["id"] = document_id(new_text)
    d["published"] = (dt.date(2015, 1, 1) + dt.timedelta(days=(k * 37) % 730)).isoformat()
    d["source"] = OUTLETS[k % len(OUTLETS)]
    d["title"] = f"{d.get('title') or 'Article'} ({k})"
    for key in ("length", "chars", "n_chars"):
        if key in d:
            d[key] = len(new_text)
    return rec, new_text


def build(args) -> None:
    """Write ``--docs`` copies of ``--texts`` processed articles into a new store."""
    from newsfacts.store.clusters import recluster
    from newsfacts.store.duckdb import FactStore
    from newsfacts.store.rows import rows_from_record

    if os.path.exists(args.db):
        sys.exit(f"{args.db} exists: remove it first")
    pairs = _records(args.db, args.texts, args.sample)
    t0 = time.perf_counter()
    with FactStore.open(args.db) as store:
        batch = []
        for k in range(args.docs):
            rec, text = _copy(*pairs[k % len(pairs)], k)
            batch.append(rows_from_record(rec, text))
            if len(batch) == 500:
                store.write_batch(batch)
                batch = []
        if batch:
            store.write_batch(batch)
        t1 = time.perf_counter()
        if not args.no_cluster:
            recluster(store)
        n = store.count("documents")
    size = os.path.getsize(args.db) / 1e6
    print(f"{n} documents written in {t1 - t0:.0f} s, clustered in {time.perf_counter() - t1:.0f} s; {args.db}: {size:.0f} MB")


# --- the run -------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _targets(db: str, seed: int) -> dict[str, list[str]]:
    """Paths of each page kind, from what the store holds (read before the ingest starts)."""
    from newsfacts.store.duckdb import FactStore

    q = urllib.parse.quote
    with FactStore.open(db, read_only=True, memory_limit=None) as store:
        one = lambda sql: [r[0] for r in store.con.execute(sql).fetchall()]  # noqa: E731
        docs = one("SELECT doc_id FROM documents USING SAMPLE 500 ROWS")
        speakers = one("SELECT speaker_name FROM quotes WHERE speaker_name IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 100")
        actor_ids = one("SELECT actor_id FROM entities WHERE actor_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 100")
        countries = one("SELECT country FROM entities WHERE country IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 40")
        dyads = store.con.execute(
            "SELECT source_country, target_country FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
            "AND source_country <> target_country GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 40").fetchall()
    words = ["Obama", "Clinton", "Trump", "tax", "Syria", "election", "police", "said", "Congress", "refugees"]
    return {
        "home": ["/", "/?page=2", "/?page=50"],
        "article": [f"/document/{d}" for d in docs],
        "speaker": [f"/entity?name={q(s)}" for s in speakers],
        "entity": [f"/entity?id={q(a)}" for a in actor_ids],
        "actor": [f"/actor/{q(c)}" for c in countries],
        "dyad": [f"/dyads?a={q(a)}&b={q(b)}&by=month" for a, b in dyads] or ["/dyads"],
        "dyads": ["/dyads"],
        "search": [f"/search?q={q(w)}" for w in words],
    }


def _wait_http(port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", "/static/favicon.svg")
            if c.getresponse().status == 200:
                c.close()
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the server did not answer on 127.0.0.1:{port} in {timeout:.0f} s")


def _client(port: int, targets: dict[str, list[str]], stop: float, seed: int, out: list) -> None:
    rnd = random.Random(seed)
    kinds = sorted(targets)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    while time.monotonic() < stop:
        kind = rnd.choice(kinds)
        path = rnd.choice(targets[kind])
        t0 = time.perf_counter()
        try:
            conn.request("GET", path)
            r = conn.getresponse()
            r.read()
            status = r.status
        except (OSError, http.client.HTTPException) as exc:
            status = f"{type(exc).__name__}"
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        out.append((kind, time.perf_counter() - t0, status, path))
    conn.close()


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else float("nan")


def _summary(results: list, seconds: float) -> dict:
    lat = [r[1] for r in results]
    errors = [r for r in results if r[2] != 200]
    kinds = {}
    for kind in sorted({r[0] for r in results}):
        ks = [r[1] for r in results if r[0] == kind]
        kinds[kind] = {"requests": len(ks), "p50": _pct(ks, 0.5), "p99": _pct(ks, 0.99),
                       "errors": sum(1 for r in results if r[0] == kind and r[2] != 200)}
    return {"requests": len(results), "rps": len(results) / seconds, "p50": _pct(lat, 0.5), "p99": _pct(lat, 0.99),
            "mean": statistics.fmean(lat) if lat else float("nan"), "errors": len(errors),
            "error_samples": [list(map(str, e)) for e in errors[:5]], "kinds": kinds}


def _ingest_input(path: str, texts: list[str], n: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(n):
            t = f"{texts[k % len(texts)].rstrip()}\n\n(Load-test update {k} of {time.time_ns()}.)\n"
            fh.write(json.dumps({"text": t, "published": "2017-03-01", "source": "live"}) + "\n")


def _documents(port: int):
    """The number of documents the home page shows (None when it answers an error)."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        c.request("GET", "/api")
        data = json.loads(c.getresponse().read())
    except (OSError, http.client.HTTPException, ValueError):
        return None
    finally:
        c.close()
    return data["summary"]["counts"]["documents"] if "summary" in data else None


def run(args) -> None:
    """Serve the store, start an ingest into it, and measure each client count."""
    targets = _targets(args.db, args.seed)
    if args.kinds:
        targets = {k: v for k, v in targets.items() if k in args.kinds.split(",")}
    newsfacts = str(Path(sys.executable).with_name("newsfacts"))
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": args.src or str(ROOT / "src")}
    serve_args = ["--cache-mb", str(args.cache_mb)] if args.cache_mb is not None else []
    server = subprocess.Popen([newsfacts, "serve", "--db", args.db, "--host", "127.0.0.1", "--port", str(port), *serve_args], env=env,
                              stdout=subprocess.DEVNULL, stderr=open(args.db + ".serve.log", "w"))
    ingest = None
    report = {"db": args.db, "seconds": args.seconds, "ingest": not args.no_ingest, "kinds": sorted(targets), "levels": [],
              "serve_args": serve_args, "load_average_start": os.getloadavg()}
    try:
        _wait_http(port, 60)
        before = _documents(port)
        if not args.no_ingest:
            inp = args.db + ".ingest.jsonl"
            _ingest_input(inp, _texts(args.texts, args.sample), args.ingest_docs)
            ingest = subprocess.Popen([newsfacts, "ingest", inp, "--db", args.db, "--workers", str(args.workers), "-q", "--no-cluster"],
                                      env=env, stdout=subprocess.PIPE, stderr=open(args.db + ".ingest.log", "w"), text=True)
            t0 = time.monotonic()  # the ingest's first commit: model load and a batch
            while _documents(port) in (before, None) and ingest.poll() is None and time.monotonic() - t0 < 300:
                time.sleep(1.0)
            print(f"ingest writing: first commit seen after {time.monotonic() - t0:.0f} s", file=sys.stderr)
        for n in [int(x) for x in args.clients.split(",")]:
            seen0 = _documents(port)
            results: list = []
            stop = time.monotonic() + args.seconds
            threads = [threading.Thread(target=_client, args=(port, targets, stop, args.seed * 1000 + k, results)) for k in range(n)]
            t0 = time.monotonic()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            s = _summary(results, time.monotonic() - t0)
            s.update(clients=n, documents_before=seen0, documents_after=_documents(port), load_average=os.getloadavg(),
                     ingest_running=ingest is not None and ingest.poll() is None)
            report["levels"].append(s)
            print(f"{n:>3} clients: {s['rps']:6.1f} req/s  p50 {s['p50'] * 1000:6.0f} ms  p99 {s['p99'] * 1000:6.0f} ms  "
                  f"errors {s['errors']}  documents seen {seen0} -> {s['documents_after']}  load {s['load_average'][0]:.1f}"
                  f"{' (the ingest had stopped)' if ingest is not None and not s['ingest_running'] else ''}", flush=True)
            for kind, k in s["kinds"].items():
                print(f"      {kind:<8} {k['requests']:>6} requests  p50 {k['p50'] * 1000:6.0f} ms  p99 {k['p99'] * 1000:6.0f} ms  "
                      f"errors {k['errors']}")
    finally:
        if ingest is not None and ingest.poll() is None:
            ingest.send_signal(signal.SIGINT)
            try:
                ingest.wait(timeout=60)
            except subprocess.TimeoutExpired:
                ingest.kill()
                ingest.wait()
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=1), encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="write a store of --docs documents (copies of --sample processed texts)")
    r = sub.add_parser("run", help="serve the store, ingest into it, and measure 1, 10, 50 clients")
    for p in (b, r):
        p.add_argument("--db", required=True, help="the store file")
        p.add_argument("--texts", default=DEFAULT_TEXTS, help="a folder of .txt articles (default: PolNeAR train)")
        p.add_argument("--sample", type=int, default=200, help="how many of its texts to process (default 200)")
    b.add_argument("--docs", type=int, default=20000, help="documents to write (default 20000)")
    b.add_argument("--no-cluster", action="store_true", help="don't cluster the events after writing")
    r.add_argument("--clients", default="1,10,50", help="client counts, comma-separated (default 1,10,50)")
    r.add_argument("--seconds", type=float, default=30.0, help="seconds per client count (default 30)")
    r.add_argument("--no-ingest", action="store_true", help="measure without an ingest writing")
    r.add_argument("--ingest-docs", type=int, default=5000, help="new texts the ingest is given (default 5000; stopped at the end)")
    r.add_argument("--workers", type=int, default=1, help="the ingest's workers (default 1)")
    r.add_argument("--kinds", help="only these page kinds, comma-separated (home,article,speaker,entity,actor,dyad,dyads,search)")
    r.add_argument("--src", help="the server and ingest run this source folder (default: this checkout's src): before/after runs")
    r.add_argument("--cache-mb", type=float, help="the server's --cache-mb (default: serve's own; 0: no cache of answers)")
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--out", help="write the results as JSON here")
    args = ap.parse_args(argv)
    build(args) if args.cmd == "build" else run(args)


if __name__ == "__main__":
    main()
