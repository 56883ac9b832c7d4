"""WARC and WARC.gz files (as Common Crawl's CC-NEWS publishes them), read with warcio: each
HTML response record is one article; request, metadata and warcinfo records are skipped;
corrupt stretches are rejected and reading resumes after them. A .warc.gz compressed as one
gzip stream (not a member per record) is read decompressed. warcio's own warnings go to the
``newsfacts.readers`` logger, not onto stderr."""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sys
import zlib
from typing import Iterator, Optional

from .entries import Entry, Html, Reject, Skipped, normalise_date


#: warcio writes its warnings (a record not followed by blank lines, a decompression error)
#: straight to stderr, into the middle of a progress bar: they go to this logger instead.
LOG = logging.getLogger("newsfacts.readers")


class _StderrToLog(io.TextIOBase):
    """A stand-in for stderr while warcio runs: each line becomes a warning of :data:`LOG`.

    A handler that writes to stderr itself (Python's last resort, a basicConfig handler)
    reaches the real stderr, not this stand-in again."""

    def __init__(self, real):
        self.real = real
        self.busy = False

    def write(self, text: str) -> int:
        if self.busy:
            return self.real.write(text)
        self.busy = True
        try:
            message = " ".join(line.strip() for line in text.splitlines() if line.strip())
            if message:  # one warning per write: warcio writes each of its messages at once
                LOG.warning("warcio: %s", message)
        finally:
            self.busy = False
        return len(text)


@contextlib.contextmanager
def _warcio_quiet():
    saved = sys.stderr
    sys.stderr = _StderrToLog(saved)
    try:
        yield
    finally:
        sys.stderr = saved


