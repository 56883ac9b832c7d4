"""Quote speakers, session 15 (issue #18): a cue takes the source of an earlier attribution of its
sentence only when its own subject is inherited from the cue it hangs on ("said A, adding B",
a participle the parser hung inside that cue's complement), never from a quote that interrupts
it ("X -- 'A,' she said -- and charged ..."), and the "asked" of "when asked" takes none.
Texts written for these tests."""

from newsfacts.nlp.quotes.carried_sources import carried_source
from newsfacts.nlp.quotes.spans import Attr, Sents


def _quote(rec, text, needle):
    hits = [q for q in rec["quotes"] if needle in q["text"]]
    assert len(hits) == 1, [q["text"] for q in rec["quotes"]]
    q = hits[0]
    return q, [text[s:e] for s, e in q["speaker_evidence"]]


def test_aside_quote_does_not_lend_its_source_to_the_verb_after_it(extract_text):
    text = ("Senator Tom Harkin praised the farm bill on Monday. The governor, Ann Miller, said the law was wrong. "
            "Harkin welcomed the vote -- \"It is a good day for farmers,\" Miller said -- and charged that "
            "the governor would veto the bill.")
    rec = extract_text(text)
    q, src = _quote(rec, text, "would veto the bill")
    assert src == ["Harkin"], src
    names = {e["id"]: e["name"] for e in rec["entities"]}
    assert names.get(q["speaker"]) == "Tom Harkin", (q, names)
    q2, src2 = _quote(rec, text, "It is a good day")
    assert src2 == ["Miller"], src2


def test_participle_hung_on_the_complement_keeps_the_cue_speaker(extract_text):
    text = ("Later that day, Ann Miller fired back a response saying she would not support the budget "
            "and suggesting that lawmakers should start over.")
    rec = extract_text(text)
    _, src = _quote(rec, text, "lawmakers should start over")
    assert src == ["Ann Miller"], src


def test_adding_takes_the_speaker_of_the_verb_it_hangs_on(extract_text):
    text = "Tom Harkin said the plan would cost too much, adding that farmers had not been consulted."
    rec = extract_text(text)
    _, src = _quote(rec, text, "farmers had not been consulted")
    assert src == ["Tom Harkin"], src


def test_when_asked_gives_the_asker_no_source(nlp):
    from newsfacts.nlp.quotes.cues import find_attributions
    from newsfacts.nlp.quotes.marks import as_index, scan_marks
    from newsfacts.nlp.quotes.words import reporting_verbs

    text = "Ann Miller said when asked about the audit that the numbers were accurate."
    doc = nlp(text)
    marked, _ = scan_marks(text)
    attrs = find_attributions(doc, text, as_index(marked), reporting_verbs(), Sents(doc))
    asked = [a for a in attrs if a.cue_token is not None and a.cue_token.lower_ == "asked"]
    assert asked and all(a.source is None for a in asked), [(a.cue_token.text, a.source) for a in attrs]
    said = [a for a in attrs if a.cue_token is not None and a.cue_token.lower_ == "said"]
    assert said and text[said[0].source[0] : said[0].source[1]] == "Ann Miller", [(a.cue_token.text, a.source) for a in attrs]


def test_carried_source_unit(nlp):
    doc = nlp("Tom Harkin said the plan failed, adding that costs rose.")
    sents = Sents(doc)
    said = next(t for t in doc if t.lower_ == "said")
    adding = next(t for t in doc if t.lower_ == "adding")
    plan = next(t for t in doc if t.lower_ == "plan")
    prior = Attr((said.idx, said.idx + 4), said, (0, 10), doc[1], [(plan.idx - 4, adding.idx - 2)])
    assert carried_source([prior], sents.index, adding, None, 1) == (doc[1], (0, 10))
    assert carried_source([prior], sents.index, adding, doc[1], 0) is None  # a subject of its own: never carried
    assert carried_source([], sents.index, adding, None, 1) is None
