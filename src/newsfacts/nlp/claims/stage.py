"""The claims stage: numeric claims of a parsed document, with the checks between them."""

from __future__ import annotations

from typing import Optional

from ..text import doc_text
from .check_reference import load_reference
from .checks import run_checks
from .extract import extract_claims


def claims_stage(doc, report, index, meta, reference: Optional[str] = None) -> None:
    """Pipeline stage: fill ``report.claims`` (with checks) from the doc, dates and quotes;
    ``reference``: an optional CSV of official figures to check claims against."""
    claims, infos = extract_claims(doc, report.dates, report.quotes, index)
    names = {e.id: e.name for e in report.entities}
    table = load_reference(reference) if reference else ()
    run_checks(infos, names, text=doc_text(doc), reference=table, published=(meta or {}).get("published"))
    report.claims = claims
