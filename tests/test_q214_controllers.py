"""Sources of non-finite cues (issue #18, session 14): a participle or infinitive the parse hangs
on a noun that cannot speak ("found ways to cast", "held placards reading") is said by the
noun's owner or by the subject of the verb whose object the noun is, and an infinitive under a
verb with an object ("prompted the union to state") by that object, except after promising
and asking verbs. Sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts.nlp.quotes.controllers as controllers


def _source_of(rec: dict, text: str, cue_word: str) -> list[str]:
    return [" ".join(text[s:e] for s, e in q["speaker_evidence"]) for q in rec["quotes"] if q.get("cue") and cue_word in q["cue"]["text"]]


@pytest.fixture()
def run(extract_text):
    def go(text: str, cue_word: str) -> list[str]:
        return _source_of(extract_text(text), text, cue_word)

    return go


def test_infinitive_on_a_lifeless_object_is_the_subjects(run):
    text = "During the hearing, Senator Mara Quill found ways to cast herself as the true heir of the old reform movement."
    assert run(text, "cast") == ["Senator Mara Quill"]


def test_participle_on_a_lifeless_object_is_the_subjects(run):
    text = 'Outside the plant, the strikers waved placards saying "Fair pay now" at every passing truck.'
    assert run(text, "saying") == ["the strikers"]


def test_infinitive_after_an_object_that_speaks_is_the_objects(run):
    text = "The flood of complaints prompted the Harbor Workers Union to state that the new shift rules were unsafe."
    sources = run(text, "state")
    assert sources and "Harbor Workers Union" in sources[0]
    assert "complaints" not in sources[0]


def test_asking_verb_keeps_its_subject(run):
    text = "At the briefing, Paul Dorne all but begged reporters to ask him about anything other than the audit."
    sources = run(text, "ask")
    assert all("reporters" not in s for s in sources)


def test_person_object_noun_still_speaks(run):
    text = 'The mayor met angry residents saying that "the new road splits our neighbourhood in two."'
    sources = run(text, "saying")
    assert sources == ["angry residents"]


def test_switch_off_restores_the_old_source(extract_text, monkeypatch):
    text = "During the hearing, Senator Mara Quill found ways to cast herself as the true heir of the old reform movement."
    monkeypatch.setattr(controllers, "ENABLED", False)
    assert _source_of(extract_text(text), text, "cast") != ["Senator Mara Quill"]
