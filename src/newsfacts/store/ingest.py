"""Corpus ingest: read inputs, run the pipeline in worker processes, write the store.

- **Streaming, constant memory**: entries are read lazily and at most ``2 x workers``
  batches of ``batch_size`` documents are in flight at any time.
- **Workers**: worker processes run :func:`newsfacts.pipeline.process` over a batch each
  and send back each record as JSON text; this process meanwhile reads the inputs, turns
  records into rows and writes the store, so writing overlaps parsing even with one worker.
  Workers are forked from a zygote, a process forked from this one at the start that loads
  and warms up the model and every lazily loaded table once and then only forks workers:
  every worker starts from the same shared pages, none inherits this process's DuckDB
  cache or heap, and this process never loads the model. Workers are replaced by fresh
  ones every ``recycle_after`` documents (spaCy's string store and the stages' caches only
  grow). Given an ``nlp`` object, everything runs in this process instead.
- **Idempotent and resumable**: a document's id is the sha256 of its text; ids already
  stored (as a document, or as a reject after reading) are skipped before parsing, and the
  results of up to ``WRITE_BATCHES`` batches are written in one transaction, so a run killed
  at any moment leaves whole documents only, and re-running picks up what is missing.
- **Nothing lost silently**: every input record that can't be processed is written to the
  ``rejects`` table with its location and reason (see :mod:`newsfacts.store.readers`).
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import sys
import time
from collections import Counter, deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Iterable, Iterator, Optional

from ..errors import E_WORKER_DIED, NewsfactsError
from ..schema import document_id
from ..textio import MAX_CHARS  # texts longer than this are rejected as ``too_long`` (override with max_chars)
from .clusters import iter_clusters
from .readers import Html, Item, Reject, Skipped, extract_html, input_size, read_inputs

BATCH_SIZE = 16
#: Worker batches written together in one transaction (each DuckDB statement has a fixed cost
#: of ~1.5 ms: 64 documents per transaction cost 0.44 ms each to write, 16 cost 1.15 ms).
WRITE_BATCHES = 4
#: Rejects held before they are written even without a batch of documents to commit with.
REJECT_FLUSH = 1000
#: Worker processes are replaced by fresh ones after this many documents each (see _run).
RECYCLE_AFTER = 2000
FACT_TABLES = ("entities", "quotes", "events", "claims")
#: Allocations between two collections of the youngest generation in a worker (Python's default is 700).
GC_THRESHOLD = 10_000


@dataclass
class IngestSummary:
    """What one ingest run did."""

    processed: int = 0  # documents parsed and stored in this run
    duplicates: int = 0  # skipped: already stored, or a repeat of a text seen earlier
    rejected: Counter = field(default_factory=Counter)  # reason -> count
    skipped: Counter = field(default_factory=Counter)  # non-article records (e.g. WARC request records)
    facts: int = 0  # entities + quotes + events + claims stored in this run
    clusters: Optional[int] = None
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "processed": self.processed,
            "duplicates": self.duplicates,
            "rejected": dict(sorted(self.rejected.items())),
            "rejected_total": sum(self.rejected.values()),
            "skipped": dict(sorted(self.skipped.items())),
            "facts": self.facts,
            "event_clusters": self.clusters,
            "seconds": round(self.seconds, 2),
            "docs_per_second": round(self.processed / self.seconds, 2) if self.seconds else None,
        }

    def text(self) -> str:
        lines = [
            f"processed {self.processed:,} documents ({self.facts:,} facts) in {self.seconds:.1f} s"
            + (f", {self.processed / self.seconds:.1f} docs/s" if self.seconds and self.processed else ""),
            f"skipped {self.duplicates:,} already stored or duplicate",
            f"rejected {sum(self.rejected.values()):,}" + (": " + ", ".join(f"{r} {n:,}" for r, n in sorted(self.rejected.items())) if self.rejected else ""),
        ]
        if self.skipped:
            lines.append("not articles: " + ", ".join(f"{k} {n:,}" for k, n in sorted(self.skipped.items())))
        if self.clusters is not None:
            lines.append(f"event clusters in the store: {self.clusters:,}")
        return "\n".join(lines)


def reject_row(r: Reject) -> dict[str, Any]:
    """A ``rejects`` table row for a Reject (keyed on its origin, so re-runs replace it)."""
    return {
        "reject_id": hashlib.sha256(r.origin.encode("utf-8", "surrogatepass")).hexdigest(),
        "origin": r.origin,
        "reason": r.reason,
        "detail": r.detail,
        "doc_id": r.doc_id,
        "rejected_at": datetime.now(timezone.utc).replace(tzinfo=None),
    }


# --- worker side ----------------------------------------------------------------------

_NLP = None


def _init_worker(model: Optional[str], warm_up: bool = False) -> None:
    global _NLP
    import gc

    from ..heap import keep_freed_heap
    from ..pipeline import MODEL, build_nlp

    # the parent's pipeline when forked from a process that has it: called as everything else
    # calls it (lru_cache keys on the arguments as given: build_nlp(MODEL) would load it again)
    _NLP = build_nlp(model) if model and model != MODEL else build_nlp()
    if warm_up:
        _warm_up(_NLP)
    # inherited by the workers forked from the zygote: no page faults from malloc giving
    # memory back after every batch (newsfacts/heap.py)
    keep_freed_heap()
    # the model, lexicons and gazetteers (inherited from the zygote when forked) never become
    # garbage: keep the cyclic collector from walking them again and again (and from touching,
    # so copying, the pages the worker shares with the zygote)
    gc.freeze()
    # a worker makes and drops hundreds of thousands of small objects per batch, nearly all
    # freed by reference counting: collecting the youngest generation every 10,000 net
    # allocations instead of 700 saves ~1.5% of the parse time (docs/performance.md)
    gc.set_threshold(GC_THRESHOLD, 10, 10)


def _not_english(record: dict[str, Any]) -> Optional[str]:
    """The pipeline's own not-English warning message, if the record has one."""
    for w in record.get("warnings", ()):
        if w.get("code") == "not_english":
            return w["message"]
    return None


