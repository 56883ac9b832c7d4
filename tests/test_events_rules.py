"""Rule tests of the event stage on hand-built Docs (no model): trigger typing, actors,
modality, PLOVER coding, absorption and de-duplication."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from newsfacts.nlp.events import cameo_roots, extract_events, pentaclass, plover_coded_type, plover_types, quad_class
from newsfacts.nlp.events.subjects import subject_side
from newsfacts.nlp.events.candidates import verb_candidate
from newsfacts.nlp.events.context import Ctx
from newsfacts.nlp.events.lexicon import entity_types, preps, recodings, type_roles
from newsfacts.nlp.events.modality import event_modality
from newsfacts.nlp.events.triggers import noun_pattern, verb_pattern
from newsfacts.schema import Actor, DocumentInfo, Entity, Mention, Report

VOCAB = spacy.blank("en").vocab
COUNTRIES = {"Iran": "IRN", "Iraq": "IRQ", "Israel": "ISR", "Gaza": "PSE", "France": "FRA", "Mali": "MLI"}


def make_doc(rows: str) -> Doc:
    """A Doc from one line per token: ``word head dep pos lemma [entity label]`` (head is an
    index; a sentence starts at token 0 and after each "." token)."""
    toks = [line.split() for line in rows.strip().splitlines() if line.strip()]
    words = [t[0] for t in toks]
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    ents, prev = [], None
    for t in toks:
        label = t[5] if len(t) > 5 else None
        ents.append("O" if label is None else ("I-" if label == prev else "B-") + label)
        prev = label
    return Doc(
        VOCAB, words=words, spaces=[True] * (len(words) - 1) + [False],
        heads=[int(t[1]) for t in toks], deps=[t[2] for t in toks], pos=[t[3] for t in toks],
        lemmas=[t[4] for t in toks], ents=ents, sent_starts=starts,
    )


def make_index(doc: Doc) -> SimpleNamespace:
    """The entity index of a hand-built Doc: one entity per distinct entity text."""
    entities: dict[str, Entity] = {}
    spans = []
    for ent in doc.ents:
        if ent.text not in entities:
            entities[ent.text] = Entity(
                id=f"e{len(entities) + 1}", name=ent.text, type=ent.label_, mentions=[],
                actor=Actor(country=COUNTRIES.get(ent.text)),
            )
        e = entities[ent.text]
        e.mentions.append(Mention(ent.text, ent.start_char, ent.end_char, "name"))
        spans.append((ent.start_char, ent.end_char, e.id))
    return SimpleNamespace(entities=list(entities.values()), by_id={e.id: e for e in entities.values()}, spans=sorted(spans))


def make_ctx(doc: Doc) -> tuple[Ctx, Report]:
    report = Report(document=DocumentInfo(id="d1", length=len(doc.text)))
    return Ctx(doc, make_index(doc), report), report


def events_of(rows: str):
    doc = make_doc(rows)
    ctx, report = make_ctx(doc)
    events, _ = extract_events(doc, make_index(doc), report)
    names = {e.id: e.name for e in ctx.index.entities}
    return [(ev.type, [names[i] for i in ev.source], [names[i] for i in ev.target], ev) for ev in events]


IRAN_ATTACKED_IRAQ = """
Iran 1 nsubj PROPN Iran GPE
attacked 1 ROOT VERB attack
Iraq 1 dobj PROPN Iraq GPE
. 1 punct PUNCT .
"""


# ----------------------------------------------------------------------------- lexicon data


def test_lexicon_recodings_and_type_roles_use_plover_types_and_known_cameo_roots():
    for name, pat in recodings().items():
        assert pat.type in plover_types(), name
        assert pat.cameo[:2] in cameo_roots(), name
    assert type_roles("endable") | type_roles("pledged_as_is") <= set(plover_types())


@pytest.mark.parametrize("role", ["verb_target", "noun_target", "object_target"])
def test_lexicon_directed_prepositions_name_a_target(role):
    assert preps("directed") <= preps(role)
    assert preps("acl_target") <= preps("directed")


def test_lexicon_entity_types_actor_and_non_actor_are_apart():
    assert entity_types("national") <= entity_types("actor")
    assert not entity_types("actor") & entity_types("non_actor")
    assert "GPE" in entity_types("place") and "PERSON" not in entity_types("place")


# ----------------------------------------------------------------------------- coding


@pytest.mark.parametrize(
    "cameo, quad, penta",
    [("1663", "material conflict", 3), ("175", "material conflict", 4), ("020", "verbal cooperation", 0),
     ("", None, 0), ("99", None, 0)],
)
def test_coding_quad_class_and_pentaclass_from_cameo(cameo, quad, penta):
    assert quad_class(cameo) == quad
    assert pentaclass(cameo) == penta


@pytest.mark.parametrize(
    "typ, modality, coded",
    [("REJECT", "negated", None), ("SANCTION", "future", "SANCTION"), ("AGREE", "hypothetical", "AGREE"),
     ("COERCE", "future", "THREATEN"), ("AID", "hypothetical", "AGREE"), ("ASSAULT", "asserted", "ASSAULT")],
)
def test_coding_plover_coded_type_from_type_and_modality(typ, modality, coded):
    assert plover_coded_type({"type": typ, "modality": modality}) == coded


# ----------------------------------------------------------------------------- triggers


@pytest.mark.parametrize(
    "verb, lemma, obj, obj_lemma, obj_pos, expected",
    [
        ("met", "meet", "Iraq", "Iraq", "PROPN", ("CONSULT", "040")),
        ("met", "meet", "criteria", "criterion", "NOUN", None),  # "met the criteria": no second party
        ("halted", "halt", "aid", "aid", "NOUN", ("SANCTION", "162")),  # ending aid reduces relations
        ("ended", "end", "war", "war", "NOUN", ("RETREAT", "087")),  # ending a war is de-escalation
        ("lifted", "lift", "curfew", "curfew", "NOUN", ("CONCEDE", "081")),  # easing a civil restriction
        ("fired", "fire", "rockets", "rocket", "NOUN", ("ASSAULT", "190")),  # a weapon fired
        ("defended", "defend", "itself", "itself", "PRON", None),  # no second party
    ],
)
def test_triggers_verb_typed_by_its_object(verb, lemma, obj, obj_lemma, obj_pos, expected):
    doc = make_doc(f"""
