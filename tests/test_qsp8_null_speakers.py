"""Quotes without a speaker (issue #18, session 8): vague speakers whose cue reports speech
wherever the parse hung them, shares the NER typed as numbers, a name said again where the NER
missed it, "the board" after the board's full name (an organisation named inside a quote is no
rival), "the board of elections"."""

from newsfacts.nlp.entities.index import EntityIndex
from newsfacts.nlp.quotes.groups import GroupSpeakers
from newsfacts.schema import Entity, Mention
from tests.evidence import one_speaker, quote_speakers


def test_vague_speaker_of_a_fronted_saying(extract_text):
    rec = extract_text("Ann Roe spoke at the town hall in Dayton on Monday.\n\n"
                       "After saying he was nervous, the man asked Roe how she would fix the roads.")
    sp, why = one_speaker(rec, "he was nervous")
    assert sp == ("man", "PERSON"), why
    assert sp != ("Ann Roe", "PERSON")


def test_vague_group_that_wants_is_no_speaker(extract_text):
    # "people want" reports no speech: no actor is made of "people"
    rec = extract_text("Tom Vale spoke in Dayton on Monday. People want lower taxes, Vale said.")
    assert not any(sp is not None and sp[0].lower() == "people" for _, sp, _ in quote_speakers(rec)), quote_speakers(rec)


def test_shares_the_ner_reads_as_numbers(extract_text):
    rec = extract_text("Voters in Ohio were asked about the race on Tuesday.\n\n"
                       "Nearly half said they wanted a new governor. A third said the economy was the main issue.")
    assert one_speaker(rec, "wanted a new governor")[0] == ("half", "NORP")
    assert one_speaker(rec, "the economy was")[0] == ("third", "NORP")


def test_former_employees_speak(extract_text):
    rec = extract_text("Three former Acme employees said the company had hidden the losses.")
    sp, why = one_speaker(rec, "had hidden the losses")
    assert sp is not None and sp[0].endswith("Acme employees"), why


def test_the_board_after_its_name_with_a_name_inside_the_quote(extract_text):
    rec = extract_text("The Ohio Board of Elections met on Monday to hear the challenge to Tom Vale.\n\n"
                       "\u201cThe Candidate is eligible to run,\u201d the board said in its ruling.")
    sp, why = one_speaker(rec, "is eligible to run")
    assert sp == ("Ohio Board of Elections", "ORG"), why


def test_the_board_after_another_named_organisation_stays_open(extract_text):
    # another organisation named in the narrative since: "the board" may be either
    rec = extract_text("The Ohio Board of Elections met on Monday. The Acme Corporation filed a complaint with the "
                       "Ohio Supreme Court on Tuesday.\n\n\u201cThe rules are clear,\u201d the board said.")
    sp, why = one_speaker(rec, "The rules are clear")
    assert sp != ("Ohio Board of Elections", "ORG"), why


def test_the_board_of_elections(extract_text):
    rec = extract_text("The Ohio Board of Elections met on Monday to hear the challenge.\n\n"
                       "The board of elections said on Tuesday that Tom Vale may run.")
    sp, why = one_speaker(rec, "Tom Vale may run")
    assert sp == ("Ohio Board of Elections", "ORG"), why


def _groups(nlp, text, entities):
    doc = nlp(text)
    spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
    index = EntityIndex(list(entities), {e.id: e for e in entities}, spans)
    return doc, GroupSpeakers(index, {e.id: e.type for e in entities})


def _ent(eid, name, typ, text, at):
    return Entity(eid, name, typ, [Mention(name, at, at + len(name), "name")])


def _token(doc, word, nth=-1):
    return [t for t in doc if t.text == word][nth]


