"""``Doc.text`` read once per document.

spaCy rebuilds ``Doc.text`` by joining every token's text on each access; the entity stage and
every later stage need it, so the last document's text is kept here (behind a weak reference
to the Doc, so a finished document is never kept alive by this cache).
"""

from __future__ import annotations

import weakref

_last: tuple = (lambda: None, "")


def doc_text(doc) -> str:
    """``doc.text``, computed once per Doc (the most recent Doc asked about)."""
    global _last
    ref, text = _last
    if ref() is doc:
        return text
    text = doc.text
    _last = (weakref.ref(doc), text)
    return text
