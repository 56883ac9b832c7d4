"""Unnamed actors ("police", "a federal judge", "Israeli troops"): entities with ``named``
False, their country and sector with the basis, one per referent in a document, quote
speakers and event sides, and no identity across documents in the store. Sentences written
for these tests."""

from __future__ import annotations

import duckdb
import pytest

from newsfacts.schema import Entity
from newsfacts.store import browse, queries
from newsfacts.store.duckdb import FactStore
from newsfacts.store.migrate import SCHEMA_1_3_COLUMNS, SCHEMA_1_4_COLUMNS
from newsfacts.store.tables import TABLES
from newsfacts.store.rows import rows_from_record


def _unnamed(record: dict) -> list[dict]:
    return [e for e in record["entities"] if e["named"] is False]


def _by_mention(record: dict, text: str) -> dict:
    for e in record["entities"]:
        if any(m["text"] == text for m in e["mentions"]):
            return e
    raise AssertionError(f"no entity with the mention {text!r}: {[e['name'] for e in record['entities']]}")


@pytest.mark.parametrize(
    "text, mention, country, sector, basis_word",
    [
        ("Israeli troops fired on the crowd on Friday.", "troops", "ISR", "MIL", "modifier"),
        ("Afghan police arrested the two suspects.", "police", "AFG", "COP", "modifier"),
        ("Police in Kabul arrested the two suspects.", "Police", "AFG", "COP", "after the head"),
        ("U.S. officials said the report was wrong.", "officials", "USA", "GOV", "modifier"),
        ("Vietnamese-led forces shelled the camps near the border.", "forces", "VNM", "MIL", "modifier"),
        ("A federal judge said the law was void.", "A federal judge", None, "JUD", "no country"),
        ("A campaign spokesman said the rally was canceled.", "A campaign spokesman", None, "PTY", "campaign"),
        ("Police officials said the road was closed.", "Police officials", None, "COP", "'police'"),
        ("Rockets were fired by Gaza-based militants on Sunday.", "militants", "PSE", "REB", "Gaza"),
        ("Ankara will let 13,000 Turkish Kurd refugees return home.", "Kurd refugees", "TUR", "REF", "Turkish"),
        ("People familiar with the talks said a deal was near.", "People", None, None, "gives none"),
    ],
)
def test_unnamed_actor_country_and_sector(extract_text, text, mention, country, sector, basis_word):
    ent = _by_mention(extract_text(text), mention)
    assert ent["named"] is False and ent["actor"]["actor_id"] is None
    assert (ent["actor"]["country"], ent["actor"]["sector"]) == (country, sector)
    assert any(basis_word in b for b in ent["actor"]["basis"]), ent["actor"]["basis"]
    m = next(m for m in ent["mentions"] if m["text"] == mention)
    assert m["kind"] == "description" and text[m["start"]:m["end"]] == mention


def test_unnamed_same_referent_is_one_entity(extract_text):
    text = ("Israeli officials said the border would stay closed. The officials said talks would resume. "
            "A federal judge blocked the order. The judge said it was unlawful.")
    rec = extract_text(text)
    officials = _by_mention(rec, "officials")
    assert [m["text"] for m in officials["mentions"]] == ["officials", "The officials"]
    assert officials["actor"]["country"] == "ISR"
    judge = _by_mention(rec, "A federal judge")
    assert [m["text"] for m in judge["mentions"]] == ["A federal judge", "The judge"]


@pytest.mark.parametrize(
    "text, mention, country",
    [
        # the article's main country (USA, 3 mentions) for officials, not for militants (often foreign)
        ("The United States said on Monday that the U.S. embassy in Washington was safe. America will act. "
         "Officials said talks went well. Militants said they would fight on.", "Officials", "USA"),
        ("The United States said on Monday that the U.S. embassy in Washington was safe. America will act. "
         "Officials said talks went well. Militants said they would fight on.", "Militants", None),
    ],
)
def test_unnamed_article_country_fallback(extract_text, text, mention, country):
    ent = _by_mention(extract_text(text), mention)
    assert ent["actor"]["country"] == country, ent["actor"]["basis"]


def test_unnamed_bare_plural_is_a_group_of_its_own(extract_text):
    rec = extract_text("Texas supporters of the governor cheered on Monday. The senator denounced supporters who shout insults.")
    groups = [e for e in _unnamed(rec) if e["mentions"][0]["text"].endswith("supporters")]
    assert len(groups) == 2 and all(len(e["mentions"]) == 1 for e in groups)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The police station was closed on Sunday.", "police"),  # a modifier, not an actor
        ("John Marsh, a lawyer, said the ruling was wrong.", "lawyer"),  # apposition of a named person
        ("She worked as a lawyer for ten years.", "lawyer"),  # a role
        ("No soldiers were hurt in the blast.", "soldiers"),  # a negated quantifier
        ("Syria said it would withdraw its troops.", "troops"),  # whose: the pronoun's antecedent
        ("The Supreme Court ruled on Monday. The court said the case was closed.", "court"),  # the named court
        ("He lacks experience in government.", "government"),  # generic: no determiner, no modifier
        ("The alliance stands, whatever government is in place in Rome.", "government"),  # no government in particular
        ("The people of Iran deserve a government that serves them.", "government"),
        ("The senator spoke at the Commander-in-Chief Forum.", "commander"),  # a word of a hyphenated name
        ("People want cheaper drugs.", "people"),  # "people" only when familiar with something
        ("Obama Is Joining Forces With China.", "forces"),  # a capital inside a sentence: a Title Case headline
        ("The Washington Post ran the story first. The newspaper said it stood by it.", "newspaper"),  # the named paper
        ("The plan has many critics in the capital.", "critics"),  # speaker-only words: no actor elsewhere
        ("Experts were invited to the hearing.", "experts"),
    ],
)
def test_unnamed_not_made(extract_text, text, word):
    rec = extract_text(text)
    assert not any(word in m["text"].lower() for e in _unnamed(rec) for m in e["mentions"]), _unnamed(rec)


