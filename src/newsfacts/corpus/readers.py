"""Input readers for corpus ingest: folders of .txt/.html, JSON Lines, CSV, WARC/WARC.gz.

Every reader is a generator over one input and yields, for each input record, either an
:class:`Item` (the article text with its metadata and source location) or a
:class:`Reject` (the source location and a reason code). Nothing is dropped silently:
a record that can't be turned into text becomes a Reject; records that are not articles by
construction (WARC request/metadata/warcinfo records) are counted as :class:`Skipped`.

HTML is turned into article text and metadata (title, date, url, site) by trafilatura; WARC
files (as Common Crawl's CC-NEWS publishes them) are read with warcio. The text an Item
carries is the text that gets stored and that every fact's offsets point into.

Reject reasons (the ``reason`` column of the ``rejects`` table):

=====================  =====================================================================
``bad_json``           a JSON Lines line that is not valid JSON, or not a JSON object
``bad_csv_row``        a CSV row that can't be parsed or has a different number of fields
``missing_text``       a JSON/CSV record without a text field (or a non-string one)
``broken_warc_record`` a WARC record (or a corrupt stretch of a WARC file) that can't be read
``not_html``           a WARC response whose content type is not HTML
``http_status``        a WARC response with an HTTP status other than 200
``empty_html``         HTML from which no article text could be extracted
``empty``              an empty (or whitespace-only) text
``binary``             a file that is binary, not text
``not_utf8``           bytes that are not valid UTF-8
``unsupported_file``   a file in a folder whose extension no reader handles
``bad_metadata``       a file whose metadata sidecar (``name.json``) is not a JSON object of
                       string fields with a readable date
``unreadable``         a file that can't be opened
``not_a_file``         a path that is not a regular file (a FIFO, a device such as /dev/zero,
                       a socket): never read, so it can neither hang nor fill memory
``bad_field``          a JSON/CSV record whose url, title, source or published field is not a
                       string (an object, a list, a number where a string is expected)
``bad_unicode``        a JSON record with a lone surrogate escape (``"\ud800"``): not text
``too_long``           a text over the ingest's character limit (checked by ingest), or a
                       file, JSON line or CSV field over the byte cap (checked by the readers,
                       before the record is read whole)
``too_many_tokens``    a text over the pipeline's token limit (``pipeline.MAX_TOKENS``, by a cheap
                       token estimate; checked by ingest): token-dense text the parse can't afford
``not_english``        a text that doesn't look like English (checked by ingest's workers)
``processing_error``   the pipeline raised on this text (checked by ingest's workers)
=====================  =====================================================================
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from typing import Any, Iterable, Iterator, Optional, Union

from ..errors import E_MISSING, InputError
from .metadata import is_sidecar, metadata_for
from .entries import Entry, Html, Item, Reject, Skipped, normalise_date  # noqa: F401  (Skipped: part of the readers' API)
from .textio import MAX_CHARS
from .warc import read_warc

#: File extensions each reader takes (lower case, compound extensions first).
TEXT_EXT = (".txt", ".text")
HTML_EXT = (".html", ".htm", ".xhtml")
JSONL_EXT = (".jsonl", ".ndjson", ".jsonl.gz")
CSV_EXT = (".csv",)
WARC_EXT = (".warc", ".warc.gz")

#: The most bytes one input record (a file, a JSON line, a CSV field) may take before it is
#: rejected as ``too_long`` without being read whole: a text of MAX_CHARS characters takes at
#: most 4 bytes a character, plus room for its metadata. Memory stays bounded by this.
MAX_RECORD_BYTES = 4 * MAX_CHARS + (1 << 20)
#: Metadata fields that must be strings (or absent / null) in a JSON or CSV record.
STRING_FIELDS = ("url", "title", "source")
_READ_CHUNK = 1 << 20


def _decode(data: bytes, origin: str, size: int) -> Union[str, Reject]:
    if b"\x00" in data[:65536]:
        return Reject(origin, "binary", "looks like a binary file (NUL bytes), not text", size=size)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Reject(origin, "not_utf8", f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", size=size)


def html_to_item(html: Union[str, bytes], origin: str, *, url: Optional[str] = None, size: int = 0,
                 meta: Optional[dict[str, Any]] = None) -> Union[Item, Reject]:
    """Extract the article text and metadata of an HTML page with trafilatura."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        return Reject(origin, "empty_html", f"HTML could not be parsed ({exc.__class__.__name__}: {exc})", size=size)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return Reject(origin, "empty_html", "no article text could be extracted from the HTML", size=size)
    m = dict(meta or {})
    m["title"] = m.get("title") or getattr(doc, "title", None)
    m["published"] = m.get("published") or normalise_date(getattr(doc, "date", None))
    m.setdefault("url", getattr(doc, "url", None) or url)
    m["source"] = m.get("source") or getattr(doc, "sitename", None) or getattr(doc, "hostname", None)
    return Item(text + "\n", m, origin, size)


