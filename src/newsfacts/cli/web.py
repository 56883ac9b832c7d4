"""`newsfacts serve`: the web app on the embedded store."""

from __future__ import annotations

import ipaddress

import click

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
def serve(db, host, port, max_upload_mb):
    """Start the web app: analyse an article and read it with its facts highlighted,
    browse speakers, actors, dyads over time and the actor network in the store.

    Pages read the store through a read-only connection; only "save into the store"
    on the Analyse page writes.

    Example:

        newsfacts serve --db newsfacts.duckdb --port 8000
    """
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:
        raise click.ClickException(f"the web app needs the 'web' extra: pip install 'newsfacts[web]' ({exc.name} is missing)") from None
    loopback = _is_loopback(host)
    if not loopback:
        click.echo(f"newsfacts: warning: binding {host} makes the store readable by anyone who can reach this machine", err=True)
    app = create_app(db, max_upload_bytes=int(max_upload_mb * 1_000_000), allowed_hosts=["127.0.0.1", "localhost", "[::1]", "::1"] if loopback else None)
    click.echo(f"newsfacts: serving {db} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
