"""Actor codes of named people and organisations (issue 21, session 8): the dated lexicon's
politicians, officials, campaign staff and journalists of 2015-2017, known US agencies and
central banks, middle initials, titles inside company names, verbs and datelines inside name
spans, and a university's officer. Texts written for these tests."""

import pytest

from newsfacts import lexicons

CASES = [
    # a party chairman, then a White House chief of staff: the office on the article's date
    ("Priebus said the convention would unite the party.", "2016-05-03", "Priebus", "USA PTY"),
    ("Priebus said the convention would unite the party.", "2017-03-01", "Priebus", "USA GOV"),
    # a party chair who resigned in July 2016 stays a representative
    ("Wasserman Schultz said the primary was fair.", "2016-05-03", "Wasserman Schultz", "USA PTY"),
    ("Wasserman Schultz said the primary was fair.", "2016-09-01", "Wasserman Schultz", "USA LEG"),
    # a campaign's staff: a party actor while the campaign runs
    ("Robby Mook said the campaign had raised more money.", "2016-03-01", "Robby Mook", "USA PTY"),
    # the surname alone: one senator in 2016, two office holders in 2018 (no code)
    ("Sanders said the bill would pass.", "2016-04-18", "Sanders", "USA LEG"),
    ("Sanders said the bill would pass.", "2018-01-05", "Sanders", None),
    # a middle initial the list does not write
    ("Sergey V. Lavrov said the talks would go on.", "2016-09-06", "Sergey V. Lavrov", "RUS GOV"),
    ("Jacob J. Lew said the deal was fair.", "2016-02-01", "Jacob J. Lew", "USA GOV"),
    # a former office holder: the country only
    ("Rudy Giuliani said the system was rigged.", "2016-07-05", "Rudy Giuliani", "USA"),
    # a central bank is its country's government (CAMEO codes the Federal Reserve USAGOVBUS)
    ("The Bank of England raised interest rates on Thursday.", "2016-05-03", "Bank of England", "GBR GOV"),
    ("The Central Bank of Nigeria held its rate on Monday.", "2016-05-03", "Central Bank of Nigeria", "NGA GOV"),
    # a US department named with no country is the US one; a country before it wins
    ("The Justice Department said the case was closed.", "2016-05-03", "Justice Department", "USA GOV"),
    ("Kenya's Justice Department said the case was closed.", "2016-05-03", "Justice Department", "KEN GOV"),
    ("The Federal Deposit Insurance Corporation warned the banks.", "2016-05-03", "Federal Deposit Insurance Corporation", "USA GOV"),
    # a title word that begins a company's name holds no title (MNCUSA: a US company, USA BUS)
    ("General Electric said it would move its headquarters.", "2016-05-03", "General Electric", "USA BUS"),
    # a university's officer holds the university's sector, not a government's
    ("Baylor University chancellor Kenneth Starr said the school would act.", "2016-05-24", "Kenneth Starr", "USA EDU"),
    # a journalist
    ("Chuck Todd asked the senator about the vote.", "2016-05-03", "Chuck Todd", "USA MED"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, published, name, code", CASES, ids=[f"{c[2]}-{c[1][:4]}-{k}" for k, c in enumerate(CASES)])
def test_ent8_actor_codes(extract_text, text, published, name, code):
    record = extract_text(text, published=published)
    (entity,) = [e for e in record["entities"] if e["name"] == name]
    assert entity["actor"]["code"] == code, entity["actor"]["basis"]


@pytest.mark.model
def test_ent8_title_word_of_a_company_is_no_person(extract_text):
    record = extract_text("General Electric said it would move its headquarters.", published="2016-05-03")
    assert [(e["name"], e["type"]) for e in record["entities"]] == [("General Electric", "ORG")]


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Telling Jeb Bush to quit, the senator left the stage.", "Jeb Bush"),
    ("Praising Donald Trump, the governor spoke for an hour.", "Donald Trump"),
    ("ROME - Bernie Sanders met the pope on Saturday.", "Bernie Sanders"),
])
def test_ent8_name_span_without_verb_or_dateline(extract_text, text, name):
    record = extract_text(text, published="2016-04-18")
    people = [e for e in record["entities"] if e["type"] == "PERSON"]
    assert [e["name"] for e in people] == [name]
    assert people[0]["actor"]["country"] == "USA"


@pytest.mark.parametrize("key, expected", [
    ("jacob j. lew", "jacob lew"),
    ("sergey v. lavrov", "sergey lavrov"),
    ("h. r. mcmaster", "h. mcmaster"),
    ("john kerry", "john kerry"),
    ("george h. w. bush", "george bush"),
])
def test_ent8_without_initials(key, expected):
    assert lexicons.without_initials(key) == expected


def test_ent8_people_rows_are_well_formed():
    # every office row: a country or an IGO office, dates in order, a note
    for r in lexicons.rows("people.tsv"):
        r = r + ("",) * (8 - len(r))
        assert r[1] or r[2] == "IGO", r
        assert not (r[4] and r[5]) or r[4] < r[5], r
        assert r[6] in ("", "surname"), r
        assert r[7], r


@pytest.mark.model
def test_ent8_surname_goes_to_the_namesake_the_article_titles(extract_text):
    # two namesakes named once each: the one the article gives a title wins over the one
    # only the lexicon lists (a lobbyist brother is no campaign chairman)
    text = ("The chairman of the Comey Group, Tom Comey, is the brother of James Comey, who runs the bureau. "
            "Comey, who said the project was legal, declined to comment.")
    record = extract_text(text, published="2016-08-17")
    people = {e["name"]: len(e["mentions"]) for e in record["entities"] if e["type"] == "PERSON"}
    assert people == {"Tom Comey": 2, "James Comey": 1}


@pytest.mark.model
@pytest.mark.parametrize("text, name, code", [
    # a former member of Congress named in a comma-set phrase: the tag gives the country only
    ("Such cases are rare, although a former U.S. congressman, Tom Roe, R-Mich., pleaded guilty.", "Tom Roe", "USA"),
    ("Sen. Tom Doe (D-Ohio) said no.", "Tom Doe", "USA LEG"),
])
def test_ent8_party_state_tag_of_a_former_member(extract_text, text, name, code):
    record = extract_text(text, published="2016-08-17")
    (entity,) = [e for e in record["entities"] if e["name"] == name]
    assert entity["actor"]["code"] == code, entity["actor"]["basis"]
