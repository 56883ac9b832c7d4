"""Events: the third round of issue #19 on type precision: word senses, denials, forecasts,
interviews, electoral support and the modality of acts only intended, weighed or denied.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import checked_events, counted_only


# (sentence, a type that must not come out of it at all): the trigger is used in another sense
NO_EVENT = [
    # support a candidate has among voters (not_electoral)
    ("Senator Maria Lopez locked in support among farmers and teachers.", "SUPPORT"),
    ("Reporters asked about the shift in support from Governor Tom Hale to Senator Maria Lopez.", "SUPPORT"),
    # (issue 19, session 8: "won the support of the Teamsters" is the union's endorsement, SUPPORT;
    # a share of voters stays no event)
    ("Senator Maria Lopez won the support of 40 percent of teachers.", "SUPPORT"),
    ("Governor Tom Hale's broad appeal among farmers will be hard to match.", "REQUEST"),
    # an interview is no meeting (not_interview)
    ("Two officials who spoke with The Daily Herald described the plan.", "CONSULT"),
    ("Senator Maria Lopez talked to reporters in Toledo on Friday.", "CONSULT"),
    ("Senator Maria Lopez talked about trade with CNN host Jake Miller.", "CONSULT"),
    # polls and voters are no actors; a complaint to a journalist; an office returned to;
    # obligations taken to court; a candidate's pull; a view on what a committee would do
    ("Early polls show voters in the county rejecting Governor Tom Hale.", "REJECT"),
    ("A survey found 78 percent of teachers backing Governor Tom Hale.", "SUPPORT"),
    ("Voters are rejecting Governor Tom Hale.", "REJECT"),
    ("Senator Maria Lopez complained to NPR host Ann Roe that the ad was unfair.", "ACCUSE"),
    ("The Party of Regions won, returning Viktor Kral to the post of prime minister.", "RETREAT"),
    ('"We take our obligations to the court very seriously," the spokesman Tom Ruiz said.', "ACCUSE"),
    ("Taylor had only one appeal for the Whigs: he was popular.", "REQUEST"),
    ("The chairman said he opposes the party's rules committee making any changes.", "REJECT"),
    # a journalist's question, advice offered
    ("Ann Roe of Radio Nord, who had pressed him on his tax returns, left early.", "REQUEST"),
    ("Senator Maria Lopez offered some pointed advice to Governor Tom Hale on Friday.", "AGREE"),
    # an appeal that asks for nothing is a candidate's pull (appeal_request); a money supply
    ("Governor Tom Hale's appeal to rural voters is broad.", "REQUEST"),
    ("She thinks Governor Tom Hale appeals to many of her neighbours.", "REQUEST"),
    ("The central bank of Chile is tightening the money supply.", "AID"),
    ("The party flew Senator Maria Lopez to Ohio, providing her with a chance to meet voters.", "AID"),
    ("The party sent Senator Maria Lopez to Ohio on Friday.", "AID"),
    # a denied accusation is a statement (not_denied)
    ("The Swiss government rejected accusations that the bank hid funds.", "ACCUSE"),
    # a forecast is no threat (threat_clause: the clause's subject is no actor)
    ("The central bank of Norway warned that the new tariffs will slow the economy.", "THREATEN"),
    # refusing a word or a hostile act is no rejection (refused_act)
    ('Mayor Ana Ruiz said, "I refuse to use that slogan."', "REJECT"),
    ("Governor Tom Hale declined to say whether he would run.", "REJECT"),
    ("Senator Maria Lopez declined to criticize Governor Tom Hale on Sunday.", "REJECT"),
    # a view on a policy named by a gerund (not_policy)
    ("Senator Maria Lopez has opposed defunding the Red Cross.", "REJECT"),
    # a "that" clause after "demonstrate" shows, it is no protest
    ("Governor Tom Hale has demonstrated that he can win rural counties.", "PROTEST"),
    # a home shared, a sum called for, an assurance made by a result, a permission
    ("The farmhouse she shares with her husband, Mayor Tom Ruiz, is for sale.", "COOPERATE"),
    ("He calls for $2 trillion in new spending; Senator Maria Lopez calls for $300 billion.", "REQUEST"),
    ("Senator Maria Lopez's win in four states assures her of 200 delegates.", "AGREE"),
    ("Mayor Tom Ruiz was finally allowed to speak about the company.", "CONCEDE"),
    # an opinion offered, fundraising pleas, a referendum called, a poll's figures
    ("Mayor Ana Ruiz offers a clear guide to a victory for Governor Tom Hale.", "AGREE"),
    ("Senator Maria Lopez sent fundraising pleas on Governor Tom Hale's behalf.", "REQUEST"),
    ("The People's Party of Norway called a referendum for June against the government's plans.", "REQUEST"),
    ("Some 40 percent of nurses surveyed support Governor Tom Hale.", "SUPPORT"),
    # a speech given is no aid, even through a relative clause; talking past each other is no meeting
    ("It was the speech that his advisers gave him.", "AID"),
    ("The leaders of Peru and Chile talked past each other for years.", "CONSULT"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ", NO_EVENT)
def test_events_trigger_in_another_sense_makes_no_event(extract_text, text, typ):
    evs = checked_events(extract_text, text)
    assert not [e for e in evs if e["type"] == typ], evs


# (sentence, type): the same words in their event sense still make a counted event
KEPT = [
    ("Germany gave strong support to the Kurdish fighters of Rojava.", None),
    ("Jordan shared intelligence with the United States on Monday.", "COOPERATE"),
    ("Iran ruled out talks with the United States.", "REJECT"),
    ("Pakistan has refused to deploy peacekeepers in Iraq.", "REJECT"),
    ("Senator Maria Lopez declined to meet Governor Tom Hale.", "REJECT"),
    ("President Joe Biden talked with Chancellor Olaf Scholz on Monday.", "CONSULT"),
    ("Iran warned that it would retaliate against Israel.", "THREATEN"),
    ("The ministry of Japan assured South Korea of its support.", "AGREE"),
    ("Ukraine accused Russia of attacking civilians.", "ACCUSE"),
    ("Jihadist strikes on Mali killed twelve soldiers on Monday.", "ASSAULT"),
    ("Ukraine appealed to NATO for more weapons.", "REQUEST"),
    ("The United States provided Ukraine with weapons.", "AID"),
    ("Police beat the protesters in Cairo on Sunday.", "COERCE"),
    ("France sent Foreign Minister Jean Roux to Algeria.", "CONSULT"),
    ("The United States pressed Iran to release the sailors.", "REQUEST"),
    ("Exxon took the Swiss company Holcim to court.", "ACCUSE"),
    ("Iran returned the tanker to Britain.", "RETREAT"),
    ("Ukraine appealed for help from NATO.", "REQUEST"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [k for k in KEPT if k[1]])
def test_events_trigger_in_its_event_sense_is_kept(extract_text, text, typ):
    evs = checked_events(extract_text, text)
    assert [e for e in evs if e["type"] == typ], evs


@pytest.mark.model
def test_events_jihadist_strikes_are_attacks_not_labour_strikes(extract_text):
    evs = checked_events(extract_text, "These were the jihadist strikes of the last month in Mali.")
    assert "PROTEST" not in [e["type"] for e in evs] and "ASSAULT" in [e["type"] for e in evs], evs


# (sentence, trigger, modality): acts the text does not assert
MODALITY = [
    # the content of a denial did not happen as far as the text says
    ("France dismissed the allegation that its troops had attacked civilians in Mali.", "attacked", "negated"),
    ("Russia denied that its forces had attacked Ukrainian soldiers.", "attacked", "negated"),
    # 'd before a bare verb is "would"
    ("Senator Maria Lopez told reporters she'd support Governor Tom Hale.", "support", None),
    # an infinitive that says what is to be done
    ("Senator Maria Lopez called for a special prosecutor to investigate Governor Tom Hale.", "investigate", "future"),
    ("Senator Maria Lopez promised Sunday at a rally in Ohio to end the embargo on Cuba.", "end", "future"),
    # conjuncts share the modal
    ("The Green League would also challenge the mayor, support Governor Tom Hale, and call for new elections.", "support",
     "hypothetical"),
    # weighed, not promised
    ("The European Union is considering sending aid to Haiti.", "aid", "hypothetical"),
    ("Japan is weighing sanctions against Russia.", "sanctions", "hypothetical"),
    # a noun subject of a modal clause, a noun sought, an act avoided, an impending act
    ("NATO warned that an attack on Estonia would trigger a response.", "attack", "hypothetical"),
    ("The rift over Germany's push for a trade agreement with Brazil grew.", "agreement", "future"),
    ("Senator Maria Lopez avoided direct criticism of Governor Tom Hale.", "criticism", "negated"),
    ("Senator Maria Lopez has dropped her attacks on Governor Tom Hale.", "attacks", "negated"),
    ("The mayor of Kharkiv appealed to Russia to stop the shelling.", "stop", "future"),
    ("Ukraine rejected demands to withdraw its troops and to end the blockade of Odesa.", "end", "future"),
    ("She pushed President Obama to arm the rebels of Idlib.", "arm", "future"),
    ("Governor Tom Hale's impending endorsement of Senator Maria Lopez was no surprise.", "endorsement", "future"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, modality", MODALITY)
def test_events_acts_not_asserted_are_not_counted(extract_text, text, trigger, modality):
    every = checked_events(extract_text, text)
    evs = [e for e in every if text[e["trigger"][0]:e["trigger"][1]] == trigger]
    if not evs:  # the content or purpose of another act (round 16): a note on that act, no event
        assert any(n.startswith("context: ") and f"'{trigger}'" in n for e in every for n in e["notes"]), every
        return
    if modality is not None:
        assert all(e["modality"] == modality for e in evs), [(e["type"], e["modality"]) for e in evs]
    assert not counted_only(evs)


# (sentence, trigger): acts that did happen, whatever the clause around them says
HAPPENED = [
    ("Asked about his criticisms of Governor Tom Hale, Senator Maria Lopez laughed.", "criticisms"),
    ("Senator Maria Lopez's accusations against Governor Tom Hale could galvanize his base.", "accusations"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger", HAPPENED)
def test_events_acts_that_happened_stay_counted(extract_text, text, trigger):
    evs = [e for e in checked_events(extract_text, text) if text[e["trigger"][0]:e["trigger"][1]] == trigger]
    assert evs and counted_only(evs), evs


@pytest.mark.model
def test_events_weighing_in_is_no_deliberation(extract_text):
    text = "Senator Ted Moss weighed in on allegations by Senator Maria Lopez against Governor Tom Hale."
    evs = [e for e in checked_events(extract_text, text) if e["type"] == "ACCUSE"]
    # not hypothetical; "reported" since the quotes stage reads "weighed in on" as a reaction cue
    assert evs and evs[0]["modality"] in ("asserted", "reported"), evs


@pytest.mark.parametrize("modality, notes, typ, coded", [
    ("hypothetical", ["under consideration: no commitment (PLOVER codes no event)"], "AID", None),
    ("hypothetical", [], "AID", "AGREE"),
    ("future", [], "ASSAULT", "THREATEN"),
    ("negated", [], "SUPPORT", "REJECT"),
])
def test_plover_coded_type_of_acts_weighed_pledged_or_refused(modality, notes, typ, coded):
    from newsfacts.nlp.events import plover_coded_type

    assert plover_coded_type({"type": typ, "modality": modality, "notes": notes}) == coded
