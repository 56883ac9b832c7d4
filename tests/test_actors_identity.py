"""One identity across the corpus: ``actor_id`` in the record and in the store.

The id function on hand-made entities (no model), the store grouping by it (a real DuckDB
file), the migration of a store written by schema 1.0.0, and two texts through the pipeline.
"""

from __future__ import annotations

import json

import duckdb
import pytest

from newsfacts.nlp.entities.identity import actor_id, actor_id_of, normalise_name, person_id
from newsfacts.schema import SCHEMA_VERSION, Actor, Entity, Mention, document_id
from newsfacts.store import browse, queries
from newsfacts.store.duckdb import FactStore
from newsfacts.store.dyads import dyad_counts
from newsfacts.store.migrate import ACTOR_ID_COLUMNS, SCHEMA_1_2_COLUMNS, SCHEMA_1_3_COLUMNS, SCHEMA_1_4_COLUMNS
from newsfacts.store.tables import TABLES
from newsfacts.store.rows import rows_from_record

# --- the id function -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, type, country, expected",
    [
        ("Vladimir Putin", "PERSON", "RUS", "people:vladimir putin"),
        ("Putin", "PERSON", "RUS", "people:vladimir putin"),  # surname flagged in people.tsv, one person
        ("President Putin", "PERSON", None, "people:vladimir putin"),  # title dropped, country not needed
        ("Vladimir V. Putin", "PERSON", "RUS", "people:vladimir putin"),  # middle initial
        ("Putin\u2019s", "PERSON", "RUS", "people:vladimir putin"),  # curly possessive
        ("VLADIMIR PUTIN", "PERSON", "RUS", "people:vladimir putin"),
        ("Donald J. Trump", "PERSON", None, "people:donald trump"),
        ("Donald Trump Jr.", "PERSON", "USA", "name:donald trump jr|USA"),  # not his father
        ("Clinton", "PERSON", "USA", "name:clinton|USA"),  # Bill or Hillary: stays its own id
        ("Bush", "PERSON", "USA", "name:bush|USA"),  # three Bushes on the list
        ("George W. Bush", "PERSON", "USA", "people:george w. bush"),
        ("George W Bush", "PERSON", "USA", "people:george w. bush"),  # dots of initials
        ("Mr. Trump", "PERSON", None, "people:donald trump"),  # honorific dropped
        ("Sen. Ada Brennick", "PERSON", "USA", "name:ada brennick|USA"),  # a person not on the list
        ("Ada Brennick", "PERSON", "USA", "name:ada brennick|USA"),
        ("Ada Brennick", "PERSON", None, "name:ada brennick|-"),  # the country is part of a name id
        ("José Núñez", "PERSON", "ESP", "name:jose nunez|ESP"),  # accents folded
        ("US", "GPE", "USA", "country:USA"),
        ("U.S.", "GPE", "USA", "country:USA"),
        ("United States", "GPE", "USA", "country:USA"),
        ("the United States", "GPE", "USA", "country:USA"),
        ("America", "GPE", "USA", "country:USA"),
        ("Moscow", "GPE", "RUS", "name:moscow|RUS"),  # a city is not its country
        ("Americans", "NORP", "USA", "nationality:USA"),  # a people, not the state
        ("American", "NORP", "USA", "nationality:USA"),
        ("the State Department", "ORG", "USA", "org:US State Department"),
        ("Department of State", "ORG", "USA", "org:US State Department"),
        ("Supreme Court", "ORG", "CIV", "name:supreme court|CIV"),  # another country's court: not the US one
        ("Acme Holdings", "ORG", None, "name:acme holdings|-"),
    ],
)
def test_identity_actor_id_of(name, type, country, expected):
    assert actor_id_of(name, type, country) == expected


def test_identity_us_spellings_are_one_id():
    ids = {actor_id_of(n, "GPE", "USA") for n in ("US", "U.S.", "United States", "United States of America", "America")}
    assert ids == {"country:USA"}


@pytest.mark.parametrize(
    "name, type, country, entry, expected",
    [
        # our own lists are the id space of the actors on them, whichever dictionary coded the mention
        ("Barack Obama", "PERSON", "USA", "petrarch:BARACK_OBAMA", "people:barack obama"),
        ("Obama", "PERSON", "USA", "petrarch:BARACK_OBAMA", "people:barack obama"),
        ("George H.W. Bush", "PERSON", "USA", "people:george w. bush", "people:george h. w. bush"),  # the name decides
        ("Bush", "PERSON", "USA", "people:george w. bush", "people:george w. bush"),  # a surname the dated coding resolved
        ("State Department", "ORG", "USA", "petrarch:US_STATE_DEPARTMENT", "org:US State Department"),
        # else the entry
        ("Al Gore", "PERSON", "USA", "petrarch:AL_GORE", "petrarch:AL_GORE"),
        ("Goldman Sachs", "ORG", "USA", "petrarch:GOLDMAN_SACHS", "petrarch:GOLDMAN_SACHS"),
        ("Barack Obama", "ORG", "USA", "petrarch:BARACK_OBAMA", "petrarch:BARACK_OBAMA"),  # not a person: no people id
    ],
)
def test_identity_entry(name, type, country, entry, expected):
    assert actor_id_of(name, type, country, entry=entry) == expected


