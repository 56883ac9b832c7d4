"""Round 10 targets (issue #19): whom a phrasal verb of verbal conflict is aimed "at" ("lashed
out at X", "took a swipe at X"), and a public call for a hostile act keeps the state or
organisation the act is aimed at ("called for sanctions against Nigeria"), not a people."""

from __future__ import annotations

from tests.evidence import event_sides, side_text


def _one(extract_text, text: str, trigger: str):
    found, rec = event_sides(extract_text, text, trigger)
    assert len(found) == 1, found
    ev = next(e for e in rec["events"] if text[e["trigger"][0]:e["trigger"][1]] == trigger)
    return found[0], ev


def test_lashed_out_at_a_country(extract_text):
    text = "The prime minister of Canada lashed out at Mexico on Tuesday over the tariffs."
    (typ, src, tgt, src_c, tgt_c), ev = _one(extract_text, text, "lashed")
    assert typ == "ACCUSE"
    assert tgt_c == ["MEX"], (src, tgt)
    assert side_text(ev, text, "target") == ["Mexico"]


def test_hit_out_at_an_organisation(extract_text):
    text = "Senator Bernie Sanders hit out at the Democratic National Committee on Friday."
    (typ, src, tgt, _, _), ev = _one(extract_text, text, "hit")
    assert typ == "ACCUSE"
    assert tgt == ["Democratic National Committee"], tgt


def test_took_a_swipe_at_keeps_no_object_phrase(extract_text):
    text = "Barack Obama took a swipe at Vladimir Putin during his speech in Berlin."
    (typ, src, tgt, _, _), ev = _one(extract_text, text, "took")
    assert typ == "ACCUSE"
    assert tgt == ["Vladimir Putin"], tgt
    assert side_text(ev, text, "target") == ["Vladimir Putin"]  # not "a swipe"


def test_plain_verb_at_phrase_is_where_it_was_said(extract_text):
    text = "Senator Elizabeth Warren complained at the United Nations on Monday."
    (typ, src, tgt, _, _), _ev = _one(extract_text, text, "complained")
    assert typ == "ACCUSE"
    assert tgt == [], tgt  # no particle or object word of the trigger: "at" is where


def test_lashed_out_at_a_meeting_names_no_one(extract_text):
    text = "The Iranian minister lashed out on Monday at a meeting in Vienna."
    (typ, src, tgt, _, _), ev = _one(extract_text, text, "lashed")
    assert tgt == [] and side_text(ev, text, "target") == [], tgt


def test_public_call_for_sanctions_keeps_the_country(extract_text):
    text = "Archbishop Desmond Tutu on Sunday called for sanctions against Nigeria."
    (typ, src, tgt, _, tgt_c), ev = _one(extract_text, text, "called")
    assert typ == "REQUEST"
    assert tgt_c == ["NGA"], tgt
    assert any("public call" in n for n in ev["notes"])


def test_call_for_a_ban_on_a_people_still_has_no_target(extract_text):
    text = "Donald Trump called for a ban on Muslims entering the United States."
    (typ, src, tgt, _, _), _ev = _one(extract_text, text, "called")
    assert typ == "REQUEST"
    assert tgt == [], tgt


def test_call_on_someone_keeps_whom_it_is_asked_of(extract_text):
    text = "Germany called on the European Union to impose sanctions against Iran."
    found, _rec = event_sides(extract_text, text, "called")
    assert found, found
    typ, src, tgt, _, _ = found[0]
    assert "European Union" in tgt, tgt


def test_arrived_in_a_country_to_deliver_aid(extract_text):
    text = "Troops from Japan have arrived in Nepal to help deliver aid to remote villages."
    (typ, src, tgt, src_c, tgt_c), ev = _one(extract_text, text, "aid")
    assert typ == "AID"
    assert tgt_c == ["NPL"], (src, tgt)
    assert any("place where it happened" in n for n in ev["notes"])


def test_arrived_for_a_peacekeeping_mission(extract_text):
    text = "Some 200 Chinese peacekeepers arrived in South Sudan on Friday for a peacekeeping mission."
    (typ, src, tgt, src_c, tgt_c), _ev = _one(extract_text, text, "peacekeeping")
    assert typ == "AID"
    assert tgt_c == ["SSD"], (src, tgt)


def test_operation_in_a_countrys_zone(extract_text):
    text = "The European Union will contribute to the peacekeeping operation in Ukraine's eastern regions."
    found, _rec = event_sides(extract_text, text, "operation")
    assert found and found[0][4] == ["UKR"], found


def test_purpose_of_a_verb_with_its_own_target_unchanged(extract_text):
    text = "Italian soldiers arrived in Lebanon to train Lebanese soldiers."
    found, _rec = event_sides(extract_text, text, "train")
    for typ, src, tgt, _, tgt_c in found:
        assert "LBN" not in tgt_c or tgt != ["Lebanon"], (typ, tgt)


def test_light_verb_with_phrase_after_the_noun(extract_text):
    text = "Hillary Clinton held a meeting on Monday with Bernie Sanders."
    (typ, src, tgt, _, _), _ev = _one(extract_text, text, "meeting")
    assert typ == "CONSULT"
    assert tgt == ["Bernie Sanders"], tgt


def test_light_verb_with_phrase_of_an_attack_is_the_means(extract_text):
    text = "Rebel fighters launched an attack on Monday with drones."
    found, _rec = event_sides(extract_text, text, "attack")
    for typ, src, tgt, _, _ in found:
        assert tgt == [], tgt


def test_demanded_sanctions_against_a_state(extract_text):
    text = "Senator Ann Roe demanded sanctions against Iran on Monday."
    (typ, src, tgt, _, tgt_c), ev = _one(extract_text, text, "demanded")
    assert src == ["Ann Roe"] and tgt_c == ["IRN"], (src, tgt)
    assert side_text(ev, text, "target") == ["Iran"]


def test_campaigned_for_a_person(extract_text):
    text = "Bill Clinton campaigned for Hillary Clinton in Ohio on Saturday."
    (typ, src, tgt, _, _), _ev = _one(extract_text, text, "campaigned")
    assert typ == "SUPPORT"
    assert tgt == ["Hillary Clinton"], tgt


def test_vouched_for_the_owner_of_a_proposal(extract_text):
    text = "Sheriff Joe Arpaio vouched for Trump's proposal to build a wall."
    (typ, src, tgt, _, _), _ev = _one(extract_text, text, "vouched")
    assert typ == "SUPPORT"
    assert len(tgt) == 1 and "Trump" in tgt[0], tgt


def test_campaigned_for_two_days_has_no_target(extract_text):
    text = "Bill Clinton campaigned for two days in Ohio."
    (typ, src, tgt, _, _), ev = _one(extract_text, text, "campaigned")
    assert tgt == [] and side_text(ev, text, "target") == [], tgt


def test_sign_up_for_a_newsletter_has_no_target(extract_text):
    text = "Sign up for the Daily Beast newsletter."
    found, rec = event_sides(extract_text, text, "Sign")
    for typ, src, tgt, _, _ in found:
        assert tgt == [], tgt  # the phrasal verb's own "for"
