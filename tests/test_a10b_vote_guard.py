"""Actor codes, session 10 round 2 (issue 21, helper A): the sentence-country vote left out when
the article's own country is another (dateline, named state institutions); "State" alone for
the State Department; US-only titles (U.S. Attorney, federal prosecutor, sheriff); a surname the
tagger read as a place. Texts written for these tests."""

import pytest

BENGHAZI = ("Panel grills generals on the attack.\n\n"
            "The State Department and the Pentagon were told that forces were ready. General Dempsey "
            "said no forces could reach Benghazi in Libya in time. General Hamm said the attack in "
            "Benghazi, Libya, was a surprise. Libya said militants in Benghazi were still at large.")

CASES = [
    # the vote would say LBY; the text's institutions are American
    (BENGHAZI, "2013-02-08", "Dempsey", " MIL"),
    (BENGHAZI, "2013-02-08", "Hamm", " MIL"),
    # a dateline abroad: the vote's country is not the person's
    ("Talks resume.\n\nWASHINGTON - General Karl Meyer said the talks in Libya would resume. Libya's "
     "rivals met in Tripoli, Libya.", "2016-03-01", "Karl Meyer", " MIL"),
    # the vote still codes a general in a story about his own country
    ("Fighting near Benghazi.\n\nTRIPOLI - General Khalifa Omran said his forces had taken the port of "
     "Benghazi. Libya's parliament met in Tobruk. General Omran said Libya would vote.", "2016-03-01",
     "Khalifa Omran", "LBY MIL"),
    # "State" alone after "the State Department": that department; "the State" in court is not
    ("Emails reviewed.\n\nThe State Department declined to comment. State's reviewers said 1,300 emails were "
     "sensitive.", "2016-01-31", "State", "USA GOV"),
    ('Law blocked.\n\nJACKSON, Miss. - "The State has put its thumb on the scale," the judge wrote. The State '
     "Department was not involved.", "2016-07-01", "State", None),
    # US-only titles
    ("Charges filed.\n\nU.S. Attorney Mary Kellner charged two men on Friday in New York.", "2016-03-01",
     "Mary Kellner", "USA GOV"),
    ("Charges filed.\n\nFederal prosecutor John Barlow said the case in Ohio was closed.", "2016-03-01",
     "John Barlow", "USA JUD"),
    ("Flood in Texas.\n\nSheriff Tom Dukes said his deputies in Texas would help the United States Army.",
     "2016-03-01", "Tom Dukes", "USA GOV"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, published, name, code", CASES, ids=[f"{c[2]}-{k}" for k, c in enumerate(CASES)])
def test_a10b_actor_codes(extract_text, text, published, name, code):
    record = extract_text(text, published=published)
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    a = found[0]["actor"]
    got = None if (a["country"], a["sector"]) == (None, None) else f"{a['country'] or ''} {a['sector'] or ''}"
    assert got == code, a["basis"]


@pytest.mark.model
def test_a10b_surname_read_as_place(extract_text):
    text = ("Rubio fights on.\n\nThings look dire for Marco Rubio. Although Rubio personally opposes the plan, "
            "a man held a Rubio sign outside.")
    record = extract_text(text, published="2016-03-10")
    assert not [e for e in record["entities"] if e["name"] == "Rubio" and e["type"] in ("LOC", "FAC")]
    rubio = [e for e in record["entities"] if e["name"] == "Marco Rubio"]
    assert rubio and len(rubio[0]["mentions"]) >= 2


@pytest.mark.parametrize("text, code", [
    ("Title\n\nWASHINGTON - Republicans said", "USA"),
    ("Title\n\nJACKSON, Miss. - A judge", "USA"),
    ("BEIRUT (AP) -- Rebels", "LBN"),
    ("Title\n\nBOSTON \u2014Standing", "USA"),
    ("A headline - with a dash", None),
    ("No dateline here.", None),
])
def test_a10b_dateline_country(text, code):
    from newsfacts.nlp.entities.vote_guard import dateline_country

    assert dateline_country(text) == code