def extract_html(entry: Html) -> Union[Item, Reject]:
    """Turn an :class:`Html` entry into an Item (article text + metadata) or a Reject."""
    item = html_to_item(entry.html, entry.origin, url=entry.url, size=entry.size, meta=entry.meta)
    if isinstance(item, Item) and not item.meta.get("published") and entry.fallback_published:
        item.meta["published"] = entry.fallback_published
        item.meta["published_from"] = "warc-date"
    return item


def _read_bytes(path: str, max_bytes: int = MAX_RECORD_BYTES) -> Union[bytes, Reject]:
    """The bytes of a regular file of at most ``max_bytes``; a Reject for anything else
    (``not_a_file`` for FIFOs and devices, ``too_long`` past the cap, ``unreadable``)."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return Reject(path, "not_a_file", "not a regular file (a FIFO, a device or a socket): not read")
        if st.st_size > max_bytes:
            return Reject(path, "too_long", f"{st.st_size:,} bytes is over the {max_bytes:,}-byte cap for one record", size=st.st_size)
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)  # a file that grew since the stat is still capped
    except OSError as exc:
        return Reject(path, "unreadable", f"cannot be read ({exc.strerror})")
    if len(data) > max_bytes:
        return Reject(path, "too_long", f"over the {max_bytes:,}-byte cap for one record", size=len(data))
    return data


def read_text_file(path: str, *, max_bytes: int = MAX_RECORD_BYTES) -> Iterator[Entry]:
    """A .txt file: the whole file is one article."""
    data = _read_bytes(path, max_bytes)
    if isinstance(data, Reject):
        yield data
        return
    text = _decode(data, path, len(data))
    if isinstance(text, Reject):
        yield text
    elif not text.strip():
        yield Reject(path, "empty", "the file is empty", size=len(data))
    else:
        yield Item(text, {"source": None}, path, len(data))


def read_html_file(path: str, *, max_bytes: int = MAX_RECORD_BYTES) -> Iterator[Entry]:
    """An .html file: trafilatura extracts the article text, title, date and url."""
    data = _read_bytes(path, max_bytes)
    if isinstance(data, Reject):
        yield data
        return
    if not data.strip():
        yield Reject(path, "empty_html", "the HTML file is empty", size=len(data))
        return
    yield Html(data, {}, path, len(data))


def _record_meta(obj: dict[str, Any], published_field: str) -> dict[str, Any]:
    return {
        "published": normalise_date(obj.get(published_field)),
        "source": obj.get("source") if obj.get("source") not in ("",) else None,
        "title": obj.get("title"),
        "url": obj.get("url"),
    }


def _field_problem(obj: dict[str, Any], text_field: str, html_field: str) -> Optional[Reject]:
    """A Reject reason for a record whose fields can't be stored: a metadata field that is not
    a string, or a lone surrogate (from a ``\ud800`` JSON escape) in any string field."""
    for key in STRING_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return Reject("", "bad_field", f"the '{key}' field is a {type(value).__name__}, not a string")
    for key, value in obj.items():
        if isinstance(value, str) and key in (text_field, html_field, "published", *STRING_FIELDS):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                return Reject("", "bad_unicode", f"the '{key}' field holds a lone surrogate (U+{ord(value[exc.start]):04X}) at character {exc.start}: not text")
    return None


def record_entry(obj: Any, origin: str, size: int, *, text_field: str, published_field: str, html_field: str) -> Entry:
    """The entry of one parsed record (a JSON object, a CSV row, a Parquet row as a dict).

    Args:
        obj: the record's fields.
        origin: where it came from (``path:line``), kept in its Item or Reject.
        size: its size in bytes in the input.
        text_field: the field holding the article text.
        published_field: the field holding the publication date.
        html_field: the field holding raw HTML, used when there is no text field.

    Returns:
        An ``Item``, an ``Html`` (text still to extract), or a ``Reject``
        (``missing_text``, ``empty``, ``bad_field``, ``bad_unicode``).
    """
    problem = _field_problem(obj, text_field, html_field)
    if problem is not None:
        return problem._replace(origin=origin, size=size)
    text = obj.get(text_field)
    if text is None and isinstance(obj.get(html_field), str):
        return Html(obj[html_field], _record_meta(obj, published_field), origin, size, url=obj.get("url"))
    if not isinstance(text, str):
        what = "no" if text is None else f"a non-string ({type(text).__name__})"
        return Reject(origin, "missing_text", f"the record has {what} '{text_field}' field", size=size)
    if not text.strip():
        return Reject(origin, "empty", f"the '{text_field}' field is empty", size=size)
    return Item(text, _record_meta(obj, published_field), origin, size)


def read_jsonl(path: str, *, text_field: str = "text", published_field: str = "published", html_field: str = "html",
               max_bytes: int = MAX_RECORD_BYTES) -> Iterator[Entry]:
    """JSON Lines: one object per line with ``text`` (or ``html``) and optional url, title, published, source.

    A line is read with a cap of ``max_bytes``: a longer one is skipped in pieces and rejected
    as ``too_long``, so memory stays bounded whatever the file holds.
    """
    with _open_maybe_gz(path) as fh:
        for n, (raw, size) in enumerate(_capped_lines(fh, max_bytes), start=1):
            origin = f"{path}:{n}"
            if raw is None:
                yield Reject(origin, "too_long", f"the line is {size:,} bytes, over the {max_bytes:,}-byte cap for one record", size=size)
                continue
            if not raw.strip():
                continue  # blank lines are separators, not records
            yield _jsonl_entry(raw, n, origin, size, text_field=text_field, published_field=published_field, html_field=html_field)


def _capped_lines(fh, max_bytes: int) -> Iterator[tuple[Optional[bytes], int]]:
    """(line, size) for each line of a binary file; (None, size) for a line over ``max_bytes``,
    which is read past in pieces of at most ``max_bytes + 1`` bytes, never whole."""
    while True:
        raw = fh.readline(max_bytes + 1)
        if not raw:
            return
        if len(raw) <= max_bytes or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = fh.readline(_READ_CHUNK)
            if not raw:
                break
            size += len(raw)
        yield None, size


def _jsonl_entry(raw: bytes, n: int, origin: str, size: int, **fields: str) -> Entry:
    """The entry of one JSON line (a Reject with its reason for anything but a good object)."""
    try:
        line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        return Reject(origin, "not_utf8", f"line is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start})", size=size)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Reject(origin, "bad_json", f"invalid JSON: {exc.msg} at column {exc.colno}", size=size)
    except RecursionError:
        return Reject(origin, "bad_json", "JSON nested too deeply to read", size=size)
    if not isinstance(obj, dict):
        return Reject(origin, "bad_json", f"a JSON {type(obj).__name__}, not an object", size=size)
    return record_entry(obj, origin, size, **fields)


def _open_maybe_gz(path: str):
    if path.lower().endswith(".gz"):
        import gzip

        return gzip.open(path, "rb")
    return open(path, "rb")


def read_csv(path: str, *, text_field: str = "text", published_field: str = "published", html_field: str = "html",
             max_bytes: int = MAX_RECORD_BYTES) -> Iterator[Entry]:
    """CSV with a header row naming at least ``text`` (or ``html``).

    Read as a stream (memory bounded by one row; a field over ``max_bytes`` is a
    ``bad_csv_row``). Origins are ``path:row``, rows counted as records with the header as
    row 1, so a quoted field over several lines does not shift the numbers.
    """
    with open(path, "rb") as raw:
        head = raw.read(65536)
        if b"\x00" in head:
            yield Reject(path, "binary", "looks like a binary file (NUL bytes), not text", size=os.path.getsize(path))
            return
        raw.seek(0)
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        yield from _csv_rows(path, raw, text, max_bytes, text_field=text_field, published_field=published_field, html_field=html_field)


def _csv_rows(path: str, raw, text, max_bytes: int, *, text_field: str, published_field: str, html_field: str) -> Iterator[Entry]:
    """The entries of an open CSV stream (see :func:`read_csv`)."""
    csv.field_size_limit(max_bytes)
    reader = csv.reader(text)
    try:
        header = next(reader)
    except (StopIteration, csv.Error, UnicodeDecodeError):
        yield Reject(path, "bad_csv_row", "no header row", size=os.path.getsize(path))
        return
    if text_field not in header and html_field not in header:
        yield Reject(f"{path}:1", "missing_text", f"the header has no '{text_field}' column: {header[:8]}", size=os.path.getsize(path))
        return
    row_no, done = 1, raw.tell()
    while True:
        row_no += 1
        origin = f"{path}:{row_no}"
        try:
            row = next(reader)
        except StopIteration:
            break
        except UnicodeDecodeError as exc:
            yield Reject(origin, "not_utf8", f"not valid UTF-8 from about this row on ({exc.reason}): the rest of the file is not read", size=os.path.getsize(path) - done)
            return
        except csv.Error as exc:
            yield Reject(origin, "bad_csv_row", f"CSV error: {exc}", size=0)
            continue
        size, done = raw.tell() - done, raw.tell()
        if not row:
            row_no -= 1  # a blank line is no record
            continue
        if len(row) != len(header):
            yield Reject(origin, "bad_csv_row", f"{len(row)} fields where the header has {len(header)}", size=size)
            continue
        obj = dict(zip(header, row))
        if obj.get(html_field) == "":
            obj.pop(html_field)
        yield record_entry(obj, origin, size, text_field=text_field, published_field=published_field, html_field=html_field)


def _lower_name(path: str) -> str:
    return os.path.basename(path).lower()


def reader_for(path: str):
    """The reader function for a file, chosen by extension; None when no reader takes it."""
    name = _lower_name(path)
    if name.endswith(WARC_EXT):
        return read_warc
    if name.endswith(JSONL_EXT):
        return read_jsonl
    if name.endswith(CSV_EXT):
        return read_csv
    if name.endswith(HTML_EXT):
        return read_html_file
    if name.endswith(TEXT_EXT):
        return read_text_file
    return None


def list_files(paths: Iterable[str]) -> Iterator[str]:
    """Expand inputs into files in a stable order (folders are walked, sorted)."""
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
        else:
            yield p


def check_inputs(paths: Iterable[str]) -> None:
    """Raise a clear error for an input path that doesn't exist (before any work starts)."""
    for p in paths:
        if not os.path.exists(p):
            raise InputError(f"{p}: no such file or folder", code=E_MISSING)


