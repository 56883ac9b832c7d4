"""Options several commands share, as decorators, and the one error decorator.

Every command that can fail with a :class:`~newsfacts.errors.NewsfactsError` wears
:func:`reports_errors`: the error becomes one line ``newsfacts: [NFnnn] message`` on stderr
and the exit status is 2 (usage errors stay click's: also status 2).
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from typing import Any, Callable, Optional, TypeVar

import click

from ..errors import NewsfactsError

F = TypeVar("F", bound=Callable[..., Any])

#: The store the corpus commands read and write when neither --db nor $NEWSFACTS_DB is given.
DEFAULT_DB = "newsfacts.duckdb"
#: Where :func:`parquet_folder` finds the ``--parquet`` folder of the running command.
_PARQUET_KEY = "newsfacts.parquet"
#: How a trained quote model's quotes join the rules' (``newsfacts.nlp.facts.QUOTES_MODES``;
#: repeated here so ``--help`` does not load the NLP modules).
_QUOTES_MODES = ("combined", "augment", "model")


def reports_errors(f: F) -> F:
    """Turn a :class:`NewsfactsError` raised by the command into one stderr line and exit status 2."""

    @functools.wraps(f)
    def run(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except NewsfactsError as exc:
            click.echo(f"newsfacts: {exc}", err=True)
            sys.exit(2)

    return run  # type: ignore[return-value]


def check_date(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[str]:
    """Click callback: ``value`` as an ISO date ``YYYY-MM-DD`` (None stays None).

    Raises:
        click.BadParameter: ``value`` is not a date in that form (exit status 2).
    """
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date in YYYY-MM-DD form") from None


def json_option(text: str) -> Callable[[F], F]:
    """``--json`` (the parameter ``as_json``), with the command's own help text."""
    return click.option("--json", "as_json", is_flag=True, help=text)


def db_option(f: F) -> F:
    """``--db FILE``: the DuckDB store (default ``$NEWSFACTS_DB``, else :data:`DEFAULT_DB`)."""
    return click.option("--db", default=DEFAULT_DB, envvar="NEWSFACTS_DB", show_default=True,
                        help="The DuckDB store file (or set NEWSFACTS_DB).")(f)


def dates_options(f: F) -> F:
    """``--from`` / ``--to`` (parameters ``date_from`` / ``date_to``), checked ISO dates."""
    f = click.option("--to", "date_to", callback=check_date, help="Last date, YYYY-MM-DD (inclusive).")(f)
    return click.option("--from", "date_from", callback=check_date, help="First date, YYYY-MM-DD.")(f)


def _remember_parquet(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[str]:
    ctx.meta[_PARQUET_KEY] = value
    return value


def parquet_folder() -> Optional[str]:
    """The ``--parquet`` folder of the running query command (None: read ``--db``)."""
    return click.get_current_context().meta.get(_PARQUET_KEY)


def output_options(f: F) -> F:
    """``--format table|csv|json`` (parameter ``fmt``), ``--parquet DIR`` and ``--db`` for the query commands."""
    f = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
                     help="table for reading, csv or json (one object per line) for other programs.")(f)
    f = click.option("--parquet", metavar="DIR", default=None, expose_value=False, callback=_remember_parquet,
                     help="Query a folder of Parquet tables (`newsfacts spark` output, or `export --format parquet`) instead of --db.")(f)
    return db_option(f)


def quotes_model_options(f: F) -> F:
    """``--quotes-model DIR`` and ``--quotes-mode`` (parameters ``quotes_model``, ``quotes_mode``).

    Their values go to :func:`newsfacts.build_nlp` (see :func:`build_nlp_from`); the
    environment variables ``NEWSFACTS_QUOTES_MODEL`` / ``NEWSFACTS_QUOTES_MODE`` give them too.
    """
    f = click.option("--quotes-mode", type=click.Choice(list(_QUOTES_MODES)), default="augment", envvar="NEWSFACTS_QUOTES_MODE",
                     help="With --quotes-model: 'augment' (default): the rules' quotes plus the model's they missed; "
                          "'combined': the model's plus the rules' it missed; 'model': its own only. Env: NEWSFACTS_QUOTES_MODE.")(f)
    return click.option("--quotes-model", type=click.Path(exists=True, file_okay=False), default=None, envvar="NEWSFACTS_QUOTES_MODEL",
                        help="Trained quote model folder (newsfacts train quotes); default: the rules only. Env: NEWSFACTS_QUOTES_MODEL.")(f)


def build_nlp_from(quotes_model: Optional[str], quotes_mode: str, reference: Optional[str] = None):
    """The pipeline for the values of :func:`quotes_model_options` and ``--reference`` (loads spaCy)."""
    from ..pipeline import build_nlp

    if reference is None:
        return build_nlp(quotes_model=quotes_model, quotes_mode=quotes_mode)
    return build_nlp(quotes_model=quotes_model, quotes_mode=quotes_mode, reference=reference)


def reference_option(f: F) -> F:
    """``--reference FILE.csv`` (parameter ``reference``): official figures to check claims against
    (the command reads it first with :func:`check_reference`)."""
    return click.option("--reference", type=click.Path(exists=True, dir_okay=False), default=None,
                        help="CSV of official figures (columns what,value,unit,date,source) to check the claims against.")(f)


def check_reference(path: Optional[str]) -> None:
    """Read a ``--reference`` table once, so a bad one is one clear error (errors.E_BAD_REFERENCE) before any parsing."""
    if path:
        from ..nlp.claims.check_reference import load_reference

        load_reference(path)


def counted_options(f: F) -> F:
    """``--modality`` and ``--background`` (parameters ``modality``, ``background``): which events
    a count or export takes (:func:`newsfacts.store.dyads.counted_condition`)."""
    f = click.option("--background", is_flag=True,
                     help="Also take background events (dated more than a year before publication).")(f)
    return click.option("--modality", default="happened", show_default=True,
                        help="Which events: 'happened' (asserted or reported), 'all' (also negated, hypothetical, future), "
                             "or a comma-separated list of asserted, reported, future, hypothetical, negated. "
                             "Uncoded mentions never count.")(f)
