"""newsfacts: structured, verifiable facts from news reports.

>>> from newsfacts import extract
>>> report = extract(text, published="2021-06-03")
"""

from .pipeline import build_nlp, extract, facts_from_doc, process
from .schema import SCHEMA_VERSION

__version__ = "0.1.0"

__all__ = sorted(["SCHEMA_VERSION", "__version__", "build_nlp", "extract", "facts_from_doc", "process"])
