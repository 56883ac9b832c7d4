"""Quote contents and cues of issue #18 (session 7): inverted colon lines, a quote resumed
after a participle aside, dates and occasions at a content's edges, speechless cues (time
adjuncts, audiences, "you" thinking, votes one can or must cast) and nominal cues a light
verb delivers. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _quotes(rec: dict) -> list[dict]:
    return rec["quotes"]


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


def test_inverted_cue_before_a_colon_names_the_speaker(run):
    rec = run("The senator spoke to a radio host on Monday about the race.\n\n"
              "Continued Collins: \u201cSo it is a real problem for the party.\u201d\n")
    [q] = _by_cue(rec, "Continued")
    assert _source(rec, q) == "Collins"
    assert q["text"] == "\u201cSo it is a real problem for the party.\u201d"


def test_inverted_cue_with_the_quote_in_the_next_paragraph(run):
    rec = run("The senator spoke to a radio host on Monday about the race.\n\n"
              "Stated Collins:\n\n\u201cI think the stakes are very high for all of us this year.\u201d\n")
    [q] = _by_cue(rec, "Stated")
    assert _source(rec, q) == "Collins"
    assert q["text"].startswith("\u201cI think the stakes")


def test_quote_resumes_after_a_participle_aside(run):
    rec = run("\u201cThe mayor,\u201d Roe said, pausing to look at the crowd, \u201cwill not be here next year.\u201d\n")
    [q] = _by_cue(rec, "said")
    assert len(q["evidence"]) == 2
    assert "will not be here next year" in q["text"]


def test_date_after_the_cue_is_not_content(run):
    rec = run("Tom Ames said Tuesday the plan was dead.")
    [q] = _by_cue(rec, "said")
    assert q["text"] == "the plan was dead"


def test_occasion_at_the_end_is_not_content(run):
    rec = run("Ann Roe argued the plan would fail in an interview with CNN on Sunday.")
    [q] = _by_cue(rec, "argued")
    assert q["text"] == "the plan would fail"


def test_occasion_noun_as_a_topic_stays(run):
    rec = run("A White House official says Obama has been working on the speech for weeks.")
    [q] = _by_cue(rec, "says")
    assert "on the speech" in q["text"]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe spoke before Tom Ames took the stage in Akron.",
        "Ann Roe wrote while a student at a small college in Ohio.",
        "Superdelegates can vote for the candidate of their choice.",
        "If you think taxes are too high, you should vote in November.",
    ],
)
def test_speechless_cues_make_no_quote(run, text):
    assert _quotes(run(text)) == []


def test_audience_after_a_date_is_not_content(run):
    rec = run("Ann Roe is speaking Thursday to the national conference led by Tom Ames.")
    assert _by_cue(rec, "is speaking") == []


def test_attack_delivered_by_a_light_verb(run):
    rec = run("Tom Ames launched an attack on the mayor.")
    [q] = [q for q in rec["quotes"] if q["text"] == "the mayor"]
    assert q["cue"]["text"] == "attack on"
    assert _source(rec, q) == "Tom Ames"


def test_call_on_takes_the_preposition_and_the_addressee(run):
    rec = run("Ann Roe called on Congress to pass the bill.")
    [q] = _by_cue(rec, "called on")
    assert q["text"] == "Congress to pass the bill"


def test_as_phrase_and_by_name_after_the_object_are_content(run):
    rec = run("Ann Roe referred to Tom Ames as \u201ca bright, charismatic leader.\u201d\n\nRoe did not mention Ames by name.")
    assert _by_cue(rec, "referred to")[0]["text"].endswith("as \u201ca bright, charismatic leader.\u201d")
    assert _by_cue(rec, "did not mention")[0]["text"] == "Ames by name"


def test_when_is_not_part_of_the_cue(run):
    rec = run("Ann Roe smiled when asked about the race in Ohio.")
    cues = [q["cue"]["text"] for q in rec["quotes"] if q.get("cue")]
    assert cues and all(not c.lower().startswith("when") for c in cues)


@pytest.mark.parametrize(
    "line, cue",
    [
        ("Tom Ames reveals a few relevant facts: The harbour road stays shut until May.", "reveals"),
        ("Tom Ames responded pointedly, with a smile: The harbour road stays shut until May.", "responded pointedly, with a smile:"),
    ],
)
def test_colon_line_cue_stops_before_a_long_object(nlp, line, cue):
    from newsfacts.nlp.quotes import headline_attributions, scan_marks

    text = f"The council met on Monday.\n\n{line}\n"
    (a,) = headline_attributions(nlp(text), text, scan_marks(text)[0])
    assert text[a.cue[0] : a.cue[1]] == cue
