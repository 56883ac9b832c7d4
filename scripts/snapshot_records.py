"""Write the records of a fixed set of real texts, to prove a refactoring changes no output.

Runs :func:`newsfacts.process` over every PolNeAR text (train and dev, with the publication
date from PolNeAR's metadata.tsv, the publisher as source and the title) and the seed article,
and writes one JSON line per document, sorted keys, ids included. Run it before and after a
change and compare the two files byte for byte::

    python scripts/snapshot_records.py --polnear ../shared/gold/polnear \
        --seed ../shared/examples/seed-article.txt --out /tmp/before.jsonl
    # ... change the code ...
    python scripts/snapshot_records.py ... --out /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl && echo identical

The texts are read from the folder given, never copied into the repository.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path


def _metadata(polnear: Path) -> dict[str, dict[str, str]]:
    meta: dict[str, dict[str, str]] = {}
    path = polnear / "metadata.tsv"
    if not path.exists():
        return meta
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            meta[row["filename"]] = row
    return meta


def _items(polnear: Path | None, seed: Path | None):
    if polnear is not None:
        meta = _metadata(polnear)
        for split in ("train", "dev"):
            for path in sorted((polnear / split / "text").glob("*.txt")):
                m = meta.get(path.stem, {})
                yield path.read_text(encoding="utf-8"), {
                    "published": m.get("publication_date") or None,
                    "source": m.get("publisher") or None,
                    "title": m.get("title") or None,
                }
    if seed is not None:
        yield seed.read_text(encoding="utf-8"), {"published": "2021-06-03"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--polnear", type=Path, help="a PolNeAR data folder (train/, dev/, metadata.tsv)")
    ap.add_argument("--seed", type=Path, help="the seed article")
    ap.add_argument("--out", type=Path, required=True, help="where to write the JSON lines")
    args = ap.parse_args(argv)
    if args.polnear is None and args.seed is None:
        ap.error("give --polnear and/or --seed")

    from newsfacts import process

    digest = hashlib.sha256()
    n = 0
    with args.out.open("w", encoding="utf-8") as out:
        for rec in process(_items(args.polnear, args.seed)):
            line = json.dumps(rec, sort_keys=True, ensure_ascii=False) + "\n"
            out.write(line)
            digest.update(line.encode("utf-8"))
            n += 1
    print(f"{n} records, sha256 {digest.hexdigest()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
