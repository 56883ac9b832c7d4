"""How the query commands print a result: an aligned table, CSV (with header) or JSON Lines."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from typing import Any

import click


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return str(v)


def _json_value(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v


def _emit_columns(rows, fmt: str) -> bool:
    """CSV or JSON Lines of a columnar result, written by the store with no per-row Python
    objects (see ``ColumnarRows.write``); False when ``rows`` is a plain list."""
    write = getattr(rows, "write", None)
    out = getattr(sys.stdout, "buffer", None)
    if write is None or out is None or fmt not in ("csv", "json"):
        return False
    sys.stdout.flush()
    done = write(fmt, out)
    out.flush()
    return done


def _emit_table(cols: list[str], rows: list[tuple], max_width: int) -> None:
    cells = [[_cell(v).replace("\n", " ") for v in r] for r in rows]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "\u2026" for c in r] for r in cells]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for r in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    click.echo(f"({len(rows):,} row{'s' if len(rows) != 1 else ''})", err=True)


def emit(cols: list[str], rows: list[tuple], fmt: str, *, max_width: int = 60) -> None:
    """Print a result as an aligned table, CSV (with header) or JSON Lines.

    Args:
        cols: the column names.
        rows: the rows, a list of tuples or the store's columnar result.
        fmt: ``table``, ``csv`` or ``json``.
        max_width: table cells longer than this are cut with an ellipsis.
    """
    if _emit_columns(rows, fmt):
        return
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps({c: _json_value(v) for c, v in zip(cols, r)}, ensure_ascii=False, default=str))
        return
    if fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(v) for v in r])
        return
    _emit_table(cols, rows, max_width)
