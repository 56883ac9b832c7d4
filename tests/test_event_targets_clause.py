"""Event targets read off the clause around a trigger (issue #19, sides round 4,
``nlp/events/side_rules.py`` and ``targets.py``): the act a verb acts on, whom a light verb's
act is given to, whom a permission or a request is for, the territory of a refuge or a
deployment, the giver of what a recipient received, the country of a site.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from tests.evidence import event_sides

pytestmark = pytest.mark.model


def _sides(extract_text, text, word):
    """``[(type, source names, target names, target countries)]`` of the events triggered by ``word``."""
    found, r = event_sides(extract_text, text, word)
    return [(typ, src, tgt, tgt_countries) for typ, src, tgt, _src_countries, tgt_countries in found], r


@pytest.mark.parametrize(
    "text, word, source, target",
    [
        # the act a verb acts on: whom it is aimed at, not its owner (the source itself)
        ("Turkey ended its blockade of Armenia on Monday.", "ended", "Turkey", "Armenia"),
        ("Japan lifted sanctions imposed on Myanmar in 2021.", "lifted", "Japan", "Myanmar"),
        # whom the verb that carries out a noun act gives it to
        ("Washington issued a stern warning to Pyongyang on Friday.", "warning", "Washington", "Pyongyang"),
        ("President Lopez gave Chancellor Berg a firm assurance.", "assurance", "Lopez", "Berg"),
        # whom a permission or a request is for
        ("The court allowed Senator Maria Lopez to run in the primary.", "allowed", "court", "Maria Lopez"),
        ("Egypt allowed Hamas officials to travel to Cairo.", "allowed", "Egypt", "Hamas"),
        ("Britain pushed hard for Germany to back the plan.", "pushed", "Britain", "Germany"),
        # a date on a participle is no one an act is imposed on: the agent still owns the act
        ("Greek police prevented the demonstration staged by farmers on Tuesday.", "prevented", "Greek police", "farmers"),
        # "up to 16": the parser's particle and preposition hide the object
        ("Militants kidnapped up to 12 Turkish engineers near the border.", "kidnapped", "Militants", "Turkish"),
        # aid given to help someone: whom it helps
        ("Sweden donated 5 million dollars to help Haiti.", "donated", "Sweden", "Haiti"),
        # a role the verb's object is held in: the object is the target
        ("Islamic State fighters held 3,000 civilians as human shields in Mosul.", "shields", "Islamic State fighters",
         "3,000 civilians"),
        # the giver of what the target received
        ("Senator Lopez received donations from Saudi Arabia.", "donations", "Saudi Arabia", "Lopez"),
    ],
)
def test_event_targets_from_the_clause(extract_text, text, word, source, target):
    found, _ = _sides(extract_text, text, word)
    assert found, f"no event on {word!r}"
    typ, src, tgt, _ = found[0]
    assert source in src, (typ, src, tgt)
    assert tgt and tgt[0] == target, (typ, src, tgt)
    assert not set(src) & set(tgt), (src, tgt)


@pytest.mark.parametrize(
    "text, word, country",
    [
        # the territory where a refuge is sought or a deployment arrives is the target
        ("Thousands of Syrians sought asylum in Sweden last year.", "sought", "SWE"),
        ("The first contingent of UN peacekeeping troops arrived in Mali on Sunday.", "peacekeeping", "MLI"),
        # a site with no country of its own, named with "in <country>": that country codes it
        ("The IAEA dispatched inspectors to the Natanz Fuel Enrichment Plant in central Iran on Monday.", "dispatched", "IRN"),
    ],
)
def test_event_targets_a_place_gives_the_country(extract_text, text, word, country):
    found, _ = _sides(extract_text, text, word)
    assert found, f"no event on {word!r}"
    _, _, _, countries = found[0]
    assert country in countries, found


@pytest.mark.parametrize(
    "text, word, not_target",
    [
        # the subject of a permitted clause that is the source's own is no target
        ("Russia allowed its troops to withdraw from the border.", "allowed", "Russia"),
        # what the subject faced was done to it: a "to" phrase on that verb is no one it was given to
        ("Governor Hale has faced criticism for his friendly overtures to Russian President Vladimir Putin.",
         "criticism", "Vladimir Putin"),
        # seeing someone as a threat is a view, no act on them
        ("Governor Hale said she sees Senator Kim as a real threat.", "threat", "Kim"),
        # an act's owner that is the source is no target of the act on it
        ("Saudi Arabia lifted its blockade of Qatar.", "lifted", "Saudi Arabia"),
    ],
)
def test_event_targets_not_from_the_clause(extract_text, text, word, not_target):
    found, _ = _sides(extract_text, text, word)
    for _, src, tgt, _ in found:
        assert not_target not in tgt, (src, tgt)


def test_event_targets_a_recipient_with_no_giver_has_no_source(extract_text):
    # "received" makes the subject the target; with no "from" phrase nobody is the source
    text = "Senator Lopez received donations last year."
    found, _ = _sides(extract_text, text, "donations")
    for _, src, _, _ in found:
        assert "Lopez" not in src, found


@pytest.mark.parametrize(
    "text, word, wrong",
    [
        # a name that only modifies a common noun names a kind of thing: no antecedent for "he"
        ("A Mitt Romney impersonator took the stage, and then he criticized Senator Kim.", "criticized", "Mitt Romney"),
        ("At the rally, a Barack Obama cardboard cutout stood by the stage. Later he praised Governor Hale.", "praised",
         "Barack Obama"),
    ],
)
def test_event_sides_a_name_in_a_modifier_is_no_antecedent(extract_text, text, word, wrong):
    found, _ = _sides(extract_text, text, word)
    assert found, f"no event on {word!r}"
    for _, src, _, _ in found:
        assert wrong not in src, found


def test_event_sides_a_named_subject_still_resolves(extract_text):
    # the rule skips modifiers only: a person named as a subject stays the antecedent
    text = "Senator Mitt Romney took the stage, and then he criticized Governor Kim."
    found, _ = _sides(extract_text, text, "criticized")
    assert found and "Mitt Romney" in found[0][1], found


def test_event_sides_the_speaker_rules_out_an_act_named_by_a_gerund(extract_text):
    # the act is the subject of the reported clause and has no actor: the speaker's
    text = "Canadian officials said on Friday that removing the sanctions on Belarus is out of the question."
    found, _ = _sides(extract_text, text, "removing")
    assert found and found[0][1] == ["Canadian officials"] and found[0][2] == ["Belarus"], found


def test_event_sides_an_act_not_ruled_out_gets_no_speaker(extract_text):
    # "was an option" says nothing happened nor was refused: no source from the speaker
    text = "Canadian officials said on Friday that lifting the embargo on Belarus was an option."
    found, _ = _sides(extract_text, text, "lifting")
    for _, src, _, _ in found:
        assert "Canadian officials" not in src, found


@pytest.mark.parametrize(
    "text, word, members",
    [
        # "A, B, and C": the parser hangs "B, and C" on A as an apposition; all three are named
        # (a meeting is done with each other: the first is the source, the others the target)
        ("The US, Russia, and Switzerland met yesterday", "met", ["US", "Russia", "Switzerland"]),
        ("Brazil, Chile, and Peru signed a trade agreement on Monday.", "agreement", ["Brazil", "Chile", "Peru"]),
    ],
)
def test_event_sides_a_list_parsed_as_an_apposition(extract_text, text, word, members):
    found, _ = _sides(extract_text, text, word)
    assert found and found[0][1] + found[0][2] == members, found


@pytest.mark.parametrize(
    "text, word, source",
    [
        # "Amman, Jordan": a place and its country, no list
        ("Governor Hale met King Abdullah in Amman, Jordan, on Monday.", "met", ["Hale"]),
        # a list after the verb that the parser hangs on the subject is not the subject's
        ("Governor Maria Hale on Friday endorsed the re-election of Senator Paul Roe (R-Wis.), Sen. John Kent "
         "(R-Ariz.), and Sen. Kelly Dunn (R-N.H.).", "endorsed", ["Maria Hale"]),
    ],
)
def test_event_sides_an_apposition_that_is_no_list_is_no_second_actor(extract_text, text, word, source):
    found, _ = _sides(extract_text, text, word)
    assert found and found[0][1] == source, found
