"""The newsfacts web app: FastAPI + Jinja2, server-rendered.

Every page has a JSON twin: ``/x`` renders the very dict that ``/api/x`` returns (one
endpoint function serves both paths, see :meth:`Site.twin`). Store pages read a shared
read-only snapshot of the DuckDB file, a cursor per request, with parameters only; the one write is
"save into the store" on the Analyse page. Front-end libraries (Chart.js, Cytoscape.js)
are npm packages installed next to this module (``make web-assets``) and served by the
app itself, so the pages work with no internet.
"""

from __future__ import annotations

import contextlib
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
from .cache import MAX_BYTES as CACHE_BYTES, AnswerCache
from .highlight import highlight
from .pages import register_disagreements, register_pages
from .snapshot import REFRESH_EVERY, SnapshotReader

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

#: Seconds a request waits for another making the same answer (see ``Site.cached``).
MAKE_WAIT = 60.0

#: HTTP status for errors raised below the web layer (the store's codes); others answer 400.
STATUS_BY_CODE = {"NF301": 503, "NF302": 503, "NF305": 404}


def assets_dir() -> Path:
    """Where the npm packages are: ``$NEWSFACTS_WEB_ASSETS`` or ``node_modules`` beside this module."""
    return Path(os.environ.get("NEWSFACTS_WEB_ASSETS") or HERE / "node_modules")


def page_links(request: Request, page: int, pages: int) -> dict[str, Optional[str]]:
    """``prev`` and ``next``: the same URL (page or JSON twin, same parameters) at the page
    before and after ``page`` of ``pages``, None where there is none."""
    from urllib.parse import urlencode

    def at(n: int) -> str:
        query = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
        return request.url.path + "?" + urlencode(query + ([("page", str(n))] if n > 1 else []))

    return {"prev": at(page - 1) if page > 1 else None, "next": at(page + 1) if page < pages else None}


def _error_payload(exc: NewsfactsError) -> dict[str, Any]:
    """An error as the JSON body every error answer carries."""
    return {"error": {"code": exc.code, "message": exc.args[0]}}


class Site:
    """What the routes share: the app, the store path and its lock, the pipeline, and the
    helpers that render a page, open the store and register a page with its JSON twin."""

    def __init__(self, app: FastAPI, db: Optional[str], *, nlp: Any, max_upload_bytes: int, store_wait: float,
                 refresh_every: float = REFRESH_EVERY, cache_bytes: int = 0):
        self.app = app
        self.db = db
        self.nlp = nlp
        self.max_upload_bytes = max_upload_bytes
        self.store_wait = store_wait
        # held whenever this process opens the store file itself (a snapshot's copy, a Save):
        # DuckDB refuses a read-only and a read-write open of one file in one process
        self.store_lock = threading.Lock()
        self.snapshots = SnapshotReader(db or "", wait=store_wait, source_lock=self.store_lock, every=refresh_every)
        # the same-origin proof a write needs: on the Analyse page (and GET /api/token), which a
        # foreign page can request but never read (no CORS), so it can't forge a save
        self.token = secrets.token_urlsafe(32)
        self.cache = AnswerCache(cache_bytes) if cache_bytes else None
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
        """Run ``fn(con)`` on a cursor of the shared read-only snapshot of the store
        (:mod:`newsfacts.web.snapshot`): requests run in parallel, each sees every commit
        made before it unless a writer (a running ingest) holds the store, when it sees the
        store as of a recent committed batch (whole documents only). With no snapshot yet a
        page waits up to ``store_wait`` seconds for the writer to hand the file over."""
        return self.snapshots.read(fn)

    def cached(self, generation: int, url: str, make: Callable[[], Response]) -> Response:
        """The answer kept for ``url`` at ``generation``, else ``make()`` (kept if it is a 200);
        requests for a URL being made meanwhile wait for it (at most MAKE_WAIT seconds: the
        maker always wakes them, done or failed, so this only bounds a query that hangs)."""
        cache = self.cache
        hit = cache.get(generation, url)
        if hit is None:
            running = cache.claim(generation, url)
            if running is not None and running.wait(MAKE_WAIT):
                hit = cache.get(generation, url)
        if hit is not None:
            return Response(hit[2], status_code=hit[0], media_type=hit[1])
        try:
            response = make()
            if response.status_code == 200:
                cache.put(generation, url, response.status_code, response.media_type or "", bytes(response.body))
            return response
        finally:
            if running is None:
                cache.done(generation, url)

    def twin(self, path: str, template: str):
        """Register ``fn(request, **params) -> dict`` at ``path`` (HTML through ``template``)
        and at ``/api`` + ``path`` (the same dict as JSON)."""

        def answer(kw: dict[str, Any], fn) -> Response:
            request = kw["request"]
            data = fn(**kw)
            if isinstance(data, dict) and "pages" in data and "page" in data:
                data.update(page_links(request, data["page"], data["pages"]))
            if self.is_api(request):
                return JSONResponse(data)
            return self.render(request, template, data)

        def deco(fn):
            @functools.wraps(fn)
            def endpoint(**kw):
                if self.cache is None:
                    return answer(kw, fn)
                url = str(kw["request"].url.path) + "?" + kw["request"].url.query
                with contextlib.ExitStack() as held:
                    try:  # one snapshot for the whole request: its generation names the answer
                        generation = held.enter_context(self.snapshots.hold())
                    except NewsfactsError:
                        return answer(kw, fn)  # no store yet, or a writer and no snapshot: the page says so
                    return self.cached(generation, url, lambda: answer(kw, fn))

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
    refresh_every: float = REFRESH_EVERY,
    cache_bytes: int = CACHE_BYTES,
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
            store before answering 503 (NF302), when there is no snapshot of it yet.
        refresh_every: while a writer holds the store, seconds between two snapshots
            taken from it (each pauses the writer for the copy).
        cache_bytes: keep up to this many bytes of answers (pages and JSON), keyed on the URL and
            the snapshot they were read from (:mod:`newsfacts.web.cache`); 0 keeps none.

    Returns:
        The FastAPI application.
    """
    app = FastAPI(title="newsfacts", docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    site = Site(app, db, nlp=nlp, max_upload_bytes=max_upload_bytes, store_wait=store_wait, refresh_every=refresh_every,
                cache_bytes=cache_bytes)
    _add_guards(site)
    register_pages(site)
    register_disagreements(site)
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
