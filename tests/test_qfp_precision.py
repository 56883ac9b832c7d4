"""Precision of quotes (issue #18): reports that are nobody's words are dropped. Texts
written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.nlp.entities import extract_entities
from newsfacts.nlp.quotes import extract_quotes
from newsfacts.nlp.quotes.unvoiced import in_writer_note


@pytest.fixture(scope="module")
def run(nlp):
    def go(text: str):
        doc = nlp(text)
        index = extract_entities(doc)
        names = {e.id: e.name for e in index.entities}
        return [(q.text, names.get(q.speaker), q.kind) for q in extract_quotes(doc, index)]

    return go


_NOTE = (
    "Senator Dana Holt spoke in Dayton on Monday.\n\n"
    "Holt said that the plant would reopen next spring.\n\n"
    "Editor’s note: Holt is a showman who has often promised to close every border.\n"
)


def test_writer_note_label():
    text = "First paragraph.\nEditor's note: this is the outlet speaking.\nAfter."
    assert in_writer_note(text, text.index("outlet"))
    assert not in_writer_note(text, text.index("First"))
    assert not in_writer_note(text, text.index("After"))
    assert not in_writer_note("The editor's note said so.", 20)  # not a paragraph's label


def test_speakerless_report_in_a_writers_note_is_dropped(run):
    quotes = run(_NOTE)
    assert not any("close every border" in q[0] for q in quotes), quotes
    assert any("plant would reopen" in q[0] and q[1] == "Dana Holt" for q in quotes), quotes


def test_named_or_quoted_reports_in_a_note_stay(run):
    text = (
        "Editor's note: An earlier version of this story misstated a date. "
        "Police Chief Omar Reyes said that the arrest was made on Friday.\n\n"
        "Editor's note: the group says it is “a movement for fair wages.”\n"
    )
    quotes = run(text)
    assert any("arrest was made" in q[0] and q[1] == "Omar Reyes" for q in quotes), quotes
    assert any("movement for fair wages" in q[0] for q in quotes), quotes


@pytest.mark.parametrize("text, content", [
    ("Wealthy donors gave $3 million last month to a political group backing Senator Ann Ford.", "Ann Ford"),
    ("The mayor ignored a request seeking comment on Friday.", "comment"),
    ("Two mayors seeking to block the plan met in Columbus on Friday.", "to block the plan"),
    ("Farmers in the county are workers who hope to sell more grain abroad this year.", "to sell more grain"),
])
def test_subordinate_reports_are_dropped(run, text, content):
    """A participle after a noun, a relative clause's verb, with no one speaking."""
    quotes = run(text)
    assert not any(content in q[0] for q in quotes), quotes


@pytest.mark.parametrize("text, content, speaker", [
    ("Governor Lena Park, who said that the budget was balanced, left early.", "budget was balanced", "Lena Park"),
    ("The council, which backed Ford last year, met again.", "Ford", None),
    ("Mayor Tom Reyes said that the bridge would reopen in May.", "bridge would reopen", "Tom Reyes"),
])
def test_named_relative_and_main_clause_reports_stay(run, text, content, speaker):
    quotes = run(text)
    hits = [q for q in quotes if content in q[0]]
    assert hits, quotes
    if speaker:
        assert hits[0][1] == speaker, hits


def test_writers_it_is_fair_to_say_is_no_quote(run):
    """An expletive "it" before an adjective and an infinitive cue: the writer's voice
    (was a speakerless quote; the expletive case of test_quotes_groups now uses a passive)."""
    quotes = run("The Federal Reserve said on Monday that rates would rise. It is fair to say that growth was slow.")
    assert any("rates would rise" in q[0] and q[1] == "Federal Reserve" for q in quotes), quotes
    assert not any("growth was slow" in q[0] for q in quotes), quotes
