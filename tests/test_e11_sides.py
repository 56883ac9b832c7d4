"""Event sides, session 11 (issue #19, helper E1): side evidence never starts or ends with
whitespace (a double space the parser hangs on a noun), the possessor of a noun for someone on
another side ("Russia's allies", "Obama's nominee") is no side, and whom a complaint is made to
is not whom it accuses.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from tests.evidence import event_sides, events_named

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The FBI arrested the hackers  who stole the files.",
        "Kenyan police detained the smugglers   on Monday near Garissa.",
        "Israel attacked Hamas fighters \n in Gaza.",
    ],
)
def test_e11_side_evidence_has_no_outer_whitespace(extract_text, text):
    events, _ = events_named(extract_text, text)
    assert events, "no event"
    for ev in events:
        for key in ("evidence", "source_evidence", "target_evidence"):
            for s, e in ev[key]:
                assert text[s:e] == text[s:e].strip() and text[s:e], (key, text[s:e])


def test_e11_np_span_leaves_out_space_tokens(nlp):
    from newsfacts.nlp.events.syntax import np_span

    doc = nlp("Police charged the hackers   on Monday.")
    noun = next(t for t in doc if t.text == "hackers")
    s, e = np_span(noun)
    assert doc.text[s:e] == "the hackers"


@pytest.mark.parametrize(
    "text, word, not_side",
    [
        ("France condemned Russia's allies in the war.", "condemned", "Russia"),
        ("Republican senators vowed to block President Obama's nominee for the court.", "vowed", "Barack Obama"),
        ("Germany criticized Iran's closest allies on Tuesday.", "criticized", "Iran"),
        ("Putin's critics attacked the Kremlin on Sunday.", "attacked", "Putin"),
        ("Iran denounced US allies on Friday.", "denounced", "US"),
    ],
)
def test_e11_owner_of_another_party_is_no_side(extract_text, text, word, not_side):
    found, _ = event_sides(extract_text, text, word)
    for _typ, src, tgt, _, _ in found:
        assert not any(not_side in n or n in not_side for n in tgt), found
        if word == "attacked":
            assert not any(not_side in n for n in src), found


def test_e11_party_modifier_of_opponents_stays(extract_text):
    # "his GOP opponents" are Republicans
    found, _ = event_sides(extract_text, "Grayson criticized his GOP opponents for their views.", "criticized")
    assert found and "USA" in found[0][4], found


def test_e11_party_adjective_of_a_nominee_stays(extract_text):
    # "the Democratic nominee" is a Democrat: the party still codes the side
    found, _ = event_sides(extract_text, "Senator Burke endorsed the Democratic nominee.", "endorsed")
    assert found, "no event on 'endorsed'"
    assert found[0][2], found
    assert "USA" in found[0][4], found


@pytest.mark.parametrize(
    "text, word, addressee",
    [
        ("The Nevada Democratic Party filed a formal complaint to the Democratic National Committee on Tuesday.",
         "complaint", "Democratic National Committee"),
        ("Pakistan complained to the United Nations on Monday.", "complained", "United Nations"),
    ],
)
def test_e11_addressee_of_a_complaint_is_no_target(extract_text, text, word, addressee):
    found, _ = event_sides(extract_text, text, word)
    for _typ, _src, tgt, _, _ in found:
        assert addressee not in tgt, found


def test_e11_accused_of_a_complaint_stays(extract_text):
    text = "Senator Jane Roe filed a complaint against Mayor Tom Mills with the Ethics Board of Ohio."
    found, _ = event_sides(extract_text, text, "complaint")
    assert found, "no event on 'complaint'"
    assert any("Mills" in n for n in found[0][2]), found
    assert not any("Board" in n for n in found[0][2]), found


def test_e11_complaint_about_an_act_targets_its_owner(extract_text):
    text = "Iran lodged a complaint with the Security Council over Israeli air strikes."
    found, _ = event_sides(extract_text, text, "complaint")
    assert found, "no event on 'complaint'"
    assert "ISR" in found[0][4], found
    assert not any("Security Council" in n for n in found[0][2]), found


@pytest.mark.parametrize(
    "text, counterpart, topic",
    [
        ("Hillary Clinton discussed the threat to America with President Putin.", "Putin", "America"),
        ("Kerry discussed Syria with Lavrov in Geneva.", "Lavrov", "Syria"),
    ],
)
def test_e11_topic_of_a_talk_is_no_counterpart(extract_text, text, counterpart, topic):
    found, _ = event_sides(extract_text, text, "discussed")
    assert found, "no event on 'discussed'"
    tgt = found[0][2]
    assert any(counterpart in n for n in tgt), found
    assert not any(topic in n for n in tgt), found


def test_e11_talk_topic_alone_names_no_counterpart(extract_text):
    # "discussed the threat to Canada" is no talk with Canada
    found, _ = event_sides(extract_text, "The prime minister Jonas Berg discussed the threat to Canada on Monday.", "discussed")
    for _typ, _src, tgt, _, _ in found:
        assert not any("Canada" in n for n in tgt), found


def test_e11_actor_object_of_a_talk_stays(extract_text):
    found, _ = event_sides(extract_text, "Obama discussed the matter with the Chinese ambassador.", "discussed")
    assert found and "CHN" in found[0][4], found


@pytest.mark.parametrize(
    "text",
    [
        "The Michael Brown shooting sparked protests in Ferguson.",
        "Reporters covered the Daniel Okafor shooting in Texas.",
    ],
)
def test_e11_name_before_a_shooting_is_no_source(extract_text, text):
    # the victim's name ("the Michael Brown shooting") or the shooter's: the words do not say which
    found, _ = event_sides(extract_text, text, "shooting")
    for _typ, src, _tgt, _, _ in found:
        assert not any("Brown" in n or "Okafor" in n for n in src), found


def test_e11_organisation_before_an_attack_stays_its_doer(extract_text):
    found, _ = event_sides(extract_text, "The Hamas attack on Israel killed many.", "attack")
    assert found and "Hamas" in found[0][1], found


def test_e11_nation_before_a_killing_stays_its_doer(extract_text):
    found, _ = event_sides(extract_text, "The U.S. killing of Osama bin Laden angered Pakistan.", "killing")
    assert found and "USA" in found[0][3], found
