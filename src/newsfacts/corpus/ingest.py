"""Corpus ingest: read inputs, run the pipeline in worker processes, write the store.

- **Streaming, constant memory**: entries are read lazily and at most ``2 x workers``
  batches of ``batch_size`` documents are in flight at any time.
- **Workers** (:mod:`newsfacts.corpus.workers`): worker processes run
  :func:`newsfacts.pipeline.process` over a batch each and send back each record as JSON text; this process meanwhile reads the inputs, turns
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
  ``rejects`` table with its location and reason (see :mod:`newsfacts.corpus.readers`).
"""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter, deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Optional

from ..errors import E_WORKER_DIED, InputError, NewsfactsError
from ..nlp.tokens import check_tokens
from ..schema import document_id
from ..store.clusters import recluster
from ..store.rows import reject_row
from .readers import MAX_RECORD_BYTES, Html, Item, Reject, Skipped, extract_html, input_size, read_inputs
from .warc import LOG as READER_LOG
from .textio import MAX_CHARS  # texts longer than this are rejected as ``too_long`` (override with max_chars)
from .workers import ForkedPool, Zygote, init_worker, mp_context, parse_batch, pipeline_cache, process_batch, rows_from_json, warm_up

BATCH_SIZE = 16
#: Worker batches written together in one transaction (each DuckDB statement has a fixed cost
#: of ~1.5 ms: 64 documents per transaction cost 0.44 ms each to write, 16 cost 1.15 ms).
WRITE_BATCHES = 4
#: Rejects held before they are written even without a batch of documents to commit with.
REJECT_FLUSH = 1000
#: Worker processes are replaced by fresh ones after this many documents each (see _run).
RECYCLE_AFTER = 2000
FACT_TABLES = ("entities", "quotes", "events", "claims")


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
    warnings: Counter = field(default_factory=Counter)  # input libraries' warnings (warcio), by source
    updated: int = 0  # stored documents processed again for new metadata (``update_metadata``)
    metadata_differs: int = 0  # stored documents skipped though they came with different metadata

    def as_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data (``newsfacts ingest --json``)."""
        return {
            "processed": self.processed,
            "duplicates": self.duplicates,
            "rejected": dict(sorted(self.rejected.items())),
            "rejected_total": sum(self.rejected.values()),
            "skipped": dict(sorted(self.skipped.items())),
            "facts": self.facts,
            "updated": self.updated,
            "metadata_differs": self.metadata_differs,
            "event_clusters": self.clusters,
            "warnings": dict(sorted(self.warnings.items())),
            "seconds": round(self.seconds, 2),
            "docs_per_second": round(self.processed / self.seconds, 2) if self.seconds else None,
        }

    def text(self) -> str:
        """The summary as a few human-readable lines."""
        lines = [
            f"processed {self.processed:,} documents ({self.facts:,} facts) in {self.seconds:.1f} s"
            + (f", {self.processed / self.seconds:.1f} docs/s" if self.seconds and self.processed else ""),
            f"skipped {self.duplicates:,} already stored or duplicate",
            *([f"updated {self.updated:,} stored documents with new metadata (processed again)"] if self.updated else []),
            *([f"{self.metadata_differs:,} of the skipped are stored with different metadata (published, source, title or url): "
               "give --update-metadata to process them again with the new metadata"] if self.metadata_differs else []),
            f"rejected {sum(self.rejected.values()):,}" + (": " + ", ".join(f"{r} {n:,}" for r, n in sorted(self.rejected.items())) if self.rejected else ""),
        ]
        if self.skipped:
            lines.append("not articles: " + ", ".join(f"{k} {n:,}" for k, n in sorted(self.skipped.items())))
        if self.clusters is not None:
            lines.append(f"event clusters in the store: {self.clusters:,}")
        if self.warnings:
            lines.append("input warnings (logger newsfacts.readers): " + ", ".join(f"{k} {n:,}" for k, n in sorted(self.warnings.items())))
        return "\n".join(lines)


class _CountWarnings(logging.Handler):
    """Counts the readers' log records during a run (the summary reports them after the
    progress bar instead of printing them into it); other handlers still get them."""

    def __init__(self, counter: Counter):
        super().__init__(logging.WARNING)
        self.counter = counter

    def emit(self, record: logging.LogRecord) -> None:
        self.counter[record.getMessage().split(":", 1)[0]] += 1

def _progress(total_bytes: int, enabled: bool):
    """A progress bar over the input's bytes on stderr (None when not ``enabled``)."""
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total_bytes or None, unit="B", unit_scale=True, unit_divisor=1024, desc="ingest", file=sys.stderr,
                dynamic_ncols=True, mininterval=0.5, smoothing=0.1)