def test_unnamed_quote_speakers(extract_text):
    text = "Police said the protesters were arrested. A federal judge said the law was void."
    rec = extract_text(text)
    speakers = {q["speaker"] for q in rec["quotes"]}
    by_id = {e["id"]: e for e in rec["entities"]}
    assert {by_id[s]["name"] for s in speakers if s} == {"Police", "federal judge"}
    assert all("unnamed actor" in q["speaker_reason"] for q in rec["quotes"])


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Critics said the plan was too costly.", "Critics"),
        ("Economists warned that the tax would slow hiring.", "Economists"),
        ("Two witnesses told reporters that the car sped away.", "witnesses"),
    ],
)
def test_unnamed_speaker_only_groups_speak(extract_text, text, speaker):
    rec = extract_text(text)
    by_id = {e["id"]: e for e in rec["entities"]}
    (q,) = rec["quotes"]
    assert q["speaker"] and by_id[q["speaker"]]["named"] is False and by_id[q["speaker"]]["name"].endswith(speaker)


def test_unnamed_named_person_first(extract_text):
    text = "Pentagon spokesman John Kirby spoke on Monday. The spokesman said the talks went well."
    rec = extract_text(text)
    q = next(q for q in rec["quotes"] if "talks" in rec_text(text, q))
    assert rec["entities"][int(q["speaker"][1:]) - 1]["name"] == "John Kirby"
    assert not any(m["text"].lower().endswith("spokesman") for e in _unnamed(rec) for m in e["mentions"])


def rec_text(text: str, q: dict) -> str:
    return " ".join(text[s:e] for s, e in q["evidence"])


def test_unnamed_event_sides_get_countries(extract_text):
    text = "Israeli troops fired on Palestinian protesters near the fence on Friday."
    rec = extract_text(text)
    ev = next(e for e in rec["events"] if e["type"] in ("ASSAULT", "COERCE"))
    by_id = {e["id"]: e for e in rec["entities"]}
    assert [by_id[i]["actor"]["country"] for i in ev["source"]] == ["ISR"]
    assert [by_id[i]["actor"]["country"] for i in ev["target"]] == ["PSE"]


def test_entity_named_defaults_true_and_serialises():
    e = Entity(id="e1", name="x", type="ORG", mentions=[])
    assert e.named is True and e.to_dict()["named"] is True


# --- the store: two articles' "police" are two actors ------------------------------------


def test_unnamed_two_articles_not_merged(extract_text, tmp_path):
    texts = ["Police said the road was closed after the crash.", "Police said two men were arrested in the raid."]
    records = [(extract_text(t), t) for t in texts]
    with FactStore.open(str(tmp_path / "u.duckdb")) as store:
        store.write_batch([rows_from_record(r, t) for r, t in records])
        rows = store.con.execute("SELECT doc_id, actor_id, named FROM entities WHERE name = 'Police'").fetchall()
        assert len(rows) == 2 and all(named is False for _, _, named in rows)
        assert len({a for _, a, _ in rows}) == 2 and all(a.startswith("unnamed:" + d) for d, a, _ in rows)
        speakers = store.con.execute("SELECT DISTINCT speaker_actor_id FROM quotes WHERE speaker_name = 'Police'").fetchall()
        assert len(speakers) == 2
        cols, actors = queries.actors(store, top=50)
        assert not any(r[cols.index("name")] == "Police" for r in actors)
        assert browse.actor_of_name(store.con, "Police") is None
        page = browse.entity_page(store.con, actor_id=rows[0][1])  # one document's police: its own quotes only
        assert page["counts"]["documents"] == 1 and page["counts"]["quotes"] == 1


def test_unnamed_column_migrates_older_store(extract_text, tmp_path):
    path = str(tmp_path / "old.duckdb")
    text = "Police said the road was closed."
    rec = extract_text(text)
    new = {(t, c) for t, cols in [*SCHEMA_1_3_COLUMNS.items(), *SCHEMA_1_4_COLUMNS.items()] for c in cols}
    con = duckdb.connect(path)
    for table, cols in TABLES.items():
        old = [(c, t) for c, t in cols if (table, c) not in new]
        con.execute(f'CREATE TABLE "{table}" (' + ", ".join(f'"{c}" {t}' for c, t in old) + ")")
    con.execute("INSERT INTO entities (doc_id, entity_id, name, type) VALUES ('d0', 'e1', 'Acme', 'ORG')")
    con.close()
    with FactStore.open(path, read_only=True) as store:  # read-only: a NULL column, read as named
        assert store.con.execute("SELECT named FROM entities").fetchall() == [(None,)]
        assert browse.actor_of_name(store.con, "Acme") is not None
    with FactStore.open(path) as store:
        assert store.con.execute("SELECT named FROM entities").fetchall() == [(True,)]
        store.write_batch([rows_from_record(rec, text)])
        assert store.con.execute("SELECT count(*) FROM entities WHERE NOT named").fetchone()[0] == 1
