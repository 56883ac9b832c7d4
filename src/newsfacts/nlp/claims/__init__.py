"""Numeric claims: quantities with their units, what they count and who claims them, and
the arithmetic checks between them.

Modules, in the order imports run: :mod:`.units` (unit names, pint conversions),
:mod:`.numbers` (one quantity from a short text), :mod:`.adjacent` (the words around a
number: currency signs and words, unit symbols, "-plus", names and idioms), :mod:`.spans`
(which stretches of a Doc may be quantities; pairs and changes split), :mod:`.description`
(the counted noun, from the parse), :mod:`.owners`, :mod:`.hosts` and :mod:`.shares` (owners,
hosts, symbols and the clauses of shares, read by) :mod:`.measured` (what a quantity counts, with its
evidence), :mod:`.polls` (tallies, candidates' shares, leads, age groups), :mod:`.claimants` (who claims it, from the quotes), :mod:`.extract` (the claims
of a Doc), :mod:`.checks` (how they relate) and :mod:`.stage` (the pipeline stage).
"""

from .checks import run_checks
from .extract import ClaimInfo, extract_claims
from .numbers import normalise_number, parse_quantity
from .stage import claims_stage

__all__ = ["ClaimInfo", "claims_stage", "extract_claims", "normalise_number", "parse_quantity", "run_checks"]
