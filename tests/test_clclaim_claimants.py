"""Who claims a number: the report that governs its clause (issue #20, claimants).

Sentences written for these tests; each names who the story says reported the number, or
narrates it (the outlet's, claimant null)."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims.claimants import _sentence_between, claimant_words


def _claimant(record, surface: str):
    """The name of the entity claiming the claim whose text is ``surface`` (None: the outlet)."""
    names = {e["id"]: e["name"] for e in record["entities"]}
    claims = [c for c in record["claims"] if c["text"] == surface]
    assert claims, [c["text"] for c in record["claims"]]
    cid = claims[0]["claimant"]
    return names[cid] if cid else None


@pytest.mark.parametrize("text, surface, who", [
    # reported speech: the speaker of the clause
    ("Mayor Jane Roe said the plan would cost $1.2 billion.", "$1.2 billion", "Jane Roe"),
    ("Mayor Jane Roe said the plan would cost $1.2 billion, and Senator Ada Quill said it would create 300 jobs.",
     "300", "Ada Quill"),
    # a figure a verb of estimating states, with no quote record
    ("Reuters estimates the senator's fortune at about $42 million.", "about $42 million", "Reuters"),
    ("The Tribune put the senator's net worth at $45 million.", "$45 million", "Tribune"),
    # a finding: its maker, named before it or after "from"
    ("A recent CNN survey found 90 percent support for the levy.", "90 percent", "CNN"),
    ("The town had 115 burglaries in 2014, according to the most recent data available from the FBI.", "115", "FBI"),
    ("The Heritage Foundation website notes that 90 young conservatives met in 1960.", "90", "Heritage Foundation"),
    # a finding noun with its owner
    ("The Tax Policy Center's estimate of $84 billion was lower than the campaign's.", "$84 billion", "Tax Policy Center"),
    ("Despite Mr. Trump's claims that his net worth exceeds $10 billion, the firms put him lower.", "$10 billion", "Trump"),
    # a figure rated "as" something, a cue set off by commas inside what it reports
    ("PolitiFact rated 32% of the claims as false.", "32%", "PolitiFact"),
    ("These workers, Senator Ada Quill explained on Monday, were well paid, making $40,000 a year.", "$40,000", "Ada Quill"),
    # "it" as a source: the one organisation named before it in the sentence
    ("The levy rose 9 percent, according to the Tax Foundation, twice what it projected for the middle one-fifth.",
     "one-fifth", "Tax Foundation"),
    # a relative pronoun: the noun its clause describes
    ("The Chicago Police Department, which reported 2,300 shootings last year, declined to comment.",
     "2,300", "Chicago Police Department"),
])
def test_clclaim_report_gives_the_claimant(extract_text, text, surface, who):
    assert _claimant(extract_text(text), surface) == who


@pytest.mark.parametrize("text, surface", [
    # praise, blame or stance outside quotation marks: the number is the writer's
    ("Senator Ada Quill criticized the arrest of a 40-year-old man in Dover.", "40-year"),
    ("Senator Ada Quill voted against the $700 billion bailout.", "$700 billion"),
    ("Senator Ada Quill endorsed eight candidates for the state house.", "eight"),
    # a negated or hypothetical report reports nothing
    ("Senator Ada Quill never mentioned Tom Ames, who trailed by 20 points.", "20 points"),
    ('If somebody walks in and says, "I want 10,000 rounds," you worry.', "10,000"),
    # an aside of place or time in reported speech is the writer's
    ("Senator Ada Quill said she would visit the state, where thousands of people remain homeless.", "thousands"),
    # a topic a verb reacts to, and an aside on what it reacts to, are in the writer's words
    ("Senator Ada Quill continually brags about her prowess in her 11 debates.", "11"),
    ("Senator Ada Quill showed support for the public option, which would allow people ages 55 to 65 to buy into Medicare.",
     "55 to 65"),
    # the number is in the source's own words
    ("The bill stalled, according to two senators present.", "two"),
    # verbs that state no figure here: ranked without an object, found with no finding
    ("Beijing ranked fourth with 51 billionaires.", "51"),
    ("Police in Dover found $5 million in cash.", "$5 million"),
    # a verb of knowing: the writer asserts its clause
    ("Senator Ada Quill learned that the company had lost $900 million.", "$900 million"),
])
def test_clclaim_narration_has_no_claimant(extract_text, text, surface):
    assert _claimant(extract_text(text), surface) is None


def test_clclaim_unnamed_source_is_an_entity(extract_text):
    record = extract_text("The researchers reported that 40 percent of the patients recovered.")
    who = next(c["claimant"] for c in record["claims"] if c["text"] == "40 percent")
    entity = next(e for e in record["entities"] if e["id"] == who)
    assert entity["name"] == "researchers" and entity["named"] is False


@pytest.mark.parametrize("text, expected", [
    ('he said "we will win."  With 76 percent', True),  # a sentence the parser ran on
    ("in Iowa. The poll", True),
    ("Smith said Mr. Trump spent", False),  # a title's period
    ("troops entering the U.S. Army base", False),
    ("a 5.5 Million", False),
])
def test_clclaim_sentence_between(text, expected):
    assert _sentence_between(text, 0, len(text)) is expected


def test_clclaim_lexicon_kinds():
    words = claimant_words()
    assert {"figure_object", "figure_at", "figure_prep", "finding_noun", "finding_verb", "speech_stance", "factive"} <= set(words)
    assert "estimate" in words["figure_object"] and "put" in words["figure_at"] and "put" not in words["figure_object"]
