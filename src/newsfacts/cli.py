"""The `newsfacts` command line: thin shells over the library."""

from __future__ import annotations

import datetime as _dt
import json
import sys

import click

from .errors import NewsfactsError


def _check_date(ctx, param, value):
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date in YYYY-MM-DD form") from None


def quotes_model_options(f):
    """Add ``--quotes-model DIR`` and ``--quotes-mode`` to a command: they set the
    environment variables the pipeline reads (docs/quotes.md, "Trained model")."""

    def use(ctx, param, value):
        import os

        from .pipeline import QUOTES_MODE_ENV, QUOTES_MODEL_ENV

        if value:
            os.environ[QUOTES_MODEL_ENV if param.name == "quotes_model" else QUOTES_MODE_ENV] = value
        return value

    f = click.option("--quotes-mode", type=click.Choice(["combined", "augment", "model"]), default=None, expose_value=False, callback=use,
                     help="With --quotes-model: 'augment' (default): the rules' quotes plus the model's they missed; 'combined': the model's plus the rules' it missed; 'model': its own only.")(f)
    return click.option("--quotes-model", type=click.Path(exists=True, file_okay=False), default=None, expose_value=False, callback=use,
                        help="Trained quote model folder (newsfacts train quotes); default: the rules only. Env: NEWSFACTS_QUOTES_MODEL.")(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsfacts")
def cli() -> None:
    """newsfacts: who said what, who did what to whom, and which numbers were claimed,
    with the character offsets of the words behind every fact."""


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--published", callback=_check_date, help="Publication date, YYYY-MM-DD: relative dates are resolved against it.")
@click.option("--source", help="Outlet or source name recorded in the document info.")
@click.option("--title", help="Article title recorded in the document info.")
@click.option("--json", "as_json", is_flag=True, help="Print the full record as JSON (one object per line for several files).")
@click.option("--pretty", is_flag=True, help="With --json, indent the JSON.")
@quotes_model_options
def extract(files, published, source, title, as_json, pretty):
    """Extract the facts of one or more articles (plain UTF-8 text; '-' reads stdin).

    Files that can't be read are reported on stderr, one line each, and the exit
    status is 2; the others are still processed.

    Example:

        newsfacts extract article.txt --published 2021-06-03 --json
    """
    from .pipeline import process
    from .render import summary
    from .textio import read_text

    failed = 0
    items = []
    for path in files:
        try:
            text = read_text(path)
        except NewsfactsError as exc:
            click.echo(f"newsfacts: {exc}", err=True)
            failed += 1
            continue
        items.append((text, {"published": published, "source": source or (None if path == "-" else path), "title": title}))
    try:
        for k, record in enumerate(process(items)):
            if as_json:
                click.echo(json.dumps(record, ensure_ascii=False, indent=2 if pretty else None))
            else:
                if k:
                    click.echo("\n" + "=" * 72 + "\n")
                click.echo(summary(record))
    except NewsfactsError as exc:
        click.echo(f"newsfacts: {exc}", err=True)
        sys.exit(2)
    if failed:
        sys.exit(2)


@cli.group("eval")
def eval_group() -> None:
    """Score newsfacts against public human-annotated data (give the data folder's path)."""


#: Modules that add their commands to `cli` / `eval_group` when imported. One line each,
#: so command groups live in their own modules (cli_<area>.py) and stay small.
_COMMAND_MODULES: tuple[str, ...] = ("cli_claims", "cli_quotes", "cli_events", "cli_corpus", "cli_train", "cli_web", "cli_spark")

for _mod in _COMMAND_MODULES:
    __import__(f"newsfacts.{_mod}")


def main() -> None:
    cli(prog_name="newsfacts")


if __name__ == "__main__":
    # Run the importable module, not this __main__ copy, so command modules register on it.
    from newsfacts.cli import main as _main

    _main()
