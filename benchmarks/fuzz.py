"""Coverage-guided fuzzing (atheris / libFuzzer) of newsfacts' text-handling functions.

One target per run; each checks its function's contract, not just "does not raise":

    decode     textio.decode(bytes): str or InputError (NF1xx), never anything else
    chunk      chunking.chunk_bounds / run_bounds: bounds cover the text exactly, each in size
    quotes     quotes.scan_marks: never raises; quoted spans and warnings in range
    scans      quotes' quoted-span look-ups (MarkIndex, bisect) against the walk over every span
               they replaced: the same answers, for spans scan_marks finds in the text
    numbers    numbers.normalise_number: a finite float or None, never raises
    dates      dates.normalise: (str|None, known precision, bool), never raises
    extract    pipeline.extract on short texts (model loaded once): schema-valid record,
               every evidence span in range and cutting the text, deterministic

Usage (libFuzzer flags after the target; a crash writes ``crash-<sha1>`` with the input
and exits non-zero; re-run one input by passing its file instead of a corpus):

    nice python benchmarks/fuzz.py decode -runs=30000 -max_len=4096
    nice python benchmarks/fuzz.py extract -runs=2000 -max_len=300
    python benchmarks/fuzz.py all            # the documented budget (docs/reliability.md)

Needs ``atheris`` (pip install atheris; not a runtime dependency).
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: ``all``: executions per target (sum >= 100,000) and the longest input libFuzzer makes (bytes).
BUDGET = {
    "decode": (200_000, 4096),
    "chunk": (200_000, 2048),
    "quotes": (60_000, 2048),
    "scans": (30_000, 1024),
    "numbers": (30_000, 64),
    "dates": (30_000, 64),
    "extract": (3_000, 400),
}

#: libFuzzer grows input length slowly by default (100 runs per extra byte); these runs
#: start near ``max_len`` so long inputs (where quadratic loops live) are tried early.
LEN_CONTROL = "-len_control=1"


def _text(data: bytes) -> str:
    import atheris

    return atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))


def check_decode(data: bytes) -> None:
    """textio.decode: the exact UTF-8 text (BOM dropped) or an InputError with an NF1xx code."""
    from newsfacts.errors import InputError
    from newsfacts.corpus.textio import decode

    try:
        out = decode(data, "fuzz")
    except InputError as exc:
        assert str(exc).startswith("[NF1"), str(exc)
        return
    assert isinstance(out, str)
    assert out.encode("utf-8") == data.removeprefix(b"\xef\xbb\xbf")


def target_decode():
    import newsfacts.corpus.textio  # noqa: F401  (imported here, under atheris' instrumentation)

    return check_decode


def check_chunk(text: str, size: int) -> None:
    """chunk_bounds and run_bounds cover ``text`` exactly, each piece within ``size``."""
    from newsfacts.nlp.text import chunk_bounds, run_bounds

    def covers(bounds, n):
        assert bounds[0][0] == 0 and bounds[-1][1] == n, (bounds, n)
        assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:])), bounds

    b = chunk_bounds(text, max_chars=size)
    covers(b, len(text))
    assert all(0 < e - s <= size for s, e in b) or not text, (b, size)
    r = run_bounds(text, max_run=size)
    covers(r, len(text))
    assert all(len(w) <= size for s, e in r for w in text[s:e].split()), (r, size)


def target_chunk():
    import atheris

    import newsfacts.nlp.text  # noqa: F401  (imported here, under atheris' instrumentation)

    def run(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        size = fdp.ConsumeIntInRange(1, 64)
        check_chunk(fdp.ConsumeUnicode(len(data)), size)

    return run


def check_quotes(text: str) -> None:
    """scan_marks never raises; its spans and warnings are in range."""
    from newsfacts.nlp.quotes import scan_marks

    spans, warnings = scan_marks(text)
    n = len(text)
    for m in spans:
        assert 0 <= m.start <= m.end <= n, (m, n)
    for w in warnings:
        for s, e in w.evidence:
            assert 0 <= s <= e <= n, (s, e, n)


def target_quotes():
    import newsfacts.nlp.quotes  # noqa: F401  (imported here, under atheris' instrumentation)

    def run(data: bytes) -> None:
        check_quotes(_text(data))

    return run


def check_scans(text: str, points: bytes) -> None:
    """The bisect look-ups on quoted spans answer exactly what a walk over every span does."""
    from newsfacts.nlp import quotes as q

    spans, _ = q.scan_marks(text)
    fast = q.MarkIndex(spans)
    assert fast.sorted, "scan_marks' spans are in order and disjoint"
    slow = q.MarkIndex(spans)
    slow.sorted = False  # the walk over every span
    n = len(text) + 2
    for k in range(0, len(points) - 1, 2):
        a = points[k] * n // 256
        b = a + points[k + 1] * (n - a) // 256
        assert_same_scans(text, a, b, fast, slow)


def assert_same_scans(text: str, a: int, b: int, fast, slow) -> None:
    """Each quoted-span look-up at [a, b) answers the same with the index (``fast``) and
    with the walk over every span (``slow``); also used by tests/test_time_budget.py."""
    from newsfacts.nlp import quotes as q

    assert q.in_any(a, fast) is q.in_any(a, slow)
    assert q.widen(text, a, b, fast) == q.widen(text, a, b, slow)
    assert q.adjacent_marked(text, fast, a, b) == q.adjacent_marked(text, slow, a, b)
    assert q.join_following_quote(text, a, fast) == q.join_following_quote(text, a, slow)
    if b <= len(text):
        assert q.quote_kind(text, [(a, b)], fast) == q.quote_kind(text, [(a, b)], slow)


def target_scans():
    import newsfacts.nlp.quotes  # noqa: F401  (imported here, under atheris' instrumentation)

    def run(data: bytes) -> None:
        import atheris

        fdp = atheris.FuzzedDataProvider(data)
        points = fdp.ConsumeBytes(16)
        check_scans(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()), points)

    return run


def check_numbers(text: str) -> None:
    """normalise_number: a float that is not NaN, or None; never raises."""
    from newsfacts.nlp.claims.numbers import normalise_number

    v = normalise_number(text)
    assert v is None or (isinstance(v, float) and not math.isnan(v)), v


def target_numbers():
    import newsfacts.nlp.claims.numbers  # noqa: F401  (imported here, under atheris' instrumentation)

    def run(data: bytes) -> None:
        check_numbers(_text(data))

    return run


def check_dates(text: str, future: bool = False) -> None:
    """dates.normalise: (str or None, a known precision, bool), with and without a publication date."""
    import datetime as dt

    from newsfacts.nlp.dates import normalise

    for published in (dt.date(2021, 6, 3), None):
        value, precision, relative = normalise(text, published, future=future)
        assert value is None or isinstance(value, str)
        assert precision in ("day", "week", "month", "year", "approximate", "duration", "unresolved"), precision
        assert isinstance(relative, bool)


def target_dates():
    import newsfacts.nlp.dates  # noqa: F401  (imported here, under atheris' instrumentation)

    def run(data: bytes) -> None:
        check_dates(_text(data), future=len(data) % 2 == 1)

    return run


def target_extract():
    import jsonschema

    from newsfacts import build_nlp, extract
    from newsfacts.schema import json_schema

    sys.path.insert(0, str(ROOT))
    from tests.evidence import check_evidence

    nlp = build_nlp()
    validator = jsonschema.Draft202012Validator(json_schema())

    def run(data: bytes) -> None:
        text = _text(data)
        r = extract(text, published="2021-06-03", nlp=nlp)
        validator.validate(r)
        check_evidence(r, text)
        assert json.dumps(r) == json.dumps(extract(text, published="2021-06-03", nlp=nlp))

    return run


TARGETS = {name[len("target_"):]: f for name, f in globals().items() if name.startswith("target_")}


def run_all(out_dir: Path) -> int:
    """Run every target for its :data:`BUDGET`; print a JSON summary line per target."""
    out_dir.mkdir(parents=True, exist_ok=True)
    total, failed = 0, 0
    for name, (runs, max_len) in BUDGET.items():
        t0 = time.time()
        proc = subprocess.run(
            [sys.executable, __file__, name, f"-runs={runs}", f"-max_len={max_len}", f"-artifact_prefix={out_dir}/{name}-", LEN_CONTROL,
             "-print_final_stats=1"],
            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
        log = proc.stdout + proc.stderr
        (out_dir / f"{name}.log").write_text(log)
        done = [ln for ln in log.splitlines() if ln.startswith("stat::number_of_executed_units")]
        execs = int(done[-1].split(":")[-1]) if done else 0
        cov = [ln for ln in log.splitlines() if " cov: " in ln]
        total += execs
        failed += proc.returncode != 0
        print(json.dumps({"target": name, "executions": execs, "exit": proc.returncode,
                          "seconds": round(time.time() - t0), "last": cov[-1].strip() if cov else ""}), flush=True)
    print(json.dumps({"total_executions": total, "failed_targets": failed}))
    return 1 if failed else 0


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in list(TARGETS) + ["all"]:
        sys.exit(f"usage: fuzz.py {{{'|'.join(TARGETS)}|all}} [libFuzzer flags]")
    name = sys.argv.pop(1)
    if name == "all":
        sys.exit(run_all(Path(os.environ.get("FUZZ_OUT", "/tmp/newsfacts-fuzz"))))
    import atheris

    with atheris.instrument_imports(include=["newsfacts"]):
        run = TARGETS[name]()
    atheris.Setup(sys.argv, run)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
