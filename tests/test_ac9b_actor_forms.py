"""Actor codes, session 9 round 2 (issue 21, helper ac9b): a company's business form ("& Co.",
"Holdings", "Airlines", "Publishing"), a union's officer (LAB, not GOV), religious titles
("Pope", "Rabbi", "Pastor"), a surname of two words the model tags as an organisation
("Le Pen"), and one identity across the mentions of a person and a country.
Texts written for these tests."""

import pytest

CASES = [
    # a business form as the last word of an organisation's name: BUS, no country guessed
    ("Hartwell & Co. said on Monday it would publish the memoir.", "2016-06-01", "Hartwell & Co", " BUS"),
    ("The CEO of Brantley Holdings said profits fell.", "2016-06-01", "Brantley Holdings", " BUS"),
    ("Coastal Airlines cancelled 40 flights on Friday.", "2016-06-01", "Coastal Airlines", " BUS"),
    # an organisation with no business form and no list row stays uncoded
    ("Brantley said profits fell.", "2016-06-01", "Brantley", None),
    # the officer of a union holds the union's sector, not a government's
    ("Richard Trumka, president of the AFL-CIO, said the union backs the bill.", "2016-06-01",
     "Richard Trumka", "USA LAB"),
    ("The AFL-CIO said the deal was bad for workers.", "2016-06-01", "AFL-CIO", "USA LAB"),
    # the president of a country stays GOV
    ("President Enrique Pena Nieto of Mexico said the wall would not be paid for.", "2016-06-01",
     "Enrique Pena Nieto", "MEX GOV"),
    # religious titles: the Pope is the Vatican's; a rabbi or a pastor REL with no country
    ("Pope Francis said on Sunday that walls divide. Francis spoke in Rome.", "2016-02-18", "Francis", "VAT REL"),
    ("Rabbi Jonah Stern said the vote mattered.", "2016-06-01", "Jonah Stern", " REL"),
    ("Pastor Darrell Kent, a Cleveland minister, endorsed the plan.", "2016-06-01", "Darrell Kent", "USA REL"),
    # "Bishop" and "Cardinal" are surnames and firms' names: no title
    ("Rep. Rob Bishop said the bill would pass.", "2016-06-01", "Rob Bishop", " LEG"),
    # a person named after an organisation's possessive: the organisation's country, and the
    # sector its officers hold (an FBI officer is GOV); not after a place's possessive
    ("CNN’s Dana Marsh tweeted that the race was over.", "2016-06-01", "Dana Marsh", "USA MED"),
    ("The FBI's Tom Brandt said the probe was over.", "2016-06-01", "Tom Brandt", "USA GOV"),
    ("The Red Sox's Tom Brady won the game.", "2016-06-01", "Tom Brady", None),
    # an acronym with dots is the listed organisation
    ("David Harlan, a former C.I.A. director, spoke on Monday.", "2016-06-01", "C.I.A.", "USA SPY"),
    # "Congressman" is a US title in a story about the United States, not in one about another country
    ("Congressman Chris Colton, a Trump supporter, said the U.S. race was over.", "2016-06-01",
     "Chris Colton", "USA LEG"),
    ("Congressman Rodolfo Farinas of the Philippines said Manila and the Philippines would act.", "2016-06-01",
     "Rodolfo Farinas", "PHL LEG"),
    # "ABC": Australia's in a story about Australia that never names the United States; else the US network
    ("The ABC reported that Sydney police arrested two men.", "2016-06-01", "ABC", "AUS MED"),
    ("ABC reported that French police arrested two men in Paris.", "2016-06-01", "ABC", "USA MED"),
    ("Obama said in an ABC interview that the United States would act.", "2016-06-01", "ABC", "USA MED"),
    # a company's name with its business form and without it: one company, BUS
    ("Quorvex Inc. said on Monday it would close the plant. Quorvex employs 300 people.", "2016-06-01",
     "Quorvex Inc", " BUS"),
    # a company by the words before its name
    ("Shares of Quorvex fell 4 percent on Monday.", "2016-06-01", "Quorvex", " BUS"),
    # a dateline's place is a place, never an actor: a capital there has no sector; one named
    # again as an actor keeps the government's reading
    ("PARIS — The French police arrested two men on Monday.", "2016-06-01", "PARIS", "FRA "),
    ("WASHINGTON — The Senate voted on Monday. Washington warned Moscow.", "2016-06-01", "WASHINGTON", "USA GOV"),
    # a two-word surname the model tags as an organisation is the person the text names in full
    ("Marine Le Pen spoke in Paris. Le Pen said France must leave the union.", "2016-06-01",
     "Marine Le Pen", "FRA PTY"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, published, name, code", CASES, ids=[f"{c[2]}-{k}" for k, c in enumerate(CASES)])
def test_ac9b_actor_codes(extract_text, text, published, name, code):
    record = extract_text(text, published=published)
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    a = found[0]["actor"]
    got = None if (a["country"], a["sector"]) == (None, None) else f"{a['country'] or ''} {a['sector'] or ''}"
    assert got == code, a["basis"]


@pytest.mark.model
def test_ac9b_le_pen_one_entity(extract_text):
    record = extract_text("Marine Le Pen spoke in Paris. Le Pen said France must leave the union.",
                          published="2016-06-01")
    le_pen = [e for e in record["entities"] if "Le Pen" in e["name"]]
    assert len(le_pen) == 1 and le_pen[0]["type"] == "PERSON"
    assert len(le_pen[0]["mentions"]) == 2


@pytest.mark.model
def test_ac9b_business_form_one_entity(extract_text):
    record = extract_text("Nabisco Inc. said on Monday it would close the plant. Shares of Nabisco fell.",
                          published="2016-06-01")
    names = [e["name"] for e in record["entities"] if e["type"] == "ORG"]
    assert names == ["Nabisco Inc"], names
    assert len(record["entities"][0]["mentions"]) == 2


@pytest.mark.model
def test_ac9b_dateline_tagged_org_is_a_place(extract_text):
    record = extract_text("MANCHESTER, N.H. — Donald Trump spoke to voters on Monday.", published="2016-02-01")
    assert not [e for e in record["entities"] if e["type"] == "ORG"], [(e["name"], e["type"]) for e in record["entities"]]
    places = [e for e in record["entities"] if e["type"] == "GPE" and "MANCHESTER" in e["name"]]
    assert places and places[0]["actor"]["country"] == "USA"


def test_ac9b_is_dateline():
    from newsfacts.nlp.entities.groups import is_dateline

    text = "Title\nBEIRUT (AP) — Troops moved. In BEIRUT, police said NATO — and others — met."
    start = text.index("BEIRUT")
    assert is_dateline(text, start, start + 6)
    second = text.index("BEIRUT", start + 1)
    assert not is_dateline(text, second, second + 6)  # not at a line's start
    nato = text.index("NATO")
    assert not is_dateline(text, nato, nato + 4)


@pytest.mark.model
def test_ac9b_dotted_acronym_one_identity(extract_text):
    record = extract_text("A former C.I.A. officer said the CIA knew.", published="2016-06-01")
    ids = {e["name"]: e["actor"]["actor_id"] for e in record["entities"] if e["type"] == "ORG"}
    assert set(ids.values()) == {"org:CIA"}, ids


@pytest.mark.model
def test_ac9b_one_identity_per_person_and_country(extract_text):
    record = extract_text(
        "Vladimir Putin met the envoy on Monday. President Putin said Russia was ready to talk. "
        "Putin later left. The U.S. said the United States would answer, and US officials agreed.",
        published="2016-06-01",
    )
    ids = {e["name"]: e["actor"]["actor_id"] for e in record["entities"]}
    putins = {aid for name, aid in ids.items() if "Putin" in name}
    assert putins == {"people:vladimir putin"}, ids
    us = {aid for name, aid in ids.items() if name in ("U.S.", "US", "United States")}
    assert us == {"country:USA"}, ids