def _parse(items: list[tuple[str, dict[str, Any], str, str]], nlp) -> tuple[list[Optional[dict[str, Any]]], list[Reject]]:
    """Run the pipeline over ``(text, meta, origin, doc_id)`` items: a record per item (None
    where the item is rejected) and the rejects.

    A text the pipeline finds is not English (its ``not_english`` warning) is rejected, not
    stored. If the pipeline raises on the batch, each text is retried alone so only the
    culprit is rejected.
    """
    from ..pipeline import process

    if nlp is None:
        if _NLP is None:
            _init_worker(None)
        nlp = _NLP
    rejects: list[Reject] = []

    def run(group):
        out: list[Optional[dict[str, Any]]] = []
        for rec, (t, m, o, doc_id) in zip(process([(t, m) for t, m, _, _ in group], nlp=nlp), group):
            msg = _not_english(rec)
            if msg:
                rejects.append(Reject(o, "not_english", msg, doc_id))
                out.append(None)
            else:
                out.append(rec)
        return out

    try:
        return run(items), rejects
    except Exception:
        records: list[Optional[dict[str, Any]]] = []
        rejects.clear()
        for one in items:
            try:
                records.extend(run([one]))
            except Exception as exc:
                rejects.append(Reject(one[2], "processing_error", f"{exc.__class__.__name__}: {str(exc)[:200]}", one[3]))
                records.append(None)
        return records, rejects


def process_batch(items: list[tuple[str, dict[str, Any], str, str]], nlp=None) -> tuple[list[dict[str, list]], list[Reject]]:
    """Run the pipeline over a batch of ``(text, meta, origin, doc_id)``; return rows and rejects.

    A text the pipeline finds is not English (its ``not_english`` warning) is rejected, not
    stored. If the pipeline raises on the batch, each text is retried alone so only the
    culprit is rejected.
    """
    from .tables import rows_from_record

    records, rejects = _parse(items, nlp)
    rows = [rows_from_record(rec, t, url=m.get("url"), origin=o) for rec, (t, m, o, _) in zip(records, items) if rec is not None]
    return rows, rejects


def parse_batch(items: list[tuple[str, dict[str, Any], str, str]]) -> tuple[list[Optional[str]], list[Reject]]:
    """Worker task: :func:`process_batch`'s parse, returning each record as compact JSON text.

    The worker sends back only what the main process does not have: the record (as one
    string, which pickles as a copy of its bytes, and is the ``documents.record`` value
    anyway) and the rejects; the main process turns records into rows while this worker
    parses the next batch.
    """
    from .tables import record_json

    records, rejects = _parse(items, None)
    return [record_json(r) if r is not None else None for r in records], rejects


