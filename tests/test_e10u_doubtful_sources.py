"""Event sources in doubt are dropped, and a "who" finds its person (round 2, helper R2-E1):
a "who" after a role noun's "of" phrase, a "who" hung on a body in another phrase, the subject
of a verb that only deals with an act, a possessive two persons could own.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from newsfacts.nlp.events.side_words import side_words
from tests.evidence import events_at, events_named


def test_e10u_overseen_act_rows_are_loaded():
    assert {"handle", "oversee", "investigate"} <= side_words()["overseen_act"]


def _one(extract_text, text, word):
    events, names = events_named(extract_text, text)
    hit = events_at(events, text, word)
    assert hit, [(ev["type"], ev["trigger"]) for ev in events]
    return hit[0], names


@pytest.mark.model
def test_e10u_who_after_a_role_nouns_of_phrase_gives_no_source(extract_text):
    text = ("\"We will see,\" said Governor Tom Hale of Utah, a longtime backer of Senator Ann Moss, "
            "who has since called on Republicans to back Mr. Jones.")
    ev, names = _one(extract_text, text, "called")
    assert names(ev["source"]) == [], names(ev["source"])


@pytest.mark.model
def test_e10u_who_on_a_body_in_another_phrase_is_the_person_before_it(extract_text):
    text = ("The plan is weak, said Peter Lund, a secretary of labor during the Carter administration "
            "who has endorsed Senator Ann Moss in the primary.")
    ev, names = _one(extract_text, text, "endorsed")
    assert names(ev["source"]) == ["Peter Lund"], names(ev["source"])


@pytest.mark.model
def test_e10u_a_judge_handling_lawsuits_does_not_sue(extract_text):
    text = ("District Judge Paul Ortega, who is handling two lawsuits against Acme University in Denver, "
            "has become a target for critics.")
    ev, names = _one(extract_text, text, "lawsuits")
    assert names(ev["source"]) == [], names(ev["source"])


@pytest.mark.model
def test_e10u_the_filer_of_lawsuits_stays_the_source(extract_text):
    text = "Judge Paul Ortega filed two lawsuits against Acme University in Denver."
    ev, names = _one(extract_text, text, "lawsuits")
    assert names(ev["source"]) == ["Paul Ortega"], ev
    # (session 12: "Judge Paul Ortega's neighbors filed ...": the neighbours are another party,
    # so the judge is no side of their lawsuits)
    text = "Judge Paul Ortega's neighbors filed two lawsuits against Acme University in Denver."
    ev, names = _one(extract_text, text, "lawsuits")
    assert "Paul Ortega" not in names(ev["source"]), ev


@pytest.mark.model
def test_e10u_a_possessive_two_men_could_own_gives_no_source(extract_text):
    text = "Mr. Obama met Mr. Putin on Monday, and his criticism of Mr. Assad was sharp."
    ev, names = _one(extract_text, text, "criticism")
    assert names(ev["source"]) == [], names(ev["source"])


@pytest.mark.model
def test_e10u_a_possessive_with_one_man_before_it_keeps_its_source(extract_text):
    text = "Mr. Obama has been the most direct in his criticism of Mr. Assad this year."
    ev, names = _one(extract_text, text, "criticism")
    assert "Obama" in " ".join(names(ev["source"])), names(ev["source"])


@pytest.mark.model
def test_e10u_condolences_after_an_attack_are_no_attack_by_the_sender(extract_text):
    text = "Mr. Jones sent condolences to Belgium after the bombing in Brussels on Tuesday."
    ev, names = _one(extract_text, text, "bombing")
    assert names(ev["source"]) == [], names(ev["source"])


@pytest.mark.model
def test_e10u_a_raid_during_which_it_acted_keeps_its_doer(extract_text):
    text = "The army recovered the documents during the raid on the rebel compound in May."
    ev, names = _one(extract_text, text, "raid")
    assert ev["source"] or ev.get("source_evidence"), ev
