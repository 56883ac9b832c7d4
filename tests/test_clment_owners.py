"""What a measurement measures when the text names a property: the property and its owner
(nlp/claims/measured.py: property_owner, in_range, unit symbols as counted nouns, lists of values).
Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text, counts_words


@pytest.mark.parametrize(
    "text,surface,counts,evidence",
    [
        # the subject of the verb the property is a condition of ("at", "to", "with")
        ("The samples were then heated at a rate of 5 K/min.", "5 K/min", "rate of the samples", ["The samples", "rate"]),
        ("The film was annealed at a temperature of 450 °C.", "450 °C", "temperature of the film", ["The film", "temperature"]),
        # the subject of a verb of having (lexicons/claim_having_verbs.txt)
        ("The copper wire has a diameter of 2 mm.", "2 mm", "diameter of the copper wire", ["The copper wire", "diameter"]),
        # the noun a "with" phrase describes
        ("The coating, with a thickness of 70 nm, was applied to the glass.", "70 nm", "thickness of the coating",
         ["The coating", "thickness"]),
        # what the property was measured "for"; the unit's symbol ("GPa") is never what is measured
        ("A shear modulus of 1.8 GPa was found for the annealed alloy.", "1.8 GPa", "shear modulus of the annealed alloy",
         ["shear modulus", "the annealed alloy"]),
        # a fronted "For X," names the owner of the clause's subject
        ("For the older group, the odds ratio was 1.4.", "1.4", "the odds ratio of the older group",
         ["the odds ratio", "the older group"]),
        # the second of two coordinated properties hangs where the first does
        ("The final runs were made with a step size of 0.05° and a dwell time of 20 min.", "20 min", "dwell time of the final runs",
         ["The final runs", "dwell time"]),
        # "in the range of": what is in the range, not the range
        ("The shales contain clay fractions in the range of 30–40%.", "30–40%", "clay fractions of the shales",
         ["The shales", "clay fractions"]),
        # a unit symbol the parse takes for a modifier: the noun it qualifies
        ("Drag is lower for the 5 mm glass beads.", "5 mm", "glass beads", ["glass beads"]),
        # a fronted "with" for a value "of" its noun describes the subject
        ("With a response rate of 81%, the panel included 1,200 nurses.", "81%", "response rate of the panel",
         ["response rate", "the panel"]),
        # a measurement set off after its noun ("a clay layer (about 1 mm thick)")
        ("It contains a clay layer (about 1 mm thick) at depth.", "about 1 mm", "clay layer at depth", ["clay layer", "depth"]),
        # "N percent higher than": the subject of the comparison
        ("Sales were 5 percent higher than a year earlier.", "5 percent", "sales", ["Sales"]),
    ],
)
def test_a_property_and_its_owner(nlp, text, surface, counts, evidence):
    got = claims_by_text(nlp, text)
    assert surface in got, sorted(got)
    assert got[surface].counts == counts
    assert counts_words(text, got[surface]) == sorted(evidence)


def test_every_value_of_a_list_measures_the_same_property(nlp):
    text = "The survey gives error rates of 2.1%, 3.4%, and 5.0% in the three regions."
    got = claims_by_text(nlp, text)
    assert [got[s].counts for s in ("2.1%", "3.4%")] == ["error rates"] * 2


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # news: an actor's object is no property of the actor
        ("The mayor backed a 12 percent sales tax rate.", "12 percent", "sales tax rate"),
        ("The county approved a budget of $8 million for bridges.", "$8 million", "budget"),
        # a range noun that names a property itself stays ("a tidal range of 12 m"); a verb of having names the owner
        ("The small archipelago has a population of 12,000.", "12,000", "population of the small archipelago"),
        ("The bay has a tidal range of 12 m.", "12 m", "tidal range of the bay"),
        # a time frame is no property of the clause's subject
        ("Two teams held 15 meetings during a 90-minute period.", "90-minute", "period"),
        # an absolute "With X near N, ..." and a verb's complement "with": no owner
        ("With mortgage rates near 3 percent, housing is cheap.", "3 percent", "mortgage rates"),
        ("Paris replaced the fee with a grant of 2 billion euros.", "2 billion euros", "grant"),
        # "for the first time" is no owner
        ("The jobless rate dropped below 4 percent for the first time in a decade.", "below 4 percent", "the jobless rate"),
        # sums of money in apposition are no list of values of one verb
        ("The groups spent $300 million, just $12 million, or about 4 percent, went to ads against her.", "$12 million", None),
    ],
)
def test_no_owner_where_the_text_gives_none(nlp, text, surface, counts):
    got = claims_by_text(nlp, text)
    assert surface in got, sorted(got)
    assert got[surface].counts == counts
