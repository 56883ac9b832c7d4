"""Transcripts: the turns of an interview or a broadcast transcript as quotes of their speakers.

A transcript is a run of paragraphs that open with a speaker label and a colon: "Q:" / "A:"
("QUESTION:" / "ANSWER:", the labels of ``lexicons/quote_headlines.tsv``), or a name in
capitals ("JAKE TAPPER:", "FALLIN:"). A text is a transcript only when at least two turns have
such labels, and, for labels in capitals, one label (or its last word) comes back: one
"UPDATE:" line is no transcript. Each turn is an attribution (``reason`` "transcript", the
colon its cue, the label its source) whose content is the rest of its paragraph and the
unlabelled paragraphs after it up to the next turn (not after the last turn: the article may
go on; never over a stage note such as "(BEGIN VIDEO CLIP)").

The speaker is decided here, not by the resolver: an answer is the interviewee's, the one
person the text names most often before the first turn (a tie: nobody); a question the
interviewer's, who is left unnamed; a name label the person it names
(:func:`~.persons.label_person`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Optional

from spacy.tokens import Doc

from .marks import MarkIndex, paragraphs
from .persons import label_person
from .spans import Attr, strip_span
from .words import ANSWER_LABELS, NOT_SPEAKERS, QUESTION_LABELS

#: a turn's label at a paragraph's start: "Q:", "ANSWER:", "JAKE TAPPER:", "O'ROURKE:"
_TURN_RE = re.compile(r"[ \t\u00a0]*([A-Z][A-Z.'\u2019\-]*(?:[ \t][A-Z][A-Z.'\u2019\-]+){0,3})[ \t]*:[ \t]*(?=\S)")
#: a stage note that ends a turn: "(BEGIN VIDEO CLIP)", "[CROSSTALK]"
_NOTE_RE = re.compile(r"[ \t\u00a0]*[(\[]")


def transcript_attributions(doc: Doc, text: str, marked: MarkIndex, index) -> list[Attr]:
    """The turns of the text's transcript, speakers set (see the module docstring); [] when
    the text holds none."""
    paras = paragraphs(text)
    turns = [(k, m) for k, p in enumerate(paras) if (m := _TURN_RE.match(text, p.start, p.end)) is not None and _is_label(m.group(1))]
    if len(turns) < 2 or not _is_transcript([m.group(1) for _, m in turns]):
        return []
    people = {e.id for e in index.entities if e.type == "PERSON"}
    interviewee = _interviewee(index, people, paras[turns[0][0]].start)
    out = []
    for n, (k, m) in enumerate(turns):
        end = turns[n + 1][0] if n + 1 < len(turns) else k + 1
        content = []
        for j in range(k, end):
            if j > k and _NOTE_RE.match(text, paras[j].start, paras[j].end):
                break
            lo = m.end() if j == k else paras[j].start
            s, e = strip_span(text, lo, paras[j].end, marked)
            if e - s >= 2:
                content.append((s, e))
        if not content:
            continue
        label = m.group(1)
        speaker, why = _turn_speaker(label, m.start(1), m.end(1), index, interviewee)
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        colon = text.index(":", m.end(1))
        out.append(Attr((colon, colon + 1), None, (m.start(1), m.end(1)), span.root if span is not None and len(span) else None,
                        content, reason="transcript", speaker=speaker, speaker_reason=why))
    return out


def _is_label(label: str) -> bool:
    """Whether a paragraph's opening capitals name a turn's speaker ("Q", "TAPPER"; not "UPDATE")."""
    return label in QUESTION_LABELS or label in ANSWER_LABELS or (len(label) > 1 and label not in NOT_SPEAKERS)


def _is_transcript(labels: list[str]) -> bool:
    """Whether the labels make a transcript: a question and an answer, or a speaker's name
    that comes back (by its last word: "JAKE TAPPER" then "TAPPER")."""
    if any(x in QUESTION_LABELS for x in labels) and any(x in ANSWER_LABELS for x in labels):
        return True
    names = Counter(x.split()[-1] for x in labels if x not in QUESTION_LABELS and x not in ANSWER_LABELS)
    return len(names) >= 2 and max(names.values()) >= 2


def _interviewee(index, people: set[str], start: int) -> Optional[str]:
    """The one person named most often before the transcript starts (a tie: None)."""
    counts = Counter(eid for ms, _, eid in index.spans if eid in people and ms < start)
    top = counts.most_common(2)
    if not top or len(top) > 1 and top[1][1] == top[0][1]:
        return None
    return top[0][0]


def _turn_speaker(label: str, lo: int, hi: int, index, interviewee: Optional[str]) -> tuple[Optional[str], str]:
    """A turn's speaker and the reason, in words."""
    if label in ANSWER_LABELS:
        if interviewee is None:
            return None, f"an answer ('{label}:') of an interview whose interviewee the text does not name as one person"
        return interviewee, f"an answer ('{label}:') of an interview: the interviewee, the person the introduction names most"
    if label in QUESTION_LABELS:
        return None, f"a question ('{label}:') of an interview: the interviewer, not named"
    eid = label_person(label, lo, hi, index)
    if eid is None:
        return None, f"a transcript turn of '{label}', whom the text names as no one entity"
    return eid, f"a transcript turn: the person the label '{label}' names"


def without_nested_in_turns(attrs: list[Attr]) -> list[Attr]:
    """Drop the attributions whose cue lies inside a transcript turn's content ("FALLIN: I
    think ..., they want ..."): the turn is the attribution, what it reports stays inside
    (as :func:`~.continuations.drop_nested` does for cues)."""
    turns = sorted((s, e) for a in attrs if a.reason == "transcript" for s, e in a.content)
    if not turns:
        return attrs
    starts = [s for s, _ in turns]

    def inside(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and turns[k][0] <= pos < turns[k][1]

    return [a for a in attrs if a.reason == "transcript" or not inside(a.cue[0])]
