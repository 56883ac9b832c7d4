"""A cheap English check on the parsed Doc: the share of English function words.

News prose in English has 35-50% stop words among its alphabetic tokens; other
languages written in Latin script rarely pass 10%, other scripts have none. We use
spaCy's own English stop-word list, so no extra model is loaded.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

MIN_WORDS = 20
MIN_STOP_SHARE = 0.15


def english_share(doc: Doc) -> tuple[float, int]:
    """(share of alphabetic tokens that are English stop words, number of alphabetic tokens)."""
    n = stop = 0
    for tok in doc:
        if tok.is_alpha:
            n += 1
            if tok.lower_ in STOP_WORDS:
                stop += 1
    return (stop / n if n else 0.0), n


def looks_english(doc: Doc) -> bool | None:
    """True/False, or None when the text is too short to tell."""
    share, n = english_share(doc)
    if n < MIN_WORDS:
        return None
    return share >= MIN_STOP_SHARE
