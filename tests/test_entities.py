"""Entity rules, each on a sentence written for the test (run through the pinned model)."""

from __future__ import annotations

import pytest

from tests.evidence import check_evidence

pytestmark = pytest.mark.model


def people(record):
    return {e["name"]: e for e in record["entities"] if e["type"] == "PERSON"}


def by_name(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, f"no entity named {name!r} in {[e['name'] for e in record['entities']]}"
    return found[0]


def test_entities_title_before_name_gives_role_and_country(extract_text):
    r = extract_text("Norwegian Foreign Minister Ingrid Solheim arrived in Ottawa on Monday.")
    e = by_name(r, "Ingrid Solheim")
    assert e["type"] == "PERSON"
    assert e["actor"]["country"] == "NOR" and e["actor"]["sector"] == "GOV"
    assert [ro["title"] for ro in e["roles"]] == ["Foreign Minister"]
    assert e["roles"][0]["affiliation"] == "Norwegian"


def test_entities_appositive_role(extract_text):
    r = extract_text("The talks were led by Ingrid Solheim, Norway's foreign minister, who flew in on Monday.")
    e = by_name(r, "Ingrid Solheim")
    assert e["actor"]["country"] == "NOR"
    assert e["roles"] and e["roles"][0]["title"].lower() == "foreign minister"


def test_entities_surname_and_title_surname_join_full_name(extract_text):
    text = (
        "Canadian Defence Minister Marc Tremblay visited the base. "
        "Tremblay spoke to the crews. Later, Minister Tremblay left for Halifax."
    )
    r = extract_text(text)
    ps = people(r)
    assert list(ps) == ["Marc Tremblay"]
    kinds = sorted(m["kind"] for m in ps["Marc Tremblay"]["mentions"])
    assert kinds == ["surname", "title_name", "title_name"]
    check_evidence(r, text)


def test_entities_first_name_slip_joins_the_right_person(extract_text):
    text = (
        "Secretary of Defense Dana Whitfield met the delegation. "
        "The visitors thanked Secretary Dana for her support, and Whitfield smiled."
    )
    r = extract_text(text)
    ps = people(r)
    assert "Dana" not in ps
    assert any(m["kind"] == "first_name" or m["text"] == "Secretary Dana" for m in ps["Dana Whitfield"]["mentions"])


def test_entities_description_resolves_to_the_one_candidate(extract_text):
    text = (
        "Israeli Defense Minister Avi Rosen met Secretary of State Laura Kent in Washington. "
        "The Israeli defense minister said the talks were useful."
    )
    r = extract_text(text)
    rosen = people(r)["Avi Rosen"]
    assert any(m["kind"] == "description" and m["text"].lower().endswith("defense minister") for m in rosen["mentions"])
    kent = people(r)["Laura Kent"]
    assert all(m["kind"] != "description" for m in kent["mentions"])


def test_entities_descriptor_with_portfolio_and_country(extract_text):
    text = (
        "Secretary of Defense Dana Whitfield hosted Israeli Defense Minister Avi Rosen. "
        "The top US defense leader praised the cooperation."
    )
    r = extract_text(text)
    assert any(m["kind"] == "description" for m in people(r)["Dana Whitfield"]["mentions"])
    assert all(m["kind"] != "description" for m in people(r)["Avi Rosen"]["mentions"])


def test_entities_title_default_country_and_institution_affiliation(extract_text):
    r = extract_text("State Department Spokesperson Tom Hale said that Secretary of State Laura Kent would travel.")
    assert people(r)["Tom Hale"]["actor"]["country"] == "USA"
    assert people(r)["Laura Kent"]["actor"]["country"] == "USA"


@pytest.mark.parametrize(
    "text,name,code",
    [
        ("The Pentagon said the drills would continue.", "Pentagon", "USA MIL"),
        ("Hamas fired rockets overnight.", "Hamas", "PSE REB"),
        ("The IDF said it had struck targets.", "IDF", "ISR MIL"),
        ("Officials at the State Department declined to comment.", "State Department", "USA GOV"),
        ("Members of the Knesset voted late on Monday.", "Knesset", "ISR LEG"),
    ],
)
def test_entities_known_institutions_are_coded(extract_text, text, name, code):
    r = extract_text(text)
    assert by_name(r, name)["actor"]["code"] == code


def test_entities_acronym_in_parentheses_joins_its_organisation(extract_text):
    text = "Delegates met the Arctic Shipping Safety Council (ASSC) in Oslo. The ASSC has twelve members."
    r = extract_text(text)
    orgs = [e for e in r["entities"] if e["type"] == "ORG"]
    assert len(orgs) == 1, [o["name"] for o in orgs]
    assert {m["text"] for m in orgs[0]["mentions"]} >= {"Arctic Shipping Safety Council", "ASSC"}


def test_entities_country_names_cluster_by_code(extract_text):
    text = "The United States said on Monday that the US and America's allies would not back down."
    r = extract_text(text)
    usa = [e for e in r["entities"] if e["actor"]["country"] == "USA" and e["type"] == "GPE"]
    assert len(usa) == 1
    assert len(usa[0]["mentions"]) == 3


def test_entities_capital_is_its_government(extract_text):
    r = extract_text("Moscow said it would respond to any such move near its borders.")
    assert by_name(r, "Moscow")["actor"]["code"] == "RUS GOV"


def test_entities_head_of_government_without_affiliation_uses_context(extract_text):
    text = (
        "Caretaker Prime Minister Ruth Adler, in Jerusalem, said Israel would not wait. "
        "Adler spoke after a cabinet meeting."
    )
    r = extract_text(text)
    e = people(r)["Ruth Adler"]
    assert e["actor"]["country"] == "ISR"
    assert any("inferred" in b for b in e["actor"]["basis"])


def test_entities_person_without_role_has_no_invented_country(extract_text):
    r = extract_text("Peter Lindqvist, a retired teacher, wrote a letter about the harbour.")
    e = people(r)["Peter Lindqvist"]
    assert e["actor"]["country"] is None


def test_entities_administration_is_an_org_of_that_government(extract_text):
    text = "US President Alan Brooks spoke on Monday. The Brooks administration will send aid."
    r = extract_text(text)
    admin = [e for e in r["entities"] if e["type"] == "ORG" and "administration" in e["name"].lower()]
    assert admin and admin[0]["actor"]["code"] == "USA GOV"


def test_entities_title_for_institution_then_name(extract_text):
    text = "A spokesman for the Russian Foreign Ministry, Pavel Orlov, accused Oslo of escalation."
    r = extract_text(text)
    orlov = people(r)["Pavel Orlov"]
    assert orlov["actor"]["country"] == "RUS"
    assert [m["text"] for m in orlov["mentions"]] == ["Pavel Orlov"]
    assert by_name(r, "Russian Foreign Ministry")["actor"]["code"] == "RUS GOV"
    check_evidence(r, text)


def test_entities_index_at_finds_the_overlapping_mention(extract_text, nlp):
    from newsfacts.nlp.entities import extract_entities

    text = "Defence Minister Marc Tremblay met Norwegian Foreign Minister Ingrid Solheim in Ottawa."
    index = extract_entities(nlp(text))
    s = text.index("Solheim")
    eid = index.at(s, s + 7)
    assert index.by_id[eid].name == "Ingrid Solheim"
    t = text.index("Tremblay")
    assert index.by_id[index.at(t, t + 3)].name == "Marc Tremblay"
    assert index.at(text.index(" met "), text.index(" met ") + 4) is None


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("Sri Lankan police detained the students.", "Sri Lankan", "LKA"),  # tagged GPE by the model
        ("Lithuanian officials met on Monday.", "Lithuanian", "LTU"),  # missed by the model
    ],
)
def test_entities_demonyms_are_nationalities_whatever_the_ner_says(extract_text, text, name, code):
    e = by_name(extract_text(text), name)
    assert e["type"] == "NORP" and e["actor"]["country"] == code


