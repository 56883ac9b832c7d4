"""Regression tests for what fuzzing (``benchmarks/fuzz.py``) found."""

from __future__ import annotations

import time

import pytest

from newsfacts.nlp.claims.numbers import normalise_number


@pytest.mark.parametrize("digits", [60, 150, 199])
def test_fuzz_found_long_digit_run_glued_to_a_word_is_fast(digits):
    """Found by the `numbers` target (6 December): a run of digits glued to a number word
    ("+222...2dozen") went to quantulum3, whose scan of it is superlinear: 150 digits took
    5.3 s a call, 100 digits 1.5 s, and a 600-character sentence of five of them 2 s in the
    pipeline. No quantity has more than 20 digits in a row: such a text is no number."""
    normalise_number("12 dozen")  # quantulum3 loaded
    text = "+" + "2" * digits + "dozen"
    t0 = time.perf_counter()
    assert normalise_number(text) is None
    assert time.perf_counter() - t0 < 0.2


@pytest.mark.parametrize("text, value", [("+2222dozen", 2222 * 12), ("3 dozen", 36.0), ("4,400", 4400.0),
                                         ("12345678901234567890 dozen", 12345678901234567890 * 12)])
def test_fuzz_found_ordinary_numbers_still_read(text, value):
    assert normalise_number(text) == pytest.approx(value)
