"""Split long texts into parse-sized chunks at paragraph or sentence boundaries.

The chunks concatenate back to the exact original text, so a Doc rebuilt with
``Doc.from_docs(..., ensure_whitespace=False)`` has the original offsets.
"""

from __future__ import annotations

import re

#: Texts up to this many characters are parsed in one piece.
CHUNK_CHARS = 100_000

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"'\u201d\u2019)]?\s+"), re.compile(r"\s+"))


def chunk_bounds(text: str, max_chars: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Boundaries ``[(start, end), ...]`` covering ``text`` exactly, each at most
    ``max_chars`` long, cut at the strongest break (paragraph, line, sentence end,
    space) found in the second half of the window; a hard cut only when there is none."""
    n = len(text)
    if n <= max_chars:
        return [(0, n)]
    out = []
    start = 0
    while start < n:
        end = min(start + max_chars, n)
        if end < n:
            cut = None
            lo = start + max_chars // 2
            window = text[lo:end]
            for pat in _BREAKS:
                last = None
                for m in pat.finditer(window):
                    last = m
                if last is not None:
                    cut = lo + last.end()
                    break
            end = cut if cut and cut > start else end
        out.append((start, end))
        start = end
    return out
