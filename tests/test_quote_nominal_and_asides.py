"""Rule units for two quote forms, on hand-built Docs (no model is loaded): nominal cues
("Roe's claim that taxes rose", nlp/quotes/nouns.py) and a cue set aside by commas with
words after it ("The answer, the lawyer told them, was simple", nlp/quotes/cues.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import create_vocab

from newsfacts.nlp.quotes import extract_quotes, scan_marks
from newsfacts.nlp.quotes.nouns import noun_attributions
from newsfacts.nlp.quotes.spans import Sents

VOCAB = create_vocab("en", English.Defaults)
_TAGS = {"VERB": "VBD", "AUX": "VBD", "NOUN": "NN", "PROPN": "NNP", "PRON": "PRP", "DET": "DT", "ADP": "IN", "SCONJ": "IN", "ADV": "RB", "ADJ": "JJ", "PART": "TO", "PUNCT": ".", "NUM": "CD", "CCONJ": "CC"}


def parse(spec: str) -> Doc:
    """A Doc from ``word/POS/head/dep[/lemma]`` items (head: absolute index); no space
    before punctuation or "'s"."""
    items = [x.split("/") for x in spec.split()]
    words = [x[0] for x in items]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".", "'s") for i in range(len(words))]
    return Doc(
        VOCAB, words=words, spaces=spaces, pos=[x[1] for x in items], tags=[_TAGS[x[1]] for x in items],
        heads=[int(x[2]) for x in items], deps=[x[3] for x in items], lemmas=[x[4] if len(x) > 4 else x[0].lower() for x in items],
    )


def stub_index(*people):
    """An entity index with one PERSON per ``(id, start, end, text)``."""
    entities = [SimpleNamespace(id=eid, type="PERSON", mentions=[SimpleNamespace(start=s, end=e, text=t)], roles=[]) for eid, s, e, t in people]
    spans = sorted((s, e, eid) for eid, s, e, _ in people)
    return SimpleNamespace(entities=entities, spans=spans, overlapping=lambda a, b: [x for x in spans if min(x[1], b) > max(x[0], a)])


def nominal(doc: Doc) -> list[tuple[str, str, str]]:
    """(cue, source, content) of each nominal attribution of ``doc``."""
    text = doc.text
    marked, _ = scan_marks(text)
    out = []
    for a in noun_attributions(doc, text, marked, Sents(doc), []):
        src = text[a.source[0] : a.source[1]] if a.source else ""
        out.append((text[a.cue[0] : a.cue[1]], src, " ... ".join(text[s:e] for s, e in a.content)))
    return out


CLAIM = "Roe/PROPN/2/poss 's/PART/0/case claim/NOUN/6/nsubj that/SCONJ/5/mark taxes/NOUN/5/nsubj rose/VERB/2/acl/rise drew/VERB/6/ROOT/draw laughter/NOUN/6/dobj ./PUNCT/6/punct"
MOCKED = "Critics/NOUN/1/nsubj mocked/VERB/1/ROOT/mock Roe/PROPN/4/poss 's/PART/2/case claim/NOUN/1/dobj that/SCONJ/7/mark taxes/NOUN/7/nsubj rose/VERB/4/acl/rise ./PUNCT/1/punct"
ARGUMENT = "The/DET/1/det senator/NOUN/2/nsubj made/VERB/2/ROOT/make the/DET/4/det argument/NOUN/2/dobj that/SCONJ/8/mark the/DET/7/det bill/NOUN/8/nsubj was/AUX/4/acl/be unfair/ADJ/8/acomp ./PUNCT/2/punct"
FEARS = "There/PRON/1/expl were/AUX/1/ROOT/be fears/NOUN/1/attr/fear that/SCONJ/7/mark the/DET/5/det party/NOUN/7/nsubj would/AUX/7/aux split/VERB/2/acl ./PUNCT/1/punct"
PROMISE = "Her/PRON/1/poss promise/NOUN/5/nsubj not/PART/4/neg to/PART/4/aux attend/VERB/1/acl surprised/VERB/5/ROOT/surprise aides/NOUN/5/dobj/aide ./PUNCT/5/punct"
IN_QUOTE = '"/PUNCT/4/punct Her/PRON/2/poss claim/NOUN/4/nsubj that/SCONJ/6/mark it/PRON/6/nsubj failed/VERB/2/acl/fail is/AUX/4/ROOT/be false/ADJ/4/acomp ./PUNCT/4/punct "/PUNCT/4/punct'


@pytest.mark.parametrize(
    "spec, expected",
    [
        (CLAIM, [("claim", "Roe's", "that taxes rose")]),  # a possessive owner, the noun the subject
        (ARGUMENT, [("argument", "The senator", "that the bill was unfair")]),  # the subject of a delivering verb
        (PROMISE, [("promise", "Her", "not to attend")]),  # a statement of intent, negated
        (MOCKED, []),  # the object of someone else's reaction: PolNeAR marks the critics' attribution
        (FEARS, []),  # nobody owns the fears
    ],
)
def test_nominal_cue_owner_and_content(spec, expected):
    assert nominal(parse(spec)) == expected


def test_nominal_cue_inside_a_quote_is_part_of_that_quote():
    doc = Doc(VOCAB, words=['"', "Her", "claim", "that", "it", "failed", "is", "false", ".", '"'],
              spaces=[False, True, True, True, True, True, True, False, False, False],
              pos=["PUNCT", "PRON", "NOUN", "SCONJ", "PRON", "VERB", "AUX", "ADJ", "PUNCT", "PUNCT"],
              heads=[6, 2, 6, 5, 5, 2, 6, 6, 6, 6], deps=["punct", "poss", "nsubj", "mark", "nsubj", "acl", "ROOT", "acomp", "punct", "punct"],
              lemmas=['"', "her", "claim", "that", "it", "fail", "be", "false", ".", '"'])
    assert nominal(doc) == []


def test_nominal_cue_is_an_indirect_quote_with_its_owner_as_speaker():
    doc = parse(CLAIM)
    (q,) = extract_quotes(doc, stub_index(("e1", 0, 3, "Roe")))
    assert (q.text, q.kind, q.cue.text, q.speaker) == ("that taxes rose", "indirect", "claim", "e1")


ADDED = "Taxes/NOUN/5/nsubj ,/PUNCT/3/punct Ames/PROPN/3/nsubj added/VERB/5/parataxis/add ,/PUNCT/3/punct were/AUX/5/ROOT/be high/ADJ/5/acomp ./PUNCT/5/punct"
TOLD = "The/DET/1/det answer/NOUN/8/nsubj ,/PUNCT/5/punct the/DET/4/det lawyer/NOUN/5/nsubj told/VERB/8/parataxis/tell them/PRON/5/dobj ,/PUNCT/5/punct was/AUX/8/ROOT/be simple/ADJ/8/acomp ./PUNCT/8/punct"
SAID_ON = "The/DET/1/det vote/NOUN/8/nsubj ,/PUNCT/4/punct Roe/PROPN/4/nsubj said/VERB/8/parataxis/say on/ADP/4/prep Monday/PROPN/5/pobj ,/PUNCT/4/punct was/AUX/8/ROOT/be late/ADJ/8/acomp ./PUNCT/8/punct"
ADDED_DELEGATES = "Ames/PROPN/1/nsubj added/VERB/1/ROOT/add five/NUM/3/nummod delegates/NOUN/1/dobj/delegate ./PUNCT/1/punct"


@pytest.mark.parametrize(
    "spec, name, content, cue, source",
    [
        (ADDED, (8, 12, "Ames"), ["Taxes", "were high"], "added", "Ames"),  # "add" needs a clause, and an aside gives one
        (TOLD, None, ["The answer", "was simple"], "told", "the lawyer"),  # the addressee after the cue stays out
        (SAID_ON, (11, 14, "Roe"), ["The vote", "was late"], "said", "Roe"),  # a time phrase after the cue stays out
    ],
)
def test_cue_set_aside_by_commas_splits_the_sentence(spec, name, content, cue, source):
    doc = parse(spec)
    (q,) = extract_quotes(doc, stub_index(("e1", *name)) if name else stub_index())
    assert [doc.text[s:e] for s, e in q.evidence] == content
    assert q.cue.text == cue
    assert [doc.text[s:e] for s, e in q.speaker_evidence] == [source]


def test_add_without_clause_or_aside_is_no_quote():
    assert extract_quotes(parse(ADDED_DELEGATES), stub_index()) == []


# --- nominal cues with a topic, negated nominal cues -------------------------------

ATTACKS = "Roe/PROPN/2/poss 's/PART/0/case attacks/NOUN/7/nsubj/attack on/ADP/2/prep the/DET/5/det judge/NOUN/3/pobj drew/VERB/7/ROOT/draw ./PUNCT/7/punct"
REMARKS_ON_DAY = "His/PRON/1/poss remarks/NOUN/4/nsubj/remark on/ADP/1/prep Saturday/PROPN/2/pobj were/AUX/4/ROOT/be brief/ADJ/4/acomp ./PUNCT/4/punct"
NO_INSTRUCTION = "There/PRON/1/expl was/AUX/1/ROOT/be no/DET/3/det instruction/NOUN/1/attr by/ADP/3/prep him/PRON/4/pobj to/PART/7/aux wait/VERB/3/acl ./PUNCT/1/punct"


@pytest.mark.parametrize(
    "spec, expected",
    [
        (ATTACKS, [("attacks on", "Roe's", "the judge")]),  # the topic after the preposition; the cue takes it
        (REMARKS_ON_DAY, []),  # a day is no topic
        (NO_INSTRUCTION, []),  # "no instruction": nothing was said
    ],
)
def test_nominal_cue_topic_and_negation(spec, expected):
    doc = parse(spec)
    if spec is REMARKS_ON_DAY:
        doc.set_ents([doc.char_span(15, 23, label="DATE")])
    assert nominal(doc) == expected


# --- "Asked about X": the topic of a question, the asker unnamed --------------------

ASKED = "Asked/VERB/6/advcl/ask about/ADP/0/prep the/DET/3/det loan/NOUN/1/pobj ,/PUNCT/6/punct Roe/PROPN/6/nsubj declined/VERB/6/ROOT/decline ./PUNCT/6/punct"


def test_asked_about_is_a_question_with_no_source():
    doc = parse(ASKED)
    doc[0].tag_ = "VBN"
    (q,) = extract_quotes(doc, stub_index(("e1", 17, 20, "Roe")))
    assert (q.text, q.cue.text, q.speaker_evidence, q.speaker) == ("the loan", "Asked about", [], None)


# --- title-case headlines -----------------------------------------------------------


def headline(words: str) -> Doc:
    """A title-case headline line and a body line, every token hung on the first (the
    rule reads words, not the parse)."""
    toks = words.split(" ")
    spaces = [i + 1 < len(toks) and toks[i + 1] != "." and toks[i] != "\n" and toks[i + 1] != "\n" for i in range(len(toks))]
    return Doc(VOCAB, words=toks, spaces=spaces, heads=[0] * len(toks), deps=["ROOT"] + ["dep"] * (len(toks) - 1), pos=["PROPN"] * len(toks), tags=["NNP"] * len(toks))


@pytest.mark.parametrize(
    "words, expected",
    [
        ("Ann Roe Slams Tom Ames On Taxes . \n Body text .", ("Slams", "Ann Roe", "Tom Ames On Taxes")),
        ("Roe Is Now Calling Ames A Liar . \n Body .", ("Is Now Calling", "Roe", "Ames A Liar")),
        ("Ohio Suspect Named By Police On Monday . \n Body .", None),  # "Named By": no report
        ("Why Voters Won't Back Roe . \n Body .", None),  # no reporting verb the lexicon knows in a title form
        ("Roe slams Ames on taxes . \n Body .", None),  # sentence case: the parser reads it (the cue pass)
    ],
)
def test_title_case_headline_verb(words, expected):
    from newsfacts.nlp.quotes.forms import title_headline_attributions
    from newsfacts.nlp.quotes.words import reporting_verbs

    doc = headline(words)
    text = doc.text
    marked, _ = scan_marks(text)
    got = title_headline_attributions(doc, text, marked, reporting_verbs(), [])
    if expected is None:
        assert got == []
    else:
        (a,) = got
        assert (text[a.cue[0] : a.cue[1]], text[a.source[0] : a.source[1]], text[a.content[0][0] : a.content[0][1]]) == expected


@pytest.mark.parametrize(
    "lemma, cls",
    [("bemoan", "speech"), ("chant", "speech"), ("deride", "evaluation"), ("chide", "evaluation"), ("wonder", "cognition")],
)
def test_reporting_verbs_of_complaint_mockery_and_wondering(lemma, cls):
    from newsfacts.nlp.quotes.words import reporting_verbs

    assert reporting_verbs()[lemma] == cls


@pytest.mark.parametrize("lemma", ["email", "request", "laud", "retweet"])
def test_verbs_whose_object_is_rarely_what_was_said_stay_out(lemma):
    """PolNeAR train: "emailed reporters", "requested anonymity", "lauded for": their
    object was the annotated content well under four times in five."""
    from newsfacts.nlp.quotes.words import reporting_verbs

    assert lemma not in reporting_verbs()


def test_content_stops_before_a_separator_line_the_parser_took_in():
    """'Roe praised the plan.' and a live blog's '___' line the parser hung on "plan"."""
    doc = Doc(VOCAB, words=["Roe", "praised", "the", "plan", ".", "\n\n", "___"], spaces=[True, True, True, False, False, False, False],
              pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "SPACE", "X"], tags=["NNP", "VBD", "DT", "NN", ".", "_SP", "NFP"],
              heads=[1, 1, 3, 1, 1, 4, 3], deps=["nsubj", "ROOT", "det", "dobj", "punct", "dep", "appos"],
              lemmas=["Roe", "praise", "the", "plan", ".", "\n\n", "___"])
    (q,) = extract_quotes(doc, stub_index(("e1", 0, 3, "Roe")))
    assert (q.text, q.cue.text) == ("the plan", "praised")


