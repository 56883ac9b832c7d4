"""Events, session 15 (issue #19, helper E): an act in the content of a request, promise,
threat, refusal, accusation or backing is no event of its own, however deep in that content it
sits ("pushing for Germany to send tanks", "backed a resolution that seeks to impose an
embargo", "rejected Turkey's demand to withdraw"); it is noted on the outer event as its
context. An act the content presupposes done ("the European Union's aid"), a description in it
("raids in which troops attacked villages") and an act coordinated with the outer one stay
events. A later mention in the sentence with the same source, type and no target is the same
act ("shelled rebel positions, wounding dozens"). A purpose ("will visit Algeria to mediate") is no
second event either, and an active conjunct of a passive shares its subject, not its "by" agent
("was detained by soldiers and resigned": the one detained resigns).

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from tests.evidence import check_evidence

pytestmark = pytest.mark.model


def _events(extract_text, text):
    r = extract_text(text)
    check_evidence(r, text)
    return [(text[e["trigger"][0]:e["trigger"][1]], e) for e in r["events"]]


def _context_notes(events):
    return [n for _t, e in events for n in e["notes"] if n.startswith("context: ")]


@pytest.mark.parametrize(
    "text, inner, outer",
    [
        ("Poland is pushing hard for Germany to send tanks to Ukraine.", "send", "pushing"),
        ("Spain said it would back a Security Council resolution that seeks to impose an arms embargo on Libya.", "embargo", "back"),
        ("Greece rejected the demand by Turkey to withdraw its troops from Cyprus.", "withdraw", "rejected"),
        ("The minister urged Germany to back a plan to send troops to Mali.", "send", "urged"),
    ],
)
def test_e15_act_in_a_content_is_no_event(extract_text, text, inner, outer):
    events = _events(extract_text, text)
    assert all(trig != inner for trig, _e in events), [(t, e["type"]) for t, e in events]
    notes = [n for trig, e in events if trig == outer for n in e["notes"] if n.startswith("context: ")]
    assert any(f"'{inner}'" in n for n in notes), _context_notes(events)


def test_e15_presupposed_act_stays(extract_text):
    # the European Union's aid is given: the content presupposes it, it is not what is demanded
    events = _events(extract_text, "Egypt demanded that Israel match the European Union's aid to Gaza.")
    assert any(trig == "aid" for trig, _e in events), [(t, e["type"]) for t, e in events]


def test_e15_coordinated_act_stays(extract_text):
    events = _events(extract_text, "Pakistan refused to send troops to Iraq and urged its citizens to leave the country.")
    assert any(trig == "urged" and e["type"] == "REQUEST" for trig, e in events), [(t, e["type"]) for t, e in events]


def test_e15_purpose_is_no_second_event(extract_text, monkeypatch):
    from newsfacts.nlp.events import content_events

    monkeypatch.setattr(content_events, "PURPOSES", True)
    events = _events(extract_text, "Tunisian President Kais Saied will visit Algeria to mediate in the border dispute.")
    assert [t for t, e in events if e["type"] == "CONSULT"] == ["visit"], [(t, e["type"]) for t, e in events]
    assert any("'mediate'" in n for n in _context_notes(events)), _context_notes(events)


def test_e15_active_conjunct_of_a_passive_shares_its_subject(extract_text):
    text = "Malian Prime Minister Moussa Mara was detained by soldiers on Monday and resigned hours later."
    r = extract_text(text)
    check_evidence(r, text)
    names = {e["id"]: e["name"] for e in r["entities"]}
    resigned = [e for e in r["events"] if text[e["trigger"][0]:e["trigger"][1]] == "resigned"]
    assert resigned and [names[i] for i in resigned[0]["source"]] == ["Moussa Mara"], resigned


def test_e15_description_in_a_content_stays(extract_text):
    # a finite relative clause tells of something done, not of what is alleged
    text = "Chile complained to the United Nations about raids in which Peruvian troops had attacked Chilean border villages."
    events = _events(extract_text, text)
    assert any(trig == "attacked" and e["type"] == "ASSAULT" for trig, e in events), [(t, e["type"]) for t, e in events]


def test_e15_act_asked_about_stays(extract_text):
    # "why ..." asks about an act done; it is not what is demanded
    events = _events(extract_text, "Egypt demanded to know why Israeli troops had attacked the border post.")
    assert any(trig == "attacked" and e["type"] == "ASSAULT" for trig, e in events), [(t, e["type"]) for t, e in events]


def test_e15_pledge_told_in_a_relative_clause_stays(extract_text):
    # "which has promised to": a pledge made, no aim of the thing praised
    events = _events(extract_text, "The Polish minister praised Germany, which has promised to send tanks to Ukraine.")
    assert any(trig == "promised" for trig, _e in events), [(t, e["type"]) for t, e in events]
