"""Dyads: event counts per period between actors, the one implementation for the CLI and the web.

``newsfacts dyads`` (:func:`dyads`: every source-target country pair) and the web's dyads
page (:func:`dyad_counts`: the events between two actors, both directions) count the same
rows (:func:`counted_sql`) with the same options:

- ``by``: the period, one of :data:`PERIODS` (weeks start on Monday);
- ``count``: ``clusters`` (the default: each real-world event once, with its cluster's
  type, quad class and actors, dated by its first report; events not (yet) clustered count
  as their own cluster) or ``reports`` (every per-article event record);
- dates (first and last, inclusive, on the counted row's date) and PLOVER types;
- ``modality`` and ``background``: which events count (:func:`counted_condition`). By default
  only events that happened: coded (``uncoded`` is NULL), asserted or reported, not
  background (dated more than a year before publication). ``modality="all"`` (or a list such
  as ``asserted,reported,future``) adds negated, hypothetical or future ones;
  ``background=True`` adds background events. Uncoded mentions never count.

Clusters hold only events that happened (:func:`newsfacts.store.clusters.clusterable`): a
negated, hypothetical, future, background or uncoded event is no report of a real-world event
and stays unclustered, so when an option includes it, it counts as its own cluster. A cluster
counts when one of its members passes the filter (so a store clustered before this rule
still counts only clusters with an event that happened).

A cluster counts once, in one place: with the cluster's own attributes (the most frequent
among its members), not once per distinct member attribute, so the counts of every
period, pair and quad class add up to the number of clusters.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from ..errors import E_SQL, NewsfactsError

#: Periods events are counted by (DuckDB ``date_trunc`` parts).
PERIODS = ("day", "week", "month", "quarter", "year")
#: What is counted: real-world events (clusters) or per-article records (reports).
COUNTS = ("clusters", "reports")

#: Event modalities (``newsfacts.nlp.events.modality``), strongest last.
MODALITIES = ("asserted", "reported", "future", "hypothetical", "negated")
#: What the counts count unless told otherwise: events that happened.
HAPPENED = ("asserted", "reported")

_CODE = re.compile(r"[A-Z]{3}")
_ACTOR_ID = re.compile(r"[a-z]+:\S")


def parse_modality(value: Optional[str]) -> tuple[str, ...]:
    """The modalities a ``--modality`` value names: ``happened`` (None or empty too: asserted and
    reported), ``all``, or a comma-separated list of :data:`MODALITIES` (``happened`` may be one item).

    Raises:
        NewsfactsError: NF310 for a word that is none of these.
    """
    from ..errors import E_FILTER

    out: list[str] = []
    for word in (w.strip().lower() for w in (value or "happened").split(",")):
        named = HAPPENED if word == "happened" else MODALITIES if word == "all" else (word,) if word in MODALITIES else None
        if named is None:
            raise NewsfactsError(f"modality {word!r}: use happened (asserted and reported), all, or a comma-separated list of "
                                 f"{', '.join(MODALITIES)}", code=E_FILTER)
        out += [m for m in named if m not in out]
    return tuple(m for m in MODALITIES if m in out)


def counted_condition(alias: str = "e", modalities: tuple[str, ...] = HAPPENED, background: bool = False) -> str:
    """SQL condition on an ``events`` row (table alias ``alias``): coded, of one of ``modalities``,
    and not background unless ``background``. The modalities are checked against
    :data:`MODALITIES` (they are written into the SQL as literals); a NULL modality is the
    record's default, asserted; NULL ``uncoded`` / ``background`` (a store of an older schema) are
    a coded event / not background."""
    bad = [m for m in modalities if m not in MODALITIES]
    if bad or not modalities:
        raise ValueError(f"not event modalities: {bad or modalities}")
    # a row with no modality has the record's default, asserted
    cond = f"{alias}.uncoded IS NULL AND coalesce({alias}.modality, 'asserted') IN ({', '.join(repr(m) for m in modalities)})"
    if not background:
        cond += f" AND NOT coalesce({alias}.background, false)"
    return cond


def counted_sql(count: str, modalities: tuple[str, ...] = HAPPENED, background: bool = False) -> str:
    """The rows :func:`dyads` and :func:`dyad_counts` count, with columns ``date, type,
    quad_class, source_country, target_country, source_name, target_name, source_actor_id,
    target_actor_id``: the events :func:`counted_condition` keeps, or their clusters.

    Raises:
        NewsfactsError: NF304 if ``count`` is not one of :data:`COUNTS`.
    """
    cols = "date, type, quad_class, source_country, target_country, source_name, target_name, source_actor_id, target_actor_id"
    keep = counted_condition("e", modalities, background)
    if count == "reports":
        return f"SELECT {cols} FROM events e WHERE {keep}"
    if count == "clusters":
        # a cluster counts once (when a member passes); events not clustered count as their own cluster
        return ("SELECT date_first AS date, type, quad_class, source_country, target_country, source_name, target_name, "
                "source_actor_id, target_actor_id FROM event_clusters "
                f"WHERE cluster_id IN (SELECT e.cluster_id FROM events e WHERE e.cluster_id IS NOT NULL AND {keep}) "
                f"UNION ALL SELECT {cols} FROM events e WHERE e.cluster_id IS NULL AND {keep}")
    raise NewsfactsError(f"--count must be 'clusters' or 'reports', not '{count}'", code=E_SQL)


def check_period(by: str) -> str:
    """``by`` if it is one of :data:`PERIODS`.

    Raises:
        NewsfactsError: NF304 otherwise.
    """
    if by not in PERIODS:
        raise NewsfactsError(f"--by must be one of {', '.join(PERIODS)}, not '{by}'", code=E_SQL)
    return by


def _filters(date_from: Any, date_to: Any, types: Optional[list[str]]) -> tuple[list[str], list[Any]]:
    """Conditions (on the counted rows ``u``) and parameters for dates and types."""
    where: list[str] = []
    params: list[Any] = []
    if date_from:
        where.append("u.date >= ?::DATE")
        params.append(date_from)
    if date_to:
        where.append("u.date <= ?::DATE")
        params.append(date_to)
    if types:
        where.append("list_contains(?, u.type)")
        params.append(list(types))
    return where, params


def dyads(store, *, by: str = "day", count: str = "clusters", date_from: Optional[str] = None, date_to: Optional[str] = None,
          source: Optional[str] = None, target: Optional[str] = None, types: Optional[list[str]] = None,
          modality: Optional[str] = None, background: bool = False):
    """Counts per period, source country, target country and PLOVER quad class (``newsfacts dyads``).

    Args:
        store: an open :class:`~newsfacts.store.duckdb.FactStore`.
        by: one of :data:`PERIODS`.
        count: one of :data:`COUNTS`.
        date_from, date_to: first and last date (inclusive).
        source, target: keep only this source (target) country code.
        types: keep only these PLOVER types (empty: all).
        modality: the modalities counted (:func:`parse_modality`; default: events that happened).
        background: count background events too.

    Returns:
        ``(column names, rows)``: period, source_country, target_country, quad_class and
        the count (named after ``count``), fetched as columns (a whole-store series has
        ~10^5 rows).
    """
    check_period(by)
    base = counted_sql(count, parse_modality(modality), background)
    where = ["u.date IS NOT NULL", "u.source_country IS NOT NULL", "u.target_country IS NOT NULL"]
    flt, params = _filters(date_from, date_to, types)
    where += flt
    for side, val in (("source", source), ("target", target)):
        if val:
            where.append(f"u.{side}_country = ?")
            params.append(dyad_country(val))
    sql = (
        f"SELECT CAST(date_trunc('{by}', u.date) AS DATE) AS period, u.source_country, u.target_country, "
        f"u.quad_class, count(*) AS {count} FROM ({base}) u WHERE " + " AND ".join(where)
        + " GROUP BY ALL ORDER BY period, source_country, target_country, quad_class"
    )
    return store.query_columns(sql, params)


def _actor_match(side: str, actor: str) -> tuple[str, list[Any]]:
    """SQL condition (with its parameters) for "``actor`` is the counted row's ``side``"
    (``source`` or ``target``): a three-letter upper-case code matches the actor
    country, an actor id (``people:vladimir putin``, ``country:USA``: a word, a colon)
    the side's actor ids, anything else an entity name."""
    assert side in ("source", "target")
    if _CODE.fullmatch(actor):
        return f"u.{side}_country = ?", [actor]
    if _ACTOR_ID.match(actor):
        return f"list_contains(string_split(u.{side}_actor_id, '; '), ?)", [actor]
    return f"list_contains(string_split(lower(u.{side}_name), '; '), lower(?))", [actor]


