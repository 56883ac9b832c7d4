"""Evidence tails: "A company gave $5,000 to the PAC, campaign finance records show." and
"During the same stretch, F.A.A. records show, the plane has flown 216 hours." The parser
often reads the tail's verb as a noun ("records show" one compound, "show" a subject), so
no cue rule sees it. The tail is found in the text: a comma, a short noun phrase ending in a
word of ``lexicons/quote_evidence_tails.tsv`` (records, documents, polls ...), a verb form
of that file (show, indicated ...), then a comma or the sentence's end. The content is the
sentence before the tail and, when the tail is set off by commas mid-sentence, the rest of
the sentence after it (two fragments, PolNeAR's convention); the noun phrase is the source.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from ... import lexicons
from .marks import Marked, in_any
from .spans import Attr, Sents, strip_span

#: dependency labels of a word that modifies the source noun, whatever its tag ("fundraising documents")
_MODIFIERS = frozenset({"amod", "compound", "nmod"})
#: words that end the "before" part of a tail's sentence without being content ("X and, records show, Y")
_JOINERS = frozenset({"and", "but", "or", "while", "although", "as", "because", "which", "who", "that"})


@lru_cache(maxsize=None)
def evidence_tail_words() -> tuple[frozenset[str], frozenset[str]]:
    """(source nouns, verb forms) of an evidence tail, from ``lexicons/quote_evidence_tails.tsv``."""
    rows = lexicons.rows("quote_evidence_tails.tsv")
    return frozenset(r[0].lower() for r in rows if r[1] == "noun"), frozenset(r[0].lower() for r in rows if r[1] == "verb")


@lru_cache(maxsize=None)
def tail_pattern() -> re.Pattern:
    """The regular expression of an evidence tail, built from :func:`evidence_tail_words`:
    group 1 the source noun phrase, group 2 the verb, group 3 the comma or stop after it."""
    nouns, verbs = evidence_tail_words()
    alt = lambda ws: "|".join(sorted(map(re.escape, ws), key=len, reverse=True))  # noqa: E731
    return re.compile(
        r",[ \t]+((?:[\w.&'\u2019-]+[ \t]+){0,5}?(?:" + alt(nouns) + r"))[ \t]+(" + alt(verbs) + r")(?=[ \t]*([,.;]|$))",
        re.IGNORECASE | re.MULTILINE,
    )


def evidence_tail_attributions(doc: Doc, text: str, marked: list[Marked], sents: Sents, attrs: list[Attr]) -> list[Attr]:
    """The attributions of evidence tails whose content no earlier attribution took (the
    cue rules' own reading of a well-parsed "records show" comes first)."""
    taken = [c for a in attrs for c in a.content] + [a.cue for a in attrs]
    out = []
    for m in tail_pattern().finditer(text):
        attr = _tail(doc, text, marked, sents, m)
        if attr is None or any(s < e2 and s2 < e for s, e in attr.content + [attr.cue] for s2, e2 in taken):
            continue
        out.append(attr)
        taken += attr.content
    return out


def _tail(doc: Doc, text: str, marked: list[Marked], sents: Sents, m: re.Match) -> Optional[Attr]:
    """The attribution of one tail match, or None (inside a quote, no content, or the
    noun phrase is no source: a lowercase word before it that is a verb's or a clause's)."""
    if in_any(m.start(), marked) is not None:
        return None
    src_tok = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    verb = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
    if src_tok is None or verb is None or not len(src_tok) or len(verb) != 1:
        return None
    if any(t.pos_ in ("VERB", "AUX", "PRON", "ADP", "SCONJ", "CCONJ") and t.lower_ != "and" and t.tag_ != "PRP$" and t.dep_ not in _MODIFIERS for t in src_tok[:-1]):
        return None  # ", and they said the figures show": not a tail's noun phrase ("fundraising documents" is one)
    sent = sents.of(verb[0])
    if sents.of(src_tok[0]).start != sent.start:
        return None
    content = []
    before = strip_span(text, sent.start_char, m.start(), marked)
    words = text[before[0] : before[1]].split()
    if words and words[-1].lower() not in _JOINERS and len(words) >= 3:
        content.append(before)
    if m.group(3) == ",":
        after = strip_span(text, m.end(2) + 1, sent.end_char, marked)
        first = text[after[0] : after[1]].split()[:1]
        if first and first[0].lower() not in _JOINERS and after[1] - after[0] >= 10:
            content.append(after)  # "During the same stretch, records show, the plane has flown ..."
    if not content:
        return None
    return Attr((m.start(2), m.end(2)), verb[0], (m.start(1), m.end(1)), src_tok[-1], content, reason="evidence tail")
