"""`newsfacts spark`: run the pipeline over a corpus on Apache Spark (the optional `spark` extra)."""

from __future__ import annotations

import sys

import click

from .options import reports_errors


@click.command("spark")
@click.argument("inputs", nargs=-1, required=True)
@click.argument("output", nargs=1)
@click.option("--published-field", default="published", show_default=True,
              help="The JSON field or Parquet column holding each article's publication date.")
@click.option("--text-field", default="text", show_default=True, help="The JSON field or Parquet column holding the article text.")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Partitions for the NLP step (default: twice Spark's default parallelism).")
@click.option("--format", "input_format", type=click.Choice(["auto", "parquet", "files"]), default="auto", show_default=True,
              help="auto: '.parquet' paths are Parquet datasets, other files JSON Lines or WARC by suffix.")
@click.option("--master", default=None, help="Spark master URL (default: Spark's configuration, else local[*]).")
@click.option("--overwrite", is_flag=True, help="Replace the tables of an OUTPUT folder that is not empty (refused otherwise).")
@reports_errors
def spark_command(inputs, output, published_field, text_field, partitions, input_format, master, overwrite):
    """Process a corpus on Apache Spark into one Parquet dataset per store table.

    INPUTS are what `newsfacts ingest` reads (JSON Lines, CSV, WARC/WARC.gz, .txt and .html
    files, folders) plus Parquet datasets with a text column: paths or globs, local or any
    URI Spark reads (s3a://, hdfs://). OUTPUT gets OUTPUT/<table>/*.parquet for every store
    table (read them with DuckDB: read_parquet('OUTPUT/events/*.parquet')), then
    OUTPUT/_SUCCESS.

    Example:

        newsfacts spark articles.jsonl out/ --partitions 8
    """
    try:
        from ..spark import entry as nfspark
    except ImportError as exc:
        click.echo(str(exc).splitlines()[0], err=True)
        sys.exit(2)
    owned = nfspark.active_session() is None
    try:
        session = nfspark.session(master)
        summary = nfspark.run(session, list(inputs), output, published_field=published_field, text_field=text_field,
                              partitions=partitions, input_format=input_format, overwrite=overwrite)
    finally:
        if owned and nfspark.active_session() is not None:
            nfspark.active_session().stop()
    for line in nfspark.summary_lines(summary):
        click.echo(line)
