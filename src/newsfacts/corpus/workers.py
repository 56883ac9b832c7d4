"""Ingest's worker processes: the per-batch parse, the warm-up, the zygote and the pool.

- **The per-batch functions** (:func:`process_batch`, :func:`parse_batch`,
  :func:`rows_from_json`) run :func:`newsfacts.pipeline.process` over a batch of
  ``(text, meta, origin, doc_id)`` items; the Spark job runs :func:`process_batch` too.
- **The zygote** (:class:`Zygote`) is a process forked from the ingest process at the
  start that loads and warms up the model and every lazily loaded table once
  (:func:`warm_up`, :data:`PRELOAD`) and then only forks workers: every worker starts from
  the same shared pages, none inherits the ingest process's DuckDB cache or heap.
- **The pool** (:class:`ForkedPool`) hands tasks to the workers forked from the zygote,
  behind :class:`~concurrent.futures.ProcessPoolExecutor`'s ``submit`` and ``shutdown``.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Optional

from .readers import Reject

#: Allocations between two collections of the youngest generation in a worker (Python's default is 700).
GC_THRESHOLD = 10_000

# --- worker side ----------------------------------------------------------------------

_NLP = None


def init_worker(model: Optional[str], warm: bool = False, reference: Optional[str] = None) -> None:
    """Set up a worker process: load the pipeline (``model``, default the pinned one; with
    ``reference``, a table of figures the claims are checked against), warm it up when
    ``warm`` (the zygote does), and tune the allocator and the collector."""
    global _NLP
    import gc

    from .heap import keep_freed_heap
    from ..pipeline import MODEL, build_nlp

    # the parent's pipeline when forked from a process that has it: called as everything else
    # calls it (lru_cache keys on the arguments as given: build_nlp(MODEL) would load it again)
    if reference:
        _NLP = build_nlp(model or MODEL, reference=reference)
    else:
        _NLP = build_nlp(model) if model and model != MODEL else build_nlp()
    if warm:
        warm_up(_NLP)
    # inherited by the workers forked from the zygote: no page faults from malloc giving
    # memory back after every batch (newsfacts/corpus/heap.py)
    keep_freed_heap()
    # the model, lexicons and gazetteers (inherited from the zygote when forked) never become
    # garbage: keep the cyclic collector from walking them again and again (and from touching,
    # so copying, the pages the worker shares with the zygote)
    gc.freeze()
    # a worker makes and drops hundreds of thousands of small objects per batch, nearly all
    # freed by reference counting: collecting the youngest generation every 10,000 net
    # allocations instead of 700 saves ~1.5% of the parse time (docs/performance.md)
    gc.set_threshold(GC_THRESHOLD, 10, 10)


def pipeline_cache():
    """The statistics of :func:`newsfacts.pipeline.build_nlp`'s cache in this process
    (``functools`` CacheInfo: ``misses`` is the number of pipelines loaded, ``currsize``
    the number held)."""
    from .. import pipeline

    return pipeline.build_nlp.cache_info()


def worker_nlp():
    """The pipeline this worker process loaded (:func:`init_worker`), or None before."""
    return _NLP


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
            init_worker(None)
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
    from ..store.rows import rows_from_record

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
    from ..store.rows import record_json

    records, rejects = _parse(items, None)
    return [record_json(r) if r is not None else None for r in records], rejects


def rows_from_json(items: list[tuple[str, dict[str, Any], str, str]], records: list[Optional[str]]) -> list[dict[str, list]]:
    """Rows for the items whose :func:`parse_batch` record is not None."""
    import json

    from ..store.rows import rows_from_record

    return [rows_from_record(json.loads(js), t, url=m.get("url"), origin=o, record_text=js)
            for js, (t, m, o, _) in zip(records, items) if js is not None]


#: Data the stages load on first use (cached loaders), beyond what the warm-up text reaches:
#: loaded in the zygote, so workers share one copy instead of each (and each recycled one)
#: building its own. The GeoNames city index alone is ~80 MB per process; the generated soak
#: corpus reached it from its 241st article on, so every worker built it.
#: ``tests/test_ingest_workers.py`` checks that no argument-less cached loader is missing.
#: Not here on purpose: py3langid's identifier (``nlp.text.language_identifier``), needed only
#: by the few texts the English function words can't settle; it unpacks its model to a
#: temporary file, which a full disk would turn into a failed worker start.
PRELOAD = (
    ("newsfacts.lexicons", "organisations"),
    ("newsfacts.lexicons", "org_heads"),
    ("newsfacts.lexicons", "people"),
    ("newsfacts.lexicons", "title_tenses"),
    ("newsfacts.lexicons.petrarch", "actor_index"),  # PETRARCH2's dictionaries (the entity stage's
    ("newsfacts.lexicons.petrarch", "agent_index"),  # names and role words): ~0.2 s and ~30 MB,
    ("newsfacts.lexicons.petrarch", "cameo_table"),  # loaded once in the zygote
    ("newsfacts.nlp.claims.units", "unit_registry"),
    ("newsfacts.nlp.events", "plover_types"),
    ("newsfacts.nlp.events", "recodings"),
    ("newsfacts.nlp.events.lexicon", "verb_forms"),
    ("newsfacts.lexicons", "affiliation_titles"),
    ("newsfacts.lexicons", "title_holders"),
    ("newsfacts.lexicons.countries", "abbreviations"),
    ("newsfacts.lexicons.countries", "excluded_phrases"),
    ("newsfacts.lexicons.subnational", "us_states"),
    ("newsfacts.lexicons.subnational", "state_index"),
    ("newsfacts.lexicons.subnational", "subdivision_index"),
    ("newsfacts.nlp.entities.identity", "title_words"),
    ("newsfacts.nlp.entities.identity", "people_ids"),
    ("newsfacts.nlp.entities.identity", "organisations_by_canonical"),
    ("newsfacts.nlp.entities.identity", "group_heads"),
    ("newsfacts.nlp.entities.identity", "postal_codes"),
    ("newsfacts.nlp.entities.unnamed", "unnamed_heads"),
    ("newsfacts.nlp.entities.unnamed", "saying_verbs"),
    ("newsfacts.nlp.entities.unnamed", "reporting_verbs_all"),
    ("newsfacts.nlp.entities.unnamed", "title_heads"),
    ("newsfacts.nlp.entities.employers_after", "employee_roles"),
    ("newsfacts.nlp.events.side_words", "side_words"),
    ("newsfacts.lexicons", "actor_words"),
    ("newsfacts.lexicons.countries", "iso2_to_iso3"),
    ("newsfacts.lexicons.gazetteer", "cities_by_name"),
    ("newsfacts.lexicons.gazetteer", "iso_subdivision_codes"),
    ("newsfacts.nlp.places", "country_rows"),
    ("newsfacts.nlp.places", "state_codes"),
    ("newsfacts.nlp.events.enrich", "goldstein_table"),
    ("newsfacts.nlp.events.enrich", "past_eras"),
    ("newsfacts.lexicons", "country_centroids"),
    ("newsfacts.nlp.claims.check_words", "check_words"),
    ("newsfacts.nlp.claims.claimants", "claimant_words"),
    ("newsfacts.nlp.claims.owners", "place_nouns"),
    ("newsfacts.nlp.claims.windows", "count_classes"),
    ("newsfacts.nlp.claims.moves", "move_verbs"),
    ("newsfacts.nlp.claims.groups", "people_words"),
    ("newsfacts.nlp.claims.groups", "object_participles"),
    ("newsfacts.nlp.claims.groups", "share_participles"),
    ("newsfacts.nlp.claims.race_shares", "race_verbs"),
    ("newsfacts.nlp.claims.race_shares", "share_not_words"),
    ("newsfacts.nlp.claims.groups", "done_participles"),
    ("newsfacts.nlp.claims.money_targets", "money_targets"),
    ("newsfacts.nlp.claims.adjacent", "currency_places"),
    ("newsfacts.nlp.quotes.source_heads", "source_heads"),
    ("newsfacts.nlp.quotes.nouns", "wanted_hashes"),
    ("newsfacts.nlp.quotes.makers", "owned_word_nouns"),
    ("newsfacts.nlp.quotes.office_words", "office_synonyms"),
    ("newsfacts.nlp.claims.parts", "part_nouns"),
    ("newsfacts.nlp.claims.org_sources", "org_nouns"),
    ("newsfacts.nlp.claims.post_preps", "post_preps"),
    ("newsfacts.nlp.claims.holders", "holder_words"),
    ("newsfacts.nlp.quotes.evidence_tails", "evidence_tail_words"),
    ("newsfacts.nlp.quotes.evidence_tails", "tail_pattern"),
    ("newsfacts.nlp.quotes.possessed_works", "unowned_works"),
    ("newsfacts.nlp.quotes.titled_sources", "name_titles"),
    ("newsfacts.nlp.claims.specifiers", "clause_words"),
    ("newsfacts.nlp.claims.money_makers", "money_maker_words"),
    ("newsfacts.nlp.claims.money_rates", "rate_nouns"),
    ("newsfacts.nlp.entities.unnamed_domestic", "domestic_words"),
    ("newsfacts.nlp.entities.unnamed_domestic", "head_sectors"),
    ("newsfacts.nlp.quotes.object_cues", "object_cue_verbs"),
    ("newsfacts.nlp.quotes.controllers", "subject_control_verbs"),
    ("newsfacts.nlp.claims.changes", "change_nouns"),
    ("newsfacts.nlp.claims.poll_scope", "poll_scope_words"),
    ("newsfacts.nlp.claims.poll_margins", "prefer_verbs"),
    ("newsfacts.nlp.claims.doers", "duration_words"),
    ("newsfacts.store.disagreements", "aspects"),
)


def warm_up(nlp) -> None:
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


class Zygote:
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

    def __init__(self, model: Optional[str], reference: Optional[str] = None):
        ctx = mp.get_context("fork")
        self._conn, child = ctx.Pipe()
        # the zygote gets our end too (a fork copies it) and closes it at once: holding both ends,
        # it would never see EOF when the ingest process dies, and would live on as an orphan
        self._proc = ctx.Process(target=_zygote_main, args=(child, model, self._conn, reference), name="newsfacts-zygote", daemon=True)
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
        Zygote.running.add(self.pid)

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
        Zygote.running.discard(self._proc.pid)


def _zygote_main(conn, model: Optional[str], parent_end=None, reference: Optional[str] = None) -> None:
    import os
    import signal
    from multiprocessing import reduction
    from multiprocessing.connection import Connection

    from .heap import release_free_heap

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the ingest process, which closes our sockets
    if parent_end is not None:
        parent_end.close()  # the ingest process's end: only its death or close() may end our recv
    try:
        init_worker(model, warm=True, reference=reference)
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


class ForkedPool:
    """``workers`` processes forked from the zygote, behind :class:`ProcessPoolExecutor`'s
    ``submit`` and ``shutdown``: one thread per worker hands it the next task and waits for
    the result. A worker that dies fails its task, and every later one, with
    :class:`BrokenProcessPool`, as the executor does."""

    def __init__(self, zygote: Zygote, workers: int):
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


def mp_context():
    """fork where the platform has it (workers are forked from the zygote and inherit the
    loaded model), else spawn (each worker loads the model).

    Workers never touch the ingest process's DuckDB connection: they only parse and
    return records; all writes happen in the ingest process.
    """
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods and sys.platform.startswith("linux") else "spawn")

