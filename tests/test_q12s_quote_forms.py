"""Quote recall forms of issue #18 (session 12): a quote in the sentence after a cue that
has no content of its own ("Ann Roe agreed. “...”"), and a headline line whose verb the
parser hung on the next line's clause ("A; \\nB vows to C"). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _by_cue(rec: dict, cue: str) -> list[dict]:
    return [q for q in rec["quotes"] if q.get("cue") and q["cue"]["text"] == cue]


def _source(rec: dict, q: dict) -> str:
    text = rec["_text"]
    return " ".join(text[s:e] for s, e in q["speaker_evidence"])


@pytest.fixture()
def run(extract_text):
    def go(text: str) -> dict:
        rec = extract_text(text)
        rec["_text"] = text
        return rec

    return go


def test_quote_after_a_cue_that_ends_its_sentence(run):
    rec = run('The bridge vote was delayed again.\n\nCouncil member Ann Roe agreed. "The city is running out of time to find a buyer for the site."')
    qs = _by_cue(rec, "agreed")
    assert len(qs) == 1
    assert qs[0]["text"] == '"The city is running out of time to find a buyer for the site."'
    assert _source(rec, qs[0]) == "Council member Ann Roe"


def test_quote_after_said_in_a_statement(run):
    rec = run("Tom Vale, the spokesman for the county board, said in a statement. “There are no paper ballots left to count. The result stands.”")
    qs = [q for q in rec["quotes"] if q["cue"]["text"].startswith("said")]
    assert len(qs) == 1
    assert qs[0]["text"].startswith("“There are no paper ballots")
    assert "Tom Vale" in _source(rec, qs[0])


def test_quote_with_its_own_cue_is_not_taken(run):
    rec = run('The mayor agreed. "We can rebuild the pier by spring," said Tom Ames, the harbor master.')
    assert not _by_cue(rec, "agreed")
    qs = _by_cue(rec, "said")
    assert qs and _source(rec, qs[0]).startswith("Tom Ames")


def test_quote_continuing_an_attribution_is_not_taken(run):
    rec = run('"The plan is dead," said Tom Ames, who retired in May. "Nobody will revive it this year."')
    assert not _by_cue(rec, "retired")
    qs = _by_cue(rec, "said")
    assert len(qs) == 1 and len(qs[0]["evidence"]) == 2


def test_cue_with_more_than_a_phrase_before_the_stop_takes_no_quote(run):
    rec = run('Ann Roe agreed to run for the seat. "It will be a hard race."')
    assert all("hard race" not in q["text"] for q in _by_cue(rec, "agreed"))


def test_headline_verb_keeps_its_own_line(run):
    rec = run("Mayor spurns offer for the port; \nCouncil vows to fight the closure of the plant.\n\n"
              "The council said on Monday that it would appeal.")
    qs = _by_cue(rec, "vows")
    assert len(qs) == 1
    assert qs[0]["text"] == "to fight the closure of the plant"
    assert _source(rec, qs[0]) == "Council"


def test_as_x_put_it_takes_the_quote(run):
    rec = run("Or, as Ann Roe, a former harbor master, put it: \"The wolves are no longer at the gate. They are inside.\"")
    qs = _by_cue(rec, "put it")
    assert len(qs) == 1
    assert qs[0]["text"].startswith('"The wolves')
    assert _source(rec, qs[0]) == "Ann Roe, a former harbor master,"


def test_as_name_put_it_when_the_parser_made_the_name_an_object(run):
    rec = run("As Ann Roe, professor of law at Lakeside and author of ''The Long Road,'' put it, "
              "''Senate leaders should remember that a deal today may be better.''")
    qs = _by_cue(rec, "put it")
    assert len(qs) == 1
    assert _source(rec, qs[0]).startswith("Ann Roe")
    assert "Senate" not in _source(rec, qs[0])


def test_put_it_that_reports_nothing(run):
    rec = run('She put it on the table and left. As he put it down, "Done," she said.')
    assert not _by_cue(rec, "put it")
    assert all("Done" not in q["text"] for q in rec["quotes"] if q["cue"]["text"].startswith("put"))


def test_topic_after_at_for_hint_and_balk(run):
    rec = run("The council balked at the price of the new bridge. Tom Ames spoke at the rally on Monday.")
    qs = _by_cue(rec, "balked at")
    assert len(qs) == 1 and qs[0]["text"] == "the price of the new bridge"
    assert not [q for q in rec["quotes"] if q["cue"]["text"].startswith("spoke")]


def test_light_have_with_a_noun_of_opinion(run):
    rec = run("Senator Tom Ames also had strong views on how the county handled the flood.")
    qs = _by_cue(rec, "also had strong views on")
    assert len(qs) == 1 and qs[0]["text"] == "how the county handled the flood"
    assert _source(rec, qs[0]) == "Senator Tom Ames"
