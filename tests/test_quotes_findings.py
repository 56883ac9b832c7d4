"""Findings and shares as quote sources (nlp/quotes/findings.py): the maker of "the
statement" or "the survey" named before it, and the group a share counts. Sentences
written for these tests."""

import pytest


def _find(record, needle):
    ents = {e["id"]: e["name"] for e in record["entities"]}
    found = [(q, ents.get(q["speaker"])) for q in record["quotes"] if needle in q["text"]]
    assert found, f"no quote containing {needle!r}: {[q['text'] for q in record['quotes']]}"
    return found[0]


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # the maker of a document or poll named before it speaks for "the statement"/"the survey"
        ("The Pew Research Center released a survey on Monday. The survey found that most adults distrust the media.",
         "most adults distrust the media", "Pew Research Center"),
        ("The Brookings Institution issued a statement on Friday. The statement said the new tax would hurt farmers.",
         "the new tax would hurt farmers", "Brookings Institution"),
        ("A new letter was released by the Sierra Club. The letter said the dam was unsafe.", "the dam was unsafe", "Sierra Club"),
        # a share speaks for the group it counts
        ("A majority of Democrats said the nominee should be a governor.", "the nominee should be a governor", "Democrats"),
        ("Among Republicans, 27 percent said they would vote for the senator.", "they would vote for the senator", "Republicans"),
        # a bare share: the group of the share before it in the same paragraph
        ("In a survey, 46 percent of Republicans said taxes were too high. Another 32 percent said they were fair.",
         "they were fair", "Republicans"),
    ],
)
def test_findings_and_shares_speak(extract_text, text, content, speaker):
    q, who = _find(extract_text(text), content)
    assert who == speaker, q["speaker_reason"]
    assert q["speaker_reason"]


@pytest.mark.parametrize(
    "text,content",
    [
        # an indefinite or other document is not the one made before
        ("The Pew Research Center released a survey on Monday. A survey by a rival found that most adults trust the media.",
         "most adults trust the media"),
        ("The Brookings Institution issued a statement on Friday. One statement from an unknown group said the tax was fair.",
         "the tax was fair"),
        # a share of a pronoun, or a bare share in a new paragraph, counts nobody named
        ("Nearly 10 percent of them said the race was over.", "the race was over"),
        ("In the poll, 46 percent of Republicans said taxes were too high.\n\n32 percent said the plan was fair.", "the plan was fair"),
        # a share of one person's group is not that person
        ("Half of Ann Roe's aides said the speech went badly.", "the speech went badly"),
    ],
)
def test_findings_and_shares_name_nobody_else(extract_text, text, content):
    q, who = _find(extract_text(text), content)
    assert who not in ("Pew Research Center", "Brookings Institution", "Republicans", "Ann Roe"), q["speaker_reason"]


@pytest.mark.parametrize(
    "text,content,source",
    [
        # "X, according to Y, was angry and said Z": Z is X's, not Y's
        ("The mayor, according to aides, was angry and said the vote was rigged.", "the vote was rigged", "The mayor"),
        ("The mayor, according to aides, was angry and said the vote was rigged.", "was angry", "aides"),
        # a fronted participle takes the main verb's subject, never a word of its own content
        ("Bemoaning the \u201cphony system,\u201d Tom Vale said on Monday that he would fight on.", "phony system", "Tom Vale"),
        # the parser hung the name on the verb of its "whose" aside: the name is still the source
        ("Hal Brisk owns a soap firm. Mr. Brisk, whose second venture, Tallow, uses old soap to help hotels cut waste, said the tax was a mistake.",
         "the tax was a mistake", "Mr. Brisk, whose second venture, Tallow, uses old soap to help hotels cut waste,"),
        # the name after a quote, with an age, and a second verb of its own
        ("\u201cWe have lost our homes,\u201d Maria Ramos, 58, told reporters, and said she would stay.", "she would stay", "Maria Ramos, 58,"),
    ],
)
def test_sources_of_asides_and_participles(extract_text, text, content, source):
    rec = extract_text(text)
    q, _ = _find(rec, content)
    assert [text[s:e] for s, e in q["speaker_evidence"]] == [source]


@pytest.mark.parametrize(
    "text,content",
    [
        # one of two makers or two groups is neither
        ("Ann Roe and Tom Vale filed a lawsuit on Monday. The lawsuit said the county had lied.", "the county had lied"),
        ("In a survey, 31 percent of Republicans and independents said the war was a mistake.", "the war was a mistake"),
    ],
)
def test_findings_never_one_of_two(extract_text, text, content):
    q, who = _find(extract_text(text), content)
    assert who is None, q["speaker_reason"]


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # "the group"/"the organization": the organisation that was the last main subject or speaker
        ("The Heritage Foundation released new figures on Monday. The organization said wages had stalled.",
         "wages had stalled", "Heritage Foundation"),
        # another subject in between: nobody ("the group" may be the volunteers)
        ("The Heritage Foundation released new figures on Monday. Volunteers marched in Ohio. The group said wages had stalled.",
         "wages had stalled", None),
    ],
)
def test_generic_organisation_words(extract_text, text, content, speaker):
    q, who = _find(extract_text(text), content)
    assert who == speaker, q["speaker_reason"]


def _participle_doc(words, heads, deps, pos, tags):
    from spacy.lang.en import English
    from spacy.tokens import Doc
    from spacy.vocab import create_vocab

    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    return Doc(create_vocab("en", English.Defaults), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)


@pytest.mark.parametrize(
    "first,expected",
    [
        ("Bemoaning", "Vale"),  # the participle opens the line: the subject after its phrase
        ("Later", None),  # (no participle)
    ],
)
def test_fronted_participle_takes_the_subject_after_its_phrase(first, expected):
    from newsfacts.nlp.quotes.sources import fronted_participle_subject

    # 'Bemoaning the rigged game, Vale accused Dorn.' parsed as the bad parse had it: the
    # participle hung elsewhere ("acl"), with no subject of its own
    words = [first, "the", "rigged", "game", ",", "Vale", "accused", "Dorn", "."]
    doc = _participle_doc(
        words, [6, 3, 3, 0, 6, 6, 6, 6, 6], ["acl", "det", "amod", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
        ["VERB", "DET", "ADJ", "NOUN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"],
        ["VBG" if first.endswith("ing") else "RB", "DT", "JJ", "NN", ",", "NNP", "VBD", "NNP", "."],
    )
    got = fronted_participle_subject(doc, doc.text, doc[0])
    assert (got.text if got is not None else None) == expected
