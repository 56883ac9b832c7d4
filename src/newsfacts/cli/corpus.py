"""Corpus commands: ingest, quotes, events, actors, dyads, sql, export (thin shells over newsfacts.store)."""

from __future__ import annotations

import json
import os

import click

from .options import check_reference, counted_options, dates_options, db_option, json_option, output_options, parquet_folder, reference_option, reports_errors
from .output import emit

#: Seconds a query waits for a writer (a running ingest) to let it read the store, before the
#: store gives up with ``errors.E_LOCKED``.
READ_WAIT = 10.0


def _open(db: str):
    """The store the query reads: the ``--parquet`` folder if given, else ``db`` read-only."""
    from ..store.duckdb import FactStore

    parquet = parquet_folder()
    if parquet:  # a Parquet folder, read through DuckDB views named like the store's tables
        from ..store.parquet import connect_parquet

        return FactStore(connect_parquet(parquet), parquet, read_only=True)
    # a running ingest hands the file over between batches: wait for it rather than fail at once
    return FactStore.open(db, read_only=True, wait=READ_WAIT)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--workers", "-w", type=click.IntRange(1, 64), default=lambda: min(2, os.cpu_count() or 1), show_default="min(2, CPUs)",
              help="Worker processes parsing in parallel (the main process writes the store meanwhile).")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=16, show_default=True, help="Documents per batch (and per transaction).")
@click.option("--text-field", default="text", show_default=True, help="JSONL/CSV field holding the article text.")
@click.option("--published-field", default="published", show_default=True, help="JSONL/CSV field holding the publication date.")
@click.option("--metadata", "metadata_csv", type=click.Path(exists=True, dir_okay=False), default=None,
              help="CSV or TSV with a 'file' column (or filename/path) and published/source/title/url (or publication_date/publisher/...): metadata for .txt/.html files, matched by path, name or name without extension (a name.json beside name.txt works too).")
@click.option("--max-chars", type=click.IntRange(1), default=1_000_000, show_default=True, help="Longer texts are rejected as too_long.")
@click.option("--no-cluster", is_flag=True, help="Don't re-cluster duplicate events at the end.")
@click.option("--update-metadata", is_flag=True,
              help="Process a stored text again (replacing it) when it comes with other published/source/title/url.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--verbose", "-v", is_flag=True, help="Print a line per committed write (every four batches).")
@json_option("Print the final summary as JSON.")
@reference_option
@reports_errors
def ingest(inputs, db, workers, batch_size, text_field, published_field, metadata_csv, max_chars, no_cluster, update_metadata, quiet, verbose,
           as_json, reference):
    """Ingest articles into a DuckDB store: folders of .txt/.html, .jsonl, .csv, .warc/.warc.gz.

    Re-running is safe: documents already stored (same text) are skipped, and a run
    that was killed picks up where it stopped. With --update-metadata, a stored text
    that comes with other metadata (published, source, title, url) is processed again. Records that can't be processed go to
    the `rejects` table with their location and reason.

    Example:

        newsfacts ingest CC-NEWS-20240301*.warc.gz articles.jsonl --db news.duckdb --workers 2
    """
    from ..store.duckdb import FactStore
    from ..corpus.ingest import ingest as run
    from ..corpus.readers import check_inputs

    check_inputs(inputs)
    check_reference(reference)
    from ..corpus.metadata import load_metadata_csv

    table = load_metadata_csv(metadata_csv) if metadata_csv else None

    def on_commit(n, summary):
        if verbose:
            click.echo(f"committed batch {n}: {summary.processed} documents, {sum(summary.rejected.values())} rejected", err=True)

    with FactStore.open(db) as store:
        summary = run(inputs, store, workers=workers, batch_size=batch_size, max_chars=max_chars, text_field=text_field,
                      published_field=published_field, progress=not quiet, cluster=not no_cluster, on_commit=on_commit,
                      metadata=table, update_metadata=update_metadata, reference=reference)
    if as_json:
        click.echo(json.dumps(summary.as_dict()))
    else:
        click.echo(summary.text())


@click.command()
@click.option("--speaker", help="Speaker name (substring, any case), e.g. Gantz: every actor of that name, under all its names.")
@click.option("--reactions", is_flag=True, help="Also list reactions (kind 'reaction': a bare noun phrase, 'rejected the criticism').")
@dates_options
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@output_options
@reports_errors
def quotes(speaker, reactions, date_from, date_to, limit, db, fmt):
    """Quotes in the store, newest first.

    With --speaker, the quotes that actor said (grouped by actor id, so "Putin" finds
    "Vladimir Putin" too), never one whose speaker is named only inside the quote.

    Example:

        newsfacts quotes --speaker Gantz --from 2021-06-01 --to 2021-06-30
    """
    from ..store import queries

    with _open(db) as store:
        emit(*queries.quotes(store, speaker=speaker, date_from=date_from, date_to=date_to, limit=limit, reactions=reactions), fmt)


