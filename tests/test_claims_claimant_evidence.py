"""Claims name the words of who claims them (`claimant_evidence`, schema 1.4.0)."""

from __future__ import annotations

from tests.evidence import check_evidence


def _claim(record, text, number):
    return next(c for c in record["claims"] if c["text"] == number)


def test_claimant_evidence_names_the_report_source(extract_text):
    text = ("The researchers reported that 40 percent of the patients improved. "
            "The city spent $3 million on roads last year. "
            "According to the FBI data, 1,200 cars were stolen.")
    rec = extract_text(text)
    check_evidence(rec, text)
    found = _claim(rec, text, "40 percent")
    assert found["claimant"] is not None
    assert [text[s:e] for s, e in found["claimant_evidence"]] == ["The researchers"]
    fbi = _claim(rec, text, "1,200")
    assert any("FBI" in text[s:e] for s, e in fbi["claimant_evidence"])
    own = _claim(rec, text, "$3 million")  # the writer's narration: the outlet's own number
    assert own["claimant"] is None and own["claimant_evidence"] == []


def test_claimant_evidence_of_a_quote_is_its_speakers_words(extract_text):
    text = 'Mayor Ann Roe said the bridge would cost $40 million. "It is worth every cent," Roe added.'
    rec = extract_text(text)
    claim = _claim(rec, text, "$40 million")
    names = [text[s:e] for s, e in claim["claimant_evidence"]]
    assert claim["claimant"] is not None and any("Roe" in n for n in names)
