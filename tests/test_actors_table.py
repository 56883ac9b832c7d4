"""The Actors issue's bug classes as one table of sentences written for it: each with the code
it must get (two publication dates where the code changes with the date). Through the model."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

CASES = [
    # organisations with "and" in the name were coded AND (Andorra); the SEC is a known US agency
    ("The Securities and Exchange Commission fined the bank on Monday.", "2016-05-03", "Securities and Exchange Commission", "USA GOV"),
    ("The University and College Union called a strike in London.", "2016-05-03", "University and College Union", None),
    # US states were coded as foreign places of the same name
    ("Officials in Colorado and Arizona said the fires were spreading toward Virginia.", "2016-05-03", "Colorado", "USA"),
    ("Officials in Colorado and Arizona said the fires were spreading toward Virginia.", "2016-05-03", "Arizona", "USA"),
    ("The governor signed the budget in Harrisburg, Pa., on Friday.", "2016-05-03", "Harrisburg, Pa", "USA"),
    # roles before names and the party-state tag
    ("Rep. Ann Roe (D-Va.) said Russia had meddled in the vote.", "2016-05-03", "Ann Roe", "USA LEG"),
    ("Texas Rep. Mike McCaul met the Cuban envoy in Havana on Monday.", "2016-05-03", "Mike McCaul", "USA LEG"),
    ("FBI Director James Comey told senators the inquiry was closed.", "2016-05-03", "James Comey", "USA GOV"),
    ("Fox News anchor Megyn Kelly asked the candidates about taxes.", "2016-05-03", "Megyn Kelly", "USA MED"),
    # parties
    ("Republicans in the Senate blocked the bill.", "2016-05-03", "Republicans", "USA PTY"),
    # codes as of the article's date
    ("Donald Trump told supporters in Ohio that he would win.", "2016-05-03", "Donald Trump", "USA"),
    ("Donald Trump told supporters in Ohio that he would win.", "2017-05-03", "Donald Trump", "USA GOV"),
    ("Barack Obama met Angela Merkel in Berlin.", "2016-05-03", "Barack Obama", "USA GOV"),
    ("Barack Obama met Angela Merkel in Berlin.", "2018-05-03", "Barack Obama", "USA"),
    ("Vladimir Putin said Russia would respond. Putin spoke in Moscow.", "2016-05-03", "Vladimir Putin", "RUS GOV"),
    # a title the text uses for an office the person had left (people.tsv dates): no sector then
    ("Secretary Clinton spoke to voters in Ohio on Monday.", "2016-05-03", "Clinton", "USA"),
    ("Secretary Clinton spoke to voters in Ohio on Monday.", "2011-05-03", "Clinton", "USA GOV"),
    ("Senator Obama told the crowd in Chicago that he would run.", "2016-05-03", "Obama", "USA"),
    ("Senator Obama told the crowd in Chicago that he would run.", "2007-05-03", "Obama", "USA LEG"),
    ("President Obama met the Mexican president in Mexico City.", "2016-05-03", "Obama", "USA GOV"),
    ("President Obama met the Mexican president in Mexico City.", "2018-05-03", "Obama", "USA"),
    # a militant takes no country from the sentence (he was coded USA here)
    ("Osama bin Laden planned attacks on the United States, American officials said. Later bin Laden fled.",
     "2016-05-03", "Osama bin Laden", "REB"),
    # a hyphenated name is whole after a title; "Gov" without a period is a title
    ("U.N. Secretary-General Ban Ki-moon urged both sides to stop the fighting in Syria.", "2016-05-03", "Ban Ki-moon", "IGO"),
    # the president of an organisation we cannot sector is no government actor
    ("Dana Pell, president of the Harbor Walkers League, said the march would go on.", "2016-05-03", "Dana Pell", None),
    ("Gov Harlow signed the budget on Monday. Mary Harlow said taxes would fall.", "2016-05-03", "Mary Harlow", "GOV"),
    # issue #21: a title that agrees with a PETRARCH2 entry gives its country when the text names none
    ("Vice-President Moody Awori said on Tuesday that he would not resign.", "2005-05-03", "Moody Awori", "KEN GOV"),
    ("Gov. George Wallace spoke to the crowd on Monday.", "2016-05-03", "George Wallace", "GOV"),  # a local office: no
    # a nationality before a role word before the name; not across a verb
    ("A court released German journalist Ada Vogel after eight months in prison.", "2016-05-03", "Ada Vogel", "DEU"),
    # an appositive title after "the", closed by a comma
    ("Lena Markovic, the former foreign minister of Serbia, said the plan would fail.", "2016-05-03", "Lena Markovic", "SRB"),
    ("Rina Kovac, the Democratic chair of Ohio's Lake County, said the vote was close.", "2016-05-03", "Rina Kovac", "USA PTY"),
    ("His choice of Omar Haddad, the president of the Arab American Institute, angered some.", "2016-05-03", "Omar Haddad", "USA"),
    ("On Syria, the president said he had no plan.", "2016-05-03", "Syria", "SYR"),
    # places the model tags as other things, provinces named with their kind, capitals' other spellings
    ("Aid workers reached Borno State on Friday.", "2016-05-03", "Borno State", "NGA"),
    ("Troops withdrew from the Golan on Monday.", "2016-05-03", "Golan", "SYR"),
    ("Aung San Suu Kyi met the envoy in Naypyidaw.", "2018-05-03", "Naypyidaw", "MMR GOV"),
    ("Talks with Tajikistan resumed on Monday, officials said.", "2016-05-03", "Tajikistan", "TJK"),
    # known people the model reads as organisations or places; family name first
    ("Aung San Suu Kyi met the envoy in Naypyidaw.", "2018-05-03", "Aung San Suu Kyi", "MMR GOV"),
    ("Aung San Suu Kyi met the envoy in Naypyidaw.", "2022-05-03", "Aung San Suu Kyi", "MMR"),
    ("Moon said the talks with the North would resume.", "2018-05-03", "Moon", "KOR GOV"),
    ("Moon said the talks with the North would resume.", "2015-05-03", "Moon", "KOR"),
    # organisations: US agencies, national NGOs, two-word heads
    ("The NAACP called for a vote on Monday.", "2016-05-03", "NAACP", "USA NGO"),
    ("USAID sent food to the region on Monday.", "2016-05-03", "USAID", "USA GOV"),
    ("The Indian Air Force struck the camps near the border.", "2016-05-03", "Indian Air Force", "IND MIL"),
]


@pytest.mark.parametrize("text, published, name, code", CASES, ids=[f"{c[2]}-{c[1][:4]}-{k}" for k, c in enumerate(CASES)])
def test_actors_table(extract_text, text, published, name, code):
    record = extract_text(text, published=published)
    (entity,) = [e for e in record["entities"] if e["name"] == name]
    assert entity["actor"]["code"] == code, entity["actor"]["basis"]


def test_actors_table_honorific_keeps_surnames_apart(extract_text):
    """"Mrs. Clinton" never joins a man of the same surname."""
    record = extract_text("Bill Clinton spoke first. Then Mrs. Clinton took the stage in Ohio.", published="2016-05-03")
    bill = next(e for e in record["entities"] if e["name"] == "Bill Clinton")
    assert [m["text"] for m in bill["mentions"]] == ["Bill Clinton"]


def test_actors_table_one_identity_for_a_person_named_two_ways(extract_text):
    a = extract_text("President Vladimir Putin spoke in Moscow.", published="2016-05-03")
    b = extract_text("Putin said Russia would respond.", published="2016-05-03")
    ids = {e["actor"]["actor_id"] for r in (a, b) for e in r["entities"] if e["type"] == "PERSON"}
    assert ids == {"people:vladimir putin"}


NAMES = [
    # (text, the person's name, its mentions as (text, start)): whole names, exact offsets
    ("Union President Dana Rolfe-Mays said the strike would go on.", "Dana Rolfe-Mays", [("President Dana Rolfe-Mays", 6)]),
    ("Gov Harlow signed the budget on Monday. Mary Harlow said taxes would fall.", "Mary Harlow",
     [("Gov Harlow", 0), ("Mary Harlow", 40)]),
    # "Senator Cruz" is not Heidi Cruz, the one Cruz named in full (people.tsv lists a Senator Cruz)
    ("Heidi Cruz spoke to voters in Iowa on Monday. Senator Cruz said the race was close.", "Heidi Cruz", [("Heidi Cruz", 0)]),
    # a lower-case particle: "bin Laden" is Osama bin Laden again
    ("Osama bin Laden fled to the mountains. Officials said bin Laden was alive.", "Osama bin Laden",
     [("Osama bin Laden", 0), ("bin Laden", 54)]),
    ("Osama bin Laden fled to the mountains. Bin Laden was alive, officials said.", "Osama bin Laden",
     [("Osama bin Laden", 0), ("Bin Laden", 39)]),
    # a sentence's first preposition and a trailing quote mark are no part of a name
    ("Nora Quill led the poll. Without Quill in the race, the others tied.", "Nora Quill", [("Nora Quill", 0), ("Quill", 33)]),
]


@pytest.mark.parametrize("text, name, mentions", NAMES, ids=[n[1] + str(i) for i, n in enumerate(NAMES)])
def test_actors_table_names(extract_text, text, name, mentions):
    record = extract_text(text, published="2016-05-03")
    (entity,) = [e for e in record["entities"] if e["name"] == name]
    assert [(m["text"], m["start"]) for m in entity["mentions"]] == mentions
    assert all(text[m["start"]:m["end"]] == m["text"] for m in entity["mentions"])
    assert not [e for e in record["entities"] if e["name"].startswith("Without")]


def test_actors_table_general_assembly_is_no_person(extract_text):
    """"General" before an organisation's name is no title: "General Assembly" is no person."""
    record = extract_text("Virginia's General Assembly passed the bill in Richmond on Monday.", published="2016-05-03")
    assert not [e for e in record["entities"] if e["type"] == "PERSON"]
