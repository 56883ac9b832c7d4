"""Quotes: a memoir speaks for its author, as a statement or a letter does (issue #18, session 8).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import check_evidence, speaker_name


@pytest.mark.model
@pytest.mark.parametrize("noun", ["memoir", "autobiography"])
def test_a_memoir_is_its_authors_words(extract_text, noun):
    text = f"Dana Whitfield's {noun} says that the governor was furious about the leak."
    record = extract_text(text)
    check_evidence(record, text)
    assert speaker_name(record, "furious") == "Dana Whitfield"
