"""Stage by stage cost of one very long text, against its bare parse.

    python benchmarks/long_text.py --kind articles --chars 2000000 [--cache /tmp/lt]

Builds one text of the given kind and length (text we write), parses it once the way the
pipeline does (chunked, ``pipeline._parse``), then runs and times each stage in turn
(entities, quotes, places, dates, claims, events) over that Doc, and prints one line per
stage with its share of the parse, plus the peak RSS. ``--cache DIR`` keeps the parsed Doc
(spaCy DocBin) so a re-run times the stages without parsing again.

Kinds: ``articles`` (generated articles joined: quotes, names, numbers), ``paragraph``
(the same words as one paragraph: no line breaks), ``no-stop`` (news words without a full
stop), ``units`` (numbers with units, ``12% 40 km ...``), ``token`` (one token).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate  # noqa: E402


def build(kind: str, n: int) -> str:
    """One text of ``kind``, exactly ``n`` characters."""
    if kind == "token":
        return "x" * n
    if kind == "units":
        rng = random.Random(5)
        return " ".join(f"{rng.randint(1, 999)}% {rng.randint(1, 99)} km" for _ in range(n // 9 + 1))[:n]
    if kind == "no-stop":
        rng = random.Random(5)
        vocab = ["the", "minister", "said", "Norway", "army", "and", "rockets", "in", "Oslo", "that", "\u201cwe", "act,\u201d", "4,400"]
        return " ".join(rng.choice(vocab) for _ in range(n // 3 + 1))[:n]
    parts, size = [], 0
    for t in generate(n // 500 + 10, seed=13):
        parts.append(t)
        size += len(t)
        if size >= n:
            break
    text = "".join(parts)
    if kind == "paragraph":
        text = text.replace("\n", " ")
    return text[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kind", default="articles", choices=["articles", "paragraph", "no-stop", "units", "token"])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--cache", default=None, help="a folder to keep the parsed Doc in")
    ap.add_argument("--stages", default="entities,quotes,places,dates,claims,events")
    args = ap.parse_args()

    from spacy.tokens import DocBin

    from newsfacts import build_nlp
    from newsfacts.nlp.entities import extract_entities
    from newsfacts.pipeline import STAGES, _parse
    from newsfacts.schema import DocumentInfo, Report

    nlp = build_nlp()
    text = build(args.kind, args.chars)
    cache = Path(args.cache) / f"{args.kind}-{args.chars}.spacy" if args.cache else None
    if cache is not None and cache.exists():
        doc = list(DocBin().from_disk(cache).get_docs(nlp.vocab))[0]
        t_parse = float(cache.with_suffix(".parse").read_text())
    else:
        t0 = time.perf_counter()
        doc = next(_parse(nlp, [text], 16))
        t_parse = time.perf_counter() - t0
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            db = DocBin()
            db.add(doc)
            db.to_disk(cache)
            cache.with_suffix(".parse").write_text(str(t_parse))
    assert doc.text == text
    print(f"{args.kind}: {len(text):,} characters, {len(doc):,} tokens, {len(list(doc.sents)):,} sentences; parse {t_parse:.1f} s", flush=True)
    wanted = args.stages.split(",")
    names = dict(zip(("quotes", "places", "dates", "claims", "events"), STAGES))
    report = Report(DocumentInfo("", len(text)))
    total = 0.0
    t0 = time.perf_counter()
    index = extract_entities(doc)
    dt = time.perf_counter() - t0
    total += dt
    report.entities = index.entities
    print(f"  entities {dt:7.2f} s  {dt / t_parse:6.2f}x parse  ({len(index.entities)} entities)", flush=True)
    for name, stage in names.items():
        if name not in wanted:
            continue
        t0 = time.perf_counter()
        stage(doc, report, index, {"published": "2021-06-03"})
        dt = time.perf_counter() - t0
        total += dt
        count = len(getattr(report, {"claims": "claims", "places": "places", "dates": "dates"}.get(name, name), []) or [])
        print(f"  {name:8} {dt:7.2f} s  {dt / t_parse:6.2f}x parse  ({count} records)", flush=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  stages   {total:7.2f} s  {total / t_parse:6.2f}x parse; peak RSS {rss:,.0f} MB")


if __name__ == "__main__":
    main()