def test_identity_country_name_without_a_country_code_is_a_name():
    # an ambiguous country name left uncoded by the entity stage: no country id is guessed
    assert actor_id_of("Georgia", "GPE", None) == "name:georgia|-"


def _entity(name: str, type: str, country=None, entry=None) -> Entity:
    return Entity("e1", name, type, [Mention(name, 0, len(name), "name")], actor=Actor(country=country, entry=entry))


def test_identity_actor_id_reads_the_entity_record():
    assert actor_id(_entity("President Putin", "PERSON", "RUS")) == "people:vladimir putin"
    assert actor_id(_entity("U.S.", "GPE", "USA")) == "country:USA"
    assert actor_id(_entity("Kremlin", "ORG", "RUS", entry="petrarch:KREMLIN")) == "org:Kremlin"
    assert actor_id(_entity("Acme Oil", "ORG", "NGA", entry="petrarch:ACME_OIL")) == "petrarch:ACME_OIL"


@pytest.mark.parametrize(
    "name, type, expected",
    [
        ("President Vladimir Putin", "PERSON", "vladimir putin"),
        ("President Vladimir Putin", "ORG", "president vladimir putin"),  # titles only off a person's name
        ("the White House", "ORG", "white house"),
        ("Núñez's", "PERSON", "nunez"),
        ("U.S.", "GPE", "u s"),
        ("President", "PERSON", "president"),  # a title alone stays
    ],
)
def test_identity_normalise_name(name, type, expected):
    assert normalise_name(name, type) == expected


def test_identity_person_id_surname_rule():
    assert person_id("putin") == "people:vladimir putin"
    assert person_id("lavrov") == "people:sergei lavrov"  # one person, two spellings
    assert person_id("sergey lavrov") == "people:sergei lavrov"
    assert person_id("clinton") is None  # Bill and Hillary
    assert person_id("kerry") is None  # on the list, but not marked for the surname alone


# --- the store ---------------------------------------------------------------------------


def _record(text: str, published: str, entities: list[tuple[str, str, str, str, str]], events=(), quotes=()) -> dict:
    """A record by hand: entities ``(id, name, type, country, needle)`` (actor ids computed as the
    pipeline does), events ``(id, [source ids], [target ids])``, quotes ``(id, speaker id)``."""
    ents = []
    for eid, name, etype, country, needle in entities:
        s = text.index(needle)
        ent = Entity(eid, name, etype, [Mention(needle, s, s + len(needle), "name")], actor=Actor(country=country, sector="GOV"))
        ent.actor.actor_id = actor_id(ent)
        ents.append(ent.to_dict())
    end = len(text.rstrip())
    evs = [{"id": v, "type": "CONSULT", "mode": "verbal", "quad_class": "verbal cooperation", "source": src, "target": tgt,
            "place": None, "date": None, "modality": "asserted", "evidence": [[0, end]]} for v, src, tgt in events]
    qs = [{"id": q, "text": text[:5], "evidence": [[0, 5]], "kind": "indirect", "speaker": sp, "speaker_evidence": [], "cue": None}
          for q, sp in quotes]
    return {"schema_version": SCHEMA_VERSION,
            "document": {"id": document_id(text), "length": len(text), "published": published, "source": "Test", "title": None,
                         "language": "en"},
            "entities": ents, "quotes": qs, "events": evs, "claims": [], "places": [], "dates": [], "warnings": []}


PUTIN_A = "Vladimir Putin met the U.S. envoy in Moscow on Monday. Putin said the talks went well."
PUTIN_B = "President Putin told United States officials that no deal was near."


def _two_reports() -> list[tuple[dict, str]]:
    a = _record(PUTIN_A, "2016-03-01", [("e1", "Vladimir Putin", "PERSON", "RUS", "Vladimir Putin"),
                                        ("e2", "U.S.", "GPE", "USA", "U.S.")], events=[("v1", ["e1"], ["e2"])], quotes=[("q1", "e1")])
    b = _record(PUTIN_B, "2016-04-02", [("e1", "Putin", "PERSON", "RUS", "Putin"),
                                        ("e2", "United States", "GPE", "USA", "United States")],
                events=[("v1", ["e1"], ["e2"])], quotes=[("q1", "e1")])
    return [(a, PUTIN_A), (b, PUTIN_B)]


