"""`newsfacts serve`: the web app on the embedded store."""

from __future__ import annotations

import ipaddress
import sys

import click

from ..errors import E_BAD_PARAM
from .options import db_option


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; anything but loopback exposes the store to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--max-upload-mb", default=2.0, show_default=True, type=click.FloatRange(0.01, 100), help="Largest article upload accepted.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="A Host name clients use (repeatable); required with a non-loopback --host, against DNS rebinding.")
@click.option("--cache-mb", default=64.0, show_default=True, type=click.FloatRange(0, 4096),
              help="Memory for answers kept per URL until the store changes (0: none).")
def serve(db, host, port, max_upload_mb, allow_hosts, cache_mb):
    """Start the web app: analyse an article and read it with its facts highlighted,
    browse speakers, actors, dyads over time and the actor network in the store.

    Pages read a private read-only copy of the store, refreshed when it changes (during
    an ingest, between its batches); only "save into the store" on the Analyse page writes.
    Long lists come in pages (?page=N, ?limit=N up to 200). An answer is kept (--cache-mb)
    and served again for the same URL until the next copy.

    Example:

        newsfacts serve --db newsfacts.duckdb --port 8000
    """
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:
        raise click.ClickException(f"the web app needs the 'web' extra: pip install 'newsfacts[web]' ({exc.name} is missing)") from None
    loopback = _is_loopback(host)
    if not loopback and not allow_hosts:
        click.echo(f"newsfacts: [{E_BAD_PARAM}] binding {host} needs --allow-host NAME for each host name clients use "
                   "(a page on another site could otherwise read and save through DNS rebinding)", err=True)
        sys.exit(2)
    if not loopback:
        click.echo(f"newsfacts: warning: binding {host} makes the store readable by anyone who can reach this machine, "
                   "and writable through Save (with the token the Analyse page hands out)", err=True)
    hosts = ["127.0.0.1", "localhost", "[::1]", "::1"] if loopback else []
    app = create_app(db, max_upload_bytes=int(max_upload_mb * 1_000_000), allowed_hosts=[*hosts, *allow_hosts],
                     cache_bytes=int(cache_mb * 1_000_000))
    click.echo(f"newsfacts: serving {db} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
