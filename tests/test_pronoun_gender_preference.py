"""He/she/his/her as an event side name a person, never a place, an organisation or a family
("the Clintons") (issue #19). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, source",
    [
        # a person of unknown gender still resolves
        ("Senator Vorst spoke in Ohio on Monday. She criticized Iran.", "Vorst"),
        ("Ross Perot met the Clintons on Monday. He criticized Iran.", "Ross Perot"),
        # "his" is no family and no place
        ("The Clintons visited Florida on Monday. His aides criticized Iran.", None),
        ("Florida sued Iran on Monday. His lawyers accused Iran of fraud.", None),
    ],
)
def test_event_pronoun_side_is_a_person(extract_text, text, source):
    r = extract_text(text)
    names = {e["id"]: e["name"] for e in r["entities"]}
    second = [e for e in r["events"] if e["sentence"][0] > text.index(".")]
    assert second, "an event in the second sentence"
    if source:
        assert [names.get(i) for i in second[-1]["source"]] == [source]
    else:  # no named side: at most the unnamed group itself ("His aides", an actor of no one named)
        named = {e["id"] for e in r["entities"] if e.get("named", True)}
        assert not [names.get(i) for i in second[-1]["source"] if i in named]
