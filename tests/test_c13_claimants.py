"""Claimants next to a claimed number (session 11, helper C3): an opening "According to X," whose
number the parse hangs on X, a conjunct of a verb of saying (``siblings.conjoined_reports``), and a
poll's sample size ("The poll of 1,004 adults") given the poll as its source words."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsfacts.nlp.claims.siblings import conj_report, governs_directly


def _claim(record: dict, text: str) -> dict:
    return next(c for c in record["claims"] if c["text"] == text or c["text"].startswith(text))


def _name(record: dict, claim: dict):
    names = {e["id"]: e["name"] for e in record["entities"]}
    return names.get(claim["claimant"])


def test_c13_an_opening_according_to_frame_claims_the_numbers_after_it(extract_text):
    r = extract_text(
        "The governor won the vote on Tuesday.\n\nAccording to the Associated Press, 512 of the 700 "
        "delegates back the governor."
    )
    assert _name(r, _claim(r, "512")) == "Associated Press"


def test_c13_the_frame_rule_is_what_gives_the_claimant(extract_text, monkeypatch):
    import newsfacts.nlp.claims.findings_after as findings_after

    text = "Turnout was low.\n\nAccording to the Associated Press, 512 of the 700 delegates back Kim."
    monkeypatch.setattr(findings_after, "SIBLINGS_OFF", True)
    off = extract_text(text)
    monkeypatch.setattr(findings_after, "SIBLINGS_OFF", False)
    on = extract_text(text)
    assert _claim(off, "512")["claimant"] is None
    assert _name(on, _claim(on, "512")) == "Associated Press"


def test_c13_a_poll_sample_size_names_the_poll_as_its_source(extract_text):
    r = extract_text("Voters are split on the tax.\n\nThe poll of 1,004 adults was conducted by telephone.")
    c = _claim(r, "1,004")
    spans = c["claimant_evidence"]
    assert spans
    text = "Voters are split on the tax.\n\nThe poll of 1,004 adults was conducted by telephone."
    assert text[spans[0][0] : spans[0][1]] == "The poll"


def _parsed(words, heads, deps, pos, lemmas):
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_c13_a_number_hung_on_the_report_verb_as_a_conjunct_finds_the_verb():
    # "It showed $200 to Acme , and $47 to Fox ."  with "$47" a conjunct of "showed" (a misparse)
    words = ["It", "showed", "$", "200", "to", "Acme", ",", "and", "$", "47", "to", "Fox", "."]
    heads = [1, 1, 3, 1, 1, 4, 1, 1, 9, 1, 9, 10, 1]
    deps = ["nsubj", "ROOT", "nmod", "dobj", "prep", "pobj", "punct", "cc", "nmod", "conj", "prep", "pobj", "punct"]
    pos = ["PRON", "VERB", "SYM", "NUM", "ADP", "PROPN", "PUNCT", "CCONJ", "SYM", "NUM", "ADP", "PROPN", "PUNCT"]
    lemmas = ["it", "show", "$", "200", "to", "Acme", ",", "and", "$", "47", "to", "Fox", "."]
    doc = _parsed(words, heads, deps, pos, lemmas)
    verb = conj_report(doc[9], {"show": "say"})
    assert verb is not None and verb.i == 1
    assert governs_directly(doc[3], verb) and not governs_directly(doc[9], verb)
    assert conj_report(doc[3], {"show": "say"}) is None


def test_c13_a_conjunct_clause_with_its_own_subject_is_not_the_report():
    # "Kim said it costs $5 , and 40 people left ."  with "left" a conjunct of "said"
    words = ["Kim", "said", "it", "costs", "$", "5", ",", "and", "40", "people", "left", "."]
    heads = [1, 1, 3, 1, 5, 3, 1, 1, 9, 10, 1, 1]
    deps = ["nsubj", "ROOT", "nsubj", "ccomp", "nmod", "dobj", "punct", "cc", "nummod", "nsubj", "conj", "punct"]
    pos = ["PROPN", "VERB", "PRON", "VERB", "SYM", "NUM", "PUNCT", "CCONJ", "NUM", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Kim", "say", "it", "cost", "$", "5", ",", "and", "40", "people", "leave", "."]
    doc = _parsed(words, heads, deps, pos, lemmas)
    assert conj_report(doc[8], {"say": "say"}) is None
