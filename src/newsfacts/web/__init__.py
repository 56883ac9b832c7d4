"""The web app (``newsfacts serve``): article view, speaker and actor pages, dyads,
network and search over the store. Needs the ``web`` extra (FastAPI, uvicorn)."""

from .app import create_app

__all__ = ["create_app"]
