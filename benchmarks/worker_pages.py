"""Where the ingest workers' memory comes from: every resident page of each worker process,
classified by which other processes of the run map the same physical page, sampled while a
generated corpus is ingested (Linux, as root: page frame numbers from /proc/PID/pagemap).

    sudo PYTHONPATH=src python benchmarks/worker_pages.py --articles 4000 --workers 2 --out pages.json

For each worker (a process of the run with no children of its own) and sample, in MB:

- ``parent``: pages it still shares with the process it was forked from (the ingest process,
  or the zygote when workers are forked from one): the model, libraries, the warmed-up heap;
- ``sibling``: pages it shares only with other workers: inherited at fork time, since written
  or freed by the parent (so the parent holds its own copy or nothing, and the workers keep
  the old page alive);
- ``own``: pages no other process of the run maps: the worker's own allocations and its
  copy-on-write copies of inherited pages it wrote (reference counts, the string store...).

Workers caught while they exit (recycled: PF_EXITING set in /proc/PID/stat) are left out of the
sample: their pages are being unmapped, so the count would describe neither working nor gone.

Each worker also logs, after each batch it parses, the size of its ``nlp.vocab.strings``.
``--parse-only`` makes workers run ``nlp.pipe`` alone (no stages; nothing is stored, so the
ingest process only reads and commits rejects: its heap churn is lower too).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from soak import write_corpus  # noqa: E402

MB = 2**20
PAGE = os.sysconf("SC_PAGE_SIZE")
PFN_MASK = np.uint64((1 << 55) - 1)
PRESENT = np.uint64(1 << 63)
STRINGS_LOG = None  # set in main(); workers (forked) append to it


def pfns(pid: int) -> np.ndarray:
    """Page frame numbers of the resident pages of a process (all its mappings)."""
    out = []
    with open(f"/proc/{pid}/smaps") as sm, open(f"/proc/{pid}/pagemap", "rb") as pm:
        start = end = None
        for line in sm:
            first = line.split(None, 1)[0]
            if "-" in first and not first.endswith(":"):
                a, b = first.split("-")
                start, end = int(a, 16), int(b, 16)
            elif first == "Rss:" and int(line.split()[1]) > 0:
                pm.seek(start // PAGE * 8)
                e = np.frombuffer(pm.read((end - start) // PAGE * 8), dtype=np.uint64)
                out.append(e[(e & PRESENT) != 0] & PFN_MASK)
    return np.unique(np.concatenate(out)) if out else np.zeros(0, dtype=np.uint64)


PF_EXITING = 0x4  # task flag (include/linux/sched.h): the process is tearing down its memory


def exiting(pid: int) -> bool:
    """True when the process has begun to exit (or is gone): its resident set is being unmapped,
    so a page count read now says nothing about what it held while it worked."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return True
    return fields[0] in ("Z", "X") or bool(int(fields[6]) & PF_EXITING)


def sample(main_pid: int) -> dict:
    import psutil

    main = psutil.Process(main_pid)
    procs = main.children(recursive=True)
    frames = {main_pid: pfns(main_pid)}
    parent_of, leaves = {}, []
    for p in procs:
        try:
            frames[p.pid] = pfns(p.pid)
            parent_of[p.pid] = p.ppid()
            if not p.children():
                leaves.append(p.pid)
            if exiting(p.pid):  # checked after the read: a recycled worker caught mid-exit
                frames.pop(p.pid)
                leaves = [q for q in leaves if q != p.pid]
        except (psutil.Error, OSError):
            frames.pop(p.pid, None)
    out = {"main_mb": round(len(frames[main_pid]) * PAGE / MB, 1), "others": {}, "workers": {}}
    for pid in frames:
        if pid != main_pid and pid not in leaves:
            out["others"][pid] = round(len(frames[pid]) * PAGE / MB, 1)  # a zygote
    for pid in leaves:
        if pid not in frames:
            continue
        mine = frames[pid]
        par = frames.get(parent_of[pid], np.zeros(0, dtype=np.uint64))
        rest = [frames[q] for q in frames if q not in (pid, parent_of[pid])]
        with_parent = np.isin(mine, par, assume_unique=True)
        others = np.unique(np.concatenate(rest)) if rest else np.zeros(0, dtype=np.uint64)
        with_other = ~with_parent & np.isin(mine, others, assume_unique=True)
        main_too = np.isin(mine, frames[main_pid], assume_unique=True) & ~with_parent
        out["workers"][pid] = {
            "rss": round(len(mine) * PAGE / MB, 1),
            "parent": round(int(with_parent.sum()) * PAGE / MB, 1),
            "sibling": round(int((with_other & ~main_too).sum()) * PAGE / MB, 1),
            "main_not_parent": round(int(main_too.sum()) * PAGE / MB, 1),
            "own": round(int((~with_parent & ~with_other).sum()) * PAGE / MB, 1),
        }
    return out


