"""Raising verbs as cues (issue #18, session 10): "seem" and "appear" with a complement are
attributions with no source, their content the subject and the complement (as PolNeAR marks
them); not without that complement, and not when the complement's verb reports itself.
Sentences written for these tests."""

from __future__ import annotations


def _quotes(extract_text, text: str) -> list[tuple[str, str, list]]:
    rec = extract_text(text)
    return [(q["cue"]["text"], q["text"], q["speaker_evidence"]) for q in rec["quotes"]]


def test_seem_with_an_infinitive_is_a_sourceless_attribution(extract_text):
    text = "The mayor's new budget seemed to please almost nobody at the council meeting on Monday.\n"
    got = _quotes(extract_text, text)
    [(cue, content, source)] = [g for g in got if "seem" in g[0]]
    assert content.startswith("The mayor's new budget ... to please almost nobody")
    assert source == []


def test_appear_with_an_adjective_takes_subject_and_adjective(extract_text):
    text = "By late evening the two campaigns appeared confident about the result in Ohio.\n"
    got = _quotes(extract_text, text)
    [(cue, content, source)] = [g for g in got if "appear" in g[0]]
    assert content.startswith("the two campaigns ... confident")


def test_appear_on_a_program_is_no_cue(extract_text):
    text = "Ann Roe first appeared on a local radio program in 2010.\n"
    assert not [g for g in _quotes(extract_text, text) if "appear" in g[0]]


def test_seem_before_a_reporting_verb_leaves_the_inner_attribution(extract_text):
    text = "Senator Ann Roe seemed to blame the network for the long delay on Tuesday.\n"
    got = _quotes(extract_text, text)
    assert not [g for g in got if g[1].startswith("Senator Ann Roe")]
    [(cue, content, source)] = got
    assert "blame" in cue and content.startswith("the network")
    assert source
