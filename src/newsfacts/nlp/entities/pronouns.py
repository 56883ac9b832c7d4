"""Gender from pronouns: weak evidence for a person the honorifics, titles and first name say
nothing about.

A person named by full name and then referred to as "he" or "she" (``pronoun`` rows of
``lexicons/entity_gender.tsv``) gives that pronoun's gender as evidence, only where the
reference is unambiguous:

- the pronoun is the subject of its clause ("She said", "he was elected"), outside quotation
  marks (a quoted "he" is often someone the speaker talks about), and so is the name ("Taylor
  Roe spoke ... He said"; not "the ouster of Muammar Qaddafi. She said", where "she" is the
  story's subject named earlier);
- it stands in the name's sentence, after it, or in the next sentence;
- it is the first gendered subject pronoun after the name;
- from the start of the name's sentence to the pronoun, no other person is named (not even a
  surname that might be the same person's).

A person whose evidence disagrees ("he" once, "she" once) gets none. The evidence only fills
:attr:`~.resolution.Cluster.gender` when the person's own mentions and first name give none,
so it never overrides them; it keeps "Ms. Roe" from joining "Taylor Roe ... He said".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

import numpy as np
from spacy.attrs import DEP, IDX, LENGTH, LOWER
from spacy.tokens import Doc

from ... import lexicons

_QUOTED_RE = re.compile(r"\u201c[^\u201d\n]*\u201d|\"[^\"\n]*\"")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass
class PronounEvidence:
    """The gendered subject pronouns of a document outside quotes, in order: where each starts,
    its gender and its sentence; where each sentence starts, and where each clause subject
    ends (characters: a name is a subject when its last word is one)."""

    starts: list[int] = field(default_factory=list)
    genders: list[str] = field(default_factory=list)
    sents: list[int] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)
    subject_ends: set[int] = field(default_factory=set)


def gendered_subjects(doc: Doc, sent_of: list[int], text: str) -> PronounEvidence:
    """The document's gendered subject pronouns outside quotation marks (``text``: the
    document's text)."""
    words = lexicons.gender_words("pronoun")
    arr = doc.to_array([DEP, LOWER, IDX, LENGTH])
    subject = np.isin(arr[:, 0], [doc.vocab.strings.add(d) for d in _SUBJECT_DEPS])
    lowers = {doc.vocab.strings.add(w): g for w, g in words.items()}
    found = [int(i) for i in np.flatnonzero(subject & np.isin(arr[:, 1], list(lowers)))]
    if not found:
        return PronounEvidence()
    sents = np.asarray(sent_of)
    firsts = np.flatnonzero(np.r_[True, sents[1:] != sents[:-1]])  # each sentence's first token
    ev = PronounEvidence(sent_starts=arr[firsts, 2].tolist())
    ev.subject_ends = set((arr[subject, 2] + arr[subject, 3]).tolist())
    quoted = [(m.start(), m.end()) for m in _QUOTED_RE.finditer(text)]
    for i in found:
        idx = int(arr[i, 2])
        k = bisect.bisect_right(quoted, (idx, 10**12)) - 1
        if k >= 0 and quoted[k][0] <= idx < quoted[k][1]:
            continue
        ev.starts.append(idx)
        ev.genders.append(lowers[arr[i, 1]])
        ev.sents.append(sent_of[i])
    return ev


def pronoun_gender(ev: PronounEvidence, mentions: Iterable[Any], everyone: list[tuple[int, int]]) -> Optional[str]:
    """The gender the pronouns give one person, or None (none, or they disagree).

    Args:
        ev: the document's pronouns (:func:`gendered_subjects`).
        mentions: the person's full-name mentions (``start``, ``end``, ``sent``).
        everyone: ``(start, id(mention))`` of every person mention in the document, sorted.
    """
    mentions = list(mentions)
    own = {id(m) for m in mentions}
    said = set()
    for m in mentions:
        if m.end not in ev.subject_ends:
            continue  # "the ouster of Muammar Qaddafi. She said": the name is no subject
        k = bisect.bisect_left(ev.starts, m.end)
        if k >= len(ev.starts) or ev.sents[k] > m.sent + 1:
            continue
        window_start = ev.sent_starts[m.sent] if m.sent < len(ev.sent_starts) else m.start
        j = bisect.bisect_left(everyone, (window_start, -1))
        while j < len(everyone) and everyone[j][0] < ev.starts[k] and everyone[j][1] in own:
            j += 1
        if j < len(everyone) and everyone[j][0] < ev.starts[k]:
            continue  # another person is named in the window: the pronoun may be theirs
        said.add(ev.genders[k])
    return said.pop() if len(said) == 1 else None
