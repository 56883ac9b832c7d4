"""newsfacts: structured, verifiable facts from news reports.

>>> from newsfacts import extract
>>> report = extract(text, published="2021-06-03")

The names below are loaded on first use (PEP 562), so ``import newsfacts.cli`` and the
query commands start without loading spaCy.
"""

from __future__ import annotations

from .lazy import lazy_exports
from .schema import SCHEMA_VERSION

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_LAZY = {
    "Options": "newsfacts.pipeline",
    "build_nlp": "newsfacts.pipeline",
    "extract": "newsfacts.pipeline",
    "facts_from_doc": "newsfacts.pipeline",
    "process": "newsfacts.pipeline",
}

__all__ = sorted(["SCHEMA_VERSION", "__version__", *_LAZY])

__getattr__, __dir__ = lazy_exports(__name__, _LAZY)
