"""Train the optional quote tagger (:mod:`newsfacts.nlp.quotes.model`) on PolNeAR train.

The documents are parsed by the newsfacts pipeline (the same parse the tagger sees at
run time), the top-level attributions are painted onto tokens as BIO tags, and a
spaCy tagger with its own small CNN is trained on them for a fixed number of epochs.
Only the ``train`` split is read.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Callable, Optional

TRAIN_SPLIT = "train"


def train_quote_model(
    polnear: str | Path,
    out: str | Path,
    *,
    epochs: int = 8,
    nlp=None,
    limit: Optional[int] = None,
    seed: int = 0,
    batch_docs: int = 8,
    dropout: float = 0.1,
    log: Callable[[str], None] = lambda s: None,
) -> dict:
    """Train the quote tagger on PolNeAR's train split and save it to ``out``.

    Args:
        polnear: the PolNeAR data folder (with ``train/text`` and ``train/attributions``).
        out: folder to write the model to (created; the weights are derived from
            research-only data: keep them out of version control).
        epochs: passes over the training documents.
        nlp: the parsing pipeline (default: :func:`newsfacts.build_nlp`).
        limit: use only the first ``limit`` documents (by name).
        seed: random seed (shuffling and initialisation).
        batch_docs: documents per update.
        dropout: dropout rate.
        log: called with one line per epoch.

    Returns:
        Training info (documents, tokens, epochs, losses, seconds), also written to
        ``out/training.json``.

    Raises:
        FileNotFoundError: ``polnear`` has no train split.
    """
    from spacy.util import fix_random_seed, minibatch

    from ..nlp.quotes.model import PIPE, blank_model
    from ..pipeline import build_nlp

    t0 = time.perf_counter()
    docs = _train_docs(polnear, limit)
    nlp = nlp or build_nlp()
    fix_random_seed(seed)
    qnlp = blank_model()
    examples, n_tokens = _examples(qnlp, nlp, docs)
    t_parse = time.perf_counter() - t0
    log(f"parsed {len(examples)} documents ({n_tokens} tokens) in {t_parse:.0f}s")
    optimizer = qnlp.initialize(lambda: examples)
    rng = random.Random(seed)
    losses_by_epoch = []
    for epoch in range(1, epochs + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=batch_docs):
            qnlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
        losses_by_epoch.append(round(losses.get(PIPE, 0.0), 2))
        log(f"epoch {epoch}/{epochs}: loss {losses.get(PIPE, 0.0):.1f} ({time.perf_counter() - t0:.0f}s)")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    qnlp.to_disk(out)
    info = {
        "split": TRAIN_SPLIT,
        "documents": len(examples),
        "tokens": n_tokens,
        "epochs": epochs,
        "seed": seed,
        "losses": losses_by_epoch,
        "parse_seconds": round(t_parse, 1),
        "total_seconds": round(time.perf_counter() - t0, 1),
        "note": "weights derived from PolNeAR (research use only): do not redistribute or commit",
    }
    (out / "training.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info


def _train_docs(polnear: str | Path, limit: Optional[int]) -> list:
    """The annotated documents of PolNeAR's train split (the first ``limit`` by name).

    Raises:
        FileNotFoundError: ``polnear`` has no train split.
    """
    from ..evaluation.polnear import read_split

    docs = list(read_split(polnear, TRAIN_SPLIT))
    if limit is not None:
        docs = docs[:limit]
    if not docs:
        raise FileNotFoundError(f"{Path(polnear) / TRAIN_SPLIT} has no annotated documents")
    return docs


def _examples(qnlp, nlp, docs: list) -> tuple[list, int]:
    """The training examples of ``docs`` (the tagger's input Doc and its gold BIO tags),
    parsed by ``nlp``, and their token count."""
    from spacy.training import Example

    from ..nlp.quotes.model import features_doc, gold_tags
    from ..pipeline import parse_texts

    examples = []
    n_tokens = 0
    for gdoc, parsed in zip(docs, parse_texts(nlp, [d.text for d in docs], 16)):
        fdoc = features_doc(qnlp.vocab, parsed)
        tags = gold_tags(parsed, gdoc.attributions)
        examples.append(Example.from_dict(fdoc, {"tags": tags}))
        n_tokens += len(parsed)
    return examples, n_tokens
