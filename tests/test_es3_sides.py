"""Event sides (session 7, es3): a thing acted on is no target ("returned skulls to Peru": Peru;
"lifted travel curbs": no target), the source's own words are not the target's evidence, the
victims of an act opposed are not the target of the opposition, and the antecedent searches
live in their own module.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

from newsfacts.nlp.events import actors, antecedents
from newsfacts.nlp.events.lexicon import type_roles
from tests.evidence import events_named, events_at, side_text


def test_es3_rows_and_modules():
    assert {"ASSAULT", "COERCE"} <= type_roles("thing_target")
    assert {"ACCUSE", "REJECT", "PROTEST"} <= type_roles("opposes_act")
    assert "AID" not in type_roles("opposes_act")
    # the antecedent helpers are public in their own module; actors uses them, not the reverse
    assert actors.binding_clash is antecedents.binding_clash
    assert not hasattr(antecedents, "actors")


def test_es3_returned_things_to_a_state(extract_text):
    text = "The museum returned 14 bronze statues to Cambodia on Friday."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "returned")
    assert ev and names(ev[0]["target"]) == ["Cambodia"]
    assert not any("statues" in t for t in side_text(ev[0], text)), side_text(ev[0], text)


def test_es3_lifted_curbs_names_no_thing_target(extract_text):
    text = "Norway lifted its fishing curbs last week."
    evs, names = events_named(extract_text, text)
    for ev in events_at(evs, text, "lifted"):
        assert not any("curbs" in t for t in side_text(ev, text)), side_text(ev, text)
        assert "Norway" not in names(ev["target"])


def test_es3_own_words_are_not_target_evidence(extract_text):
    text = "Egypt lifted its blockade of Sudan."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "lifted")
    assert ev and names(ev[0]["target"]) == ["Sudan"]
    assert side_text(ev[0], text) == ["Sudan"]


def test_es3_attacked_base_keeps_the_thing(extract_text):
    text = "Rebels attacked an army base near the border."
    evs, _ = events_named(extract_text, text)
    ev = events_at(evs, text, "attacked")
    assert ev and any("base" in t for t in side_text(ev[0], text)), ev


def test_es3_victims_of_an_act_opposed_are_no_target(extract_text):
    text = "Senator Ruth Alvarez opposed discrimination against Muslims."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "opposed")
    assert ev and "Muslims" not in names(ev[0]["target"])
    assert not any("Muslims" in t for t in side_text(ev[0], text))


def test_es3_owner_of_an_act_condemned_is_the_target(extract_text):
    text = "Turkey condemned Greece's raids on Albanians."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "condemned")
    assert ev and names(ev[0]["target"]) == ["Greece"]


def test_es3_accusation_word_of_the_trigger_keeps_its_target(extract_text):
    text = "Evidence against Syria was presented by France."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "presented")
    assert ev and names(ev[0]["target"]) == ["Syria"]
