"""Duplicate-event clustering: a pure function over event rows we construct here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from newsfacts.store.clusters import cluster_events, iter_clusters, pairwise_scores, similarity
from newsfacts.store.tables import TABLES


def ev(doc, eid="v1", *, type="CONSULT", quad="verbal cooperation", src=("Ingrid Solheim", "NOR"), tgt=("Marc Tremblay", "CAN"),
       date=None, published="2024-03-04", outlet=None, text="Ingrid Solheim met Marc Tremblay in Oslo to discuss Arctic fishing rights."):
    return {"doc_id": doc, "event_id": eid, "type": type, "quad_class": quad, "source_name": src[0], "source_country": src[1],
            "target_name": tgt[0], "target_country": tgt[1], "date": date, "published": published, "source": outlet or f"outlet-{doc}",
            "evidence_text": text}


def test_clusters_same_event_in_other_words_is_one_cluster():
    rows = [
        ev("a"),
        ev("b", src=("Marc Tremblay", "CAN"), tgt=("Ingrid Solheim", "NOR"), text="Canada's Marc Tremblay held talks with Solheim in Oslo on Arctic fishing."),
        ev("c", published="2024-03-05", outlet="outlet-a", text="Solheim and Tremblay discussed fishing rights in the Arctic at a meeting in Oslo."),
    ]
    res = cluster_events(rows)
    assert len(res.clusters) == 1
    c = res.clusters[0]
    assert (c["n_events"], c["n_articles"], c["n_sources"]) == (3, 3, 2)  # c is by the same outlet as a
    assert c["date_first"] == "2024-03-04" and c["date_last"] == "2024-03-05"
    assert c["representative"] == "a:v1" and c["source_country"] in ("NOR", "CAN")
    assert set(res.assignments) == {("a", "v1"), ("b", "v1"), ("c", "v1")}


@pytest.mark.parametrize("change,why", [
    ({"published": "2024-03-09"}, "outside the date window"),
    ({"tgt": ("Yuki Tanaka", "JPN")}, "another target country"),
    ({"type": "ACCUSE", "quad": "verbal conflict"}, "another quad class"),
    ({"src": ("Lars Brennan", "NOR"), "tgt": ("Claire Moreau", "CAN"), "text": "Trade minister Lars Brennan negotiated salmon tariffs with Claire Moreau in Ottawa."}, "dissimilar wording, other people"),
])
def test_clusters_keeps_different_events_apart(change, why):
    res = cluster_events([ev("a"), ev("b", **change)])
    assert len(res.clusters) == 2, why


def test_clusters_symmetric_types_allow_swapped_actors_but_directed_ones_do_not():
    t = "Poland accused Germany of ignoring border warnings."
    fwd = ev("a", type="ACCUSE", quad="verbal conflict", src=("Poland", "POL"), tgt=("Germany", "DEU"), text=t)
    back = ev("b", type="ACCUSE", quad="verbal conflict", src=("Germany", "DEU"), tgt=("Poland", "POL"), text=t)
    assert similarity(fwd, back) == 0.0
    meet_ab = ev("c")
    meet_ba = ev("d", src=("Marc Tremblay", "CAN"), tgt=("Ingrid Solheim", "NOR"))
    assert similarity(meet_ab, meet_ba) > 0.5


def test_clusters_missing_country_falls_back_to_names():
    a = ev("a", tgt=("Marc Tremblay", None))
    b = ev("b", tgt=("Tremblay", "CAN"))
    c = ev("c", tgt=("Yuki Tanaka", None))
    assert similarity(a, b) > 0.5
    assert similarity(a, c) == 0.0  # names share no word: conflicting actors


def test_clusters_rows_without_any_date_stay_alone():
    res = cluster_events([ev("a", published=None), ev("b", published=None)])
    assert len(res.clusters) == 2 and all(c["date_first"] is None for c in res.clusters)


def test_clusters_streaming_needs_date_order_and_closes_old_clusters():
    rows = [ev("a", published="2024-03-04"), ev("b", published="2024-03-10"), ev("c", published="2024-03-01")]
    with pytest.raises(ValueError, match="date order"):
        list(iter_clusters(rows))
    stream = iter_clusters([ev("a", published="2024-03-01"), ev("b", published="2024-03-10")])
    first = next(stream)  # the 1 March cluster is closed (and yielded) as soon as 10 March arrives
    assert first["members"] == [("a", "v1")]


def test_clusters_ids_are_stable_and_order_independent():
    rows = [ev("a"), ev("b", text="Solheim met Tremblay in Oslo about Arctic fishing."), ev("z", tgt=("Yuki Tanaka", "JPN"))]
    one = cluster_events(rows)
    two = cluster_events(list(reversed(rows)))
    assert one.assignments == two.assignments
    assert sorted(c["cluster_id"] for c in one.clusters) == sorted(c["cluster_id"] for c in two.clusters)


def test_clusters_rows_have_exactly_the_event_clusters_columns():
    res = cluster_events([ev("a"), ev("b")])
    assert [list(c) for c in res.clusters] == [[c for c, _ in TABLES["event_clusters"]]]


def test_clusters_pairwise_scores():
    gold = {("a", "1"): "X", ("b", "1"): "X", ("c", "1"): "Y", ("d", "1"): "Y"}
    pred = {("a", "1"): "p", ("b", "1"): "p", ("c", "1"): "p", ("d", "1"): "q"}
    s = pairwise_scores(gold, pred)
    assert s["precision"] == pytest.approx(1 / 3) and s["recall"] == pytest.approx(1 / 2)


def test_clusters_module_imports_no_store_or_spark():
    src = Path(__file__).resolve().parents[1] / "src" / "newsfacts" / "store" / "clusters.py"
    names = set()
    for node in ast.walk(ast.parse(src.read_text())):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.add((node.module or "").split(".")[0] if node.level == 0 else "." + (node.module or ""))
    assert not names & {"duckdb", "pyspark", "pandas", "pyarrow", ".duckdb"}, names


def test_clusters_constructed_corpus_precision_recall():
    """The hand-coded reports of benchmarks/cluster_corpus.py (texts we wrote): all pairs right."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from cluster_corpus import gold_rows

    rows, gold = gold_rows()
    s = pairwise_scores(gold, cluster_events(rows).assignments)
    assert s["gold_events"] == 12 and s["records"] == 26
    assert s["precision"] >= 0.95 and s["recall"] >= 0.95, s


