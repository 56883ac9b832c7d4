"""The last word on a claim's ``counts`` (session 14), after :func:`.measured.what_it_counts`: a
change amount counts the change (:func:`.changes.change_of`), an age in apposition to a name is that
person's (:func:`.ages.appositive_age`)."""

from __future__ import annotations

from typing import Optional

from .ages import appositive_age
from .changes import change_of


def refine_counts(span, unit: Optional[str], found: tuple[Optional[str], list[tuple[int, int]]]) -> tuple[Optional[str], list[tuple[int, int]]]:
    """``found`` (``(counts, evidence)``) made as specific as the parse allows."""
    return appositive_age(span, unit, change_of(span, unit, found))
