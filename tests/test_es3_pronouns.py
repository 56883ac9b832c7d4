"""Possessive pronouns on real-news shapes (session 7, es3): a possessive in a phrase of its
verb takes the verb's named object when the subject names no one ("could halt Governor Holt in
his march"), and the subject of an infinitive's controlling verb ("Holt tried to defend his
remarks"); a named subject still comes first ("Holt thanked Whitfield in his speech").

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

from tests.evidence import events_named, events_at


def test_es3_possessive_takes_the_named_object(extract_text):
    text = "Senator Dana Whitfield said a new campaign could halt Governor Ray Holt in his march toward the nomination."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "march")
    assert ev and names(ev[0]["source"]) == ["Ray Holt"]


def test_es3_possessive_under_an_infinitive_takes_the_controller(extract_text):
    text = "When Governor Ray Holt tried to defend his remarks, Senator Dana Whitfield criticized him."
    evs, names = events_named(extract_text, text)
    for ev in events_at(evs, text, "defend"):
        assert "Dana Whitfield" not in names(ev["target"]), ev


def test_es3_named_subject_still_first(extract_text):
    text = "Governor Ray Holt praised Senator Dana Whitfield in his speech on Monday."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "praised")
    assert ev and names(ev[0]["source"]) == ["Ray Holt"] and names(ev[0]["target"]) == ["Dana Whitfield"]
