"""What a number counts, helper C1 rules of session 10 (nlp/claims/groups.py, race_shares.py, shares.py,
measured.py): a share's group with its predicate, people counted with what they did or had done to
them, a candidate's share with more verbs, "points" never what a bracketed share counts. Every
sentence was written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # a share "of" a group that is the subject of a verb: the group with what it does
        ("About 41 percent of Democrats said they would back the levy.", "About 41 percent",
         "Democrats who said they would back the levy"),
        ("Roughly 35% of the 900 drones were shot down.", "Roughly 35%", "drones shot down"),
        ("Only 18% of eligible voters cast ballots in the runoff, officials said.", "18%",
         "eligible voters who cast ballots in the runoff"),
        ("Just 64 percent of the members are women.", "64 percent", "members who are women"),
        ("About 22 percent of the workers have a licence from the port.", "About 22 percent",
         "workers who have a licence from the port"),
        # a quotation that ends the clause is kept whole
        ("While 40 percent backed the mayor, 31 percent say she is \"not fit for office.\"", "31 percent",
         "say she is \"not fit for office.\""),
        # a share of a group a participle describes
        ("With nearly 60 percent of ballots counted, the mayor led.", "nearly 60 percent", "ballots counted"),
        # people counted with what they did or had done to them
        ("Three workers were injured at the fair on Sunday.", "Three", "workers injured at the fair on Sunday"),
        ("About 4,200 residents attended the meeting in the gym.", "About 4,200",
         "residents who attended the meeting in the gym"),
        ("She thanked the 812 residents who cleaned the beach last spring.", "812",
         "residents who cleaned the beach"),
        ("The flood killed 31 people in the valley.", "31", "people killed in the valley"),
        # a candidate's share with a verb the poll rules do not list
        ("In the caucus vote, Senator Maria Lopez pulled 62 percent while Tom Reyes got 30 percent.", "62 percent",
         "share of the vote for Maria Lopez in the caucus vote"),
        # more verbs of money (claim_money_verbs.tsv)
        ("The treasurer embezzled $40,000 from the club.", "$40,000", "money embezzled by the treasurer"),
        ("With the studio securing $3 million per film, the deal was done.", "$3 million", "money secured by the studio per film"),  # a rate (money_rates.py)
        # "points" is never what a share in brackets counts
        ("Mayor Ann Ruiz won the runoff by 14 points (57 percent to 43 percent).", "57 percent", None),
    ],
)
def test_counts(nlp, text, surface, counts):
    claims = claims_by_text(nlp, text)
    assert claims[surface].counts == counts


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # sources are not those counted
        ("Two people familiar with the talks said the deal was close.", "Two", "people"),
        # a ratio's whole keeps its noun
        ("About 1 in 4 drivers now commute by bus.", "About 1 in 4", "drivers"),
        # a quotation followed by more of the clause gives nothing, not a phrase cut short
        ("Some 45 percent said the mayor was \"reckless\" in the crisis.", "Some 45 percent", None),
        # a share the verb leaves without what it takes
        ("About 30 percent of parents \"strongly agree\" that the school is safe.", "About 30 percent", "parents"),
        # a company's share is no candidate's
        ("Apple pulled 30 percent of the votes cast in the phone poll.", "30 percent", "votes cast in the phone poll"),
    ],
)
def test_counts_left_alone(nlp, text, surface, counts):
    claims = claims_by_text(nlp, text)
    assert claims[surface].counts == counts


def test_predicate_has_evidence(nlp):
    text = "About 41 percent of Democrats said they would back the levy."
    claim = claims_by_text(nlp, text)["About 41 percent"]
    assert [text[s:e] for s, e in claim.counts_evidence] == ["Democrats", "said they would back the levy"]
