"""`newsfacts train`: build optional trained components from data the user supplies."""

from __future__ import annotations

import json

import click

from ..errors import E_EVAL_DATA, NewsfactsError
from .options import reports_errors


@click.group("train")
def train_group() -> None:
    """Train optional components (their weights stay on your machine: never ship them)."""


@click.command("quotes")
@click.option("--polnear", "folder", required=True, type=click.Path(file_okay=False), help="PolNeAR data folder (only its train/ split is read).")
@click.option("--out", "out", default="models/quotes", show_default=True, type=click.Path(file_okay=False), help="Folder to write the model to.")
@click.option("--epochs", type=click.IntRange(1, 100), default=6, show_default=True, help="Passes over the training documents.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Train on the first N documents only (for a quick try).")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@reports_errors
def train_quotes(folder, out, epochs, limit, seed):
    """Train the quote tagger (Content / Source / Cue spans) on PolNeAR train.

    A spaCy tagger with its own small CNN, on CPU, over the newsfacts parse. The
    weights are derived from PolNeAR, which is for research use: keep them out of
    version control. Use the model with --quotes-model DIR (or NEWSFACTS_QUOTES_MODEL).

    Example:

        newsfacts train quotes --polnear ../shared/gold/polnear --out models/quotes
    """
    from ..training.quotes import train_quote_model

    try:
        info = train_quote_model(folder, out, epochs=epochs, limit=limit, seed=seed, log=lambda s: click.echo(s, err=True))
    except FileNotFoundError as exc:
        raise NewsfactsError(str(exc), code=E_EVAL_DATA) from None
    click.echo(json.dumps(info, indent=2))


train_group.add_command(train_quotes)
