"""A Title Case headline: its capitalised words are not names.

The decisions they pin (``nlp/entities/headline.py``):

- the first line is a Title Case headline when a body follows and every word other than small
  words (``headline_small`` in ``entity_words.tsv``) is capitalised, three such words at least;
- in it, a model entity is kept only as a name the body's entities use (or a first name or
  surname of a person the body names in full), cut to the longest run of its words that is
  one, with the body's label; or whole when the lexicons know it (a country, a party, a known
  person; a word of three letters or fewer only in capitals); otherwise dropped;
- a name after a title in the headline is cut the same way;
- a short label before a colon at the start ("Senator Ruth Amari: ...") is kept as read.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsfacts.nlp.entities import extract_entities
from newsfacts.nlp.entities.headline import Headline, headline_end


@pytest.mark.parametrize(
    "text, is_headline",
    [
        ("Trump Slams Media Over Coverage Of Rally\n\nDonald Trump said ...", True),
        ("Golf Courses Forced to Reach Into Bag of Tricks.\nThe body.", True),  # small words stay lower case
        ("Senator calls on the city to fix its roads\n\nThe body.", False),  # sentence case
        ("Trump Slams Media Over Coverage", False),  # no body
        ("Trump Slams Media\n\n", False),  # an empty body
        ("Big Win\n\nThe body.", False),  # too short to tell
        ("Mayor Ames Wins Second Term, says she will fix roads soon\nBody.", False),  # 4 of 10 lower case
        ("Foreign Minister Ingrid Solheim arrived in Oslo on Tuesday.\nThe body.", False),  # one lower-case word
        ("Ames Leads Rivals After Vote Against Park Plan\nThe body.", True),  # "after", "against" are small
    ],
)
def test_headline_end(text, is_headline):
    assert (headline_end(text) > 0) is is_headline


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def _doc(vocab, words, ents):
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", "\n", "\u2019s") and words[i] != "\n" for i in range(len(words))]
    iob = ["O"] * len(words)
    for s, e, label in ents:
        iob[s:e] = ["B-" + label] + ["I-" + label] * (e - s - 1)
    return Doc(vocab, words=words, spaces=spaces, ents=iob)


def test_headline_refit_cuts_to_the_body_name(vocab):
    words = ["Ada", "Brennick", "Rampages", "Past", "Rivals", "\n", "Ada", "Brennick", "won", "the", "vote", "."]
    doc = _doc(vocab, words, [(0, 3, "ORG"), (6, 8, "PERSON")])
    head = Headline(doc, doc.text)
    assert head.end > 0
    ent = head.refit(doc.ents[0])
    assert (ent.text, ent.label_) == ("Ada Brennick", "PERSON")  # the body's label
    body = head.refit(doc.ents[1])  # a body entity is left alone
    assert (body.start, body.end, body.label_) == (6, 8, "PERSON")


def test_headline_refit_drops_what_the_body_never_names(vocab):
    words = ["Bellwether", "County", "Says", "Voters", "Tired", "\n", "The", "count", "ended", "late", "."]
    doc = _doc(vocab, words, [(0, 2, "PERSON")])
    assert Headline(doc, doc.text).refit(doc.ents[0]) is None


def test_headline_refit_keeps_lexicon_names_and_surnames(vocab):
    words = ["Canada", "Backs", "Who", "Plan", "Says", "Brennick", "\n", "Ada", "Brennick", "spoke", "."]
    doc = _doc(vocab, words, [(0, 1, "GPE"), (2, 3, "ORG"), (5, 6, "PERSON"), (7, 9, "PERSON")])
    head = Headline(doc, doc.text)
    assert head.refit(doc.ents[0]).text == "Canada"  # a country: known whatever the case
    assert head.refit(doc.ents[1]) is None  # "Who" is no WHO in a Title Case line
    assert head.refit(doc.ents[2]).text == "Brennick"  # the surname of a person the body names


def test_headline_refit_never_cuts_a_hyphenated_word(vocab):
    words = ["Obama", "Opens", "African", "-", "American", "Museum", "\n", "One", "American", "came", "."]
    spaces = [True, True, False, False, True, False, False, True, True, False, False]
    iob = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-NORP", "O", "O"]
    doc = Doc(vocab, words=words, spaces=spaces, ents=iob)
    assert Headline(doc, doc.text).refit(doc.ents[0]) is None  # not "American" of "African-American"


def test_headline_label_before_a_colon_is_kept(vocab):
    # "Ruth Amari: The Budget Is Broken": the label names who speaks (the quotes stage reads it)
    words = ["Ruth", "Amari", ":", "The", "Budget", "Is", "Broken", "\n", "The", "vote", "is", "on", "Friday", "."]
    doc = _doc(vocab, words, [(0, 2, "PERSON"), (4, 5, "ORG")])
    head = Headline(doc, doc.text)
    assert head.refit(doc.ents[0]).text == "Ruth Amari"
    assert head.refit(doc.ents[1]) is None  # after the colon, the usual rule


def test_headline_not_title_case_is_left_alone(vocab):
    words = ["Bellwether", "County", "says", "voters", "are", "tired", "\n", "The", "count", "ended", "."]
    doc = _doc(vocab, words, [(0, 2, "PERSON")])
    ent = Headline(doc, doc.text).refit(doc.ents[0])
    assert (ent.start, ent.end, ent.label_) == (0, 2, "PERSON")


@pytest.mark.model
@pytest.mark.parametrize(
    "headline, body, names",
    [
        (  # the model read "Ada Brennick Blasts Council" and "Park Closures" as two people
            "Ada Brennick Blasts Council Over Park Closures",
            "Ada Brennick, a city councillor, criticised the council on Monday. Brennick said the parks must reopen.",
            {"Ada Brennick": 3},
        ),
        (  # "Marla Voss Signs Water" after the title
            "Governor Marla Voss Signs Water Bill Into Law",
            "Marla Voss signed the bill in Denver on Friday. Voss said the state needed it.",
            {"Marla Voss": 3, "Denver": 1},
        ),
        (  # "Trump Slams Media" as an organisation
            "Trump Slams Media Over Coverage Of Ohio Rally",
            "Donald Trump criticised the media on Monday. Trump said the coverage was unfair.",
            {"Donald Trump": 3},  # "Ohio Rally" is not a place the body names
        ),
        (
            "Senator Joan Pell Rips Budget Plan As Talks Stall",
            "Joan Pell, a senator from Ohio, spoke on Tuesday. Pell said the plan would fail.",
            {"Joan Pell": 4, "Ohio": 1},  # with "a senator"
        ),
        (  # a speaker's label before a colon is kept, named in the body or not
            "Senator Ruth Amari: The Harbour Budget Is Broken",
            "The council will vote on the budget on Friday.",
            {"Ruth Amari": 1},
        ),
    ],
)
def test_headline_entities_through_the_model(nlp, headline, body, names):
    doc = nlp(headline + "\n\n" + body)
    got = {e.name: len(e.mentions) for e in extract_entities(doc, published="2024-05-01").entities}
    assert got == names  # the headline's name joins the body's person; nothing else is made of it
