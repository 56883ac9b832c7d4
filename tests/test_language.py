"""Every document's language is recorded, and non-English texts are flagged whatever their
script (issue "Daily use", 7: Chinese and Bengali pages were stored with language null)."""

from __future__ import annotations

import json

import pytest

from newsfacts.nlp.text import identify_language

pytestmark = pytest.mark.model

CHINESE = "北京市政府周二宣布，将在明年春季前完成对老旧社区供暖管道的全面改造，涉及居民约十二万户。"
BENGALI = "ঢাকার পৌরসভা মঙ্গলবার জানিয়েছে যে আগামী বর্ষার আগে শহরের সব নর্দমা পরিষ্কার করা হবে।"
GERMAN = ("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss bis zum Herbst zu "
          "sanieren, wie ein Sprecher der Verwaltung am Abend mitteilte und dabei die Kosten nannte.")
ENGLISH = ("The city council voted on Tuesday to repair the old bridge over the river before the autumn, "
           "a spokesman for the council said in the evening, giving no figure for the cost.")


@pytest.mark.parametrize("text, code", [(CHINESE, "zh"), (BENGALI, "bn"), (GERMAN, "de"), (ENGLISH, "en")])
def test_language_identifier_names_the_language(text, code):
    assert identify_language(text)[0] == code


@pytest.mark.parametrize("text, language, flagged", [
    (CHINESE, "zh", True), (BENGALI, "bn", True), (GERMAN, "de", True), (ENGLISH, "en", False),
    ("Roe said it.", None, False),  # too short to tell
])
def test_language_recorded_and_flagged(extract_text, text, language, flagged):
    record = extract_text(text)
    assert record["document"]["language"] == language
    assert ("not_english" in [w["code"] for w in record["warnings"]]) is flagged


def test_language_ingest_rejects_non_english_in_any_script(tmp_path, nlp):
    from newsfacts.corpus.ingest import ingest
    from newsfacts.store.duckdb import FactStore

    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (ENGLISH, CHINESE, BENGALI)) + "\n", encoding="utf-8")
    with FactStore.open(str(tmp_path / "s.duckdb")) as store:
        s = ingest([str(path)], store, nlp=nlp, progress=False)
        assert s.processed == 1 and dict(s.rejected) == {"not_english": 2}
        assert store.query("SELECT language FROM documents")[1] == [("en",)]
