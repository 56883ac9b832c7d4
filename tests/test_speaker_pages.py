"""Speaker pages that are true (store/speakers.py): on the web's entity page and in
``newsfacts quotes --speaker``, a person's quotes are the quotes they said, grouped by actor
id, never one whose speaker is named only inside the quote, and reactions only when asked
for; on a DuckDB store filled with rows we write by hand."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.schema import document_id
from newsfacts.store.duckdb import FactStore
from newsfacts.store.tables import TABLES

PUTIN = "people:vladimir putin"

#: name (key), published, text, entities (name, actor id, mention texts), quote (content, kind, speaker entity, speaker words)
DOCS = [
    ("short_name", "2026-01-05", "\u201cWe will not back down,\u201d Putin said on Monday.",
     [("Putin", PUTIN, ["Putin"])], ("We will not back down", "direct", 0, "Putin")),
    ("full_name", "2026-01-06", "Vladimir Putin said the talks would go on in Geneva.",
     [("Vladimir Putin", PUTIN, ["Vladimir Putin"])], ("the talks would go on in Geneva", "indirect", 0, "Vladimir Putin")),
    # a quote about Putin, wrongly given to him: his only mention is inside the content
    ("about_him", "2026-01-07", "The senator condemned Putin's remarks on Tuesday.",
     [("Putin", PUTIN, ["Putin"])], ("Putin's remarks", "indirect", 0, None)),
    # a reaction (a bare noun phrase): kept in the record, off the page by default
    ("reaction", "2026-01-08", "Putin rejected the criticism from Western leaders.",
     [("Putin", PUTIN, ["Putin"])], ("the criticism from Western leaders", "reaction", 0, "Putin")),
    # named elsewhere, but the words naming the speaker of this quote are inside its content
    ("named_inside", "2026-01-09", "Putin was in Minsk. Aides said \u201cPutin will sign the deal\u201d soon.",
     [("Putin", PUTIN, ["Putin", "Putin"])], ("Putin will sign the deal", "direct", 0, "Putin@2")),
    # another person called Putin (another actor id): not on Vladimir Putin's page by id
    ("other_putin", "2026-01-10", "Lyudmila Putin said the school would reopen.",
     [("Lyudmila Putin", "people:lyudmila putin", ["Lyudmila Putin"])], ("the school would reopen", "indirect", 0, "Lyudmila Putin")),
]


def _find(text, needle):
    word, _, nth = needle.partition("@")
    start = -1
    for _ in range(int(nth or 1)):
        start = text.index(word, start + 1)
    return start, start + len(word)


def _rows(key, published, text, entities, quote):
    doc = document_id(text)
    rows = {t: [] for t in TABLES}
    rows["documents"].append({"doc_id": doc, "published": published, "source": key, "title": key, "text": text, "length": len(text),
                              "record": "{}"})
    for k, (name, aid, mentions) in enumerate(entities, start=1):
        rows["entities"].append({"doc_id": doc, "entity_id": f"e{k}", "name": name, "type": "PERSON", "country": "RUS",
                                 "n_mentions": len(mentions), "actor_id": aid})
        pos = -1
        for m in mentions:
            pos = text.index(m, pos + 1)
            rows["mentions"].append({"doc_id": doc, "entity_id": f"e{k}", "start": pos, "end": pos + len(m), "text": m, "kind": "name"})
    content, kind, who, words = quote
    s, e = _find(text, content)
    speaker = entities[who]
    sp = [list(_find(text, words))] if words else []
    rows["quotes"].append({"doc_id": doc, "quote_id": "q1", "text": content, "kind": kind, "speaker_id": f"e{who + 1}",
                           "speaker_name": speaker[0], "speaker_country": "RUS", "start": s, "end": e, "evidence": json.dumps([[s, e]]),
                           "speaker_evidence": json.dumps(sp), "speaker_actor_id": speaker[1]})
    return rows


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("speakers") / "s.duckdb")
    with FactStore.open(path) as store:
        store.write_batch([_rows(*d) for d in DOCS])
    return path


def _cli_sources(db, *args):
    r = CliRunner().invoke(cli, ["quotes", "--db", db, "--format", "json", *args])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    docs = {document_id(d[2]): d[0] for d in DOCS}
    return sorted(docs[q["doc_id"]] for q in rows)


@pytest.mark.parametrize(
    "args,want",
    [
        # "Vladimir Putin" finds the quote given as "Putin" too: one actor id
        (["--speaker", "Vladimir Putin"], ["full_name", "short_name"]),
        (["--speaker", "vladimir putin", "--reactions"], ["full_name", "reaction", "short_name"]),
        # "Putin" is two actors (Vladimir and Lyudmila): both, each only with what they said
        (["--speaker", "Putin"], ["full_name", "other_putin", "short_name"]),
        (["--speaker", "Lyudmila"], ["other_putin"]),
        # no speaker: every quote but the reaction (the speaker filters do not apply)
        ([], ["about_him", "full_name", "named_inside", "other_putin", "short_name"]),
        (["--reactions"], ["about_him", "full_name", "named_inside", "other_putin", "reaction", "short_name"]),
    ],
)
def test_speaker_pages_cli(db, args, want):
    assert _cli_sources(db, *args) == want


def test_speaker_pages_cli_shows_actor_id(db):
    r = CliRunner().invoke(cli, ["quotes", "--db", db, "--format", "json", "--speaker", "Vladimir Putin"])
    assert {json.loads(line)["actor_id"] for line in r.output.splitlines()} == {PUTIN}


@pytest.fixture(scope="module")
def client(db):
    from newsfacts.web import create_app

    from .webclient import TestClient

    return TestClient(create_app(db))


@pytest.mark.parametrize(
    "params,want",
    [
        ({"name": "Putin"}, ["full_name", "short_name"]),
        ({"name": "Vladimir Putin"}, ["full_name", "short_name"]),
        ({"id": PUTIN}, ["full_name", "short_name"]),
        ({"id": PUTIN, "reactions": "1"}, ["full_name", "reaction", "short_name"]),
        ({"id": "people:lyudmila putin"}, ["other_putin"]),
    ],
)
def test_speaker_pages_web(client, params, want):
    d = client.get("/api/entity", params=params).json()
    docs = {document_id(x[2]): x[0] for x in DOCS}
    assert sorted(docs[q["doc_id"]] for q in d["quotes"]) == want
    assert d["counts"]["quotes"] == len(want)


def test_speaker_pages_web_bad_flag_and_html(client):
    assert client.get("/api/entity", params={"id": PUTIN, "reactions": "maybe"}).status_code == 400
    page = client.get("/entity", params={"id": PUTIN})
    assert page.status_code == 200 and "We will not back down" in page.text and "Putin&#39;s remarks" not in page.text
    assert "the criticism from Western leaders" not in page.text
