"""The claims stage: numeric claims of a parsed document, with the checks between them."""

from __future__ import annotations

from .checks import run_checks
from .extract import extract_claims


def claims_stage(doc, report, index, meta) -> None:
    """Pipeline stage: fill ``report.claims`` (with checks) from the doc, dates and quotes."""
    claims, infos = extract_claims(doc, report.dates, report.quotes)
    names = {e.id: e.name for e in report.entities}
    run_checks(infos, names)
    report.claims = claims
