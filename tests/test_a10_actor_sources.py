"""Actor codes, session 10 (issue 21, helper A): where a private person is from ("X, 30, of
Gainesville, Fla."), the employer of a role after the name ("X, chairman of Fox Networks
Group"), listed US outlets, firms and groups, and one actor id for a company with and without
its legal form ("Nabisco Inc" / "Nabisco", "Apple Inc." / "Apple"). Texts written for these tests."""

import pytest

CASES = [
    # an appositive saying where a private person is from: the place's country, no sector
    ("Martha Allen, a Sanders delegate from Vermont, criticized the state's gun laws.", "2016-07-27",
     "Martha Allen", "USA "),
    ('"We are tired," said Michelle Stevens, 30, of Gainesville, Fla.', "2016-03-16", "Michelle Stevens", "USA "),
    ('"It could work," said Gavin Hamilton, 23, a student from Fresno, Calif.', "2016-03-16", "Gavin Hamilton", "USA "),
    ('"We fled at night," said Olga Petrova, a refugee from Syria.', "2016-03-16", "Olga Petrova", "SYR "),
    # "of" after role words is no residence; a place modifying a noun is none either
    ("Tom Reed, a critic of Russia, said the talks failed.", "2016-03-16", "Tom Reed", None),
    ("Anna Berg, a lawyer from the New York firm Kaye Porter, declined to comment.", "2016-03-16", "Anna Berg", None),
    # the employer of a role after the name: its country and, with no sector yet, its officers' sector
    ("Mark Hale, a former official of the Chicago Police Department, spoke on Monday.", "2016-03-16",
     "Mark Hale", "USA "),
    ("Dana Cole, a spokeswoman for the Chicago Police Department, said two men were held.", "2016-03-16",
     "Dana Cole", "USA GOV"),
    ("Jonah Blatt, the head of the Anti-Defamation League, warned that such a ban would be wrong.", "2015-12-10",
     "Jonah Blatt", "USA NGO"),
    ("Peter Rand, chairman of Fox Networks Group, said the show would return.", "2016-05-17", "Peter Rand", "USA MED"),
    # a preposition later in the appositive; "X of ORG"; a role before the name
    ("Mia Dorn, an associate professor of political science at the University of Florida, said so.", "2016-03-17",
     "Mia Dorn", "USA EDU"),
    ("Lee Wang of The Washington Post asked the senator about the transcripts.", "2016-01-23", "Lee Wang", "USA MED"),
    ("Google's chief economist, Hal Brand, told reporters the rate would rise.", "2016-04-20", "Hal Brand", "USA BUS"),
    ("The director of the Brookings Institution, Ada Lind, said the group never met him.", "2016-08-17",
     "Ada Lind", "USA NGO"),
    # an organisation with no country gives none; a clause ("who works for") is no role appositive
    ("Lena Frost, director of the Harlow Trust, said the grant was cut.", "2016-03-16", "Lena Frost", None),
    ("Anna Berg, who works for Showtime, said no.", "2016-03-16", "Anna Berg", None),
    # an organisation name the tagger cut ("House" of "House Majority PAC") is no employer
    ("Alix Lapp, executive director of the House Majority PAC, a Democratic super PAC, said so.", "2016-03-24",
     "Alix Lapp", None),
    # a name ending in "PAC" is a US political action committee; its spokeswoman takes USA
    ("Jane Roe, a spokeswoman for Right To Rise PAC, said the ads worked.", "2016-02-01", "Right To Rise PAC", "USA "),
    ("Jane Roe, a spokeswoman for Right To Rise PAC, said the ads worked.", "2016-02-01", "Jane Roe", "USA "),
    # listed outlets, firms, groups and universities
    ("Showtime said the film would be released in October.", "2016-08-29", "Showtime", "USA MED"),
    ("A Georgian Court University poll found that Clinton led.", "2016-06-04", "Georgian Court University", "USA EDU"),
    ("The Brennan Center for Justice said ad spending had doubled.", "2016-04-06", "Brennan Center for Justice",
     "USA NGO"),
    ('"It is unacceptable," the Anti-Defamation League said in a statement.', "2015-12-10", "Anti-Defamation League",
     "USA NGO"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, published, name, code", CASES, ids=[f"{c[2]}-{k}" for k, c in enumerate(CASES)])
def test_a10_actor_codes(extract_text, text, published, name, code):
    record = extract_text(text, published=published)
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    a = found[0]["actor"]
    got = None if (a["country"], a["sector"]) == (None, None) else f"{a['country'] or ''} {a['sector'] or ''}"
    assert got == code, a["basis"]


@pytest.mark.parametrize("one, other, type, country", [
    ("Nabisco Inc", "Nabisco", "ORG", None),
    ("Quorvex Corp.", "Quorvex", "ORG", "USA"),
    ("W.W. Norton & Co.", "W.W. Norton", "ORG", None),
    ("Apple Inc.", "Apple", "ORG", "USA"),
    ("the United States", "U.S.", "GPE", "USA"),
])
def test_a10_one_actor_id(one, other, type, country):
    from newsfacts.nlp.entities.identity import actor_id_of, stored_actor_id

    assert actor_id_of(one, type, country) == actor_id_of(other, type, country)
    assert stored_actor_id(one, type, country) == stored_actor_id(other, type, country)


@pytest.mark.parametrize("name, day, code", [
    ("bill maher", "2016-06-18", ("USA", "MED")),
    ("joe arpaio", "2016-07-22", ("USA", "GOV")),
    ("joe arpaio", "2018-07-22", ("USA", None)),  # no longer sheriff
    ("katrina pierson", "2016-06-02", ("USA", "PTY")),
    ("katrina pierson", "2018-06-02", ("USA", None)),
])
def test_a10_listed_people_on_the_date(name, day, code):
    from newsfacts import lexicons

    found = lexicons.person_on(name, day)
    assert (found.country, found.sector) == code


def test_a10_new_rows_keep_shared_surnames_unique():
    from newsfacts.nlp.entities.identity import people_ids

    surnames = people_ids()[1]
    assert surnames.get("trump") == "people:donald trump"
    assert surnames.get("arpaio") == "people:joe arpaio"


def test_a10_business_form_kept_for_people_and_places():
    from newsfacts.nlp.entities.identity import actor_id_of, normalise_name

    assert normalise_name("Apple Inc.", "ORG") == "apple"
    assert normalise_name("Co", "ORG") == "co"  # never an empty name
    assert actor_id_of("Apple Inc.", "ORG", "USA") == "org:Apple"  # the list's own entry
    assert normalise_name("Jamie Corp", "PERSON") == "jamie corp"  # a person's surname is no legal form
