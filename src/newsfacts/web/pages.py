"""The store pages: home, document, entity, actor, dyads, network, disagreements and search.

Each page is registered twice by :meth:`newsfacts.web.app.Site.twin`: ``/x`` renders the
dict that ``/api/x`` returns. Parameters are checked by :mod:`newsfacts.web.params`, the
data read by :mod:`newsfacts.store.browse` and :mod:`newsfacts.store.dyads`.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request

from ..errors import E_NO_STORE, E_NOT_FOUND, NewsfactsError, WebError
from ..store import browse
from ..store.disagreements import disagreements
from ..store.dyads import dyad_counts
from . import params as P
from .views import article_view, dyads_view


#: Documents per page of the home page's list (``?page=N``).
PER_PAGE = 50
#: Actors the network draws unless ``?top=N`` says otherwise (the most connected).
NETWORK_TOP = 50


def _found(value, message: str):
    """``value``, or a 404 (NF505) with ``message`` when the store has nothing (None)."""
    if value is None:
        raise WebError(message, code=E_NOT_FOUND, status=404)
    return value


def register_pages(site) -> None:
    """Add the store pages (and their JSON twins) to ``site``'s app (a :class:`newsfacts.web.app.Site`)."""
    twin, with_store, db = site.twin, site.with_store, site.db
    register_lists(site)

    @twin("/", "home.html")
    def home(request: Request, page: str = "1") -> dict[str, Any]:
        n = P.page_number(page)
        try:
            summary, docs = with_store(
                lambda con: (browse.store_summary(con), browse.list_documents(con, limit=PER_PAGE, offset=(n - 1) * PER_PAGE))
            )
        except NewsfactsError as exc:
            if exc.code != E_NO_STORE:
                raise
            return {"store": db, "exists": False, "summary": None, "documents": [], "message": exc.args[0],
                    "page": 1, "pages": 0, "per_page": PER_PAGE, "total": 0}  # fmt: skip
        total = summary["counts"]["documents"]
        return {"store": db, "exists": True, "summary": summary, "documents": docs, "message": None,
                "page": n, "pages": -(-total // PER_PAGE), "per_page": PER_PAGE, "total": total}  # fmt: skip

    @twin("/document/{doc_id}", "article.html")
    def document(request: Request, doc_id: str) -> dict[str, Any]:
        found = with_store(lambda con: browse.get_document(con, doc_id))
        record, text = _found(found, f"no document {doc_id!r} in the store")
        return article_view(record, text, stored=True)

    @twin("/dyads", "dyads.html")
    def dyads(
        request: Request, a: str = "", b: str = "", by: str = "month", start: str = "", end: str = "", types: str = "", count: str = "clusters",
        modality: str = "happened", background: str = "",
    ) -> dict[str, Any]:
        frm, to = P.parse_date(start, "start"), P.parse_date(end, "end")
        tl = P.parse_types(types)
        mods, bg = ",".join(P.check_modality(modality)), P.flag(background, "background")
        counted = {"modality": mods, "background": bg}

        def q(con):
            top = browse.top_dyads(con)
            if not a.strip():
                return {"a": "", "b": b, "by": by, "from": start or None, "to": end or None, "types": tl, "count": count,
                        "periods": [], "series": [], "total": 0, "top": top, **counted}  # fmt: skip
            P.check_period(by)
            P.check_count(count)
            a_, b_ = a.strip(), b.strip() or None
            rows = dyad_counts(con, a_, b_, by=by, date_from=frm, date_to=to, types=tl, count=count, modality=mods, background=bg)
            return {**dyads_view(rows, a=a_, b=b_, by=by, frm=frm, to=to, types=tl, count=count), "top": top, **counted}

        return with_store(q)

    @twin("/network", "network.html")
    def network(request: Request, level: str = "country", start: str = "", end: str = "", types: str = "",
                top: str = str(NETWORK_TOP), modality: str = "happened", background: str = "") -> dict[str, Any]:  # fmt: skip
        frm, to = P.parse_date(start, "start"), P.parse_date(end, "end")
        tl, n = P.parse_types(types), P.top_count(top)
        mods, bg = P.check_modality(modality), P.flag(background, "background")
        return with_store(lambda con: browse.network(con, level=P.check_level(level), frm=frm, to=to, types=tl, top=n,
                                                     modalities=mods, background=bg))


def register_lists(site) -> None:
    """Add the pages of long lists, in pages of ``?limit=`` rows (:data:`newsfacts.store.browse.PER_PAGE`
    by default) with ``?page=N``: an actor (entity), an actor country, search."""
    twin, with_store = site.twin, site.with_store

    @twin("/entity", "entity.html")
    def entity(request: Request, name: str = "", id: str = "", reactions: str = "", page: str = "1", limit: str = "") -> dict[str, Any]:
        # checked once the store is open, as every store page: a missing store answers first
        # (an actor id gathers one actor under all its names; a name finds its actor id)
        n, per = P.page_number(page), P.per_page(limit)
        if id:
            found = with_store(lambda con: browse.entity_page(con, actor_id=P.actor_id(id), reactions=P.flag(reactions, "reactions"),
                                                              page=n, per_page=per))
            return _found(found, f"no actor with id {id!r} in the store")
        found = with_store(lambda con: browse.entity_page(con, P.entity_name(name), reactions=P.flag(reactions, "reactions"),
                                                          page=n, per_page=per))
        return _found(found, f"no entity called {name!r} in the store")

    @twin("/actor/{code}", "actor.html")
    def actor(request: Request, code: str, page: str = "1", limit: str = "") -> dict[str, Any]:
        n, per = P.page_number(page), P.per_page(limit)
        found = with_store(lambda con: browse.actor_page(con, P.actor_code(code), page=n, per_page=per))
        return _found(found, f"no actor with country {P.actor_code(code)} in the store")

    @twin("/search", "search.html")
    def search(request: Request, q: str = "", page: str = "1", limit: str = "") -> dict[str, Any]:
        n, per = P.page_number(page), P.per_page(limit)
        if not q.strip():
            return browse.search(None, "", per_page=per)
        return with_store(lambda con: browse.search(con, P.search_text(q), page=n, per_page=per))


def register_disagreements(site) -> None:
    """Add ``/disagreements`` (and its twin): the numbers reports of one event disagree on
    (:func:`newsfacts.store.disagreements.disagreements`), ``?top=N`` groups at most."""

    @site.twin("/disagreements", "disagreements.html")
    def disagreements_page(request: Request, top: str = "100") -> dict[str, Any]:
        n = P.top_count(top)
        groups = site.with_store(lambda con: disagreements(con, limit=n))
        return {"groups": groups, "top": n, "counts": {v: sum(g["verdict"] == v for g in groups) for v in ("disagree", "updated")}}
