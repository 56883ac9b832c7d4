"""Event types and senses, session 12 (issue #19, helper E2): counterparts named on an onset verb
("fighting erupted between X and Y"), the doer of an act an intent noun announces ("expressed
willingness to hold talks"), agreeing to a demand (CONCEDE), banning a protest (COERCE, not
CONCEDE), a reprisal warned of (THREATEN), refusals of granting or opening, "brushed aside"
and house arrest.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from newsfacts.nlp.events import plover_coded_type
from tests.evidence import event_sides

pytestmark = pytest.mark.model


def _types(extract_text, text, word):
    found, _ = event_sides(extract_text, text, word)
    return [typ for typ, *_rest in found]


@pytest.mark.parametrize(
    "text, word, typ, target",
    [
        ("Heavy fighting erupted between Armenian and Azerbaijani forces near the lake.", "fighting", "ASSAULT", "Azerbaijani"),
        ("Clashes broke out between police and protesters in Lusaka.", "Clashes", "ASSAULT", "police"),
        ("Talks resumed with Iran in Vienna on Monday.", "Talks", "CONSULT", "Iran"),
    ],
)
def test_onset_verb_counterparts(extract_text, text, word, typ, target):
    found, _ = event_sides(extract_text, text, word)
    assert found, text
    assert found[0][0] == typ
    assert any(target in name for name in found[0][2])


def test_onset_verb_with_no_counterpart_makes_no_event(extract_text):
    assert _types(extract_text, "The meeting began with a prayer in the chapel.", "meeting") == []


@pytest.mark.parametrize(
    "text, word, source, target",
    [
        ("Kenya expressed willingness to hold talks with Somalia.", "talks", "Kenya", "Somalia"),
        ("Kenya expressed willingness to meet Somalia in Nairobi.", "meet", "Kenya", "Somalia"),
        ("Chile announced plans to hold talks with Bolivia.", "talks", "Chile", "Bolivia"),
    ],
)
def test_intent_noun_subject_is_the_doer(extract_text, text, word, source, target):
    found, _ = event_sides(extract_text, text, word)
    assert found and found[0][1] == [source] and found[0][2] == [target], found


def test_opposed_plan_gives_no_doer(extract_text):
    found, _ = event_sides(extract_text, "Kenya opposed the plan to hold talks with Somalia.", "talks")
    assert all("Kenya" not in src for _t, src, *_ in found)


def test_agreeing_to_a_demand_is_a_concession(extract_text):
    assert _types(extract_text, "The government agreed to the opposition's demand for early elections.", "agreed") == ["CONCEDE"]
    assert _types(extract_text, "Israel agreed to hold talks with Egypt.", "agreed") == ["AGREE"]
    assert _types(extract_text, "Hamas accepted the Egyptian offer.", "accepted") == ["AGREE"]


def test_refused_demand_is_a_rejection(extract_text):
    r = extract_text("The government did not agree to the demands of the rebels.")
    ev = next(e for e in r["events"] if e["type"] == "CONCEDE")
    assert ev["modality"] == "negated" and plover_coded_type(ev) == "REJECT"


def test_banning_a_protest_is_coercion(extract_text):
    assert _types(extract_text, "Authorities in Lima banned all demonstrations in the capital.", "banned") == ["COERCE"]
    assert _types(extract_text, "The union called off the strike at the Ford plant after talks with Ford.", "called") == ["CONCEDE"]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Beijing refused to grant visas to the Tibetan delegation.", "refused"),
        ("Egypt refused to open the Rafah crossing to Gaza.", "refused"),
    ],
)
def test_refusals_of_cooperative_acts(extract_text, text, word):
    assert _types(extract_text, text, word) == ["REJECT"]


def test_refusing_to_let_is_no_rejection(extract_text):
    # "let" was tried and dropped: on news text it is mostly figurative ("refuse to let hate win")
    assert _types(extract_text, "I refuse to let hate destroy me, Maria Roe said.", "refuse") == []


def test_brushed_aside(extract_text):
    assert _types(extract_text, "The Kenyan president brushed aside calls for his resignation.", "brushed") == ["REJECT"]
    assert _types(extract_text, "Clinton sought to brush aside her Michigan loss.", "brush") == []


def test_house_arrest(extract_text):
    assert _types(extract_text, "Police in Yangon put the opposition leader Aung Min under house arrest.", "put") == ["COERCE"]


def test_a_reprisal_warned_of_is_a_threat(extract_text):
    assert _types(extract_text, "Minsk warned of retaliation if Lithuania closed the border.", "retaliation") == ["THREATEN"]
    # a reprisal carried out stays an attack
    assert _types(extract_text, "Pakistan carried out its retaliation against India on Monday.", "retaliation") == ["ASSAULT"]


def test_insisting_on_an_act_is_a_demand(extract_text):
    assert _types(extract_text, "Israel insisted that Syria stop supporting Hezbollah.", "insisted") == ["REQUEST"]
    assert _types(extract_text, "The rebels insisted on the withdrawal of Ethiopian troops.", "insisted") == ["REQUEST"]
    # a claim or a habit is no demand
    assert _types(extract_text, "Iran insisted that its program was peaceful.", "insisted") == []
    assert _types(extract_text, "Senator Roe insisted on paying for dinner with Governor Hale.", "insisted") == []
