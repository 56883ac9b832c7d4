"""Actor codes, session 9 (issue 21, helper ac9): roles qualified by a US state, a US party or
a politician ("a Texas lawyer, X", "GOP strategist X", "the Obama aide, X"), US state offices
("State Rep. X", "the state attorney general, X", "Gov. X of Alabama"), a title in a sentence
set decades before the article, and list rows (the Muslim Brotherhood, party committees). Each class at two publication dates where the code changes, or where it must not.
Texts written for these tests."""

import pytest

CASES = [
    # a role qualified by a US state: the country; a voter is a private person (CVL)
    ("A Texas lawyer, Tom Briggs, said the law was unfair.", "2016-06-01", "Tom Briggs", "USA"),
    ("Tom Briggs, a Texas lawyer, said the law was unfair.", "2016-06-01", "Tom Briggs", "USA"),
    ("An Ohio voter, Jane Miller, said she would stay home.", "2016-06-01", "Jane Miller", "USA CVL"),
    # a private person with no role stays uncoded
    ("Jane Miller said she would stay home in Ohio.", "2016-06-01", "Jane Miller", None),
    # a US party's staff: the party's sector
    ("GOP strategist Rick Wilson said the party was in trouble.", "2016-06-01", "Rick Wilson", "USA PTY"),
    ("Democratic strategist Paul Begala said the race was close.", "2016-06-01", "Paul Begala", "USA PTY"),
    # a party word in a story about another country gives nothing
    ("Democratic strategist Tomas Ruiz said Mexico and Mexico City and Mexican voters would decide.",
     "2016-06-01", "Tomas Ruiz", None),
    # a politician's aide: the politician's country, and the sector of the office held on the date
    ("The Obama aide, Ben Rhodes, declined to comment on the deal.", "2015-06-01", "Ben Rhodes", "USA GOV"),
    ("The Obama aide, Ben Rhodes, declined to comment on the deal.", "2018-06-01", "Ben Rhodes", "USA"),
    # a former aide: the country only, whatever the date
    ('"It was close," said former Obama adviser Dan Pfeffer.', "2015-06-01", "Dan Pfeffer", "USA"),
    # a US state's office in a story that names a US state
    ("In Texas, the state attorney general, Ken Paxton, sued the administration.", "2016-06-01",
     "Ken Paxton", "USA GOV"),
    ("State Rep. Jeff Hoover, a Republican, said the vote in Frankfort, Kentucky, was close.", "2016-06-01",
     "Jeff Hoover", "USA LEG"),
    # a title whose sentence is decades before the article: the country only
    ("Gov. Roy Delmont of Alabama stood in the schoolhouse door in 1963 to block two students.", "1963-07-01",
     "Roy Delmont", "USA GOV"),
    ("Gov. Roy Delmont of Alabama stood in the schoolhouse door in 1963 to block two students.", "2016-06-01",
     "Roy Delmont", "USA"),
    # ... unless the sentence says the office may still be held
    ("Gov. Roy Delmont of Alabama, first elected in 1998, said Tuesday the bill would pass.", "2016-06-01",
     "Roy Delmont", "USA GOV"),
    # the dated list and the list of organisations
    ("The Muslim Brotherhood called for protests in Cairo on Friday.", "2016-06-01", "Muslim Brotherhood", "EGY OPP"),
    ("The Democratic Senatorial Campaign Committee spent $2 million in Ohio.", "2016-06-01",
     "Democratic Senatorial Campaign Committee", "USA PTY"),
    ("Carlos Curbelo voted against the bill.", "2016-06-01", "Carlos Curbelo", "USA LEG"),
    ("Carlos Curbelo voted against the bill.", "2020-06-01", "Carlos Curbelo", "USA"),
    # AP-style US titles and a bare "House" in a story about the United States
    ("Sen. Dale Vorhees said the United States would gain from the deal.", "2016-06-01", "Dale Vorhees", "USA LEG"),
    ("Former Rep. Jane Holloway said the United States was safer.", "2016-06-01", "Jane Holloway", "USA"),
    ("The House passed the bill, and officials in Washington said the United States would gain.", "2016-06-01",
     "House", "USA LEG"),
    ("The House Judiciary Committee met in Washington with U.S. officials.", "2016-06-01",
     "House Judiciary Committee", "USA LEG"),
    # ... not in a story about another country; a publisher named "House" is no chamber
    ("Sen. Dale Vorhees said Britain, Britain's ministers and the British would gain.", "2016-06-01",
     "Dale Vorhees", "GBR LEG"),  # the sentence vote, never USA
    ("Melville House published the book in America.", "2016-06-01", "Melville House", None),
    # a state's legislative chamber; an organisation named after a listed person
    ("The Kentucky House passed the bill on Friday.", "2016-06-01", "Kentucky House", "USA LEG"),
    ("Trump University was sued in California.", "2016-06-01", "Trump University", "USA EDU"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, published, name, code", CASES, ids=[f"{c[2]}-{k}" for k, c in enumerate(CASES)])
def test_ac9_actor_codes(extract_text, text, published, name, code):
    record = extract_text(text, published=published)
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    assert found[0]["actor"]["code"] == code, found[0]["actor"]["basis"]
