"""The record contract: JSON Schema, ids, the evidence invariant, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from newsfacts.schema import SCHEMA_VERSION, document_id, json_schema
from tests.evidence import check_evidence

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "article.txt"


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(json_schema())


@pytest.mark.model
def test_record_example_article_valid_and_evidence_cuts_text(extract_text, validator):
    text = EXAMPLE.read_text(encoding="utf-8")
    r = extract_text(text, published="2026-03-04")
    validator.validate(r)
    assert r["schema_version"] == SCHEMA_VERSION
    assert r["document"]["id"] == document_id(text)
    assert check_evidence(r, text) > 20


@pytest.mark.model
def test_record_seed_valid(seed_record, validator):
    validator.validate(seed_record)


@pytest.mark.model
def test_record_empty_text_gives_warning_and_no_facts(extract_text, validator):
    r = extract_text("")
    validator.validate(r)
    assert r["entities"] == [] and r["quotes"] == []
    assert [w["code"] for w in r["warnings"]] == ["empty"]


@pytest.mark.model
def test_record_whitespace_only_is_empty(extract_text):
    r = extract_text("  \n\t ")
    assert [w["code"] for w in r["warnings"]] == ["empty"]


@pytest.mark.model
def test_record_non_english_warns(extract_text):
    text = (
        "Der Außenminister traf sich am Montag in Berlin mit seinem französischen Amtskollegen. "
        "Beide Seiten sprachen über die Lage in der Ukraine und über neue Sanktionen gegen Russland. "
        "Eine gemeinsame Erklärung wurde nach dem Treffen veröffentlicht."
    )
    r = extract_text(text)
    assert "not_english" in [w["code"] for w in r["warnings"]]
    assert r["document"]["language"] == "de"  # named by py3langid since schema 1.1 (was "not-en")


@pytest.mark.model
def test_record_english_has_no_language_warning(extract_text):
    r = extract_text(EXAMPLE.read_text(encoding="utf-8"))
    assert "not_english" not in [w["code"] for w in r["warnings"]]
    assert r["document"]["language"] == "en"


@pytest.mark.model
def test_record_is_deterministic(extract_text):
    text = EXAMPLE.read_text(encoding="utf-8")
    assert json.dumps(extract_text(text)) == json.dumps(extract_text(text))


def test_record_extract_rejects_non_str():
    from newsfacts import extract

    with pytest.raises(TypeError):
        extract(b"bytes")  # type: ignore[arg-type]
