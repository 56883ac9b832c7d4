"""How attributions continue and nest: quoted sentences after an attributed quote join
it, speech reported inside another content is dropped, a quoted paragraph with no
cue after a quote takes that quote's speaker (a floating quote), and a subjectless
participle that opens a sentence ("Adding, '...'") carries the speaker of the sentence before."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Optional

from ...schema import Quote

from .marks import Marked, as_index, para_at, paragraphs, stabbing
from .spans import Attr
from .words import pattern_words


def drop_nested(attrs: list[Attr]) -> list[Attr]:
    """Drop attributions whose cue lies inside another one's content: "he said he
    anticipated "..."" is one attribution, said by him (nested speech stays inside)."""
    spans = [(s, e) for a in attrs for s, e in a.content]
    holding = stabbing(spans)  # a cue is dropped when a span of another content holds it
    copies = Counter(spans)
    out = []
    for a in attrs:
        c = a.cue[0]
        own = sum(copies[x] for x in set(a.content) if x[0] <= c < x[1])
        if holding(c) - own > 0:
            continue
        out.append(a)
    return out


_SAME_PARA_GAP = 250  # characters between an attributed quote and the next quoted sentence in its paragraph


def extend_with_following_quotes(text: str, attrs: list[Attr], marked: list[Marked], others: list[Attr] = ()) -> None:
    """``"A," he said. "B."``: quoted sentences that follow an attributed quote in the
    same paragraph, with no cue of their own, belong to the same attribution. ``others``:
    attributions already extended (a later pass's, such as the colon lines, extends only its
    own), whose contents and cues stop an extension too."""
    marked = as_index(marked)
    claimed = {c for a in (*attrs, *others) for c in a.content}
    cues = sorted(a.cue[0] for a in (*attrs, *others))
    starts = {m.start: m for m in marked}
    ends = {m.end for m in marked}
    for a in attrs:
        last = max(f[1] for f in a.content)
        if not (all(f[0] in starts for f in a.content) or last in ends):
            continue  # only quotes made of quoted spans, or ending in one ('But "if A," said Roe. "B."')
        crossed = 0
        k = bisect.bisect_left(marked.starts, last) if marked.sorted else 0
        for m in (marked[i] for i in range(k, len(marked))):
            if m.start < last:
                continue
            if (m.start, m.end) in claimed:
                if marked.sorted:
                    break  # every later span starts after this claimed one: the check below stops at it
                continue
            if m.start - last > 300:
                break
            gap = text[last : m.start]
            if "\n" in gap:
                # '"A," she said.' closing a paragraph, the next opening with a quote: it goes on
                head, _, tail = gap.partition("\n")
                if crossed >= _MAX_PARAS or tail.strip() or len(head) > 150 or not re.search(r"(?:^|[.!?:][\u201d\"']?)\s*$", head):
                    break
                if _LABEL_RE.match(text, m.start, m.end):
                    break  # '"Chris Matthews: ...': the next speaker's line
                if head.strip(" \t.,!?:\u201d\"'") and (not last <= a.cue[0] < last + len(head) or re.search(r"[.!?]\s+\S", text[a.cue[1] : last + len(head)])):
                    break  # only the quote's own attribution may stand between
                crossed += 1
            elif m.start - last > _SAME_PARA_GAP or not re.search(r"[.!?]\s+$", gap):
                break
            if _cue_between(cues, _sentence_end(text, last, m.start), m.start, a.cue[0]):
                break  # another cue stands between (one in the attribution's own sentence, "said Ann Roe, who backs Ames.", is an aside)
            if (bisect.bisect_left(marked.starts, m.start) - bisect.bisect_left(marked.starts, last) > 0) if marked.sorted else any(x.start < m.start and x.start >= last for x in marked):
                break
            a.content.append((m.start, m.end))
            claimed.add((m.start, m.end))
            last = m.end


# a sentence's end: not after an initial or a title ("Mr.", "Sen."), and before a capital or a quote mark
_TITLES = pattern_words("title_abbreviation")
_SENT_END_RE = re.compile(
    r"(?<![A-Z])"
    + "".join(rf"(?<!\b(?:{'|'.join(t for t in _TITLES if len(t) == n)}))" for n in sorted({len(t) for t in _TITLES}))
    + r"[.!?][\u201d\"']?\s+(?=[\u201c\"'A-Z])"
)


def _sentence_end(text: str, lo: int, hi: int) -> int:
    """The end of the first sentence that starts at ``lo`` (``hi`` if it runs on)."""
    m = _SENT_END_RE.search(text, lo, hi)
    return m.end() if m else hi


def _cue_between(cues: list[int], lo: int, hi: int, own: int) -> bool:
    """A cue in sorted ``cues`` with ``lo <= cue < hi`` other than ``own``."""
    a, b = bisect.bisect_left(cues, lo), bisect.bisect_left(cues, hi)
    return b - a > (bisect.bisect_left(cues, own + 1) - bisect.bisect_left(cues, own) if lo <= own < hi else 0)