@click.command()
@click.option("--disagreements", is_flag=True,
              help="Across articles: one measured thing of one event cluster given different numbers by different reports.")
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True, help="At most this many claims (or disagreement groups).")
@output_options
@reports_errors
def claims(disagreements, limit, db, fmt):
    """Numeric claims in the store, newest first; with --disagreements, the numbers reports disagree on.

    --disagreements lists one row per report, grouped: the group's verdict is 'updated' for a
    toll (killed, injured, arrested, ...) that never goes down with publication date, else
    'disagree' (docs/claims.md, "Across articles").

    Example:

        newsfacts claims --db news.duckdb --disagreements --format json
    """
    from ..store import queries

    with _open(db) as store:
        if disagreements:
            from ..store.disagreements import disagreement_rows, disagreements as find

            emit(*disagreement_rows(find(store.con, limit=limit)), fmt)
        else:
            emit(*queries.claims(store, limit=limit), fmt)


@click.command()
@click.option("--source", help="Source actor: a country (ISR), a sector (GOV), both ('ISR GOV', isr.gov) or a name.")
@click.option("--target", help="Target actor: a country (USA), a sector (MIL), both ('USA MIL') or a name.")
@click.option("--type", "etype", help="PLOVER event type (CONSULT) or quad class ('material conflict'); anything else is an error listing them.")
@dates_options
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@counted_options
@output_options
@reports_errors
def events(source, target, etype, date_from, date_to, limit, modality, background, db, fmt):
    """Per-article event records with their cluster (the real-world event they report).

    By default only events that happened: asserted or reported, not background (dated more
    than a year before publication); --modality all adds negated, hypothetical and future
    ones, --background the background ones.

    Example:

        newsfacts events --source ISR --target USA --type CONSULT --format csv
    """
    from ..store import queries

    with _open(db) as store:
        emit(*queries.events(store, source=source, target=target, type=etype, date_from=date_from, date_to=date_to, limit=limit,
                             modality=modality, background=background), fmt)
    _say_counted("event records", modality, background, fmt)


@click.command()
@click.option("--top", type=click.IntRange(1), default=20, show_default=True)
@click.option("--type", "etype", help="Entity type, e.g. PERSON, ORG, GPE.")
@output_options
@reports_errors
def actors(top, etype, db, fmt):
    """The actors named in the most documents.

    Example:

        newsfacts actors --top 20 --type PERSON
    """
    from ..store import queries

    with _open(db) as store:
        emit(*queries.actors(store, top=top, type=etype), fmt)


@click.command()
@click.option("--by", type=click.Choice(["day", "week", "month", "quarter", "year"]), default="day", show_default=True)
@click.option("--count", "count", type=click.Choice(["clusters", "reports"]), default="clusters", show_default=True,
              help="clusters: each real-world event once; reports: every article's event record.")
@click.option("--source", help="Only this source country (ISO3).")
@click.option("--target", help="Only this target country (ISO3).")
@dates_options
@counted_options
@output_options
@reports_errors
def dyads(by, count, source, target, date_from, date_to, modality, background, db, fmt):
    """Event counts per period, source-target country pair and PLOVER quad class.

    What is counted, by default: events that happened (asserted or reported; not negated,
    hypothetical or future), coded, not background (dated more than a year before
    publication), each real-world event once (--count clusters). --modality all adds the
    negated, hypothetical and future ones (each its own cluster), --background the
    background ones.

    Example:

        newsfacts dyads --by week --format csv > dyads.csv
    """
    from ..store import queries

    with _open(db) as store:
        emit(*queries.dyads(store, by=by, count=count, source=source, target=target, date_from=date_from, date_to=date_to,
                            modality=modality, background=background), fmt)
    _say_counted("clusters (real-world events)" if count == "clusters" else "reports (event records)", modality, background, fmt)


def _say_counted(what: str, modality: str, background: bool, fmt: str) -> None:
    """Under a table (on stderr): what the rows count."""
    if fmt != "table":
        return
    from ..store.dyads import parse_modality

    mods = ", ".join(parse_modality(modality))
    rest = "background ones included" if background else "not background (--background adds them)"
    more = "" if modality == "all" else "; --modality all adds the others"
    click.echo(f"counted: {what} with modality {mods}{more}; {rest}; never uncoded mentions", err=True)


@click.command("sql")
@click.argument("query")
@output_options
@reports_errors
def sql_cmd(query, db, fmt):
    """Run a read-only SQL query on the store (writes are refused).

    Example:

        newsfacts sql "SELECT source, count(*) FROM documents GROUP BY ALL"
    """
    from ..store import queries

    with _open(db) as store:
        emit(*queries.sql(store, query), fmt)


@click.command("export")
@click.argument("out")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet", "plover", "csv"]), required=True,
              help="jsonl: a record per document; parquet/csv: a file per table in folder OUT; plover: PLOVER event JSONL.")
@click.option("--force", is_flag=True, help="Replace files that exist already (refused otherwise).")
@counted_options
@db_option
@reports_errors
def export_cmd(out, fmt, force, modality, background, db):
    """Export the store.

    --modality and --background choose the events of the plover format (by default the
    events that happened, as the counts take them; every event carries its modality);
    jsonl, parquet and csv hold every record and row, with their modality, background and
    date_precision columns.

    Example:

        newsfacts export --format parquet out/
    """
    from ..store.exports import export

    with _open(db) as store:
        counts = export(store, fmt, out, force=force, modality=modality, background=background)
    for name, n in counts.items():
        click.echo(f"{name}: {n:,} rows", err=True)
