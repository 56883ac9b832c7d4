"""Entity-stage slips on short texts (nlp/entities: mentions, titles, known_orgs,
place_actors), on hand-built Docs (no model): a known surname the tagger took for a common
noun, a particle inside a name after a title, a known organisation the model cut short or
missed, and a capital that only modifies a noun."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsfacts.nlp.entities import extract_entities


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def parsed(vocab, rows, ents=()):
    """A Doc from ``rows`` of ``(word, pos, dep, head index)``; ``ents`` as token spans."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",", "-") and words[i] != "-" for i in range(len(words))]
    iob = ["O"] * len(words)
    for s, e, label in ents:
        iob[s:e] = ["B-" + label] + ["I-" + label] * (e - s - 1)
    return Doc(vocab, words=words, spaces=spaces, pos=[r[1] for r in rows], deps=[r[2] for r in rows],
               heads=[r[3] for r in rows], lemmas=[r[0].lower() for r in rows], ents=iob)


def by_name(index):
    return {e.name: e for e in index.entities}


def _attacked(word):
    return [(word, "NOUN", "nsubj", 1), ("attacked", "VERB", "ROOT", 1), ("the", "DET", "det", 3),
            ("plan", "NOUN", "dobj", 1), (".", "PUNCT", "punct", 1)]


def test_known_surname_tagged_noun_at_sentence_start_is_a_person(vocab):
    ents = by_name(extract_entities(parsed(vocab, _attacked("Merkel")), "2012-05-01"))
    assert ents["Merkel"].type == "PERSON"
    assert ents["Merkel"].actor.country == "DEU"


def test_surname_that_is_a_common_word_stays_a_noun(vocab):
    assert "Park" not in by_name(extract_entities(parsed(vocab, _attacked("Park")), "2015-05-01"))


def test_noun_with_a_determiner_is_no_name(vocab):
    rows = [("The", "DET", "det", 1)] + [(w, p, d, h + 1) for w, p, d, h in _attacked("Merkel")]
    assert "Merkel" not in by_name(extract_entities(parsed(vocab, rows), "2012-05-01"))


def test_particle_inside_a_name_after_a_title(vocab):
    rows = [("Officials", "NOUN", "nsubj", 1), ("blamed", "VERB", "ROOT", 1), ("President", "PROPN", "compound", 6),
            ("Bashar", "PROPN", "compound", 6), ("al", "PROPN", "compound", 6), ("-", "PUNCT", "punct", 6),
            ("Assad", "PROPN", "dobj", 1), (".", "PUNCT", "punct", 1)]
    ents = by_name(extract_entities(parsed(vocab, rows, [(3, 7, "PERSON")]), "2015-05-01"))
    assert "Bashar al-Assad" in ents
    assert ents["Bashar al-Assad"].actor.country == "SYR"
    assert "Bashar" not in ents


def test_known_organisation_cut_short_by_the_model(vocab):
    rows = [("Islamic", "PROPN", "compound", 1), ("State", "PROPN", "nsubj", 2), ("claimed", "VERB", "ROOT", 2),
            ("the", "DET", "det", 4), ("attack", "NOUN", "dobj", 2), (".", "PUNCT", "punct", 2)]
    ents = by_name(extract_entities(parsed(vocab, rows, [(0, 1, "NORP")])))
    assert "Islamic" not in ents
    assert ents["Islamic State"].type == "ORG"
    assert ents["Islamic State"].actor.sector == "REB"


def test_known_organisation_the_model_missed(vocab):
    rows = [("Human", "PROPN", "compound", 2), ("Rights", "PROPN", "compound", 2), ("Watch", "PROPN", "nsubj", 3),
            ("criticised", "VERB", "ROOT", 3), ("the", "DET", "det", 5), ("law", "NOUN", "dobj", 3), (".", "PUNCT", "punct", 3)]
    ents = by_name(extract_entities(parsed(vocab, rows)))
    assert ents["Human Rights Watch"].actor.sector == "NGO"


