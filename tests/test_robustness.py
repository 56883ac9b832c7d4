"""extract() on hostile text: never raises, always a schema-valid record whose evidence
cuts the text, and the same input always gives the same output. (A fast sample; the
long fuzzing runs are commands, see docs/reliability.md when present.)"""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.schema import json_schema
from tests.evidence import check_evidence

pytestmark = pytest.mark.model

VALIDATOR = jsonschema.Draft202012Validator(json_schema())

WORDS = ["Minister", "Gantz", "said", "the", "Secretary", "of", "State", "\u201c", "\u201d", '"', "''", "'", ",", ".",
         "Israel", "US", "about", "90%", "4,400", "rockets", "he", "told", "In", "May", "(", ")", "\n", "\n\n",
         "Hamas", "the Pentagon", "Defense", "Lloyd", "Austin", "\u2019s", "\u200d", "\u202e", "\U0001F600", "\x00", "\x0b"]

news_like = st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join)
any_text = st.text(max_size=400)
quote_marks = st.text(alphabet="\"'\u201c\u201d\u2018\u2019\u00ab\u00bb `\n", max_size=200)


def _check(extract_text, text):
    r = extract_text(text, published="2021-06-03")
    VALIDATOR.validate(r)
    check_evidence(r, text)
    assert json.dumps(r) == json.dumps(extract_text(text, published="2021-06-03"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(news_like, any_text, quote_marks))
def test_robustness_never_raises_valid_and_deterministic(extract_text, text):
    _check(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "\udc80\udcff broken bytes read with surrogateescape \udce9",
        "\u05e9\u05dc\u05d5\u05dd Minister Gantz \u0645\u0631\u062d\u0628\u0627 said \u201chello\u201d",
        "x" * 200_000,
        "\u201c" * 5000,
        ("Minister " * 3000) + "Gantz",
        "\u200d\u200b\ufeff" * 1000,
        "A\u0301" * 2000,
    ],
    ids=["surrogates", "rtl", "one-200k-token", "only-open-marks", "title-run", "zero-width", "combining"],
)
def test_robustness_hostile_inputs(extract_text, text):
    _check(extract_text, text)
