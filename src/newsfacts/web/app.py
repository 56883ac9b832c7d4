"""The newsfacts web app: FastAPI + Jinja2, server-rendered.

Every page has a JSON twin: ``/x`` renders the very dict that ``/api/x`` returns (one
endpoint function serves both paths, see :meth:`Site.twin`). Store pages open the DuckDB
file read-only for each request and query it with parameters only; the one write is
"save into the store" on the Analyse page. Front-end libraries (Chart.js, Cytoscape.js)
are npm packages installed next to this module (``make web-assets``) and served by the
app itself, so the pages work with no internet.
"""

from __future__ import annotations

import functools
import os
import secrets
import threading
from pathlib import Path
from typing import Any, Callable, Optional
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import E_BAD_PARAM, E_NOT_FOUND, NewsfactsError, WebError
from .analyse import register_analyse
from .highlight import highlight
from .pages import register_pages

HERE = Path(__file__).resolve().parent

#: Upload limit (bytes) unless ``create_app(max_upload_bytes=...)`` says otherwise.
MAX_UPLOAD_BYTES = 2_000_000

#: Front-end files the app serves under /assets/, from the npm packages in node_modules.
ASSETS = {
    "chart.umd.min.js": "chart.js/dist/chart.umd.min.js",
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
}

#: Sent with every response: nothing loads from elsewhere, no inline script runs.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # our own form POSTs then carry our Origin (no-referrer makes Chromium send "null")
    "X-Frame-Options": "DENY",
}

#: Seconds a page waits for a running ingest to hand the store over (see ``with_store``).
STORE_WAIT = 5.0

#: HTTP status for errors raised below the web layer (the store's codes); others answer 400.
STATUS_BY_CODE = {"NF301": 503, "NF302": 503, "NF305": 404}


def assets_dir() -> Path:
    """Where the npm packages are: ``$NEWSFACTS_WEB_ASSETS`` or ``node_modules`` beside this module."""
    return Path(os.environ.get("NEWSFACTS_WEB_ASSETS") or HERE / "node_modules")


def _error_payload(exc: NewsfactsError) -> dict[str, Any]:
    """An error as the JSON body every error answer carries."""
    return {"error": {"code": exc.code, "message": exc.args[0]}}


class Site:
    """What the routes share: the app, the store path and its lock, the pipeline, and the
    helpers that render a page, open the store and register a page with its JSON twin."""

    def __init__(self, app: FastAPI, db: Optional[str], *, nlp: Any, max_upload_bytes: int, store_wait: float):
        self.app = app
        self.db = db
        self.nlp = nlp
        self.max_upload_bytes = max_upload_bytes
        self.store_wait = store_wait
        self.store_lock = threading.Lock()  # one store connection at a time: DuckDB refuses mixed read-only/read-write opens
        # the same-origin proof a write needs: on the Analyse page (and GET /api/token), which a
        # foreign page can request but never read (no CORS), so it can't forge a save
        self.token = secrets.token_urlsafe(32)
        self.nlp_lock = threading.Lock()
        env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True)
        env.globals["highlight"] = highlight
        self.templates = Jinja2Templates(env=env)

    @staticmethod
    def is_api(request: Request) -> bool:
        """Whether the request is for a JSON twin (``/api/...``)."""
        return request.url.path.startswith("/api/") or request.url.path == "/api"

    def render(self, request: Request, template: str, data: dict[str, Any], status: int = 200) -> Response:
        """The HTML page ``template`` showing ``data``."""
        return self.templates.TemplateResponse(request, template, {"data": data, "db": self.db, "page": template[:-5]}, status_code=status)

    def with_store(self, fn: Callable[..., Any]) -> Any:
        """Run ``fn(con)`` on a read-only connection opened for this request. While an
        ``ingest`` writes the store, it hands the file over between batches when asked
        (see ``FactStore.open(..., wait=)``): the page waits up to ``store_wait`` seconds and
        sees the store as of the last committed batch (whole documents only)."""
        from ..store.duckdb import FactStore

        with self.store_lock:
            store = FactStore.open(self.db or "", read_only=True, wait=self.store_wait, memory_limit=None)
            try:
                return fn(store.con)
            finally:
                store.close()

    def twin(self, path: str, template: str):
        """Register ``fn(request, **params) -> dict`` at ``path`` (HTML through ``template``)
        and at ``/api`` + ``path`` (the same dict as JSON)."""

        def deco(fn):
            @functools.wraps(fn)
            def endpoint(**kw):
                request = kw["request"]
                data = fn(**kw)
                if self.is_api(request):
                    return JSONResponse(data)
                return self.render(request, template, data)

            self.app.add_api_route(path, endpoint, methods=["GET"], include_in_schema=False)
            self.app.add_api_route("/api" + path if path != "/" else "/api", endpoint, methods=["GET"])
            return fn

        return deco


def create_app(
    db: Optional[str] = "newsfacts.duckdb",
    *,
    nlp: Any = None,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    allowed_hosts: Optional[list[str]] = None,
    store_wait: float = STORE_WAIT,
) -> FastAPI:
    """Build the app.

    Args:
        db: path of the DuckDB store the pages read (and "save" writes); it need not
            exist yet.
        nlp: a loaded spaCy pipeline (default: :func:`newsfacts.build_nlp` on first use).
        max_upload_bytes: uploads and pasted texts larger than this are refused (413, NF105).
        allowed_hosts: Host header values to accept (guards a localhost server against DNS
            rebinding); ``None`` accepts any.
        store_wait: seconds a page waits for a writer (a running ingest) to hand over the
            store before answering 503 (NF302).

    Returns:
        The FastAPI application.
    """
    app = FastAPI(title="newsfacts", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    site = Site(app, db, nlp=nlp, max_upload_bytes=max_upload_bytes, store_wait=store_wait)
    _add_guards(site)
    register_pages(site)
    register_analyse(site)
    _add_assets(app)
    return app


def _add_guards(site: Site) -> None:
    """The security headers, the cross-site POST check and the error pages."""
    app = site.app

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        if request.method == "POST":
            origin = request.headers.get("origin")
            # "null" is a file:// page or a sandboxed frame: no same-origin page sends it
            if origin and (origin == "null" or urlsplit(origin).netloc != request.headers.get("host")):
                exc = WebError(f"cross-site request from {origin} refused", code=E_BAD_PARAM, status=403)
                response: Response = JSONResponse(_error_payload(exc), status_code=403)
            else:
                response = await call_next(request)
        else:
            response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    @app.exception_handler(NewsfactsError)
    async def newsfacts_error(request: Request, exc: NewsfactsError):
        status = getattr(exc, "status", None) or STATUS_BY_CODE.get(exc.code, 400)
        if site.is_api(request):
            return JSONResponse(_error_payload(exc), status_code=status)
        return site.render(request, "error.html", _error_payload(exc), status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        exc2 = WebError(str(exc.detail), code=E_NOT_FOUND if exc.status_code == 404 else E_BAD_PARAM, status=exc.status_code)
        return await newsfacts_error(request, exc2)


def _add_assets(app: FastAPI) -> None:
    """The front-end libraries (``/assets/...``) and the favicon."""

    @app.get("/assets/{name}", include_in_schema=False)
    def asset(name: str):
        rel = ASSETS.get(name)
        path = assets_dir() / rel if rel else None
        if not path or not path.is_file():
            return JSONResponse(
                {"error": {"code": E_NOT_FOUND, "message": f"front-end asset {name!r} is not installed: run `make web-assets`"}},
                status_code=404,
            )
        return FileResponse(path, media_type="text/javascript")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return RedirectResponse("/static/favicon.svg")
