"""What a measurement measures, session 7 rules (nlp/claims/owners.py, measured.py): the owner
of a property the subject "has", a unit symbol before "±" that is no counted noun, a value in
brackets after a noun phrase, the age of those "aged" a value. Every sentence was written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text, counts_words


@pytest.mark.parametrize(
    "text,surface,counts,evidence",
    [
        # "3.19" of "3.19 ± 0.10 GPa": the symbol after the "±" is the unit, not what is measured
        ("The shear modulus of the cured resin was 2.41 ± 0.05 GPa.", "2.41 ± 0.05 GPa",
         "the shear modulus of the cured resin", ["The shear modulus", "the cured resin"]),
        # the object of a verb of having is a property of the subject, listed or not
        ("The treated seedlings had a root mass that was 20% lower than the controls.", "20%",
         "root mass of the treated seedlings", ["The treated seedlings", "root mass"]),
        # a value in brackets after a noun phrase
        # a bracketed share of "most of" a group: the group with what its share does
        ("Most of the remaining colonies (about 40%) were small.", "about 40%", "the remaining colonies that were small",
         ["the remaining colonies", "were small"]),
        # "aged" a value: an age
        ("We recruited 120 nurses aged 25 to 40.", "25 to 40", "age of nurses", ["aged", "nurses"]),
        # a property at the start of a bracket belongs to the noun before the bracket
        ("We surveyed 12 coastal sites (elevations ranging from 5 m to 40 m).", "5 m to 40 m", "elevations of coastal sites",
         ["coastal sites", "elevations"]),
        # "one donor, a 52-year-old woman": the age of the noun the apposition describes
        ("One donor, a 52-year-old woman, gave consent.", "52-year", "age of donor", ["donor", "old"]),
        # a property with no owner in its clause, stated "for" something right after the value
        ("The jobless rate was 9 percent for teenagers.", "9 percent", "the jobless rate for teenagers", ["The jobless rate", "teenagers"]),
        # a share whose group the sentence puts first
        ("Of the patients with asthma, 38% also had eczema.", "38%", "the patients with asthma", ["the patients with asthma"]),
        # a count drawn from a group (lexicons/claim_group_nouns.txt): the group is evidence too
        ("A panel of 40 judges reviewed the entries.", "40", "judges in panel", ["judges", "panel"]),
        # a duration a passive verb is done "within": what was done to
        ("The serum samples were assayed within 48 hours.", "48 hours", "the serum samples", ["The serum samples"]),
    ],
)
def test_owner_rules(nlp, text, surface, counts, evidence):
    claim = claims_by_text(nlp, text)[surface]
    assert claim.counts == counts
    assert counts_words(text, claim) == sorted(evidence)


@pytest.mark.parametrize(
    "text,surface",
    [
        ("Growth differed between the plots (p = 0.03).", "0.03"),  # a statistic in brackets measures no noun
        ("The glaze covered the pots (fractions 1 and 2).", "1"),  # a label in brackets
        ("The odds ratio for stroke was 1.34 (95% CI 1.11–1.62).", "1.34"),
        ("In spring, 5% had symptoms.", "5%"),  # a fronted time is no group  # "CI" in the bracket after it is not its noun
    ],
)
def test_brackets_not_taken(nlp, text, surface):
    claim = claims_by_text(nlp, text)[surface]
    assert claim.counts is None and claim.counts_evidence == []


def test_bracket_rule_and_aged_unit():
    import spacy

    from newsfacts.nlp.claims.measured import aged_counts, bracket_counts

    nlp = spacy.blank("en")
    doc = nlp("the rate decreases (from 10 ms to 2 ms)")
    assert bracket_counts(doc[5:7]) is None  # "(from ...": a change, no bracket rule (and no parse needed to say it)
    assert aged_counts(doc[5:7]) is None


def test_owners_module_is_the_one_place():
    """property_owner lives in owners.py; measured.py imports it (one way) and defines no copy."""
    from newsfacts.nlp.claims import measured, owners

    assert measured.property_owner is owners.property_owner
    assert measured.subject is owners.subject
    assert not hasattr(owners, "what_it_counts")
    with open(owners.__file__, encoding="utf-8") as fh:
        src = fh.read()
    assert "from .measured" not in src


def test_bracket_after_a_value_has_no_owner(nlp):
    """"to 284 K (an increase of 35%)": the unit before the bracket owns nothing."""
    text = "The rate rose to 284 K (an increase of 35%)."
    claim = claims_by_text(nlp, text)["35%"]
    assert "K" not in counts_words(text, claim)
    assert claim.counts == "increase"


def test_total_is_no_group(nlp):
    """"a total of 36 clones": "total" is not a group noun, the count is of the clones alone."""
    text = "A total of 36 clones were screened."
    claim = claims_by_text(nlp, text)["36"]
    assert claim.counts == "clones"
    assert counts_words(text, claim) == ["clones"]
