"""How the web app reads the store: one shared copy of it, a cursor per request.

DuckDB lets one process write a file, and a process that has the file open, even read-only,
keeps every writer out. Opening the store for every request, one request at a time (the app
until December 2026), made the pages wait for each other; keeping it open would lock
``ingest`` out. So the app reads a private **snapshot**: a copy of the store file, opened
read-only once and shared by every request, each of which gets its own cursor (DuckDB runs
them in parallel).

- Before each read, the store file's state (size, modification time and inode of the file
  and of its ``.wal``) is compared with the snapshot's. If it changed and no process holds
  the file, the snapshot is made again at once, so a request sees every commit made before
  it (a Save of this app, an ingest that has finished).
- If a writer holds the file (a running ingest), the request is answered from the current
  snapshot, and one background thread asks the writer for the file (the reader marker of
  :func:`newsfacts.store.duckdb.request_read`: ingest hands the file over after a committed
  batch), copies it and swaps the copy in. Pages then lag the ingest by a batch or so (at
  least ``every`` seconds between two copies, and at least PAUSE_SHARE times what the last
  copy took, so the writer is paused at most ~10% of the time) and never wait for it.
- Only with no snapshot yet does a request wait for the writer (up to ``wait`` seconds, then
  NF302, as before).

The store file is held (read-only) only while it is copied. Copies go to a private folder
under the system's temporary folder (``$TMPDIR``), so it needs free space for two copies of
the store for a moment; an old copy is deleted when its last request is done, all of them when
the server stops, and those of a server that was killed when the next one starts.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import shutil
import sys
import tempfile
import threading
import time
from typing import Any, Callable, Iterator, Optional

from ..errors import E_LOCKED, E_NO_STORE, E_OPEN, StoreError

#: Snapshot folders are ``$TMPDIR/newsfacts-web-<pid>-<random>``.
COPY_PREFIX = "newsfacts-web-"
#: Seconds between two copies made while a writer holds the store (each one pauses the writer).
REFRESH_EVERY = 5.0
#: ... and at least this many times what the last copy took, so a writer is paused for copies
#: at most about 1/PAUSE_SHARE of the time, however large the store.
PAUSE_SHARE = 10


def signature(path: str) -> Optional[tuple]:
    """What changes when a commit reaches ``path``: (size, mtime, inode) of the file and of
    its write-ahead log; None when there is no such file."""
    out = []
    for p in (path, path + ".wal"):
        try:
            st = os.stat(p)
        except FileNotFoundError:
            if p == path:
                return None
            out.append(None)
            continue
        out.append((st.st_size, st.st_mtime_ns, st.st_ino))
    return tuple(out)


class Snapshot:
    """One copy of the store, open read-only, and the requests using it."""

    def __init__(self, path: str, con: Any, sig: tuple, number: int = 0):
        self.path, self.con, self.sig = path, con, sig
        self.number = number  # its generation: unique in this process, so a cache key for what it shows
        self.users = 0
        self.retired = False

    def close(self) -> None:
        self.con.close()
        for p in (self.path, self.path + ".wal"):
            _remove(p)


class SnapshotReader:
    """Reads of the store at ``path`` on a shared, refreshed snapshot (see the module's text).

    Args:
        path: the store file.
        wait: seconds a request waits for a writer when there is no snapshot yet (then NF302).
        source_lock: held whenever this process opens ``path`` itself (the snapshot's copy;
            the app's Save takes it too: DuckDB refuses a read-write and a read-only open of
            one file in one process).
        every: seconds between two copies taken from a running writer.
    """

    def __init__(self, path: str, *, wait: float, source_lock: threading.Lock, every: float = REFRESH_EVERY):
        self.path, self.wait, self.source_lock, self.every = path, wait, source_lock, every
        self.lock = threading.Lock()  # guards snap, users, background
        self.refresh_lock = threading.Lock()  # one refresh at a time
        self.snap: Optional[Snapshot] = None
        self.background: Optional[threading.Thread] = None
        self.last_copy = 0.0
        self.copy_seconds = 0.0
        self.stopped = False
        self.dir = ""
        self.numbers = itertools.count(1)
        self.pinned = threading.local()  # the snapshot a request holds (see ``hold``)
        atexit.register(self.close)

    @contextlib.contextmanager
    def hold(self) -> Iterator[int]:
        """Hold an up-to-date snapshot for the reads this thread makes meanwhile (one request's
        reads see one state of the store); yields its generation, a number that names what
        the reads see (for a cache of answers: :mod:`newsfacts.web.cache`)."""
        snap = self._acquire()
        self.pinned.snap = snap
        try:
            yield snap.number
        finally:
            self.pinned.snap = None
            self._release(snap)

    def read(self, fn: Callable[[Any], Any]) -> Any:
        """``fn(cursor)`` on a cursor of an up-to-date snapshot (see the module's text), the
        one this thread holds if it does (``hold``)."""
        held = getattr(self.pinned, "snap", None)
        if held is not None:
            cur = held.con.cursor()
            try:
                return fn(cur)
            finally:
                cur.close()
        snap = self._acquire()
        try:
            cur = snap.con.cursor()
            try:
                return fn(cur)
            finally:
                cur.close()
        finally:
            self._release(snap)

    def invalidate(self) -> None:
        """After a write of this process: the next read makes a new snapshot first."""
        with self.lock:
            if self.snap is not None:
                self.snap.sig = ()

    def close(self) -> None:
        """Close every snapshot and delete the copies (at exit; reads after this reopen)."""
        self.stopped = True
        with self.lock:
            snap, self.snap = self.snap, None
            if snap is not None:
                snap.retired = True
                if snap.users == 0:
                    snap.close()
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = ""

    # --- which snapshot a request gets ---------------------------------------------------

    def _take(self, sig: Optional[tuple]) -> Optional[Snapshot]:
        """The current snapshot, taken by one more request: if it shows the store as of
        ``sig`` (any snapshot at all when ``sig`` is None), else None."""
        with self.lock:
            snap = self.snap
            if snap is not None and (sig is None or (snap.sig and snap.sig == sig)):
                snap.users += 1
                return snap
        return None

    def _acquire(self) -> Snapshot:
        sig = signature(self.path)
        if sig is None:
            raise StoreError(f"{self.path}: no such store (run `newsfacts ingest ... --db {self.path}` first)", code=E_NO_STORE)
        snap = self._take(sig)
        if snap is not None:
            return snap
        if self.snap is not None and self.snap.sig and held_for_writing(self.path):
            self._start_background()  # a writer has the store: show the last snapshot, ask for a new one
            snap = self._take(None)
            if snap is not None:
                return snap
        with self.refresh_lock:
            snap = self._take(signature(self.path))
            if snap is not None:
                return snap  # another request made it meanwhile
            try:
                self._refresh(wait=0.0)
            except StoreError as exc:
                if exc.code != E_LOCKED:
                    raise
                if self.snap is None or not self.snap.sig:
                    self._refresh(wait=self.wait)  # nothing to show yet: wait for the writer (NF302 after)
                else:
                    self._start_background()
            return self._take(None)

    def _release(self, snap: Snapshot) -> None:
        with self.lock:
            snap.users -= 1
            done = snap.retired and snap.users == 0
        if done:
            snap.close()

    # --- making a snapshot -----------------------------------------------------------------

    def _refresh(self, wait: float, mark: str = "") -> None:
        """Copy the store (holding it read-only, so no writer commits meanwhile) and swap the
        copy in; ``mark`` (a reader marker) is removed once the store is open. Raises NF302 if
        the file is still held by a writer after ``wait`` seconds."""
        from ..store.duckdb import request_read

        if not self.dir:
            remove_stale_copies()
            self.dir = tempfile.mkdtemp(prefix=f"{COPY_PREFIX}{os.getpid()}-")
        number = next(self.numbers)
        dst = os.path.join(self.dir, f"snapshot-{number}.duckdb")
        with self.source_lock:
            src = request_read(self.path, wait)
            t0 = time.monotonic()
            if mark:
                _remove(mark)  # the writer may go on as soon as the copy is made
            try:
                sig = signature(self.path)
                _copy(self.path, dst)
            except OSError as exc:  # e.g. no room in $TMPDIR for the copy
                _remove(dst)
                _remove(dst + ".wal")
                raise StoreError(f"{self.path}: cannot copy the store to {self.dir} for reading ({exc.strerror or exc}); "
                                 "free space there or point TMPDIR elsewhere", code=E_OPEN) from None
            finally:
                src.close()
        self.last_copy = time.monotonic()
        self.copy_seconds = self.last_copy - t0
        self._swap(Snapshot(dst, _open_copy(dst), sig, number))

    def _swap(self, new: Snapshot) -> None:
        with self.lock:
            old, self.snap = self.snap, new
            if old is not None:
                old.retired = True
                done = old.users == 0
            else:
                done = False
        if done:
            old.close()

    def _start_background(self) -> None:
        with self.lock:
            if self.background is not None or self.stopped:
                return
            self.background = threading.Thread(target=self._background, name="newsfacts-snapshot", daemon=True)
            self.background.start()

    def _background(self) -> None:
        """Until the snapshot is up to date: once ``every`` seconds have passed since the last
        copy, ask the writer for the file (a reader marker), and copy it when it is free."""
        from ..store.duckdb import POLL_SECONDS, READER_MARK

        mark = ""
        deadline = time.monotonic() + max(self.every, 60.0) * 10
        try:
            while not self.stopped and time.monotonic() < deadline:
                with self.lock:
                    if self.snap is not None and self.snap.sig and self.snap.sig == signature(self.path):
                        return
                if not mark and time.monotonic() >= self.last_copy + max(self.every, PAUSE_SHARE * self.copy_seconds):
                    mark = f"{self.path}{READER_MARK}{os.getpid()}-snapshot"
                    try:
                        with open(mark, "w"):
                            pass
                    except OSError:
                        pass  # a folder we can't write in: just retry
                if mark or not held_for_writing(self.path):
                    try:
                        with self.refresh_lock:
                            self._refresh(wait=0.0, mark=mark)
                        return
                    except StoreError as exc:
                        if exc.code != E_LOCKED:
                            return
                time.sleep(max(POLL_SECONDS, 0.05))
        finally:
            if mark:
                _remove(mark)
            with self.lock:
                self.background = None


def held_for_writing(path: str) -> Optional[bool]:
    """Whether another process holds ``path`` for writing (DuckDB's write lock: an fcntl
    write lock on the whole file), asked without opening the store: True, False, or None
    where the question can't be asked this way (not Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    import fcntl
    import struct

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        # struct flock on Linux: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid
        fmt = "hhqqi"
        req = struct.pack(fmt, fcntl.F_RDLCK, 0, 0, 0, 0).ljust(32, b"\0")
        got = fcntl.fcntl(fd, fcntl.F_GETLK, req)
        return struct.unpack(fmt, got[: struct.calcsize(fmt)])[0] == fcntl.F_WRLCK
    except OSError:
        return None
    finally:
        os.close(fd)


def remove_stale_copies() -> int:
    """Delete the snapshot folders of servers that died without cleaning up (killed); returns
    how many. A folder is named after its process id: one whose process is gone is stale."""
    import glob

    n = 0
    for folder in glob.glob(os.path.join(tempfile.gettempdir(), COPY_PREFIX + "*-*")):
        pid = os.path.basename(folder)[len(COPY_PREFIX):].split("-", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
            n += 1
        except OSError:
            pass  # alive, another user's
    return n


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def _copy(src: str, dst: str) -> None:
    """The store file and its write-ahead log, if any (the caller holds the store)."""
    shutil.copyfile(src, dst)
    if os.path.exists(src + ".wal"):
        shutil.copyfile(src + ".wal", dst + ".wal")


def _open_copy(path: str):
    """A read-only connection to a copy, brought to this schema first (tables and columns
    added, as a writable open of the store would: the copy is ours to change)."""
    import duckdb

    from ..store.duckdb import FactStore

    FactStore.open(path, memory_limit=None).close()
    return duckdb.connect(path, read_only=True)
