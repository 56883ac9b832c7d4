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


#: Runs of non-space characters longer than this are tokenized in pieces of this length:
#: spaCy's tokenizer strips prefixes one at a time, so a run like "((((...((" of n characters
#: costs O(n^2) (20,000 of them took ~50 s). Real words and URLs are far shorter.
LONG_RUN = 500

_LONG_RUN_RE = re.compile(r"\S{%d,}" % (LONG_RUN + 1))


def run_bounds(text: str, max_run: int = LONG_RUN) -> list[tuple[int, int]]:
    """Boundaries covering ``text`` exactly, cut only inside runs of non-space characters
    longer than ``max_run`` (every ``max_run`` characters); ``[(0, len(text))]`` when there
    is no such run."""
    cuts = []
    pat = _LONG_RUN_RE if max_run == LONG_RUN else re.compile(r"\S{%d,}" % (max_run + 1))
    for m in pat.finditer(text):
        cuts.extend(range(m.start() + max_run, m.end(), max_run))
    edges = [0] + cuts + [len(text)]
    return list(zip(edges[:-1], edges[1:]))
