"""The `newsfacts` command group: every command, added explicitly, and :func:`main`."""

from __future__ import annotations

import click

from .corpus import actors, claims, dyads, events, export_cmd, ingest, quotes, sql_cmd
from .evaluate import eval_group
from .extract import extract
from .spark import spark_command
from .train import train_group
from .web import serve


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsfacts")
def cli() -> None:
    """newsfacts: who said what, who did what to whom, and which numbers were claimed,
    with the character offsets of the words behind every fact."""


cli.add_command(extract)
cli.add_command(ingest)
cli.add_command(quotes)
cli.add_command(claims)
cli.add_command(events)
cli.add_command(actors)
cli.add_command(dyads)
cli.add_command(sql_cmd)
cli.add_command(export_cmd)
cli.add_command(eval_group)
cli.add_command(train_group)
cli.add_command(serve)
cli.add_command(spark_command)


def main() -> None:
    """The console script ``newsfacts`` (``newsfacts.cli:main``)."""
    cli(prog_name="newsfacts")
