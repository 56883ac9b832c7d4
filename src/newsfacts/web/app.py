"""The newsfacts web app: FastAPI + Jinja2, server-rendered.

Every page has a JSON twin: ``/x`` renders the very dict that ``/api/x`` returns (one
endpoint function serves both paths, see :func:`_twin`). Store pages open the DuckDB
file read-only for each request and query it with parameters only; the one write is
"save into the store" on the Analyse page. Front-end libraries (Chart.js, Cytoscape.js)
are npm packages installed next to this module (``make web-assets``) and served by the
app itself, so the pages work with no internet.
"""

from __future__ import annotations

import functools
import json
import os
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

from ..errors import E_NO_STORE, E_TOO_LARGE, NewsfactsError
from . import queries as Q
from .highlight import highlight
from .views import article_view

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
    "Referrer-Policy": "no-referrer",
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
    return {"error": {"code": exc.code, "message": exc.args[0]}}


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
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.globals["highlight"] = highlight
    templates = Jinja2Templates(env=env)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    state = {"nlp": nlp}
    store_lock = threading.Lock()  # one store connection at a time: DuckDB refuses mixed read-only/read-write opens
    nlp_lock = threading.Lock()

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/api"

    def render(request: Request, template: str, data: dict[str, Any], status: int = 200) -> Response:
        return templates.TemplateResponse(request, template, {"data": data, "db": db, "page": template[:-5]}, status_code=status)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        if request.method == "POST":
            origin = request.headers.get("origin")
            if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host"):
                exc = Q.WebError(f"cross-site request from {origin} refused", code=Q.E_BAD_PARAM, status=403)
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
        if is_api(request):
            return JSONResponse(_error_payload(exc), status_code=status)
        return render(request, "error.html", _error_payload(exc), status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        exc2 = Q.WebError(str(exc.detail), code=Q.E_NOT_FOUND if exc.status_code == 404 else Q.E_BAD_PARAM, status=exc.status_code)
        return await newsfacts_error(request, exc2)

    def with_store(fn: Callable[..., Any]) -> Any:
        """Run ``fn(con)`` on a read-only connection opened for this request. While an
        ``ingest`` writes the store, it hands the file over between batches when asked
        (see ``FactStore.open(..., wait=)``): the page waits up to ``store_wait`` seconds and
        sees the store as of the last committed batch (whole documents only)."""
        from ..store.duckdb import FactStore

        with store_lock:
            store = FactStore.open(db or "", read_only=True, wait=store_wait, memory_limit=None)
            try:
                return fn(store.con)
            finally:
                store.close()

    def _twin(path: str, template: str):
        """Register ``fn(request, **params) -> dict`` at ``path`` (HTML through ``template``)
        and at ``/api`` + ``path`` (the same dict as JSON)."""

        def deco(fn):
            @functools.wraps(fn)
            def endpoint(**kw):
                request = kw["request"]
                data = fn(**kw)
                if is_api(request):
                    return JSONResponse(data)
                return render(request, template, data)

            app.add_api_route(path, endpoint, methods=["GET"], include_in_schema=False)
            app.add_api_route("/api" + path if path != "/" else "/api", endpoint, methods=["GET"])
            return fn

        return deco

    # -- pages ---------------------------------------------------------------------------

    @_twin("/", "home.html")
    def home(request: Request) -> dict[str, Any]:
        try:
            summary, docs = with_store(lambda con: (Q.store_summary(con), Q.list_documents(con)))
        except NewsfactsError as exc:
            if exc.code != E_NO_STORE:
                raise
            return {"store": db, "exists": False, "summary": None, "documents": [], "message": exc.args[0]}
        return {"store": db, "exists": True, "summary": summary, "documents": docs, "message": None}

    @app.get("/analyse", include_in_schema=False)
    def analyse_form(request: Request):
        return render(request, "analyse.html", {"max_upload_bytes": max_upload_bytes, "store": db})

    async def _analyse(request: Request) -> dict[str, Any]:
        from starlette.concurrency import run_in_threadpool

        text, meta, save = await _read_input(request, max_upload_bytes)

        def run() -> dict[str, Any]:
            from ..pipeline import build_nlp, extract

            with nlp_lock:
                if state["nlp"] is None:
                    state["nlp"] = build_nlp()
                record = extract(text, nlp=state["nlp"], **meta)
            stored = False
            if save:
                if not db:
                    raise Q.WebError("this server has no store (start it with --db PATH) to save into", code=E_NO_STORE)
                from .save import save_record

                with store_lock:
                    save_record(db, record, text)
                stored = True
            return article_view(record, text, stored=stored)

        return await run_in_threadpool(run)

    @app.post("/analyse", include_in_schema=False)
    async def analyse_page(request: Request):
        data = await _analyse(request)
        return render(request, "article.html", data)

    @app.post("/api/analyse")
    async def analyse_api(request: Request):
        return JSONResponse(await _analyse(request))

    @_twin("/document/{doc_id}", "article.html")
    def document(request: Request, doc_id: str) -> dict[str, Any]:
        record, text = with_store(lambda con: Q.get_document(con, doc_id))
        return article_view(record, text, stored=True)

    @_twin("/entity", "entity.html")
    def entity(request: Request, name: str = "") -> dict[str, Any]:
        return with_store(lambda con: Q.entity_page(con, name))

    @_twin("/actor/{code}", "actor.html")
    def actor(request: Request, code: str) -> dict[str, Any]:
        return with_store(lambda con: Q.actor_page(con, code))

    @_twin("/dyads", "dyads.html")
    def dyads(
        request: Request, a: str = "", b: str = "", by: str = "month", start: str = "", end: str = "", types: str = "", count: str = "clusters"
    ) -> dict[str, Any]:
        frm, to = Q.parse_date(start, "start"), Q.parse_date(end, "end")
        tl = Q.parse_types(types)

        def q(con):
            top = Q.top_dyads(con)
            if not a.strip():
                return {"a": "", "b": b, "by": by, "from": start or None, "to": end or None, "types": tl, "count": count,
                        "periods": [], "series": [], "total": 0, "top": top}  # fmt: skip
            return {**Q.dyads(con, a, b, by=by, frm=frm, to=to, types=tl, count=count), "top": top}

        return with_store(q)

    @_twin("/network", "network.html")
    def network(request: Request, level: str = "country", start: str = "", end: str = "", types: str = "") -> dict[str, Any]:
        frm, to = Q.parse_date(start, "start"), Q.parse_date(end, "end")
        tl = Q.parse_types(types)
        return with_store(lambda con: Q.network(con, level=level, frm=frm, to=to, types=tl))

    @_twin("/search", "search.html")
    def search(request: Request, q: str = "") -> dict[str, Any]:
        if not q.strip():
            return {"q": "", "documents": [], "quotes": [], "events": []}
        return with_store(lambda con: Q.search(con, q))

    @app.get("/assets/{name}", include_in_schema=False)
    def asset(name: str):
        rel = ASSETS.get(name)
        path = assets_dir() / rel if rel else None
        if not path or not path.is_file():
            return JSONResponse(
                {"error": {"code": Q.E_NOT_FOUND, "message": f"front-end asset {name!r} is not installed: run `make web-assets`"}},
                status_code=404,
            )
        return FileResponse(path, media_type="text/javascript")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return RedirectResponse("/static/favicon.svg")

    return app


async def _read_input(request: Request, limit: int) -> tuple[str, dict[str, Any], bool]:
    """The text, metadata and save flag of an analyse request (multipart form or JSON).

    Raises:
        NewsfactsError: NF105 past the size limit, NF103/NF104 for binary or non-UTF-8
            uploads, NF504 with no text, NF503 for a bad date.
    """
    from ..textio import decode

    def too_large(n: int) -> Q.WebError:
        return Q.WebError(
            f"the upload is {n:,} bytes, over this server's limit of {limit:,} bytes (newsfacts serve --max-upload-mb)",
            code=E_TOO_LARGE,
            status=413,
        )

    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + 64_000:  # room for the form's other fields
        raise too_large(int(declared))
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("application/json"):
        chunks, size = [], 0
        async for chunk in request.stream():  # counted as it arrives: a body without Content-Length can't run past the limit
            size += len(chunk)
            if size > limit + 64_000:
                raise too_large(size)
            chunks.append(chunk)
        body = b"".join(chunks)
        try:
            fields = json.loads(decode(body, "request body"))
        except json.JSONDecodeError as exc:
            raise Q.WebError(f"the request body is not JSON ({exc.msg} at offset {exc.pos})", code=Q.E_BAD_PARAM) from None
        if not isinstance(fields, dict):
            raise Q.WebError("the request body must be a JSON object with a 'text' field", code=Q.E_BAD_PARAM)
        text = fields.get("text")
        if text is not None and not isinstance(text, str):
            raise Q.WebError("'text' must be a string", code=Q.E_BAD_PARAM)
        if text and len(text.encode("utf-8", "surrogatepass")) > limit:
            raise too_large(len(text.encode("utf-8", "surrogatepass")))
        save = fields.get("save") is True
    else:
        try:
            form = await request.form(max_files=1, max_fields=20, max_part_size=limit)
        except StarletteHTTPException as exc:
            if "maximum size" in str(exc.detail):
                raise too_large(int(declared) if declared and declared.isdigit() else limit + 1) from None
            raise Q.WebError(f"the form could not be read ({exc.detail})", code=Q.E_BAD_PARAM) from None
        try:
            fields = {k: v for k, v in form.items() if isinstance(v, str)}
            upload = form.get("file")
            data, name = None, None
            if upload is not None and not isinstance(upload, str) and upload.filename:
                data = await upload.read(limit + 1)
                name = upload.filename
        finally:
            await form.close()
        text = None
        if data is not None and not (fields.get("source") or "").strip():
            fields["source"] = name  # as `newsfacts extract FILE` records the file as the source
        if data is not None:
            if len(data) > limit:
                raise too_large(len(data))
            text = decode(data, name)
        elif fields.get("text"):
            text = fields["text"].replace("\r\n", "\n")  # browsers send a textarea's newlines as CRLF
        save = fields.get("save") in ("1", "on", "true", "yes")
    if not text or not text.strip():
        raise Q.WebError("no text to analyse: paste an article or choose a UTF-8 text file", code=Q.E_EMPTY_INPUT)
    for k in ("published", "title", "source"):
        if fields.get(k) is not None and not isinstance(fields[k], str):
            raise Q.WebError(f"'{k}' must be a string", code=Q.E_BAD_PARAM)
    published = Q.parse_date(fields.get("published") or None, "published")
    meta = {
        "published": published.isoformat() if published else None,
        "title": (fields.get("title") or "").strip() or None,
        "source": (fields.get("source") or "").strip() or None,
    }
    return text, meta, save
