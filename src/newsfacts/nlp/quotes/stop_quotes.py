"""A quote in the sentence after its cue: "Ann Roe agreed. “The council is out of time.”",
"The mayor said in a statement. “There are no ballots left.”". A speech or writing verb
whose parse gave it no content, and whose sentence ends with a stop right after its
clause, takes the quoted sentence that follows in the same paragraph (PolNeAR marks the
quote as that cue's content).

Not taken: a sentence with more after the cue than a short phrase with no verb ("Roe agreed
to run. “...”": *run* is a verb), a quote that is not a sentence (a capital first, a stop
last), a cue whose sentence holds a quote ('"A," said Roe, who told X. "B."': B
continues A's attribution), and a quote with an attribution of its own after it ("“...,” she said": a comma
before the closing mark, or a reporting verb after it in its sentence).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .marks import Marked, group_spans, in_any

#: the cue's clause to its sentence's stop: a short phrase with no quote mark or line break
_TO_STOP_RE = re.compile(r"[^\n\"\u201c\u201d.!?;:]{0,60}\.[ \t\u00a0]+(?=[\"\u201c]|'')")
_MARK_RE = re.compile("[\"\u201c\u201d]|''")
_QUOTE_EDGES = " \"'\u201c\u201d"


def quote_after_stop(doc: Doc, text: str, marked: list[Marked], sent, clause_hi: int, verbs: dict[str, str]) -> list[tuple[int, int]]:
    """The quoted sentence after the stop that ends the cue's clause (which ends at
    ``clause_hi``, in the sentence ``sent``), as content spans; [] when there is none."""
    tail = _TO_STOP_RE.match(text, clause_hi)
    if tail is None or _MARK_RE.search(text, sent.start_char, clause_hi):
        return []  # ('"A," said Roe, who told X. "B."': B goes on A's attribution)
    between = doc.char_span(clause_hi, tail.end(), alignment_mode="contract")
    if between is not None and any(t.pos_ in ("VERB", "AUX") for t in between):
        return []
    m = in_any(tail.end(), marked)
    if m is None or m.start != tail.end():
        return []
    inner = text[m.start : m.end].strip(_QUOTE_EDGES)
    if not (inner[:1].isupper() and inner[-1:] in (".", "?", "!", "\u2026")):
        return []
    line_end = text.find("\n", m.end)
    after = doc.char_span(m.end, min(len(text) if line_end < 0 else line_end, m.end + 40), alignment_mode="contract")
    if after is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in after):
        return []  # ('“...” she said': the quote's own cue)
    return group_spans(marked, m)
