"""``quotes.speaker_named_outside`` (store/speakers.py): computed once per quote when the
row is written, it gives the same answer as the SQL filter it replaces on the entity page
(:data:`~newsfacts.store.speakers.NAMED_OUTSIDE_SQL`), and a writable open of an older store
fills it with that SQL; on a DuckDB store filled with rows we write by hand."""

from __future__ import annotations

import json

import pytest

from newsfacts.store import migrate, speakers
from newsfacts.store.duckdb import FactStore
from newsfacts.store.tables import TABLES

#: name, text, content spans (words), speaker mentions (words, "word@n" = n-th), speaker words, has speaker, expected
CASES = [
    ("only_inside", "The senator condemned Putin's remarks on Tuesday.", ["Putin's remarks"], ["Putin"], [], True, False),
    ("inside_and_outside", "Putin said \u201cPutin never retreats\u201d on Monday.", ["Putin never retreats"],
     ["Putin", "Putin@2"], ["Putin"], True, True),
    ("words_inside", "Putin was in Minsk. Aides said \u201cPutin will sign the deal\u201d soon.", ["Putin will sign the deal"],
     ["Putin", "Putin@2"], ["Putin@2"], True, False),
    ("outside_only", "Merkel said the talks would go on.", ["the talks would go on"], ["Merkel"], ["Merkel"], True, True),
    ("no_speaker", "\u201cWe are ready,\u201d a statement read.", ["We are ready"], [], [], False, True),
    ("no_mentions", "Officials said the border stays shut.", ["the border stays shut"], [], [], True, True),
    ("no_mentions_words_inside", "Aides said \u201cMacron will go\u201d soon.", ["Macron will go"], [], ["Macron"], True, False),
    ("between_two_spans", "\u201cWe wait,\u201d Lula said, \u201cand we hope.\u201d", ["We wait", "and we hope"], ["Lula"], ["Lula"],
     True, True),
    ("in_second_span", "\u201cWe wait,\u201d aides said, \u201cand Lula hopes.\u201d", ["We wait", "and Lula hopes"], ["Lula"], [],
     True, False),
    ("no_content_span", "Putin spoke.", [], ["Putin"], ["Putin"], True, True),
]


def _span(text: str, needle: str) -> list[int]:
    word, _, nth = needle.partition("@")
    start = -1
    for _ in range(int(nth or 1)):
        start = text.index(word, start + 1)
    return [start, start + len(word)]


def _rows(k: int, name, text, content, mentions, words, has_speaker, _expected, *, computed: bool):
    doc = f"d{k}"
    ev = [_span(text, c) for c in content]
    ms = [_span(text, m) for m in mentions]
    sp = [_span(text, w) for w in words]
    rows = {t: [] for t in TABLES}
    rows["documents"].append({"doc_id": doc, "text": text, "length": len(text), "title": name, "record": "{}"})
    rows["entities"].append({"doc_id": doc, "entity_id": "e1", "name": "X", "type": "PERSON", "n_mentions": len(ms)})
    rows["mentions"] += [{"doc_id": doc, "entity_id": "e1", "start": s, "end": e, "text": text[s:e], "kind": "name"} for s, e in ms]
    rows["quotes"].append({
        "doc_id": doc, "quote_id": "q1", "text": name, "kind": "direct", "speaker_id": "e1" if has_speaker else None,
        "evidence": json.dumps(ev), "speaker_evidence": json.dumps(sp),
        "speaker_named_outside": speakers.named_outside(ev, sp, [tuple(m) for m in ms], has_speaker) if computed else None,
    })
    return rows


def _answers(con, cond: str) -> dict[str, bool]:
    return dict(con.execute(f"SELECT q.text, {cond} FROM quotes q").fetchall())


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_named_outside_python_gives_the_expected_answer(case):
    name, text, content, mentions, words, has_speaker, expected = case
    ev, sp = [_span(text, c) for c in content], [_span(text, w) for w in words]
    assert speakers.named_outside(ev, sp, [tuple(_span(text, m)) for m in mentions], has_speaker) is expected


def test_named_outside_column_equals_the_sql_filter(tmp_path):
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        store.write_batch([_rows(k, *c, computed=True) for k, c in enumerate(CASES)])
        stored = _answers(store.con, "q.speaker_named_outside")
        assert stored == _answers(store.con, speakers.NAMED_OUTSIDE_SQL)
        assert stored == {c[0]: c[-1] for c in CASES}
        assert speakers.named_outside_condition(store.con) == "q.speaker_named_outside"  # every row filled: the cheap form


def test_named_outside_unfilled_rows_fall_back_and_migration_fills_them(tmp_path):
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        store.write_batch([_rows(k, *c, computed=False) for k, c in enumerate(CASES)])
        assert speakers.named_outside_condition(store.con) == speakers.NAMED_OUTSIDE
        assert _answers(store.con, speakers.NAMED_OUTSIDE) == {c[0]: c[-1] for c in CASES}
        migrate.fill_computed(store.con, {("quotes", "speaker_named_outside")})
        assert _answers(store.con, "q.speaker_named_outside") == {c[0]: c[-1] for c in CASES}
