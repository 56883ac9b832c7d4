"""A small cache of whole answers (the HTML page or its JSON twin), keyed on the URL and the
snapshot generation it was read from.

A snapshot never changes (:mod:`newsfacts.web.snapshot`): the same URL read from the same
generation gives the same answer, so it can be served again without a query or a rendering.
Only the newest generation's answers are kept (a new snapshot empties the cache), at most
``max_bytes`` of them, least recently used out first. It is per process.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Optional

#: Bytes of answers kept (per server process).
MAX_BYTES = 64_000_000
#: An answer larger than this is never kept (a long article page).
MAX_ENTRY = 2_000_000


class AnswerCache:
    """``(generation, url) -> (status, media type, body)``, the newest generation only."""

    def __init__(self, max_bytes: int = MAX_BYTES, max_entry: int = MAX_ENTRY):
        self.max_bytes, self.max_entry = max_bytes, max_entry
        self.lock = threading.Lock()
        self.generation = -1
        self.entries: OrderedDict[str, tuple[int, str, bytes]] = OrderedDict()
        self.size = 0
        self.hits = self.misses = 0
        self.running: dict[tuple[int, str], threading.Event] = {}

    def claim(self, generation: int, url: str) -> Optional[threading.Event]:
        """Before making the answer to a miss: None if this request is to make it (then call
        ``done``), else an event set once the request making it is done (wait, then look again),
        so that a burst of requests for one URL, after a new snapshot, makes its answer once."""
        with self.lock:
            ev = self.running.get((generation, url))
            if ev is None:
                self.running[(generation, url)] = threading.Event()
            return ev

    def done(self, generation: int, url: str) -> None:
        """The answer to ``url`` is made (kept or not): wake the requests waiting for it."""
        with self.lock:
            ev = self.running.pop((generation, url), None)
        if ev is not None:
            ev.set()

    def get(self, generation: int, url: str) -> Optional[tuple[int, str, bytes]]:
        """The answer kept for ``url`` read from ``generation``, or None."""
        with self.lock:
            hit = self.entries.get(url) if generation == self.generation else None
            if hit is None:
                self.misses += 1
                return None
            self.entries.move_to_end(url)
            self.hits += 1
            return hit

    def put(self, generation: int, url: str, status: int, media_type: str, body: bytes) -> None:
        """Keep an answer (unless it is too large or from an older generation than the cache's)."""
        if len(body) > self.max_entry:
            return
        with self.lock:
            if generation < self.generation:
                return
            if generation > self.generation:
                self.generation, self.size = generation, 0
                self.entries.clear()
            old = self.entries.pop(url, None)
            if old is not None:
                self.size -= len(old[2])
            self.entries[url] = (status, media_type, body)
            self.size += len(body)
            while self.size > self.max_bytes and self.entries:
                _, (_, _, dropped) = self.entries.popitem(last=False)
                self.size -= len(dropped)
