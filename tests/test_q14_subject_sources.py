"""Quote speakers, session 14 (issue #18): a common noun phrase the parse gives as the source
and no word list knows still gives the quote a speaker, the phrase itself as an unnamed actor
("Beekeepers warned that ...", "according to preliminary tallies"); a thing that "points to"
something, a participle's inherited subject and a capitalised name the model missed make none.
Texts written for these tests."""

from newsfacts.nlp.quotes.subject_sources import subject_kind
from tests.evidence import one_speaker


def test_plural_subject_of_a_speech_verb_with_a_clause(extract_text):
    text = ("The county held a hearing on the new pesticide rules on Tuesday. Beekeepers warned that "
            "the spraying schedule would wipe out their hives by August.")
    rec = extract_text(text)
    sp, why = one_speaker(rec, "the spraying schedule")
    assert sp is not None and sp[0].lower().endswith("beekeepers"), why
    assert sp[1] == "NORP", sp
    assert "common noun" in why or "unnamed actor" in why, why


def test_object_of_according_to_is_a_work(extract_text):
    text = ("Voting ended at 8 p.m. in the Harlow County race. Ann Marlow won the mayoral primary by "
            "nine points, according to unofficial returns.")
    rec = extract_text(text)
    sp, why = one_speaker(rec, "Ann Marlow won")
    assert sp is not None and "returns" in sp[0].lower(), why
    assert sp[1] == "WORK_OF_ART", sp


def test_a_thing_that_points_to_something_makes_no_speaker(extract_text):
    text = ("The board will pick a new chair in March. All the early signals pointed to Ann Marlow, "
            "the longest-serving member.")
    rec = extract_text(text)
    for q in rec["quotes"]:
        ent = next((e for e in rec["entities"] if e["id"] == q["speaker"]), None)
        assert ent is None or "signal" not in ent["name"].lower(), (q, ent)


def test_subject_kind_needs_a_cue_and_a_noun(nlp):
    doc = nlp("Beekeepers warned that the spraying would wipe out their hives.")
    subj = doc[0]
    verb = doc[1]
    assert subject_kind(subj, None) is None
    assert subject_kind(subj, verb) == "NORP"
    assert subject_kind(verb, verb) is None


def test_noun_of_a_who_clause_that_reports(extract_text):
    text = ("The county held a hearing on the spraying plan on Tuesday. The hearing drew local "
            "beekeepers, who warned that the schedule would wipe out their hives by August.")
    rec = extract_text(text)
    sp, why = one_speaker(rec, "the schedule would wipe out")
    assert sp is not None and "beekeepers" in sp[0].lower(), why


def test_a_capitalised_plural_inside_a_sentence_is_no_group(nlp):
    # a surname the model tagged a plural noun ("Dana Waters predicted"): not a group
    doc = nlp("In Ohio, organizer Dana Waters predicted that delegates would revolt.")
    verb = next(t for t in doc if t.lower_ == "predicted")
    subj = next(t for t in doc if t.text == "Waters")
    assert subject_kind(subj, verb) is None


def test_a_work_that_names_its_maker_is_left_to_the_maker_rules(nlp):
    doc = nlp("Ann Marlow leads by four points, according to an average of recent polls compiled by the Harlow Gazette.")
    cue = next(t for t in doc if t.lower_ == "according")
    work = next(t for t in doc if t.lower_ == "average")
    assert subject_kind(work, cue) is None
    doc = nlp("Ann Marlow leads by four points, according to an average of recent polls.")
    cue = next(t for t in doc if t.lower_ == "according")
    work = next(t for t in doc if t.lower_ == "average")
    assert subject_kind(work, cue) == "WORK_OF_ART"
