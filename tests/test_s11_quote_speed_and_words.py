"""Session 11, helper S: content spans never cut inside a word, and the array look-ups the
quote passes pick their candidates with give what the Token attributes give."""

from __future__ import annotations

import pytest

from newsfacts.nlp.quotes.doc_memo import by_token
from newsfacts.nlp.quotes.marks import quote_kind, scan_marks
from newsfacts.nlp.quotes.spans import span_of, whole_words
from newsfacts.nlp.token_arrays import indices, with_dep, with_lemma, with_pos

TEXT = (
    "Mayor Lena Voss said those who do n't pay will lose the permit.\n"
    "She said the council\u2019s vote didn't matter, and that Ortiz's plan was dead.\n"
)
CONTRACTED = "Mayor Lena Voss said those who don't pay will lose the permit."


def test_whole_words_end_after_negation_clitic():
    end = CONTRACTED.index("n't")  # a cut between "do" and "n't" (two tokens, no space)
    start = CONTRACTED.index("those")
    (s, e), = whole_words(CONTRACTED, [(start, end)])
    assert CONTRACTED[s:e] == "those who don't"


def test_whole_words_start_moves_to_word_start_and_possessive_kept():
    text = "She said the council\u2019s vote didn't matter."
    cut = text.index("\u2019s")  # "council|’s"
    (s, e), = whole_words(text, [(text.index("the"), cut)])
    assert text[s:e] == "the council\u2019s"
    (s, e), = whole_words(text, [(text.index("n't"), text.index(" matter"))])
    assert text[s:e] == "didn't"


def test_whole_words_leave_word_edges_and_punctuation_alone():
    text = "Voss said the plan was dead. Ortiz said 'no.'"
    frags = [(text.index("the"), text.index(".")), (text.index("'no"), len(text))]
    assert whole_words(text, frags) == frags  # before the final stop, and at a quote mark: no word is cut
    assert whole_words(text, [(0, 4)]) == [(0, 4)]


def test_quote_kind_counts_non_space_characters():
    text = 'Roe said "we\u2003will\u00a0win" today.'
    marked, _ = scan_marks(text)
    s = text.index('"')
    assert quote_kind(text, [(s, text.index(" today"))], marked) == "direct"
    assert quote_kind(text, [(text.index("said"), text.index(" today"))], marked) == "partial"


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


@pytest.mark.model
def test_arrays_agree_with_token_attributes(doc):
    words = {"say", "pay", "permit"}
    assert indices(with_lemma(doc, words)) == [t.i for t in doc if t.lemma_.lower() in words]
    assert indices(with_pos(doc, "VERB")) == [t.i for t in doc if t.pos_ == "VERB"]
    labels = {"nsubj", "appos", "neg"}
    assert indices(with_dep(doc, labels)) == [t.i for t in doc if t.dep_ in labels]
    assert indices(with_lemma(doc, words)) != []


@pytest.mark.model
def test_span_of_unordered_tokens(doc):
    toks = [doc[5], doc[2], doc[7]]
    assert span_of(toks) == (doc[2].idx, doc[7].idx + len(doc[7].text))


@pytest.mark.model
def test_by_token_memo_is_per_document(nlp, doc):
    calls = []

    @by_token
    def length(tok):
        calls.append(tok.i)
        return (len(tok.text),)

    assert length(doc[0]) == (5,) and length(doc[0]) == (5,)
    assert calls == [0]
    other = nlp("Ed spoke.")
    assert length(other[0]) == (2,) and calls == [0, 0]


@pytest.mark.model
def test_extracted_content_never_ends_inside_a_word(extract_text):
    text = (
        "Governor Ann Roe said voters who don\u2019t show up will regret it.\n"
        "Senator Tom Vale said the people who do n't vote are the problem, not the governor\u2019s plan.\n"
    )
    record = extract_text(text)
    assert record["quotes"], "no quote found"
    for q in record["quotes"]:
        for s, e in q["evidence"]:
            for pos in (s, e):
                assert not (0 < pos < len(text) and text[pos - 1].isalnum() and (text[pos].isalnum() or text[pos] in "'\u2019")), (q["text"], pos)