def rows_from_json(items: list[tuple[str, dict[str, Any], str, str]], records: list[Optional[str]]) -> list[dict[str, list]]:
    """Rows for the items whose :func:`parse_batch` record is not None."""
    import json

    from .tables import rows_from_record

    return [rows_from_record(json.loads(js), t, url=m.get("url"), origin=o, record_text=js)
            for js, (t, m, o, _) in zip(records, items) if js is not None]


#: Data the stages load on first use (cached loaders), beyond what the warm-up text reaches:
#: loaded in the zygote, so workers share one copy instead of each (and each recycled one)
#: building its own. The GeoNames city index alone is ~80 MB per process; the generated soak
#: corpus reached it from its 241st article on, so every worker built it.
#: ``tests/test_ingest_workers.py`` checks that no argument-less cached loader is missing.
PRELOAD = (
    ("newsfacts.lexicons.gazetteer", "_cities_by_name"),
    ("newsfacts.lexicons.countries", "_iso2_to_iso3"),
    ("newsfacts.lexicons", "organisations"),
    ("newsfacts.lexicons", "org_heads"),
    ("newsfacts.lexicons", "people"),
    ("newsfacts.nlp.claims.checks", "_ureg"),
    ("newsfacts.nlp.events", "plover_types"),
    ("newsfacts.nlp.places", "_country_rows"),
    ("newsfacts.nlp.places", "_state_codes"),
)


def _warm_up(nlp) -> None:
    """Run a short text through every stage and load every lazily loaded table
    (:data:`PRELOAD`), so lexicons, gazetteers and quantulum3's unit patterns are loaded once
    in the zygote and shared by the workers forked from it (each worker, and each recycled
    one, would otherwise load them again: ~0.7 CPU s and ~85 MB each)."""
    import importlib

    from ..pipeline import process

    text = ("The Norwegian foreign minister met officials in Ottawa on Monday, the ministry said on 3 March 2024. "
            "\u201cWe will send 300 tonnes of grain and $4.5 million in aid,\u201d she told reporters, adding that "
            "exports rose 12 percent last year. Protesters accused the government of ignoring the 40 km road.")
    list(process([(text, {"published": "2024-03-04"})], nlp=nlp))  # quotes, numbers with units (quantulum3), dates, events
    for module, name in PRELOAD:
        getattr(importlib.import_module(module), name)()


# --- the zygote: the process workers are forked from ---------------------------------


class _Zygote:
    """A process that loads the model, warms it up and then only forks workers.

    Forked from the ingest process before it reads anything, it never touches the store, so
    every worker it forks (the first ones and each recycled one) starts from the same
    pages: the model, the lexicons and the gazetteers, shared copy-on-write, and nothing of
    the ingest process's DuckDB cache or heap, which would otherwise be inherited by each
    fork and kept alive in it as the ingest process moves on. The ingest process never
    loads the model itself (unless it already had it).

    Each worker gets its own socket to the ingest process (passed through the zygote), so
    a worker that dies shows as the end of its socket; the zygote and the workers end when
    the ingest process closes their sockets, or dies.
    """

    #: pids of the zygotes of this process (the memory samplers of benchmarks/ report them apart)
    running: set[int] = set()

    def __init__(self, model: Optional[str]):
        ctx = mp.get_context("fork")
        self._conn, child = ctx.Pipe()
        self._proc = ctx.Process(target=_zygote_main, args=(child, model), name="newsfacts-zygote", daemon=True)
        self._proc.start()
        child.close()
        try:
            status, value = self._conn.recv()
        except EOFError:
            status, value = "error", BrokenProcessPool("the zygote process died while loading the model")
        if status != "ready":
            self.close()
            raise value
        self.pid = self._proc.pid
        _Zygote.running.add(self.pid)

    def fork_worker(self):
        """A new worker forked from the zygote: the ingest process's end of its socket."""
        from multiprocessing import reduction

        ours, theirs = mp.Pipe()
        try:
            self._conn.send("fork")
            reduction.send_handle(self._conn, theirs.fileno(), self.pid)
            self._conn.recv()  # the worker's pid, once forked
        except (EOFError, OSError):
            ours.close()
            raise BrokenProcessPool("the zygote process died") from None
        finally:
            theirs.close()
        return ours

    def close(self) -> None:
        try:
            self._conn.send(None)
        except OSError:
            pass
        self._conn.close()
        self._proc.join(timeout=10)
        if self._proc.exitcode is None:
            self._proc.kill()
            self._proc.join()
        _Zygote.running.discard(self._proc.pid)


