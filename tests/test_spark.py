"""The Spark job, on real local-mode Spark: one shared session (start-up is slow), small
corpora written here (JSON Lines, WARC built with warcio, Parquet built with pyarrow)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.evidence import check_evidence

pyspark = pytest.importorskip("pyspark", reason="the optional 'spark' extra (pyspark) is not installed")

from newsfacts import spark as nfspark  # noqa: E402
from newsfacts.errors import NewsfactsError  # noqa: E402
from newsfacts.store.tables import KEYS, TABLES  # noqa: E402

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = [
    "Kenyan Foreign Minister Amara Okafor met Brazilian President Rafael Ortega in Brasilia on Monday. "
    "Okafor said Kenya would send two hundred engineers to help rebuild the port.\n\n"
    "Ortega thanked Nairobi for the offer and said talks on a trade deal would continue next month.\n",
    "Polish Defence Minister Jonas Kowalski visited Ottawa on Tuesday to discuss patrol boats for the Baltic. "
    "Canadian officials said about 40 sailors would train in Poland this spring.\n",
    "The Egyptian Interior Ministry said on Wednesday that it had closed the Rafah crossing for repairs. "
    "Officials in Cairo said the crossing would reopen within ten days.\n",
    "German Finance Minister Leila Haddad criticised Turkey over grain exports during a visit to Ankara. "
    "Haddad said Berlin expected a written answer before the summit in Warsaw.\n",
    "Japanese Prime Minister Yuki Tanaka hosted Indian Foreign Minister Priya Rahman in Tokyo. "
    "Tanaka said the two countries had agreed to share data on cyber attacks.\n",
    # the meeting of ARTICLES[0] again, reported by another outlet in other words
    "Brazilian President Rafael Ortega held talks with Kenyan Foreign Minister Amara Okafor in Brasilia on Monday. "
    "Ortega said Brazil welcomed the offer of engineers for the port.\n",
]

HTML = (
    "<html><head><title>{title}</title><meta property='og:site_name' content='Daily Test'></head>"
    "<body><nav>Home | World | Sport</nav><article><h1>{title}</h1>{paras}</article>"
    "<footer>Copyright Daily Test</footer></body></html>"
)


def _html(title: str, text: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
    return HTML.format(title=title, paras=paras).encode("utf-8")


def _write_warc(path: Path, pages: list[tuple[str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers,
                                            warc_headers_dict={"WARC-Date": "2026-03-05T10:00:00Z"})
            writer.write_record(rec)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """A folder with JSON Lines (good lines, a bad line, an empty text, a duplicate), a WARC
    file (two articles and an empty page) and a Parquet file; returns the folder."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    d = tmp_path_factory.mktemp("spark-corpus")
    (d / "files").mkdir()
    lines = [json.dumps({"text": ARTICLES[0], "date": "2026-03-02", "source": "Daily Test", "url": "http://example.org/0"}),
             json.dumps({"text": ARTICLES[1], "date": "2026-03-03", "source": "Evening Test", "title": "Patrol boats"}),
             "{this is not json",
             json.dumps({"text": "   \n"}),
             json.dumps({"text": ARTICLES[0], "date": "2026-03-02", "source": "Daily Test"}),  # duplicate of line 1
             json.dumps(["a", "list"]),
             json.dumps({"text": ARTICLES[5], "date": "2026-03-02", "source": "Other Test"})]
    (d / "files" / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _write_warc(d / "files" / "crawl.warc.gz", [
        ("http://example.org/egypt", _html("Crossing closed", ARTICLES[2])),
        ("http://example.org/empty", b"<html><head><script>var page = 1;</script></head><body></body></html>"),
        ("http://example.org/germany", _html("Grain talks", ARTICLES[3])),
    ])
    pq.write_table(pa.table({"text": [ARTICLES[4]], "date": ["2026-03-06"], "source": ["Parquet Post"], "url": ["http://example.org/4"]}),
                   d / "more.parquet")
    return d


@pytest.fixture(scope="session")
def spark():
    nfspark.ensure_java()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        pyspark.sql.SparkSession.builder.master("local[2,3]")  # 3 attempts per task: the retry test needs one
        .appName("newsfacts-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.ui.showConsoleProgress", "false")
        .config(map=nfspark.local_conf())  # workers forked from a daemon that has loaded the model
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def spark_out(spark, corpus, tmp_path_factory):
    """One run of the job through the CLI (in-process, on the shared session)."""
    from click.testing import CliRunner

    from newsfacts.cli import cli

    out = tmp_path_factory.mktemp("spark-out") / "out"
    res = CliRunner().invoke(cli, ["spark", str(corpus / "files"), str(corpus / "more.parquet"), str(out),
                                   "--published-field", "date", "--partitions", "2"])
    assert res.exit_code == 0, res.output
    return out, res.output


def _table(out: Path, table: str, order: str = "") -> list[dict]:
    import duckdb

    con = duckdb.connect()
    rel = con.sql(f"SELECT * FROM read_parquet('{out}/{table}/*.parquet') {order}")
    cols = rel.columns
    return [dict(zip(cols, r)) for r in rel.fetchall()]


# ----------------------------------------------------------------------------- no Spark session


def test_spark_schemas_are_the_store_tables():
    for table, cols in TABLES.items():
        schema = nfspark.table_schema(table)
        assert [f.name for f in schema.fields] == [c for c, _ in cols]
    assert nfspark.spark_type("DATE").typeName() == "date"
    assert nfspark.spark_type("TIMESTAMP").typeName() == "timestamp_ntz"
    with pytest.raises(ValueError, match="HUGEINT"):
        nfspark.spark_type("HUGEINT")
    facts = nfspark.facts_schema()
    assert [f.name for f in facts.fields] == ["key", "copies", "skipped", *nfspark.DOC_TABLES]
    assert "event_clusters" not in nfspark.DOC_TABLES and "rejects" in nfspark.DOC_TABLES


def test_spark_row_tuple_converts_to_column_types():
    row = {"doc_id": "x", "published": "2026-03-04", "length": 7, "text": "a"}
    t = nfspark.row_tuple("documents", row)
    names = [c for c, _ in TABLES["documents"]]
    assert len(t) == len(names)
    assert t[names.index("published")] == dt.date(2026, 3, 4)
    assert t[names.index("url")] is None
    claim = nfspark.row_tuple("claims", {"value": 3})
    assert isinstance(claim[[c for c, _ in TABLES["claims"]].index("value")], float)


def test_spark_remote_file_is_read_like_ingest_with_its_uri_as_origin(tmp_path):
    """A file Spark fetched from elsewhere (s3a://...) goes through ingest's readers, and
    its origins name the URI, not the local spool file."""
    from newsfacts.corpus.readers import read_inputs

    data = b'{"text": "Ann met Bob.", "when": "2026-01-02T10:00:00Z", "url": "u"}\n\nnot json\n{"text": ""}\n{"title": "no text"}\n'
    local = tmp_path / "x.jsonl"
    local.write_bytes(data)
    uri = "s3a://bucket/news/x.jsonl"
    remote = list(nfspark.file_entries(uri, data, published_field="when"))
    same = list(read_inputs([str(local)], published_field="when"))
    assert [e._replace(origin=e.origin.replace(uri, str(local))) for e in remote] == same
    assert [e.origin for e in remote] == [f"{uri}:1", f"{uri}:3", f"{uri}:4", f"{uri}:5"]
    items = [nfspark.item_from_entry(uri, n, e, max_chars=1000) for n, e in enumerate(remote)]
    assert [(it[3], it[7]) for it in items] == [("doc", None), ("reject", "bad_json"), ("reject", "empty"), ("reject", "missing_text")]
    assert items[0][6]["published"] == "2026-01-02" and items[0][6]["url"] == "u"
    too_long = nfspark.item_from_entry(uri, 0, remote[0], max_chars=5)
    assert too_long[3] == "reject" and too_long[7] == "too_long" and too_long[9] == items[0][9]


def test_spark_unreadable_file_is_a_reject_not_a_failed_job(tmp_path):
    import gzip

    from pyspark.sql import Row

    good = json.dumps({"text": ARTICLES[0]}).encode() + b"\n"
    data = gzip.compress(good * 3)
    broken = tmp_path / "cut.jsonl.gz"
    broken.write_bytes(data[: len(data) - 12])  # the gzip trailer is missing
    items = list(nfspark.read_files_partition([Row(path=f"file://{broken}")], "published", "text", 100_000))
    assert [it[3] for it in items[:-1]] == ["doc"] * (len(items) - 1)
    last = items[-1]
    assert last[3] == "reject" and last[7] == "unreadable" and last[4].startswith(str(broken))


class _CountingFactory:
    def __init__(self, nlp):
        self.nlp, self.calls = nlp, 0

    def __call__(self):
        self.calls += 1
        return self.nlp


class _FailOn:
    """An nlp whose pipe fails on any batch holding a text with ``marker`` (the failure
    a bad document can cause deep in a model), otherwise the real pipeline."""

    def __init__(self, nlp, marker: str):
        self._nlp, self._marker = nlp, marker

    def pipe(self, texts, **kw):
        texts = list(texts)
        if any(self._marker in t for t in texts):
            raise ValueError("boom in the parser")
        return self._nlp.pipe(texts, **kw)

    def __getattr__(self, name):
        return getattr(self._nlp, name)


def _pairs(texts: list[str]):
    from newsfacts.corpus.readers import Item, Reject

    entries = [Item(t, {"published": "2026-03-04"}, f"c.jsonl:{k}") for k, t in enumerate(texts, start=1)]
    entries.append(Reject("c.jsonl:99", "bad_json", "invalid JSON"))
    items = [nfspark.item_from_entry("c.jsonl", n, e, max_chars=100_000) for n, e in enumerate(entries)]
    return [(nfspark.item_key(it), it) for it in items]


FACT_COLUMNS = ["key", "copies", "skipped", *nfspark.DOC_TABLES]


def test_spark_extract_partition_builds_nlp_once_and_keeps_evidence(nlp):
    factory = _CountingFactory(nlp)
    run_at = dt.datetime(2026, 3, 4, 12, 0)
    out = list(nfspark.extract_partition(_pairs(ARTICLES[:4]), run_at=run_at, batch_size=2, nlp_factory=factory))
    assert factory.calls == 1  # once per partition, never per record or batch
    assert len(out) == 5
    idx = {t: k for k, t in enumerate(FACT_COLUMNS)}
    doc_cols = [c for c, _ in TABLES["documents"]]
    for row, text in zip(out[:4], ARTICLES[:4]):
        (doc,) = row[idx["documents"]]
        record = json.loads(doc[doc_cols.index("record")])
        assert doc[doc_cols.index("text")] == text
        assert check_evidence(record, text) > 0
        assert len(row[idx["entities"]]) == len(record["entities"]) > 0
    (rej,) = out[4][idx["rejects"]]
    rej_cols = [c for c, _ in TABLES["rejects"]]
    assert rej[rej_cols.index("reason")] == "bad_json" and rej[rej_cols.index("rejected_at")] == run_at


def test_spark_extract_partition_rejects_only_the_failing_document(nlp):
    texts = [ARTICLES[0], "EXPLODE " + ARTICLES[1], ARTICLES[2]]
    out = list(nfspark.extract_partition(_pairs(texts), run_at=dt.datetime(2026, 3, 4), batch_size=3,
                                         nlp_factory=lambda: _FailOn(nlp, "EXPLODE")))
    idx = {t: k for k, t in enumerate(FACT_COLUMNS)}
    assert [len(r[idx["documents"]]) for r in out] == [1, 0, 1, 0]
    reasons = [r[idx["rejects"]][0][2] for r in out if r[idx["rejects"]]]
    details = [r[idx["rejects"]][0][3] for r in out if r[idx["rejects"]]]
    assert reasons == ["processing_error", "bad_json"]
    assert details[0] == "ValueError: boom in the parser"


def test_spark_missing_pyspark_prints_the_install_line():
    block = "import sys; sys.modules['pyspark'] = None; "
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for code in (block + "sys.argv = ['newsfacts', 'spark', 'a.jsonl', 'out']; from newsfacts.cli import main; main()",
                 block + "import runpy; sys.argv = ['x', 'a.jsonl', 'out']; runpy.run_module('newsfacts.spark', run_name='__main__')"):
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
        assert res.returncode == 2, res.stderr
        assert res.stderr.strip().splitlines() == ["newsfacts: [NF801] Spark support needs the 'spark' extra: "
                                                   "pip install 'newsfacts[spark]' (and a Java 17+ runtime)"]


def test_spark_without_java_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(NewsfactsError, match=r"NF802.*default-jre-headless"):
        nfspark.ensure_java()


def test_spark_parquet_folder_reads_as_the_store_tables(tmp_path):
    """Export layout (one file per table), with some tables absent: views with the store's columns."""
    import duckdb

    from newsfacts.store.parquet import connect_parquet

    cols = TABLES["documents"]
    select = ", ".join(f"CAST({v} AS {typ}) AS \"{name}\"" for (name, typ), v in
                       zip(cols, ["'d1'", "'2026-03-04'", "'Daily Test'", "NULL", "NULL", "'a.txt'", "5", "'en'", "'1.0.0'", "'hello'", "'{}'"]))
    duckdb.sql(f"COPY (SELECT {select}) TO '{tmp_path / 'documents.parquet'}' (FORMAT parquet)")
    con = connect_parquet(str(tmp_path))
    assert con.sql("SELECT doc_id, published, length FROM documents").fetchall() == [("d1", dt.date(2026, 3, 4), 5)]
    assert [(r[0], r[1]) for r in con.sql("DESCRIBE events").fetchall()] == TABLES["events"]
    assert con.execute("SELECT count(*) FROM events").fetchone() == (0,)
    with pytest.raises(NewsfactsError, match="NF806"):
        connect_parquet(str(tmp_path / "nowhere"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(NewsfactsError, match="NF806.*no Parquet tables"):
        connect_parquet(str(tmp_path / "empty"))


# ----------------------------------------------------------------------------- real Spark


def test_spark_job_writes_every_table_with_the_store_schema(spark_out):
    import duckdb

    out, printed = spark_out
    assert (out / "_SUCCESS").exists() and not list(out.glob("_staging*"))
    con = duckdb.connect()
    for table, cols in TABLES.items():
        described = con.sql(f"DESCRIBE SELECT * FROM read_parquet('{out}/{table}/*.parquet')").fetchall()
        assert [(r[0], r[1]) for r in described] == cols, table
    summary = json.loads((out / "_newsfacts.json").read_text())
    assert summary["documents"] == 6 and summary["duplicates_skipped"] == 1
    assert summary["rejected"] == {"bad_json": 2, "empty": 1, "empty_html": 1}
    assert "processed 6 documents" in printed and "skipped 1 duplicates" in printed
    assert set(summary["phases"]) == {"pipeline", "cluster", "write", "commit"}
    tasks = summary["nlp_tasks"]
    assert tasks["tasks"] == 2 and tasks["documents"] == 6  # distinct texts: the duplicate was merged before the NLP
    # the workers were forked from the daemon with the model loaded: no task loaded it
    assert tasks["model_loads"] == 0 and tasks["load_s"] < 0.5, tasks
    assert 0 < tasks["nlp_cpu_s"] <= tasks["task_cpu_s"]


def test_spark_local_sessions_preload_the_model_in_the_worker_daemon(monkeypatch, tmp_path):
    assert nfspark.workers_import_newsfacts()  # installed (editable) or on PYTHONPATH
    assert nfspark.local_conf() == {"spark.python.daemon.module": "newsfacts.spark.daemon"}
    # workers running another Python, or a package only the driver sees: no preloading daemon
    monkeypatch.setenv("PYSPARK_PYTHON", str(tmp_path / "other-python"))
    assert nfspark.local_conf() == {}
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    other = tmp_path / "elsewhere" / "newsfacts"  # another copy first on the workers' path
    other.mkdir(parents=True)
    (other / "__init__.py").write_text("")
    monkeypatch.setenv("PYTHONPATH", str(other.parent))
    assert nfspark.local_conf() == {}


def test_spark_output_is_queried_like_the_store(spark_out):
    from newsfacts.store.parquet import connect_parquet

    out, _ = spark_out
    con = connect_parquet(str(out))
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (6,)
    n_entities = con.execute("SELECT count(*) FROM entities e JOIN documents d USING (doc_id)").fetchone()[0]
    assert n_entities == json.loads((out / "_newsfacts.json").read_text())["rows"]["entities"] > 0


def test_spark_job_output_holds_the_facts_of_every_document(spark_out, corpus, nlp):
    from newsfacts import extract

    out, _ = spark_out
    docs = _table(out, "documents", "ORDER BY origin")
    assert len(docs) == 6
    by_text = {d["text"]: d for d in docs}
    first = by_text[ARTICLES[0]]
    assert first["origin"] == str(corpus / "files" / "news.jsonl") + ":1"  # the first copy wins
    assert first["published"] == dt.date(2026, 3, 2) and first["source"] == "Daily Test"
    assert by_text[ARTICLES[1]]["title"] == "Patrol boats"
    assert by_text[ARTICLES[4]]["origin"] == str(corpus / "more.parquet") + "#0"
    assert by_text[ARTICLES[4]]["source"] == "Parquet Post"
    # WARC: the article text extracted from the HTML (title and paragraphs, no navigation)
    warc = [d for d in docs if "crawl.warc.gz#" in d["origin"]]
    assert sorted(d["url"] for d in warc) == ["http://example.org/egypt", "http://example.org/germany"]
    egypt = next(d for d in warc if d["url"].endswith("egypt"))
    assert ARTICLES[2].split(". ")[0] in egypt["text"] and "Home" not in egypt["text"]
    assert egypt["title"] == "Crossing closed" and egypt["published"] == dt.date(2026, 3, 5)
    entities = _table(out, "entities")
    mentions = _table(out, "mentions")
    for d in docs:
        record = json.loads(d["record"])
        check_evidence(record, d["text"])
        # the same function the CLI runs gives the same record
        info = record["document"]
        same = extract(d["text"], published=info["published"], source=info["source"], title=info["title"], nlp=nlp)
        assert same == record
        assert sorted(e["entity_id"] for e in entities if e["doc_id"] == d["doc_id"]) == sorted(e["id"] for e in record["entities"])
    for m in mentions:
        assert by_text_id(docs, m["doc_id"])[m["start"]:m["end"]] == m["text"]
    # duplicate events: the meeting reported by two outlets is one cluster; every event that
    # happened is in one, the others (negated, hypothetical, future, background, uncoded) in none
    from newsfacts.store.clusters import clusterable

    events, clusters = _table(out, "events"), _table(out, "event_clusters")
    happened = [e for e in events if clusterable(e)]
    assert happened and {e["cluster_id"] for e in happened} == {c["cluster_id"] for c in clusters}
    assert all(e["cluster_id"] is None for e in events if not clusterable(e))
    assert sum(c["n_events"] for c in clusters) == len(happened)
    merged = [c for c in clusters if c["n_articles"] > 1]
    assert len(merged) == 1 and merged[0]["type"] == "CONSULT" and merged[0]["n_sources"] == 2
    rejects = _table(out, "rejects", "ORDER BY origin")
    assert [r["origin"].rsplit("/", 1)[-1] for r in rejects if r["reason"] == "bad_json"] == ["news.jsonl:3", "news.jsonl:6"]
    assert all(r["detail"] and r["rejected_at"] for r in rejects)
    assert len({r["reject_id"] for r in rejects}) == len(rejects)


def by_text_id(docs: list[dict], doc_id: str) -> str:
    return next(d["text"] for d in docs if d["doc_id"] == doc_id)


def _run_failing(spark, corpus, out: Path, how: str, overwrite: bool = False) -> dict:
    sc = spark.sparkContext
    sc.setLocalProperty(nfspark.FAIL_PARTITION, how)
    try:
        return nfspark.run(spark, [str(corpus / "files"), str(corpus / "more.parquet")], str(out),
                           published_field="date", partitions=2, batch_size=1, overwrite=overwrite)
    finally:
        sc.setLocalProperty(nfspark.FAIL_PARTITION, None)


def test_spark_retried_partition_leaves_no_duplicates(spark, spark_out, corpus, tmp_path):
    out, _ = spark_out
    summary = _run_failing(spark, corpus, tmp_path / "retried", "0")  # first attempt of partition 0 fails
    assert summary["documents"] == 6
    for table in ("documents", "entities", "mentions", "quotes", "events", "claims", "rejects", "event_clusters"):
        key = ", ".join(KEYS[table])
        again = _table(tmp_path / "retried", table, f"ORDER BY {key}")
        first = _table(out, table, f"ORDER BY {key}")
        assert [{k: v for k, v in r.items() if k != "rejected_at"} for r in again] == \
               [{k: v for k, v in r.items() if k != "rejected_at"} for r in first], table


def test_spark_failed_job_leaves_the_previous_output_alone(spark, spark_out, corpus, tmp_path):
    import shutil

    out, _ = spark_out
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    before = sorted(str(p.relative_to(copy)) for p in copy.rglob("*"))
    with pytest.raises(NewsfactsError, match=r"NF805.*the Spark job failed.*partition 0 fails attempt"):
        _run_failing(spark, corpus, copy, "0:always", overwrite=True)  # every attempt fails: the job fails
    assert sorted(str(p.relative_to(copy)) for p in copy.rglob("*")) == before


def test_spark_non_empty_output_is_refused_and_user_files_kept(spark, corpus, tmp_path):
    """Regression: subfolders of OUTPUT named like tables were deleted without a word."""
    out = tmp_path / "out"
    (out / "documents").mkdir(parents=True)
    (out / "documents" / "thesis.txt").write_text("years of work")
    with pytest.raises(NewsfactsError, match=r"NF804.*not empty.*--overwrite"):
        nfspark.run(spark, [str(corpus / "files")], str(out), published_field="date", partitions=2)
    assert (out / "documents" / "thesis.txt").read_text() == "years of work"


def _synthetic_events() -> tuple[list[dict], list[dict]]:
    """Documents and event rows written here: the same meetings, strikes and aid pledges
    reported by several outlets on nearby days, with swapped sides, missing countries and
    undated rows, across three quad classes."""
    import random

    rng = random.Random(3)
    stories = [
        ("CONSULT", "VERBAL_COOP", "NOR", "CAN", "Foreign Minister Solheim met Defence Minister Tremblay in Ottawa to discuss Arctic patrols"),
        ("CONSULT", "VERBAL_COOP", "JPN", "IND", "Prime Minister Tanaka hosted Foreign Minister Rahman in Tokyo for talks on cyber security"),
        ("AID", "MATERIAL_COOP", "KEN", "BRA", "Kenya sent two hundred engineers to rebuild the port at Santos"),
        ("ASSAULT", "MATERIAL_CONF", "ISR", None, "Rockets struck a border town overnight, officials in Jerusalem said"),
        ("ACCUSE", "VERBAL_CONF", "DEU", "TUR", "Finance Minister Haddad accused Ankara of blocking grain exports"),
        ("ACCUSE", "VERBAL_CONF", "DEU", "TUR", "Berlin accused Turkey of delaying the grain corridor talks again"),
    ]
    docs, events = [], []
    for k in range(24):
        typ, quad, src, tgt, sentence = stories[k % len(stories)]
        day = dt.date(2026, 3, 1) + dt.timedelta(days=(k % len(stories)) + rng.choice([0, 0, 1, 5]))
        lead = rng.choice(["On Monday, ", "Officials said ", "", "Reports say "])
        text = f"{lead}{sentence}.\nMore details followed later in the day.\n"
        doc_id = f"d{k:02d}"
        swap = typ == "CONSULT" and k % 4 == 1
        s_c, t_c = (tgt, src) if swap else (src, tgt)
        start = len(lead)
        docs.append({"doc_id": doc_id, "published": day, "source": f"outlet{k % 5}", "text": text})
        events.append({"doc_id": doc_id, "event_id": "v1", "type": typ, "quad_class": quad,
                       "source_country": s_c if k % 7 else None, "target_country": t_c,
                       "source_name": None, "target_name": None,
                       "date": None if k % 3 == 0 else day, "start": start, "end": start + len(sentence)})
    docs.append({"doc_id": "dzz", "published": None, "source": None, "text": "An undated report of a meeting.\n"})
    events.append({"doc_id": "dzz", "event_id": "v1", "type": "CONSULT", "quad_class": "VERBAL_COOP", "source_country": "NOR",
                   "target_country": "CAN", "source_name": None, "target_name": None, "date": None, "start": 0, "end": 30})
    return docs, events


def test_spark_clusters_are_the_store_clusters(spark):
    """Spark's clustering (partitioned by quad class, sorted like ingest) gives exactly the
    clusters of the store's pure function on the same event rows."""
    from newsfacts.store.clusters import cluster_events

    docs, events = _synthetic_events()
    facts = []
    for d in docs:  # the job's per-document rows: the document and its events side by side
        row = {t: [] for t in nfspark.DOC_TABLES}
        row.update(key="d:" + d["doc_id"], copies=1, skipped=None, documents=[nfspark.row_tuple("documents", d)],
                   events=[nfspark.row_tuple("events", e) for e in events if e["doc_id"] == d["doc_id"]])
        facts.append(tuple(row[f] for f in nfspark.facts_schema().fieldNames()))
    facts.append(("r:x", 1, None, *[[] for _ in nfspark.DOC_TABLES]))  # a record with no document
    facts_df = spark.createDataFrame(facts, nfspark.facts_schema())
    linked, clusters, cached = nfspark.cluster_events(spark, facts_df, partitions=3)
    try:
        got_events = {(r["doc_id"], r["event_id"]): r["cluster_id"] for r in linked.collect()}
        got_clusters = sorted((r.asDict() for r in clusters.collect()), key=lambda c: c["cluster_id"])
    finally:
        cached.unpersist()
    by_doc = {d["doc_id"]: d for d in docs}
    rows = [{**e, "published": by_doc[e["doc_id"]]["published"], "source": by_doc[e["doc_id"]]["source"],
             "evidence_text": by_doc[e["doc_id"]]["text"][e["start"]:e["end"]]} for e in events]
    want = cluster_events(rows)
    assert got_events == want.assignments
    want_clusters = sorted((nfspark.row_tuple("event_clusters", c) for c in want.clusters), key=lambda c: c[0])
    assert [tuple(c.values()) for c in got_clusters] == want_clusters
    assert 1 < len(got_clusters) < len(events)  # some reports were merged, not all
    assert max(c["n_sources"] for c in got_clusters) > 1


def test_spark_gives_the_same_store_as_ingest(spark, corpus, nlp, tmp_path):
    """The same input through `ingest` (DuckDB) and the Spark job (Parquet): the same rows
    in every table (documents, facts, rejects, clusters), except the time of rejection;
    and the corpus commands give the same answers on either."""
    import duckdb
    from click.testing import CliRunner

    from newsfacts.cli import cli
    from newsfacts.store.duckdb import FactStore
    from newsfacts.corpus.ingest import ingest

    files = str(corpus / "files")
    db = tmp_path / "ingest.duckdb"
    with FactStore.open(str(db)) as store:
        ingest([files], store, workers=1, nlp=nlp, progress=False, published_field="date")
    out = tmp_path / "spark"
    summary = nfspark.run(spark, [files], str(out), published_field="date", partitions=2)
    assert summary["documents"] == 5
    con = duckdb.connect(str(db), read_only=True)
    for table, cols in TABLES.items():
        names = ", ".join(f'"{c}"' for c, _ in cols if c != "rejected_at")
        order = ", ".join(f'"{c}"' for c in KEYS[table])
        stored = con.execute(f'SELECT {names} FROM "{table}" ORDER BY {order}').fetchall()
        written = con.execute(f"SELECT {names} FROM read_parquet('{out}/{table}/*.parquet') ORDER BY {order}").fetchall()
        assert written == stored, table
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (5,)
    # the two reports of one meeting are one cluster, in both
    assert con.execute("SELECT max(n_articles), max(n_sources) FROM event_clusters").fetchone() == (2, 2)
    con.close()

    def answer(*args: str) -> list[str]:
        r = CliRunner().invoke(cli, list(args))
        assert r.exit_code == 0, r.output
        return r.stdout.splitlines()

    for command in (["dyads", "--by", "day", "--count", "reports"], ["dyads", "--by", "month"], ["actors", "--top", "10"],
                    ["sql", "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY type"]):
        assert answer(*command, "--format", "json", "--parquet", str(out)) == answer(*command, "--format", "json", "--db", str(db))
    assert answer("sql", "SELECT count(*) AS n FROM documents", "--format", "json", "--parquet", str(out)) == ['{"n": 5}']
    refused = CliRunner().invoke(cli, ["sql", "DELETE FROM documents", "--parquet", str(out)])
    assert refused.exit_code == 2 and "read-only" in refused.output


def test_spark_cli_bad_input_is_one_line(spark, tmp_path):
    from click.testing import CliRunner

    from newsfacts.cli import cli

    res = CliRunner().invoke(cli, ["spark", str(tmp_path / "missing.jsonl"), str(tmp_path / "out")])
    assert res.exit_code == 2
    assert res.output.startswith("newsfacts: [NF803] cannot read the input") and res.output.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_spark_submit_runs_the_shipped_package(corpus, tmp_path):
    """spark-submit with the package shipped as a zip (--py-files), as on a cluster."""
    spark_submit = Path(pyspark.__file__).parent / "bin" / "spark-submit"
    pkg = tmp_path / "newsfacts.zip"
    with zipfile.ZipFile(pkg, "w") as zf:
        for f in (ROOT / "src" / "newsfacts").rglob("*"):
            if f.is_file() and "__pycache__" not in f.parts:
                zf.write(f, f.relative_to(ROOT / "src"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYSPARK_PYTHON"] = env["PYSPARK_DRIVER_PYTHON"] = sys.executable
    out = tmp_path / "out"
    cmd = [str(spark_submit), "--master", "local[1]", "--conf", "spark.ui.enabled=false", "--py-files", str(pkg),
           str(ROOT / "src" / "newsfacts" / "spark" / "__main__.py"), str(corpus / "files" / "news.jsonl"), str(out),
           "--published-field", "date", "--partitions", "1"]
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=280, cwd=tmp_path)
    assert res.returncode == 0, res.stderr[-3000:]
    assert "processed 3 documents" in res.stdout
    docs = _table(out, "documents")
    assert sorted(d["text"] for d in docs) == sorted([ARTICLES[0], ARTICLES[1], ARTICLES[5]])
    assert sorted(d["origin"].rsplit(":", 1)[1] for d in docs) == ["1", "2", "7"]


def test_spark_daemon_preload_loads_the_pipeline_and_writes_nothing_to_stdout(nlp, capfd):
    """The daemon's stdout carries its port to the JVM: the preload must print nothing there."""
    from newsfacts.spark import daemon as spark_daemon
    from newsfacts.pipeline import build_nlp

    assert spark_daemon.preload() > 0
    assert build_nlp() is build_nlp()  # what the forked workers find: the cached pipeline
    assert capfd.readouterr().out == ""


def test_spark_reads_empty_and_underscore_files_as_ingest_does(spark, tmp_path):
    """Hardening II: Spark's file listing hid `_`-prefixed files and dropped empty ones, where
    ingest reads them (a document, an `empty` reject); local inputs are now listed as ingest
    lists them, so the same files give the same documents and rejects."""
    from newsfacts.corpus.readers import Item, Reject, Skipped, read_inputs
    from newsfacts.spark.reading import read_items

    d = tmp_path / "in"
    (d / "_sub").mkdir(parents=True)
    (d / "_notes.txt").write_text(ARTICLES[0], encoding="utf-8")
    (d / "_sub" / "a.txt").write_text(ARTICLES[1], encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "empty.jsonl").write_text("", encoding="utf-8")
    (d / "ok.jsonl").write_text(json.dumps({"text": ARTICLES[2]}) + "\n", encoding="utf-8")
    (d / ".hidden.txt").write_text(ARTICLES[3], encoding="utf-8")  # skipped by both
    kinds = {Item: "doc", Reject: "reject", Skipped: "skip"}
    by_ingest = sorted((kinds[type(e)], e.origin, getattr(e, "reason", None)) for e in read_inputs([str(d)]))
    by_spark = sorted((it[3], it[4], it[7]) for it in read_items(spark, [str(d)]).collect())
    assert by_spark == by_ingest
    origins = {o for _, o, _ in by_spark}
    assert str(d / "_notes.txt") in origins and str(d / "_sub" / "a.txt") in origins
    assert ("reject", str(d / "empty.txt"), "empty") in by_spark
    assert not any(".hidden" in o for o in origins)
    # a glob and a file: URI are local inputs too
    assert sorted((it[3], it[4], it[7]) for it in read_items(spark, [f"file://{d}/_*.txt"]).collect()) == [
        ("doc", str(d / "_notes.txt"), None)]


def test_spark_remote_inputs_give_the_same_rejects_as_ingest(spark, tmp_path, monkeypatch):
    """Hardening II, remote inputs (``hdfs:``, ``s3a:``): Spark's listing hid `_`-prefixed
    files and dropped empty ones with no reject. They are now listed through Hadoop's
    FileSystem to ingest's rule; run here on a ``file:`` URI through the remote code path
    (local inputs are otherwise listed by ingest's own code)."""
    from newsfacts.corpus.readers import Item, Reject, Skipped, read_inputs
    from newsfacts.spark import reading

    d = tmp_path / "in"
    (d / "_sub").mkdir(parents=True)
    (d / "_notes.txt").write_text(ARTICLES[0], encoding="utf-8")
    (d / "_sub" / "a.txt").write_text(ARTICLES[1], encoding="utf-8")
    (d / "_SUCCESS").write_text("", encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "empty.jsonl").write_text("", encoding="utf-8")
    (d / "ok.jsonl").write_text(json.dumps({"text": ARTICLES[2]}) + "\n" + json.dumps({"text": ""}) + "\n", encoding="utf-8")
    (d / ".hidden.txt").write_text(ARTICLES[3], encoding="utf-8")  # skipped by both
    kinds = {Item: "doc", Reject: "reject", Skipped: "skip"}
    by_ingest = sorted((kinds[type(e)], e.origin, getattr(e, "reason", None)) for e in read_inputs([str(d)]))
    monkeypatch.setattr(reading, "local_files", lambda inputs: ([], list(inputs)))  # every input is "remote"
    items = reading.read_items(spark, [d.as_uri()]).collect()
    by_spark = sorted((it[3], reading.local_path(it[4]), it[7]) for it in items)
    assert by_spark == by_ingest
    assert all(it[4].startswith("file:") for it in items)  # read by Spark / the driver, named by their URI
    assert ("reject", str(d / "empty.txt"), "empty") in by_spark and ("reject", str(d / "_SUCCESS"), "unsupported_file") in by_spark
    assert ("doc", str(d / "_sub" / "a.txt"), None) in by_spark
    files, missing = reading.remote_files(spark, [d.as_uri() + "/_*", d.as_uri() + "/nothing-*"])
    assert [reading.local_path(u) for u, _ in files] == [str(d / "_SUCCESS"), str(d / "_notes.txt"), str(d / "_sub" / "a.txt")]
    assert missing == [d.as_uri() + "/nothing-*"]
