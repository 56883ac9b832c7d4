"""What the store pages read: read-only DuckDB queries over the tables of
:mod:`newsfacts.store.tables`, every value passed as a parameter.

Each function takes an open read-only connection (the app opens one per request with
:meth:`newsfacts.store.duckdb.FactStore.open`) and
returns plain dicts and lists, ready to be a page's data and its JSON twin.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections import Counter
from typing import Any, Optional

from ..errors import E_BAD_PARAM, E_EMPTY_INPUT, E_NOT_FOUND, NewsfactsError, WebError


#: PLOVER event types (the ``type`` filter accepts only these).
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
PERIODS = ("day", "week", "month", "quarter", "year")
_COUNTRY = re.compile(r"[A-Z]{3}")


def parse_date(value: Optional[str], name: str) -> Optional[_dt.date]:
    """An optional ISO date parameter."""
    if value in (None, ""):
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise WebError(f"{name}={value!r} is not a date in YYYY-MM-DD form", code=E_BAD_PARAM) from None


def parse_types(value: Optional[str]) -> list[str]:
    """A comma-separated list of PLOVER event types (empty means all)."""
    if not value:
        return []
    types = [t.strip().upper() for t in value.split(",") if t.strip()]
    bad = [t for t in types if t not in PLOVER_TYPES]
    if bad:
        raise WebError(f"unknown event type(s) {', '.join(bad)}; PLOVER types are {', '.join(PLOVER_TYPES)}", code=E_BAD_PARAM)
    return types


def _rows(con, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, [_plain(v) for v in row])) for row in cur.fetchall()]


def _plain(v: Any) -> Any:
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


def list_documents(con, *, limit: int = 50) -> list[dict[str, Any]]:
    """The latest documents (by publication date), without their text."""
    return _rows(
        con,
        "SELECT d.doc_id, d.title, d.origin, d.published, d.source, d.length, "
        "(SELECT count(*) FROM quotes q WHERE q.doc_id = d.doc_id) AS n_quotes, "
        "(SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) AS n_events "
        "FROM documents d ORDER BY d.published DESC NULLS LAST, d.doc_id LIMIT ?",
        [limit],
    )


def get_document(con, doc_id: str) -> tuple[dict[str, Any], str]:
    """A stored document's record and text.

    Raises:
        WebError: NF505 if there is no such document.
    """
    row = con.execute("SELECT record, text FROM documents WHERE doc_id = ?", [doc_id]).fetchone()
    if row is None:
        raise WebError(f"no document {doc_id!r} in the store", code=E_NOT_FOUND, status=404)
    return json.loads(row[0]), row[1]


def _ids_contain(column: str) -> str:
    # column is one of two constants chosen by the caller, never user input
    return f"list_contains(from_json(ev.{column}, '[\"VARCHAR\"]'), en.entity_id)"


def entity_page(con, name: str) -> dict[str, Any]:
    """Everything the store holds about the entity called ``name`` (case-insensitive):
    its appearances, actor codes and roles, what it said (by date), and the events it
    took part in.

    Raises:
        WebError: NF505 if no entity has that name.
    """
    if not name.strip():
        raise WebError("give an entity name, e.g. /entity?name=Ingrid%20Solheim", code=E_BAD_PARAM)
    appearances = _rows(
        con,
        "SELECT en.doc_id, en.entity_id, en.name, en.type, en.country, en.actor_code, en.n_mentions, en.roles, "
        "d.published, d.title, d.source FROM entities en JOIN documents d ON d.doc_id = en.doc_id "
        "WHERE lower(en.name) = lower(?) ORDER BY d.published NULLS LAST, en.doc_id",
        [name],
    )
    if not appearances:
        raise WebError(f"no entity called {name!r} in the store", code=E_NOT_FOUND, status=404)
    roles: Counter[str] = Counter()
    for a in appearances:
        for r in json.loads(a.pop("roles") or "[]"):
            roles[r["title"] + (f" ({r['affiliation']})" if r.get("affiliation") else "")] += 1
    quotes = _rows(
        con,
        "SELECT q.doc_id, q.quote_id, q.text, q.kind, q.cue, q.start, d.published, d.title "
        "FROM quotes q JOIN documents d ON d.doc_id = q.doc_id "
        "WHERE lower(q.speaker_name) = lower(?) ORDER BY d.published NULLS LAST, q.doc_id, q.start",
        [name],
    )
    events = _rows(
        con,
        "SELECT ev.doc_id, ev.event_id, ev.type, ev.quad_class, ev.modality, ev.source_name, ev.target_name, "
        "ev.source_country, ev.target_country, ev.date, ev.start, "
        f"{_ids_contain('source_ids')} AS as_source "
        "FROM events ev JOIN entities en ON en.doc_id = ev.doc_id AND lower(en.name) = lower(?) "
        f"WHERE {_ids_contain('source_ids')} OR {_ids_contain('target_ids')} "
        "ORDER BY ev.date NULLS LAST, ev.doc_id, ev.start",
        [name],
    )
    codes = Counter((a["actor_code"], a["country"]) for a in appearances if a["actor_code"])
    types = Counter(a["type"] for a in appearances)
    return {
        "name": appearances[0]["name"],
        "type": types.most_common(1)[0][0],
        "actor_codes": [{"code": c, "country": k, "n": n} for (c, k), n in codes.most_common()],
        "roles": [{"title": t, "n": n} for t, n in roles.most_common()],
        "appearances": appearances,
        "quotes": quotes,
        "events": events,
        "counts": {"documents": len({a["doc_id"] for a in appearances}), "quotes": len(quotes), "events": len(events)},
    }


def actor_page(con, code: str) -> dict[str, Any]:
    """Everything the store holds about one actor country: its entities, what its people
    said (by date), the events it was source or target of, and its partners.

    Raises:
        WebError: NF503 if ``code`` is not a three-letter code; NF505 if nothing has it.
    """
    code = (code or "").strip().upper()
    if not _COUNTRY.fullmatch(code):
        raise WebError(f"{code!r} is not an ISO 3166 alpha-3 country code (such as ISR or USA)", code=E_BAD_PARAM)
    entities = _rows(
        con,
        "SELECT en.name, en.type, mode(en.actor_code) AS actor_code, count(DISTINCT en.doc_id) AS n_documents, "
        "sum(en.n_mentions) AS n_mentions FROM entities en WHERE en.country = ? "
        "GROUP BY en.name, en.type ORDER BY n_documents DESC, n_mentions DESC, en.name LIMIT 100",
        [code],
    )
    quotes = _rows(
        con,
        "SELECT q.doc_id, q.quote_id, q.text, q.kind, q.cue, q.speaker_name, d.published, d.title "
        "FROM quotes q JOIN documents d ON d.doc_id = q.doc_id WHERE q.speaker_country = ? "
        "ORDER BY d.published NULLS LAST, q.doc_id, q.start LIMIT 500",
        [code],
    )
    events = _rows(
        con,
        "SELECT ev.doc_id, ev.event_id, ev.type, ev.quad_class, ev.modality, ev.source_name, ev.target_name, "
        "ev.source_country, ev.target_country, ev.date FROM events ev "
        "WHERE ev.source_country = ? OR ev.target_country = ? ORDER BY ev.date NULLS LAST, ev.doc_id, ev.start LIMIT 500",
        [code, code],
    )
    partners = _rows(
        con,
        "SELECT CASE WHEN ev.source_country = ? THEN ev.target_country ELSE ev.source_country END AS partner, "
        "count(*) FILTER (WHERE ev.source_country = ?) AS n_out, count(*) FILTER (WHERE ev.target_country = ?) AS n_in "
        "FROM events ev WHERE (ev.source_country = ? OR ev.target_country = ?) "
        "AND ev.source_country IS NOT NULL AND ev.target_country IS NOT NULL "
        "GROUP BY partner ORDER BY n_out + n_in DESC, partner LIMIT 50",
        [code] * 5,
    )
    if not (entities or quotes or events):
        raise WebError(f"no actor with country {code} in the store", code=E_NOT_FOUND, status=404)
    return {
        "code": code,
        "entities": entities,
        "quotes": quotes,
        "events": events,
        "partners": partners,
        "counts": {"entities": len(entities), "quotes": len(quotes), "events": len(events)},
    }


def _actor_match(side: str, actor: str) -> tuple[str, list[Any]]:
    """SQL condition (with its parameters) for "``actor`` is the event's ``side``"
    (``source`` or ``target``): a three-letter upper-case code matches the actor
    country, anything else an entity name."""
    assert side in ("source", "target")
    if _COUNTRY.fullmatch(actor):
        return f"ev.{side}_country = ?", [actor]
    return f"list_contains(string_split(lower(ev.{side}_name), '; '), lower(?))", [actor]


def _filters(frm: Optional[_dt.date], to: Optional[_dt.date], types: list[str], *, date: str = "ev.date") -> tuple[str, list[Any]]:
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


def _count_expr(count: str) -> tuple[str, str, str]:
    """(count expression, date expression, join) for ``count``: clusters count each
    real-world event once, dated by its first report (as ``newsfacts dyads`` does);
    events not yet clustered count as their own cluster."""
    if count == "reports":
        return "count(*)", "ev.date", ""
    if count == "clusters":
        return (
            "count(DISTINCT coalesce(ev.cluster_id, ev.doc_id || ':' || ev.event_id))",
            "coalesce(cl.date_first, ev.date)",
            " LEFT JOIN event_clusters cl ON cl.cluster_id = ev.cluster_id",
        )
    raise WebError(f"count={count!r}: use clusters or reports", code=E_BAD_PARAM)


def dyads(
    con,
    a: str,
    b: Optional[str] = None,
    *,
    by: str = "month",
    frm: Optional[_dt.date] = None,
    to: Optional[_dt.date] = None,
    types: Optional[list[str]] = None,
    count: str = "clusters",
) -> dict[str, Any]:
    """Events between actors ``a`` and ``b`` (both directions) per period and quad class.

    Args:
        con: a read-only connection.
        a: a country code (``ISR``) or an entity name.
        b: the other actor; when empty, events of ``a`` with anyone.
        by: the period: day, week, month, quarter or year.
        frm: first date (inclusive); to: last date (inclusive).
        types: PLOVER types to keep (empty: all).
        count: ``clusters`` (one real-world event reported many times counts once;
            events not yet clustered count per report) or ``reports``.

    Returns:
        ``periods`` (ISO dates of each period's start), ``series`` (one per direction
        and quad class, with a count per period), ``total`` and the echo of the query.
    """
    if by not in PERIODS:
        raise WebError(f"by={by!r}: use one of {', '.join(PERIODS)}", code=E_BAD_PARAM)
    a = (a or "").strip()
    b = (b or "").strip() or None
    if not a:
        raise WebError("give actor a (a country code such as ISR, or an entity name)", code=E_BAD_PARAM)
    src_a, p_src_a = _actor_match("source", a)
    tgt_a, p_tgt_a = _actor_match("target", a)
    if b:
        src_b, p_src_b = _actor_match("source", b)
        tgt_b, p_tgt_b = _actor_match("target", b)
        ab, p_ab = f"({src_a} AND {tgt_b})", p_src_a + p_tgt_b
        ba, p_ba = f"({src_b} AND {tgt_a})", p_src_b + p_tgt_a
    else:
        ab, p_ab = f"({src_a})", p_src_a
        ba, p_ba = f"({tgt_a})", p_tgt_a
    n_expr, date, join = _count_expr(count)
    flt, p_flt = _filters(frm, to, types or [], date=date)
    sql = (
        f"SELECT CAST(date_trunc(?, {date}) AS DATE) AS period, coalesce(ev.quad_class, 'unknown') AS quad, "
        f"CASE WHEN {ab} THEN 'ab' ELSE 'ba' END AS dir, {n_expr} AS n "
        f"FROM events ev{join} WHERE {date} IS NOT NULL AND ({ab} OR {ba}){flt} "
        "GROUP BY ALL ORDER BY period, quad, dir"
    )
    rows = _rows(con, sql, [by] + p_ab + p_ab + p_ba + p_flt)
    periods = sorted({r["period"] for r in rows})
    pos = {p: k for k, p in enumerate(periods)}
    series: dict[tuple[str, str], list[int]] = {}
    for r in rows:
        series.setdefault((r["dir"], r["quad"]), [0] * len(periods))[pos[r["period"]]] += r["n"]
    label = {"ab": f"{a} \u2192 {b or 'anyone'}", "ba": f"{b or 'anyone'} \u2192 {a}"}
    return {
        "a": a,
        "b": b,
        "by": by,
        "from": frm.isoformat() if frm else None,
        "to": to.isoformat() if to else None,
        "types": types or [],
        "count": count,
        "periods": periods,
        "series": [
            {"direction": d, "label": label[d], "quad_class": q, "counts": c}
            for (d, q), c in sorted(series.items())
        ],
        "total": sum(r["n"] for r in rows),
    }


def top_dyads(con, *, limit: int = 15) -> list[dict[str, Any]]:
    """The most frequent source-target country pairs (for the dyads page's start)."""
    return _rows(
        con,
        "SELECT ev.source_country AS a, ev.target_country AS b, count(*) AS n FROM events ev "
        "WHERE ev.source_country IS NOT NULL AND ev.target_country IS NOT NULL "
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
) -> dict[str, Any]:
    """The actor network: nodes are actors (countries or entity names), edges are
    the events from one to another, with their count and most frequent type.

    Args:
        level: ``country`` (actor countries) or ``entity`` (entity names).
        frm, to, types: the same filters as :func:`dyads`.
        limit: at most this many edges (the heaviest).
    """
    if level not in ("country", "entity"):
        raise WebError(f"level={level!r}: use country or entity", code=E_BAD_PARAM)
    col = "country" if level == "country" else "name"
    flt, p_flt = _filters(frm, to, types or [])
    rows = _rows(
        con,
        f"SELECT ev.source_{col} AS source, ev.target_{col} AS target, count(*) AS n, "
        "mode(ev.type) AS top_type, mode(coalesce(ev.quad_class, 'unknown')) AS quad_class "
        f"FROM events ev WHERE ev.source_{col} IS NOT NULL AND ev.target_{col} IS NOT NULL{flt} "
        "GROUP BY ALL ORDER BY n DESC, source, target LIMIT ?",
        p_flt + [limit],
    )
    degree: Counter[str] = Counter()
    for r in rows:
        degree[r["source"]] += r["n"]
        degree[r["target"]] += r["n"]
    return {
        "level": level,
        "from": frm.isoformat() if frm else None,
        "to": to.isoformat() if to else None,
        "types": types or [],
        "nodes": [{"id": n, "label": n, "weight": w} for n, w in sorted(degree.items())],
        "edges": [{"id": f"x{k}", **r} for k, r in enumerate(rows)],
    }


def search(con, q: str, *, limit: int = 50) -> dict[str, Any]:
    """Documents, quotes and events whose text or actors contain ``q`` (case-insensitive,
    a literal substring: ``%`` and ``_`` mean themselves)."""
    q = (q or "").strip()
    if not q:
        return {"q": "", "documents": [], "quotes": [], "events": []}
    if len(q) > 200:
        raise WebError("the search text is over 200 characters", code=E_BAD_PARAM)
    documents = _rows(
        con,
        "SELECT d.doc_id, d.title, d.published, d.source, instr(lower(d.text), lower(?)) AS pos "
        "FROM documents d WHERE contains(lower(d.text), lower(?)) OR contains(lower(coalesce(d.title, '')), lower(?)) "
        "ORDER BY d.published DESC NULLS LAST, d.doc_id LIMIT ?",
        [q, q, q, limit],
    )
    if documents:
        texts = dict(
            con.execute(
                "SELECT doc_id, text FROM documents WHERE list_contains(?, doc_id)", [[d["doc_id"] for d in documents]]
            ).fetchall()
        )
        for d in documents:
            p = (d.pop("pos") or 1) - 1
            t = texts.get(d["doc_id"], "")
            s = max(0, p - 80)
            d["snippet"] = ("\u2026" if s else "") + " ".join(t[s : p + len(q) + 80].split()) + "\u2026"
    quotes = _rows(
        con,
        "SELECT q.doc_id, q.quote_id, q.text, q.speaker_name, q.cue, d.published FROM quotes q "
        "JOIN documents d ON d.doc_id = q.doc_id "
        "WHERE contains(lower(q.text), lower(?)) OR contains(lower(coalesce(q.speaker_name, '')), lower(?)) "
        "ORDER BY d.published DESC NULLS LAST, q.doc_id, q.start LIMIT ?",
        [q, q, limit],
    )
    events = _rows(
        con,
        "SELECT ev.doc_id, ev.event_id, ev.type, ev.quad_class, ev.source_name, ev.target_name, ev.date FROM events ev "
        "WHERE contains(lower(coalesce(ev.source_name, '')), lower(?)) OR contains(lower(coalesce(ev.target_name, '')), lower(?)) "
        "OR lower(ev.type) = lower(?) OR contains(lower(coalesce(ev.place_name, '')), lower(?)) "
        "ORDER BY ev.date DESC NULLS LAST, ev.doc_id, ev.start LIMIT ?",
        [q, q, q, q, limit],
    )
    return {"q": q, "documents": documents, "quotes": quotes, "events": events}