def parse_batch_logged(items):
    """The ingest worker task, plus a line per batch: pid, strings in the vocabulary, texts."""
    from newsfacts.corpus import workers

    if PARSE_ONLY:
        if workers.worker_nlp() is None:
            workers.init_worker(None)  # initialises the worker's nlp
        list(workers.worker_nlp().pipe([t for t, *_ in items]))
        result = ([None] * len(items), [])
    else:
        result = parse_batch_logged.__wrapped__(items)
    with open(STRINGS_LOG, "a") as fh:
        fh.write(json.dumps([os.getpid(), len(workers.worker_nlp().vocab.strings), len(items), round(time.time(), 2)]) + "\n")
    return result


PARSE_ONLY = False


def main(argv=None) -> int:
    global STRINGS_LOG, PARSE_ONLY
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=4000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--interval", type=float, default=3.0)
    ap.add_argument("--recycle-after", type=int, default=None)
    ap.add_argument("--parse-only", action="store_true")
    ap.add_argument("--out", default="pages.json")
    args = ap.parse_args(argv)
    PARSE_ONLY = args.parse_only
    STRINGS_LOG = args.out + ".strings.jsonl"
    Path(STRINGS_LOG).write_text("")

    from newsfacts.corpus import ingest as ingest_mod
    from newsfacts.store.duckdb import FactStore

    real = ingest_mod.parse_batch
    parse_batch_logged.__wrapped__ = real
    ingest_mod.parse_batch = parse_batch_logged

    samples, stop = [], threading.Event()
    done = [0]
    t0 = time.time()

    def run():
        while not stop.is_set():
            try:
                s = sample(os.getpid())
                s["t"], s["done"] = round(time.time() - t0, 1), done[0]
                samples.append(s)
            except Exception as exc:  # a process ended mid-read
                print("sample failed:", exc, file=sys.stderr)
            stop.wait(args.interval)

    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        lines, bad = write_corpus(corpus, args.articles)
        print(f"worker pages: {args.articles:,} articles, workers {args.workers}, load {os.getloadavg()[0]:.1f}", flush=True)
        th = threading.Thread(target=run, daemon=True)
        th.start()

        def on_commit(n, s):
            done[0] = s.processed + s.duplicates + sum(s.rejected.values())

        try:
            with FactStore.open(os.path.join(tmp, "s.duckdb")) as store:
                kw = {} if args.recycle_after is None else {"recycle_after": args.recycle_after}
                summary = ingest_mod.ingest([corpus], store, workers=args.workers, progress=False, on_commit=on_commit,
                                            cluster=False, **kw)
        finally:
            ingest_mod.parse_batch = real
            stop.set()
            th.join()
    strings = [json.loads(x) for x in Path(STRINGS_LOG).read_text().splitlines()]
    Path(args.out).write_text(json.dumps({"summary": summary.as_dict(), "samples": samples, "strings": strings}))
    print(report(samples, strings))
    return 0


def report(samples, strings) -> str:
    """Per worker: first and last sample (MB), and its string store at its first and last batch."""
    first, last = {}, {}
    zygotes = {pid for s in samples for pid in s["others"]}
    for s in samples:
        for pid, w in s["workers"].items():
            if pid in zygotes:  # sampled before it forked its first worker
                continue
            first.setdefault(pid, (s["t"], s["done"], s["main_mb"], s["others"], w))
            last[pid] = (s["t"], s["done"], s["main_mb"], s["others"], w)
    st = {}
    for pid, n, k, t in strings:
        a = st.setdefault(str(pid), [n, n, 0])
        a[1], a[2] = n, a[2] + k
    rows = ["| worker | docs at fork, end | main RSS at fork | rss | parent | sibling only | own | strings (first, last batch) | docs parsed |",
            "|---|---|---:|---|---|---|---|---|---:|"]
    for pid in first:
        f, e = first[pid], last[pid]
        fw, ew = f[4], e[4]
        s = st.get(str(pid), [0, 0, 0])
        rows.append(f"| {pid} | {f[1]:,} -> {e[1]:,} | {f[2]:.0f} | {fw['rss']:.0f} -> {ew['rss']:.0f} | {fw['parent']:.0f} -> {ew['parent']:.0f} "
                    f"| {fw['sibling'] + fw['main_not_parent']:.0f} -> {ew['sibling'] + ew['main_not_parent']:.0f} | {fw['own']:.0f} -> {ew['own']:.0f} "
                    f"| {s[0]:,} -> {s[1]:,} | {s[2]:,} |")
    mains = [s["main_mb"] for s in samples]
    rows.append(f"\nmain RSS {mains[0]:.0f} -> {mains[-1]:.0f} MB (max {max(mains):.0f}); zygote RSS "
                + ", ".join(f"{v}" for s in samples[-1:] for v in s["others"].values()))
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
