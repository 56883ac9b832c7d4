"""Shares of coded events with a source country, with both countries and with no actor, on real news.

    python benchmarks/event_shares.py ../shared/gold/polnear/train/text ../shared/gold/polnear/dev/text \\
        ../shared/examples/seed-article.txt [--sample 50 --seed 19 --sample-from dev]

Runs the full pipeline over the ``.txt`` files of each folder (or the files named), counts the
events of each folder (all, uncoded, coded) and, among the coded ones (``uncoded`` is None),
the shares with a source country, with both a source and a target country, and with neither a
source nor a target; then the events ``dyads`` counts (coded, asserted or reported) per
document, their share with both countries, and the uncoded mentions by reason.
``--sample N`` prints N counted events drawn with ``random.Random(seed)`` from the folder whose
path contains ``--sample-from``, for a hand check (docs/accuracy.md, "Events").
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path


def _texts(paths: list[str]) -> list[tuple[str, str]]:
    """``(group, text)`` for every ``.txt`` file under the given folders or files."""
    out = []
    for p in map(Path, paths):
        files = sorted(p.glob("*.txt")) if p.is_dir() else [p]
        out += [(str(p), f.read_text(encoding="utf-8")) for f in files]
    return out


def main() -> None:
    """Run the pipeline over the texts and print the shares (and a sample)."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--sample-from", default="dev")
    args = ap.parse_args()

    from newsfacts import build_nlp
    from newsfacts.pipeline import process

    items = _texts(args.paths)
    stats: dict[str, dict[str, int]] = {}
    reasons: dict[str, Counter] = {}
    pool = []
    for (group, text), rec in zip(items, process(((t, None) for _, t in items), nlp=build_nlp())):
        country = {e["id"]: e["actor"].get("country") for e in rec["entities"]}
        names = {e["id"]: e["name"] for e in rec["entities"]}
        s = stats.setdefault(group, dict.fromkeys(
            ("docs", "events", "uncoded", "coded", "source", "both", "no_actor", "counted", "counted_both"), 0))
        s["docs"] += 1
        for ev in rec["events"]:
            s["events"] += 1
            if ev.get("uncoded"):
                s["uncoded"] += 1
                reasons.setdefault(group, Counter())[ev["uncoded"]] += 1
                continue
            src = any(country.get(i) for i in ev["source"])
            both = src and any(country.get(i) for i in ev["target"])
            s["coded"] += 1
            s["source"] += src
            s["both"] += both
            s["no_actor"] += not ev["source"] and not ev["target"]
            if ev.get("modality", "asserted") in ("asserted", "reported"):
                s["counted"] += 1
                s["counted_both"] += both
                if args.sample_from in group:
                    pool.append((ev, text, names))
    for group, s in stats.items():
        n = s["coded"] or 1
        print(f"{group}: {s['events']} events, {s['uncoded']} uncoded, {s['coded']} coded; coded with a source country "
              f"{s['source'] / n:.3f}, with both countries {s['both'] / n:.3f}, with no actor {s['no_actor'] / n:.3f}")
        print(f"    counted (coded, asserted or reported): {s['counted']} in {s['docs']} documents "
              f"({s['counted'] / max(1, s['docs']):.2f} a document), with both countries {s['counted_both']} "
              f"({s['counted_both'] / max(1, s['counted']):.3f}); uncoded by reason: "
              + ", ".join(f"{r} {k}" for r, k in reasons.get(group, Counter()).most_common()))
    for k, (ev, text, names) in enumerate(random.Random(args.seed).sample(pool, min(args.sample, len(pool))), start=1):
        s, e = ev["sentence"]
        print(f"{k}. {ev['type']} {ev['cameo']} {ev['modality']} [{text[ev['trigger'][0]:ev['trigger'][1]]}] "
              f"source={[names[i] for i in ev['source']]} target={[names[i] for i in ev['target']]}\n    {text[s:e].strip()}")


if __name__ == "__main__":
    main()
