"""Speakers of issue #18 (null speakers): a subject the parser split into a description and a
person's name ("Tennis great Ann Roe remembered ..."), a dateline with a news agency before the
name ("Boston (AFP) – Democrat Ann Roe said"), a person whose entity's mention holds only part of
the name the parser tags ("Gov. Martin O’Malley"). Sentences and parses written for these tests."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsfacts.nlp.quotes.sources import np_span, split_name, subject_of


def _doc(words, heads, deps, pos, ents=()):
    """A hand-built parse; ``ents`` are (start, end, label) token spans."""
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), label=l) for s, e, l in ents]
    return doc


# "Golf great Willa Parker recalled ...": the parser made "Golf" and "Parker" two subjects
_SPLIT = dict(
    words=["Golf", "great", "Willa", "Parker", "recalled", "him", "."],
    heads=[4, 3, 3, 4, 4, 4, 4],
    deps=["nsubj", "amod", "compound", "nsubj", "ROOT", "dobj", "punct"],
    pos=["PROPN", "ADJ", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"],
    ents=[(2, 4, "PERSON")],
)


def test_split_subject_gives_the_name_and_the_whole_phrase():
    doc = _doc(**_SPLIT)
    assert split_name(doc[0]).i == 3
    subj, _ = subject_of(doc[4])
    assert subj.i == 3
    s, e = np_span(subj)
    assert doc.text[s:e] == "Golf great Willa Parker"


def test_split_subject_not_for_two_people():
    # "Hopefuls Ann Roe and Tom Ames said": two people, no one name
    doc = _doc(
        words=["Hopefuls", "Ann", "Roe", "and", "Tom", "Ames", "said", "so", "."],
        heads=[6, 2, 6, 2, 5, 2, 6, 6, 6],
        deps=["nsubj", "compound", "nsubj", "cc", "compound", "conj", "ROOT", "advmod", "punct"],
        pos=["NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
        ents=[(1, 3, "PERSON"), (4, 6, "PERSON")],
    )
    assert split_name(doc[0]) is None
    subj, _ = subject_of(doc[6])
    assert subj.i == 0


def test_split_subject_not_for_an_organisation_name():
    words = dict(_SPLIT)
    doc = _doc(**{**words, "ents": [(2, 4, "ORG")]})
    assert split_name(doc[0]) is None


def _quote(record, needle):
    ents = {e["id"]: e["name"] for e in record["entities"]}
    found = [(q, ents.get(q["speaker"])) for q in record["quotes"] if needle in q["text"]]
    assert found, f"no quote containing {needle!r}: {[q['text'] for q in record['quotes']]}"
    return found[0]


def test_dateline_with_agency_is_not_the_source(extract_text):
    text = 'Boston (AFP) – Democrat Janet Morrow said on Sunday that the plan "was a disaster."'
    q, who = _quote(extract_text(text), "was a disaster")
    assert who == "Janet Morrow", q["speaker_reason"]
    assert [text[s:e] for s, e in q["speaker_evidence"]] == ["Democrat Janet Morrow"]


def test_person_whose_mention_holds_part_of_the_name(extract_text):
    text = 'Former Maryland Gov. Martin O’Malley said the plan "was a disaster."'
    q, who = _quote(extract_text(text), "was a disaster")
    assert who is not None and "Martin" in who, q["speaker_reason"]


def test_two_people_with_a_partial_mention_get_no_one(extract_text):
    text = 'Former Maryland Gov. Martin O’Malley and former Arkansas Gov. Mike Huckabee said the plan "was a disaster."'
    q, who = _quote(extract_text(text), "was a disaster")
    assert who is None, q["speaker_reason"]


def test_they_shares_the_subject_of_a_chain_of_verbs(extract_text):
    text = ('Democratic party officials said the vote would start at noon. Minutes later they changed course, '
            'opened the doors and said they "will count every ballot."')
    q, who = _quote(extract_text(text), "will count every ballot")
    assert who == "Democratic", q["speaker_reason"]


def test_all_with_a_number_counts_a_known_group(extract_text):
    q, who = _quote(extract_text('The debate was calm. All three candidates have said the tax "is wrong."'), "is wrong")
    assert who == "All three candidates", q["speaker_reason"]
    # "all" alone is everyone: no actor
    q, who = _quote(extract_text('The debate was calm. All candidates have said the tax "is wrong."'), "is wrong")
    assert who is None, q["speaker_reason"]


def test_a_place_in_a_findings_phrase_made_nothing(extract_text):
    q, who = _quote(extract_text('Exit polls taken in Ohio found that voters "were angry."'), "were angry")
    assert who == "Exit polls", q["speaker_reason"]
    q, who = _quote(extract_text('A CNN poll shows that voters "want change."'), "want change")
    assert who == "CNN", q["speaker_reason"]


def test_relative_who_after_those_is_the_vague_group(extract_text):
    text = 'The poll asked voters about taxes. Those who said taxes "are too high" backed Roe.'
    q, who = _quote(extract_text(text), "are too high")
    assert who == "Those", q["speaker_reason"]


def test_it_after_an_issued_work_is_the_issuer(extract_text):
    text = 'Ann Roe is expected to unveil her second ad on Monday. It argues that the plan "will create jobs."'
    q, who = _quote(extract_text(text), "will create jobs")
    assert who == "Ann Roe", q["speaker_reason"]
    # a work nobody issued in the text: no one
    q, who = _quote(extract_text('Voters saw the ad on Sunday. It says the senator "sold out."'), "sold out")
    assert who is None, q["speaker_reason"]


def test_campaign_manager_and_strategist_are_unnamed_speakers(extract_text):
    text = 'Ann Roe campaigned in Iowa. Roe’s campaign manager says the race "is tightening."'
    q, who = _quote(extract_text(text), "is tightening")
    assert who is not None and "manager" in who, q["speaker_reason"]
    q, who = _quote(extract_text('A Republican strategist said the ad "will backfire."'), "will backfire")
    assert who is not None and "strategist" in who, q["speaker_reason"]


def test_it_after_a_work_a_medium_published_is_not_the_medium(extract_text):
    text = ('KTV News first published the phone video on Friday, and lawyers for the family sent it to reporters. '
            'It shows that the officer "fired twice."')
    q, who = _quote(extract_text(text), "fired twice")
    assert who is None, q["speaker_reason"]
    text = ('The Ocean Society launched a new ad on Friday, and volunteers for the group shared it online. '
            'It says the fees "are too high."')
    q, who = _quote(extract_text(text), "are too high")
    assert who == "Ocean Society", q["speaker_reason"]
