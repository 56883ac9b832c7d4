"""Hardening II item 4: the parse's memory is bounded by tokens, not characters.

The parse costs ~17 KB per token; token-dense text (a run of quote marks, "He said. "
repeated) has up to one token per character, so pieces are cut by a token estimate, parsed
in groups of bounded tokens, and a text over ``MAX_TOKENS`` is refused (NF109,
ingest reject ``too_many_tokens``)."""

from __future__ import annotations

import pytest

from newsfacts import pipeline
from newsfacts.corpus.entries import Item
from newsfacts.corpus.ingest import ingest
from newsfacts.errors import E_TOO_MANY_TOKENS, InputError
from newsfacts.nlp.text import CHUNK_CHARS, CHUNK_TOKENS, chunk_bounds
from newsfacts.nlp.tokens import token_estimate
from newsfacts.schema import document_id
from newsfacts.spark.reading import item_from_entry
from newsfacts.store.duckdb import FactStore

from .corpus_helpers import write_jsonl

DENSE = {
    "quote_marks": '"' * 3_000,
    "he_said": "He said. " * 1_000,
    "curly": "\u201cNo,\u201d he said. " * 300,
    "newlines": "\n \n " * 500,
}


class _Recording:
    """The real nlp object, recording the tokens of each ``pipe`` call's pieces."""

    def __init__(self, nlp):
        self._nlp = nlp
        self.calls: list[list[int]] = []

    def __getattr__(self, name):
        return getattr(self._nlp, name)

    def pipe(self, pieces, **kw):
        docs = list(self._nlp.pipe(pieces, **kw))
        self.calls.append([len(d) for d in docs])
        return iter(docs)


@pytest.mark.parametrize("name", sorted(DENSE))
def test_memory_token_estimate_is_close_to_spacy_on_dense_text(nlp, name):
    text = DENSE[name]
    real = len(nlp.make_doc(text))
    assert real * 0.9 <= token_estimate(text) <= len(text)


def test_memory_token_estimate_of_prose_at_the_character_limit_fits_the_budget(seed_text):
    """The arithmetic of docs/reliability.md: prose at ingest's 1,000,000 characters is under MAX_TOKENS."""
    prose = (seed_text * (1_000_000 // len(seed_text) + 1))[:1_000_000]
    assert token_estimate(prose) < pipeline.MAX_TOKENS
    # and a normal text's pieces are the characters-only ones (records unchanged)
    assert chunk_bounds(prose) == chunk_bounds(prose, max_tokens=0)


@pytest.mark.parametrize("text", ['"' * 70_000, "He said. " * 11_200, "x. " * 40_000])
def test_memory_chunk_bounds_bounds_each_piece_by_tokens(text):
    bounds = chunk_bounds(text)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert len(bounds) >= 3
    assert all(token_estimate(text[s:e]) <= CHUNK_TOKENS and e - s <= CHUNK_CHARS for s, e in bounds)


@pytest.mark.model
def test_memory_dense_text_is_parsed_in_bounded_pieces_and_groups(nlp, monkeypatch):
    monkeypatch.setattr(pipeline, "CHUNK_TOKENS", 1_000)
    monkeypatch.setattr(pipeline, "BATCH_TOKENS", 2_000)
    text = "He said. " * 2_000  # 6,000 tokens in 18,000 characters: one piece by characters
    rec = _Recording(nlp)
    (doc,) = pipeline.parse_texts(rec, [text], 16)
    assert doc.text == text and len(doc) == 6_000
    assert len(rec.calls) >= 3  # several nlp.pipe calls, each of bounded tokens
    assert all(sum(c) <= 2_000 for c in rec.calls)
    assert all(n <= 1_000 for c in rec.calls for n in c)


@pytest.mark.model
def test_memory_normal_batch_is_one_pipe_call(nlp, seed_text):
    rec = _Recording(nlp)
    docs = list(pipeline.parse_texts(rec, [seed_text] * 4, 16))
    assert len(rec.calls) == 1 and [d.text for d in docs] == [seed_text] * 4


TOO_MANY = '"' * (pipeline.MAX_TOKENS + 1)  # 250,001 characters: under the character limit


def test_memory_text_over_the_token_budget_is_refused_with_its_code():
    with pytest.raises(InputError) as err:
        pipeline.check_tokens(TOO_MANY)
    assert err.value.code == E_TOO_MANY_TOKENS == "NF109"
    assert "token" in str(err.value)
    pipeline.check_tokens('"' * pipeline.MAX_TOKENS)  # at the limit: accepted


def test_memory_extract_refuses_before_parsing():
    class _NoParse:
        meta: dict = {}

        def pipe(self, *a, **k):
            raise AssertionError("parsed")

    with pytest.raises(InputError) as err:
        pipeline.extract(TOO_MANY, nlp=_NoParse())
    assert err.value.code == E_TOO_MANY_TOKENS


@pytest.mark.model
def test_memory_ingest_rejects_too_many_tokens(tmp_path, nlp):
    jl = write_jsonl(tmp_path / "in.jsonl", [{"text": TOO_MANY}, {"text": "Gantz met Blinken in Washington on Tuesday."}])
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        s = ingest([str(jl)], store, nlp=nlp, progress=False, cluster=False)
        assert s.processed == 1 and s.rejected == {"too_many_tokens": 1}
        (row,) = store.query("SELECT doc_id, reason, detail FROM rejects")[1]
        assert row[:2] == (document_id(TOO_MANY), "too_many_tokens") and "250,000-token limit" in row[2]


def test_memory_spark_items_reject_too_many_tokens_as_ingest_does():
    item = item_from_entry("f.jsonl", 1, Item(TOO_MANY, {}, "f.jsonl:1"), 1_000_000)
    assert item[3:] == ("reject", "f.jsonl:1", None, None, "too_many_tokens", item[8], document_id(TOO_MANY))
    assert "token" in item[8]
