"""Event sides (session 7, es3): a thing acted on is no target ("returned skulls to Peru": Peru;
"lifted travel curbs": no target), the source's own words are not the target's evidence, the
victims of an act opposed are not the target of the opposition, and the antecedent searches
live in their own module.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

from newsfacts.nlp.events import actors, antecedents
from newsfacts.nlp.events.lexicon import type_roles
from tests.evidence import check_evidence


def _events(extract_text, text, published="2016-06-01"):
    r = extract_text(text, published=published)
    check_evidence(r, text)
    ents = {e["id"]: e["name"] for e in r["entities"]}
    return r["events"], (lambda ids: [ents[i] for i in ids])


def _at(events, text, word):
    return [ev for ev in events if text[ev["trigger"][0]:ev["trigger"][1]] == word]


def _evidence(ev, text, side="target"):
    return [text[a:b] for a, b in ev[side + "_evidence"]]


def test_es3_rows_and_modules():
    assert {"ASSAULT", "COERCE"} <= type_roles("thing_target")
    assert {"ACCUSE", "REJECT", "PROTEST"} <= type_roles("opposes_act")
    assert "AID" not in type_roles("opposes_act")
    # the antecedent helpers are public in their own module; actors uses them, not the reverse
    assert actors.binding_clash is antecedents.binding_clash
    assert not hasattr(antecedents, "actors")


def test_es3_returned_things_to_a_state(extract_text):
    text = "The museum returned 14 bronze statues to Cambodia on Friday."
    evs, names = _events(extract_text, text)
    ev = _at(evs, text, "returned")
    assert ev and names(ev[0]["target"]) == ["Cambodia"]
    assert not any("statues" in t for t in _evidence(ev[0], text)), _evidence(ev[0], text)


def test_es3_lifted_curbs_names_no_thing_target(extract_text):
    text = "Norway lifted its fishing curbs last week."
    evs, names = _events(extract_text, text)
    for ev in _at(evs, text, "lifted"):
        assert not any("curbs" in t for t in _evidence(ev, text)), _evidence(ev, text)
        assert "Norway" not in names(ev["target"])


def test_es3_own_words_are_not_target_evidence(extract_text):
    text = "Egypt lifted its blockade of Sudan."
    evs, names = _events(extract_text, text)
    ev = _at(evs, text, "lifted")
    assert ev and names(ev[0]["target"]) == ["Sudan"]
    assert _evidence(ev[0], text) == ["Sudan"]


def test_es3_attacked_base_keeps_the_thing(extract_text):
    text = "Rebels attacked an army base near the border."
    evs, _ = _events(extract_text, text)
    ev = _at(evs, text, "attacked")
    assert ev and any("base" in t for t in _evidence(ev[0], text)), ev


def test_es3_victims_of_an_act_opposed_are_no_target(extract_text):
    text = "Senator Ruth Alvarez opposed discrimination against Muslims."
    evs, names = _events(extract_text, text)
    ev = _at(evs, text, "opposed")
    assert ev and "Muslims" not in names(ev[0]["target"])
    assert not any("Muslims" in t for t in _evidence(ev[0], text))


def test_es3_owner_of_an_act_condemned_is_the_target(extract_text):
    text = "Turkey condemned Greece's raids on Albanians."
    evs, names = _events(extract_text, text)
    ev = _at(evs, text, "condemned")
    assert ev and names(ev[0]["target"]) == ["Greece"]


def test_es3_accusation_word_of_the_trigger_keeps_its_target(extract_text):
    text = "Evidence against Syria was presented by France."
    evs, names = _events(extract_text, text)
    ev = _at(evs, text, "presented")
    assert ev and names(ev[0]["target"]) == ["Syria"]