class _Run:
    """The state of one ingest run, on the ingest process's side: it turns reader entries
    into batches of new texts (:meth:`batches`) and holds and writes the parsed batches'
    results (:meth:`commit`), keeping ``summary`` up to date."""

    def __init__(self, store, *, batch_size: int, max_chars: int, write_batches: int, bar,
                 on_commit: Optional[Callable[[int, IngestSummary], None]], update_metadata: bool = False):
        self.store = store
        self.update_metadata = update_metadata
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.write_batches = write_batches
        self.bar = bar
        self.on_commit = on_commit
        self.summary = IngestSummary()
        self.t0 = time.perf_counter()
        self.pending_rejects: list[dict[str, Any]] = []
        self.in_flight: set[str] = set()
        self.committed = 0
        self.pending_bytes = 0
        # results of parsed batches not yet written: rows, rejects, doc ids, input bytes, batches
        self.held: dict[str, Any] = {"rows": [], "rejects": [], "ids": [], "nbytes": 0, "batches": 0}

    def commit(self, rows: list[dict[str, list]], rejects: list[Reject], ids: list[str], nbytes: int, *, now: bool = False) -> None:
        """Hold one parsed batch's results; write what is held, in one transaction, every
        ``write_batches`` batches (or ``now``: rejects to flush, the end of the run)."""
        held = self.held
        held["rows"].extend(rows)
        held["rejects"].extend(rejects)
        held["ids"].extend(ids)
        held["nbytes"] += nbytes
        held["batches"] += 1
        if now or held["batches"] >= max(1, self.write_batches) or len(self.pending_rejects) >= REJECT_FLUSH:
            self.write_held()

    def write_held(self) -> None:
        """Write the held results and rejects in one transaction."""
        held, summary, bar = self.held, self.summary, self.bar
        rows, rejects, ids, nbytes = held["rows"], held["rejects"], held["ids"], held["nbytes"]
        held.update(rows=[], rejects=[], ids=[], nbytes=0, batches=0)
        rej_rows = self.pending_rejects + [reject_row(r) for r in rejects]
        if not rows and not rej_rows and not nbytes:
            return
        self.store.write_batch(rows, rej_rows)
        self.store.let_readers_in()  # a reader (serve, a query) waiting for the file gets it between transactions
        self.pending_rejects = []
        self.in_flight.difference_update(ids)
        self.committed += 1
        summary.processed += len(rows)
        summary.facts += sum(len(r[t]) for r in rows for t in FACT_TABLES)
        for r in rejects:
            summary.rejected[r.reason] += 1
        if bar is not None:
            el = time.perf_counter() - self.t0
            bar.set_postfix_str(f"{summary.processed / el:.1f} docs/s, {summary.facts / el:.0f} facts/s, {summary.processed:,} docs", refresh=False)
            bar.update(nbytes)
        if self.on_commit:
            self.on_commit(self.committed, summary)

    def batches(self, entries: Iterable) -> Iterator[tuple[list[tuple[str, dict, str, str]], int]]:
        """Batches of new texts (duplicates and early rejects are handled here)."""
        summary = self.summary
        batch: list[tuple[str, dict, str, str]] = []
        for entry in entries:
            self.pending_bytes += entry.size
            if isinstance(entry, Skipped):
                summary.skipped[entry.kind] += 1
                continue
            if isinstance(entry, Reject):
                self.pending_rejects.append(reject_row(entry))
                summary.rejected[entry.reason] += 1
                if len(self.pending_rejects) >= REJECT_FLUSH:  # a file of nothing but bad records: flush, stay bounded
                    nbytes, self.pending_bytes = self.pending_bytes, 0
                    yield [], nbytes
                continue
            assert isinstance(entry, Item)
            r = too_big(entry, self.max_chars)
            if r is not None:
                self.pending_rejects.append(reject_row(r))
                summary.rejected[r.reason] += 1
                continue
            batch.append((entry.text, entry.meta, entry.origin, document_id(entry.text)))
            if len(batch) >= self.batch_size:
                yield from self._fresh(batch)
                batch = []
        if batch:
            yield from self._fresh(batch)

    def _fresh(self, batch):
        """The batch without the texts already stored, in flight, or repeated in it; a stored
        text that came with different metadata stays in it when ``update_metadata`` is set."""
        ids = [b[3] for b in batch]
        known = self.store.known_ids(ids) | self.in_flight
        changed = self._changed_metadata(batch, known)
        out, seen, looked = [], set(), set()
        for b in batch:
            first = b[3] not in looked
            looked.add(b[3])
            if b[3] in changed and first and self.update_metadata:
                self.summary.updated += 1
            elif b[3] in known or not first:
                self.summary.duplicates += 1
                self.summary.metadata_differs += b[3] in changed and first
                continue
            seen.add(b[3])
            out.append(b)
        self.in_flight.update(seen)
        nbytes, self.pending_bytes = self.pending_bytes, 0
        yield out, nbytes

    def _changed_metadata(self, batch, known: set[str]) -> set[str]:
        """The ids in ``batch`` stored as documents with other metadata than the batch brings
        (the first occurrence of each id counts; ids in flight are never changed)."""
        stored = self.store.stored_metadata(sorted(known - self.in_flight))
        changed, looked = set(), set()
        for text, meta, _, doc_id in batch:
            if doc_id in stored and doc_id not in looked:
                looked.add(doc_id)
                if stored_form(meta) != tuple(v or None for v in stored[doc_id]):
                    changed.add(doc_id)
        return changed


