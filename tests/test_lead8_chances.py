"""Events: a chance taken is an act done, and "seized the chance" is no seizure (issue #19,
session 8). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import checked_events


def _typed(events, typ):
    return [e for e in events if e["type"] == typ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, typ, modality",
    [
        # a chance taken: the praise was given
        ("Governor Tom Hale took the opportunity to praise Canada's trade policy.", "SUPPORT", "asserted"),
        ("Prime Minister Ana Ruiz seized the chance to meet President Vladimir Putin in Beijing.", "CONSULT", "asserted"),
        # a chance to come, or one not taken, is no act done
        ("Governor Tom Hale will have a chance to praise Canada's trade policy.", "SUPPORT", "future"),
    ],
)
def test_chance_taken_keeps_its_act_asserted(extract_text, text, typ, modality):
    events = _typed(checked_events(extract_text, text), typ)
    assert [e["modality"] for e in events] == [modality], events


@pytest.mark.model
def test_chance_not_taken_is_not_asserted(extract_text):
    events = _typed(checked_events(extract_text, "Governor Tom Hale did not take the opportunity to praise Canada."), "SUPPORT")
    assert events and all(e["modality"] != "asserted" for e in events), events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Ruiz seized the chance to meet President Vladimir Putin in Beijing.",
        "The rebels seized the initiative in the north of the country.",
    ],
)
def test_seizing_a_chance_is_no_seizure(extract_text, text):
    assert not _typed(checked_events(extract_text, text), "COERCE")


@pytest.mark.model
def test_seizing_boats_is_still_a_seizure(extract_text):
    events = _typed(checked_events(extract_text, "Iranian forces seized two American boats in the Gulf."), "COERCE")
    assert [e["modality"] for e in events] == ["asserted"], events