def test_unknown_capitalised_run_is_no_organisation(vocab):
    rows = [("Blue", "PROPN", "compound", 2), ("River", "PROPN", "compound", 2), ("Trust", "PROPN", "nsubj", 3),
            ("criticised", "VERB", "ROOT", 3), ("the", "DET", "det", 5), ("law", "NOUN", "dobj", 3), (".", "PUNCT", "punct", 3)]
    assert not [e for e in extract_entities(parsed(vocab, rows)).entities if e.named]


def _store_rows(city):
    return [("She", "PRON", "nsubj", 1), ("visited", "VERB", "ROOT", 1), ("a", "DET", "det", 3),
            (city, "PROPN", "compound", 4), ("court", "NOUN", "dobj", 1), (".", "PUNCT", "punct", 1)]


def test_capital_modifying_a_noun_is_a_place_not_its_government(vocab):
    ents = by_name(extract_entities(parsed(vocab, _store_rows("Paris"), [(3, 4, "GPE")])))
    assert ents["Paris"].actor.country == "FRA"
    assert ents["Paris"].actor.sector is None


def test_capital_as_subject_is_its_government(vocab):
    rows = [("Paris", "PROPN", "nsubj", 1), ("rejected", "VERB", "ROOT", 1), ("the", "DET", "det", 3),
            ("plan", "NOUN", "dobj", 1), (".", "PUNCT", "punct", 1)]
    ents = by_name(extract_entities(parsed(vocab, rows, [(0, 1, "GPE")])))
    assert ents["Paris"].actor.sector == "GOV"


def test_portuguese_particle_inside_a_name_after_a_title(vocab):
    rows = [("Officials", "NOUN", "nsubj", 1), ("met", "VERB", "ROOT", 1), ("President", "PROPN", "compound", 6),
            ("Luiz", "PROPN", "compound", 6), ("Lula", "PROPN", "compound", 6), ("da", "PROPN", "compound", 6),
            ("Silva", "PROPN", "dobj", 1), (".", "PUNCT", "punct", 1)]
    ents = by_name(extract_entities(parsed(vocab, rows, [(3, 7, "PERSON")]), "2005-05-01"))
    assert "Luiz Lula da Silva" in ents
    assert "Luiz Lula" not in ents


def _government_rows(word):
    return [("Aid", "NOUN", "compound", 1), ("groups", "NOUN", "nsubj", 2), ("said", "VERB", "ROOT", 2),
            ("the", "DET", "det", 4), (word, "PROPN", "nsubj", 8), ("of", "ADP", "prep", 4), ("Myanmar", "PROPN", "pobj", 5),
            ("has", "AUX", "aux", 8), ("expelled", "VERB", "ccomp", 2), ("them", "PRON", "dobj", 8), (".", "PUNCT", "punct", 2)]


def test_capitalised_government_of_a_country_is_that_government(vocab):
    ents = extract_entities(parsed(vocab, _government_rows("Government"), [(6, 7, "GPE")])).entities
    gov = [e for e in ents if not e.named and e.name.lower().endswith("government")]
    assert gov and gov[0].actor.country == "MMR" and gov[0].actor.sector == "GOV"


def test_capitalised_word_without_of_a_country_stays_out(vocab):
    rows = [("Aid", "NOUN", "compound", 1), ("groups", "NOUN", "nsubj", 2), ("said", "VERB", "ROOT", 2),
            ("the", "DET", "det", 4), ("Government", "PROPN", "nsubj", 6), ("has", "AUX", "aux", 6),
            ("expelled", "VERB", "ccomp", 2), ("them", "PRON", "dobj", 6), (".", "PUNCT", "punct", 2)]
    assert not [e for e in extract_entities(parsed(vocab, rows)).entities if e.name.lower().endswith("government")]
