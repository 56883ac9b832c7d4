"""Hardening of the corpus readers (issue "Hardening II", items 3, 5 and 12): no input line
sinks an ingest, memory is bounded by the byte cap, nothing that is not a regular file is read,
and CSV rejects name the row."""

from __future__ import annotations

import json
import os
import tracemalloc

import pytest

from newsfacts.corpus.readers import Item, Reject, read_csv, read_inputs, read_jsonl

from .corpus_helpers import ARTICLES


def _origins(entries):
    return [(type(e).__name__, e.origin.rsplit(":", 1)[-1], getattr(e, "reason", None)) for e in entries]


def _jsonl(path, lines):
    path.write_bytes(b"".join((ln if isinstance(ln, bytes) else ln.encode()) + b"\n" for ln in lines))
    return str(path)


def test_hardening_bad_json_lines_are_rejects_and_the_rest_is_read(tmp_path):
    good = json.dumps({"text": ARTICLES[0], "title": "fine"})
    deep = "[" * 3000 + "]" * 3000  # RecursionError in json.loads, not a JSONDecodeError
    deep_obj = '{"text": "x", "extra": ' + "[" * 3000 + "]" * 3000 + "}"
    surrogate_text = '{"text": "Roe said \\ud800 it."}'
    surrogate_title = '{"text": "Roe said it.", "title": "bad \\udc80"}'
    url_object = json.dumps({"text": "Roe said it.", "url": {"href": "x"}})
    url_number = json.dumps({"text": "Roe said it.", "url": 42})
    path = _jsonl(tmp_path / "in.jsonl", [good, deep, deep_obj, surrogate_text, surrogate_title, url_object, url_number, good])
    got = _origins(read_jsonl(path))
    assert got == [
        ("Item", "1", None), ("Reject", "2", "bad_json"), ("Reject", "3", "bad_json"),
        ("Reject", "4", "bad_unicode"), ("Reject", "5", "bad_unicode"),
        ("Reject", "6", "bad_field"), ("Reject", "7", "bad_field"), ("Item", "8", None),
    ]


def test_hardening_long_jsonl_line_is_rejected_without_reading_it_whole(tmp_path):
    big = json.dumps({"text": "word " * 2_000_000})  # 10 MB
    path = _jsonl(tmp_path / "in.jsonl", [json.dumps({"text": "short one"}), big, json.dumps({"text": "after it"})])
    tracemalloc.start()
    try:
        got = list(read_jsonl(path, max_bytes=100_000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert _origins(got) == [("Item", "1", None), ("Reject", "2", "too_long"), ("Item", "3", None)]
    assert got[1].size == len(big) + 1
    assert peak < 5_000_000, peak  # pieces of about 1 MB, never the 10 MB line


def test_hardening_csv_is_streamed_and_rejects_name_rows(tmp_path):
    path = tmp_path / "in.csv"
    rows = ['text,title', '"A quoted text\nover three\nlines",first', 'just text,second', '"x","y","z"', 'last text,fourth']
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    got = _origins(read_csv(str(path)))
    # rows, not lines: the bad row is the 4th record (header = row 1), on the 6th line
    assert got == [("Item", "2", None), ("Item", "3", None), ("Reject", "4", "bad_csv_row"), ("Item", "5", None)]


def test_hardening_csv_memory_bounded_by_a_row(tmp_path):
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("text,title\n")
        row = ("word " * 200).strip()
        for k in range(30_000):  # ~30 MB
            fh.write(f"{row},t{k}\n")
    tracemalloc.start()
    try:
        n = sum(1 for e in read_csv(str(path)) if isinstance(e, Item))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == 30_000
    assert peak < 5_000_000, peak


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_hardening_fifo_and_device_in_a_folder_are_rejected_not_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # reading it would hang forever
    os.symlink("/dev/zero", folder / "zero.txt")  # reading it would fill memory
    got = {os.path.basename(e.origin): (type(e).__name__, getattr(e, "reason", None)) for e in read_inputs([str(folder)])}
    assert got == {"a.txt": ("Item", None), "pipe.txt": ("Reject", "not_a_file"), "zero.txt": ("Reject", "not_a_file")}


def test_hardening_oversized_text_file_is_rejected_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 50_000, encoding="utf-8")
    (entry,) = list(read_inputs([str(path)]))
    assert isinstance(entry, Item)
    (capped,) = list(read_inputs([str(path)], max_bytes=1000))
    assert isinstance(capped, Reject) and capped.reason == "too_long" and capped.size == 250_000


@pytest.mark.model
def test_hardening_ingest_stores_good_lines_around_bad_ones(tmp_path, nlp):
    """The lines that used to abort an ingest (and every re-run, at the same place) are rejects;
    the good lines around them are stored."""
    from newsfacts.corpus.ingest import ingest
    from newsfacts.store.duckdb import FactStore

    path = _jsonl(tmp_path / "in.jsonl", [
        json.dumps({"text": ARTICLES[0]}),
        "[" * 3000 + "]" * 3000,
        '{"text": "Roe said it.", "title": "bad \\udc80"}',
        '{"text": "Roe said \\ud800 it."}',
        json.dumps({"text": "Roe said it.", "url": {"href": "x"}}),
        json.dumps({"text": ARTICLES[1], "url": "https://example.org/2"}),
    ])
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        s = ingest([path], store, nlp=nlp, progress=False)
        assert s.processed == 2
        assert dict(s.rejected) == {"bad_json": 1, "bad_unicode": 2, "bad_field": 1}
        assert store.count("documents") == 2 and store.count("rejects") == 4


def _gone(pid: int) -> bool:
    """True when ``pid`` has exited (a zombie left to an init that does not reap counts)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


@pytest.mark.model
@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
def test_hardening_zygote_exits_when_the_ingest_process_is_killed(tmp_path):
    """kill -9 of the ingest process: its zygote (the model's ~330 MB) and workers exit too."""
    import signal
    import subprocess
    import sys
    import time

    code = (
        "import os, sys, time\n"
        "from newsfacts.corpus.workers import Zygote\n"
        "z = Zygote(None)\n"
        "w = z.fork_worker()\n"
        "print(z.pid, flush=True)\n"
        "time.sleep(600)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        zygote = int(proc.stdout.readline())
        assert not _gone(zygote)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 60
        while not _gone(zygote) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _gone(zygote), "the zygote outlived the ingest process"
    finally:
        proc.kill()
        proc.wait(timeout=30)
        proc.stdout.close()