# --- "according to" in mid-sentence -------------------------------------------------

TALLY = ("Roe/PROPN/2/nsubj has/AUX/2/aux/have won/VERB/2/ROOT/win 75/NUM/4/nummod delegates/NOUN/2/dobj/delegate ,/PUNCT/2/punct "
         "according/VERB/2/prep/accord to/ADP/6/prep a/DET/9/det tally/NOUN/7/pobj ,/PUNCT/2/punct but/CCONJ/2/cc her/PRON/13/poss "
         "path/NOUN/14/nsubj is/AUX/2/conj/be narrow/ADJ/14/acomp ./PUNCT/2/punct")
DEAL = ("The/DET/1/det deal/NOUN/9/nsubj ,/PUNCT/9/punct according/VERB/9/prep/accord to/ADP/3/prep two/NUM/6/nummod "
        "aides/NOUN/4/pobj/aide ,/PUNCT/9/punct will/AUX/9/aux cost/VERB/9/ROOT more/ADJ/9/dobj ./PUNCT/9/punct")


@pytest.mark.parametrize(
    "spec, content, source",
    [
        (TALLY, ["Roe has won 75 delegates"], "a tally"),  # the clause before the cue, not the one after its source
        (DEAL, ["The deal", "will cost more"], "two aides"),  # a subject before the cue: both halves
    ],
)
def test_according_to_in_mid_sentence(spec, content, source):
    doc = parse(spec)
    (q,) = extract_quotes(doc, stub_index())
    assert [doc.text[s:e] for s, e in q.evidence] == content
    assert [doc.text[s:e] for s, e in q.speaker_evidence] == [source]
