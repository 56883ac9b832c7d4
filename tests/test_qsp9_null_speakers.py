"""Quotes without a speaker, second round (issue #18, session 8): "they" after a subject of
what they said, "they" for the object of the clause it explains, kin and documents as quote
sources, "the budget office" after an organisation named since, coordinated adjectives the
parser heads the source at."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsfacts.nlp.quotes.antecedents import object_antecedent
from newsfacts.nlp.quotes.coordination import shared_noun
from tests.evidence import one_speaker, quote_speakers


def test_they_skips_the_subject_of_what_they_said(extract_text):
    # "States" is the subject of the content, no antecedent: "they" are the candidates before
    rec = extract_text("Tom Vale spoke about schools on Monday. The Republican candidates criticized the department. "
                       "States can do that job, they said.")
    sp, why = one_speaker(rec, "States can do that job")
    assert sp is not None and "candidates" in sp[0] and sp[1] == "NORP", why


def test_they_stands_for_the_object_of_the_clause_it_explains(extract_text):
    rec = extract_text("Tom Vale spoke on Monday. The delay frustrates many economists because they believe "
                       "that the tax cut will come too late.")
    sp, why = one_speaker(rec, "the tax cut will come too late")
    assert sp is not None and "economists" in sp[0] and sp[1] == "NORP", why
    assert "object" in why


def test_they_after_a_thing_object_is_nobody(extract_text):
    # "the new rules" are no group: "they" stays without a speaker rather than the rules
    rec = extract_text("Tom Vale spoke on Monday. The mayor attacked the new rules because they say "
                       "that parks must close early.")
    for text, sp, why in quote_speakers(rec):
        if "parks must close" in text:
            assert sp is None or "rules" not in sp[0].lower(), why


def _doc(words, heads, deps, pos, tags):
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    return doc


def test_object_antecedent_needs_an_adverbial_clause():
    # "Critics frustrate officials because they believe ...": the plural object before "they"
    words = ["Delays", "frustrate", "officials", "because", "they", "believe", "it"]
    heads = [1, 1, 1, 5, 5, 1, 5]
    deps = ["nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl", "dobj"]
    pos = ["NOUN", "VERB", "NOUN", "SCONJ", "PRON", "VERB", "PRON"]
    tags = ["NNS", "VBP", "NNS", "IN", "PRP", "VBP", "PRP"]
    doc = _doc(words, heads, deps, pos, tags)
    assert object_antecedent(doc[4], []).i == 2
    assert object_antecedent(doc[4], [(doc[2].idx, doc[2].idx + 9)]) is None  # (the object inside the content)
    # a coordinated main clause ("and they believe") explains nothing: no antecedent
    deps2 = ["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "dobj"]
    doc2 = _doc(words[:3] + ["and"] + words[4:], heads, deps2, pos[:3] + ["CCONJ"] + pos[4:], tags[:3] + ["CC"] + tags[4:])
    assert object_antecedent(doc2[4], []) is None


def test_shared_noun_of_coordinated_adjectives():
    # the parser's reading "Current (nsubj) and former officials (conj of Current)"
    words = ["Current", "and", "former", "officials", "said", "it"]
    heads = [4, 0, 3, 0, 4, 4]
    deps = ["nsubj", "cc", "amod", "conj", "ROOT", "dobj"]
    pos = ["ADJ", "CCONJ", "ADJ", "NOUN", "VERB", "PRON"]
    tags = ["JJ", "CC", "JJ", "NNS", "VBD", "PRP"]
    doc = _doc(words, heads, deps, pos, tags)
    assert shared_noun(doc[0]).i == 3
    assert shared_noun(doc[3]).i == 3  # a noun is its own head
    # "Young voters and older retirees": a noun between, no shared noun
    words2 = ["Young", "voters", "and", "older", "retirees", "said"]
    doc2 = _doc(words2, [5, 0, 0, 4, 0, 5], ["nsubj", "appos", "cc", "amod", "conj", "ROOT"],
                ["ADJ", "NOUN", "CCONJ", "ADJ", "NOUN", "VERB"], ["JJ", "NNS", "CC", "JJ", "NNS", "VBD"])
    assert shared_noun(doc2[0]).i == 0


def test_kin_of_a_named_person_speaks(extract_text):
    rec = extract_text("Tom Vale spoke on Monday. Tom Vale's wife said he was tired.")
    sp, why = one_speaker(rec, "he was tired")
    assert sp is not None and sp[1] == "PERSON" and "wife" in sp[0], why
    assert sp[0] != "Tom Vale"


def test_a_court_order_speaks_when_no_maker_is_named(extract_text):
    rec = extract_text("The judge heard the case on Friday. The order says the company must pay the students back.")
    sp, why = one_speaker(rec, "the company must pay")
    assert sp is not None and sp[1] == "WORK_OF_ART" and "order" in sp[0], why


def test_delegate_and_veterans_speak(extract_text):
    rec = extract_text("Tom Vale won the vote. Numerous military veterans said Vale would win again. "
                       "One Ohio delegate said the count was close.")
    assert "veterans" in one_speaker(rec, "Vale would win again")[0][0]
    sp = one_speaker(rec, "the count was close")[0]
    assert sp is not None and sp[1] == "PERSON" and "delegate" in sp[0]


def test_budget_office_after_another_organisation_named(extract_text):
    # two words of the name name the one organisation, whatever was named since ("Congress")
    rec = extract_text("The Congressional Budget Office released its forecast on Monday. Congress will debate "
                       "the forecast in March. The deficit will grow, the budget office said.")
    sp, why = one_speaker(rec, "The deficit will grow")
    assert sp == ("Congressional Budget Office", "ORG"), why


def test_the_board_after_another_organisation_stays_unresolved(extract_text):
    # one word ("the board") after another organisation named since: not the board named first
    rec = extract_text("The Ohio Board of Elections met on Monday. Acme Corp. hired a new chief executive on Tuesday. "
                       "The plan is sound, the board said.")
    sp, why = one_speaker(rec, "The plan is sound")
    assert sp != ("Ohio Board of Elections", "ORG"), why


def _actor(rec, name):
    found = [e for e in rec["entities"] if e["name"].lower() == name.lower() and not e.get("named", True)]
    assert len(found) == 1, [(e["name"], e.get("named")) for e in rec["entities"]]
    return found[0]["actor"]


def test_workers_of_an_institution_take_its_sector(extract_text):
    rec = extract_text("Protesters gathered outside the compound on Monday. Embassy workers said the gates were closed. "
                       "Factory workers said the plant would close.")
    assert _actor(rec, "Embassy workers")["sector"] == "GOV"
    assert _actor(rec, "Factory workers")["sector"] == "LAB"  # (a factory is no institution of the lexicon)


def test_several_and_another_speak_as_vague_speakers(extract_text):
    rec = extract_text("Tom Vale spoke on Monday. The Republican candidates met in Dayton on Tuesday. "
                       "Several said they would rather cut the budget.")
    sp, why = one_speaker(rec, "cut the budget")
    assert sp == ("Several", "NORP"), why
    rec = extract_text('Social media users followed the race. "It is great fun," one user wrote. "He is very loud," another said.')
    sp, why = one_speaker(rec, "He is very loud")
    assert sp is not None and sp[1] == "PERSON" and sp[0].lower() == "another", why


def test_a_representative_of_a_named_organisation_is_the_organisation(extract_text):
    rec = extract_text("Tom Vale was sued on Monday. A representative for Acme Corp. said the claims were false.")
    sp, why = one_speaker(rec, "the claims were false")
    assert sp is not None and sp[1] == "ORG" and "Acme" in sp[0], why


def test_kin_named_in_the_text_is_that_person(extract_text):
    rec = extract_text("Donald Trump won the primary on Saturday. Donald Trump's wife is talking up his candidacy. "
                       'Melania Trump tells supporters that "he loves you."')
    sp, why = one_speaker(rec, "his candidacy")
    assert sp == ("Melania Trump", "PERSON"), why


def test_kin_with_two_people_of_the_surname_is_neither(extract_text):
    rec = extract_text("Tom Vale and Ann Vale and Jo Vale spoke on Monday. Tom Vale's daughter said he was tired.")
    sp, why = one_speaker(rec, "he was tired")
    assert sp is None or sp[0] not in ("Ann Vale", "Jo Vale", "Tom Vale"), why


def test_his_wife_named_in_the_text_is_that_person(extract_text):
    rec = extract_text("Tom Vale won the vote on Monday. Ann Vale stood beside him. "
                       "His wife said he would rest.")
    sp, why = one_speaker(rec, "he would rest")
    assert sp == ("Ann Vale", "PERSON"), why


def test_they_after_plural_findings_is_the_finding(extract_text):
    rec = extract_text("The agency released new figures on Monday. The statistics show part of the income picture. "
                       "They do not necessarily show the benefits that families receive.")
    sp, why = one_speaker(rec, "the benefits that families receive")
    assert sp == ("statistics", "WORK_OF_ART"), why
