"""Predicate adjectives with a content, session 15 (issue #18, recall): any adjective after a
copula with a content clause ("are worried that ...", "is not sure whether ...") or an "about"
topic ("were irritated about ..."), and the counted rows with a "to" infinitive ("is eager to
...") are attributions of the subject; not a result clause ("so fierce that"), not an
expletive subject, not a negated topic. Sentences written for the tests."""

from __future__ import annotations

from newsfacts.nlp.quotes.words import ANY_ADJECTIVE, STANCE_ADJECTIVES


def _by_cue(record):
    return {q["cue"]["text"]: q for q in record["quotes"] if q["cue"]}


def _sources(text, q):
    return [text[s:e] for s, e in q["speaker_evidence"]]


def test_lexicon_rows():
    assert {"that", "clause", "about"} <= ANY_ADJECTIVE and "of" not in ANY_ADJECTIVE
    assert "to" in STANCE_ADJECTIVES["eager"] and "likely" not in STANCE_ADJECTIVES
    assert "*" not in STANCE_ADJECTIVES


def test_worried_that_clause_is_the_subjects(extract_text):
    text = "The harbour board is worried that the new levy could drive shipping firms away from Dunmore."
    rec = extract_text(text)
    q = _by_cue(rec).get("is worried")
    assert q is not None, _by_cue(rec).keys()
    assert q["text"].startswith("that the new levy")
    assert _sources(text, q) == ["The harbour board"]


def test_clause_without_that_and_negation(extract_text):
    text = "Many farmers in the valley are not sure whether the subsidy will reach them before winter."
    rec = extract_text(text)
    q = _by_cue(rec).get("are not sure")
    assert q is not None, _by_cue(rec).keys()
    assert "the subsidy will reach them" in q["text"]
    assert _sources(text, q) == ["Many farmers in the valley"]


def test_about_topic(extract_text):
    text = "Council members who backed the plan were irritated about the slow pace of repairs."
    rec = extract_text(text)
    q = next((q for c, q in _by_cue(rec).items() if "irritated about" in c), None)
    assert q is not None, _by_cue(rec).keys()
    assert q["text"].startswith("the slow pace of repairs")


def test_eager_to_infinitive(extract_text):
    text = "The mayor's office was eager to settle the dispute with the transit union before the holidays."
    rec = extract_text(text)
    q = _by_cue(rec).get("was eager")
    assert q is not None, _by_cue(rec).keys()
    assert q["text"].startswith("to settle the dispute")
    assert _sources(text, q) == ["The mayor's office"]


def test_result_clause_expletive_and_unlisted_infinitive_are_no_cues(extract_text):
    for text in (
        "The storm was so fierce that the ferry stayed in port for three days.",
        "It is clear that the bridge will not open before June.",
        "The ferry company is likely to raise its fares next spring.",
    ):
        rec = extract_text(text)
        assert not rec["quotes"], (text, [(q["cue"], q["text"]) for q in rec["quotes"]])


def test_negated_topic_is_no_cue(extract_text):
    text = "The inspectors were not concerned about the old pipes under Mill Street."
    rec = extract_text(text)
    assert not any("concerned" in (q["cue"] or {}).get("text", "") for q in rec["quotes"]), rec["quotes"]
