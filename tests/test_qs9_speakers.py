"""Quote speakers, session 9 (issue #18): a surname of several words the NER left unlinked
("Le Pen said"), a "they" after coordinated people ("Smith and Jones studied it. They said"), a possessive
"his" source ("his insistence that").
"""

from tests.evidence import one_speaker, quote_speakers


def test_surname_of_several_words_is_the_one_person_of_that_name(extract_text):
    rec = extract_text("PARIS (Reuters) - The party leader, Marine Le Pen, backed the candidate on Wednesday. Le Pen is a "
                       "candidate in the April election. \"It is the best choice for France,\" Le Pen told a radio station.")
    sp, why = one_speaker(rec, "the best choice for France")
    assert sp == ("Marine Le Pen", "PERSON"), why


def test_surname_of_several_words_shared_by_two_people_is_nobody(extract_text):
    rec = extract_text("PARIS (Reuters) - The party leader, Marine Le Pen, met her father, Jean-Marie Le Pen, on Wednesday. Le Pen is a "
                       "candidate in the April election. \"It is the best choice for France,\" Le Pen told a radio station.")
    sp, why = one_speaker(rec, "the best choice for France")
    assert sp is None or sp[1] != "PERSON", why


def test_they_after_coordinated_people_is_the_first_of_them(extract_text):
    rec = extract_text("Tom Smith and Ann Jones studied the tax data for three years. They said that wages fell in every county.")
    sp, why = one_speaker(rec, "wages fell in every county")
    assert sp == ("Tom Smith", "PERSON"), why
    assert "coordinated subject" in why


def test_they_after_coordinated_people_with_a_quote_in_between(extract_text):
    rec = extract_text("The report came out on Monday. Tom Smith and Ann Jones wrote the report. "
                       "\"Wages fell in every county,\" they said.")
    sp, why = one_speaker(rec, "Wages fell in every county")
    assert sp == ("Tom Smith", "PERSON"), why


def test_they_after_one_person_is_never_that_person(extract_text):
    rec = extract_text("Tom Smith studied the tax data for three years. They said that wages fell in every county.")
    sp, why = one_speaker(rec, "wages fell in every county")
    assert sp is None or sp[0] != "Tom Smith", why


def test_possessive_his_source_is_the_man_before_it(extract_text):
    rec = extract_text("Senator Tom Vale spoke in Ohio on Monday. Part of his pitch is his insistence that "
                       "young voters will turn out in record numbers.")
    sp, why = one_speaker(rec, "young voters will turn out")
    assert sp == ("Tom Vale", "PERSON"), why


def test_possessive_his_with_no_man_before_it_is_nobody(extract_text):
    rec = extract_text("Senator Ann Vale spoke in Ohio on Monday. Part of the pitch is his insistence that "
                       "young voters will turn out in record numbers.")
    for text, sp, why in quote_speakers(rec):
        if "young voters will turn out" in text:
            assert sp is None or sp[0] != "Ann Vale", why


def test_possessive_his_after_another_man_named_in_its_sentence_is_nobody(extract_text):
    rec = extract_text("Senator Tom Vale spoke in Ohio on Monday. Part of Jim Ross's pitch is his insistence that "
                       "young voters will turn out in record numbers.")
    for text, sp, why in quote_speakers(rec):
        if "young voters will turn out" in text:
            assert sp is None or sp[0] != "Tom Vale", why


