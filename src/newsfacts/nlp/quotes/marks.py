"""Quote marks: pairing them within paragraphs, repairing bad ones, and the look-ups
on the quoted spans that the other passes share.

:func:`scan_marks` pairs curly, straight and ``''`` / ``````  marks within a paragraph. A
paragraph that opens a quote without closing it, followed by one that opens with a mark,
continues the quote (the newspaper convention). Malformed marks never make a quote run on
into the next paragraph: an unclosed quote ends with its paragraph, an opening mark at the
end of a paragraph closes the quote, an opening mark inside an open quote closes the
previous quote first. Each repair is reported as a warning at the bad mark.

:class:`MarkIndex` holds the spans with bisect look-ups (:func:`in_any`, :func:`widen`,
:func:`adjacent_marked`, :func:`join_following_quote`, :func:`quote_kind`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Optional

from ...schema import Warning_


_OPENERS = {"\u201c", "``", "\u00ab"}
_CLOSERS = {"\u201d", "\u00bb"}
_MARK_RE = re.compile("\u201c|\u201d|\u00ab|\u00bb|``|''|\"")


@dataclass
class Marked:
    """A quoted span: ``start``/``end`` include the marks; ``group`` links the
    paragraphs of one quote continued across paragraphs."""

    start: int
    end: int
    group: int
    closed: bool = True


@dataclass
class Para:
    """A paragraph: the characters from ``start`` to ``end`` (a newline ends it)."""

    start: int
    end: int


def paragraphs(text: str) -> list[Para]:
    """The non-empty paragraphs of ``text``, in order."""
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        if m.start() > pos:
            out.append(Para(pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append(Para(pos, len(text)))
    return out


def _mark_role(text: str, s: int, e: int, para: Para) -> str:
    """'open', 'close', 'either', or 'open_shaped_close' (an opening mark after a word
    and before a space: ``"rapists“ while``) for the mark at [s, e)."""
    mark = text[s:e]
    before = text[s - 1] if s > para.start else " "
    after = text[e] if e < para.end else " "
    left_open = before.isspace() or before in "([{\u2014-/"
    right_open = after.isspace() or after in ".,;:!?)]}\u2014-" or e >= para.end
    if mark in _OPENERS:
        return "open_shaped_close" if right_open and not left_open else "open"
    if mark in _CLOSERS:
        return "close"
    if left_open and not after.isspace():
        return "open"
    if right_open and not before.isspace():
        return "close"
    return "either"


def scan_marks(text: str) -> tuple[list[Marked], list[Warning_]]:
    """Pair the quote marks of a text, paragraph by paragraph, repairing bad ones.

    Args:
        text: the document text.

    Returns:
        The quoted spans in text order, and a warning (code ``quote_marks``, evidence
        at the bad mark) for each repair. Never raises.
    """
    paras = paragraphs(text)
    has_tags = "<" in text
    spans: list[Marked] = []
    warnings: list[Warning_] = []
    group = 0
    carry = False  # the previous paragraph left a quote open and this one may continue it

    def warn(msg: str, s: int, e: int) -> None:
        warnings.append(Warning_("", "quote_marks", msg, [(s, e)]))

    for k, para in enumerate(paras):
        marks = [(m.start(), m.end()) for m in _MARK_RE.finditer(text, para.start, para.end)]
        if has_tags:
            marks = _outside_tags(text, para, marks)
        solid_end = para.start + len(text[para.start : para.end].rstrip())  # nothing but spaces after it
        open_at: Optional[int] = None
        first = True
        for s, e in marks:
            role = _mark_role(text, s, e, para)
            at_para_end = e >= solid_end  # (was: not text[e : para.end].strip(), a copy of the paragraph's rest per mark)
            if open_at is None:
                if role == "open_shaped_close":
                    role = "open"
                if role == "close" and not at_para_end and not (s > para.start and not text[s - 1].isspace()):
                    warn("a closing quote mark used to open a quote; read as an opening mark", s, e)
                    role = "open"
                if role == "close":
                    if not (first and carry):
                        warn("a closing quote mark with no opening mark before it in its paragraph; ignored", s, e)
                    first = False
                    continue
                if at_para_end:
                    warn("a quote mark at the end of a paragraph with no quote open; ignored", s, e)
                    continue
                if not (first and carry and s - para.start <= 1):
                    group += 1
                open_at = s
            else:
                if role == "open_shaped_close":
                    warn("a quote closed with an opening mark", s, e)
                    spans.append(Marked(open_at, e, group))
                    open_at = None
                    first = False
                    continue
                if role == "open" and not at_para_end:
                    # an opening mark inside an open quote: the previous one was never closed
                    end = _trim_end(text, open_at, s)
                    warn("a quote never closed before the next opening mark; closed there", open_at, open_at + 1)
                    spans.append(Marked(open_at, end, group, closed=False))
                    group += 1
                    open_at = s
                    continue
                if role == "open" and at_para_end:
                    warn("a quote closed with an opening mark", s, e)
                spans.append(Marked(open_at, e, group))
                open_at = None
            first = False
        carry = False
        if open_at is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            nxt_text = text[nxt.start : nxt.end].lstrip() if nxt else ""
            if nxt and _MARK_RE.match(nxt_text) and _mark_role(text, nxt.end - len(nxt_text), nxt.end - len(nxt_text) + len(_MARK_RE.match(nxt_text).group()), nxt) != "close":
                spans.append(Marked(open_at, _trim_end(text, open_at, para.end), group, closed=False))
                carry = True
            else:
                warn("a quote never closed in its paragraph; ended at the paragraph's end", open_at, open_at + 1)
                spans.append(Marked(open_at, _trim_end(text, open_at, para.end), group, closed=False))
    return spans, warnings


#: a markup tag left in the text ('<tweet id="6721" author="@roe">'): its attribute values are no quotes
_TAG_RE = re.compile(r"<[A-Za-z/][^<>\n]*>")


def tag_spans(text: str) -> list[tuple[int, int]]:
    """The markup tags left in a text (``<tweet id="6721" author="@roe">``, ``</tweet>``),
    in order; [] for a text with no "<"."""
    return [(m.start(), m.end()) for m in _TAG_RE.finditer(text)] if "<" in text else []


def _outside_tags(text: str, para: Para, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The marks of a paragraph that stand outside markup tags (an embedded tweet's
    ``author="@roe"`` quotes no one)."""
    tags = [(m.start(), m.end()) for m in _TAG_RE.finditer(text, para.start, para.end)]
    if not tags:
        return marks
    return [(s, e) for s, e in marks if not any(a < s and e < b for a, b in tags)]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


class MarkIndex(list):
    """The quoted spans of one document (a list of :class:`Marked`, in text order) with
    look-ups built once, so each scan below costs a bisect instead of a walk over every
    span (a long text with thousands of quotes made the stage quadratic).

    The fast paths need what :func:`scan_marks` returns: spans sorted by start, each
    ending at or before the next one starts (``sorted``). Any other list is scanned the
    old way, so the answers are the same either way.
    """

    def __init__(self, spans=()):
        super().__init__(spans)
        self.starts = [m.start for m in self]
        self.ends = [m.end for m in self]
        self.sorted = all(a.end <= b.start and a.start < b.start for a, b in zip(self, self[1:])) and all(m.start < m.end for m in self)
        self.groups: dict[int, list[tuple[int, int]]] = {}
        for m in self:
            self.groups.setdefault(m.group, []).append((m.start, m.end))


def as_index(marked: list[Marked]) -> MarkIndex:
    """``marked`` as a :class:`MarkIndex` (itself when it is one)."""
    return marked if isinstance(marked, MarkIndex) else MarkIndex(marked)


def in_any(pos: int, spans: list[Marked]) -> Optional[Marked]:
    """The first quoted span holding ``pos``, or None."""
    if isinstance(spans, MarkIndex) and spans.sorted:
        k = bisect.bisect_right(spans.starts, pos) - 1
        return spans[k] if k >= 0 and pos < spans[k].end else None
    for m in spans:
        if m.start <= pos < m.end:
            return m
    return None


_BEFORE_GAP_RE = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*")
_AFTER_GAP_RE = re.compile(r"[ \t\u00a0]*(?:,|:\s*|)[ \t\u00a0]*(?:that,?[ \t\u00a0]*)?")


def _starts_sentence(text: str, m: Marked) -> bool:
    """The quoted span opens a sentence (or a paragraph)."""
    before = text[max(0, m.start - 80) : m.start]
    line = before.rsplit("\n", 1)[-1].strip()
    if not line:
        return True
    return line[-1] in ".!?:;\u201d\"" or line.endswith(("--", "\u2014"))


def adjacent_marked(text: str, marked: list[Marked], start: int, end: int) -> tuple[Optional[Marked], Optional[Marked]]:
    """The quoted span that ends just before [start, end) with a comma (``"A," he
    said``) and the one that starts just after it (``he said, "A"``)."""
    before = after = None
    marked = as_index(marked)
    if marked.sorted:  # only the spans ending 0-3 characters before start / starting 0-12 after end can match
        lo, hi = bisect.bisect_left(marked.ends, start - 3), bisect.bisect_right(marked.ends, start)
        a_lo, a_hi = bisect.bisect_left(marked.starts, end), bisect.bisect_right(marked.starts, end + 12)
        candidates = sorted(set(range(lo, hi)) | set(range(a_lo, a_hi)))
        scan = [marked[k] for k in candidates]
    else:
        scan = marked
    for m in scan:
        if m.end <= start and start - m.end <= 3 and _BEFORE_GAP_RE.fullmatch(text[m.end : start]):
            inner = text[m.start : m.end].rstrip(" \u201c\u201d\u2018\u2019\"'`\u00bb")  # (also a quote inside: ",\u2019\u201d")
            ends_sentence = bool(re.match(r"[ \t]*[.!?]", text[end : end + 3]))  # '"...." Trump said.'
            if inner[-1:] in (",", "?", "!", "\u2014", "-", "\u2026") or text[m.end : start].strip() == "," or (inner[-1:] == "." and ends_sentence) or (inner[-1:].isalnum() and m.closed):
                if _starts_sentence(text, m):
                    before = m
        if after is None and m.start >= end and m.start - end <= 12 and _AFTER_GAP_RE.fullmatch(text[end : m.start]):
            after = m
    return before, after


def group_spans(marked: list[Marked], m: Marked) -> list[tuple[int, int]]:
    """The spans of the quote ``m`` belongs to (one per paragraph it runs over)."""
    if isinstance(marked, MarkIndex):
        return list(marked.groups.get(m.group, []))
    return [(x.start, x.end) for x in marked if x.group == m.group]


def widen(text: str, s: int, e: int, marked: list[Marked]) -> tuple[int, int]:
    """Widen [s, e) to the whole of any quoted span it cuts into."""
    marked = as_index(marked)
    if marked.sorted:
        # the first span that can overlap is the first ending after s; after one that
        # widens e, the next starts at or after the new e, so the walk stops there
        k = bisect.bisect_right(marked.ends, s)
        scan = (marked[i] for i in range(k, len(marked)))
    else:
        scan = iter(marked)
    for m in scan:
        if marked.sorted and m.start >= e:
            break
        if m.start < e and s < m.end:
            if m.start < s and s - m.start < 400:
                s = m.start
            if m.end > e:
                e = m.end
    return s, e


def join_following_quote(text: str, e: int, marked: list[Marked]) -> int:
    """``e`` moved to the end of each quoted span that starts within 2 blank characters
    of it on the same line (repeatedly)."""
    marked = as_index(marked)
    if marked.sorted:
        k = bisect.bisect_left(marked.starts, e)
        scan = (marked[i] for i in range(k, len(marked)))
    else:
        scan = iter(marked)
    for m in scan:
        if marked.sorted and m.start - e > 2:
            break  # later spans start further on, and e moved only on a match
        if m.start >= e and m.start - e <= 2 and not text[e : m.start].strip() and "\n" not in text[e : m.start]:
            e = m.end
    return e


def stabbing(spans) -> Callable[[int], int]:
    """A function counting the spans ``(s, e)`` of a collection (duplicates included)
    with ``s <= pos < e``, by bisect."""
    live = [(s, e) for s, e in spans if s < e]
    starts = sorted(s for s, _ in live)
    ends = sorted(e for _, e in live)
    return lambda pos: bisect.bisect_right(starts, pos) - bisect.bisect_right(ends, pos)


def quote_kind(text: str, content: list[tuple[int, int]], marked: list[Marked]) -> str:
    """The kind of a content: ``direct`` (quoted words only, within 5 characters,
    opening with a mark), ``partial`` (some quoted words) or ``indirect`` (none)."""
    covered = 0
    total = 0
    marked = as_index(marked)
    for s, e in content:
        if marked.sorted:  # non-space characters of [s, e) and of its overlap with each quoted span
            total += _solid(text, s, e)
            k = bisect.bisect_right(marked.ends, s)
            while k < len(marked) and marked[k].start < e:
                covered += _solid(text, max(s, marked[k].start), min(e, marked[k].end))
                k += 1
            continue
        for i in range(s, e):
            if text[i].isspace():
                continue
            total += 1
            if in_any(i, marked):
                covered += 1
    if not total or not covered:
        return "indirect"
    if covered >= total - 5 and any(text[s:e].lstrip()[:1] in "\u201c\"'`\u00ab" for s, e in content[:1]):
        return "direct"
    return "partial"


def _solid(text: str, s: int, e: int) -> int:
    """The number of non-space characters in text[s:e]."""
    if e <= s:
        return 0
    return sum(map(len, text[s:e].split()))  # (str.split cuts at exactly the characters str.isspace is true of)


def para_at(paras: list[Para], pos: int) -> int:
    """The index of the paragraph holding ``pos`` (the last one starting at or before it)."""
    lo, hi = 0, len(paras)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if paras[mid].start <= pos:
            lo = mid
        else:
            hi = mid
    return lo
