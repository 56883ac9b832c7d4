"""CLI commands for places, dates and numeric claims: ``newsfacts eval places``."""

from __future__ import annotations

import json
import sys

import click

from .cli import eval_group
from .errors import NewsfactsError


@eval_group.command("places")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--limit", type=int, help="Only the first N texts.")
@click.option("--sample", type=int, default=50, show_default=True, help="Mentions to draw for a hand check.")
@click.option("--seed", type=int, default=6, show_default=True, help="Seed of the random sample.")
@click.option("--json", "as_json", is_flag=True, help="Print the full result (with the sample) as JSON.")
def eval_places(folder, limit, sample, seed, as_json):
    """Place resolution rate on a folder of news texts (PolNeAR: give its folder; dev/text is used).

    Counts the GPE/LOC/FAC mentions spaCy finds and how many newsfacts resolves to a gazetteer
    entry, and draws a random sample to check by hand.

    Example:

        newsfacts eval places ../shared/gold/polnear --json
    """
    from .eval_places import evaluate_places

    try:
        res = evaluate_places(folder, limit=limit, sample=sample, seed=seed)
    except NewsfactsError as exc:
        click.echo(f"newsfacts: {exc}", err=True)
        sys.exit(2)
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=2))
        return
    click.echo(f"{res['docs']} texts, {res['mentions']} GPE/LOC/FAC mentions, {res['resolved']} resolved to a gazetteer entry ({res['rate']:.1%})")
    for label, v in res["by_label"].items():
        rate = v["resolved"] / v["mentions"] if v["mentions"] else 0
        click.echo(f"  {label}: {v['resolved']}/{v['mentions']} ({rate:.1%})")
    click.echo("  resolved kinds: " + ", ".join(f"{k} {n}" for k, n in res["by_kind"].items()))
    click.echo("  most frequent unresolved: " + ", ".join(f"{t} ({n})" for t, n in res["unresolved_top"][:10]))
