"""Quotes: "the agency" after a bureau or a service, and no speaker named only inside what was
said (issue #18, session 8). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import check_evidence, speaker_name


def _speaker(extract_text, text, needle):
    record = extract_text(text)
    check_evidence(record, text)
    return speaker_name(record, needle)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, needle, speaker",
    [
        ("The Census Bureau published new figures. Incomes rose last year, the agency said.", "Incomes rose", "Census Bureau"),
        ("The Secret Service arrested a man near the White House. He was carrying a knife, the agency said.", "carrying a knife", "Secret Service"),
    ],
)
def test_the_agency_is_the_bureau_or_service_named_before(extract_text, text, needle, speaker):
    assert _speaker(extract_text, text, needle) == speaker


@pytest.mark.model
def test_a_room_called_office_is_no_agency(extract_text):
    text = "Senator Ann Roe spoke in the Oval Office on Monday. The plan would cost $1.2 trillion, the agency said."
    assert _speaker(extract_text, text, "would cost") != "Oval Office"


@pytest.mark.model
def test_the_group_is_never_an_organisation_named_only_in_what_it_said(extract_text):
    # the tagger reads "Taxes" as an organisation: it is what was said, not who said it
    text = "The Hale Policy Center, a Washington think tank, studied the plan. Taxes would rise for most families, the group said."
    assert _speaker(extract_text, text, "would rise") != "Taxes"
