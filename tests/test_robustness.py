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
#: every kind of character the issue names: control characters, right-to-left letters and
#: marks, zero-width joiners and spaces, emoji (with skin tones and ZWJ sequences), combining
#: accents, quote marks, lone surrogates
hostile_chars = st.lists(
    st.sampled_from(
        ["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\r", "\t", "\n", "\x0b", "\x0c",
         "\u05e9", "\u05dc", "\u0645", "\u0631", "\u200f", "\u202b", "\u202e", "\u2067", "\u200d", "\u200b", "\u200c", "\ufeff",
         "\U0001F600", "\U0001F469", "\U0001F3FD", "\U0001F1F3", "\U0001F1F4", "\u2764", "\ufe0f", "\u0301",
         "\udc80", "\ud83d", "\udca9", "\u201c", "\u201d", "\"", "'", "\u00ab", "\u00bb", "a", "Gantz", " ", ".", "said"]
    ),
    max_size=300,
).map("".join)
#: bytes of any kind read the way a careless reader would: ``errors="surrogateescape"``
escaped_bytes = st.binary(max_size=300).map(lambda b: b.decode("utf-8", errors="surrogateescape"))
_PAIRS = [("\u201c", "\u201d"), ("\u2018", "\u2019"), ('"', '"'), ("'", "'"), ("\u00ab", "\u00bb"), ("``", "''")]
#: quote marks nested inside each other, as deep as hypothesis likes, with words between
nested_marks = st.recursive(
    st.sampled_from(["", "we", "he said,", "Gantz", "\n"]),
    lambda inner: st.tuples(st.sampled_from(_PAIRS), st.lists(inner, min_size=1, max_size=3)).map(
        lambda t: t[0][0] + " ".join(t[1]) + t[0][1]
    ),
    max_leaves=30,
)
#: quote marks alternating in every order, opening and closing, with or without spaces
alternating_marks = st.lists(st.sampled_from(["\u201c", "\u201d", '"', "'", "\u00ab", "\u00bb", "``", "''", " ", "a", "\n"]), max_size=200).map("".join)


def _check(extract_text, text):
    r = extract_text(text, published="2021-06-03")
    VALIDATOR.validate(r)
    check_evidence(r, text)
    assert json.dumps(r) == json.dumps(extract_text(text, published="2021-06-03"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(news_like, any_text, quote_marks))
def test_robustness_never_raises_valid_and_deterministic(extract_text, text):
    _check(extract_text, text)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(hostile_chars, escaped_bytes, nested_marks, alternating_marks))
def test_robustness_hostile_characters_and_marks(extract_text, text):
    """Control characters, RTL, ZWJ, emoji, lone surrogates (also from bytes read with
    ``errors="surrogateescape"``), only quote marks, nested and alternating marks."""
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
        "\U0001F469\u200d\U0001F469\u200d\U0001F467 \U0001F44D\U0001F3FD \U0001F1F3\U0001F1F4 Gantz said \u201c\U0001F600\u201d" * 300,
        ("\u201c\u2018\u00ab" * 300) + " we " + ("\u00bb\u2019\u201d" * 300) + (" \u201ca\u201d \"b\" " * 300),
        ("the minister said Norway rockets and \u201cwe act,\u201d " * 600)[:25_000],
        "\x00\x01\x1b[31m\x7f\x85\u2028\r\x0c" * 1000,
        "\udc80S\\Y\udc80",
        "Minister Gantz said \u201cwe will \udce9act,\u201d on 3 May 2021\udc80 about 4,400\udc80 rockets, 90% of them \udcff.",
    ],
    ids=["surrogates", "rtl", "one-200k-token", "only-open-marks", "title-run", "zero-width", "combining",
         "emoji-zwj", "nested-and-alternating-marks", "25k-no-full-stop", "control-chars",
         "regression-surrogate-in-a-date", "surrogates-in-quote-claim-date"],
)
def test_robustness_hostile_inputs(extract_text, text):
    _check(extract_text, text)


def test_robustness_one_megabyte_token(extract_text):
    """A single 1 MB token (the longest text allowed, as one word)."""
    from newsfacts.corpus.textio import MAX_CHARS

    _check(extract_text, "x" * MAX_CHARS)


def test_robustness_over_the_limit_is_a_clear_error(tmp_path):
    """2 MB without a full stop is over the one-document limit: one line with NF105, from a
    file and from stdin, never a traceback; the limit itself is accepted."""
    import io

    from newsfacts.errors import InputError
    from newsfacts.corpus.textio import MAX_CHARS, decode, read_text

    text = ("the minister said Norway rockets and \u201cwe act,\u201d " * 45_000)[:2_000_000]
    assert "." not in text and len(text) == 2_000_000 > MAX_CHARS
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    for read in (lambda: read_text(str(path)), lambda: read_text("-", io.BytesIO(text.encode()))):
        with pytest.raises(InputError) as err:
            read()
        assert err.value.code == "NF105"
        assert "\n" not in str(err.value) and "2,000,000 characters" in str(err.value)
    assert decode(("x" * MAX_CHARS).encode(), "ok") == "x" * MAX_CHARS