def _zygote_main(conn, model: Optional[str]) -> None:
    import os
    import signal
    from multiprocessing import reduction
    from multiprocessing.connection import Connection

    from ..heap import release_free_heap

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the ingest process, which closes our sockets
    try:
        _init_worker(model, warm_up=True)
    except BaseException as exc:  # e.g. the model is not installed (NF201): raised in the ingest process
        conn.send(("error", exc))
        return
    # loading left ~35 MB of freed heap resident: each worker would copy those pages as its
    # allocations reuse them, and the zygote keep its own copy too
    release_free_heap()
    conn.send(("ready", None))
    try:
        while True:
            _reap(block=False)
            try:
                if conn.recv() is None:
                    return
                fd = reduction.recv_handle(conn)
            except (EOFError, OSError):
                return
            pid = os.fork()
            if pid == 0:  # the worker
                code = 1
                try:
                    conn.close()
                    _serve(Connection(fd))
                    code = 0
                finally:
                    os._exit(code)  # not the zygote's exit handlers
            os.close(fd)
            conn.send(pid)
    finally:
        # wait for the workers (they end as the ingest process closes their sockets): waited-for,
        # their CPU time counts in the ingest process's RUSAGE_CHILDREN (benchmarks/ingest.py)
        _reap(block=True)


def _reap(block: bool) -> None:
    """Wait for the zygote's ended workers (all of them if ``block``)."""
    import os

    while True:
        try:
            pid, _ = os.waitpid(-1, 0 if block else os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _serve(conn) -> None:
    """A worker's loop: run each ``(function, args)`` received, send back ``(ok, result)``."""
    from multiprocessing.reduction import ForkingPickler

    while True:
        try:
            message = conn.recv_bytes()
        except EOFError:
            return
        try:
            task = ForkingPickler.loads(message)
            if task is None:
                return
            fn, args = task
            reply = (True, fn(*args))
        except Exception as exc:  # including a task that does not unpickle here
            reply = (False, exc)
        try:
            conn.send(reply)
        except (BrokenPipeError, ConnectionResetError):
            return
        except Exception as exc:  # a result or exception that does not pickle
            conn.send((False, RuntimeError(f"{exc.__class__.__name__}: {exc}")))


class _ForkedPool:
    """``workers`` processes forked from the zygote, behind :class:`ProcessPoolExecutor`'s
    ``submit`` and ``shutdown``: one thread per worker hands it the next task and waits for
    the result. A worker that dies fails its task, and every later one, with
    :class:`BrokenProcessPool`, as the executor does."""

    def __init__(self, zygote: _Zygote, workers: int):
        import queue
        import threading

        self._tasks: queue.SimpleQueue = queue.SimpleQueue()
        self._broken: Optional[str] = None
        self._threads = []
        for _ in range(workers):
            t = threading.Thread(target=self._feed, args=(zygote.fork_worker(),), daemon=True)
            t.start()
            self._threads.append(t)

    def submit(self, fn, *args) -> Future:
        if self._broken:
            raise BrokenProcessPool(self._broken)
        f: Future = Future()
        self._tasks.put((f, fn, args))
        return f

    def _feed(self, conn) -> None:
        with conn:
            while True:
                item = self._tasks.get()
                if item is None:
                    return
                f, fn, args = item
                if not f.set_running_or_notify_cancel():
                    continue
                if self._broken:
                    f.set_exception(BrokenProcessPool(self._broken))
                    continue
                try:
                    conn.send((fn, args))
                    ok, value = conn.recv()
                except (EOFError, OSError):
                    self._broken = "a worker process ended abruptly (killed, or out of memory)"
                    f.set_exception(BrokenProcessPool(self._broken))
                    continue
                except Exception as exc:  # a task, or a result, that does not pickle
                    f.set_exception(exc)
                    continue
                if ok:
                    f.set_result(value)
                else:
                    f.set_exception(value)

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        import queue

        if cancel_futures:
            while True:
                try:
                    item = self._tasks.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item[0].cancel()
        for _ in self._threads:
            self._tasks.put(None)
        if wait:
            for t in self._threads:
                t.join()


# --- driver ---------------------------------------------------------------------------


def _mp_context():
    """fork where the platform has it (workers are forked from the zygote and inherit the
    loaded model), else spawn (each worker loads the model).

    Workers never touch the ingest process's DuckDB connection: they only parse and
    return records; all writes happen in the ingest process.
    """
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods and sys.platform.startswith("linux") else "spawn")


