"""What the web pages read: read-only DuckDB queries over the tables of
:mod:`newsfacts.store.tables`, every value passed as a parameter.

Each function takes an open connection (the web app opens a read-only one per request
with :meth:`newsfacts.store.duckdb.FactStore.open`) and returns plain dicts and lists,
ready to be a page's data and its JSON twin; None where the store has nothing to show (no
such document, entity or actor). Checking the parameters is the caller's job (the web
app's :mod:`newsfacts.web.params`); the dyads' counts are in :mod:`newsfacts.store.dyads`.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections import Counter
from typing import Any, Optional

from .dyads import HAPPENED, counted_condition
from . import speakers
from .queries import ACTOR_KEY

#: Levels of the actor network: actor countries, or actors (one node per actor id).
LEVELS = ("country", "entity")
#: SQL: the actor id of an entity row ``en`` (see :data:`newsfacts.store.queries.ACTOR_KEY`).
_KEY = ACTOR_KEY.format(e="en.")


def _rows(con, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """The rows of a query as dicts, dates as ISO text."""
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, [_plain(v) for v in row])) for row in cur.fetchall()]


def _plain(v: Any) -> Any:
    """A value as JSON can hold it (dates as ISO text)."""
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()[:10]
    return v


def store_summary(con) -> dict[str, Any]:
    """Counts per table and the date range of the documents."""
    counts = {}
    for t in ("documents", "entities", "quotes", "events", "claims"):
        counts[t] = con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # table names are constants
    lo, hi = con.execute("SELECT min(published), max(published) FROM documents").fetchone()
    return {"counts": counts, "published_from": _plain(lo), "published_to": _plain(hi)}


def list_documents(con, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """The latest documents (by publication date), without their text: ``limit`` of them,
    after skipping the first ``offset``."""
    return _rows(
        con,
        "SELECT d.doc_id, d.title, d.origin, d.published, d.source, d.length, "
        "(SELECT count(*) FROM quotes q WHERE q.doc_id = d.doc_id) AS n_quotes, "
        "(SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS n_events "
        "FROM documents d ORDER BY d.published DESC NULLS LAST, d.doc_id LIMIT ? OFFSET ?",
        [limit, offset],
    )


def get_document(con, doc_id: str) -> Optional[tuple[dict[str, Any], str]]:
    """A stored document's record and text (None if there is no such document)."""
    row = con.execute("SELECT record, text FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
    if row is None:
        return None
    return json.loads(row[0]), row[1]


def _ids_contain(column: str) -> str:
    """SQL: the event's id list ``column`` holds the entity's id."""
    # column is one of two constants chosen by the caller, never user input
    return f"list_contains(from_json(ev.{column}, '[\"VARCHAR\"]'), en.entity_id)"


def actor_of_name(con, name: str) -> Optional[str]:
    """The actor id of the entities called ``name`` (case-insensitive): the one in the most
    documents when the name is several actors' ("Trump" the person and "Trump" the
    company); None if no entity has that name."""
    row = con.execute(
        f"SELECT {_KEY} AS k FROM entities en WHERE lower(en.name) = lower(?) AND coalesce(en.named, true) "
        "GROUP BY k ORDER BY count(DISTINCT en.doc_id) DESC, sum(en.n_mentions) DESC, k LIMIT 1",
        [name],
    ).fetchone()
    return row[0] if row else None


def _names_of(con, actor_id: str, name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The names an actor goes by (most documents first), and the other actors called ``name``."""
    names = _rows(
        con,
        f"SELECT en.name, count(DISTINCT en.doc_id) AS n FROM entities en WHERE {_KEY} = ? "
        "GROUP BY en.name ORDER BY n DESC, sum(en.n_mentions) DESC, en.name",
        [actor_id],
    )
    others = _rows(
        con,
        f"SELECT {_KEY} AS actor_id, count(DISTINCT en.doc_id) AS n FROM entities en "
        f"WHERE lower(en.name) = lower(?) AND {_KEY} <> ? AND coalesce(en.named, true) GROUP BY ALL ORDER BY n DESC, actor_id",
        [name, actor_id],
    )
    return names, others


#: Rows per page of a long list (an actor's articles, quotes, events; search hits) unless asked.
PER_PAGE = 50
#: The most rows a page of a list may ask for (``?limit=``).
MAX_PER_PAGE = 200


def _paged(con, sql: str, params: list[Any], page: int, per_page: int) -> dict[str, Any]:
    """Page ``page`` (from 1) of the rows of ``sql`` (ordered, no LIMIT), ``per_page`` rows, and
    how many rows there are in all: ``{"rows", "total", "first", "last"}`` (``first``/``last``: the
    1-based positions shown, 0 when none)."""
    offset = (page - 1) * per_page
    # one pass: the page and the count together (the filters, e.g. a speaker's, are run once)
    rows = _rows(con, f"SELECT *, count(*) OVER () AS total_rows_ FROM ({sql}) LIMIT ? OFFSET ?", params + [per_page, offset])
    if rows:
        total = rows[0]["total_rows_"]
        for r in rows:
            del r["total_rows_"]
    else:  # a page past the end: the count alone
        total = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0] if offset else 0
    return {"rows": rows, "total": total, "first": offset + 1 if rows else 0, "last": offset + len(rows) if rows else 0}


def _pages(lists: dict[str, dict[str, Any]], page: int, per_page: int) -> dict[str, Any]:
    """The paging part of a page's data: where each list stands and the number of pages (of the longest)."""
    most = max((v["total"] for v in lists.values()), default=0)
    return {"page": page, "per_page": per_page, "pages": max(1, -(-most // per_page)),
            "shown": {k: {"first": v["first"], "last": v["last"], "total": v["total"]} for k, v in lists.items()}}


def _actor_header(con, actor_id: str) -> Optional[dict[str, Any]]:
    """What an actor's page shows above its lists, over all its appearances: names, types, codes,
    roles and the counts (None when the actor appears nowhere)."""
    head = con.execute(
        "SELECT count(*), count(DISTINCT en.doc_id), mode(en.type) FROM entities en "
        f"WHERE {_KEY} = ?",
        [actor_id],
    ).fetchone()
    if not head[0]:
        return None
    codes = con.execute(
        f"SELECT en.actor_code, en.country, count(*) AS n FROM entities en WHERE {_KEY} = ? AND en.actor_code IS NOT NULL "
        "GROUP BY ALL ORDER BY n DESC, en.actor_code, en.country NULLS FIRST",
        [actor_id],
    ).fetchall()
    roles: Counter[str] = Counter()
    for (raw,) in con.execute(
        f"SELECT en.roles FROM entities en WHERE {_KEY} = ? AND en.roles IS NOT NULL AND en.roles NOT IN ('', '[]')", [actor_id]
    ).fetchall():
        for r in json.loads(raw):
            roles[r["title"] + (f" ({r['affiliation']})" if r.get("affiliation") else "")] += 1
    return {
        "type": head[2],
        "actor_codes": [{"code": c, "country": k, "n": n} for c, k, n in codes],
        "roles": [{"title": t, "n": n} for t, n in roles.most_common()],
        "n_appearances": head[0],
        "n_documents": head[1],
    }


#: SQL: the entity rows of one actor, then its quotes and its mentions (for :data:`.speakers.NAMED_OUTSIDE`, which
#: then reads only this actor's mentions, not the whole table).
_ACTOR_ROWS = (
    f"WITH ae AS MATERIALIZED (SELECT en.doc_id, en.entity_id FROM entities en WHERE {_KEY} = ?), "
    "aq AS MATERIALIZED (SELECT q.* FROM quotes q JOIN ae ON ae.doc_id = q.doc_id AND ae.entity_id = q.speaker_id), "
    "am AS MATERIALIZED (SELECT m.* FROM mentions m JOIN ae ON ae.doc_id = m.doc_id AND ae.entity_id = m.entity_id) "
)


def _actor_lists(con, actor_id: str, reactions: bool, page: int, per_page: int) -> dict[str, dict[str, Any]]:
    """Page ``page`` of an actor's appearances, quotes (said, not named inside) and events, with their totals."""
    appearances = _paged(
        con,
        "SELECT en.doc_id, en.entity_id, en.name, en.type, en.country, en.actor_code, en.n_mentions, "
        f"d.published, d.title, d.source FROM entities en JOIN documents d ON d.doc_id = en.doc_id "
        f"WHERE {_KEY} = ? ORDER BY d.published NULLS LAST, en.doc_id, en.entity_id",
        [actor_id], page, per_page,
    )
    named_outside = speakers.named_outside_condition(con, mentions="am")
    quotes = _paged(
        con,
        _ACTOR_ROWS + "SELECT q.doc_id, q.quote_id, q.text, q.kind, q.cue, q.start, d.published, d.title "
        "FROM aq q JOIN documents d ON d.doc_id = q.doc_id "
        f"WHERE {speakers.kind_condition(reactions)} AND {named_outside} "
        "ORDER BY d.published NULLS LAST, q.doc_id, q.start",
        [actor_id], page, per_page,
    )
    events = _paged(
        con,
        "SELECT ev.doc_id, ev.event_id, ev.type, ev.quad_class, ev.modality, ev.source_name, ev.target_name, "
        "ev.source_country, ev.target_country, ev.date, ev.start, "
        f"bool_or({_ids_contain('source_ids')}) AS as_source "
        f"FROM events ev JOIN entities en ON en.doc_id = ev.doc_id AND {_KEY} = ? "
        f"WHERE {_ids_contain('source_ids')} OR {_ids_contain('target_ids')} "
        "GROUP BY ALL ORDER BY ev.date NULLS LAST, ev.doc_id, ev.start, ev.event_id",
        [actor_id], page, per_page,
    )
    return {"appearances": appearances, "quotes": quotes, "events": events}


def entity_page(con, name: str = "", *, actor_id: Optional[str] = None, reactions: bool = False,
                page: int = 1, per_page: int = PER_PAGE) -> Optional[dict[str, Any]]:
    """What the store holds about one actor, across documents: the actor with this
    ``actor_id``, else the actor called ``name`` (case-insensitive; see :func:`actor_of_name`).
    Its names ("Putin", "Vladimir Putin"), actor codes and roles over all its appearances, and page
    ``page`` (``per_page`` rows) of each of its lists: appearances, what it said (by date: never
    a quote it is named only inside of; reactions only with ``reactions``, see :mod:`.speakers`),
    the events it took part in. ``counts`` are the lists' totals, ``shown`` what this page shows
    of each; None if there is no such actor.
    """
    actor_id = actor_id or (actor_of_name(con, name) if name else None)
    if actor_id is None:
        return None
    head = _actor_header(con, actor_id)
    if head is None:
        return None
    lists = _actor_lists(con, actor_id, reactions, page, per_page)
    names, others = _names_of(con, actor_id, name)
    return {
        "name": names[0]["name"],
        "actor_id": actor_id,
        "names": names,
        "others": others if name else [],
        "type": head["type"],
        "actor_codes": head["actor_codes"],
        "roles": head["roles"],
        **{k: v["rows"] for k, v in lists.items()},
        "counts": {"documents": head["n_documents"], "quotes": lists["quotes"]["total"], "events": lists["events"]["total"]},
        **_pages(lists, page, per_page),
        "reactions": reactions,
    }


def actor_page(con, code: str, *, page: int = 1, per_page: int = PER_PAGE) -> Optional[dict[str, Any]]:
    """What the store holds about one actor country (an ISO 3166 alpha-3 code): its 100 most
    reported entities, its partners, and page ``page`` (``per_page`` rows) of what its people
    said (by date) and of the events it was source or target of; None if nothing has that country.
    """
    entities = _rows(
        con,
        f"SELECT first(en.name ORDER BY en.n_mentions DESC, en.name) AS name, mode(en.type) AS type, {_KEY} AS actor_id, "
        "mode(en.actor_code) AS actor_code, count(DISTINCT en.doc_id) AS n_documents, "
        "sum(en.n_mentions) AS n_mentions FROM entities en WHERE en.country = ? AND coalesce(en.named, true) "
        f"GROUP BY {_KEY} ORDER BY n_documents DESC, n_mentions DESC, name, actor_id LIMIT 100",
        [code],
    )
    lists = {
        "quotes": _paged(
            con,
            "SELECT q.doc_id, q.quote_id, q.text, q.kind, q.cue, q.speaker_name, d.published, d.title, q.speaker_actor_id "
            "FROM quotes q JOIN documents d ON d.doc_id = q.doc_id WHERE q.speaker_country = ? "
            "ORDER BY d.published NULLS LAST, q.doc_id, q.start, q.quote_id",
            [code], page, per_page,
        ),
        "events": _paged(
            con,
            "SELECT ev.doc_id, ev.event_id, ev.type, ev.quad_class, ev.modality, ev.source_name, ev.target_name, "
            "ev.source_country, ev.target_country, ev.date FROM events ev "
            "WHERE ev.source_country = ? OR ev.target_country = ? ORDER BY ev.date NULLS LAST, ev.doc_id, ev.start, ev.event_id",
            [code, code], page, per_page,
        ),
    }
    partners = _rows(
        con,
        "SELECT CASE WHEN ev.source_country = ? THEN ev.target_country ELSE ev.source_country END AS partner, "
        "count(*) FILTER (WHERE ev.source_country = ?) AS n_out, count(*) FILTER (WHERE ev.target_country = ?) AS n_in "
        "FROM events ev WHERE (ev.source_country = ? OR ev.target_country = ?) "
        f"AND ev.source_country IS NOT NULL AND ev.target_country IS NOT NULL AND {counted_condition('ev')} "
        "GROUP BY partner ORDER BY n_out + n_in DESC, partner LIMIT 50",
        [code] * 5,
    )
    if not (entities or lists["quotes"]["total"] or lists["events"]["total"]):
        return None
    return {
        "code": code,
        "entities": entities,
        "quotes": lists["quotes"]["rows"],
        "events": lists["events"]["rows"],
        "partners": partners,
        "counts": {"entities": len(entities), "quotes": lists["quotes"]["total"], "events": lists["events"]["total"]},
        **_pages(lists, page, per_page),
    }


def _filters(frm: Optional[_dt.date], to: Optional[_dt.date], types: list[str], *, date: str = "ev.date") -> tuple[str, list[Any]]:
    """SQL conditions (each after AND) and parameters for event dates and PLOVER types."""
    # ``date`` is one of two constant expressions chosen by the caller
    sql, params = "", []
    if frm:
        sql += f" AND {date} >= ?"
        params.append(frm)
    if to:
        sql += f" AND {date} <= ?"
        params.append(to)
    if types:
        sql += " AND list_contains(?, ev.type)"
        params.append(types)
    return sql, params


def top_dyads(con, *, limit: int = 15) -> list[dict[str, Any]]:
    """The most frequent source-target country pairs (for the dyads page's start), in reports of
    events that happened (:func:`newsfacts.store.dyads.counted_condition`)."""
    return _rows(
        con,
        "SELECT ev.source_country AS a, ev.target_country AS b, count(*) AS n FROM events ev "
        f"WHERE ev.source_country IS NOT NULL AND ev.target_country IS NOT NULL AND {counted_condition('ev')} "
        "GROUP BY ALL ORDER BY n DESC, a, b LIMIT ?",
        [limit],
    )


def network(
    con,
    *,
    level: str = "country",
    frm: Optional[_dt.date] = None,
    to: Optional[_dt.date] = None,
    types: Optional[list[str]] = None,
    limit: int = 300,
    top: Optional[int] = None,
    modalities: tuple[str, ...] = HAPPENED,
    background: bool = False,
) -> dict[str, Any]:
    """The actor network: nodes are actors (countries, or actor ids labelled with their most
    frequent name), edges are the events from one to another, with their count and most
    frequent type.

    Args:
        level: ``country`` (actor countries) or ``entity`` (actors: one node per actor id, so
            "Putin" and "Vladimir Putin" are one node).
        frm, to: first and last event date (inclusive); types: PLOVER types to keep.
        limit: at most this many edges (the heaviest).
        top: keep only the ``top`` actors of highest degree (events in or out; ties by id)
            and the edges between them; None keeps every actor.
        modalities, background: which events count (:func:`newsfacts.store.dyads.counted_condition`;
            by default those that happened, not background).
    """
    assert level in LEVELS
    flt, p_flt = _filters(frm, to, types or [])
    flt += f" AND {counted_condition('ev', modalities, background)}"
    if level == "country":
        side = {s: (f"ev.{s}_country", f"ev.{s}_country") for s in ("source", "target")}
    else:  # a side's actor ids ("; "-joined as its names are); a row written without them: its names
        side = {s: (f"coalesce(ev.{s}_actor_id, ev.{s}_name)", f"ev.{s}_name") for s in ("source", "target")}
    (src, src_label), (tgt, tgt_label) = side["source"], side["target"]
    rows = _rows(
        con,
        f"SELECT {src} AS source, {tgt} AS target, mode({src_label}) AS source_label, mode({tgt_label}) AS target_label, "
        "count(*) AS n, mode(ev.type) AS top_type, mode(coalesce(ev.quad_class, 'unknown')) AS quad_class "
        f"FROM events ev WHERE {src} IS NOT NULL AND {tgt} IS NOT NULL{flt} "
        "GROUP BY source, target ORDER BY n DESC, source, target LIMIT ?",
        p_flt + [limit],
    )
    degree: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = {}
    for r in rows:
        for end in ("source", "target"):
            degree[r[end]] += r["n"]
            labels.setdefault(r[end], Counter())[r[f"{end}_label"]] += r["n"]
    n_all = len(degree)
    if top is not None and n_all > top:
        keep = {n for n, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:top]}
        degree = Counter({n: w for n, w in degree.items() if n in keep})
        rows = [r for r in rows if r["source"] in keep and r["target"] in keep]
    return {
        "level": level,
        "top": top,
        "n_actors": n_all,
        "from": frm.isoformat() if frm else None,
        "to": to.isoformat() if to else None,
        "types": types or [],
        "modality": ",".join(modalities),
        "background": background,
        "nodes": [{"id": n, "label": labels[n].most_common(1)[0][0], "weight": w} for n, w in sorted(degree.items())],
        "edges": [{"id": f"x{k}", **r} for k, r in enumerate(rows)],
    }


def search(con, q: str, *, page: int = 1, per_page: int = PER_PAGE, limit: Optional[int] = None) -> dict[str, Any]:
    """Documents, quotes and events whose text or actors contain ``q`` (case-insensitive,
    a literal substring: ``%`` and ``_`` mean themselves): page ``page`` (``per_page`` rows,
    or ``limit``) of each list, with their totals (``counts``, ``shown``)."""
    q = (q or "").strip()
    per_page = limit or per_page
    if not q:
        return {"q": "", "documents": [], "quotes": [], "events": [], "counts": {"documents": 0, "quotes": 0, "events": 0},
                **_pages({}, 1, per_page)}
    lists = {
        "documents": _paged(
            con,
            "SELECT d.doc_id, d.title, d.published, d.source "
            "FROM documents d WHERE contains(lower(d.text), lower(?)) OR contains(lower(coalesce(d.title, '')), lower(?)) "
            "ORDER BY d.published DESC NULLS LAST, d.doc_id",
            [q, q], page, per_page,
        ),
        "quotes": _paged(
            con,
            "SELECT q.doc_id, q.quote_id, q.text, q.speaker_name, q.cue, d.published FROM quotes q "
            "JOIN documents d ON d.doc_id = q.doc_id "
            "WHERE contains(lower(q.text), lower(?)) OR contains(lower(coalesce(q.speaker_name, '')), lower(?)) "
            "ORDER BY d.published DESC NULLS LAST, q.doc_id, q.start, q.quote_id",
            [q, q], page, per_page,
        ),
        "events": _paged(
            con,
            "SELECT ev.doc_id, ev.event_id, ev.type, ev.quad_class, ev.source_name, ev.target_name, ev.date FROM events ev "
            "WHERE contains(lower(coalesce(ev.source_name, '')), lower(?)) OR contains(lower(coalesce(ev.target_name, '')), lower(?)) "
            "OR lower(ev.type) = lower(?) OR contains(lower(coalesce(ev.place_name, '')), lower(?)) "
            "ORDER BY ev.date DESC NULLS LAST, ev.doc_id, ev.start, ev.event_id",
            [q, q, q, q], page, per_page,
        ),
    }
    documents = lists["documents"]["rows"]
    if documents:
        _snippets(con, documents, q)
    return {"q": q, **{k: v["rows"] for k, v in lists.items()}, "counts": {k: v["total"] for k, v in lists.items()},
            **_pages(lists, page, per_page)}


def _snippets(con, documents: list[dict[str, Any]], q: str) -> None:
    """Give each found document a ``snippet``: its text around the first match of ``q`` (found
    here, for the page's documents only, not in SQL for every match)."""
    texts = dict(
        con.execute("SELECT doc_id, text FROM documents WHERE list_contains(?, doc_id)", [[d["doc_id"] for d in documents]]).fetchall()
    )
    for d in documents:
        t = texts.get(d["doc_id"], "")
        p = max(0, t.lower().find(q.lower()))
        s = max(0, p - 80)
        d["snippet"] = ("\u2026" if s else "") + " ".join(t[s : p + len(q) + 80].split()) + "\u2026"