def dyad_counts(con, a: str, b: Optional[str] = None, *, by: str = "month", date_from: Any = None, date_to: Any = None,
                types: Optional[list[str]] = None, count: str = "clusters", modality: Optional[str] = None,
                background: bool = False) -> list[tuple[str, str, str, int]]:
    """Counts of the events between actors ``a`` and ``b`` (both directions) per period and
    quad class (the web's dyads page).

    Args:
        con: a DuckDB connection to the store.
        a: a country code (``ISR``), an actor id (``people:vladimir putin``) or an entity name.
        b: the other actor; when empty, events of ``a`` with anyone.
        by, count, date_from, date_to, types, modality, background: as for :func:`dyads`.

    Returns:
        ``(period start as ISO date, quad class or "unknown", direction, count)`` rows, in
        that order; the direction is ``ab`` (``a`` is the source) or ``ba``.
    """
    check_period(by)
    base = counted_sql(count, parse_modality(modality), background)
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
    flt, p_flt = _filters(date_from, date_to, types)
    sql = (
        f"SELECT CAST(date_trunc(?, u.date) AS DATE) AS period, coalesce(u.quad_class, 'unknown') AS quad, "
        f"CASE WHEN {ab} THEN 'ab' ELSE 'ba' END AS dir, count(*) AS n "
        f"FROM ({base}) u WHERE u.date IS NOT NULL AND ({ab} OR {ba})" + "".join(f" AND {w}" for w in flt)
        + " GROUP BY ALL ORDER BY period, quad, dir"
    )
    rows = con.execute(sql, [by] + p_ab + p_ab + p_ba + p_flt).fetchall()
    return [(p.isoformat(), q, d, n) for p, q, d, n in rows]


def dyad_country(value: str) -> str:
    """The country a dyad filter names (``USA``, ``usa``, ``Israel``).

    Raises:
        NewsfactsError: NF310 for anything that is not one country (dyads are counted by country).
    """
    from ..errors import E_FILTER, NewsfactsError
    from .vocab import parse_actor

    wanted = parse_actor(value)
    if wanted is None or not wanted.country or wanted.sector or wanted.name:
        raise NewsfactsError(f"{value!r} is not a country: dyads are counted by country (ISO 3166 alpha-3, e.g. USA, ISR)", code=E_FILTER)
    return wanted.country
