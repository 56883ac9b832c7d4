"""A trigger noun that modifies another noun in a figure of speech names a kind of thing, not
an act ("a war chest", "raised a war cry"): no event, and so no place taken as its target;
the noun on its own still makes its event."""

from __future__ import annotations

import pytest

from tests.evidence import event_by_trigger


@pytest.mark.parametrize("text", [
    "The senator built a big war chest for the race.",
    "The Republicans raised a war cry in their debate in Las Vegas on Tuesday.",
    "Hawks in the cabinet beat the war drums all week.",
])
def test_a_war_figure_of_speech_is_no_assault(extract_text, text):
    assert event_by_trigger(extract_text, text, "war") is None


def test_war_on_a_country_is_still_an_assault(extract_text):
    ev = event_by_trigger(extract_text, "Russia waged war on Ukraine in 2022.", "war")
    assert ev is not None and ev["type"] == "ASSAULT" and ev["source"] and ev["target"], ev
