"""The optional trained quote tagger: gold painting, decoding, training on a tiny
BRAT folder written here, and records from the trained model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.evaluation.polnear import Attribution
from newsfacts.nlp.quotes.model import LABELS, gold_tags, link, load_model, model_quotes, tag_spans
from newsfacts.pipeline import build_nlp, process

from .evidence import check_evidence

# (text, [(content, source, cue)]) — sentences written for these tests.
DOCS = [
    (
        "The harbour master said that the ferry would sail at noon.\n\n"
        "\u201cWe checked every engine,\u201d said Lena Brook, the chief mechanic.\n",
        [("that the ferry would sail at noon", "The harbour master", "said"), ("\u201cWe checked every engine,\u201d", "Lena Brook, the chief mechanic", "said")],
    ),
    (
        "Omar Vance argued that the new park was too small.\n\n"
        "\u201cIt is a start,\u201d he said, \u201cbut the children need more room.\u201d\n",
        [("that the new park was too small", "Omar Vance", "argued"), (("\u201cIt is a start,\u201d", "\u201cbut the children need more room.\u201d"), "he", "said")],
    ),
    (
        "The council announced that the library would close early on Fridays.\n\n"
        "Residents said the change was a mistake.\n",
        [("that the library would close early on Fridays", "The council", "announced"), ("the change was a mistake", "Residents", "said")],
    ),
]


def _frag(text: str, piece: str, near: int = 0) -> tuple[int, int]:
    """The occurrence of ``piece`` (as whole words) closest to ``near``."""
    import re

    hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(piece) + r"(?!\w)", text)]
    s = min(hits, key=lambda h: abs(h - near))
    return s, s + len(piece)


def _write_brat(root: Path, split: str, docs) -> None:
    (root / split / "text").mkdir(parents=True)
    (root / split / "attributions").mkdir(parents=True)
    for k, (text, atts) in enumerate(docs):
        name = f"doc{k}"
        (root / split / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        lines, t = [], 0
        for e, (content, source, cue) in enumerate(atts, start=1):
            pieces = content if isinstance(content, tuple) else (content,)
            frags = [_frag(text, p) for p in pieces]
            ids = []
            for role, spans in (("Content", frags), ("Source", [_frag(text, source, frags[0][0])]), ("Cue", [_frag(text, cue, frags[0][0])])):
                t += 1
                cover = " ".join(text[s:x] for s, x in spans)
                lines.append(f"T{t}\t{role} {';'.join(f'{s} {x}' for s, x in spans)}\t{cover}")
                ids.append((role, f"T{t}"))
            t += 1
            lines.append(f"T{t}\tAttribution 0 1\t-")
            lines.append(f"E{e}\tAttribution:T{t} " + " ".join(f"{r}:{i}" for r, i in ids))
        (root / split / "attributions" / f"{name}_ann1.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory, nlp):
    from newsfacts.training.quotes import train_quote_model

    root = tmp_path_factory.mktemp("polnear")
    _write_brat(root, "train", DOCS)
    _write_brat(root, "dev", DOCS[:1])
    out = root / "model"
    info = train_quote_model(root, out, epochs=40, nlp=nlp, seed=1)
    return root, out, info


def test_quote_model_gold_tags_paint_roles_and_skip_nested(nlp):
    text = "Ana Ruiz said that Tom claimed the road was closed."
    doc = nlp(text)
    outer = Attribution((_frag(text, "that Tom claimed the road was closed"),), (_frag(text, "Ana Ruiz"),), (_frag(text, "said"),))
    inner = Attribution((_frag(text, "the road was closed"),), (_frag(text, "Tom"),), (_frag(text, "claimed"),))
    tags = gold_tags(doc, [outer, inner])
    by_word = dict(zip([t.text for t in doc], tags))
    assert tags[:3] == ["B-SOURCE", "I-SOURCE", "B-CUE"]
    assert by_word["that"] == "B-CONTENT"
    assert by_word["claimed"] == "I-CONTENT"  # the nested cue stays inside the outer content
    assert tags[-1] == "O"  # the final stop is outside
    assert set(tags) <= set(LABELS)


def test_quote_model_tag_spans_and_link_split_quote(nlp):
    text = "\u201cIt is a start,\u201d he said, \u201cbut we need more.\u201d"
    doc = nlp(text)
    words = [t.text for t in doc]
    he, said = words.index("he"), words.index("said")
    tags = []
    for i, t in enumerate(doc):
        if i == he:
            tags.append("B-SOURCE")
        elif i == said:
            tags.append("B-CUE")
        elif t.text == ",":
            tags.append("I-CONTENT" if i < he else "O")
        else:
            tags.append("I-CONTENT")  # an I with no B still starts a span
    spans = tag_spans(tags)
    assert len(spans["CONTENT"]) == 2 and spans["SOURCE"] == [(he, he + 1)]
    (att,) = link(doc, spans)
    assert [text[s:e] for s, e in att.content] == ["\u201cIt is a start,\u201d", "\u201cbut we need more.\u201d"]
    assert text[att.cue[0] : att.cue[1]] == "said" and text[att.source[0] : att.source[1]] == "he"


def test_quote_model_trains_on_tiny_brat_folder_and_learns_it(tiny_model, nlp):
    root, out, info = tiny_model
    assert info["documents"] == 3 and info["split"] == "train"
    assert info["losses"][-1] < info["losses"][0]
    assert (out / "config.cfg").is_file() and (out / "training.json").is_file()
    qnlp = load_model(str(out))
    text = DOCS[0][0]
    doc = nlp(text)
    from newsfacts.nlp.entities import extract_entities

    quotes = model_quotes(doc, extract_entities(doc), qnlp, [], mode="model")
    contents = {q.text for q in quotes}
    assert "that the ferry would sail at noon" in contents  # a training sentence, learnt
    harbour = next(q for q in quotes if q.text.startswith("that the ferry"))
    assert harbour.cue is not None and harbour.cue.text == "said"
    assert text[slice(*harbour.speaker_evidence[0])] == "The harbour master"


def test_quote_model_augment_adds_only_confident_attributions(tiny_model, nlp):
    _, out, _ = tiny_model
    qnlp = load_model(str(out))
    text = DOCS[0][0]
    doc = nlp(text)
    from newsfacts.nlp.entities import extract_entities
    from newsfacts.nlp.quotes.model import AUGMENT_MIN_CONFIDENCE, predict_attributions

    index = extract_entities(doc)
    found = predict_attributions(qnlp, doc)
    assert found and all(0.0 < a.confidence <= 1.0 for a in found)
    everything = model_quotes(doc, index, qnlp, [], mode="augment", min_confidence=0.0)
    assert len(everything) == len(found)
    assert model_quotes(doc, index, qnlp, [], mode="augment", min_confidence=1.01) == []
    sure = model_quotes(doc, index, qnlp, [], mode="augment")
    assert len(sure) == sum(a.confidence >= AUGMENT_MIN_CONFIDENCE for a in found)
    assert 0.5 < AUGMENT_MIN_CONFIDENCE < 1.0


def test_quote_model_records_pass_check_evidence(tiny_model, nlp, monkeypatch):
    _, out, _ = tiny_model
    text = (
        "The ferry captain said that the crossing was calm.\n\n"
        "\u201cWe sailed on time,\u201d said Lena Brook, the chief mechanic, \u201cand nobody was hurt.\u201d\n\n"
        "\u201cUnclosed mark at the end\n"
    )
    for mode in ("model", "combined", "augment"):
        (record,) = list(process([(text, None)], nlp=build_nlp(quotes_model=str(out), quotes_mode=mode)))
        check_evidence(record, text)
        assert [q["id"] for q in record["quotes"]] == [f"q{k}" for k in range(1, len(record["quotes"]) + 1)]
        assert all(q["speaker"] is None or not q["speaker"].lower() in ("he", "she") for q in record["quotes"])
    (rules,) = list(process([(text, None)], nlp=nlp))
    assert all(not (q["speaker_reason"] or "").startswith("quote model") for q in rules["quotes"])


def test_quote_model_cli_train_eval_and_bad_folder(tmp_path, tiny_model, monkeypatch):
    root, out, _ = tiny_model
    runner = CliRunner()
    res = runner.invoke(cli, ["train", "quotes", "--polnear", str(root), "--out", str(tmp_path / "m"), "--epochs", "1"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["epochs"] == 1 and (tmp_path / "m" / "config.cfg").is_file()
    res = runner.invoke(cli, ["eval", "quotes", "--polnear", str(root), "--split", "dev", "--quotes-model", str(out), "--quotes-mode", "model", "--json"])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.stdout)["scores"]["all"]["exact"]
    assert scores["Content"]["gold"] == 2 and scores["Content"]["tp"] >= 1
    (tmp_path / "empty").mkdir()
    res = runner.invoke(cli, ["eval", "quotes", "--polnear", str(root), "--quotes-model", str(tmp_path / "empty")])
    assert res.exit_code == 2 and "NF402" in res.output and "Traceback" not in res.output
    res = runner.invoke(cli, ["train", "quotes", "--polnear", str(tmp_path / "nope"), "--out", str(tmp_path / "m2")])
    assert res.exit_code == 2 and "NF401" in res.output
