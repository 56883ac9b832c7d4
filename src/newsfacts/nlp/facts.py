"""The stages over one parsed Doc: entities first, then quotes, places, dates, claims and
events, and the record they make together.

:func:`facts_from_doc` is the one function every face ends in (through
:func:`newsfacts.pipeline.process`, or the spaCy component in :mod:`.components`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from ..schema import DocumentInfo, Report, Warning_, document_id
from .claims import claims_stage
from .dates import dates_stage
from .entities import extract_entities
from .events import extract_events
from .places import places_stage
from .quotes import load_model, model_quotes, quotes_stage
from .text import doc_text, document_language, looks_like_markup, markup_share

#: How the quote model's quotes join the rules' (see :class:`Options`).
QUOTES_MODES = ("augment", "combined", "model")


@dataclass(frozen=True)
class Options:
    """How the stages run, fixed when the nlp object is built (:func:`build_nlp`).

    Attributes:
        quotes_model: a trained quote model folder (``newsfacts train quotes``), or None for
            the rules only (docs/quotes.md, "Trained model").
        quotes_mode: with a model: ``augment`` (the rules' quotes plus the model's where the
            rules found none), ``combined`` (the reverse) or ``model`` (the model's only).
        reference: a CSV of official figures the claims are checked against (``--reference``;
            docs/claims.md, "Checks"), or None.
    """

    quotes_model: Optional[str] = None
    quotes_mode: str = "augment"
    reference: Optional[str] = None


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
        info.language, not_english = document_language(doc, text)
        if not_english:
            warnings.append(("not_english", f"the text does not look like English ({not_english}); "
                             "newsfacts' models are English-only, so expect few and unreliable facts", []))
        if looks_like_markup(text):
            share, n_tags = markup_share(text)
            warnings.append(("markup", f"the text holds HTML/XML markup ({n_tags} tags, {share:.0%} of the characters), "
                             "read as words; if it is a web page, give it as HTML (newsfacts extract --format html)", []))
        index = extract_entities(doc, published=_meta_value(meta, "published"))
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
    claims_stage(doc, report, index, meta, reference=options.reference)


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
