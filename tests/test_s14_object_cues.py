"""Object cues, session 14 (issue #18): a verb PolNeAR marks with a noun-phrase object
("credited the governor", "ordered an inquiry") is a ``reaction`` with its subject as
source; not without a subject, not inside quote marks, not where a report holds it.
Sentences written for the tests."""

from __future__ import annotations

from newsfacts.nlp.quotes.object_cues import object_cue_verbs


def _by_cue(record):
    return {q["cue"]["text"]: q for q in record["quotes"] if q["cue"]}


def _sources(text, q):
    return [text[s:e] for s, e in q["speaker_evidence"]]


def test_lexicon_holds_counted_verbs_only():
    verbs = object_cue_verbs()
    assert "object" in verbs["credit"] and "object" in verbs["order"]
    assert "make" not in verbs and "say" not in verbs  # (an act; a reporting verb handled by the cues)


def test_credited_object_is_a_reaction_of_the_subject(extract_text):
    text = "Mayor Ann Tolliver credited the volunteers for the quick cleanup of the river."
    rec = extract_text(text)
    quotes = _by_cue(rec)
    assert "credited" in quotes, quotes.keys()
    q = quotes["credited"]
    assert q["kind"] == "reaction"
    assert q["text"].startswith("the volunteers")
    assert _sources(text, q) == ["Mayor Ann Tolliver"]


def test_ordered_object_with_auxiliary_in_cue(extract_text):
    text = "The regional court has ordered a new count of the ballots in Milford."
    rec = extract_text(text)
    q = _by_cue(rec).get("has ordered")
    assert q is not None, _by_cue(rec).keys()
    assert q["text"].startswith("a new count")
    assert _sources(text, q) == ["The regional court"]


def test_no_reaction_inside_a_report_or_a_quote(extract_text):
    text = 'Pat Lowe said the board credited the staff. "We credit the nurses," Lowe added.'
    rec = extract_text(text)
    assert not any(q["kind"] == "reaction" for q in rec["quotes"]), [(q["cue"], q["text"]) for q in rec["quotes"]]


def test_no_reaction_without_a_subject(extract_text):
    text = "Crediting the volunteers was easy for everyone in town."
    rec = extract_text(text)
    assert not any(q["kind"] == "reaction" for q in rec["quotes"])


def test_push_for_takes_the_preposition_in_the_cue(extract_text):
    text = "Local farmers have pushed for a ban on the new pesticide since spring."
    rec = extract_text(text)
    quotes = _by_cue(rec)
    assert "have pushed for" in quotes, quotes.keys()
    q = quotes["have pushed for"]
    assert q["kind"] == "reaction"
    assert q["text"].startswith("a ban on the new pesticide")
    assert _sources(text, q) == ["Local farmers"]


def test_acts_stay_out(extract_text):
    text = "Ann Roe gave money to the shelter and pledged $5,000 to the school."
    rec = extract_text(text)
    assert rec["quotes"] == [], [(q["cue"], q["text"]) for q in rec["quotes"]]


def test_looking_to_is_an_intent_with_its_subject(extract_text):
    text = "City Democrats were looking to win back the council seat in Dorsett."
    rec = extract_text(text)
    quotes = _by_cue(rec)
    assert "were looking" in quotes, quotes.keys()
    q = quotes["were looking"]
    assert q["text"].startswith("to win back the council seat")
    assert _sources(text, q) == ["City Democrats"]


def test_look_to_a_person_is_no_infinitive(extract_text):
    text = "Many voters look to the mayor in hard times."
    rec = extract_text(text)
    assert rec["quotes"] == [], [(q["cue"], q["text"]) for q in rec["quotes"]]
