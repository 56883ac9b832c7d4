"""Clustering the Spark job's events with the embedded store's rules."""

from __future__ import annotations

from typing import Iterable, Iterator

from newsfacts.store.tables import TABLES

from .schemas import row_tuple, table_schema

_ASSIGN_SCHEMA = "doc_id string, event_id string, cluster_id string"


def _cluster_partition(rows: Iterable) -> Iterator[tuple]:
    """Run the store's clustering over each block (quad class) of a sorted partition."""
    from itertools import groupby

    from newsfacts.store.clusters import iter_clusters

    for _block, group in groupby(rows, key=lambda r: r["_block"]):
        for c in iter_clusters(r.asDict() for r in group):
            members = c.pop("members")
            yield ("c", row_tuple("event_clusters", c))
            for doc_id, event_id in members:
                yield ("a", (doc_id, event_id, c["cluster_id"]))


def cluster_events(spark, facts, *, partitions: int):
    """Cluster per-article events into ``event_clusters`` with the embedded store's rules.

    :func:`newsfacts.store.clusters.iter_clusters` streams event rows in date order and
    never puts records of different quad classes in one cluster. So Spark partitions the
    events by quad class (falling back to type, as the store does), sorts each partition
    the way ``ingest`` orders them (event date, else publication date; then doc_id,
    event_id) and runs the very same function over each block: the clusters are the ones
    ``ingest`` finds on the same input.

    The events are read from ``facts`` (one row per document, see :func:`facts_schema`),
    where each event sits next to its document: the publication date, the outlet and
    the evidence text (a slice of the document's text) come from the same row, with no
    join and no shuffle of the texts.

    Returns:
        ``(events, clusters, cached)``: events with ``cluster_id`` set, the
        ``event_clusters`` table, and the cached RDD to unpersist when done.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    doc = F.col("documents")[0]
    exploded = facts.where(F.size("events") > 0).select(
        doc["published"].alias("published"), doc["source"].alias("source"), doc["text"].alias("_text"), F.explode("events").alias("e"))
    rows = exploded.select(
        "e.doc_id", "e.event_id", "e.type", "e.quad_class", "e.source_country", "e.target_country", "e.source_name", "e.target_name",
        "e.source_actor_id", "e.target_actor_id", "e.date", "published", "source", "e.modality", "e.uncoded", "e.background",
        F.when(F.col("e.start").isNotNull(), F.expr("substring(_text, e.start + 1, e.`end` - e.start)")).alias("evidence_text"),
        F.coalesce("e.quad_class", "e.type").alias("_block"),
        F.coalesce("e.date", "published").alias("_day"),
    )
    ordered = rows.repartition(partitions, "_block").sortWithinPartitions(
        F.asc_nulls_first("_block"), F.asc_nulls_last("_day"), "doc_id", "event_id"
    )
    out = ordered.rdd.mapPartitions(_cluster_partition).persist(StorageLevel.MEMORY_AND_DISK)
    clusters = spark.createDataFrame(out.filter(lambda t: t[0] == "c").map(lambda t: t[1]), table_schema("event_clusters"))
    assign = spark.createDataFrame(out.filter(lambda t: t[0] == "a").map(lambda t: t[1]), _ASSIGN_SCHEMA)
    events = facts.select(F.explode("events").alias("r")).select("r.*")
    linked = events.drop("cluster_id").join(assign, ["doc_id", "event_id"], "left")
    return linked.select(*[c for c, _ in TABLES["events"]]), clusters, out

