"""Cost of one stage alone, as a share of the bare parse.

    python benchmarks/stage_cost.py --stage quotes [--articles 200] [--repeat 3]
    python benchmarks/stage_cost.py --stage events
    python benchmarks/stage_cost.py --stage entities --texts ../shared/gold/polnear/dev/text   # real news

Parses the generated corpus (or the ``.txt`` files of ``--texts``) once (timed), runs the
entity stage and every stage that comes before ``--stage`` in ``nlp.facts.STAGES`` (untimed:
the stage sees what it sees in a real run), then times ``--stage`` alone over the parsed Docs
(best of ``--repeat``, each repeat on fresh copies of the reports). ``--stage entities``
times the entity stage itself.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402


def stage_name(stage) -> str:
    """``_quotes_stage`` -> ``quotes``."""
    return stage.__name__.strip("_").removesuffix("_stage")


def _fresh(report):
    """A copy of ``report`` whose lists the timed stage can fill without touching the original."""
    out = copy.copy(report)
    for f in dataclasses.fields(out):
        value = getattr(out, f.name)
        if isinstance(value, list):
            setattr(out, f.name, list(value))
    return out


def load_texts(folder, articles: int) -> list[str]:
    """The first ``articles`` ``.txt`` files of ``folder`` (sorted), or generated articles."""
    if folder is None:
        return list(generate(articles))
    paths = sorted(Path(folder).glob("*.txt"))[:articles]
    if not paths:
        raise SystemExit(f"no .txt files in {folder}")
    return [p.read_text(encoding="utf-8") for p in paths]


def main() -> None:
    from newsfacts.nlp.facts import STAGES, Options

    names = ["entities"] + [stage_name(s) for s in STAGES]
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stage", choices=names, required=True)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--texts", default=None, help="a folder of .txt articles (e.g. the PolNeAR dev texts) instead of generated ones")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cpu", action="store_true", help="time by this process's CPU time, not the wall clock (for a shared machine)")
    args = ap.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter

    from newsfacts import build_nlp
    from newsfacts.nlp.entities import extract_entities
    from newsfacts.schema import DocumentInfo, Report

    options = Options()
    nlp = build_nlp()
    texts = load_texts(args.texts, args.articles)
    t0 = clock()
    docs = list(nlp.pipe(texts, batch_size=16))
    parse = clock() - t0
    words = sum(len(t.split()) for t in texts)
    if args.stage == "entities":
        best = float("inf")
        for _ in range(args.repeat):
            t0 = clock()
            n = sum(len(extract_entities(doc).entities) for doc in docs)
            best = min(best, clock() - t0)
        print(f"{len(texts)} articles ({words:,} words): parse {parse:.2f} s, entities stage {best:.3f} s = "
              f"{best / parse:.1%} of the parse ({n} entities)")
        return
    k = names.index(args.stage) - 1
    before, timed = STAGES[:k], STAGES[k]
    prepared = []
    for doc in docs:
        index = extract_entities(doc)
        report = Report(DocumentInfo("", len(doc.text)))
        for stage in before:
            stage(doc, report, index, {}, options)
        prepared.append((doc, index, report))
    field = args.stage  # each stage fills the report's list of the same name
    best, n = float("inf"), 0
    for _ in range(args.repeat):
        runs = [(d, i, _fresh(r)) for d, i, r in prepared]
        t0 = clock()
        for doc, index, report in runs:
            timed(doc, report, index, {}, options)
        best = min(best, clock() - t0)
        n = sum(len(getattr(r, field)) - len(getattr(p, field)) for (_, _, r), (_, _, p) in zip(runs, prepared))
    print(
        f"{len(texts)} articles ({words:,} words): parse {parse:.2f} s, {args.stage} stage {best:.3f} s = "
        f"{best / parse:.1%} of the parse ({n} {field})"
    )


if __name__ == "__main__":
    main()
