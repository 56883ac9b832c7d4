"""Place resolution on a folder of news texts (e.g. PolNeAR dev): how many GPE/LOC/FAC mentions
reach a gazetteer entry, and a reproducible random sample to check by hand.

There is no gold for places in PolNeAR, so this measures coverage (resolved / all NER place
mentions), not accuracy; accuracy comes from the hand-checked sample (docs/accuracy.md).
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path
from typing import Any, Optional

from ..errors import E_MISSING, InputError


def _texts(folder: Path) -> list[Path]:
    for cand in (folder / "dev" / "text", folder / "text", folder):
        files = sorted(cand.glob("*.txt")) if cand.is_dir() else []
        if files:
            return files
    raise InputError(f"no .txt files under {folder} (expected <polnear>/dev/text/*.txt)", code=E_MISSING)


def evaluate_places(folder: str | Path, *, limit: Optional[int] = None, sample: int = 50, seed: int = 6, nlp=None) -> dict[str, Any]:
    """Resolve the places of every text in ``folder`` and count how many mentions reach a gazetteer.

    Args:
        folder: the PolNeAR folder (``dev/text`` is used) or any folder of ``.txt`` files.
        limit: only the first ``limit`` texts (sorted by name).
        sample: how many resolved-or-not mentions to draw for a hand check.
        seed: the random seed of the sample.
        nlp: a loaded pipeline (default: :func:`newsfacts.build_nlp`).

    Returns:
        ``{"docs", "mentions", "resolved", "rate", "by_label", "by_kind", "unresolved_top", "sample"}``.
    """
    from ..nlp.entities import extract_entities
    from ..nlp.places import extract_places
    from ..pipeline import build_nlp

    nlp = nlp or build_nlp()
    files = _texts(Path(folder))[: limit or None]
    texts = [p.read_text(encoding="utf-8") for p in files]
    rows = []
    by_label: Counter = Counter()
    by_label_ok: Counter = Counter()
    kinds: Counter = Counter()
    unresolved: Counter = Counter()
    for path, doc in zip(files, nlp.pipe(texts, batch_size=8)):
        places = extract_places(doc, extract_entities(doc))
        spans = [(s, e, p) for p in places for s, e in p.evidence]
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC"):
                continue
            hit = next((p for s, e, p in spans if s < ent.end_char and ent.start_char < e), None)
            ok = hit is not None and hit.gazetteer_id is not None
            by_label[ent.label_] += 1
            if ok:
                by_label_ok[ent.label_] += 1
                kinds[hit.kind] += 1
            else:
                unresolved[ent.text] += 1
            ctx = doc.text[max(0, ent.start_char - 60) : ent.end_char + 60].replace("\n", " ")
            rows.append(
                {
                    "doc": path.stem,
                    "mention": ent.text,
                    "label": ent.label_,
                    "place": hit.name if hit else None,
                    "kind": hit.kind if hit else None,
                    "country": hit.country if hit else None,
                    "gazetteer_id": hit.gazetteer_id if hit else None,
                    "reason": hit.reason if hit else None,
                    "context": ctx,
                }
            )
    n = sum(by_label.values())
    ok = sum(by_label_ok.values())
    rng = random.Random(seed)
    drawn = rng.sample(rows, min(sample, len(rows)))
    return {
        "docs": len(files),
        "mentions": n,
        "resolved": ok,
        "rate": ok / n if n else 0.0,
        "by_label": {k: {"mentions": v, "resolved": by_label_ok[k]} for k, v in sorted(by_label.items())},
        "by_kind": dict(kinds.most_common()),
        "unresolved_top": unresolved.most_common(20),
        "sample": drawn,
    }
