"""Rule units of the quotes stage on hand-built Docs: no model is loaded. Each Doc is the
parse a sentence written for these tests should get, given token by token."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc
from spacy.vocab import create_vocab

from newsfacts.nlp.quotes import Attr, MarkIndex, extract_quotes, scan_marks
from newsfacts.nlp.quotes.complements import relative_which
from newsfacts.nlp.quotes.continuations import drop_nested, extend_with_following_quotes, floating_quotes
from newsfacts.nlp.quotes.cues import cue_span
from newsfacts.nlp.quotes.forms import colon_attributions, headline_names_source
from newsfacts.nlp.quotes.marks import adjacent_marked, group_spans, in_any, join_following_quote, para_at, paragraphs, quote_kind, stabbing, widen
from newsfacts.nlp.quotes.sources import np_span, subject_of
from newsfacts.nlp.quotes.spans import Sents, strip_span
from newsfacts.nlp.quotes.words import ADDRESSEE_CLAUSE_VERBS, ADDRESSEE_OBJECT_VERBS, ADDRESSEE_QUOTE_VERBS, NOT_SPEAKERS, reporting_verbs
from newsfacts.schema import Quote

VOCAB = create_vocab("en", English.Defaults)  # spacy.blank("en")'s vocab, without loading pipeline plugins
_TAGS = {"VERB": "VBD", "AUX": "MD", "NOUN": "NN", "PROPN": "NNP", "PRON": "PRP", "DET": "DT", "ADP": "IN", "SCONJ": "IN", "ADV": "RB", "ADJ": "JJ", "PART": "RP"}
_LEMMAS = {"said": "say", "told": "tell", "went": "go", "failed": "fail", "was": "be", "did": "do", "according": "accord", "tweeted": "tweet", "passed": "pass", "won": "win", "speaking": "speak"}
_NO_SPACE_BEFORE = {".", ",", ":"}


def make_doc(words, heads, deps, pos, *, tags=None, ents=None, quotes_close=()):
    """A parsed Doc: ``heads`` are absolute token indices; spaces follow English print
    (none before punctuation, none after an opening mark or before a closing one, whose
    indices are ``quotes_close``)."""
    n = len(words)
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < n else None
        opening = w == '"' and i not in quotes_close
        spaces.append(nxt is not None and nxt not in _NO_SPACE_BEFORE and not opening and (i + 1) not in quotes_close)
    tags = tags or [_TAGS.get(p, w) for w, p in zip(words, pos)]
    lemmas = [_LEMMAS.get(w, w.lower()) for w in words]
    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


def stub_index(*people):
    """An entity index with one PERSON per ``(id, start, end, text)``."""
    entities = [SimpleNamespace(id=eid, type="PERSON", mentions=[SimpleNamespace(start=s, end=e, text=t)], roles=[]) for eid, s, e, t in people]
    spans = sorted((s, e, eid) for eid, s, e, _ in people)
    return SimpleNamespace(entities=entities, spans=spans, overlapping=lambda a, b: [x for x in spans if min(x[1], b) > max(x[0], a)])


def roe_said_it_failed():
    """'Roe said it failed.'"""
    return make_doc(
        ["Roe", "said", "it", "failed", "."], [1, 1, 3, 1, 1], ["nsubj", "ROOT", "nsubj", "ccomp", "punct"], ["PROPN", "VERB", "PRON", "VERB", "PUNCT"],
        ents=["B-PERSON", "O", "O", "O", "O"],
    )


def roe_said_we_won():
    """'Roe said, "We won."'"""
    return make_doc(
        ["Roe", "said", ",", '"', "We", "won", ".", '"'], [1, 1, 1, 5, 5, 1, 5, 5],
        ["nsubj", "ROOT", "punct", "punct", "nsubj", "ccomp", "punct", "punct"], ["PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT"],
        quotes_close={7},
    )


# --- marks -------------------------------------------------------------------------


def test_marks_paragraphs_and_para_at():
    text = "One.\n\nTwo two.\nThree"
    paras = paragraphs(text)
    assert [text[p.start : p.end] for p in paras] == ["One.", "Two two.", "Three"]
    assert [para_at(paras, pos) for pos in (0, 7, 16)] == [0, 1, 2]


def test_marks_quote_continued_into_next_paragraph_is_one_group():
    text = '"We won the vote\n"and we will win again."'
    spans, warnings = scan_marks(text)
    assert [(text[m.start : m.end], m.closed) for m in spans] == [('"We won the vote', False), ('"and we will win again."', True)]
    assert warnings == []
    assert group_spans(MarkIndex(spans), spans[1]) == [(m.start, m.end) for m in spans]


@pytest.mark.parametrize("sorted_index", [True, False])
def test_marks_lookups_same_with_and_without_index(sorted_index):
    text = 'Roe said, "We won." Then "it rained" "hard".'
    marked = MarkIndex(scan_marks(text)[0])
    marked.sorted = sorted_index
    first, second, third = marked
    assert in_any(text.index("We"), marked) is first and in_any(0, marked) is None
    assert widen(text, text.index("won"), text.index("Then"), marked) == (first.start, text.index("Then"))
    assert join_following_quote(text, second.end, marked) == third.end  # quoted words right after: taken too
    assert adjacent_marked(text, marked, 4, 8) == (None, first)  # 'said, "We won."': the quote after the cue


@pytest.mark.parametrize(
    "text,content,kind",
    [
        ('"We won," Roe said.', '"We won,"', "direct"),
        ('Roe said it was "absolutely clear" to all.', 'it was "absolutely clear" to all', "partial"),
        ("Roe said it failed.", "it failed", "indirect"),
    ],
)
def test_marks_quote_kind(text, content, kind):
    s = text.index(content)
    assert quote_kind(text, [(s, s + len(content))], MarkIndex(scan_marks(text)[0])) == kind


def test_marks_stabbing_counts_spans_holding_a_position():
    holding = stabbing([(0, 10), (5, 8), (5, 8), (9, 9)])
    assert [holding(p) for p in (0, 5, 8, 9, 10)] == [1, 3, 1, 1, 0]


# --- spans and cues ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,upto,kept",
    [
        ("He left the U.S. today", "the U.S", "the U.S."),  # the period is the abbreviation's
        ("He left for Ohio. Then", "for Ohio", "for Ohio"),
        (", in the end, ", "in the end", "in the end"),  # stray punctuation at the edges goes
    ],
)
def test_spans_strip_span_edges(text, upto, kept):
    s = text.index(upto)
    e = s + len(upto) + (2 if text.startswith(",") else 0)
    s0 = 0 if text.startswith(",") else s
    a, b = strip_span(text, s0, e, [])
    assert text[a:b] == kept


def test_cues_cue_span_takes_auxiliaries_and_negation():
    doc = make_doc(
        ["Roe", "did", "not", "say", "it", "failed", "."], [3, 3, 3, 3, 5, 3, 3],
        ["nsubj", "aux", "neg", "ROOT", "nsubj", "ccomp", "punct"], ["PROPN", "AUX", "PART", "VERB", "PRON", "VERB", "PUNCT"],
        tags=["NNP", "VBD", "RB", "VB", "PRP", "VBD", "."],
    )
    s, e = cue_span(doc[3])
    assert doc.text[s:e] == "did not say"


def test_cues_ccomp_complement_is_an_indirect_quote():
    doc = roe_said_it_failed()
    (q,) = extract_quotes(doc, stub_index(("e1", 0, 3, "Roe")))
    assert (q.text, q.kind, q.cue.text, q.speaker, q.speaker_evidence) == ("it failed", "indirect", "said", "e1", [(0, 3)])
    assert q.speaker_reason == "named in the source"


def test_cues_adjacent_quote_is_the_content():
    doc = roe_said_we_won()
    assert doc.text == 'Roe said, "We won."'
    (q,) = extract_quotes(doc, stub_index(("e1", 0, 3, "Roe")))
    assert (q.text, q.kind, q.cue.text, q.speaker) == ('"We won."', "direct", "said", "e1")


def test_cues_cue_tokens_replace_the_lexicon():
    doc = roe_said_it_failed()
    assert extract_quotes(doc, stub_index(), cue_tokens={}) == []  # the detector chose no cue
    (q,) = extract_quotes(doc, stub_index(), cue_tokens={1: "speech"})
    assert q.text == "it failed"


def test_cues_according_to_names_the_source():
    doc = make_doc(
        ["The", "plan", "failed", ",", "according", "to", "Roe", "."], [1, 2, 2, 2, 2, 4, 5, 2],
        ["det", "nsubj", "ROOT", "punct", "prep", "prep", "pobj", "punct"], ["DET", "NOUN", "VERB", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT"],
        tags=["DT", "NN", "VBD", ",", "VBG", "IN", "NNP", "."],
    )
    (q,) = extract_quotes(doc, stub_index(("e1", 30, 33, "Roe")))
    assert (q.text, q.cue.text, q.speaker, q.speaker_evidence) == ("The plan failed", "according to", "e1", [(30, 33)])


def test_cues_relative_which_is_a_fragment_of_its_own():
    # "The tax, which he said would fail, passed."
    words = ["The", "tax", ",", "which", "he", "said", "would", "fail", ",", "passed", "."]
    doc = make_doc(
        words, [1, 9, 1, 7, 5, 1, 7, 5, 1, 9, 9],
        ["det", "nsubj", "punct", "nsubj", "nsubj", "relcl", "aux", "ccomp", "punct", "ROOT", "punct"],
        ["DET", "NOUN", "PUNCT", "PRON", "PRON", "VERB", "AUX", "VERB", "PUNCT", "VERB", "PUNCT"],
        tags=["DT", "NN", ",", "WDT", "PRP", "VBD", "MD", "VB", ",", "VBD", "."],
    )
    assert relative_which(doc[5]).i == 3
    (q,) = extract_quotes(doc, stub_index())
    assert [doc.text[s:e] for s, e in q.evidence] == ["which", "would fail"]
    assert q.text == "which ... would fail" and q.speaker is None and q.speaker_evidence == [(doc[4].idx, doc[4].idx + 2)]


def test_cues_relative_that_gives_no_which_fragment():
    words = ["The", "tax", "that", "he", "said", "would", "fail", "passed", "."]
    doc = make_doc(
        words, [1, 7, 6, 4, 1, 6, 4, 7, 7], ["det", "nsubj", "nsubj", "nsubj", "relcl", "aux", "ccomp", "ROOT", "punct"],
        ["DET", "NOUN", "PRON", "PRON", "VERB", "AUX", "VERB", "VERB", "PUNCT"], tags=["DT", "NN", "WDT", "PRP", "VBD", "MD", "VB", "VBD", "."],
    )
    assert relative_which(doc[4]) is None


# --- sources -------------------------------------------------------------------------


def _went_on_to_say():
    return make_doc(
        ["Roe", "went", "on", "to", "say", "it", "failed", "."], [1, 1, 1, 4, 1, 6, 4, 1],
        ["nsubj", "ROOT", "prt", "aux", "xcomp", "nsubj", "ccomp", "punct"], ["PROPN", "VERB", "ADP", "PART", "VERB", "PRON", "VERB", "PUNCT"],
        tags=["NNP", "VBD", "RP", "TO", "VB", "PRP", "VBD", "."],
    )


def _told_by(agent: bool):
    words = ["Roe", "was", "told", "by", "Ames", "that", "it", "failed", "."] if agent else ["Roe", "was", "told", "that", "it", "failed", "."]
    if agent:
        heads, deps = [2, 2, 2, 2, 3, 7, 7, 2, 2], ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "mark", "nsubj", "ccomp", "punct"]
        pos = ["PROPN", "AUX", "VERB", "ADP", "PROPN", "SCONJ", "PRON", "VERB", "PUNCT"]
    else:
        heads, deps = [2, 2, 2, 5, 5, 2, 2], ["nsubjpass", "auxpass", "ROOT", "mark", "nsubj", "ccomp", "punct"]
        pos = ["PROPN", "AUX", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    tags = ["VBN" if w == "told" else _TAGS.get(p, w) for w, p in zip(words, pos)]
    return make_doc(words, heads, deps, pos, tags=tags)


@pytest.mark.parametrize(
    "build,cue,subject,hops",
    [
        (roe_said_it_failed, "said", "Roe", 0),  # nsubj
        (_went_on_to_say, "say", "Roe", 1),  # inherited through xcomp
        (lambda: _told_by(True), "told", "Ames", 0),  # "was told by X": the agent speaks
        (lambda: _told_by(False), "told", None, 0),  # "was told": the passive subject is no speaker
    ],
)
def test_sources_subject_of(build, cue, subject, hops):
    doc = build()
    tok = next(t for t in doc if t.text == cue)
    subj, n = subject_of(tok)
    assert (subj.text if subj is not None else None, n) == (subject, hops)


def test_sources_np_span_leaves_out_a_participle_aside():
    words = ["Tom", "Ames", ",", "speaking", "at", "a", "rally", ",", "said", "it", "failed", "."]
    doc = make_doc(
        words, [1, 8, 1, 1, 3, 6, 4, 1, 8, 10, 8, 8],
        ["compound", "nsubj", "punct", "acl", "prep", "det", "pobj", "punct", "ROOT", "nsubj", "ccomp", "punct"],
        ["PROPN", "PROPN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PRON", "VERB", "PUNCT"],
        tags=["NNP", "NNP", ",", "VBG", "IN", "DT", "NN", ",", "VBD", "PRP", "VBD", "."],
    )
    s, e = np_span(doc[1])
    assert doc.text[s:e] == "Tom Ames"


# --- special forms -------------------------------------------------------------------


def test_forms_colon_quote_takes_the_subject_before_the_colon():
    doc = make_doc(
        ["Roe", "tweeted", ":", '"', "We", "won", ".", '"'], [1, 1, 1, 5, 5, 1, 5, 5],
        ["nsubj", "ROOT", "punct", "punct", "nsubj", "ccomp", "punct", "punct"], ["PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT"],
        quotes_close={7},
    )
    text = doc.text
    marked = MarkIndex(scan_marks(text)[0])
    (a,) = colon_attributions(doc, text, marked, stabbing([]), Sents(doc))
    assert (text[a.cue[0] : a.cue[1]], text[a.source[0] : a.source[1]], [text[s:e] for s, e in a.content]) == ("tweeted:", "Roe", ['"We won."'])
    assert colon_attributions(doc, text, marked, stabbing([a.content[0]]), Sents(doc)) == []  # a quote a cue took is not taken again


def test_forms_digest_line_names_the_source_after_the_dash():
    words = ["Budget", "talks", "-", "Ann", "Roe", ":", '"', "We", "won", ".", '"']
    doc = make_doc(
        words, [1, 1, 1, 4, 1, 1, 8, 8, 1, 8, 8],
        ["compound", "ROOT", "punct", "compound", "appos", "punct", "punct", "nsubj", "parataxis", "punct", "punct"],
        ["NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT"], quotes_close={10},
    )
    text = doc.text
    (a,) = colon_attributions(doc, text, MarkIndex(scan_marks(text)[0]), stabbing([]), Sents(doc))
    assert (text[a.source[0] : a.source[1]], text[a.cue[0] : a.cue[1]], a.source_token.text) == ("Ann Roe", ":", "Roe")


@pytest.mark.parametrize(
    "label,names",
    [("JAKE TAPPER", True), ("ANN ROE", True), ("UPDATE", False), ("EDITOR'S NOTE", False), ("New poll", True), ("The Latest", False), ("Roe", True)],
)
def test_forms_headline_names_source(label, names):
    text = f"{label}: The harbour road stays shut."
    index = stub_index(("e1", 0, 3, "Roe")) if label == "Roe" else stub_index()
    a = Attr((len(label), len(label) + 1), None, (0, len(label)), None, [(len(label) + 2, len(text))])
    assert headline_names_source(text, a, index) is names


# --- continuations -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,fragments",
    [
        ('"We won," Roe said. "It was close."', ['"We won,"', '"It was close."']),
        ('"We won," Roe said.\n"It was close."', ['"We won,"', '"It was close."']),  # on into the next paragraph
        ('"We won," Roe said.\n"It was close."\n"And fair."', ['"We won,"', '"It was close."']),  # one paragraph at most
        ('"We won," Roe said. Ames said: "It was close."', ['"We won,"']),  # another cue stands between
    ],
)
def test_continuations_following_quotes_join_the_attribution(text, fragments):
    marked = MarkIndex(scan_marks(text)[0])
    cue = text.index("said")
    attrs = [Attr((cue, cue + 4), None, (cue - 4, cue - 1), None, [(marked[0].start, marked[0].end)])]
    if "Ames" in text:
        other = text.index("said", cue + 1)
        attrs.append(Attr((other, other + 4), None, None, None, [(marked[1].start, marked[1].end)]))
    extend_with_following_quotes(text, attrs, marked)
    assert [text[s:e] for s, e in attrs[0].content] == fragments


def test_continuations_drop_nested_keeps_the_outer_attribution():
    outer = Attr((0, 4), None, None, None, [(10, 60)])
    inner = Attr((20, 24), None, None, None, [(25, 40)])  # its cue is inside the outer content
    after = Attr((70, 74), None, None, None, [(75, 90)])
    assert drop_nested([outer, inner, after]) == [outer, after]


def test_continuations_floating_quote_takes_the_speaker_before():
    text = 'Roe said it failed.\n"We will build it again, and better than before."\n"Short."\n'
    marked = MarkIndex(scan_marks(text)[0])
    said = Quote(id="", text="it failed", evidence=[(9, 18)], kind="indirect", speaker="e1")
    (pos, q), = floating_quotes(text, marked, [(9, said)], {(9, 18)})
    assert (pos, q.text, q.kind, q.speaker, q.cue) == (20, '"We will build it again, and better than before."', "direct", "e1", None)  # "Short." is too short


# --- word lists ----------------------------------------------------------------------


def test_words_addressee_lists_differ_only_as_documented():
    assert ADDRESSEE_QUOTE_VERBS < ADDRESSEE_CLAUSE_VERBS < ADDRESSEE_OBJECT_VERBS
    assert ADDRESSEE_CLAUSE_VERBS - ADDRESSEE_QUOTE_VERBS == {"urge"}
    assert ADDRESSEE_OBJECT_VERBS - ADDRESSEE_CLAUSE_VERBS == {"thank", "call"}


def test_words_lexicons_loaded():
    assert reporting_verbs()["say"] == "speech" and "EDITOR'S NOTE" in NOT_SPEAKERS


# --- speakers (issue 18) ---------------------------------------------------------------


def _mr_roe_then_ms_roe():
    """'Mr. Tom Roe spoke. Ms. Roe said it failed.'"""
    return make_doc(
        ["Mr.", "Tom", "Roe", "spoke", ".", "Ms.", "Roe", "said", "it", "failed", "."],
        [2, 2, 3, 3, 3, 6, 7, 7, 9, 7, 7],
        ["compound", "compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
        ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PRON", "VERB", "PUNCT"],
    )


@pytest.mark.parametrize("linked,speaker", [(True, None), (False, "e2")])
def test_speakers_honorific_must_fit_the_persons_gender(linked, speaker):
    doc = _mr_roe_then_ms_roe()
    assert doc.text[19:26] == "Ms. Roe"
    if linked:  # the entity stage (wrongly) linked "Ms. Roe" to Mr. Tom Roe
        tom = SimpleNamespace(id="e1", name="Tom Roe", type="PERSON", roles=[],
                              mentions=[SimpleNamespace(start=0, end=11, text="Mr. Tom Roe"), SimpleNamespace(start=23, end=26, text="Roe")])
        ents, spans = [tom], [(0, 11, "e1"), (23, 26, "e1")]
    else:
        tom = SimpleNamespace(id="e1", name="Tom Roe", type="PERSON", roles=[], mentions=[SimpleNamespace(start=0, end=11, text="Mr. Tom Roe")])
        ms = SimpleNamespace(id="e2", name="Roe", type="PERSON", roles=[], mentions=[SimpleNamespace(start=23, end=26, text="Roe")])
        ents, spans = [tom, ms], [(0, 11, "e1"), (23, 26, "e2")]
    index = SimpleNamespace(entities=ents, spans=spans, overlapping=lambda a, b: [x for x in spans if min(x[1], b) > max(x[0], a)])
    (q,) = extract_quotes(doc, index)
    assert q.speaker == speaker
    if linked:
        assert "honorific" in q.speaker_reason
