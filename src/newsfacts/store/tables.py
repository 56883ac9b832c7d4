"""The relational form of a record: one row per fact, per table.

This module is the one definition of the store's tables. The embedded DuckDB store,
the Parquet/CSV exports and the Spark job all take their columns from :data:`TABLES`
and their rows from :func:`newsfacts.store.rows.rows_from_record`, so every back end has
exactly the same schema. It imports neither DuckDB nor Spark.

Types are DuckDB SQL type names; list-like columns (evidence spans, id lists) are
JSON text, so they read the same in DuckDB, Parquet and Spark.
"""

from __future__ import annotations


#: table -> [(column, DuckDB type)]; the first columns form the primary key (see KEYS).
TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("doc_id", "VARCHAR"),
        ("published", "DATE"),
        ("source", "VARCHAR"),
        ("title", "VARCHAR"),
        ("url", "VARCHAR"),
        ("origin", "VARCHAR"),  # where the text came from: file path, WARC record, JSONL line
        ("length", "INTEGER"),
        ("language", "VARCHAR"),
        ("schema_version", "VARCHAR"),
        ("text", "VARCHAR"),
        ("record", "VARCHAR"),  # the full JSON record, for exports that need it whole
    ],
    "entities": [
        ("doc_id", "VARCHAR"),
        ("entity_id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("type", "VARCHAR"),
        ("country", "VARCHAR"),
        ("sector", "VARCHAR"),
        ("portfolio", "VARCHAR"),
        ("actor_code", "VARCHAR"),
        ("n_mentions", "INTEGER"),
        ("roles", "VARCHAR"),  # JSON list of {title, affiliation, country, evidence}
        ("basis", "VARCHAR"),  # JSON list of strings
        # one identity across documents (schema 1.1.0; newsfacts.nlp.entities.identity); new
        # columns go last: a store made by an older version gains them at the end (duckdb.py)
        ("actor_id", "VARCHAR"),
        # schema 1.3.0: False for an unnamed actor ("police"); its actor_id here is
        # document-scoped (unnamed:<doc_id>:<entity id>), so no two documents' "police" are one actor
        ("named", "BOOLEAN"),
    ],
    "mentions": [
        ("doc_id", "VARCHAR"),
        ("entity_id", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("text", "VARCHAR"),
        ("kind", "VARCHAR"),
    ],
    "quotes": [
        ("doc_id", "VARCHAR"),
        ("quote_id", "VARCHAR"),
        ("text", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("speaker_id", "VARCHAR"),
        ("speaker_name", "VARCHAR"),
        ("speaker_country", "VARCHAR"),
        ("cue", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("evidence", "VARCHAR"),
        ("speaker_evidence", "VARCHAR"),
        ("cue_start", "INTEGER"),
        ("cue_end", "INTEGER"),
        ("speaker_reason", "VARCHAR"),
        ("speaker_actor_id", "VARCHAR"),  # the speaker entity's actor_id
        ("speaker_named_outside", "BOOLEAN"),  # speaker named outside the content (store.speakers, schema 1.2.0)
    ],
    "events": [
        ("doc_id", "VARCHAR"),
        ("event_id", "VARCHAR"),
        ("type", "VARCHAR"),
        ("mode", "VARCHAR"),
        ("quad_class", "VARCHAR"),
        ("cameo", "VARCHAR"),
        ("modality", "VARCHAR"),
        ("source_ids", "VARCHAR"),
        ("target_ids", "VARCHAR"),
        ("source_name", "VARCHAR"),
        ("target_name", "VARCHAR"),
        ("source_country", "VARCHAR"),
        ("source_sector", "VARCHAR"),
        ("target_country", "VARCHAR"),
        ("target_sector", "VARCHAR"),
        ("place_id", "VARCHAR"),
        ("place_name", "VARCHAR"),
        ("place_country", "VARCHAR"),
        ("date", "DATE"),
        ("date_precision", "VARCHAR"),
        ("quote_id", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("evidence", "VARCHAR"),
        ("cluster_id", "VARCHAR"),
        ("sentence_start", "INTEGER"),  # the sentence that reports the event (clustering compares these)
        ("sentence_end", "INTEGER"),
        ("trigger_start", "INTEGER"),  # the word(s) naming the act
        ("trigger_end", "INTEGER"),
        ("triggers", "VARCHAR"),  # JSON: every trigger (one per time the story reports the event)
        ("source_evidence", "VARCHAR"),  # JSON: the words naming each side
        ("target_evidence", "VARCHAR"),
        ("notes", "VARCHAR"),  # JSON list of strings: why a side is missing, and the like
        ("source_actor_id", "VARCHAR"),  # the sides' actor_ids, joined with "; " as the names are
        ("target_actor_id", "VARCHAR"),
        # schema 1.2.0
        ("uncoded", "VARCHAR"),  # why the event is a mention kept out of every count; NULL: coded
        ("goldstein", "DOUBLE"),  # intensity of its CAMEO code
        ("is_root", "BOOLEAN"),  # the main event of its sentence
        ("background", "BOOLEAN"),  # not news of the day (nlp.events.enrich): out of the default counts
        # for event-data users (schema 1.2.0): no join needed for the place or the article
        ("date_value", "VARCHAR"),  # the event's own date as resolved: "2016", "2016-05" or a full date
        ("place_kind", "VARCHAR"),  # country, region, state, city, facility, ...
        ("place_latitude", "DOUBLE"),
        ("place_longitude", "DOUBLE"),
        ("place_admin1", "VARCHAR"),  # first-level admin code of the place, e.g. US-TX
        ("url", "VARCHAR"),  # the article's URL
        ("outlet", "VARCHAR"),  # the article's source (documents.source)
    ],
    "claims": [
        ("doc_id", "VARCHAR"),
        ("claim_id", "VARCHAR"),
        ("text", "VARCHAR"),
        ("value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("qualifier", "VARCHAR"),
        ("counts", "VARCHAR"),
        ("claimant_id", "VARCHAR"),
        ("claimant_name", "VARCHAR"),
        ("quote_id", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("evidence", "VARCHAR"),
        ("checks", "VARCHAR"),
        ("low", "DOUBLE"), ("high", "DOUBLE"),  # a range's bounds
        ("counts_evidence", "VARCHAR"),  # JSON: the words saying what is counted (schema 1.2.0)
        ("tally", "VARCHAR"),  # JSON: the two sides of a tally ("a 19-15 vote": [19, 15]; schema 1.3.0)
        ("claimant_evidence", "VARCHAR"),  # JSON: the words naming who claims the number (schema 1.4.0)
    ],
    "places": [
        ("doc_id", "VARCHAR"),
        ("place_id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("country", "VARCHAR"),
        ("latitude", "DOUBLE"),
        ("longitude", "DOUBLE"),
        ("gazetteer_id", "VARCHAR"),
        ("entity_id", "VARCHAR"),
        ("evidence", "VARCHAR"),
        ("reason", "VARCHAR"),  # how the gazetteer entry was chosen
        ("located_in", "VARCHAR"),  # where a facility or city is
        ("admin1", "VARCHAR"),  # first-level admin code, e.g. US-TX (schema 1.2.0)
    ],
    "dates": [
        ("doc_id", "VARCHAR"),
        ("date_id", "VARCHAR"),
        ("text", "VARCHAR"),
        ("value", "VARCHAR"),
        ("precision", "VARCHAR"),
        ("relative", "BOOLEAN"),
        ("evidence", "VARCHAR"),
    ],
    "warnings": [
        ("doc_id", "VARCHAR"),
        ("warning_id", "VARCHAR"),
        ("code", "VARCHAR"),
        ("message", "VARCHAR"),
        ("evidence", "VARCHAR"),
    ],
    # Input records that could not be processed; written by ingest, never by rows_from_record.
    "rejects": [
        ("reject_id", "VARCHAR"),  # sha256 of origin: re-running over the same input replaces, not duplicates
        ("origin", "VARCHAR"),  # source location: file path, file.jsonl:line, file.warc.gz#offset, file.csv:row
        ("reason", "VARCHAR"),  # short code: bad_json, broken_warc_record, empty_html, not_english, too_long, ...
        ("detail", "VARCHAR"),  # one human-readable line
        ("doc_id", "VARCHAR"),  # the text's id when there was a text (e.g. not_english), else NULL
        ("rejected_at", "TIMESTAMP"),
    ],
    # One real-world event reported by many articles: per-article events point here via events.cluster_id.
    # Built by newsfacts.store.clusters.cluster_events (a pure function shared by DuckDB and Spark).
    "event_clusters": [
        ("cluster_id", "VARCHAR"),
        ("type", "VARCHAR"),
        ("quad_class", "VARCHAR"),
        ("source_country", "VARCHAR"),
        ("target_country", "VARCHAR"),
        ("source_name", "VARCHAR"),  # the most frequent source name among members
        ("target_name", "VARCHAR"),
        ("date_first", "DATE"),
        ("date_last", "DATE"),
        ("n_events", "INTEGER"),  # per-article event records in the cluster
        ("n_articles", "INTEGER"),  # distinct documents
        ("n_sources", "INTEGER"),  # distinct outlets (documents.source; unknown sources count per document)
        ("representative", "VARCHAR"),  # "doc_id:event_id" of the earliest member
        ("source_actor_id", "VARCHAR"),  # the most frequent source actor_id among members
        ("target_actor_id", "VARCHAR"),
    ],
}

#: Primary key columns of each table.
KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "entities": ("doc_id", "entity_id"),
    "mentions": ("doc_id", "entity_id", "start"),
    "quotes": ("doc_id", "quote_id"),
    "events": ("doc_id", "event_id"),
    "claims": ("doc_id", "claim_id"),
    "places": ("doc_id", "place_id"),
    "dates": ("doc_id", "date_id"),
    "warnings": ("doc_id", "warning_id"),
    "rejects": ("reject_id",),
    "event_clusters": ("cluster_id",),
}

#: Tables filled from a record by :func:`newsfacts.store.rows.rows_from_record` (one row set per document).
RECORD_TABLES: tuple[str, ...] = ("documents", "entities", "mentions", "quotes", "events", "claims", "places", "dates", "warnings")
