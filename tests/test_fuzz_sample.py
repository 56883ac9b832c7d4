"""A fast sample of benchmarks/fuzz.py in the default suite: the same contract checks,
driven by hypothesis instead of libFuzzer (the long coverage-guided runs are a command;
see docs/reliability.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import fuzz  # noqa: E402

SOME = settings(max_examples=150, deadline=None)
marks = st.text(alphabet="\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a \n\tab.,", max_size=300)


@SOME
@given(st.binary(max_size=300) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_fuzz_sample_decode(data):
    fuzz.check_decode(data)


@SOME
@given(st.text(max_size=400) | st.text(alphabet="( \n.x", max_size=400), st.integers(1, 64))
def test_fuzz_sample_chunk(text, size):
    fuzz.check_chunk(text, size)


@SOME
@given(st.text(max_size=300) | marks)
def test_fuzz_sample_quotes(text):
    fuzz.check_quotes(text)


@SOME
@given(st.text(max_size=300) | marks, st.binary(min_size=2, max_size=16))
def test_fuzz_sample_scans(text, points):
    fuzz.check_scans(text, points)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40) | st.from_regex(r"[0-9.,\- ]{1,12}( ?(million|%|km|dozen|bn))?", fullmatch=True))
def test_fuzz_sample_numbers(text):
    fuzz.check_numbers(text)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40) | st.from_regex(r"(last|next|\d{1,4})? ?(May|Monday|week|2021|years ago|June 31)", fullmatch=True),
       st.booleans())
def test_fuzz_sample_dates(text, future):
    fuzz.check_dates(text, future)
