"""Source rules on hand-built parses (no model): a participle the parser hung on the name
("Erin Roe, a lawyer, saying ..."), and a date right before a cue that is never its source
("A document filed Thursday says"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.nlp.quotes.sources import preceding_name, subject_of


def _doc(words, heads, deps, pos, tags, ents, lemmas=None):
    from spacy.lang.en import English
    from spacy.tokens import Doc
    from spacy.vocab import create_vocab

    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".", ":") for i in range(len(words))]
    lemmas = lemmas or [{"said": "say", "saying": "say", "says": "say", "chanting": "chant"}.get(w, w.lower()) for w in words]
    return Doc(create_vocab("en", English.Defaults), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


@pytest.mark.parametrize(
    "words,heads,deps,pos,tags,ents,cue,subject",
    [
        # the parser made the name the root and "saying" a participle of it: the name speaks
        (
            ["Erin", "Roe", ",", "a", "lawyer", ",", "saying", "she", "left"],
            [1, 1, 1, 4, 1, 1, 1, 8, 6],
            ["compound", "ROOT", "punct", "det", "appos", "punct", "acl", "nsubj", "ccomp"],
            ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PRON", "VERB"],
            ["NNP", "NNP", ",", "DT", "NN", ",", "VBG", "PRP", "VBD"],
            ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"],
            "saying",
            "Roe",
        ),
        # "Farmers saying ... marched": the subject noun the participle hangs on speaks
        (
            ["Farmers", "saying", "prices", "fell", "marched"],
            [4, 0, 3, 1, 4],
            ["nsubj", "acl", "nsubj", "ccomp", "ROOT"],
            ["NOUN", "VERB", "NOUN", "VERB", "VERB"],
            ["NNS", "VBG", "NNS", "VBD", "VBD"],
            ["O", "O", "O", "O", "O"],
            "saying",
            "Farmers",
        ),
        # an object noun is not the sayer ("carried a sign saying no"): the sign cannot speak,
        # so the one who carries it does (controllers.lifeless_host, session 14; PolNeAR marks
        # "they" in "they will hold banners proclaiming")
        (
            ["They", "carried", "a", "sign", "saying", "no"],
            [1, 1, 3, 1, 3, 4],
            ["nsubj", "ROOT", "det", "dobj", "acl", "dobj"],
            ["PRON", "VERB", "DET", "NOUN", "VERB", "INTJ"],
            ["PRP", "VBD", "DT", "NN", "VBG", "UH"],
            ["O", "O", "O", "O", "O", "O"],
            "saying",
            "They",
        ),
    ],
)
def test_participle_on_a_noun(words, heads, deps, pos, tags, ents, cue, subject):
    doc = _doc(words, heads, deps, pos, tags, ents)
    got, _ = subject_of(doc[words.index(cue)])
    assert (got.text if got is not None else None) == subject


@pytest.mark.parametrize(
    "words,heads,deps,pos,tags,ents,name",
    [
        # the noun the date's phrase hangs on, not the date
        (
            ["A", "document", "filed", "Thursday", "says", "no"],
            [1, 1, 1, 2, 1, 4],
            ["det", "ROOT", "acl", "npadvmod", "relcl", "dobj"],
            ["DET", "NOUN", "VERB", "PROPN", "VERB", "INTJ"],
            ["DT", "NN", "VBN", "NNP", "VBZ", "UH"],
            ["O", "O", "O", "B-DATE", "O", "O"],
            "document",
        ),
        # a date with no noun above it before the cue: no source
        (
            ["On", "Tuesday", "said", "no"],
            [2, 0, 2, 2],
            ["prep", "pobj", "ROOT", "dobj"],
            ["ADP", "PROPN", "VERB", "INTJ"],
            ["IN", "NNP", "VBD", "UH"],
            ["O", "B-DATE", "O", "O"],
            None,
        ),
        # a name before the cue stays the source
        (
            ["Later", "Roe", "said", "no"],
            [2, 2, 2, 2],
            ["advmod", "npadvmod", "ROOT", "dobj"],
            ["ADV", "PROPN", "VERB", "INTJ"],
            ["RB", "NNP", "VBD", "UH"],
            ["O", "B-PERSON", "O", "O"],
            "Roe",
        ),
    ],
)
def test_a_date_before_the_cue_is_no_source(words, heads, deps, pos, tags, ents, name):
    doc = _doc(words, heads, deps, pos, tags, ents)
    got = preceding_name(doc, doc[words.index("said") if "said" in words else words.index("says")])
    assert (got.text if got is not None else None) == name
