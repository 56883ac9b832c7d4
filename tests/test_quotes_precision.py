"""Quote rules added for precision on PolNeAR (issue #18, only speech is a quote):
sentences written for the tests. The rule units run on hand-built Docs; the end-to-end
cases through the pinned model (the ``extract_text`` fixture loads it once)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import create_vocab

from newsfacts.nlp.quotes.speech import is_coordinated_act

VOCAB = create_vocab("en", English.Defaults)


def _doc(words, heads, deps, tags, pos, lemmas):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def _stop_from_building_and_supporting():
    """'It stops Ruritania from building missiles and supporting militias.'"""
    words = ["It", "stops", "Ruritania", "from", "building", "missiles", "and", "supporting", "militias", "."]
    heads = [1, 1, 1, 1, 3, 4, 4, 4, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj", "cc", "conj", "dobj", "punct"]
    tags = ["PRP", "VBZ", "NNP", "IN", "VBG", "NNS", "CC", "VBG", "NNS", "."]
    pos = ["PRON", "VERB", "PROPN", "ADP", "VERB", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT"]
    lemmas = ["it", "stop", "Ruritania", "from", "build", "missile", "and", "support", "militia", "."]
    return _doc(words, heads, deps, tags, pos, lemmas)


def _praising_and_supporting():
    """'The union was praising the deal and supporting the contract.'"""
    words = ["The", "union", "was", "praising", "the", "deal", "and", "supporting", "the", "contract", "."]
    heads = [1, 3, 3, 3, 5, 3, 3, 3, 9, 7, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "det", "dobj", "cc", "conj", "det", "dobj", "punct"]
    tags = ["DT", "NN", "VBD", "VBG", "DT", "NN", "CC", "VBG", "DT", "NN", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = ["the", "union", "be", "praise", "the", "deal", "and", "support", "the", "contract", "."]
    return _doc(words, heads, deps, tags, pos, lemmas)


def _roe_backs_vale_and_opposes_ames():
    """'Roe backs Vale and opposes Ames.' (finite verbs: a stance each)"""
    words = ["Roe", "backs", "Vale", "and", "opposes", "Ames", "."]
    heads = [1, 1, 1, 1, 1, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "punct"]
    tags = ["NNP", "VBZ", "NNP", "CC", "VBZ", "NNP", "."]
    pos = ["PROPN", "VERB", "PROPN", "CCONJ", "VERB", "PROPN", "PUNCT"]
    lemmas = ["Roe", "back", "Vale", "and", "oppose", "Ames", "."]
    return _doc(words, heads, deps, tags, pos, lemmas)


@pytest.mark.parametrize(
    "make,word,expected",
    [
        (_stop_from_building_and_supporting, "supporting", True),  # coordinated with an act
        (_praising_and_supporting, "supporting", False),  # coordinated with a report
        (_roe_backs_vale_and_opposes_ames, "backs", False),  # a finite verb
    ],
)
def test_coordinated_act(make, word, expected):
    doc = make()
    tok = next(t for t in doc if t.text == word)
    assert is_coordinated_act(tok) is expected


def _cues(record):
    return [(q["cue"]["text"] if q["cue"] else None, q["kind"], q["text"]) for q in record["quotes"]]


@pytest.mark.parametrize(
    "text",
    [
        "The deal was meant to stop Ruritania from building missiles and supporting rebel militias.",
        "The sanctions aim to keep the regime from buying weapons and backing armed groups abroad.",
        "The new rules bar banks from lending to the regime and supporting its army.",
    ],
)
def test_support_coordinated_with_an_act_is_no_cue(extract_text, text):
    cues = _cues(extract_text(text))
    assert not [c for c in cues if c[0] and c[0].split()[-1] in ("supporting", "backing")], cues


@pytest.mark.parametrize(
    "text,cue,content",
    [
        ("Ann Roe has been supporting Tom Vale since the spring.", "has been supporting", "Tom Vale"),
        ("The union was praising the deal and supporting the new contract.", "supporting", "the new contract"),
        ("Tom Vale criticized the governor, backing the mayor instead.", "backing", "the mayor"),
    ],
)
def test_support_as_a_stance_stays(extract_text, text, cue, content):
    assert (cue, "reaction", content) in _cues(extract_text(text))


@pytest.mark.parametrize(
    "text,cue,content",
    [
        # the object of "to" is the addressee; the "for"/"about" phrase is the topic
        ("Ann Roe apologized to her colleagues for the delay in the vote.", "apologized", "the delay in the vote"),
        ("The veterans group complained to town officials about the use of its logo.", "complained", "the use of its logo"),
        # the addressee alone is no content
        ("The parents wrote to the mayor on Friday.", None, None),
        ("Tom Vale apologized to the voters.", None, None),
    ],
)
def test_addressee_of_to_is_no_content(extract_text, text, cue, content):
    cues = _cues(extract_text(text))
    if cue is None:
        assert cues == []
    else:
        assert cues == [(cue, "reaction", content)]


@pytest.mark.parametrize(
    "text,cue,content",
    [
        ("Ann Roe talked about the budget.", "talked about", "the budget"),
        ("The senator pointed to the jobs report.", "pointed to", "the jobs report"),
    ],
)
def test_topic_prepositions_still_give_the_content(extract_text, text, cue, content):
    assert _cues(extract_text(text)) == [(cue, "reaction", content)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a consequence, not anyone's words
        ("The new levy means that most farmers will pay less.", []),
        ("The council acted to ensure that every voter can cast a ballot.", []),
        # any other verb with a "that" clause still reports
        ("Ann Roe learned that the vote had been moved.", [("learned", "indirect", "that the vote had been moved")]),
    ],
)
def test_consequence_verbs_are_no_cues(extract_text, text, expected):
    assert _cues(extract_text(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Read more.\nFollow Ann Roe on Twitter: @annroe_news\n", []),
        ("Ann Roe on Twitter: We will win this fight.", [(":", "indirect", "We will win this fight")]),
    ],
)
def test_an_address_after_a_colon_is_no_quote(extract_text, text, expected):
    assert _cues(extract_text(text)) == expected
