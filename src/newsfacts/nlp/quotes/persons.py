"""First- and second-person sources: who "I" and "we" are, once every other speaker is known.

Run by :func:`~.extract.extract_quotes` after the speakers of all attributions are resolved
(the quote that holds a first person may have its cue later in the text). An "I"/"we"/"me"/"us"
source with no speaker takes:

- **the speaker of the quote it stands in**: inside a quoted span that lies in the content of
  an attribution with a speaker (a nested cue the nesting check kept), or inside the content
  of a headline or transcript line ("Ann Roe: 'I Fear ...'", "ROE: I think ..."), whose words
  are all that speaker's. In reported speech outside quote marks ("Roe said that I was
  wrong") "I" is the writer, so an indirect content never lends its speaker;
- **the speaker of a transcript turn**: a paragraph that opens with a speaker label
  ("FALLIN: Well, I think ..."; capitals, or a name the entity stage found) names the person
  the label names, when exactly one person in the text has it as name or surname.

Otherwise the speaker stays empty and ``speaker_reason`` says why: the author's own voice (a
first person outside any quote: an opinion piece, a memoir) or a quote with no speaker. "You"
is never a speaker: it is whoever is addressed, or anyone.
"""

from __future__ import annotations

import re
from typing import Optional

from .genders import FIRST_NAMES
from .marks import MarkIndex, in_any, para_at, paragraphs
from .spans import Attr

#: first-person source words: the one who speaks
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
#: the forms with no speaker ever: the one addressed, or anyone
SECOND_PERSON = frozenset({"you"})
#: attribution kinds whose whole content is the speaker's own words (``Attr.reason``)
_OWN_WORDS = frozenset({"headline", "colon", "transcript"})
#: a speaker label at a paragraph's start: "FALLIN:", "JAKE TAPPER:", "Alex Seitz-Wald:"
_LABEL_RE = re.compile(r"[ \t\u00a0]*([A-Z][\w.'\u2019\-]*(?:[ \t][A-Z][\w.'\u2019\-]*){0,3}):[ \t]")


def first_person_speakers(attrs: list[Attr], text: str, marked: MarkIndex, index) -> None:
    """Give each first-person source with no speaker the speaker of the quote or transcript
    turn it stands in, and every first- or second-person source left empty its reason (in place).

    Args:
        attrs: the document's attributions, speakers resolved.
        text: the document text.
        marked: its quoted spans.
        index: the document's entity index (for transcript labels).
    """
    todo = [a for a in attrs if a.speaker is None and a.source is not None and text[a.source[0] : a.source[1]].lower() in FIRST_PERSON | SECOND_PERSON]
    if not todo:
        return
    paras = paragraphs(text)
    for a in todo:
        s = a.source[0]
        word = text[s : a.source[1]].lower()
        quote = in_any(s, marked)
        if word in SECOND_PERSON:
            a.speaker_reason = f"'{word}': whoever is addressed, or anyone; never a speaker"
            continue
        host = _host(attrs, a, quote)
        if host is not None:
            a.speaker = host.speaker
            if host.reason in _OWN_WORDS:
                a.speaker_reason = f"first person '{word}' in a headline or transcript line: the speaker it names"
            else:
                a.speaker_reason = f"first person '{word}' inside a quote: the speaker of that quote"
            continue
        para = paras[para_at(paras, s)] if paras else None
        label = _LABEL_RE.match(text, para.start, para.end) if para is not None and quote is None else None
        eid = label_person(label.group(1), label.start(1), label.end(1), index) if label else None
        if eid:
            a.speaker = eid
            a.speaker_reason = f"first person '{word}' in a transcript turn: the person the label '{label.group(1)}' names"
        elif label is not None:
            a.speaker_reason = f"first person '{word}' in a transcript turn of '{label.group(1)}', whom the text names as no one entity"
        elif quote is not None:
            a.speaker_reason = f"first person '{word}' inside a quote with no known speaker"
        else:
            a.speaker_reason = f"first person '{word}' outside any quote: the author's own voice (no entity)"


def _host(attrs: list[Attr], a: Attr, quote) -> Optional[Attr]:
    """The attribution with a speaker whose content holds ``a``'s source as its own words: a
    headline or transcript line, or quote marks inside its content; the innermost."""
    s = a.source[0]
    best, best_len = None, None
    for b in attrs:
        if b is a or b.speaker is None:
            continue
        for cs, ce in b.content:
            if not cs <= s < ce:
                continue
            if b.reason not in _OWN_WORDS and (quote is None or not (cs <= quote.start and quote.end <= ce)):
                continue
            if best_len is None or ce - cs < best_len:
                best, best_len = b, ce - cs
    return best


def label_person(label: str, lo: int, hi: int, index) -> Optional[str]:
    """The person a transcript label names: the person entity mentioned over the label, or the
    one person whose name or surname it is (case aside: "FALLIN" is Mary Fallin)."""
    types = {e.id: e.type for e in index.entities}
    over = {eid for _, _, eid in index.overlapping(lo, hi) if types.get(eid) == "PERSON"}
    if len(over) == 1:
        return over.pop()
    if not label.isupper():
        return None
    key = label.replace("\u2019", "'").lower()
    people = [e for e in index.entities if e.type == "PERSON" and _name_key(e.name) in (key, key.split()[-1])]
    if len(people) > 1:  # "Gov Fallin" and "Mary Fallin": the one with a first name
        people = [e for e in people if e.name.split()[0].lower() in FIRST_NAMES]
    return people[0].id if len(people) == 1 else None


def _name_key(name: str) -> str:
    """The lower-case surname of a full name, apostrophes made straight."""
    words = name.replace("\u2019", "'").lower().split()
    return words[-1] if words else ""
