"""Metadata for plain files: a sidecar ``name.json`` beside ``name.txt`` (or ``.html``), and a
table given with ``ingest --metadata FILE.csv`` keyed by file name.

A sidecar is a JSON object with any of ``published``, ``source``, ``title``, ``url``; the CSV
has a ``file`` column (a file name, or a path as given to ingest) and any of the same columns.
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
            rows = list(csv.DictReader(fh))
            header = rows[0].keys() if rows else []
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: the metadata table can't be read ({exc})", code=E_METADATA) from None
    if rows and "file" not in header:
        raise InputError(f"{path}: the metadata table needs a 'file' column (and any of {', '.join(FIELDS)})", code=E_METADATA)
    table: dict[str, dict[str, Optional[str]]] = {}
    for n, row in enumerate(rows, start=2):
        try:
            table[row["file"]] = _clean(row, f"{path}:{n}")
        except ValueError as exc:
            raise InputError(str(exc), code=E_METADATA) from None
    return table


def metadata_for(path: str, table: Optional[dict[str, dict[str, Optional[str]]]]) -> Union[dict[str, Optional[str]], Reject]:
    """The metadata a plain file gets: its sidecar's, then the table's row for it (by path, else name)."""
    meta = read_sidecar(path)
    if isinstance(meta, Reject) or not table:
        return meta
    row = table.get(path) or table.get(os.path.normpath(path)) or table.get(os.path.basename(path))
    return {**meta, **(row or {})}
