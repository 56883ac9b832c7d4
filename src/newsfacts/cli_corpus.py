"""Corpus commands: ingest, quotes, events, actors, dyads, sql, export (thin shells over newsfacts.store)."""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import json
import os
import sys

import click

from .cli import _check_date, cli
from .errors import NewsfactsError

DEFAULT_DB = "newsfacts.duckdb"
#: Seconds a query waits for a writer (a running ingest) to let it read the store, before NF302.
READ_WAIT = 10.0


def _db_option(f):
    return click.option("--db", default=lambda: os.environ.get("NEWSFACTS_DB", DEFAULT_DB), show_default=DEFAULT_DB,
                        help="The DuckDB store file (or set NEWSFACTS_DB).")(f)


def _output_options(f):
    f = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
                     help="table for reading, csv or json (one object per line) for other programs.")(f)
    f = click.option("--parquet", metavar="DIR", default=None, expose_value=False, callback=_remember_parquet,
                     help="Query a folder of Parquet tables (`newsfacts spark` output, or `export --format parquet`) instead of --db.")(f)
    return _db_option(f)


def _remember_parquet(ctx, param, value):
    ctx.meta["newsfacts.parquet"] = value
    return value


def _dates_options(f):
    f = click.option("--to", "date_to", callback=_check_date, help="Last date, YYYY-MM-DD (inclusive).")(f)
    return click.option("--from", "date_from", callback=_check_date, help="First date, YYYY-MM-DD.")(f)


def _errors(f):
    """Turn NewsfactsError into one line on stderr and exit status 2."""

    @functools.wraps(f)
    def run(*a, **kw):
        try:
            return f(*a, **kw)
        except NewsfactsError as exc:
            click.echo(f"newsfacts: {exc}", err=True)
            sys.exit(2)

    return run


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()
    return str(v)


def _json_value(v):
    if isinstance(v, (_dt.date, _dt.datetime)):
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


def emit(cols: list[str], rows: list[tuple], fmt: str, *, max_width: int = 60) -> None:
    """Print a result as an aligned table, CSV (with header) or JSON Lines."""
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
    cells = [[_cell(v).replace("\n", " ") for v in r] for r in rows]
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "\u2026" for c in r] for r in cells]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for r in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    click.echo(f"({len(rows):,} row{'s' if len(rows) != 1 else ''})", err=True)


def _open(db: str):
    from .store.duckdb import FactStore

    parquet = click.get_current_context().meta.get("newsfacts.parquet")
    if parquet:  # a Parquet folder, read through DuckDB views named like the store's tables
        from .store.parquet import connect_parquet

        return FactStore(connect_parquet(parquet), parquet, read_only=True)
    # a running ingest hands the file over between batches: wait for it rather than fail at once
    return FactStore.open(db, read_only=True, wait=READ_WAIT)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@_db_option
@click.option("--workers", "-w", type=click.IntRange(1, 64), default=lambda: min(2, os.cpu_count() or 1), show_default="min(2, CPUs)",
              help="Worker processes parsing in parallel (the main process writes the store meanwhile).")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=16, show_default=True, help="Documents per batch (and per transaction).")
@click.option("--text-field", default="text", show_default=True, help="JSONL/CSV field holding the article text.")
@click.option("--published-field", default="published", show_default=True, help="JSONL/CSV field holding the publication date.")
@click.option("--max-chars", type=click.IntRange(1), default=1_000_000, show_default=True, help="Longer texts are rejected as too_long.")
@click.option("--no-cluster", is_flag=True, help="Don't re-cluster duplicate events at the end.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--verbose", "-v", is_flag=True, help="Print a line per committed write (every four batches).")
@click.option("--json", "as_json", is_flag=True, help="Print the final summary as JSON.")
@_errors
def ingest(inputs, db, workers, batch_size, text_field, published_field, max_chars, no_cluster, quiet, verbose, as_json):
    """Ingest articles into a DuckDB store: folders of .txt/.html, .jsonl, .csv, .warc/.warc.gz.

    Re-running is safe: documents already stored (same text) are skipped, and a run
    that was killed picks up where it stopped. Records that can't be processed go to
    the `rejects` table with their location and reason.

    Example:

        newsfacts ingest CC-NEWS-20240301*.warc.gz articles.jsonl --db news.duckdb --workers 2
    """
    from .store.duckdb import FactStore
    from .store.ingest import ingest as run
    from .store.readers import check_inputs

    check_inputs(inputs)

    def on_commit(n, summary):
        if verbose:
            click.echo(f"committed batch {n}: {summary.processed} documents, {sum(summary.rejected.values())} rejected", err=True)

    with FactStore.open(db) as store:
        summary = run(inputs, store, workers=workers, batch_size=batch_size, max_chars=max_chars, text_field=text_field,
                      published_field=published_field, progress=not quiet, cluster=not no_cluster, on_commit=on_commit)
    if as_json:
        click.echo(json.dumps(summary.as_dict()))
    else:
        click.echo(summary.text())