def _whole_file_gzip(path: str) -> bool:
    """True for a .warc.gz compressed as one gzip stream (not a gzip member per record, as
    Common Crawl writes them): its first member holds more than one WARC record."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = b""
    with open(path, "rb") as fh:
        while not d.eof and len(out) < (1 << 20):
            chunk = fh.read(65536)
            if not chunk:
                break
            out += d.decompress(chunk, (1 << 20) - len(out))
    return out.startswith(b"WARC/") and (b"\nWARC/1." in out[5:])


def read_warc(path: str) -> Iterator[Entry]:
    """A WARC or WARC.gz file (CC-NEWS layout): each HTML response record is one article.

    The origin of a record is ``path#offset`` (the record's byte offset in the file, as
    Common Crawl indexes cite it). A record whose payload can't be read, or that is cut
    short, is rejected as ``broken_warc_record``. When the file itself is corrupt at some
    offset, the reader skips to the next place a record can be read again (the next gzip
    member that holds a WARC record, or the next ``WARC/1.x`` header line) and rejects the
    skipped bytes as one ``broken_warc_record``, so one bad record doesn't lose the rest of
    a file.
    """
    total = os.path.getsize(path)
    with open(path, "rb") as fh:
        gz = fh.read(2) == b"\x1f\x8b"
    if gz and _whole_file_gzip(path):
        # one gzip stream: read it decompressed, as a plain WARC (offsets are then offsets
        # into the decompressed file; warcio can't seek into such a file)
        import gzip

        with gzip.open(path, "rb") as stream:
            start: Optional[int] = 0
            while start is not None:
                start = yield from _warc_from(stream, path, start, _gzip_size(path), False)
        return
    with open(path, "rb") as fh:
        start = 0
        while start is not None:
            start = yield from _warc_from(fh, path, start, total, gz)


def _gzip_size(path: str) -> int:
    """The decompressed size a gzip file states in its trailer (modulo 4 GiB)."""
    with open(path, "rb") as fh:
        fh.seek(-4, os.SEEK_END)
        return int.from_bytes(fh.read(4), "little")


def _warc_from(fh, path: str, base: int, total: int, gz: bool):
    """Read records from ``base``; on a corrupt spot, reject it and return where to resume (or None)."""
    from warcio.archiveiterator import ArchiveIterator

    fh.seek(base)
    it = ArchiveIterator(fh)
    gen = iter(it)
    last = base
    while True:
        try:
            with _warcio_quiet():
                rec = next(gen)
        except StopIteration:
            break
        except Exception as exc:  # ArchiveLoadFailed, zlib/gzip errors
            nxt = _resync(fh, last + 1, gz)
            where = f"skipped to the next readable record at offset {nxt}" if nxt is not None else "the rest of the file is unreadable"
            yield Reject(f"{path}#{last}", "broken_warc_record", f"corrupt WARC data ({_one_line(exc)}); {where}", size=(nxt or total) - last)
            return nxt
        try:
            with _warcio_quiet():
                entry = _warc_entry(rec, f"{path}#{last}")  # origin is set below, once the offset is known
        except Exception as exc:
            entry = Reject(f"{path}#{last}", "broken_warc_record", f"record could not be read ({_one_line(exc)})")
        try:
            # (warcio computes the offset by reading to the record's end: ask only after the payload is read)
            with _warcio_quiet():
                offset = it.get_record_offset()
                end = offset + it.get_record_length()
            short = getattr(rec.raw_stream, "limit", 0) or 0  # bytes the Content-Length promised but the file lacks
        except Exception as exc:
            nxt = _resync(fh, last + 1, gz)
            yield Reject(f"{path}#{last}", "broken_warc_record", f"record is truncated or corrupt ({_one_line(exc)})", size=(nxt or total) - last)
            return nxt
        if short > 0:
            entry = Reject(f"{path}#{offset}", "broken_warc_record", f"record is truncated ({short:,} bytes of its content are missing)")
        yield entry._replace(origin=f"{path}#{offset}", size=max(0, end - last))
        last = end
    if total - last > 64:  # warcio stops quietly at a truncated gzip member; say so
        yield Reject(f"{path}#{last}", "broken_warc_record", f"{total - last:,} bytes at the end of the file are not a complete WARC record", size=total - last)
    return None


def _resync(fh, pos: int, gz: bool, *, chunk: int = 1 << 20) -> Optional[int]:
    """The first offset at or after ``pos`` where a WARC record can be read again, or None."""
    from warcio.archiveiterator import ArchiveIterator

    marker = b"\x1f\x8b\x08" if gz else b"WARC/1."
    while True:
        fh.seek(pos)
        data = fh.read(chunk + len(marker))
        if not data:
            return None
        k = data.find(marker)
        while k != -1:
            cand = pos + k
            if gz or cand == 0 or data[k - 1:k] == b"\n":
                fh.seek(cand)
                try:
                    rec = next(iter(ArchiveIterator(fh)))
                    if rec.rec_type:
                        return cand
                except Exception:
                    pass
            k = data.find(marker, k + 1)
        if len(data) <= chunk:
            return None
        pos += chunk


def _one_line(exc: BaseException, limit: int = 160) -> str:
    msg = " ".join(str(exc).split())
    msg = "".join(ch if ch.isprintable() else "?" for ch in msg)
    return f"{exc.__class__.__name__}: {msg[:limit]}"


def _warc_entry(rec, origin: str) -> Entry:
    if rec.rec_type != "response":
        return Skipped(origin, f"warc_{rec.rec_type}")
    url = rec.rec_headers.get_header("WARC-Target-URI")
    http = rec.http_headers
    if http is not None:
        status = http.get_statuscode()
        if status and status != "200":
            return Reject(origin, "http_status", f"HTTP status {status} for {url}")
        ctype = (http.get_header("Content-Type") or "").lower()
        if ctype and "html" not in ctype:
            return Reject(origin, "not_html", f"content type '{ctype}' for {url}")
    body = rec.content_stream().read()
    if not body.strip():
        return Reject(origin, "empty_html", f"empty response body for {url}")
    meta = {"published": None, "source": None, "url": url}
    # CC-NEWS: the crawl date is the fallback when the page gives no publication date
    return Html(body, meta, origin, url=url, fallback_published=normalise_date(rec.rec_headers.get_header("WARC-Date")))
