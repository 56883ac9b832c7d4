"""Numbers inside the name of a work, a show or a business: no quantity ("Blige's show The 411",
"Springsteen's "American Skin (41 Shots)"", "'THREE AMIGOS' TAKE ON ...", "Under 70 Auto Sales"),
and the numbers of the items of a list (``list_number``).

- a number inside quotation marks whose words are all capitalised (title case or capitals: at
  least two words besides the number, or "The" right before it: "'The 411.'");
- a number right after a capitalised function word that does not open its sentence ("show The
  411", "Under 70 Auto Sales"), with no lower-case word right after it (not "The 25 senators").
"""

from __future__ import annotations

import re

from .sentence_lookup import sentence_of

#: a quoted passage: its opening mark after a space, a bracket or the start; its closing mark before a space or punctuation
_QUOTED_RE = re.compile(r"(?:^|(?<=[\s(\[]))([\u201c\u2018\"'])([^\u201c\u201d\u2018\"\n]{1,80}?)([\u201d\u2019\"'])(?=[\s.,;:!?)\]]|$)")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
#: parts of speech of a function word (capitalised mid-sentence only inside a name)
_FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART"})
#: after a list item's number: its period, then the item ("1. Donald Trump") or a closing parenthesis ("(2.)")
_LIST_NUMBER_RE = re.compile(r"\.(?:[ \t]+[A-Z]|\))")
#: before it: the start of the text or a line, an opening parenthesis, or the end of the item before
_LIST_BEFORE_RE = re.compile(r"(?:^|\n|\(|[.):][ \t]+)$")
#: after a number alone on its line ("13\n", "13.\n"): the end of the line
_LINE_NUMBER_RE = re.compile(r"[.)]?[ \t]*(?:\n|$)")


def list_number(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` numbers an item of a list: "1. Donald Trump", a rank
    "(Last week: 2.)", or a figure alone on its line above the item ("13\nZoe Saldana Asked ...")."""
    if not text[start:end].strip().isdigit():
        return False
    if _LIST_NUMBER_RE.match(text, end) and _LIST_BEFORE_RE.search(text[max(0, start - 4):start]):
        return True
    return bool(_LINE_NUMBER_RE.match(text, end)) and not text[text.rfind("\n", 0, start) + 1 : start].strip()


def in_title(span, text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` (the tokens ``span``) is part of a title or a name."""
    sent = sentence_of(span[0])
    lo, hi = sent.start_char, sent.end_char
    for m in _QUOTED_RE.finditer(text, max(lo - 2, 0), min(hi + 2, len(text))):
        if m.start(2) <= start and end <= m.end(2):
            return _title_case(m.group(2), start - m.start(2))
        if m.start() > end:
            break
    doc = span.doc
    prev = doc[span.start - 1] if span.start > sent.start else None
    if prev is None or prev.i == sent.start or not prev.text[:1].isupper() or prev.pos_ not in _FUNCTION_POS:
        return False
    if doc[prev.i - 1].text in ("\u201c", "\u2018", '"', "'", "(", ":", "\u2014", "-", "--"):
        return False  # the first word of a quote or an aside opens a sentence of its own
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or not after.text[:1].islower()


def _title_case(content: str, at: int) -> bool:
    """Whether a quoted passage is a title: every word of four letters or more capitalised, and
    two such words besides the number, or "The" right before it (``at``: the number's offset)."""
    words = _WORD_RE.findall(content)
    if any(w[:1].islower() for w in words if len(w) >= 4):
        return False
    capital = [w for w in words if w[:1].isupper() and not w.isdigit()]
    return len(capital) >= 2 or bool(re.search(r"\bThe\s+$", content[:at]))
