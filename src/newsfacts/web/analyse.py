"""The Analyse page: run the pipeline on a pasted or uploaded article (and save it on request)."""

from __future__ import annotations

import json
import secrets
from typing import Any, Optional

from fastapi import Request
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import E_BAD_PARAM, E_EMPTY_INPUT, E_NO_STORE, E_TOO_LARGE, WebError
from .params import parse_date
from .views import article_view


def register_analyse(site) -> None:
    """Add the Analyse form (``GET /analyse``), its result page (``POST /analyse``) and
    ``POST /api/analyse`` to ``site``'s app (a :class:`newsfacts.web.app.Site`)."""
    app = site.app

    @app.get("/analyse", include_in_schema=False)
    def analyse_form(request: Request):
        return site.render(request, "analyse.html", {"max_upload_bytes": site.max_upload_bytes, "store": site.db,
                                                      "token": site.token})

    @app.get("/api/token")
    def token():
        """The token a save needs (readable by this site's pages and local scripts only: no CORS)."""
        return {"token": site.token}

    async def analyse(request: Request) -> dict[str, Any]:
        from starlette.concurrency import run_in_threadpool

        text, meta, save, fields = await read_input(request, site.max_upload_bytes)
        if save and not secrets.compare_digest(str(fields.get("token") or request.headers.get("x-newsfacts-token") or ""), site.token):
            raise WebError("saving needs this server's token (the Analyse page's form has it; scripts: GET /api/token)",
                           code=E_BAD_PARAM, status=403)
        replace = str(fields.get("replace") or "").lower() in ("1", "on", "true", "yes")
        return await run_in_threadpool(lambda: _run(site, text, meta, save, replace))

    @app.post("/analyse", include_in_schema=False)
    async def analyse_page(request: Request):
        data = await analyse(request)
        if data["stored"]:  # post/redirect/get: a reload shows the stored page, it does not post again
            return RedirectResponse(f"/document/{data['document']['id']}", status_code=303)
        return site.render(request, "article.html", data)

    @app.post("/api/analyse")
    async def analyse_api(request: Request):
        return JSONResponse(await analyse(request))


def _run(site, text: str, meta: dict[str, Any], save: bool, replace: bool = False) -> dict[str, Any]:
    """Extract the record (one request at a time on the shared pipeline), save it if asked,
    and return the article page's data."""
    from ..pipeline import build_nlp, extract

    with site.nlp_lock:
        if site.nlp is None:
            site.nlp = build_nlp()
        record = extract(text, nlp=site.nlp, **meta)
    stored = False
    if save:
        if not site.db:
            raise WebError("this server has no store (start it with --db PATH) to save into", code=E_NO_STORE)
        from .save import save_record

        with site.store_lock:
            save_record(site.db, record, text, replace=replace)
        site.snapshots.invalidate()  # the next page shows it
        stored = True
    return article_view(record, text, stored=stored)


