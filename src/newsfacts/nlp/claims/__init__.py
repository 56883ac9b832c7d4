"""Numeric claims: quantities with their units, what they count and who claims them
(:mod:`.numbers`), and the arithmetic checks between them (:mod:`.checks`)."""

from .numbers import claims_stage, extract_claims, normalise_number, parse_quantity

__all__ = ["claims_stage", "extract_claims", "normalise_number", "parse_quantity"]