Iran 1 nsubj PROPN Iran GPE
{verb} 1 ROOT VERB {lemma}
{obj} 1 dobj {obj_pos} {obj_lemma}
. 1 punct PUNCT .
""")
    pat = verb_pattern(doc[1])
    assert (pat.type, pat.cameo) == expected if expected else pat is None


def test_triggers_forcibly_returning_is_deportation():
    doc = make_doc("""
Iran 2 nsubj PROPN Iran GPE
forcibly 2 advmod ADV forcibly
returned 2 ROOT VERB return
refugees 2 dobj NOUN refugee
. 2 punct PUNCT .
""")
    assert verb_pattern(doc[2]) == recodings()["forcible_deport"]


@pytest.mark.parametrize(
    "modifier, expected",
    [(None, ("PROTEST", "143")), ("air", ("ASSAULT", "195"))],  # a labour strike unless something makes it military
)
def test_triggers_noun_strike_is_labour_unless_military(modifier, expected):
    rows = (f"{modifier} 1 compound NOUN {modifier}\n" if modifier else "a 1 det DET a\n") + "strike 1 ROOT NOUN strike\n"
    doc = make_doc(rows)
    pat = noun_pattern(doc[1])
    assert (pat.type, pat.cameo) == expected


def test_triggers_state_of_emergency_is_coercion():
    doc = make_doc("""
a 1 det DET a
state 1 ROOT NOUN state
of 1 prep ADP of
emergency 2 pobj NOUN emergency
""")
    assert noun_pattern(doc[1]) == recodings()["state_of_emergency"]


# ----------------------------------------------------------------------------- actors


def test_actors_passive_by_agent_is_the_source():
    doc = make_doc("""
Gaza 2 nsubjpass PROPN Gaza GPE
was 2 auxpass AUX be
attacked 2 ROOT VERB attack
by 2 agent ADP by
Israel 3 pobj PROPN Israel GPE
. 2 punct PUNCT .
""")
    ctx, _ = make_ctx(doc)
    source, subj = subject_side(doc[2], ctx)
    assert subj.i == 4
    cand = verb_candidate(doc[2], verb_pattern(doc[2]), ctx)
    names = {e.id: e.name for e in ctx.index.entities}
    assert [names[i] for i in cand.source.ids] == ["Israel"]
    assert [names[i] for i in cand.target.ids] == ["Gaza"]


def test_actors_infinitive_inherits_the_subject():
    doc = make_doc("""