@pytest.fixture
def store_path(tmp_path):
    path = str(tmp_path / "ids.duckdb")
    with FactStore.open(path) as store:
        store.write_batch([rows_from_record(r, t) for r, t in _two_reports()])
    return path


def test_identity_store_one_actor_row_for_two_namings(store_path):
    with FactStore.open(store_path, read_only=True) as store:
        cols, rows = queries.actors(store, top=10)
    got = {r[cols.index("actor_id")]: r for r in rows}
    assert set(got) == {"people:vladimir putin", "country:USA"}
    putin = dict(zip(cols, got["people:vladimir putin"]))
    assert putin["documents"] == 2 and putin["names"] == "Putin; Vladimir Putin" and putin["type"] == "PERSON"
    usa = dict(zip(cols, got["country:USA"]))
    assert usa["documents"] == 2 and set(usa["names"].split("; ")) == {"U.S.", "United States"}


def test_identity_store_columns_carry_the_ids(store_path):
    with FactStore.open(store_path, read_only=True) as store:
        assert {r[0] for r in store.query("SELECT DISTINCT speaker_actor_id FROM quotes")[1]} == {"people:vladimir putin"}
        assert set(store.query("SELECT source_actor_id, target_actor_id FROM events")[1]) == {("people:vladimir putin", "country:USA")}


def test_identity_store_speaker_page_gathers_both_documents(store_path):
    with FactStore.open(store_path, read_only=True) as store:
        page = browse.entity_page(store.con, "putin")
        assert page["actor_id"] == "people:vladimir putin"
        assert page["counts"] == {"documents": 2, "quotes": 2, "events": 2}
        assert [n["name"] for n in page["names"]] == ["Putin", "Vladimir Putin"]
        assert browse.entity_page(store.con, actor_id="people:vladimir putin")["counts"]["documents"] == 2
        assert browse.entity_page(store.con, "Nobody") is None


def test_identity_store_network_and_dyads_by_actor_id(store_path):
    with FactStore.open(store_path, read_only=True) as store:
        net = browse.network(store.con, level="entity")
        assert [(e["source"], e["target"], e["n"]) for e in net["edges"]] == [("people:vladimir putin", "country:USA", 2)]
        assert {n["label"] for n in net["nodes"]} <= {"Putin", "Vladimir Putin", "U.S.", "United States"}
        counts = dyad_counts(store.con, "people:vladimir putin", "country:USA", by="year", count="reports")
        assert counts == [("2016-01-01", "verbal cooperation", "ab", 2)]


# --- migration of a 1.0.0 store ---------------------------------------------------------


def _old_store(path: str) -> None:
    """A store with the 1.0.0 column set (no actor-id columns), filled from the two reports."""
    con = duckdb.connect(path)
    new = {(t, c) for t, cols in [*ACTOR_ID_COLUMNS.items(), *SCHEMA_1_2_COLUMNS.items(), *SCHEMA_1_3_COLUMNS.items(), *SCHEMA_1_4_COLUMNS.items()] for c in cols}
    for table, cols in TABLES.items():
        old = [(c, t) for c, t in cols if (table, c) not in new]
        con.execute(f'CREATE TABLE "{table}" (' + ", ".join(f'"{c}" {t}' for c, t in old) + ")")
    for record, text in _two_reports():
        for table, rows in rows_from_record(record, text).items():
            for row in rows:
                old = [c for c, _ in TABLES[table] if (table, c) not in new]
                con.execute(f'INSERT INTO "{table}" VALUES (' + ", ".join("?" * len(old)) + ")", [row.get(c) for c in old])
    con.execute("INSERT INTO event_clusters (cluster_id, n_events) VALUES ('c1', 2)")
    con.execute("UPDATE events SET cluster_id = 'c1'")
    con.close()


def test_identity_migration_read_only_sees_the_ids_without_changing_the_file(tmp_path):
    path = str(tmp_path / "old.duckdb")
    _old_store(path)
    with FactStore.open(path, read_only=True) as store:
        cols, rows = queries.actors(store, top=10)
        assert {r[cols.index("actor_id")] for r in rows} == {"people:vladimir putin", "country:USA"}
        assert store.query("SELECT DISTINCT source_actor_id FROM event_clusters")[1] == [("people:vladimir putin",)]
    con = duckdb.connect(path, read_only=True)
    assert "actor_id" not in {r[0] for r in con.execute("DESCRIBE entities").fetchall()}  # untouched
    con.close()


