"""Quote recall and precision, eighth round (issue #18): phrasal cues whose object is what was
said ("walked back his comments"), and quote marks inside markup tags that quote no one
(an embedded tweet's ``author="@roe"``). Sentences written for the tests."""

from __future__ import annotations

import pytest

from newsfacts.nlp.quotes.marks import scan_marks


def _cues(record):
    return {q["cue"]["text"]: q["text"] for q in record["quotes"] if q["cue"]}


@pytest.mark.parametrize(
    "text,cue,content",
    [
        ("Senator Ann Roe walked back her comments about the tax on Tuesday.", "walked back", "her comments about the tax"),
        ("The governor shrugged off the criticism from his rivals.", "shrugged off", "the criticism from his rivals"),
        ("Mayor Tom Ames played down the risk of a strike.", "played down", "the risk of a strike"),
        ("Ann Roe brushed aside concerns about her health.", "brushed aside", "concerns about her health"),
        ("Tom Ames doubled down on his claim that the vote was rigged.", "doubled down on", "his claim that the vote was rigged"),
    ],
)
def test_phrasal_cue_takes_its_object(extract_text, text, cue, content):
    cues = _cues(extract_text(text))
    assert cues.get(cue) == content, cues


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ames walked back to the car after the rally.",  # no object: a walk, not a retraction
        "The senator played with her dog in the park.",
    ],
)
def test_phrasal_verb_without_its_particle_or_object_is_no_cue(extract_text, text):
    assert extract_text(text)["quotes"] == []


def test_marks_inside_a_tag_pair_no_quote():
    text = 'Roe wrote: <tweet id="123" author="@roe" datetime="2016-06-29">We will win. \u2014 Ann Roe (@roe)</tweet>. "Yes," she said.'
    spans, _ = scan_marks(text)
    assert [text[m.start : m.end] for m in spans] == ['"Yes,"']


def test_marks_outside_tags_still_pair():
    text = 'A sign read "No entry" and the tag <b>bold</b> followed.'
    spans, _ = scan_marks(text)
    assert [text[m.start : m.end] for m in spans] == ['"No entry"']


def test_no_quote_from_tweet_markup(extract_text):
    text = (
        'Ann Roe answered on Twitter.\n\n<tweet id="747986907162877952" author="@annroe" datetime="2016-06-29">'
        "The media makes everything up! \u2014 Ann Roe (@annroe) June 29, 2016</tweet>.\n\nTom Ames said the report was false."
    )
    rec = extract_text(text)
    assert not any("author=" in q["text"] or "id=" in q["text"] for q in rec["quotes"]), [q["text"] for q in rec["quotes"]]
    assert _cues(rec).get("said") == "the report was false"


def test_no_attribution_made_of_a_tag(extract_text):
    text = (
        "Ann Roe reacted on Twitter.\n\n"
        '<tweet pic="" author="annroe" timestamp="1449075600" tweet_id="672152791717158917">The shooting looks very bad. '
        "God bless the police.</tweet>.\n\nTom Ames said the police acted fast."
    )
    rec = extract_text(text)
    assert not any("<" in q["text"] or "author=" in q["text"] for q in rec["quotes"]), [q["text"] for q in rec["quotes"]]
    assert _cues(rec).get("said") == "the police acted fast"


@pytest.mark.parametrize(
    "text,cue,content",
    [
        # a second predicate of the source in the cue's tense, the complement's verb in another
        ("Senator Ann Roe insists the party must be a party of ideas, and has championed an agenda of tax cuts.", "insists", "the party must be a party of ideas"),
        ("Ann Roe proposed that more troops be left in Iraq, and pushed to arm the rebels.", "proposed", "that more troops be left in Iraq"),
        # "called for X to Y": the infinitive after the topic belongs to it
        ("Earlier in the week, Ann Roe called for a special prosecutor to investigate the deal, saying the agency was biased.", "called for", "a special prosecutor to investigate the deal"),
        # a subordinate clause's cue keeps its own object, not the main clause's complement
        ("Though he did not mention Tom Ames by name, Roe made it clear that he felt Ames should drop out.", "did not mention", "Tom Ames by name"),
    ],
)
def test_content_boundaries(extract_text, text, cue, content):
    cues = _cues(extract_text(text))
    assert cues.get(cue) == content, cues


def test_same_tense_predicate_stays_in_the_content(extract_text):
    # both verbs in the past: what she said may hold both ("she was tired and wanted a break")
    cues = _cues(extract_text("Tom Ames said the plan would fail, and the governor agreed."))
    assert cues.get("said") == "the plan would fail", cues


_FILLER = (
    "It is a long answer about taxes and trade and the budget and the schools, and it goes on for a while, "
    "as answers on cable news do when the host lets the guest speak. "
)


def test_long_paragraph_after_a_name_is_that_persons_turn(extract_text):
    text = (
        "The panel argued about the plan on Sunday night.\n\nAlex Seitz-Wald: She is right on all these things if you dig down, "
        "but it is the vegetables. " + _FILLER + "\n\nTom Ames: Well, speculation is bad."
    )
    rec = extract_text(text)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    turns = [(names.get(q["speaker"]), q["text"]) for q in rec["quotes"] if q["cue"] and q["cue"]["text"] == ":"]
    assert ("Alex Seitz-Wald", text[text.index("She is right") : text.rindex(".", 0, text.index("\n\nTom"))]) in turns, turns


def test_long_list_after_a_place_is_no_turn(extract_text):
    names = ", ".join(f"{a} {b}" for a in ("Tim", "Ann", "Sue", "Bob", "Jane") for b in ("Albrecht", "Barron", "Miller", "Doyle", "Smith"))
    text = "The state chairs were named on Monday.\n\nIowa: " + names + "."
    assert extract_text(text)["quotes"] == []


def test_content_cut_before_a_link_tag(extract_text):
    text = 'Ann Roe said the full list of donors is posted at <a href="http://example.com/list">the campaign site</a> tonight.'
    assert _cues(extract_text(text)).get("said") == "the full list of donors is posted at"