def test_surname_of_a_person_the_ner_typed_an_organisation(nlp):
    text = "The host Sean Vardy spoke on Monday. Later Vardy said the senator should run."
    ents = [_ent("e1", "Sean Vardy", "ORG", text, text.index("Sean Vardy"))]
    doc, groups = _groups(nlp, text, ents)
    tok = _token(doc, "Vardy")
    assert groups.surname(tok, tok.idx, tok.idx + len(tok.text))[0] == "e1"


def test_surname_prefers_the_one_person(nlp):
    text = "Sean Vardy met the Vardy Group on Monday. Later Vardy said the senator should run."
    ents = [_ent("e1", "Sean Vardy", "PERSON", text, 0), _ent("e2", "The Vardy Group", "ORG", text, text.index("the Vardy"))]
    doc, groups = _groups(nlp, text, ents)
    tok = _token(doc, "Vardy")
    assert groups.surname(tok, tok.idx, tok.idx + len(tok.text))[0] == "e1"


def test_surname_two_organisations_is_nobody(nlp):
    text = "The Daily Post and the Morning Post wrote on Monday. Later Post said the senator should run."
    ents = [_ent("e1", "Daily Post", "ORG", text, text.index("Daily Post")), _ent("e2", "Morning Post", "ORG", text, text.index("Morning Post"))]
    doc, groups = _groups(nlp, text, ents)
    tok = _token(doc, "Post")
    assert groups.surname(tok, tok.idx, tok.idx + len(tok.text))[0] is None


def test_the_one_word_name_said_again(nlp):
    text = "Husted voiced his disapproval on Monday. Later Husted said the ruling was wrong."
    ents = [_ent("e1", "Husted", "GPE", text, 0)]
    doc, groups = _groups(nlp, text, ents)
    tok = _token(doc, "Husted")
    eid, why = groups.surname(tok, tok.idx, tok.idx + len(tok.text))
    assert eid == "e1" and "whole name" in why


def test_counts_of_people_speak(extract_text):
    rec = extract_text("Voters in Iowa were surveyed as they arrived on Monday.\n\n"
                       "About four in 10 said they wanted an outsider. Three out of 10 said they were angry.")
    assert one_speaker(rec, "wanted an outsider")[0] == ("four in 10", "NORP")
    assert one_speaker(rec, "were angry")[0] == ("Three out of 10", "NORP")


def test_a_count_of_a_named_group_is_the_group(extract_text):
    rec = extract_text("Four in 10 Republicans said they backed Tom Vale.")
    sp, why = one_speaker(rec, "backed Tom Vale")
    assert sp is not None and "10" not in sp[0], why


def test_the_newspaper_with_an_aside(extract_text):
    rec = extract_text("The Boston Globe published an editorial on Sunday about the budget.\n\n"
                       "The newspaper, long a critic of the governor, writes that the plan will fail.")
    sp, why = one_speaker(rec, "the plan will fail")
    assert sp is not None and sp[0].endswith("Boston Globe") and sp[1] == "ORG", why


def test_the_retired_neurosurgeon_is_the_one_person_before(extract_text):
    rec = extract_text("Tom Vale spoke to voters in Iowa on Monday about his long medical career.\n\n"
                       "Asked about his record, the retired neurosurgeon said that he had never held office.")
    sp, why = one_speaker(rec, "he had never held office")
    assert sp == ("Tom Vale", "PERSON"), why


def test_the_heckler_speaks(extract_text):
    rec = extract_text("Tom Vale spoke at a rally in Dayton on Sunday.\n\n"
                       "\u201cYou are wrong about the roads,\u201d the heckler yelled before he was led out.")
    sp, why = one_speaker(rec, "You are wrong")
    assert sp == ("heckler", "PERSON"), why


def test_a_participle_describing_a_group_makes_no_speaker(extract_text):
    # the outlet's characterisation of the group, not words it said: no actor, no quote kept
    rec = extract_text("Progressive groups encouraging Ann Roe to run on a platform of bold change are hailing her speech.")
    assert not any("to run on a platform" in text for text, _, _ in quote_speakers(rec)), quote_speakers(rec)