def test_a_busy_day_is_not_compared_pair_by_pair(monkeypatch):
    """2,000 unrelated events on one day, none with a target country (the case the country
    blocks can't narrow): each is scored only against clusters sharing a word with it."""
    from newsfacts.store import clusters as mod

    calls = []
    score = mod._score
    monkeypatch.setattr(mod, "_score", lambda a, b, w: calls.append(1) or score(a, b, w))
    words = [f"{a}{b}{c}" for a in "bcdfgh" for b in "aeiou" for c in "klmnprst"]  # 240 made-up words
    rows = [ev(f"d{k}", tgt=("", None), text=" ".join(words[(k * 7 + j) % len(words)] for j in range(3)) + f" zz{k}")
            for k in range(2000)]
    found = list(iter_clusters(rows))
    assert sum(c["n_events"] for c in found) == 2000
    assert len(calls) < 2000 * 60  # comparing each with every open cluster would be ~2,000,000


def test_word_index_gives_the_same_clusters_as_comparing_everything(monkeypatch):
    """With a threshold too low for the word index to apply, every open cluster is a candidate;
    the same rows at the default threshold give the same clusters as a brute-force pass."""
    from newsfacts.store import clusters as mod

    rows = [ev(f"d{k}", tgt=(("Marc Tremblay", "CAN") if k % 3 else ("", None)), published=f"2024-03-0{1 + k % 5}",
               text=["Solheim met Tremblay in Oslo on fishing.", "Tremblay and Solheim talked fishing in Oslo.",
                     "Ministers discussed grain exports in Cairo.", "Grain exports were discussed by ministers."][k % 4])
            for k in range(40)]
    rows.sort(key=lambda r: r["published"])
    indexed = sorted(tuple(sorted(c["members"])) for c in iter_clusters(rows))
    monkeypatch.setattr(mod, "_SCORE_WITHOUT_WORDS", 1.0)  # the index never narrows: every open cluster is compared
    brute = sorted(tuple(sorted(c["members"])) for c in iter_clusters(rows))
    assert indexed == brute and len(indexed) < 40


def test_an_event_whose_evidence_has_no_content_word_starts_its_own_cluster():
    """Evidence of numbers alone ('12 34'): no shared word, so no cluster to join (it crashed
    the word index with a division by zero when both countries were known)."""
    res = cluster_events([ev("a"), ev("b", text="12 34"), ev("c", text="")])
    assert len(res.clusters) == 3
