"""Allocator settings for the processes that parse document after document (ingest and
Spark workers).

Running the stages after the parse makes glibc's malloc hand the top of its heap back to
the system after nearly every batch and take it again for the next one: on generated
news articles, ~700 page faults per document and about 4% of the parse time in system
time, none of which a bare ``nlp.pipe`` loop pays (measured in docs/performance.md). Raising
glibc's trim threshold keeps that memory for the next batch: the process's peak memory
is unchanged, its memory between batches stays at the peak instead of falling back.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

#: glibc's ``mallopt`` parameter number for ``M_TRIM_THRESHOLD``.
_M_TRIM_THRESHOLD = -1
#: Freed memory malloc may keep at the top of its heap (32 MB was measured not to be enough).
KEEP_FREED_MB = 64


def _glibc(name: str):
    """glibc's function ``name``, or None where the C library is not glibc (macOS, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return getattr(ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6"), name)
    except (OSError, AttributeError):
        return None


def keep_freed_heap(mb: int = KEEP_FREED_MB) -> bool:
    """Let malloc keep up to ``mb`` MB of freed heap for re-use instead of returning it at once.

    Process-wide; for worker processes, not for a library user's process. Returns whether the
    setting took (False where the C library is not glibc, e.g. macOS or musl).
    """
    mallopt = _glibc("mallopt")
    return bool(mallopt and mallopt(_M_TRIM_THRESHOLD, int(mb) * 1024 * 1024))


def release_free_heap() -> None:
    """Give the allocator's free pages back to the system now (glibc's ``malloc_trim``; a no-op
    elsewhere). The ingest zygote calls it once loaded, so its freed heap is neither resident
    nor copied into the workers it forks."""
    trim = _glibc("malloc_trim")
    if trim:
        trim(0)