async def read_body(request: Request, limit: int, too_large) -> bytes:
    """The request body, counted as it arrives: a chunked body (no Content-Length) is
    refused (``too_large``) as soon as it passes ``limit`` bytes, before any more is read."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large(size)
        chunks.append(chunk)
    return b"".join(chunks)


def replay(request: Request, body: bytes) -> Request:
    """A request like ``request`` whose body is ``body`` (already read and counted)."""
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return Request(request.scope, receive)


async def _read_json(request: Request, limit: int, too_large) -> tuple[Any, dict[str, Any], bool]:
    """The text, fields and save flag of a JSON analyse request (read with the size limit)."""
    from ..corpus.textio import decode

    body = await read_body(request, limit + 64_000, too_large)
    try:
        fields = json.loads(decode(body, "request body"))
    except json.JSONDecodeError as exc:
        raise WebError(f"the request body is not JSON ({exc.msg} at offset {exc.pos})", code=E_BAD_PARAM) from None
    if not isinstance(fields, dict):
        raise WebError("the request body must be a JSON object with a 'text' field", code=E_BAD_PARAM)
    text = fields.get("text")
    if text is not None and not isinstance(text, str):
        raise WebError("'text' must be a string", code=E_BAD_PARAM)
    for key, value in fields.items():  # a "\ud800" escape: JSON allows it, UTF-8 (and the store) can't hold it
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise WebError(f"'{key}' holds a lone surrogate (\\u{ord(value[exc.start]):04x}) at character {exc.start}: "
                               "not text", code=E_BAD_PARAM) from None
    if text and len(text.encode("utf-8", "surrogatepass")) > limit:
        raise too_large(len(text.encode("utf-8", "surrogatepass")))
    save = fields.get("save") is True
    return text, fields, save


async def _read_form(request: Request, limit: int, too_large) -> tuple[Optional[str], dict[str, Any], bool, Optional[str]]:
    """The text, fields, save flag and uploaded file name of a multipart analyse request."""
    from ..corpus.textio import decode

    body = await read_body(request, limit + 64_000, too_large)  # room for the form's other fields
    try:
        form = await replay(request, body).form(max_files=1, max_fields=20, max_part_size=limit)
    except StarletteHTTPException as exc:
        if "maximum size" in str(exc.detail):
            raise too_large(len(body)) from None
        raise WebError(f"the form could not be read ({exc.detail})", code=E_BAD_PARAM) from None
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
    if data is not None:
        if len(data) > limit:
            raise too_large(len(data))
        text = decode(data, name)
    elif fields.get("text"):
        text = fields["text"].replace("\r\n", "\n")  # browsers send a textarea's newlines as CRLF
    return text, fields, fields.get("save") in ("1", "on", "true", "yes"), name


def _page_date(value: Any) -> Optional[str]:
    """A page's publication date (its first ten characters, if they are an ISO date), else None."""
    try:
        return parse_date(str(value)[:10], "published").isoformat() if value else None
    except WebError:
        return None


async def read_input(request: Request, limit: int) -> tuple[str, dict[str, Any], bool, dict[str, Any]]:
    """The text, metadata, save flag and fields of an analyse request (multipart form or JSON).

    An HTML page (pasted, or an uploaded ``.html`` file) is read as ``ingest`` reads it
    (:func:`newsfacts.corpus.document.article_from`): its article text, and its title,
    date and source where the form leaves them empty.

    Raises:
        NewsfactsError: NF105 past the size limit, NF103/NF104 for binary or non-UTF-8
            uploads, NF504 with no text, NF503 for a bad date, NF107 for a page with no article.
    """
    from ..corpus.document import article_from

    def too_large(n: int) -> WebError:
        return WebError(
            f"the upload is {n:,} bytes, over this server's limit of {limit:,} bytes (newsfacts serve --max-upload-mb)",
            code=E_TOO_LARGE,
            status=413,
        )

    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + 64_000:  # room for the form's other fields
        raise too_large(int(declared))
    name = None
    if request.headers.get("content-type", "").startswith("application/json"):
        text, fields, save = await _read_json(request, limit, too_large)
    else:
        text, fields, save, name = await _read_form(request, limit, too_large)
    if not text or not text.strip():
        raise WebError("no text to analyse: paste an article or choose a UTF-8 text file", code=E_EMPTY_INPUT)
    for k in ("published", "title", "source"):
        if fields.get(k) is not None and not isinstance(fields[k], str):
            raise WebError(f"'{k}' must be a string", code=E_BAD_PARAM)
    text, page = article_from(text, name or "pasted text")
    published = parse_date(fields.get("published") or None, "published")
    meta = {  # the form's own fields win over the page's, and the page's over the file name
        "published": published.isoformat() if published else _page_date(page.get("published")),
        "title": (fields.get("title") or "").strip() or page.get("title") or None,
        "source": (fields.get("source") or "").strip() or page.get("source") or name or None,
    }
    return text, meta, save, fields