def test_entities_country_named_before_an_institution_wins(extract_text):
    r = extract_text("Norway's Supreme Court ruled on the case.")
    e = by_name(r, "Supreme Court")
    assert e["actor"]["country"] == "NOR" and e["actor"]["sector"] == "JUD"  # the lexicon says USA by default


def test_entities_organisation_of_a_capital(extract_text):
    r = extract_text("The Harbour Workers Union of Lisbon called a strike.")
    e = [x for x in r["entities"] if x["type"] == "ORG"][0]
    assert e["actor"]["country"] == "PRT"


def test_entities_title_with_possessive_country_and_modifier(extract_text):
    r = extract_text("Kenyan President Uhuru Kenyatta met Tanzania's new President Samia Suluhu Hassan in Nairobi.")
    assert by_name(r, "Samia Suluhu Hassan")["actor"]["country"] == "TZA"
    assert by_name(r, "Uhuru Kenyatta")["actor"]["country"] == "KEN"


def test_entities_known_office_holder_without_title(extract_text):
    r = extract_text("Putin spoke to reporters in Minsk on Monday.")
    e = by_name(r, "Putin")
    assert e["actor"]["country"] == "RUS"
    assert any("people.tsv" in b for b in e["actor"]["basis"])


def test_entities_accent_folded_city_names():
    from newsfacts.lexicons import countries

    assert countries.city_country("Diyarbakir") == "TUR"


def test_entities_description_goes_to_the_fit_named_last_in_its_paragraph():
    """``nearest_fit`` (bisect over sorted mention starts) picks what a walk over every
    mention picks: the fitting cluster named last before the description, same paragraph."""
    import random

    from newsfacts.nlp.entities.mentions import Candidate
    from newsfacts.nlp.entities.resolution import Cluster, nearest_fit

    rng = random.Random(4)
    para_starts = [0, 200, 450, 900]
    for _ in range(300):
        fits = [Cluster("PERSON", [Candidate(s, s + 5, "x", "PERSON") for s in rng.sample(range(0, 1000, 7), rng.randint(1, 6))])
                for _ in range(rng.randint(2, 5))]
        start = rng.randrange(1000)
        p = max(k for k, s in enumerate(para_starts) if s <= start)
        walk, best = None, -1
        for c in fits:
            for m in c.mentions:
                if para_starts[p] <= m.start < start and m.start > best:
                    walk, best = c, m.start
        assert nearest_fit(fits, start, para_starts, {}) is walk
