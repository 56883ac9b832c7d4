"""Session 13, area S: evidence tails ("..., campaign finance records show.") the parser reads
as nouns, and a received reaction's source that stops before a relative clause with a cue of
its own. Texts written for these tests."""

from newsfacts.nlp.quotes.evidence_tails import evidence_tail_words


def _quotes(extract_text, text):
    record = extract_text(text)
    out = []
    for q in record["quotes"]:
        src = [text[s:e] for s, e in q.get("speaker_evidence") or []]
        out.append((q["text"], q["cue"]["text"] if q.get("cue") else None, src))
    return out


def test_words_load():
    nouns, verbs = evidence_tail_words()
    assert "records" in nouns and "show" in verbs and "show" not in nouns


def test_tail_at_sentence_end(extract_text):
    text = "A firm called Delta Holdings gave $3,000 to the fund on May 2, 2013, state finance records show."
    qs = _quotes(extract_text, text)
    assert ("A firm called Delta Holdings gave $3,000 to the fund on May 2, 2013", "show", ["state finance records"]) in qs


def test_tail_mid_sentence_gives_two_fragments(extract_text):
    text = "During the same period, aviation records show, the helicopter has flown roughly 120 hours."
    record = extract_text(text)
    q = next(q for q in record["quotes"] if q["cue"] and q["cue"]["text"] == "show")
    assert [text[s:e] for s, e in q["evidence"]] == ["During the same period", "the helicopter has flown roughly 120 hours"]
    assert [text[s:e] for s, e in q["speaker_evidence"]] == ["aviation records"]


def test_tail_before_and_keeps_only_the_first_part(extract_text):
    text = "The jet was insured at a value of $20 million in 2009, records show, and experts say it is worth less now."
    qs = _quotes(extract_text, text)
    assert ("The jet was insured at a value of $20 million in 2009", "show", ["records"]) in qs
    assert not any(cue == "show" and "experts" in content for content, cue, _ in qs)


def test_no_tail_without_the_comma_or_inside_a_clause(extract_text):
    for text in ("Voters in the state like the records show on Sunday nights.", "He said the polls show."):
        assert not any(cue == "show" for _, cue, _ in _quotes(extract_text, text))


def test_reception_source_stops_before_relative_cue(extract_text):
    text = ("Ohio passed the farm law in May.\n\n"
            "Ohio has faced a backlash from Senator Ann Roe and Mayor Tom Vale, who say the law unfairly targets small farms.")
    qs = _quotes(extract_text, text)
    assert ("the law unfairly targets small farms", "say", ["who"]) in qs
    assert ("Ohio", "has faced a backlash", ["Senator Ann Roe and Mayor Tom Vale"]) in qs
