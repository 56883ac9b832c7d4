"""Reports no one voices: attributions dropped once their speakers are resolved.

Two kinds of unquoted report (no quote marks in the content) are not words anyone is
quoted as saying, and are dropped:

- a **writer's note**: a paragraph opened by a label in the outlet's own voice
  ("Editor's note: ...", ``writer_note`` in ``lexicons/quote_patterns.tsv``) whose report
  names no speaker ("... a showman who has often promised to close every border"): the
  outlet's characterisation. A note's report with a named speaker ("Editor's note: ...
  Chief Ann Roe said that ...", a correction) stays;
- a **subordinate report**, a cue that is no clause of its own but describes a noun or
  completes another verb:
  - a reaction (a bare noun phrase content) whose cue is a participle after a noun: "a
    group **backing** Ann Roe", "a request **seeking** comment", "a form **listing** the
    options": what the noun is for or does, not a stance anyone voiced;
  - a report whose source names no one (no name or personal pronoun in it or in the
    noun its clause describes) whose cue is such a participle ("two mayors **seeking**
    to block the plan"), a relative clause's verb ("farmers are workers who **hope** to sell
    more grain", "tunes that advertisers **want** in their spots") or the complement of
    another verb ("it is fair **to say** that ...", "grew tired **to learn** that ..."): a description of
    unnamed people or of the writer's subject, which annotators leave unattributed.
    (A reaction in a relative clause, "voters who backed Roe", stays: annotators mark
    those stances about as often as not.)

PolNeAR train, share of these predictions that are not end-to-end attributions: docs
0-199 and 200-299 (held out from the tuning) 60-80% for each class.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .marks import MarkIndex, quote_kind
from .spans import Attr
from .speech import is_reaction
from .words import alternation

_NOTE_RE = re.compile(r"[\s\W]{0,3}(?:" + alternation("writer_note") + r")\b", re.I)
_PARTICIPLE = "acl"
_SUBORDINATE = frozenset({"acl", "relcl", "xcomp"})


def in_writer_note(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a paragraph that opens with a writer's-note label."""
    start = text.rfind("\n", 0, pos) + 1
    return _NOTE_RE.match(text, start, min(len(text), start + 40)) is not None


def is_subordinate_report(doc: Doc, a: Attr) -> bool:
    """Whether an unquoted attribution's cue describes a noun or completes a verb (see
    the module docstring): a reaction on a participle after a noun, or a report whose
    source names no one on a participle, a relative clause's verb or an open complement."""
    tok = a.cue_token
    if tok is None or tok.dep_ not in _SUBORDINATE:
        return False
    reaction = is_reaction(doc, a)
    if reaction and tok.dep_ == _PARTICIPLE:
        return True
    return not a.speaker and not (reaction and tok.dep_ == "relcl") and not _names_someone(doc, a)


def _names_someone(doc: Doc, a: Attr) -> bool:
    """Whether the source, or the noun phrase a participle or relative clause describes,
    holds a name or a personal pronoun ("Ann Roe and Tom Vale, who both said", "which he
    said would fail", "He is right to note"): someone named, whom the resolver could not
    pin to one entity. "It" names no one ("it is fair to say", "it's hard to know")."""
    tok = a.cue_token
    words = []
    if a.source:
        span = doc.char_span(a.source[0], a.source[1], alignment_mode="expand")
        words += list(span) if span is not None else []
    if tok.dep_ in ("acl", "relcl"):
        words += [t for t in tok.head.subtree if t.i < tok.i]
    return any(t.pos_ == "PROPN" or (t.tag_ == "PRP" and t.lower_ != "it") for t in words)


def is_unvoiced(doc: Doc, text: str, a: Attr, marked: MarkIndex) -> bool:
    """Whether an attribution reports words no one voices: unquoted, and a speakerless
    report in a writer's note or a subordinate report."""
    if not a.content or quote_kind(text, sorted(a.content), marked) != "indirect":
        return False
    if not a.speaker and in_writer_note(text, min(a.content)[0]):
        return True
    return is_subordinate_report(doc, a)