_MAX_PARAS = 1  # paragraphs a quote may run on into after its attribution
#: a speaker's label opening a quoted paragraph: '"Chris Matthews: ...', '"MATTHEWS: ...'
#: (two to four capitalised words, or one in capitals: not '"Look: ...')
_LABEL_RE = re.compile(r"[\"\u201c']*\s*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){1,3}|[A-Z][A-Z.'\u2019-]+):\s")


def floating_quotes(text: str, marked: list[Marked], quotes: list[tuple[int, Quote]], used: set[tuple[int, int]]) -> list[tuple[int, Quote]]:
    """Floating quotes: a paragraph that is one quoted span (of 20 characters or more)
    with no cue, right after a paragraph with a quote by a known speaker, is that
    speaker's (and the next such paragraph too), with that quote's speaker evidence (the
    words that named the speaker), unless it opens with a speaker's label
    ('"Chris Matthews: ...': then its speaker is left empty, with the reason).

    Args:
        text: the document text.
        marked: its quoted spans.
        quotes: the quotes found so far, as ``(start, quote)`` pairs.
        used: the content spans of those quotes.

    Returns:
        The floating quotes as ``(start, quote)`` pairs, in text order.
    """
    paras = paragraphs(text)
    last_para_speaker: dict[int, tuple[str, int, list]] = {}
    for pos, q in quotes:
        if q.speaker:
            last_para_speaker[para_at(paras, pos)] = (q.speaker, pos, q.speaker_evidence)
    in_used = stabbing(used)
    out: list[tuple[int, Quote]] = []
    for m in marked:
        if (m.start, m.end) in used or in_used(m.start) > 0:
            continue
        p = para_at(paras, m.start)
        para = paras[p]
        if text[para.start : m.start].strip() or text[m.end : para.end].strip(" .") or m.end - m.start < 20:
            continue
        prev = last_para_speaker.get(p - 1)
        if prev is None:
            continue
        label = _LABEL_RE.match(text, m.start, m.end)
        speaker, reason, evidence = prev[0], "a quoted paragraph with no cue, after a quote by the same speaker", list(prev[2])
        if label is not None:  # '"Chris Matthews: Seriously, ..."': a transcript line of its own speaker
            speaker, reason, evidence = None, f"a quoted paragraph that opens with a speaker's label ('{label.group(1)}:'), not the previous speaker's", []
        out.append(
            (
                m.start,
                Quote(
                    id="",
                    text=text[m.start : m.end],
                    evidence=[(m.start, m.end)],
                    kind="direct",
                    speaker=speaker,
                    speaker_evidence=evidence,  # the words that named the speaker, in the quote before
                    cue=None,
                    speaker_reason=reason,
                ),
            )
        )
        if speaker is not None:
            last_para_speaker[p] = (speaker, m.start, evidence)
    return out


def carried_speaker(attr: Attr, text: str, sent_starts: list[int], spoke: list[tuple[int, str, Optional[tuple[int, int]]]],
                    last_cue: Optional[int]) -> Optional[tuple[str, tuple[int, int], str]]:
    """'Maher stated that the report "wasn't good." Adding, "Now, ..."': a cue that is a
    participle opening its sentence, with no subject of its own (the sentence's root, or hung
    on the verb of its own content), goes on
    the attribution of the sentence just before it, in the same paragraph, when that one has a
    speaker: ``(speaker, that attribution's source, reason)``, else None.

    Args:
        attr: the attribution with no source.
        text: the document text.
        sent_starts: the token index of each sentence's first token, sorted.
        spoke: ``(cue position, speaker, source)`` of the attributions resolved so far, in text order.
        last_cue: the position of the cue resolved just before (with a speaker or not).
    """
    tok = attr.cue_token
    if tok is None or tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children) or not spoke:
        return None
    if tok.dep_ != "ROOT" and not (tok.dep_ == "advcl" and any(cs <= tok.head.idx < ce for cs, ce in attr.content)):
        return None  # (the sentence's root, or hung on the quote it introduces: 'Adding, "Now, what they do is ..."')
    doc = tok.doc
    sent = bisect.bisect_right(sent_starts, tok.i) - 1
    if sent < 1 or any(not (t.is_punct or t.is_space) for t in doc[sent_starts[sent] : tok.i]):
        return None  # (only the sentence's first word: "Adding, ...", not "He spoke, adding")
    pos, eid, source = spoke[-1]
    prev = doc[sent_starts[sent - 1]].idx
    if source is None or pos != last_cue or not prev <= pos < tok.idx or "\n" in text[pos : tok.idx]:
        return None
    return eid, source, f"'{tok.text}' opens its sentence with no subject: the speaker of the sentence before it, in the same paragraph"
