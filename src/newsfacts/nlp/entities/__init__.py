"""Entities: who and what a story names, resolved within the document and coded as actors.

``extract_entities(doc)`` is a pure function: a parsed spaCy Doc in, an
:class:`EntityIndex` out. The package, in the order the stage runs:

- :mod:`.titles`: titles and the names and affiliations around them;
- :mod:`.mentions`: candidate mentions from titles, the NER and the demonym lexicon;
- :mod:`.resolution`: people within the article (clusters, surnames, roles, descriptions);
- :mod:`.groups`: organisations, places and nationalities within the article;
- :mod:`.actors`: actor coding (country, sector, portfolio, with ``basis``), rules in order;
- :mod:`.index`: the entity records and the mention lookup later stages use;
- :mod:`.extract`: :func:`extract_entities`, the steps above in one place.
"""

from __future__ import annotations

from .extract import extract_entities
from .index import EntityIndex
from .mentions import TakenRanges
from .titles import Affiliation, TitleMatch, find_titles

__all__ = ["Affiliation", "EntityIndex", "TakenRanges", "TitleMatch", "extract_entities", "find_titles"]