France 1 nsubj PROPN France GPE
agreed 1 ROOT VERB agree
to 3 aux PART to
help 1 xcomp VERB help
Mali 3 dobj PROPN Mali GPE
. 1 punct PUNCT .
""")
    ctx, _ = make_ctx(doc)
    side, subj = subject_side(doc[3], ctx)
    assert subj.i == 0 and side.ids == ["e1"]


def test_actors_phrase_with_no_entity_is_kept_with_a_note():
    doc = make_doc("""
troops 1 nsubj NOUN troop
attacked 1 ROOT VERB attack
Iraq 1 dobj PROPN Iraq GPE
. 1 punct PUNCT .
""")
    ctx, _ = make_ctx(doc)
    side, _ = subject_side(doc[1], ctx)
    assert not side.ids and side.agents and side.phrases == [(0, 6)]
    assert "names an actor but no entity" in side.notes[0]


# ----------------------------------------------------------------------------- modality


@pytest.mark.parametrize(
    "aux_rows, modality",
    [
        ("", "asserted"),
        ("did {v} aux AUX do\nnot {v} neg PART not\n", "negated"),
        ("will {v} aux AUX will\n", "future"),
        ("could {v} aux AUX could\n", "hypothetical"),
    ],
)
def test_modality_from_auxiliaries_and_negation(aux_rows, modality):
    n = aux_rows.count("\n")
    rows = f"France {n + 1} nsubj PROPN France GPE\n" + aux_rows.format(v=n + 1)
    rows += f"attack {n + 1} ROOT VERB attack\nMali {n + 1} dobj PROPN Mali GPE\n. {n + 1} punct PUNCT .\n"
    doc = make_doc(rows)
    ctx, _ = make_ctx(doc)
    verb = doc[n + 1]
    assert event_modality(verb_candidate(verb, verb_pattern(verb), ctx), ctx) == modality


# ----------------------------------------------------------------------------- whole stage


def test_extract_events_codes_type_cameo_and_quad_class():
    [(typ, source, target, ev)] = events_of(IRAN_ATTACKED_IRAQ)
    assert (typ, source, target) == ("ASSAULT", ["Iran"], ["Iraq"])
    assert ev.cameo == "190" and ev.quad_class == "material conflict" and ev.id == "ev1"
    assert ev.trigger == (5, 13) and ev.modality == "asserted"


def test_extract_events_two_identical_mentions_are_one_event():
    rows = IRAN_ATTACKED_IRAQ + "\n".join(
        " ".join([w, str(int(h) + 4)] + rest) for w, h, *rest in (line.split() for line in IRAN_ATTACKED_IRAQ.strip().splitlines())
    )
    [(typ, _, _, ev)] = events_of(rows)
    assert typ == "ASSAULT"
    assert ev.triggers == [(5, 13), (26, 34)]
    assert (26, 34) in ev.evidence and len(ev.evidence) == len(set(ev.evidence))


def test_extract_events_negated_mention_is_another_event():
    rows = IRAN_ATTACKED_IRAQ + """
Iran 7 nsubj PROPN Iran GPE
did 7 aux AUX do
not 7 neg PART not
attack 7 ROOT VERB attack
Iraq 7 dobj PROPN Iraq GPE
. 7 punct PUNCT .
"""
    found = events_of(rows)
    assert [(t, ev.modality) for t, _, _, ev in found] == [("ASSAULT", "asserted"), ("ASSAULT", "negated")]


def test_extract_events_consult_is_symmetric():
    rows = """
Iran 1 nsubj PROPN Iran GPE
met 1 ROOT VERB meet
Iraq 1 dobj PROPN Iraq GPE
. 1 punct PUNCT .
Iraq 5 nsubj PROPN Iraq GPE
met 5 ROOT VERB meet
Iran 5 dobj PROPN Iran GPE
. 5 punct PUNCT .
"""
    [(typ, source, target, ev)] = events_of(rows)
    assert typ == "CONSULT" and len(ev.triggers) == 2


def test_extract_events_threatened_act_is_absorbed_by_the_threat():
    rows = """
Iran 1 nsubj PROPN Iran GPE
threatened 1 ROOT VERB threaten
to 3 aux PART to
attack 1 xcomp VERB attack
Iraq 3 dobj PROPN Iraq GPE
. 1 punct PUNCT .
"""
    assert [(t, s, g) for t, s, g, _ in events_of(rows)] == [("THREATEN", ["Iran"], ["Iraq"])]


def test_extract_events_no_entity_on_either_side_is_no_event():
    rows = """
it 1 nsubj PRON it
attacked 1 ROOT VERB attack
them 1 dobj PRON they
. 1 punct PUNCT .
"""
    assert events_of(rows) == []