def _progress(total_bytes: int, enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total_bytes or None, unit="B", unit_scale=True, unit_divisor=1024, desc="ingest", file=sys.stderr,
                dynamic_ncols=True, mininterval=0.5, smoothing=0.1)


def ingest(
    inputs: Iterable[str],
    store,
    *,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    max_chars: int = MAX_CHARS,
    text_field: str = "text",
    published_field: str = "published",
    progress: bool = True,
    cluster: bool = True,
    nlp=None,
    model: Optional[str] = None,
    on_commit: Optional[Callable[[int, IngestSummary], None]] = None,
    recycle_after: int = RECYCLE_AFTER,
    write_batches: int = WRITE_BATCHES,
) -> IngestSummary:
    """Ingest every input into ``store`` and return the run's summary.

    Args:
        inputs: files and folders (.txt, .html, .jsonl, .csv, .warc, .warc.gz).
        store: an open, writable :class:`~newsfacts.store.duckdb.FactStore`.
        workers: worker processes parsing; the main process reads inputs, builds rows and
            writes the store meanwhile (so one worker keeps up to two cores busy).
        batch_size: documents per batch (per worker task).
        max_chars: texts longer than this are rejected as ``too_long``.
        text_field, published_field: field names in JSONL/CSV records.
        progress: show a progress bar (bytes of input, with docs/s, facts/s and ETA) on stderr.
        cluster: re-cluster the store's events when the run ends.
        nlp: a loaded nlp object: parse in this process with it, no workers (tests pass the
            session one).
        model: spaCy model name for the workers (default: the pinned model).
        on_commit: called after each committed transaction with (its number, summary so far).
        recycle_after: replace the worker processes after this many documents each (0 = never).
        write_batches: the results of up to this many batches are written in one transaction.
    """
    inputs = list(inputs)
    summary = IngestSummary()
    t0 = time.perf_counter()
    bar = _progress(input_size(inputs), progress)
    pending_rejects: list[dict[str, Any]] = []
    in_flight: set[str] = set()
    committed = 0
    pending_bytes = 0

    # results of parsed batches not yet written: rows, rejects, doc ids, input bytes, batches
    held: dict[str, Any] = {"rows": [], "rejects": [], "ids": [], "nbytes": 0, "batches": 0}

    def commit(rows: list[dict[str, list]], rejects: list[Reject], ids: list[str], nbytes: int, *, now: bool = False) -> None:
        """Hold one parsed batch's results; write what is held, in one transaction, every
        ``write_batches`` batches (or ``now``: rejects to flush, the end of the run)."""
        held["rows"].extend(rows)
        held["rejects"].extend(rejects)
        held["ids"].extend(ids)
        held["nbytes"] += nbytes
        held["batches"] += 1
        if now or held["batches"] >= max(1, write_batches) or len(pending_rejects) >= REJECT_FLUSH:
            write_held()

    def write_held() -> None:
        nonlocal committed, pending_rejects
        rows, rejects, ids, nbytes = held["rows"], held["rejects"], held["ids"], held["nbytes"]
        held.update(rows=[], rejects=[], ids=[], nbytes=0, batches=0)
        rej_rows = pending_rejects + [reject_row(r) for r in rejects]
        if not rows and not rej_rows and not nbytes:
            return
        store.write_batch(rows, rej_rows)
        store.let_readers_in()  # a reader (serve, a query) waiting for the file gets it between transactions
        pending_rejects = []
        in_flight.difference_update(ids)
        committed += 1
        summary.processed += len(rows)
        summary.facts += sum(len(r[t]) for r in rows for t in FACT_TABLES)
        for r in rejects:
            summary.rejected[r.reason] += 1
        if bar is not None:
            el = time.perf_counter() - t0
            bar.set_postfix_str(f"{summary.processed / el:.1f} docs/s, {summary.facts / el:.0f} facts/s, {summary.processed:,} docs", refresh=False)
            bar.update(nbytes)
        if on_commit:
            on_commit(committed, summary)

    def batches(entries: Iterable) -> Iterator[tuple[list[tuple[str, dict, str, str]], int]]:
        """Batches of new texts (duplicates and early rejects are handled here)."""
        nonlocal pending_bytes
        batch: list[tuple[str, dict, str, str]] = []
        for entry in entries:
            pending_bytes += entry.size
            if isinstance(entry, Skipped):
                summary.skipped[entry.kind] += 1
                continue
            if isinstance(entry, Reject):
                pending_rejects.append(reject_row(entry))
                summary.rejected[entry.reason] += 1
                if len(pending_rejects) >= REJECT_FLUSH:  # a file of nothing but bad records: flush, stay bounded
                    nbytes, pending_bytes = pending_bytes, 0
                    yield [], nbytes
                continue
            assert isinstance(entry, Item)
            if len(entry.text) > max_chars:
                r = Reject(entry.origin, "too_long", f"{len(entry.text):,} characters is over the {max_chars:,}-character limit", document_id(entry.text))
                pending_rejects.append(reject_row(r))
                summary.rejected["too_long"] += 1
                continue
            batch.append((entry.text, entry.meta, entry.origin, document_id(entry.text)))
            if len(batch) >= batch_size:
                yield from _fresh(batch)
                batch = []
        if batch:
            yield from _fresh(batch)

    def _fresh(batch):
        nonlocal pending_bytes
        ids = [b[3] for b in batch]
        known = store.known_ids(ids) | in_flight
        out, seen = [], set()
        for b in batch:
            if b[3] in known or b[3] in seen:
                summary.duplicates += 1
            else:
                seen.add(b[3])
                out.append(b)
        in_flight.update(seen)
        nbytes, pending_bytes = pending_bytes, 0
        yield out, nbytes

    # while writing batches, a low DuckDB cap keeps the cache of written blocks from growing with the store
    from .duckdb import MEMORY_LIMIT, WRITE_MEMORY_LIMIT

    lowered = store.path != ":memory:" and not store.read_only
    limit_before = store.set_memory_limit(WRITE_MEMORY_LIMIT) if lowered else None
    try:
        try:
            entries = lambda extract: read_inputs(inputs, text_field=text_field, published_field=published_field, extract=extract)  # noqa: E731
            _run(workers, entries, batches, commit, nlp, model, batch_size, recycle_after)
        except BrokenProcessPool:
            write_held()  # what the other workers finished is kept
            raise NewsfactsError(
                "a worker process died (out of memory, or killed); what was committed is kept: re-run the same command to resume",
                code=E_WORKER_DIED,
            ) from None
        commit([], [], [], pending_bytes, now=True)
        if lowered and store.memory_limit == WRITE_MEMORY_LIMIT:
            store.set_memory_limit(limit_before or MEMORY_LIMIT)  # clustering sorts every event: the store's usual cap
        if cluster:
            summary.clusters = recluster(store)
    finally:
        if bar is not None:
            bar.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def extract_many(entries: list[Html]) -> list:
    """Extract a chunk of HTML pages (runs in a worker process)."""
    return [extract_html(e) for e in entries]


