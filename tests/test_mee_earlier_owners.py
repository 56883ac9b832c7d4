"""A property's owner named EARLIER in the text (nlp/claims/earlier_owners.py): a pronoun that
stands for it, the same property named before with its owner, the thing a passive clause before
acted on. Every sentence was written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text, counts_words


@pytest.mark.parametrize(
    "text,surface,counts,evidence",
    [
        # a pronoun subject of a verb of having: the subject of the previous sentence
        ("The samples were collected in 2010. They had a mean density of 2.3 g/cm3.", "2.3 g/cm3",
         "mean density of the samples", ["The samples", "mean density"]),
        # "it" in the same sentence: the nearest subject before it
        ("The probe was lowered into the well and it reached a depth of 40 m.", "40 m",
         "depth of the probe", ["The probe", "depth"]),
        # the same property named before with its owner ("measured for the resin")
        ("A tensile modulus of 3.2 GPa was measured for the cured resin. The modulus decreased to 2.0 GPa when rubber was added.",
         "2.0 GPa", "the modulus of the cured resin", ["The modulus", "the cured resin"]),
        # what the clause before a ";" acted on (a passive subject)
        ("Sediment cores were taken at six sites; the Ca content was 12%.", "12%",
         "the Ca content of sediment cores", ["Sediment cores", "the Ca content"]),
    ],
)
def test_earlier_owner(nlp, text, surface, counts, evidence):
    claim = claims_by_text(nlp, text)[surface]
    assert claim.counts == counts
    assert counts_words(text, claim) == sorted(evidence)


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # "it" cannot stand for a plural, and an agent is no owner
        ("Researchers visited the lake in May. It had a depth of 40 m.", "40 m", "depth"),
        ("Researchers visited the lake in May. The temperature was 12 °C.", "12 °C", "the temperature"),
        # an indefinite property is a new one, not the one named before
        ("A modulus of 3.2 GPa was measured for the resin. Later tests found a modulus of 2.9 GPa.", "2.9 GPa", "modulus"),
        # a fronted phrase is not what an expletive "it" has
        ("The valves were tested. For pressures above 4 bar, it is hard to seal them.", "above 4 bar", "pressures"),
        ("The valve was tested. At a temperature of 40 °C, it is hard to seal.", "40 °C", "temperature"),
        # the same property, but the earlier "of" noun is its value, not an owner
        ("A modulus of 3.2 GPa was reported. The modulus then fell to 2.0 GPa.", "2.0 GPa", "the modulus"),
    ],
)
def test_no_earlier_owner(nlp, text, surface, counts):
    claim = claims_by_text(nlp, text).get(surface)
    assert claim is not None
    assert claim.counts == counts
