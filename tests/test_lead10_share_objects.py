"""A share that is the object of a verb done to what it is a share of (nlp/claims/groups.py
``_share_done_to``, ``share_object`` rows of claim_people_nouns.tsv). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text, counts_words


@pytest.mark.parametrize(
    "text,surface,counts,evidence",
    [
        ("The shield is credited with having intercepted about 80% of the 2,100 shells fired at the town.",
         "about 80%", "shells fired at the town intercepted", ["fired at the town", "intercepted", "shells"]),
        ("The militia destroyed 40 percent of the army's trucks.", "40 percent", "trucks destroyed",
         ["destroyed", "trucks"]),
        # a count "of" what the verb was done to
        ("The new shelters saved dozens of Ukrainian lives last winter.", "dozens", "Ukrainian lives saved",
         ["Ukrainian lives", "saved"]),
    ],
)
def test_share_object_counts_what_was_done(nlp, text, surface, counts, evidence):
    claim = claims_by_text(nlp, text)[surface]
    assert claim.counts == counts
    assert counts_words(text, claim) == sorted(evidence)


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # a verb not listed: the share counts its group as before
        ("The fund bought 12 percent of the shares.", "12 percent", "shares the fund bought"),  # no participle rule; the doer and verb (session 14)
        # a verb with a particle is another verb
        ("The firm laid off 15 percent of its staff.", "15 percent", "staff"),
    ],
)
def test_share_object_needs_a_listed_verb(nlp, text, surface, counts):
    assert claims_by_text(nlp, text)[surface].counts == counts
