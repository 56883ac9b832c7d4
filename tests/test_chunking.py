"""Long texts are parsed in chunks whose offsets still point into the original text."""

from __future__ import annotations

import pytest

from newsfacts.nlp.text import chunk_bounds
from tests.evidence import check_evidence


@pytest.mark.parametrize("max_chars", [50, 200, 1000])
def test_chunking_bounds_cover_text_exactly(max_chars):
    text = ("Minister Ana Cruz spoke in Lima. " * 40 + "\n\n") * 3 + "x" * 3000
    bounds = chunk_bounds(text, max_chars)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(0 < e - s <= max_chars for s, e in bounds)
    assert "".join(text[s:e] for s, e in bounds) == text


def test_chunking_prefers_paragraph_breaks():
    text = "A" * 60 + "\n\n" + "B" * 60
    assert chunk_bounds(text, 100) == [(0, 62), (62, 122)]


@pytest.mark.model
def test_chunking_long_document_offsets_into_original(nlp, monkeypatch):
    import newsfacts.nlp.text as text_mod
    from newsfacts import extract

    monkeypatch.setattr(text_mod, "CHUNK_CHARS", 400)
    para = "Foreign Minister Ingrid Solheim of Norway met officials in Ottawa. Solheim said talks went well.\n\n"
    text = para * 12
    r = extract(text, nlp=nlp)
    check_evidence(r, text)
    solheim = [e for e in r["entities"] if e["name"] == "Ingrid Solheim"]
    assert len(solheim) == 1
    assert len(solheim[0]["mentions"]) == 24
    assert solheim[0]["mentions"][-1]["start"] > 1000