def read_inputs(paths: Iterable[str], *, text_field: str = "text", published_field: str = "published",
                extract: bool = True, max_bytes: int = MAX_RECORD_BYTES,
                metadata: Optional[dict[str, dict[str, Optional[str]]]] = None) -> Iterator[Entry]:
    """Every entry of every input, in order: files, folders (walked), JSONL, CSV, WARC.

    With ``extract=False``, HTML pages come out as :class:`Html` entries for the caller to
    pass to :func:`extract_html` (ingest does that in its worker processes). A file, JSON line
    or CSV field over ``max_bytes`` is a ``too_long`` Reject, never read whole. Plain files
    take their metadata from a sidecar ``name.json`` and the ``metadata`` table
    (:mod:`.metadata`).
    """
    for entry in _read_inputs(paths, text_field=text_field, published_field=published_field, max_bytes=max_bytes, metadata=metadata):
        yield extract_html(entry) if extract and isinstance(entry, Html) else entry


def _read_inputs(paths: Iterable[str], *, text_field: str, published_field: str, max_bytes: int,
                 metadata: Optional[dict[str, dict[str, Optional[str]]]] = None) -> Iterator[Entry]:
    for path in list_files(paths):
        if is_sidecar(path):
            yield Skipped(path, "metadata_sidecar", os.path.getsize(path))
            continue
        reader = reader_for(path)
        if reader is None:
            size = os.path.getsize(path) if os.path.exists(path) else 0
            yield Reject(path, "unsupported_file", "no reader for this file type (.txt .html .jsonl .csv .warc .warc.gz)", size=size)
            continue
        kwargs: dict[str, Any] = {"max_bytes": max_bytes} if reader is not read_warc else {}
        if reader in (read_jsonl, read_csv):
            kwargs.update(text_field=text_field, published_field=published_field)
        try:
            if reader in (read_text_file, read_html_file):
                yield from _with_metadata(reader(path, **kwargs), path, metadata)
            else:
                yield from reader(path, **kwargs)
        except OSError as exc:
            yield Reject(path, "unreadable", f"cannot be read ({exc.strerror or exc})")


def _with_metadata(entries: Iterable[Entry], path: str, table) -> Iterator[Entry]:
    """A plain file's entries with its sidecar's and the metadata table's fields."""
    for entry in entries:
        if isinstance(entry, (Item, Html)):
            meta = metadata_for(path, table)
            if isinstance(meta, Reject):
                entry = meta._replace(size=entry.size)
            else:
                entry.meta.update(meta)
        yield entry


def input_size(paths: Iterable[str]) -> int:
    """Total bytes of all input files (the progress bar's total)."""
    total = 0
    for p in list_files(paths):
        try:
            total += os.path.getsize(p)
        except OSError:
            pass
    return total
