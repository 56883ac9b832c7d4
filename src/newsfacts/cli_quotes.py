"""`newsfacts eval quotes`: score quote attribution against PolNeAR."""

from __future__ import annotations

import json
import sys

import click

from .cli import eval_group, quotes_model_options


@eval_group.command("quotes")
@click.option("--polnear", "folder", required=True, type=click.Path(file_okay=False), help="PolNeAR data folder (holding train/, dev/).")
@click.option("--split", default="dev", show_default=True, help="Split to score: train to develop on, dev for the reported number.")
@click.option("--limit", type=int, default=None, help="Score only the first N documents (by name).")
@click.option("--per-article", "per_article", type=click.Path(dir_okay=False), default=None, help="Write one JSON line per article (its scores) to this file.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@quotes_model_options
def eval_quotes(folder, split, limit, per_article, as_json):
    """Score quote attribution (Content, Source, Cue spans) against PolNeAR.

    Precision, recall and F1 with exact and overlap span matching, for all
    attributions and for those with quote marks (see docs/accuracy.md).

    Example:

        newsfacts eval quotes --polnear ../shared/gold/polnear --split dev

        newsfacts eval quotes --polnear ../shared/gold/polnear --quotes-model models/quotes
    """
    from .errors import E_EVAL_DATA, E_UNREADABLE
    from .evaluation.polnear import evaluate, format_table

    fh = None
    if per_article:
        try:
            fh = open(per_article, "w", encoding="utf-8")  # fail before the long run, not after
        except OSError as exc:
            click.echo(f"newsfacts: [{E_UNREADABLE}] can't write {per_article}: {exc.strerror}", err=True)
            sys.exit(2)
    import os

    from .errors import NewsfactsError
    from .pipeline import QUOTES_MODEL_ENV

    if os.environ.get(QUOTES_MODEL_ENV) and split == "train":
        click.echo("newsfacts: note: the quote model was trained on train: these scores do not measure it", err=True)
    try:
        result = evaluate(folder, split, limit=limit)
    except (FileNotFoundError, NewsfactsError) as exc:
        if fh is not None:
            fh.close()
        msg = str(exc) if isinstance(exc, NewsfactsError) else f"[{E_EVAL_DATA}] {exc}"
        click.echo(f"newsfacts: {msg}", err=True)
        sys.exit(2)
    if fh is not None:
        with fh:
            for row in result["per_article"]:
                fh.write(json.dumps(row) + "\n")
    if as_json:
        click.echo(json.dumps({k: v for k, v in result.items() if k != "per_article"}, indent=2))
    else:
        click.echo(format_table(result))
