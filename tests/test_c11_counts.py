"""What a number counts, session 11 rules: the counted noun with the words that say which ones (a
relative clause, a participle, the verb it is subject or object of; nlp/claims/groups.py), where a
sum went (nlp/claims/money_targets.py), the time left until an event (durations.until_counts).
Every sentence was written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # a relative clause with no relative word, on a noun of things
        ("Seoul said the 5 shells Pyongyang fired into the bay were a test.", "5", "shells Pyongyang fired into the bay"),
        # "who" on a noun of people by role, "whose"
        ("The bank dismissed 2,100 tellers who created fake accounts.", "2,100", "tellers who created fake accounts"),
        ("The law will cover 8,000 retired teachers whose pensions were cut.", "8,000",
         "retired teachers whose pensions were cut"),
        # the verb a count of people is the subject of, with a name before the noun
        ("On Friday, 210 Senate staffers signed the letter.", "210", "Senate staffers who signed the letter"),
        # a noun of people by role with a phrase after it and a verb
        ("Three judges on the court dissented.", "Three", "judges on the court who dissented"),
        # the object of a verb, the participle of a regular past
        ("Last year the hackers compromised 14 servers.", "14", "servers compromised"),
        # a share of voters with a long predicate (up to 16 words)
        ("In the poll, 44 percent of likely voters say they would back a new candidate in the fall.",
         "44 percent", "likely voters who say they would back a new candidate in the fall"),
        # where a sum went, and what was sold
        ("The foundation gave $2 million to a fund backing the senator.", "$2 million",
         "money given by the foundation to a fund backing the senator"),
        ("The union spent $800,000 on radio ads last month.", "$800,000", "money spent by the union on radio ads"),
        ("The farm sold its orchard for $3 million.", "$3 million", "sale price of orchard"),
        # the time left until an event
        ("With nine days remaining until the state primary, the mayor held a rally.", "nine days",
         "time until the state primary"),
    ],
)
def test_counts(nlp, text, surface, counts):
    claims = claims_by_text(nlp, text)
    assert claims[surface].counts == counts


def test_no_clause_from_a_misparse_or_a_cut_phrase(nlp):
    """A duration whose phrase ends in an adjective says nothing ("a popular | and ..."); a count
    of units or spans of time takes no verb."""
    claims = claims_by_text(nlp, "The fair has been a popular and beloved event of the town for a decade, she said.")
    assert claims["a decade"].counts is None
    claims = claims_by_text(nlp, "Prices rose 5 percent and 3 points were lost.")
    assert not (claims["3"].counts or "").startswith("points") if "3" in claims else True


def test_speech_verb_is_no_predicate_of_a_count(nlp):
    """"Four newspapers said ...": the count is of sources, its verb of speech says nothing of which ones."""
    claims = claims_by_text(nlp, "Four regional newspapers said the governor should resign.")
    assert claims["Four"].counts == "regional newspapers"


def test_flag_off_gives_the_older_answer(nlp):
    """The switch of the session 11 rules restores the head noun alone (used for before/after checks)."""
    from newsfacts.nlp.claims import groups

    groups.MODIFIERS_OFF = True
    try:
        claims = claims_by_text(nlp, "The bank dismissed 2,100 tellers who created fake accounts.")
    finally:
        groups.MODIFIERS_OFF = False
    assert claims["2,100"].counts == "tellers"


def test_coordinated_shares_and_a_majority_take_the_verb(nlp):
    """Two shares with one verb both count those who do it; "a 61% majority of X" too."""
    claims = claims_by_text(nlp, "In the survey, 72% of young nurses and 64% of young teachers oppose the new curfew.")
    assert claims["72%"].counts == "young nurses who oppose the new curfew"
    assert claims["64%"].counts == "young teachers who oppose the new curfew"
    claims = claims_by_text(nlp, "There is a split: a 61% majority of farmers support building the dam.")
    assert claims["61%"].counts.startswith("majority of farmers") and claims["61%"].counts.endswith("support building the dam")


def test_money_said_in_words(nlp):
    """Sums without a sign: "of dollars", "in cash", "N-figure"; shillings by the country named."""
    claims = claims_by_text(nlp, "The mayor had to lend his campaign hundreds of thousands of dollars last year.")
    assert claims["hundreds of thousands"].unit == "USD"
    claims = claims_by_text(nlp, "The firm kept millions in cash at the end of June.")
    assert claims["millions"].unit == "USD" and claims["millions"].counts == "cash"
    claims = claims_by_text(nlp, "The group has made a six-figure radio ad buy in Ohio.")
    six = claims["six"]
    assert six.unit == "USD" and (six.low, six.high) == (100_000, 999_999)
    claims = claims_by_text(nlp, "In Kampala, a bag of beans costs 5,000 shillings.")
    assert claims["5,000 shillings"].unit == "UGX"
    claims = claims_by_text(nlp, "A bag of beans costs 5,000 shillings.")
    assert all(c.unit is None for c in claims.values())
