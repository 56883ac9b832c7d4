"""Metadata for plain files: a sidecar ``name.json`` beside ``name.txt`` (or ``.html``), and a
table given with ``ingest --metadata FILE.csv`` keyed by file name.

A sidecar is a JSON object with any of ``published``, ``source``, ``title``, ``url``; the table
(comma- or tab-separated) has a ``file`` column (a file name with or without its extension, or a
path as given to ingest) and any of the same columns. Common other names of the columns are read
as them (``COLUMN_ALIASES``: ``filename``, ``publication_date``, ``publisher``, ...), so a
corpus's own metadata file (PolNeAR's ``metadata.tsv``) can be given as it is.
What the CSV says wins over the sidecar, which wins over nothing (an HTML page's own title and
date come last). A sidecar is not an article: ingest counts it as ``metadata_sidecar`` among
the records that are not articles.
"""

from __future__ import annotations

import csv
import json
import os
from typing import Any, Optional, Union

from ..errors import E_METADATA, InputError
from .entries import Reject, normalise_date

FIELDS = ("published", "source", "title", "url")
#: column -> other names it is read from when the table has no column of its own name
COLUMN_ALIASES = {
    "file": ("filename", "file_name", "path"),
    "published": ("publication_date", "published_at", "date"),
    "source": ("publisher", "outlet"),
    "title": ("headline",),
    "url": ("link",),
}
#: File kinds a sidecar can describe.
DESCRIBED_EXT = (".txt", ".text", ".html", ".htm", ".xhtml")


def sidecar_of(path: str) -> str:
    """The sidecar path of a file: ``name.json`` beside ``name.txt``."""
    return os.path.splitext(path)[0] + ".json"


def is_sidecar(path: str) -> bool:
    """True for a ``name.json`` that stands beside a described file of the same name."""
    stem, ext = os.path.splitext(path)
    return ext.lower() == ".json" and any(os.path.exists(stem + e) for e in DESCRIBED_EXT)


def _clean(obj: dict[str, Any], where: str) -> dict[str, Optional[str]]:
    out: dict[str, Optional[str]] = {}
    for key in FIELDS:
        value = obj.get(key)
        if value in (None, ""):
            continue
        if not isinstance(value, str):
            raise ValueError(f"{where}: '{key}' is a {type(value).__name__}, not a string")
        if key == "published":
            date = normalise_date(value)
            if date is None:
                raise ValueError(f"{where}: 'published' is not a date: {value!r}")
            value = date
        out[key] = value
    return out


def read_sidecar(path: str) -> Union[dict[str, Optional[str]], Reject]:
    """The metadata of ``path``'s sidecar ({} when it has none), or a ``bad_metadata`` Reject."""
    side = sidecar_of(path)
    if not os.path.isfile(side):
        return {}
    try:
        with open(side, encoding="utf-8") as fh:
            obj = json.load(fh)
        if not isinstance(obj, dict):
            raise ValueError(f"{side}: a JSON {type(obj).__name__}, not an object")
        return _clean(obj, side)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        return Reject(path, "bad_metadata", f"its metadata sidecar can't be used: {str(exc)[:200]}")


def load_metadata_csv(path: str) -> dict[str, dict[str, Optional[str]]]:
    """``--metadata FILE.csv``: file name (and path) -> metadata.

    Raises:
        InputError: NF108 when the file is missing, has no ``file`` column, or a row is bad.
    """
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            first = fh.readline()
            fh.seek(0)
            delimiter = "\t" if "\t" in first else ","
            rows = list(csv.DictReader(fh, delimiter=delimiter))
            header = list(rows[0].keys()) if rows else []
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: the metadata table can't be read ({exc})", code=E_METADATA) from None
    names = _column_names(header)
    if rows and "file" not in names:
        other = ", ".join(COLUMN_ALIASES["file"])
        raise InputError(f"{path}: the metadata table needs a 'file' column (or {other}) and any of {', '.join(FIELDS)}", code=E_METADATA)
    table: dict[str, dict[str, Optional[str]]] = {}
    for n, row in enumerate(rows, start=2):
        try:
            table[row[names["file"]]] = _clean({key: row.get(col) for key, col in names.items()}, f"{path}:{n}")
        except ValueError as exc:
            raise InputError(str(exc), code=E_METADATA) from None
    return table


def _column_names(header: list[str]) -> dict[str, str]:
    """Our column -> the table's column read for it: its own name first, then an alias."""
    names = {}
    for key in ("file", *FIELDS):
        for col in (key, *COLUMN_ALIASES.get(key, ())):
            if col in header:
                names[key] = col
                break
    return names


def metadata_for(path: str, table: Optional[dict[str, dict[str, Optional[str]]]]) -> Union[dict[str, Optional[str]], Reject]:
    """The metadata a plain file gets: its sidecar's, then the table's row for it (by path, else name)."""
    meta = read_sidecar(path)
    if isinstance(meta, Reject) or not table:
        return meta
    name = os.path.basename(path)
    row = table.get(path) or table.get(os.path.normpath(path)) or table.get(name) or table.get(os.path.splitext(name)[0])
    return {**meta, **(row or {})}
