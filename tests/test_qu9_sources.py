"""Quote speakers, session 9 round 2 (issue #18): a source that names someone or something no
entity covered gets an actor: a work that speaks and names no maker ("according to a court
filing", "in the latest poll"), a group of people with a row of ``entity_unnamed.tsv``
("Millennials say"), a person's name the NER missed ('"...," Hale said'); never a work that is
not the cue's own argument, never a name that opens a sentence.
"""

from tests.evidence import one_speaker


def _entity(rec, name):
    found = [e for e in rec["entities"] if e["name"] == name]
    assert len(found) == 1, [(e["name"], e["type"]) for e in rec["entities"]]
    return found[0]


def test_according_to_a_work_is_the_work(extract_text):
    text = "The payments broke no rule, according to a court filing released on Friday."
    rec = extract_text(text)
    sp, why = one_speaker(rec, "The payments broke no rule")
    assert sp == ("court filing", "WORK_OF_ART"), why
    ent = _entity(rec, "court filing")
    assert ent["named"] is False and ent["actor"]["country"] is None and ent["actor"]["sector"] is None
    assert [text[m["start"] : m["end"]] for m in ent["mentions"]] == ["a court filing"]


def test_a_work_as_the_subject_of_the_cue(extract_text):
    rec = extract_text("The mayor met the board on Monday. A legal memo concluded that the tax was lawful.")
    sp, why = one_speaker(rec, "the tax was lawful")
    assert sp is not None and sp[1] == "WORK_OF_ART" and sp[0].endswith("memo"), why


def test_the_same_work_named_again_is_one_actor(extract_text):
    text = ("The agency lost half its staff, according to a memo on the audit. "
            "The cuts began in May, according to the memo.")
    rec = extract_text(text)
    first, why1 = one_speaker(rec, "lost half its staff")
    second, why2 = one_speaker(rec, "The cuts began in May")
    assert first is not None and first == second, (why1, why2)
    works = [e for e in rec["entities"] if e["type"] == "WORK_OF_ART"]
    assert len(works) == 1 and len(works[0]["mentions"]) == 2


def test_a_work_that_quotes_someone_else_is_not_the_speaker(extract_text):
    rec = extract_text('An early tweet quoted the governor as saying "We need to act now!"')
    sp, why = one_speaker(rec, "We need to act now")
    assert sp is None or sp[1] != "WORK_OF_ART", why


def test_a_possessed_or_negated_work_gets_no_work_actor(extract_text):
    rec = extract_text("His statement said the deal was off. No report said the deal was on.")
    for needle in ("the deal was off", "the deal was on"):
        sp, why = one_speaker(rec, needle)
        assert sp is None or sp[1] != "WORK_OF_ART", why


def test_a_plural_group_with_a_row_speaks(extract_text):
    rec = extract_text("Millennials say they are worried about the cost of housing.")
    sp, why = one_speaker(rec, "worried about the cost")
    assert sp == ("Millennials", "NORP"), why
    assert _entity(rec, "Millennials")["actor"]["country"] is None


def test_a_missed_surname_after_a_quote_is_a_person(extract_text):
    text = '"They took the slogan and gave it to the governor," Hale said.'
    rec = extract_text(text)
    sp, why = one_speaker(rec, "They took the slogan")
    assert sp is not None and sp[1] == "PERSON", why
    ent = next(e for e in rec["entities"] if e["type"] == "PERSON" and text[e["mentions"][0]["start"] : e["mentions"][0]["end"]] == "Hale")
    assert ent["named"] is True


def test_a_capitalised_word_opening_a_sentence_is_no_person(extract_text):
    rec = extract_text("Correction said the vote was close.")
    assert not [e for e in rec["entities"] if e["type"] == "PERSON"]


def test_a_surname_after_a_name_the_ner_cut_short_is_that_person(extract_text):
    text = 'State Senator Pete Kowalczyk spoke to reporters. "It is not what he told us," Kowalczyk said.'
    rec = extract_text(text)
    sp, why = one_speaker(rec, "It is not what he told us")
    assert sp is not None and sp[1] == "PERSON", why
    people = [e for e in rec["entities"] if e["type"] == "PERSON"]
    assert len(people) == 1, people