def too_big(entry: Item, max_chars: int) -> Optional[Reject]:
    """The reject of a text over ``max_chars`` characters (``too_long``) or over the
    pipeline's token limit (``too_many_tokens``, :data:`newsfacts.nlp.tokens.MAX_TOKENS`), or None."""
    if len(entry.text) > max_chars:
        detail = f"{len(entry.text):,} characters is over the {max_chars:,}-character limit"
        return Reject(entry.origin, "too_long", detail, document_id(entry.text))
    try:
        check_tokens(entry.text)
    except InputError as exc:
        return Reject(entry.origin, "too_many_tokens", exc.args[0], document_id(entry.text))
    return None


def stored_form(meta: dict[str, Any]) -> tuple[Optional[str], ...]:
    """(published, source, title, url) as the ``documents`` row stores them (published as a
    YYYY-MM-DD date or None; empty values as None)."""
    def value(key):
        v = meta.get(key)
        return str(v) if v not in (None, "") else None

    published = value("published")
    published = published[:10] if published and len(published) >= 10 and published[4] == "-" and published[7] == "-" else None
    return (published, value("source"), value("title"), value("url"))


def ingest(
    inputs: Iterable[str],
    store,
    *,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    max_chars: int = MAX_CHARS,
    text_field: str = "text", published_field: str = "published",
    progress: bool = True,
    cluster: bool = True,
    nlp=None,
    model: Optional[str] = None,
    on_commit: Optional[Callable[[int, IngestSummary], None]] = None,
    recycle_after: int = RECYCLE_AFTER,
    write_batches: int = WRITE_BATCHES,
    metadata: Optional[dict[str, dict[str, Optional[str]]]] = None,
    update_metadata: bool = False, reference: Optional[str] = None,
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
        metadata: file name -> published/source/title/url for plain files (``--metadata``).
        update_metadata: process a stored text again, replacing it, when it comes with
            other metadata (published, source, title, url) than the store holds; the
            publication date changes how dates and actors resolve, so it is a re-extraction.
        reference: a CSV of figures the workers check claims against (``nlp`` given: its own).
    """
    inputs = list(inputs)
    t0 = time.perf_counter()
    bar = _progress(input_size(inputs), progress)
    run = _Run(store, batch_size=batch_size, max_chars=max_chars, write_batches=write_batches, bar=bar, on_commit=on_commit,
               update_metadata=update_metadata)
    run.t0 = t0
    summary = run.summary
    # while writing batches, a low DuckDB cap keeps the cache of written blocks from growing with the store
    from ..store.duckdb import MEMORY_LIMIT, WRITE_MEMORY_LIMIT

    lowered = store.path != ":memory:" and not store.read_only
    limit_before = store.set_memory_limit(WRITE_MEMORY_LIMIT) if lowered else None
    counting, propagate = _CountWarnings(summary.warnings), READER_LOG.propagate
    READER_LOG.addHandler(counting)
    READER_LOG.propagate = False  # not onto the progress bar (Python's last-resort handler writes to stderr)
    try:
        try:
            entries = lambda extract: read_inputs(inputs, text_field=text_field, published_field=published_field, extract=extract,  # noqa: E731
                                                  max_bytes=4 * max_chars + MAX_RECORD_BYTES - 4 * MAX_CHARS, metadata=metadata)
            _run(workers, entries, run.batches, run.commit, nlp, model, batch_size, recycle_after, reference)
        except BrokenProcessPool:
            run.write_held()  # what the other workers finished is kept
            raise NewsfactsError(
                "a worker process died (out of memory, or killed); what was committed is kept: re-run the same command to resume",
                code=E_WORKER_DIED,
            ) from None
        run.commit([], [], [], run.pending_bytes, now=True)
        if lowered and store.memory_limit == WRITE_MEMORY_LIMIT:
            store.set_memory_limit(limit_before or MEMORY_LIMIT)  # clustering sorts every event: the store's usual cap
        if cluster:
            summary.clusters = recluster(store)
    finally:
        READER_LOG.removeHandler(counting)
        READER_LOG.propagate = propagate
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


def _run(workers: int, entries, batches, commit, nlp, model: Optional[str], batch_size: int, recycle_after: int,
         reference: Optional[str] = None) -> None:
    """Parse every batch (here, or in a pool of worker processes) and commit each result.

    With a pool (``nlp`` not given), the main process only reads, turns records into rows
    and writes the store, while the workers parse: with one worker, writing batch k
    overlaps parsing batch k+1. HTML extraction (trafilatura) runs in the pool too, ahead
    of the parsing. The pool is replaced by a fresh one after every ``recycle_after``
    documents per worker, which returns what long-lived spaCy workers accumulate (every new
    word stays in the vocabulary's string store). Where processes can be forked, workers are
    forked from a zygote (:class:`Zygote`) that loaded and warmed up the model once, so
    every fresh worker starts from the same pages; elsewhere they are spawned and each loads
    the model.
    """
    if nlp is not None:
        for items, nbytes in batches(entries(True)):
            rows, rejects = process_batch(items, nlp=nlp) if items else ([], [])
            commit(rows, rejects, [i[3] for i in items], nbytes)
        return
    ctx = mp_context()
    zygote = None
    if ctx.get_start_method() == "fork":
        from ..pipeline import MODEL, build_nlp

        if model in (None, MODEL) and pipeline_cache().currsize:
            # this process has the model already (a program that parses too, a benchmark):
            # warm it up here (the tables load on the first run, later runs find them loaded),
            # so each run's zygote inherits it warm instead of loading the tables again (1.6 s a run)
            warm_up(build_nlp())
        zygote = Zygote(model, reference)

    def new_pool():
        if zygote is not None:
            return ForkedPool(zygote, workers)
        return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker, initargs=(model, False, reference))

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