def test_identity_migration_writable_adds_and_fills_the_columns(tmp_path):
    path = str(tmp_path / "old.duckdb")
    _old_store(path)
    with FactStore.open(path) as store:
        for table in TABLES:  # the columns as a new store has them, in the same order
            assert [r[0] for r in store.con.execute(f'DESCRIBE "{table}"').fetchall()] == [c for c, _ in TABLES[table]]
        ids = store.query("SELECT name, actor_id FROM entities ORDER BY name")[1]
        assert ids == [("Putin", "people:vladimir putin"), ("U.S.", "country:USA"), ("United States", "country:USA"),
                       ("Vladimir Putin", "people:vladimir putin")]
        assert set(store.query("SELECT speaker_actor_id FROM quotes")[1]) == {("people:vladimir putin",)}
        assert set(store.query("SELECT source_actor_id, target_actor_id FROM events")[1]) == {("people:vladimir putin", "country:USA")}
        assert store.query("SELECT source_actor_id, target_actor_id FROM event_clusters")[1] == [("people:vladimir putin", "country:USA")]
        # a new document goes in after the migration (inserts are by column position)
        text = "Putin spoke again."
        rec = _record(text, "2016-05-01", [("e1", "Putin", "PERSON", "RUS", "Putin")])
        store.write_batch([rows_from_record(rec, text)])
        assert queries.actors(store, top=1)[1][0][3] == 3  # documents
    with FactStore.open(path) as store:  # a second open finds nothing to do
        assert store.query("SELECT count(*) FROM entities WHERE actor_id IS NULL")[1] == [(0,)]


def test_identity_record_json_validates(store_path):
    import jsonschema

    from newsfacts.schema import json_schema

    for record, _ in _two_reports():
        for e in record["entities"]:
            e["actor"].update(entry=None, valid=None)  # Entity.to_dict wrote these already; keep them explicit
        jsonschema.validate(record, json_schema())


# --- through the pipeline ----------------------------------------------------------------


def test_identity_pipeline_two_documents_one_putin(extract_text, tmp_path):
    first = "Russian President Vladimir Putin met German officials in Berlin on Tuesday. Putin said talks would continue."
    second = "Putin warned the United States on Friday, the Kremlin said."
    records = [(extract_text(t, published="2016-05-03"), t) for t in (first, second)]
    ids = [{e["actor"]["actor_id"] for e in r["entities"] if e["type"] == "PERSON"} for r, _ in records]
    assert "people:vladimir putin" in ids[0] and "people:vladimir putin" in ids[1]
    path = str(tmp_path / "p.duckdb")
    with FactStore.open(path) as store:
        store.write_batch([rows_from_record(r, t) for r, t in records])
        cols, rows = queries.actors(store, top=20, type="PERSON")
        putin = [dict(zip(cols, r)) for r in rows if r[cols.index("actor_id")] == "people:vladimir putin"]
        assert len(putin) == 1 and putin[0]["documents"] == 2
    assert all(json.dumps(r) for r, _ in records)


def _store_1_1(path: str) -> None:
    """A store with the 1.1.0 column set (actor ids, none of the 1.2.0 columns)."""
    con = duckdb.connect(path)
    new = {(t, c) for t, cols in SCHEMA_1_2_COLUMNS.items() for c in cols}
    for table, cols in TABLES.items():
        old = [(c, t) for c, t in cols if (table, c) not in new]
        con.execute(f'CREATE TABLE "{table}" (' + ", ".join(f'"{c}" {t}' for c, t in old) + ")")
    for record, text in _two_reports():
        for table, rows in rows_from_record(record, text).items():
            old = [c for c, _ in TABLES[table] if (table, c) not in new]
            for row in rows:
                con.execute(f'INSERT INTO "{table}" VALUES (' + ", ".join("?" * len(old)) + ")", [row.get(c) for c in old])
    con.close()


def test_migration_1_1_read_only_shows_the_1_2_columns_as_null(tmp_path):
    path = str(tmp_path / "v11.duckdb")
    _store_1_1(path)
    with FactStore.open(path, read_only=True) as store:
        cols, rows = store.query("SELECT event_id, uncoded, is_root, background, goldstein FROM events")
        assert rows and all(r[1:] == (None, None, None, None) for r in rows)
        assert store.query("SELECT count(*) FROM places WHERE admin1 IS NULL")[1][0][0] == store.query(
            "SELECT count(*) FROM places")[1][0][0]
    con = duckdb.connect(path, read_only=True)
    assert "uncoded" not in {r[0] for r in con.execute("DESCRIBE events").fetchall()}  # untouched
    con.close()
    with FactStore.open(path) as store:  # a writable open adds them, in the order of a new store
        assert [r[0] for r in store.con.execute('DESCRIBE "events"').fetchall()] == [c for c, _ in TABLES["events"]]
