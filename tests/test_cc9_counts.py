"""What a number counts, helper cc9 rules of session 9 (nlp/claims/measured.py apposed_counts,
distance_counts, the population of a place, money "raised to" a level; money_clauses infinitives;
durations.lasted_counts; shares.trait_share). Every sentence was written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # a sum a money verb sets an object "to": the level of the object, not money raised
        ("The mayor backs raising the bus fare to $3 next year.", "$3", "the bus fare"),
        ("Democrats want to raise the minimum wage to $15, and the party agrees.", "$15", "the minimum wage"),
        # a bare count "of" a place: its population
        ("The bus stopped in Dunmore, a village of about 1,500 that sits on the river.", "about 1,500", "population of village"),
        ("Officials in the country of 80 million say they are ready.", "80 million", "population of the country"),
        # a length followed by "from" or "away from" a place: the distance from it
        ("The rig stands just 60 miles from the Texas coast, the company said.", "60 miles", "distance from the Texas coast"),
        ("The shelter was built 200 meters away from the old harbor.", "200 meters", "distance from the old harbor"),
        # a generic noun in an apposition after the value says what the value is
        ("NUMBER OF THE WEEK: $25 million, the amount of money in grants the state gave to the farms.", "$25 million",
         "amount of money"),
        # a sum a relative clause leaves out of an infinitive of a money verb, or of one with a purpose infinitive
        ("The club has collected $2 million of the $9 million it plans to raise for the new arena.", "$9 million", "money raised"),
        ("The town has paid $1 million of the $5 million it pledged to help build the bridge.", "$5 million", "money pledged"),
        # a span of time that is the object of "last": the length of the subject
        ("The hearing lasted nearly six hours on Tuesday.", "nearly six hours", "length of the hearing"),
        ("The ceremony in the park lasts all of twenty minutes.", "twenty minutes", "length of the ceremony"),
        # a share that qualifies a trait of a whole: the trait's share of the whole
        ("She represents a county that is 80 percent urban.", "80 percent", "urban share of county"),
        ("The county is 70 percent rural, the report says.", "70 percent", "rural share of county"),
        # a "for" span of time that opens its clause: how long the verb after it was done to its object
        ("For nearly 30 years, the small museum has shown paintings by local artists.", "nearly 30 years", "time the small museum has shown paintings"),  # session 14: who
        ("The club, which for 12 years has trained young boxers, is moving.", "12 years", "time the club has trained young boxers"),  # session 14: who
        # a change of a generic noun "from" a value: the noun it is of
        ("The agency cut the number of field offices from 90 in 2015 to 30 this year.", "90", "the number of field offices"),
        # a bare count followed by "who": those who do what the clause says
        ("The town is bracing for thousands who oppose the new dam.", "thousands", "oppose the new dam"),
        # more verbs whose object is a sum (lexicons/claim_money_verbs.tsv)
        ("The senator requested about $90,000 from the county.", "about $90,000", "money requested by the senator"),
        ("The foundation will provide $12 million to the school.", "$12 million", "money provided by the foundation to the school"),  # session 11
    ],
)
def test_counts(nlp, text, surface, counts):
    claims = claims_by_text(nlp, text)
    assert claims[surface].counts == counts


@pytest.mark.parametrize(
    "text,surface,counts",
    [
        # a money verb's own object is still the sum
        ("The charity raised $3 million in May.", "$3 million", "money raised by the charity"),
        # a comment in apposition is no name of the figure
        ("Inflation hit 9 percent, the highest level in four decades.", "9 percent", "inflation"),
    ],
)
def test_counts_kept(nlp, text, surface, counts):
    claims = claims_by_text(nlp, text)
    assert claims[surface].counts == counts


def test_time_of_an_action_is_not_its_doer(nlp):
    """A span of time an active verb with an object was done for measures no subject; a passive one's subject it does."""
    claims = claims_by_text(nlp, "For 15 years, the company has made tires in Ohio. The samples were dried for 12 hours.")
    assert claims["15 years"].counts != "the company"
    assert claims["12 hours"].counts == "the samples"


_NAMES = "Maria Lopez and Peter Grant met Anna Berg on Monday. "


def test_pair_of_shares_after_a_full_stop_and_a_comma(nlp):
    """"Monday. Lopez leads": the side's name starts after the full stop; "trounced Grant, 55 percent to 38 percent"."""
    claims = claims_by_text(nlp, _NAMES + "Lopez leads Grant 52 percent to 37 percent in Iowa, the poll found.")
    assert claims["52 percent"].counts == "support for Lopez in Iowa"
    claims = claims_by_text(nlp, _NAMES + "In the county vote, Lopez trounced Grant, 61 percent to 33 percent.")
    assert claims["61 percent"].counts == "share of the vote for Lopez in the county vote"
    assert claims["33 percent"].counts == "share of the vote for Grant in the county vote"
    claims = claims_by_text(nlp, _NAMES + "In the poll, Sen. Lopez leads Grant 49 percent to 44 percent.")
    assert claims["49 percent"].counts == "support for Sen. Lopez in the poll"


def test_a_bare_count_counts_what_the_text_just_counted(nlp):
    text = ("With 150 delegates at stake, Lopez is sure of winning at least 80. Grant will pick up at least 30. "
            "Lopez now has 500 delegates. Grant has a total of at least 320.")
    claims = claims_by_text(nlp, text)
    assert claims["at least 80"].counts == "delegates"
    assert claims["at least 30"].counts == "delegates Grant will pick up"  # session 14: with its own clause
    assert claims["at least 320"].counts == "delegates"  # not "total of Grant"


def test_no_bare_count_noun_from_a_place_phrase_or_a_partitive(nlp):
    text = "There are 300 delegates up for grabs in four states. Lopez has 120."
    assert claims_by_text(nlp, text)["120"].counts == "delegates"
    text = "The agency hired 40 new inspectors. Vacancies are rising. They are at 90 now, and 25 of them are urgent."
    assert claims_by_text(nlp, text)["25"].counts != "new inspectors"
    text = "The city hired 40 officers last year. Crime fell. The mayor has 3."
    assert claims_by_text(nlp, text)["3"].counts is None  # two sentences back: too far


def test_a_person_has_no_share(nlp):
    claims = claims_by_text(nlp, "Her mother insisted that the boy was 100 percent Irish.")
    assert not (claims["100 percent"].counts or "").endswith("share of boy")


def test_sum_in_a_noun_beats_a_bare_money_verb(nlp):
    """A money verb with no maker named says less than the noun the sum is "in"."""
    claims = claims_by_text(nlp, "Critics said he received about $80,000 in indirect donations from oil firms.")
    assert claims["about $80,000"].counts == "indirect donations"


def test_no_distance_from_a_person(nlp):
    """A length "from" a person or a count of a noun that is no place says no distance or population."""
    claims = claims_by_text(nlp, "The dog ran 30 feet from Maria Lopez, and a team of 12 followed.")
    assert not (claims["30 feet"].counts or "").startswith("distance")
    assert not (claims["12"].counts or "").startswith("population")


def test_time_units_are_one_set():
    from newsfacts.nlp.claims import adjacent, durations

    assert adjacent.TIME_UNITS is durations.TIME_UNITS and "second" in adjacent.TIME_UNITS