@cli.command()
@click.option("--speaker", help="Speaker name (substring, any case), e.g. Gantz.")
@_dates_options
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@_output_options
@_errors
def quotes(speaker, date_from, date_to, limit, db, fmt):
    """Quotes in the store, newest first.

    Example:

        newsfacts quotes --speaker Gantz --from 2021-06-01 --to 2021-06-30
    """
    from .store import queries

    with _open(db) as store:
        emit(*queries.quotes(store, speaker=speaker, date_from=date_from, date_to=date_to, limit=limit), fmt)


@cli.command()
@click.option("--source", help="Source actor: ISO3 country code (ISR) or a name.")
@click.option("--target", help="Target actor: ISO3 country code (USA) or a name.")
@click.option("--type", "etype", help="PLOVER event type (CONSULT) or quad class.")
@_dates_options
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@_output_options
@_errors
def events(source, target, etype, date_from, date_to, limit, db, fmt):
    """Per-article event records with their cluster (the real-world event they report).

    Example:

        newsfacts events --source ISR --target USA --type CONSULT --format csv
    """
    from .store import queries

    with _open(db) as store:
        emit(*queries.events(store, source=source, target=target, type=etype, date_from=date_from, date_to=date_to, limit=limit), fmt)


@cli.command()
@click.option("--top", type=click.IntRange(1), default=20, show_default=True)
@click.option("--type", "etype", help="Entity type, e.g. PERSON, ORG, GPE.")
@_output_options
@_errors
def actors(top, etype, db, fmt):
    """The actors named in the most documents.

    Example:

        newsfacts actors --top 20 --type PERSON
    """
    from .store import queries

    with _open(db) as store:
        emit(*queries.actors(store, top=top, type=etype), fmt)


@cli.command()
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="day", show_default=True)
@click.option("--count", "count", type=click.Choice(["clusters", "reports"]), default="clusters", show_default=True,
              help="clusters: each real-world event once; reports: every article's event record.")
@click.option("--source", help="Only this source country (ISO3).")
@click.option("--target", help="Only this target country (ISO3).")
@_dates_options
@_output_options
@_errors
def dyads(by, count, source, target, date_from, date_to, db, fmt):
    """Event counts per period, source-target country pair and PLOVER quad class.

    Example:

        newsfacts dyads --by week --format csv > dyads.csv
    """
    from .store import queries

    with _open(db) as store:
        emit(*queries.dyads(store, by=by, count=count, source=source, target=target, date_from=date_from, date_to=date_to), fmt)


@cli.command("sql")
@click.argument("query")
@_output_options
@_errors
def sql_cmd(query, db, fmt):
    """Run a read-only SQL query on the store (writes are refused).

    Example:

        newsfacts sql "SELECT source, count(*) FROM documents GROUP BY ALL"
    """
    from .store import queries

    with _open(db) as store:
        emit(*queries.sql(store, query), fmt)


@cli.command("export")
@click.argument("out")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet", "plover", "csv"]), required=True,
              help="jsonl: a record per document; parquet/csv: a file per table in folder OUT; plover: PLOVER event JSONL.")
@_db_option
@_errors
def export_cmd(out, fmt, db):
    """Export the store.

    Example:

        newsfacts export --format parquet out/
    """
    from .store.exports import export

    with _open(db) as store:
        counts = export(store, fmt, out)
    for name, n in counts.items():
        click.echo(f"{name}: {n:,} rows", err=True)
