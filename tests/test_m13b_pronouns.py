"""A pronoun that raises or spends a sum stands for the one person named before it, of its gender
(nlp/claims/money_pronouns.py); "cost ... in losses" says where the losses come from. Every
sentence was written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # the one person named in the pronoun's own sentence, gender shown by a first name
        ("Senator Walter Brandt spoke in Ohio. Brandt's haul this spring is a big jump from the $3.4 million he raised last year.",
         "$3.4 million", "money raised by Senator Walter Brandt"),
        # the one person named in the sentence before, gender shown by an honorific
        ("Ms. Okonkwo toured the state in June. She has raised $2.1 million through her committee.",
         "$2.1 million", "money raised by Ms. Okonkwo"),
        # the bet cost him the money: losses from the bet
        ("The fund's biggest bet has cost its founder $900 million in losses.", "$900 million", "losses from the fund's biggest bet"),
    ],
)
def test_pronoun_makers(nlp, text, surface, counts):
    assert claims_by_text(nlp, text)[surface].counts == counts


@pytest.mark.parametrize(
    "text,surface",
    [
        # two people named: no maker
        ("Mr. Ferro met Mr. Lindqvist on Monday. He has raised $1.2 million since May.", "$1.2 million"),
        # the gender does not agree
        ("Mr. Ferro toured the state in June. She has raised $1.2 million since May.", "$1.2 million"),
        # "it" never stands for a name
        ("Riverton welcomed Acme Corp. in March. It has spent $5 million on the plant.", "$5 million"),
    ],
)
def test_no_pronoun_maker(nlp, text, surface):
    counts = claims_by_text(nlp, text)[surface].counts or ""
    assert not any(name in counts for name in ("Ferro", "Lindqvist", "Acme", "Riverton"))
