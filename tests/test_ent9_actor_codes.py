"""Actor codes, second round (issue 21, session 8): a multinational's home country (MNCUSA ->
USA BUS), news agencies' countries, US agencies and groups, armed groups' spellings and an
untagged one-word armed group, a Houthi modifier, a bracket the model ran into, long-ended
offices written as titles, two listed name forms of one person, a university's chancellor,
an officer's organisation named past a lower-case field, and names inside a Title Case
subheading. Texts written for these tests."""

import pytest

from newsfacts.lexicons.petrarch import split_cameo
from newsfacts.nlp.entities.headline import title_lines
from newsfacts.nlp.entities.mentions import strip_mention
from newsfacts.nlp.entities.resolution import same_listed_person


@pytest.mark.parametrize("code, expected", [
    ("MNCUSA", ("USA", "BUS", None)),  # a company's home country is its country
    ("MNCKOR", ("KOR", "BUS", None)),
    ("MNCUSAMED", ("USA", "BUS", "MED")),
    ("MNC", (None, "BUS", None)),  # no country block: none
    ("MNCHLH", (None, "BUS", "HLH")),  # a role after it is no country
    ("MNCAFR", (None, "BUS", None)),  # nor a region
    ("NGOUSAHRI", (None, "NGO", "HRI")),  # an NGO's base is still skipped
    ("IGOUNOREFHCR", (None, "IGO", "REF")),
])
def test_ent9_split_cameo_home_country(code, expected):
    assert split_cameo(code) == expected


@pytest.mark.parametrize("text, expected", [
    ("Federal Bureau of Investigation (FBI", "Federal Bureau of Investigation"),
    ("Federal Bureau of Investigation (FBI)", "Federal Bureau of Investigation (FBI)"),
    ("Kenzo Oshima", "Kenzo Oshima"),
])
def test_ent9_strip_mention_unclosed_bracket(text, expected):
    assert strip_mention(text, 10) == (expected, 10, 10 + len(expected))


def test_ent9_title_lines():
    text = ("Watch The Best Moments From The Debate\n\nThe candidates met in Milwaukee on Tuesday.\n\n"
            "Related:\n\nSenator Responds To Question About Wages.\n\nWHERE THE MAYOR PLANS TO BUILD A PORT.\n")
    lines = [text[a:b] for a, b in title_lines(text)]
    assert lines == ["Watch The Best Moments From The Debate", "Senator Responds To Question About Wages."]


def test_ent9_same_listed_person():
    assert same_listed_person("Jeb Bush", "John Ellis Bush")
    assert not same_listed_person("Jeb Bush", "George W. Bush")
    assert not same_listed_person("Jane Bush", "Jeb Bush")


CASES = [
    # a company of the PETRARCH2 dictionaries: its home country
    ("Exxon Mobil criticized the new rules on Monday.", "2016-05-03", "Exxon Mobil", "USA BUS"),
    # news agencies: the country they are based in
    ("Reuters reported that the talks had failed.", "2016-05-03", "Reuters", "GBR MED"),
    ("The Associated Press said the minister had resigned.", "2016-05-03", "Associated Press", "USA MED"),
    # a bracket the model ran into
    ("The Federal Bureau of Investigation (FBI) said it had arrested the man.", "2016-05-03",
     "Federal Bureau of Investigation", "USA COP"),
    ("FEMA said the shelters were full.", "2016-05-03", "FEMA", "USA GOV"),
    # armed groups' other spellings; an untagged one-word armed group
    ("Hizbullah condemned the strike on Tuesday.", "2016-05-03", "Hizbullah", "LBN REB"),
    ("The pro-Iranian Hizbollah (Party of God) group declared a ceasefire in south Lebanon.", "1987-01-01",
     "Hizbollah", "LBN REB"),
    ("Al-Qaida claimed the bombing in a statement.", "2016-05-03", "Al-Qaida", "REB"),
    ("The Umma Party rejected the deal on Sunday.", "2016-05-03", "Umma Party", "SDN PTY"),
    # a long-ended office written as a title codes the country only
    ("Starr investigated the death of deputy counsel Vincent Foster.", "2016-05-24", "Vincent Foster", "USA"),
    # a living justice, by the dated list
    ("Ruth Bader Ginsburg said she regretted the remarks.", "2016-07-15", "Ruth Bader Ginsburg", "USA JUD"),
    # a university's chancellor holds the university's sector, not a government's
    ("Nicholas Zeppos, the chancellor of Vanderbilt University, said the school would not divest.", "2016-03-01",
     "Nicholas Zeppos", "EDU"),
    ("Chancellor Angela Merkel said Germany would take more refugees.", "2016-03-01", "Angela Merkel", "DEU GOV"),
    # an officer's organisation named past a lower-case field: its sector, not a government's
    ("Ted Ramsey, vice president for defense and foreign policy studies at the Cato Institute, a think tank, "
     "said the debate was misleading.", "2015-12-14", "Ted Ramsey", "USA NGO"),
    ("John Doe, vice president for communications of the Harbor Walkers League, said the grant was approved.",
     "2015-12-14", "John Doe", None),
    ("Ann Lee, director of policy at the State Department, said the talks went well.", "2015-12-14",
     "Ann Lee", "USA GOV"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, published, name, code", CASES, ids=[f"{c[2]}-{k}" for k, c in enumerate(CASES)])
def test_ent9_actor_codes(extract_text, text, published, name, code):
    record = extract_text(text, published=published)
    (entity,) = [e for e in record["entities"] if e["name"] == name]
    assert entity["actor"]["code"] == code, entity["actor"]["basis"]


@pytest.mark.model
def test_ent9_houthi_modifier_codes_yemen(extract_text):
    record = extract_text("Houthi rebels seized the airport on Friday.", published="2015-03-20")
    (group,) = [e for e in record["entities"] if e["name"] == "Houthi rebels"]
    assert group["actor"]["code"] == "YEM REB", group["actor"]["basis"]


@pytest.mark.model
def test_ent9_two_name_forms_one_person(extract_text):
    record = extract_text("Former Florida Gov. John Ellis Bush said he would not endorse the nominee. "
                          "Jeb Bush later criticized him again.", published="2016-05-10")
    bushes = [e for e in record["entities"] if e["type"] == "PERSON" and "Bush" in e["name"]]
    assert len(bushes) == 1
    assert {m["text"] for m in bushes[0]["mentions"]} >= {"Jeb Bush"}
    assert bushes[0]["actor"]["country"] == "USA"


@pytest.mark.model
def test_ent9_subheading_keeps_the_known_name_only(extract_text):
    text = ("Watch The Best Moments From The Debate\n\nThe candidates met in Milwaukee on Tuesday.\n\n"
            "Related:\n\nMarco Rubio Responds To Question About Minimum Wage.\n\n"
            "Rubio said the country needed more welders.\n")
    record = extract_text(text, published="2015-11-11")
    names = [e["name"] for e in record["entities"] if e["type"] == "PERSON"]
    assert names == ["Marco Rubio"]
