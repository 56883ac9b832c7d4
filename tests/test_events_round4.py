"""Events, issue #19 round 4: conditions and denials PLOVER codes no event for, inverted
conditionals, habits, misparsed "avoids condemning", and types read off the object or the
purpose (peacekeeping deployments, support in money, crowd-control weapons, things released
or sent).

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.nlp.events import plover_coded_type
from tests.evidence import event_by_trigger


# (sentence, trigger, modality, the type PLOVER's coders would give it: None = no event)
MODALITY = [
    # an inverted conditional makes the "would" a condition, not a reported will
    ("The minister told reporters that Canada would expel the ambassador should Russia attack Ukraine.",
     "expel", "hypothetical", "THREATEN"),
    ("The minister told reporters that Canada would expel the ambassador should Russia attack Ukraine.",
     "attack", "hypothetical", None),
    ("The minister said that Canada would send aid to Haiti should the storm hit the island.",
     "aid", "hypothetical", "AGREE"),
    # without the condition, the reported "would" is an announced will
    ("The minister said that Canada would send aid to Haiti.", "aid", "future", "AGREE"),
    # the act in an if-clause is the condition: neither a pledge nor a threat
    ("The government of Alberta will give money to the police if the city council cuts their funding.",
     "cuts", "hypothetical", None),
    ("The government of Alberta will give money to the police if the city council cuts their funding.",
     "give", "future", "AGREE"),
    # the content of a denial is no refusal
    ("The government of Peru denied claims by Chile that it had freed the smugglers.", "freed", "negated", None),
    # an intent verb does not reach a noun through another preposition
    ("Foreign Minister Ali Rahim of Qatar is offering his condolences over an attack on Norway.",
     "attack", "asserted", "ASSAULT"),
    ("The government of Qatar is preparing for talks with Norway.", "talks", "future", "AGREE"),
    # "X avoids condemning Y" parsed as a noun "avoids" with a participle
    ("Mayor Ann Roe avoids condemning Russia's invasion of Moldova.", "condemning", "negated", "ACCUSE"),
]


@pytest.mark.parametrize("text,trigger,modality,coded", MODALITY)
def test_modality_and_coded_type(extract_text, text, trigger, modality, coded):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None, f"no event on {trigger!r}"
    assert ev["modality"] == modality
    if modality == "negated" and coded == "ACCUSE":
        assert plover_coded_type(ev) is None  # a hostile act not done is no event
    else:
        assert plover_coded_type(ev) == coded


# (sentence, trigger, habitual?)
HABITS = [
    ("Police in Cairo routinely arrest opposition activists.", "arrest", True),
    ("Israeli troops often raid Palestinian villages near Hebron.", "raid", True),
    ("Prime Minister Dan Levy frequently meets with members of the German parliament.", "meets", True),
    ("Russia tends to side with Iran at the United Nations.", "side", True),
    ("Russia used to supply Syria with weapons.", "supply", True),
    # repeated acts that happened, and "used" with an object of its own, are events
    ("Egyptian police routinely arrested opposition activists in Cairo last year.", "arrested", False),
    ("Senator Maria Lopez frequently pressed the French government to free the journalists.", "pressed", False),
    ("Tom Reed is selling the rifle he used to kill Governor Ann Hale.", "kill", False),
    ("Russia repeatedly attacked Ukraine on Tuesday.", "attacked", False),
]


@pytest.mark.parametrize("text,trigger,habitual", HABITS)
def test_habitual_acts_are_not_counted(extract_text, text, trigger, habitual):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None, f"no event on {trigger!r}"
    assert (ev["uncoded"] == "habitual") is habitual


# (sentence, trigger, type, CAMEO code)
TYPES = [
    ("The US army sent 200 troops to Syria to serve as a peacekeeping force.", "sent", "AID", "074"),
    ("Kenya is sending a police platoon to Haiti, its first ever peacekeeping mission.", "sending", "AID", "074"),
    ("The Security Council approved the deployment of a UN team to monitor the truce in Yemen.", "deployment", "AID", "074"),
    ("Russia sent 5,000 troops to the border of Ukraine.", "sent", "MOBILIZE", "154"),
    ("NATO deployed troops to Estonia to monitor the border.", "deployed", "MOBILIZE", "154"),
    ("The United States deployed seven search-and-rescue teams to Haiti.", "deployed", "AID", "073"),
    ("The army of Chad deployed two battalions to the border of Niger.", "deployed", "MOBILIZE", "154"),
    ("The United States and India conducted joint military drills in the Indian Ocean.", "drills", "COOPERATE", "062"),
    ("Russia held military drills near the border of Ukraine.", "drills", "MOBILIZE", "150"),
    ("Toyota created a joint venture with the Chinese car maker BYD.", "venture", "COOPERATE", "061"),
    ("Kenya renewed diplomatic ties with Somalia.", "renewed", "SUPPORT", "050"),
    ("Germany gave financial support to Ukraine.", "support", "AID", "070"),
    ("The European Union provides 45m euros support for farmers in Nigeria.", "support", "AID", "070"),
    ("The United States gave strong support to Israel.", "support", "SUPPORT", "050"),
    ("Israeli police used tear gas on demonstrators in Jerusalem.", "used", "COERCE", "175"),
    ("Kenyan police used water cannons against supporters of Raila Odinga.", "used", "COERCE", "175"),
]


@pytest.mark.parametrize("text,trigger,typ,cameo", TYPES)
def test_type_from_object_and_purpose(extract_text, text, trigger, typ, cameo):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None, f"no event on {trigger!r}"
    assert (ev["type"], ev["cameo"]) == (typ, cameo)


# (sentence, trigger that makes no event): a document released or sent, a truce line, gas bought
NO_EVENT = [
    ("A report released on Monday by Amnesty International accused Iran of torture.", "released"),
    ("The Taliban spokesman Ali Noor gave the figures in a statement sent to Reuters.", "sent"),
    ("Syria and Israel have fired across the ceasefire line.", "ceasefire"),
    ("Gazprom used gas from Russia.", "used"),
]


@pytest.mark.parametrize("text,trigger", NO_EVENT)
def test_no_event_in_that_sense(extract_text, text, trigger):
    assert event_by_trigger(extract_text, text, trigger) is None


# ----------------------------------------------------------------------------- hand-built parses


def _modality_on(rows: list[tuple], trigger_i: int) -> tuple[str, list[str]]:
    """The modality and notes of the verb ``trigger_i`` of a hand-built sentence: rows of
    ``(word, head, dep, pos, tag, lemma)``."""
    from tests.test_events_rules import make_ctx, VOCAB
    from spacy.tokens import Doc
    from newsfacts.nlp.events.candidates import verb_candidate
    from newsfacts.nlp.events.modality import event_modality
    from newsfacts.nlp.events.triggers import verb_pattern

    doc = Doc(
        VOCAB, words=[r[0] for r in rows], spaces=[True] * (len(rows) - 1) + [False],
        heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
        tags=[r[4] for r in rows], lemmas=[r[5] for r in rows], sent_starts=[i == 0 for i in range(len(rows))],
    )
    ctx, _ = make_ctx(doc)
    verb = doc[trigger_i]
    cand = verb_candidate(verb, verb_pattern(verb), ctx)
    return event_modality(cand, ctx), cand.notes


# the small model's parse of "Trump avoids condemning X": "avoids" a plural noun, the verb its participle
AVOIDS = [
    ("Roe", 1, "compound", "PROPN", "NNP", "Roe"),
    ("avoids", 1, "ROOT", "NOUN", "NNS", "avoid"),
    ("condemning", 1, "acl", "VERB", "VBG", "condemn"),
    ("Iran", 2, "dobj", "PROPN", "NNP", "Iran"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
# a participle of a noun that is no failing verb stays asserted
CRITICS = [
    ("critics", 0, "ROOT", "NOUN", "NNS", "critic"),
    ("condemning", 0, "acl", "VERB", "VBG", "condemn"),
    ("Iran", 1, "dobj", "PROPN", "NNP", "Iran"),
    (".", 0, "punct", "PUNCT", ".", "."),
]
# "Roe said Canada would expel Iran should Iraq attack": the parser hangs the condition as a
# second clause of "said"
SHOULD = [
    ("Roe", 1, "nsubj", "PROPN", "NNP", "Roe"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("Canada", 4, "nsubj", "PROPN", "NNP", "Canada"),
    ("would", 4, "aux", "AUX", "MD", "would"),
    ("expel", 1, "ccomp", "VERB", "VB", "expel"),
    ("Iran", 4, "dobj", "PROPN", "NNP", "Iran"),
    ("should", 8, "aux", "AUX", "MD", "should"),
    ("Iraq", 8, "nsubj", "PROPN", "NNP", "Iraq"),
    ("attack", 1, "ccomp", "VERB", "VB", "attack"),
    (".", 1, "punct", "PUNCT", ".", "."),
]
# the same without the condition: a reported will
NO_CONDITION = SHOULD[:6] + [(".", 1, "punct", "PUNCT", ".", ".")]


@pytest.mark.parametrize(
    "rows,trigger_i,modality,condition",
    [
        (AVOIDS, 2, "negated", False),
        (CRITICS, 1, "asserted", False),
        (SHOULD, 4, "hypothetical", False),  # the would-clause: a conditional, not an announced will
        (SHOULD, 8, "hypothetical", True),  # the condition itself
        (NO_CONDITION, 4, "future", False),
    ],
)
def test_modality_on_hand_built_parses(rows, trigger_i, modality, condition):
    from newsfacts.nlp.events.modality import CONDITION

    found, notes = _modality_on(rows, trigger_i)
    assert found == modality
    assert (CONDITION in notes) is condition
