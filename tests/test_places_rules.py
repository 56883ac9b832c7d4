"""Rule tests for the places stage: candidate choice on names and hand-built Docs (no model)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from newsfacts.nlp.places import candidates, extract_places, resolve

VOCAB = spacy.blank("en").vocab


@pytest.mark.parametrize("name,qualifier,country,admin1,kind", [
    ("Paris", "Texas", "USA", "TX", "city"),
    ("Vienna", "Virginia", "USA", "VA", "city"),
    ("New York", "state", "USA", None, "state"),
    ("Paris", None, "FRA", None, "capital"),
])
def test_places_resolve_qualifier_picks_candidate(name, qualifier, country, admin1, kind):
    cand, reason = resolve(name, qualifier=qualifier)
    assert (cand.country, cand.admin1, cand.kind) == (country, admin1, kind)
    assert (f"'{qualifier}' after the name" in reason) == (qualifier is not None)


def test_places_resolve_other_places_in_the_story_decide():
    cand, reason = resolve("Georgia", context=[("Atlanta", "USA", "city", "GA")])
    assert (cand.kind, cand.country) == ("state", "USA")
    assert "also names Atlanta in USA" in reason


def test_places_resolve_without_context_takes_the_most_prominent():
    cand, reason = resolve("Georgia")
    assert (cand.kind, cand.country) == ("country", "GEO")
    assert "most prominent" in reason


def test_places_resolve_entities_countries_decide_among_prominent():
    from collections import Counter

    cand, reason = resolve("Georgia", context_countries=Counter({"USA": 3}))
    assert (cand.kind, cand.country) == ("state", "USA")
    assert "point to USA most (3 of them)" in reason


def test_places_candidates_lexicon_entry_alone():
    (cand,) = candidates("the West Bank")
    assert (cand.name, cand.kind, cand.country, cand.gazetteer_id) == ("West Bank", "territory", "PSE", "newsfacts:region/west-bank")


def test_places_resolve_unknown_name():
    cand, reason = resolve("Xqzville")
    assert cand is None and reason.startswith("not in the gazetteers")


def test_places_extract_places_qualifier_after_a_comma():
    """ "Officials in Paris, Texas met." (spans no entity covers, on a hand-built Doc)."""
    words = ["Officials", "in", "Paris", ",", "Texas", "met", "."]
    doc = Doc(VOCAB, words=words, spaces=[True, True, False, True, True, False, False],
              heads=[5, 0, 1, 2, 2, 5, 5], deps=["nsubj", "prep", "pobj", "punct", "appos", "ROOT", "punct"],
              pos=["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
              ents=["O", "O", "B-GPE", "O", "B-GPE", "O", "O"])
    paris, texas = extract_places(doc, SimpleNamespace(entities=[]))
    assert (paris.id, paris.name, paris.kind, paris.country, paris.evidence) == ("p1", "Paris", "city", "USA", [(13, 18)])
    assert paris.located_in == "Texas, United States" and "'Texas' after the name" in paris.reason
    assert (texas.id, texas.name, texas.kind) == ("p2", "Texas", "region")
