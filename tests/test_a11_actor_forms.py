"""Actor codes, session 11 (issue 21, helper A): a city's police before or after a name, a
service of the armed forces and a rank, a US state office in brackets, chained state and party
qualifiers ("an Iowa Republican operative"), "Secretary I" (the pronoun is no name), Georgia
the country or the US state by its own sentence, and dated rows for US party figures and
state officers. Texts written for these tests."""

import pytest

CASES = [
    # a city's police: the city's country, COP
    ("A Tulsa police officer, Betty Roark, shot a man on Friday, the mayor said.", "2016-09-20",
     "Betty Roark", "USA COP"),
    ("Betty Roark, a Tulsa police officer, shot a man on Friday.", "2016-09-20", "Betty Roark", "USA COP"),
    ("Cleveland Police Chief Calvin Wells lobbied the council on Monday.", "2016-07-20", "Calvin Wells", "USA COP"),
    # a service and a rank: MIL, USA in a story about the United States
    ("Army Capt. Chris Padron said he would not vote in the United States election.", "2016-08-01",
     "Chris Padron", "USA MIL"),
    # a US state office in brackets after the name
    ("The firm was sued by Eric Sandford (NY attorney general) on Monday in the United States.", "2016-05-10",
     "Eric Sandford", "USA GOV"),
    # chained qualifiers: a state and a party
    ("Jeff Patrick, an Iowa Republican operative unaligned in 2016, said the plan failed.", "2016-01-30",
     "Jeff Patrick", "USA PTY"),
    ("Grant Yount, another unaligned Iowa Republican strategist, said there was time.", "2016-01-30",
     "Grant Yount", "USA PTY"),
    ("Missouri Republican Ray Blunden said in a statement that the bill was wrong.", "2016-05-10",
     "Ray Blunden", "USA "),
    # "former" keeps the country, drops the sector
    ("Ann Kolb, a former Iowa Republican strategist, said the plan failed.", "2016-01-30", "Ann Kolb", "USA "),
    # a party role in a story that names the United States, though Britain most
    ("Mike Dunham, a Republican strategist, said the British vote was a warning to Britain and the United States.",
     "2016-06-25", "Mike Dunham", "USA PTY"),
    # a party role with no US in the story: nothing
    ("Mike Dunham, a Republican strategist, said the British vote was a warning to Britain.", "2016-06-25",
     "Mike Dunham", None),
    # a city's name with another role than its police: nothing (the roles rule reads US states only)
    ("Betty Roark, a Tulsa resident, said the plan was bad.", "2016-09-20", "Betty Roark", None),
    # a listed politician's staff: the campaign's (PTY) or the politician's office's sector
    ("Ted Crane spoke in Iowa. Bryan Engel, the Crane campaign's Iowa director, agreed.", "2016-01-27",
     "Bryan Engel", None),  # Ted Crane is no one the list or the text codes
    ("Ted Cruz spoke in Iowa. Bryan Engel, the Cruz campaign's Iowa director, agreed.", "2016-01-27",
     "Bryan Engel", "USA PTY"),
    ("Ted Cruz spoke in Iowa. Chad Swift, the Cruz campaign's chairman, said the comments were right.",
     "2016-01-17", "Chad Swift", "USA PTY"),
    ('"No," said Patti Doyle, Clinton\'s 2008 campaign manager.', "2016-09-01", "Patti Doyle", "USA PTY"),
    ("Ted Cruz spoke in Iowa. Cruz spokeswoman Cathy Frane said the pledge was fine.", "2016-01-27",
     "Cathy Frane", "USA LEG"),
    # a campaign's thing is no role; a phrase after a preposition is no apposition
    ("Asked about Clinton's campaign strategy, Jim Carlow said it was fine.", "2016-03-10", "Jim Carlow", None),
    # "in" a place after an age: where an ordinary person lives; without an age nothing
    ("Carole Bowen, 75, a retiree in Carthage, Ill., supported the governor.", "2016-03-10", "Carole Bowen", "USA "),
    ("Jane Wu, a reporter in Beijing, said the talks failed.", "2016-03-10", "Jane Wu", None),
    # a sportsman's role word: CVL (PETRARCH2's "athlete"), no country; "former" keeps it
    ("Muhammad Abel, the boxer, died on Friday.", "2016-06-04", "Muhammad Abel", " CVL"),
    ("Olympic sprinter Usain Belt said he was sad.", "2016-06-04", "Usain Belt", " CVL"),
    ("Tom Brady, the former quarterback, agreed.", "2016-06-04", "Tom Brady", " CVL"),
    # listed people
    ("Green Party candidate Jill Stein asked for a recount in Wisconsin.", "2016-11-25", "Jill Stein", "USA PTY"),
    ("Howard Dean criticized the plan on Tuesday.", "2016-02-02", "Howard Dean", "USA "),
    ("Howard Dean criticized the plan on Tuesday.", "2006-02-02", "Howard Dean", "USA PTY"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, published, name, code", CASES, ids=[f"{c[2]}-{k}" for k, c in enumerate(CASES)])
def test_a11_actor_codes(extract_text, text, published, name, code):
    record = extract_text(text, published=published)
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    a = found[0]["actor"]
    got = None if (a["country"], a["sector"]) == (None, None) else f"{a['country'] or ''} {a['sector'] or ''}"
    assert got == code, a["basis"]


@pytest.mark.model
def test_a11_secretary_pronoun_is_no_name(extract_text):
    record = extract_text("As Secretary I worked with our allies, Clinton said.", published="2016-05-10")
    assert "I" not in [e["name"] for e in record["entities"]]


GEORGIA = [
    # a foreign country in one list with it outweighs a US state elsewhere in the story
    ("In Washington, the president said Georgia and Ukraine should join NATO. New York traders sold shares.",
     "GEO"),
    # no US place, a foreign country named elsewhere: the country
    ("The UN Security Council met on Monday about Russia. The government of Georgia asked for help.", "GEO"),
    # a foreign country in the sentence, US states in the story: left uncoded
    ("Russian hackers targeted voting systems in Georgia, officials said. Texas and Ohio were also hit.", "USA"),
    ("Voters in Georgia backed the governor, officials in Atlanta said.", "USA"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, country", GEORGIA)
def test_a11_georgia(extract_text, text, country):
    record = extract_text(text, published="2016-05-10")
    found = [e for e in record["entities"] if e["name"] == "Georgia"]
    assert found and found[0]["actor"]["country"] == country, found and found[0]["actor"]["basis"]


@pytest.mark.parametrize("name, day, code", [
    ("jill stein", "2016-10-01", ("USA", "PTY")),
    ("eric schneiderman", "2016-10-01", ("USA", "GOV")),
    ("eric schneiderman", "2019-10-01", ("USA", None)),
    ("roy blunt", "2016-10-01", ("USA", "LEG")),
])
def test_a11_listed_people_on_the_date(name, day, code):
    from newsfacts import lexicons

    found = lexicons.person_on(name, day)
    assert (found.country, found.sector) == code


GOVERNMENT = [
    # a bare "the government" right after a sentence naming only another country: that country's
    ("President Obama spoke in Washington about the war. In Syria, rebels attacked Aleppo on Monday. "
     "The government said it would retaliate. The United States and American officials condemned it.", "SYR"),
    # the sentence before names the article's main country: the main country, as before
    ("President Obama spoke in Washington about taxes. The government said it would cut taxes. "
     "The United States and American officials agreed.", "USA"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, country", GOVERNMENT)
def test_a11_the_government(extract_text, text, country):
    record = extract_text(text, published="2016-05-10")
    found = [e for e in record["entities"] if e["name"].lower().endswith("government") and e.get("named") is False]
    assert found and found[0]["actor"]["country"] == country, found and found[0]["actor"]["basis"]
