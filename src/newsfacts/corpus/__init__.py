"""Corpus processing: read inputs, run the pipeline over them in worker processes, fill the store.

Above the pipeline and the store, below the faces (CLI, web, Spark):

- :mod:`~newsfacts.corpus.textio`: reading one text file or stdin (:data:`MAX_CHARS`);
- :mod:`~newsfacts.corpus.readers`: input readers (.txt/.html folders, JSON Lines, CSV, WARC);
- :mod:`~newsfacts.corpus.workers`: the per-batch parse, the zygote and the worker pool;
- :mod:`~newsfacts.corpus.ingest`: :func:`ingest`, the streaming, resumable corpus ingest;
- :mod:`~newsfacts.corpus.heap`: allocator settings for the worker processes.

The names below are loaded on first use (PEP 562), so reading one file does not import
the ingest machinery. The ingest function itself is ``newsfacts.corpus.ingest.ingest``
(``newsfacts.corpus.ingest`` is its module).
"""

from __future__ import annotations

from ..lazy import lazy_exports

#: Public name -> the module that defines it.
_LAZY = {
    "IngestSummary": "newsfacts.corpus.ingest",
    "Item": "newsfacts.corpus.readers",
    "Reject": "newsfacts.corpus.readers",
    "Skipped": "newsfacts.corpus.readers",
    "check_inputs": "newsfacts.corpus.readers",
    "read_inputs": "newsfacts.corpus.readers",
    "record_entry": "newsfacts.corpus.readers",
    "MAX_CHARS": "newsfacts.corpus.textio",
    "decode": "newsfacts.corpus.textio",
    "read_text": "newsfacts.corpus.textio",
    "process_batch": "newsfacts.corpus.workers",
    "keep_freed_heap": "newsfacts.corpus.heap",
}

__all__ = sorted(_LAZY)

__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
