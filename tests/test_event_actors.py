"""The actors of events: who is the source and the target, and which country each one codes to.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from tests.evidence import check_evidence

pytestmark = pytest.mark.model


def _first(extract_text, text, typ):
    r = extract_text(text)
    check_evidence(r, text)
    ents = {e["id"]: e for e in r["entities"]}
    evs = [ev for ev in r["events"] if ev["type"] == typ]
    assert evs, (typ, [(ev["type"], ev["notes"]) for ev in r["events"]])
    ev = evs[0]

    def countries(ids):
        """The countries the side codes to, in order (as the evaluation reads them)."""
        return [ents[i]["actor"]["country"] for i in ids if ents[i]["actor"]["country"]]

    def names(ids):
        return [ents[i]["name"] for i in ids]

    return ev, countries, names


@pytest.mark.parametrize(
    "text, typ, source, target",
    [
        # "from" phrases: on the verb, and on its object
        ("Chile said it would withdraw its engineers from Bolivia next month.", "RETREAT", "CHL", "BOL"),
        ("The Norwegian navy seized two fishing boats from Icelandic crews on Tuesday.", "COERCE", "NOR", "ISL"),
        # a noun event's phrase hung on the light verb
        ("Peruvian forces launched artillery strikes against Ecuadorian positions near the border.", "ASSAULT", "PER", "ECU"),
        # a noun event's "of" phrase; "with X's help" is no counterpart
        ("Russia announced a naval blockade of Estonia with Belarus's help.", "COERCE", "RUS", "EST"),
        # "demanded the withdrawal of X": X is asked to act
        ("Lithuanian officials demanded the withdrawal of Belarusian troops from the border.", "REQUEST", "LTU", "BLR"),
        # a threat's target is the one its condition is about
        ("Greece threatened to cut gas supplies if Turkey sends more drilling ships.", "THREATEN", "GRC", "TUR"),
        # what a protest is against, read through its purpose clause
        ("Thousands of Chilean farmers began a sit-in outside parliament to protest against Argentina's new export tax.",
         "PROTEST", "CHL", "ARG"),
        # the place of a material act, when nothing else names a target
        ("The Kurdistan Workers' Party attacked a police station in Diyarbakir.", "ASSAULT", "TUR", "TUR"),
        # nationalities the model tags as places or people
        ("Sri Lankan police detained twelve Ugandan students.", "COERCE", "LKA", "UGA"),
        # a country named before an institution overrides the lexicon's default
        ("Norway's Supreme Court ordered the arrest of a Swedish diplomat.", "COERCE", "NOR", "SWE"),
        # a complaint to an audience about someone: the one complained about is the target
        ("Portugal complained to the European Union about Spain's fishing quotas.", "ACCUSE", "PRT", "ESP"),
        # a national modifier codes a group that has no country of its own
        ("Some 2,000 Syrian Kurds sought asylum in Sweden.", "REQUEST", "SYR", None),
        # a refusal's target found inside its complement
        ("Peru refused to answer a request from the Chilean government.", "REJECT", "PER", "CHL"),
        # two groups of one nation are two actors, not one actor acting on itself
        ("Mexican troops seized rifles from Mexican gang members.", "COERCE", "MEX", "MEX"),
        ("Ghanaian traders began a strike to demand the release of goods seized by Ghanaian customs officers.",
         "PROTEST", "GHA", "GHA"),
        # whose the object is, or whom it concerns
        ("Bolivia rejected an invitation to attend a meeting of Peruvian ministers.", "REJECT", "BOL", "PER"),
        # an agent phrase's nation inside a modifier or where it is based
        ("Vietnamese-led forces shelled Laotian villages.", "ASSAULT", "VNM", "LAO"),
        ("A newspaper based in Lagos denounced the Ghanaian government.", "ACCUSE", "NGA", "GHA"),
        # a state act in the passive with no agent: the state where it happened
        ("A Danish journalist was arrested on Monday in Niger for contacting rebels.", "COERCE", "NER", "DNK"),
        ("Two Swiss inspectors were expelled from Belarus.", "SANCTION", "BLR", "CHE"),
        # a sentence whose subject the parser made the root
        ("The Iraqi air force carried out three air strikes in Mosul, killing dozens of militants.", "ASSAULT", "IRQ", None),
        # a statement issued by X urging Y: X is the source
        ("Norway's foreign ministry issued a statement urging Sweden to release the fishermen.", "REQUEST", "NOR", "SWE"),
    ],
)
def test_event_actors_source_and_target_countries(extract_text, text, typ, source, target):
    ev, countries, _ = _first(extract_text, text, typ)
    assert countries(ev["source"])[:1] == [source], ev
    if target is not None:
        assert countries(ev["target"])[:1] == [target], ev


def test_event_actors_place_is_never_the_only_actor(extract_text):
    # no source entity: the place must not make up a target either
    ev, countries, _ = _first(extract_text, "A police station in Diyarbakir was attacked by unknown assailants.", "ASSAULT")
    assert ev["target"] == []


def test_event_actors_place_target_is_explained(extract_text):
    ev, countries, names = _first(extract_text, "The Kurdistan Workers' Party attacked a police station in Diyarbakir.", "ASSAULT")
    assert names(ev["target"]) == ["Diyarbakir"]
    assert any("place where it happened" in n for n in ev["notes"]), ev["notes"]


def test_event_actors_object_pronoun_is_not_its_clause_subject(extract_text):
    ev, countries, names = _first(
        extract_text, "The Danish ambassador called President Halonen and urged her to reconsider the deal.", "REQUEST"
    )
    assert names(ev["target"]) == ["Halonen"]


def test_event_actors_threatened_object_comes_before_the_condition(extract_text):
    ev, countries, _ = _first(extract_text, "Sweden threatened to expel Latvian diplomats if Riga refuses to cooperate.", "THREATEN")
    assert countries(ev["target"])[:1] == ["LVA"]


@pytest.mark.parametrize(
    "text",
    ["Kenya said it would defend its own citizens and protect them.", "Kenyan police said they arrested their own officers."],
)
def test_event_actors_an_actor_acting_on_its_own_is_not_its_own_target(extract_text, text):
    r = extract_text(text)
    assert r["events"]
    for ev in r["events"]:
        assert ev["source"] and not set(ev["source"]) & set(ev["target"]), ev


def test_event_actors_supporting_an_organisations_resolution_targets_it(extract_text):
    ev, countries, names = _first(extract_text, "Estonia will support a European Union resolution on fishing quotas.", "SUPPORT")
    assert names(ev["target"]) == ["European Union"]


def test_event_actors_backed_is_not_led(extract_text):
    ev, countries, _ = _first(extract_text, "Syrian-backed militias attacked a Lebanese army post.", "ASSAULT")
    assert countries(ev["source"]) == []  # the militias are not Syria
    assert countries(ev["target"]) == ["LBN"]


def test_event_actors_seed_rebuke_targets_netanyahu(seed_record, seed_text):
    """"In a rebuke to that statement, Gantz ...": the statement is Netanyahu's of 1 June."""
    names = {e["id"]: e["name"] for e in seed_record["entities"]}
    rebukes = [ev for ev in seed_record["events"] if seed_text[ev["trigger"][0]:ev["trigger"][1]] == "rebuke"]
    assert rebukes, "no event for the rebuke"
    ev = rebukes[0]
    assert [names[i] for i in ev["source"]] == ["Benny Gantz"]
    assert [names[i] for i in ev["target"]] == ["Benjamin Netanyahu"]
    check_evidence(seed_record, seed_text)


def test_event_actors_the_administration_is_the_one_named_before(extract_text):
    text = "The Obama administration met Cuban envoys in May. The administration later lifted the Cuban travel ban."
    r = extract_text(text)
    ents = {e["id"]: e["name"] for e in r["entities"]}
    lifted = [ev for ev in r["events"] if text[ev["trigger"][0]:ev["trigger"][1]] == "lifted"]
    assert lifted and [ents[i] for i in lifted[0]["source"]] == ["Obama administration"]