def _extract_in(pool, entries: Iterable, chunk: int, window: int) -> Iterator:
    """Entries in order, with HTML pages extracted by the pool, at most ``window`` chunks ahead."""
    ahead: deque = deque()

    def flush_one():
        part, fut = ahead.popleft()
        if fut is None:
            yield from part
            return
        done = iter(fut.result())
        for e in part:
            yield next(done) if isinstance(e, Html) else e

    part: list = []
    for e in entries:
        part.append(e)
        if len(part) >= chunk:
            htmls = [x for x in part if isinstance(x, Html)]
            ahead.append((part, pool.submit(extract_many, htmls) if htmls else None))
            part = []
            while len(ahead) > window:
                yield from flush_one()
    if part:
        htmls = [x for x in part if isinstance(x, Html)]
        ahead.append((part, pool.submit(extract_many, htmls) if htmls else None))
    while ahead:
        yield from flush_one()


def _run(workers: int, entries, batches, commit, nlp, model: Optional[str], batch_size: int, recycle_after: int) -> None:
    """Parse every batch (here, or in a pool of worker processes) and commit each result.

    With a pool (``nlp`` not given), the main process only reads, turns records into rows
    and writes the store, while the workers parse: with one worker, writing batch k
    overlaps parsing batch k+1. HTML extraction (trafilatura) runs in the pool too, ahead
    of the parsing. The pool is replaced by a fresh one after every ``recycle_after``
    documents per worker, which returns what long-lived spaCy workers accumulate (every new
    word stays in the vocabulary's string store). Where processes can be forked, workers are
    forked from a zygote (:class:`_Zygote`) that loaded and warmed up the model once, so
    every fresh worker starts from the same pages; elsewhere they are spawned and each loads
    the model.
    """
    if nlp is not None:
        for items, nbytes in batches(entries(True)):
            rows, rejects = process_batch(items, nlp=nlp) if items else ([], [])
            commit(rows, rejects, [i[3] for i in items], nbytes)
        return
    ctx = _mp_context()
    zygote = None
    if ctx.get_start_method() == "fork":
        from ..pipeline import MODEL, build_nlp

        if model in (None, MODEL) and build_nlp.cache_info().currsize:
            # this process has the model already (a program that parses too, a benchmark):
            # warm it up here (the tables load on the first run, later runs find them loaded),
            # so each run's zygote inherits it warm instead of loading the tables again (1.6 s a run)
            _warm_up(build_nlp())
        zygote = _Zygote(model)

    def new_pool():
        if zygote is not None:
            return _ForkedPool(zygote, workers)
        return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(model,))

    try:
        pools = [new_pool()]
    except BaseException:
        if zygote is not None:
            zygote.close()
        raise
    futures: dict[Future, tuple[list, int]] = {}
    parsed = 0  # documents sent to the current pool

    def drain(limit: int) -> None:
        while len(futures) > limit:
            done, _ = wait(futures, return_when=FIRST_COMPLETED)
            for f in sorted(done, key=lambda f: futures[f][2]):
                items, nb, _ = futures.pop(f)
                records, rejects = f.result()
                commit(rows_from_json(items, records), rejects, [i[3] for i in items], nb)

    class _Proxy:  # HTML extraction goes to whichever pool is current
        def submit(self, *a):
            return pools[0].submit(*a)

    seq = 0
    try:
        for items, nbytes in batches(_extract_in(_Proxy(), entries(False), batch_size, workers)):
            if not items:
                commit([], [], [], nbytes)
                continue
            if recycle_after and parsed >= recycle_after * workers:
                drain(0)
                pools[0].shutdown(wait=True)
                pools[0] = new_pool()
                parsed = 0
            seq += 1
            futures[pools[0].submit(parse_batch, items)] = (items, nbytes, seq)
            parsed += len(items)
            drain(2 * workers - 1)
        drain(0)
    finally:
        pools[0].shutdown(wait=True, cancel_futures=True)
        if zygote is not None:
            zygote.close()


#: The event rows clustering reads: event columns, the document's date and outlet, and the text of the
#: sentence reporting the event (else the stretch its evidence spans cover).
CLUSTER_INPUT_SQL = """
SELECT e.doc_id, e.event_id, e.type, e.quad_class, e.source_country, e.target_country,
       e.source_name, e.target_name, e.date, d.published, d.source,
       CASE WHEN e.sentence_start IS NOT NULL THEN substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)
            WHEN e.start IS NOT NULL THEN substr(d.text, e.start + 1, e."end" - e.start) END AS evidence_text
FROM events e JOIN documents d USING (doc_id)
ORDER BY coalesce(e.date, d.published) NULLS LAST, e.doc_id, e.event_id
"""


def recluster(store, **kw) -> int:
    """Re-cluster every event in the store and return the number of clusters.

    Streams: event rows are read in date order by one cursor while clusters are written in
    chunks by the store's connection, all in one transaction, so memory holds only the
    clusters still open (those of the last ``window_days`` days).
    """

    def pairs():
        for c in iter_clusters(store.iter_rows(CLUSTER_INPUT_SQL, chunk=2_000), **kw):
            members = c.pop("members")
            yield c, members

    return store.write_clusters(pairs())
