"""What a sum of money or a span of time counts, session 13 rules: who spends, raises or gives the
money (nlp/claims/money_makers.py), what it is for (money_targets.purpose), the period a sum runs
over (money_periods.py), the time between two events said by a clause, the time something has not
happened (time_gaps.py). Every sentence was written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text, counts_words


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # a person is whose money it is
        ("Last spring, Okafor raised $48,000 from local teachers.", "$48,000", "money raised by Okafor from local teachers"),
        ("In 2012, Delacroix donated $900 to the mayor's campaign.", "$900", "donations by Delacroix to the mayor's campaign"),
        # a relative pronoun stands for the noun its clause describes
        ("The Haskins network, which plans to spend $40 million before the vote, met in Ohio.", "$40 million",
         "money spent by the Haskins network"),
        # the subject of "be" whose predicate the clause describes, through "despite spending"
        ("Ferris was a tireless candidate who won the seat despite spending $2 million.", "$2 million", "money spent by Ferris"),
        # the subject of "be" before "able to"
        ("Ms. Delgado was able to raise $4 million by June.", "$4 million", "money raised by Ms. Delgado"),
        # a sum coordinated with the verb's object is the verb's too, with its own source
        ("The senator raised $3.1 million from lawyers and $1.4 million from realtors.", "$1.4 million",
         "money raised by the senator from realtors"),
        # a pronoun in a clause a verb of saying governs stands for the speaker
        ("The union's campaign says it raised $600,000 in March.", "$600,000", "money raised by the union's campaign"),
        ("Whitcombe said he had raised $75,000 since Friday.", "$75,000", "money raised by Whitcombe"),
        # a verb with its own word
        ("The state passed a law that made available $9 million for flood repairs.", "$9 million",
         "money made available by law"),
        # what the money is for
        ("It costs $4,000 a week to run the ferry.", "$4,000", "cost to run the ferry per week"),  # a rate (money_rates.py)
        ("At the club, it costs new members $9,000 to sign up.", "$9,000", "cost for new members to sign up"),
        ("The league paid $2 million to broadcast the finals.", "$2 million", "payment by the league to broadcast the finals"),
        # a noun the sum is "in" says what the money is, with who owes or raises it
        ("The bank would owe $7 billion in federal taxes if it sold the unit.", "$7 billion", "federal taxes owed by the bank"),
        ("The campaign raised $3.5 million in small donations.", "$3.5 million", "small donations raised by the campaign"),
        # but "invested ... in" says where it went
        ("The fund invested $30 million in new bridges.", "$30 million", "investment by the fund"),
        # to whom a debt is owed
        ("Students owe nearly $9 billion to private lenders.", "nearly $9 billion", "debt owed by students to private lenders"),
        # the period of a sum
        ("The repairs will cost the state $12 million over 10 years.", "10 years", "period of the cost of repairs"),
    ],
)
def test_money_counts(nlp, text, surface, counts):
    claims = claims_by_text(nlp, text)
    assert claims[surface].counts == counts


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # a fronted span before a clause with a subject of its own
        ("Three weeks before the council voted on the budget, the mayor resigned.", "Three weeks",
         "time before the council voted on the budget"),
        # a fronted span before an event noun when the main clause's subject acts
        ("Six hours after the blast, the governor declared an emergency.", "Six hours", "time after the blast"),
        # the parse hangs the span from the clause's verb
        ("The ruling comes nine days after the court heard the appeal.", "nine days", "time after the court heard the appeal"),
        # a clause cut after its object is read up to the object's noun
        ("It has been 90 days since the board hired Dana Whitfield to fill the vacant post of treasurer.", "90 days",
         "time since the board hired Dana Whitfield"),
        # how long something has not happened
        ("Vermont, which has not elected a Republican governor in 14 years, votes today.", "14 years",
         "time Vermont has not elected a Republican governor"),
        # a fronted "for" and an infinitive: what the subject did that long
        ("For three years, the mill refused to pay its workers.", "three years", "time the mill refused to pay its workers"),
    ],
)
def test_time_counts(nlp, text, surface, counts):
    claims = claims_by_text(nlp, text)
    assert claims[surface].counts == counts


def test_evidence_of_a_maker(nlp):
    """The maker's words and the verb are the evidence."""
    text = "Last spring, Okafor raised $48,000 from local teachers."
    claim = claims_by_text(nlp, text)["$48,000"]
    assert counts_words(text, claim) == ["Okafor", "local teachers", "raised"]


@pytest.mark.parametrize(
    "text,surface",
    [
        # a passive's subject is paid, it pays nothing
        ("The drivers were paid $900 by Friday.", "$900"),
        # a relative clause after a preposition's object may describe the noun before it
        ("Lund, the head of the Corran fund who has given $50,000 to the party, spoke first.", "$50,000"),
        # "it" in a clause of saying is the thing that costs, not the speaker
        ("Trask said it would cost $8 million.", "$8 million"),
    ],
)
def test_no_wrong_maker(nlp, text, surface):
    counts = claims_by_text(nlp, text)[surface].counts or ""
    assert not any(w in counts for w in ("drivers", "Corran fund", "Trask"))


@pytest.mark.parametrize(
    "text,surface",
    [
        # a passive main clause: the time of the subject's state, not a time between
        ("Four days after the flood, the bridges were closed.", "Four days"),
        # a clause whose subject is a pronoun says not who
        ("Two weeks before they left, the family sold the farm.", "Two weeks"),
        # a time set off after a date restates it
        ("The talks began on Monday, two days after the ferry sank near the port.", "two days"),
        # a clause cut before its verb says nothing
        ("The team arrived two days after a storm system carrying heavy rain from the southern coastal plains of the region hit the town.", "two days"),
    ],
)
def test_time_not_taken(nlp, text, surface):
    claim = claims_by_text(nlp, text).get(surface)
    assert claim is not None
    assert claim.counts is None


def test_flags_off_give_the_older_answer(nlp):
    """The switches of the session 13 rules restore the earlier answers (before/after checks)."""
    from newsfacts.nlp.claims import durations, money_makers

    money_makers.OFF = durations.OFF13 = True
    try:
        money = claims_by_text(nlp, "Last spring, Okafor raised $48,000.")["$48,000"].counts
        time = claims_by_text(nlp, "Three weeks before the council voted on the budget, the mayor resigned.")["Three weeks"].counts
    finally:
        money_makers.OFF = durations.OFF13 = False
    assert money == "money raised"
    assert time is None
