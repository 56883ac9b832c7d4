"""Candidates' shares in lists the parse breaks up: a share right after a candidate's name and a
link word ("followed by Maria Lopez at 17 percent", "Becker with 22 percent", "Dunn, who has 9
percent") counts the support for that candidate, in a passage about votes or polls; nothing when
the passage asks another question ("would not support", "unfavorable"). A sum of money "in" a
bare noun counts that noun ("$40,000 in private donations"). Every sentence here was written for
the test."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims import extract_claims


def _counts(nlp, text):
    from newsfacts.nlp.dates import extract_dates

    doc = nlp(text)
    claims, _ = extract_claims(doc, extract_dates(doc, "2024-05-01")[0], ())
    return {c.text: (c.counts, [text[s:e] for s, e in c.counts_evidence]) for c in claims}


@pytest.mark.parametrize(
    "text,surface,counts,evidence",
    [
        ("A new poll of likely voters showed Governor Maria Lopez leading with 31 percent, followed by "
         "Senator Tom Becker at 17 percent and Mayor Alan Dunn at 9 percent.",
         "17 percent", "support for Tom Becker", ["Tom Becker", "at"]),
        ("A new poll of likely voters showed Governor Maria Lopez leading with 31 percent, followed by "
         "Senator Tom Becker at 17 percent and Mayor Alan Dunn at 9 percent.",
         "9 percent", "support for Alan Dunn", ["Alan Dunn", "at"]),
        ("Among primary voters, 40 percent backed Maria Lopez. Tom Becker is far behind with 12 percent.",
         "12 percent", "share of the vote for Tom Becker", ["Tom Becker", "with"]),
        ("The survey shows Maria Lopez with 47 percent against Tom Becker, who has 44 percent.",
         "44 percent", "support for Tom Becker", ["Tom Becker", "has"]),
    ],
)
def test_listed_share_names_its_candidate(nlp, text, surface, counts, evidence):
    got = _counts(nlp, text)
    assert got[surface] == (counts, evidence)


@pytest.mark.parametrize(
    "text,surface",
    [
        # another question than support: the opposite of support, favorability
        ("In the poll, 22 percent said they would not support Maria Lopez, and Tom Becker at 20 percent.", "20 percent"),
        ("The poll found voters see Tom Becker as unfavorable, with Becker at 41 percent.", "41 percent"),
        # no vote or poll in the passage: a share of something else
        ("The factory ran at 80 percent last year, and Tom Becker said the plant with 12 percent idle was fine.", "12 percent"),
    ],
)
def test_no_listed_share_outside_support(nlp, text, surface):
    got = _counts(nlp, text)
    assert surface in got
    assert not (got[surface][0] or "").startswith(("support for", "share of the vote for"))


@pytest.mark.parametrize(
    "text,surface,counts,evidence",
    [
        ("The mayor's committee accepted $40,000 in private donations last spring.", "$40,000", "private donations", ["private donations"]),
        ("The club reported $3 million in ticket revenue for the season.", "$3 million", "ticket revenue", ["ticket revenue"]),
        ("The council set aside $250,000 in emergency funds for the bridge.", "$250,000", "emergency funds", ["emergency funds"]),
    ],
)
def test_money_in_a_bare_noun(nlp, text, surface, counts, evidence):
    got = _counts(nlp, text)
    assert got[surface] == (counts, evidence)


@pytest.mark.parametrize(
    "text,surface",
    [
        ("The strike left the town $2 million in the hole.", "$2 million"),  # an idiom, with a determiner
        ("She kept $9,000 in her savings account.", "$9,000"),  # where the money is, not what it is
        ("Police found $12,000 in total.", "$12,000"),
    ],
)
def test_no_money_in_noun(nlp, text, surface):
    got = _counts(nlp, text)
    assert surface in got
    assert got[surface][0] is None
