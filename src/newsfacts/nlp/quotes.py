"""Quotes: who said what, with the words that say so.

``extract_quotes(doc, index)`` is a pure function: a parsed Doc and the document's
entities in, :class:`~newsfacts.schema.Quote` records out. Three passes:

1. **Quote marks** (:func:`scan_marks`): curly, straight and ``''`` / ``````
   marks are paired within a paragraph. A paragraph that opens a quote without
   closing it, followed by one that opens with a mark, continues the quote (the
   newspaper convention). Malformed marks never make a quote run on into the next
   paragraph: an unclosed quote ends with its paragraph, an opening mark at the end
   of a paragraph closes the quote, an opening mark inside an open quote closes the
   previous quote first. Each repair is reported as a warning at the bad mark.
2. **Cues**: a verb from ``lexicons/reporting_verbs.tsv``, any verb with a
   "that" clause, any verb in a quote's attribution (``"Go back," Trump barked``),
   "according to", or a headline colon. Its Source is the subject noun phrase
   (inherited from the governing verb for "adding, ..." and "went on to say ...");
   its Content is the quoted span next to it (``"A," he said`` / ``he said, "A."`` /
   ``"A," he said, "B."``, one quote with two fragments), else its clausal complement
   (``he said that ...``) widened to the whole of any quoted span it cuts into, else
   its topic or object ("talked about X", "called X a liar"). Quoted sentences after
   an attributed quote in the same paragraph join it. See docs/quotes.md.
3. **Speakers**: the Source is resolved to an entity through the entity index;
   a pronoun goes to the most recent person named as a subject (or speaker) before
   it whose gender, where the text marks it, fits; a relative "who" to the noun it
   modifies. Floating quotes (a quoted paragraph
   with no cue, right after an attributed quote) inherit that quote's speaker.

Kinds: ``direct`` (the content is quoted words only), ``partial`` (reported speech
with some quoted words, ``he said it was "absolutely clear"``) and ``indirect``
(no marks). Spans follow PolNeAR's conventions where they are a choice: a direct
quote's content includes its marks; indirect content includes "that" and excludes
the sentence's final stop.
"""

from __future__ import annotations

import bisect

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice
from typing import Callable, Optional

from spacy.tokens import Doc, Token

from .. import lexicons
from ..schema import Cue, Quote, Warning_
from .text import doc_text

_OPENERS = {"\u201c", "``", "\u00ab"}
_CLOSERS = {"\u201d", "\u00bb"}
_MARK_RE = re.compile("\u201c|\u201d|\u00ab|\u00bb|``|''|\"")
_SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
_CONTENT_DEPS = {"ccomp", "parataxis"}
_CUE_LEFT_DEPS = {"aux", "auxpass", "neg", "advmod"}
_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "it", "who", "which", "that", "i", "we", "you"})
_TRAIL = " \t\n\u00a0,;:.\u2014-"
_LEAD = " \t\n\u00a0,;:\u2014-"


@lru_cache(maxsize=None)
def reporting_verbs() -> dict[str, str]:
    """Reporting verb lemma -> class (speech, writing, cognition, evaluation, stance, evidence)."""
    return {r[0].lower(): (r[1] if len(r) > 1 else "speech") for r in lexicons.rows("reporting_verbs.tsv")}


@dataclass
class Marked:
    """A quoted span: ``start``/``end`` include the marks; ``group`` links the
    paragraphs of one quote continued across paragraphs."""

    start: int
    end: int
    group: int
    closed: bool = True


@dataclass
class _Para:
    start: int
    end: int


def _paragraphs(text: str) -> list[_Para]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        if m.start() > pos:
            out.append(_Para(pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append(_Para(pos, len(text)))
    return out


def _mark_role(text: str, s: int, e: int, para: _Para) -> str:
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
    paras = _paragraphs(text)
    spans: list[Marked] = []
    warnings: list[Warning_] = []
    group = 0
    carry = False  # the previous paragraph left a quote open and this one may continue it

    def warn(msg: str, s: int, e: int) -> None:
        warnings.append(Warning_("", "quote_marks", msg, [(s, e)]))

    for k, para in enumerate(paras):
        marks = [(m.start(), m.end()) for m in _MARK_RE.finditer(text, para.start, para.end)]
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


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


@dataclass
class _Attr:
    cue: tuple[int, int]
    cue_token: Optional[Token]
    source: Optional[tuple[int, int]]
    source_token: Optional[Token]
    content: list[tuple[int, int]]
    reason: str = ""
    speaker: Optional[str] = None
    speaker_reason: Optional[str] = None


def _span_of(tokens: list[Token]) -> tuple[int, int]:
    s = min(t.idx for t in tokens)
    e = max(t.idx + len(t.text) for t in tokens)
    return s, e


def _subtree_span(tok: Token) -> tuple[int, int]:
    """The characters of ``tok``'s subtree, from its left edge to its right edge as spaCy
    records them, without walking the subtree (the walk can be as long as a run-on
    sentence). On a non-projective parse the recorded edges can differ from the walk's
    extremes: 3 of 15,496 contents on PolNeAR train."""
    right = tok.right_edge
    return tok.left_edge.idx, right.idx + len(right.text)


def _subtrees_span(toks: list[Token]) -> tuple[int, int]:
    """The characters from the first to the last of several subtrees."""
    spans = [_subtree_span(t) for t in toks]
    return min(a for a, _ in spans), max(b for _, b in spans)


# a word that ends in an abbreviation's period: "U.S", "p.m", "D.C", "Calif", "Inc"
_ABBREV_END_RE = re.compile(r"(?:\b[A-Za-z]\.[A-Za-z]|\b(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Jr|Sr|Inc|Corp|Co|Ltd|Bros))$")


def _strip_span(text: str, s: int, e: int, marked: list[Marked]) -> tuple[int, int]:
    """Trim whitespace and stray punctuation at the edges (keeping quote marks)."""
    while s < e and text[s] in _LEAD:
        s += 1
    while e > s and text[e - 1] in _TRAIL:
        e -= 1
    if text[e : e + 1] == "." and _ABBREV_END_RE.search(text, max(s, e - 12), e):
        e += 1  # "entering the U.S.": the period is the abbreviation's
    return s, e


def _cue_span(verb: Token) -> tuple[int, int]:
    """The verb with its auxiliaries and adverbs just before it, and a particle after it."""
    toks = [verb]
    left = sorted((c for c in verb.lefts if c.dep_ in _CUE_LEFT_DEPS and c.lower_ != "then"), key=lambda t: -t.i)
    lo = verb.i
    for c in left:
        if c.i == lo - 1:
            toks.append(c)
            lo = c.i
    for c in verb.rights:
        if c.dep_ == "prt" and c.i == verb.i + 1:
            toks.append(c)
    return _span_of(toks)


_FINDING_NOUNS = frozenset({"poll", "survey", "report", "study", "analysis", "document", "record", "file", "data", "figure", "review", "audit", "memo", "letter", "filing", "estimate", "projection", "count", "tally", "result"})


def _np_span(tok: Token) -> tuple[int, int]:
    """The subject noun phrase as PolNeAR marks a Source: the whole phrase with its
    appositives and relative clauses ("those who lost their jobs"; a comma-set-off one
    with the comma closing it), but not a participle tacked on without a comma ("a group
    backing X"), nor a comma-set-off participle aside or relative clause that reports
    ("Ann Roe, speaking at ...," / "..., who notes that ..."), and never across a line break."""
    sub = list(tok.subtree)
    drop: set[int] = set()
    cut = len(tok.doc)  # the phrase ends before an aside or a reporting relative clause
    doc = tok.doc
    finding = tok.lemma_.lower() in _FINDING_NOUNS
    for c in tok.rights:
        if finding and c.dep_ == "acl" and c.tag_ == "VBN":
            continue  # "Exit polls taken in Ohio", "A Fox poll, conducted with X,": the finding's description stays
        if c.dep_ == "acl" and c.i > 0 and doc[c.left_edge.i - 1].text != ",":
            drop.update(t.i for t in c.subtree)
        elif c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i > 0 and doc[c.left_edge.i - 1].text == ",":
            # "Tom Ames, speaking at a rally," / "Ann Roe, clearly frustrated,": an aside, not the name
            cut = min(cut, c.left_edge.i - 1)
    verbs = reporting_verbs()
    for c in sub:
        if c.dep_ == "relcl" and c.i > tok.i and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," and c.lemma_.lower() in verbs:
            # "Ann Roe, an analyst at X, who notes that ...": the relative clause is an attribution of its own
            cut = min(cut, c.left_edge.i)
    out = [t for t in sub if t.i not in drop and t.i < cut]
    line_start = max((t.i for t in out if t.i <= tok.i and "\n" in t.text_with_ws), default=None)
    if line_start is not None:
        out = [t for t in out if t.i > line_start]
    while out and (out[0].is_punct or out[0].is_space):
        out.pop(0)
    out = _trim_source(out, tok)
    while out and out[-1].is_space:
        out.pop()
    internal_comma = any(t.text == "," for t in out[:-1])
    while out and out[-1].is_punct and out[-1].text not in {".", "'", "%"} and not (out[-1].text == "," and internal_comma and len(out) > 1):
        if out[-1].text == ")" and any(t.text == "(" for t in out):
            break  # "Sen. Ann Roe (D-Vt.)" keeps its closing parenthesis
        out.pop()
    if not out:
        out = [tok]
    nxt = out[-1].i + 1
    if internal_comma and out[-1].text != "," and nxt < len(tok.doc) and tok.doc[nxt].text == "," and not tok.doc[nxt].is_space:
        out.append(tok.doc[nxt])  # "Robby Mook, her campaign manager," closes with its comma
    elif nxt < len(tok.doc) and (closer := tok.doc[nxt]).text in ("\u2014", "--", "\u201d", '"', "''") and _opened(out, closer.text):
        out.append(closer)  # "Jason Sims \u2014 a teacher from Ohio \u2014" / 'the hacker known as \u201cGuccifer,\u201d' close their aside
    return _span_of(out)


def _opened(toks: list[Token], closer: str) -> bool:
    """Whether ``toks`` hold an aside or quote that ``closer`` (a dash or closing mark) ends."""
    if closer == "\u201d":
        return sum(t.text == "\u201c" for t in toks) > sum(t.text == "\u201d" for t in toks)
    return sum(t.text == closer for t in toks) % 2 == 1


#: lexicon verbs that report only with a clause or a quote: used otherwise ("can't find jobs", "added
#: five delegates", "to determine eligibility") their source was PolNeAR's at most one time in three (train)
_NEEDS_CLAUSE = frozenset({"find", "determine", "challenge", "maintain", "add", "read", "know", "demand", "worry"})
_QUOTED_AS = frozenset({"quote", "hear", "overhear", "record", "film", "report", "cite"})
_DOC_NOUNS = frozenset({"statement", "letter", "memo", "release", "ad", "advertisement", "note", "email", "message", "tweet", "post", "op-ed", "editorial", "video", "plan", "proposal", "report", "column", "essay", "book", "petition", "complaint", "lawsuit", "motion", "filing", "brief", "order", "resolution", "amendment"})
_DATELINE_RE = re.compile(r"^(?:[A-Z][A-Z.'\-]{2,}\b[^\n\u2014\u2013]{0,40}?|[^\n\u2014\u2013]{0,40}?\((?:AP|AFP|Reuters|UPI)\))\s*(?:\u2014|\u2013|--|-)\s+")
_DATELINE_AT = re.compile(_DATELINE_RE.pattern[1:])  # the same, matched at a given position
_DASHES = frozenset({"\u2014", "\u2013", "--", "-"})
_LEAD_ADVERBS = frozenset({"even", "also", "virtually", "meanwhile", "still", "now", "then", "too"})  # not "only", "just": "Only two senators" is the source


def _trim_source(out: list[Token], head: Token) -> list[Token]:
    """A source without what PolNeAR's annotators leave out of it: a dateline before it
    ("RENO, Nev. (AP) \u2014 Sen. Ann Roe") and a focus adverb ("Even Lindsey Graham")."""
    m = None
    if out and out[0].i < head.i and out[0].is_upper and any(t.text in _DASHES for t in out if t.i < head.i):
        m = _DATELINE_RE.match("".join(t.text_with_ws for t in out if t.i < head.i))
    if m is not None:
        cut = out[0].idx + m.end()
        out = [t for t in out if t.idx >= cut]
    while len(out) > 1 and out[0].i < head.i and out[0].lower_ in _LEAD_ADVERBS and out[0].pos_ == "ADV":
        out.pop(0)
        while len(out) > 1 and out[0].text == ",":
            out.pop(0)
    return out


def _is_cue_lemma(tok: Token) -> bool:
    """A speech or writing verb of the lexicon."""
    return tok.pos_ == "VERB" and reporting_verbs().get(tok.lemma_.lower()) in ("speech", "writing")


_SECOND_CUES = frozenset({"call", "suggest"})  # "he found X charming and called Y ...": a second report (PolNeAR train: 12 of 14)


def _second_cue_cut(comp: Token) -> Optional[Token]:
    """In 'He said A and said B', the first token of "and said B" (a speech cue with no
    subject of its own, hung by the parser on A): the complement A ends before it."""
    for c in comp.rights:
        if c.dep_ == "conj" and (_is_cue_lemma(c) or c.lemma_.lower() in _SECOND_CUES) and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            cc = [x for x in comp.rights if x.dep_ == "cc" and x.i < c.i]
            return cc[-1] if cc else c.left_edge
    return None


def _subject(verb: Token) -> tuple[Optional[Token], int]:
    """The subject of a reporting verb and the number of hops to reach it: inherited
    through xcomp, conj, participles and "by saying" (pcomp)."""
    cur: Optional[Token] = verb
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl", "relcl"):
        for a in verb.children:  # "first reported by The Post", "As reported by the Times,": the agent reports
            if a.dep_ == "agent":
                pobj = [p for p in a.children if p.dep_ == "pobj"]
                if pobj:
                    return pobj[0], 0
    for hops in range(5):
        if cur is None:
            return None, hops
        for c in cur.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != verb.i:
                if c.dep_ == "nsubjpass":
                    for a in cur.children:  # "was told by X": the agent speaks
                        if a.dep_ == "agent":
                            pobj = [p for p in a.children if p.dep_ == "pobj"]
                            if pobj:
                                return pobj[0], hops
                    if hops and cur.lemma_.lower() in _QUOTED_AS:
                        return c, hops  # "Ames was quoted as saying", "was heard saying": the passive subject speaks
                    return None, hops  # "is expected to", "was told": the subject is not the speaker
                return c, hops
        if cur.head is cur:
            return None, hops
        if hops == 0 and cur.dep_ == "conj" and cur.head.dep_ == "ccomp" and cur.head.head.i != cur.head.i and _is_cue_lemma(cur) and _is_cue_lemma(cur.head.head):
            cur = cur.head.head  # "He said A and said B": the parser hung the second "said" on A
            continue
        if cur.dep_ in ("xcomp", "conj", "advcl", "acl"):
            cur = cur.head
            continue
        if cur.dep_ == "pcomp" and cur.head.head is not cur.head:
            cur = cur.head.head
            continue
        if cur.dep_ == "relcl":
            return cur.head, hops
        if hops and cur.dep_ == "dobj" and cur.lemma_.lower() in _DOC_NOUNS and cur.head.i != cur.i:
            cur = cur.head  # "the campaign issued a statement saying ...": the issuer speaks
            continue
        return None, hops
    return None, 5


def _is_idiom(doc: Doc, tok: Token, lemma: str) -> bool:
    """A reporting verb in a phrase that reports nothing: naming ("a firm called X",
    "so-called"), and the opener "That said,"."""
    if lemma == "call" and tok.tag_ == "VBN" and (tok.dep_ == "acl" or (tok.i > 0 and doc[tok.i - 1].lower_ in ("so", "so-"))):
        return True
    return lemma == "say" and tok.i > 0 and tok.i + 1 < len(doc) and doc[tok.i - 1].lower_ == "that" and doc[tok.i - 1].is_sent_start and doc[tok.i + 1].text == ","


def _preceding_name(doc: Doc, verb: Token) -> Optional[Token]:
    """A proper noun (or noun) right before the cue in the same line, when the parse
    gave the verb no usable subject ("... D.C.\nGantz wrote")."""
    k = verb.i - 1
    while k >= 0 and doc[k].dep_ in _CUE_LEFT_DEPS and doc[k].i >= 0:
        k -= 1
    if k < 0:
        return None
    t = doc[k]
    if t.pos_ in ("PROPN", "NOUN", "PRON") and not any("\n" in x.whitespace_ for x in doc[t.i : verb.i]):
        return t
    return None


def _postposed_name(doc: Doc, text: str, verb: Token, marked) -> Optional[Token]:
    """'"... the challenge,'' said Jared Bernstein, a senior fellow': the parse gave the
    cue no subject; the name right after it is the speaker when a quote ends just before."""
    if verb.i + 1 >= len(doc) or _in_any(max(0, verb.idx - 3), marked) is None and not re.search(r"[\"\u201d']\s*,?\s*$", text[max(0, verb.idx - 6) : verb.idx]):
        return None
    t = doc[verb.i + 1]
    if t.pos_ not in ("PROPN", "DET", "NOUN", "ADJ") or "\n" in verb.whitespace_:
        return None
    while t.dep_ in ("compound", "amod", "det", "poss", "nmod") and t.head.i > verb.i and t.head.i != t.i:
        t = t.head
    return t if t.pos_ in ("PROPN", "NOUN") else None


def _parenthetical(text: str, sent, lo: int, hi: int, marked: list[Marked]) -> list[tuple[int, int]]:
    """"This campaign, he says, is different": the sentence around a cue set off by
    commas, as two fragments."""
    before = text[sent.start_char : lo]
    after = text[hi : sent.end_char]
    if not (before.rstrip().endswith(",") and after.lstrip().startswith(",")):
        return []
    a_s, a_e = _strip_span(text, sent.start_char, sent.start_char + len(before.rstrip()) - 1, marked)
    b_start = hi + len(after) - len(after.lstrip()) + 1
    b_s, b_e = _strip_span(text, b_start, sent.end_char, marked)
    if a_e - a_s < 3 or b_e - b_s < 3:
        return []
    return [(a_s, a_e), (b_s, b_e)]


def _name_after(doc: Doc, pos: int, verb: Token) -> Optional[Token]:
    """The head of the noun phrase that starts right after ``pos`` and before the verb
    ('"...," Trump, the front-runner, said')."""
    span = doc.char_span(pos, verb.idx, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if t.is_punct or t.is_space:
            continue
        if t.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        while t.dep_ in ("compound", "amod", "det", "poss", "nmod") and t.head.i < verb.i and t.head is not t:
            t = t.head
        return t
    return None


def _same_line(text: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return "\n" not in text[lo:hi]


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


def _marks(marked: list[Marked]) -> MarkIndex:
    """``marked`` as a :class:`MarkIndex` (itself when it is one)."""
    return marked if isinstance(marked, MarkIndex) else MarkIndex(marked)


def _in_any(pos: int, spans: list[Marked]) -> Optional[Marked]:
    """The first quoted span holding ``pos``, or None."""
    if isinstance(spans, MarkIndex) and spans.sorted:
        k = bisect.bisect_right(spans.starts, pos) - 1
        return spans[k] if k >= 0 and pos < spans[k].end else None
    for m in spans:
        if m.start <= pos < m.end:
            return m
    return None


_THAT_RE = re.compile(r"\s*that\b")
_ATTR_TAIL_RE = re.compile(r"[ \t]+(?:of|to|on|in|at|about|after|before|outside|from|during|at|with)\b[^\n\"\u201c\u201d.!?;:,]{1,60},[ \t]*(?=[\"\u201c]|'')")
_BEFORE_GAP_RE = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*")
_AFTER_GAP_RE = re.compile(r"[ \t\u00a0]*(?:,|:\s*|)[ \t\u00a0]*(?:that,?[ \t\u00a0]*)?")


def _starts_sentence(text: str, m: Marked) -> bool:
    """The quoted span opens a sentence (or a paragraph)."""
    before = text[max(0, m.start - 80) : m.start]
    line = before.rsplit("\n", 1)[-1].strip()
    if not line:
        return True
    return line[-1] in ".!?:;\u201d\"" or line.endswith(("--", "\u2014"))


def _adjacent_marked(text: str, marked: list[Marked], start: int, end: int) -> tuple[Optional[Marked], Optional[Marked]]:
    """The quoted span that ends just before [start, end) with a comma (``"A," he
    said``) and the one that starts just after it (``he said, "A"``)."""
    before = after = None
    marked = _marks(marked)
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


def _group_spans(marked: list[Marked], m: Marked) -> list[tuple[int, int]]:
    if isinstance(marked, MarkIndex):
        return list(marked.groups.get(m.group, []))
    return [(x.start, x.end) for x in marked if x.group == m.group]


def _widen(text: str, s: int, e: int, marked: list[Marked]) -> tuple[int, int]:
    """Widen [s, e) to the whole of any quoted span it cuts into."""
    marked = _marks(marked)
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


def _near_quote(tok: Token, edges: list[int]) -> bool:
    """A quote mark within 40 characters of the verb."""
    import bisect

    k = bisect.bisect_left(edges, tok.idx - 40)
    return k < len(edges) and edges[k] <= tok.idx + len(tok.text) + 40


#: a "sentence" the parser made longer than this (a run-on text with no stops) is looked at
#: in pieces of at most this many tokens, so the work per cue stays bounded (PolNeAR train's
#: longest sentence has 233 tokens)
_MAX_SENT_TOKENS = 250


class _Sents:
    """Sentence lookups by token index (``Token.sent`` walks the Doc every call)."""

    def __init__(self, doc: Doc):
        self.spans = [piece for sp in doc.sents for piece in _pieces(doc, sp)]
        self.index = [0] * len(doc)
        for k, sp in enumerate(self.spans):
            for i in range(sp.start, sp.end):
                self.index[i] = k

    def of(self, tok: Token):
        return self.spans[self.index[tok.i]]


def _pieces(doc: Doc, sent) -> list:
    """``sent``, or for an over-long one, pieces of at most ``_MAX_SENT_TOKENS`` tokens,
    each cut after the last punctuation mark in its second half where there is one."""
    if len(sent) <= _MAX_SENT_TOKENS:
        return [sent]
    out = []
    start = sent.start
    while start < sent.end:
        end = min(start + _MAX_SENT_TOKENS, sent.end)
        if end < sent.end:
            end = next((i + 1 for i in range(end - 1, start + _MAX_SENT_TOKENS // 2, -1) if doc[i].is_punct), end)
        out.append(doc[start:end])
        start = end
    return out


def _has_that_clause(tok: Token) -> bool:
    for c in tok.rights:
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") and m.i == tok.i + 1 for m in c.children):
            return True
    return False


def _find_attributions(doc: Doc, text: str, marked: list[Marked], verbs: dict[str, str], sents: _Sents, cue_tokens: Optional[dict[int, str]] = None) -> list[_Attr]:
    attrs: list[_Attr] = []
    if cue_tokens is not None:
        verbs = dict(verbs)
    claimed: set[tuple[int, int]] = set()
    mark_edges = sorted({m.start for m in marked} | {m.end for m in marked})
    for tok in doc:
        lemma = tok.lemma_.lower()
        is_according = lemma == "accord" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"
        quote_only = False
        if cue_tokens is not None:
            if tok.i not in cue_tokens:
                continue
            verbs.setdefault(lemma, cue_tokens[tok.i])  # a cue detector chose this token
        elif not is_according and lemma not in verbs and tok.pos_ == "VERB" and _has_that_clause(tok):
            pass  # any verb with a "that" clause reports a proposition ("learned that", "found that")
        elif lemma in _AS_VERBS and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children) and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.rights):
            pass  # "sees the deal as a trap", "cast himself as the outsider"
        elif not is_according and lemma not in verbs and tok.pos_ == "VERB" and _near_quote(tok, mark_edges):
            quote_only = True  # '"Go back," Trump barked': any verb next to a quote is its cue
        elif not is_according and (lemma not in verbs or (tok.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "ccomp" or c.lower_ == "to" and c.dep_ == "aux" for c in tok.children))):
            continue  # (a reporting verb the tagger took for a noun still counts when it has a complement clause)
        if tok.dep_ == "amod" and cue_tokens is None:
            continue  # "pledged delegates", "a supporting role": a participle used as an adjective
        if cue_tokens is None and _is_idiom(doc, tok, lemma):
            continue
        if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" or c.dep_ == "prep" and c.lower_ == "to" and c.i == tok.i + 1 for c in tok.children):
            continue
        if is_according:
            to = doc[tok.i + 1]
            pobj = [c for c in to.children if c.dep_ == "pobj"]
            if not pobj:
                continue
            src_tok = pobj[0]
            src = _subtree_span(src_tok)
            src = _strip_span(text, src[0], src[1], marked)
            cue = (tok.idx, to.idx + len(to.text))
            sent = sents.of(tok)
            if src[1] < sent.end_char - 2 and text[src[1] : src[1] + 1] == ",":
                c_s, c_e = src[1] + 1, sent.end_char
            elif tok.idx > sent.start_char + 2:
                c_s, c_e = sent.start_char, tok.idx
            else:
                continue
            c_s, c_e = _strip_span(text, c_s, c_e, marked)
            c_s = _skip_lead_adverbial(doc, text, c_s, c_e)
            c_s, c_e = _widen(text, c_s, c_e, marked)
            if c_e - c_s < 3:
                continue
            attrs.append(_Attr(cue, tok, src, src_tok, [(c_s, c_e)], reason="according to"))
            claimed.add((c_s, c_e))
            continue
        # Content: an adjacent quote first, else the clausal complement.
        cue = _cue_span(tok)
        subj, hops = _subject(tok)
        if subj is not None and not _same_line(text, subj.idx, tok.idx):
            subj = None
        if subj is not None and hops and tok.tag_ == "VBN" and tok.dep_ == "advcl":
            subj = None  # "Asked why ..., Ames said": whoever asked is not named (PolNeAR: no source)
        if subj is not None and (q := _in_any(subj.idx, marked)) is not None and _in_any(tok.idx, marked) is None and q.end <= tok.idx:
            subj = _name_after(doc, q.end, tok)  # the parser took the quote for the subject
        if subj is not None and subj.is_upper and len(subj.text) > 2 and subj.i < tok.i and (m := _DATELINE_AT.match(text, subj.idx, tok.idx)) is not None:
            subj = _name_after(doc, m.end(), tok)  # "RENO, Nev. (AP) — Ann Roe said": the parser took the dateline for the subject
        src = _np_span(subj) if subj is not None else None
        prev = attrs[-1] if attrs else None
        if hops and prev is not None and prev.cue_token is not None and sents.index[prev.cue_token.i] == sents.index[tok.i] and prev.source is not None:
            subj, src = prev.source_token, prev.source  # "..., adding" / "went on to say": the same speaker
        if subj is None and not any(c.dep_ == "nsubjpass" for c in tok.children):
            subj = _preceding_name(doc, tok)  # (not for "Mr. Sanders was asked": the passive subject is no speaker)
            if subj is None:
                subj = _postposed_name(doc, text, tok, marked)
            src = _np_span(subj) if subj is not None else None
        clause_lo = min(cue[0], src[0]) if src else cue[0]
        if hops and src and src[1] <= cue[0]:
            clause_lo = cue[0]  # '"A," Roe told them, referring to X': the quote is "told"'s, not "referring"'s
        clause_hi = max(cue[1], src[1]) if src else cue[1]
        inside = _in_any(tok.idx, marked)
        if inside is not None:
            continue  # speech reported inside a quote ("I think ...") is part of that quote
        content: list[tuple[int, int]] = []
        before, after = _adjacent_marked(text, marked, clause_lo, clause_hi)
        right_comp = any(c.dep_ in _CONTENT_DEPS and c.i > tok.i for c in tok.children)
        if before is not None and after is None and (tail := _ATTR_TAIL_RE.match(text, clause_hi)) is not None:
            # '"A," he said of the plan, "B."': a short phrase after the cue, then the rest
            _, after2 = _adjacent_marked(text, marked, clause_lo, tail.end())
            if after2 is not None and after2.start == tail.end() and after2.group != before.group:
                after = after2
                clause_hi = tail.end() - 1
        if before is not None and after is not None and before.group != after.group and re.fullmatch(r"\s*,?\s*(?:that,?\s*)?", text[clause_hi : after.start]):
            content = [(before.start, before.end), (after.start, after.end)]
        elif after is not None:
            content = _group_spans(marked, after)
            that = re.fullmatch(r"[ \t\u00a0]*(?:,[ \t\u00a0]*)?(that)[ \t\u00a0]+", text[clause_hi : after.start])
            if that is not None:
                # 'said that "A" for B': the "that" clause is the content, quoted words and all
                span = _complement(doc, text, tok, lemma, src, clause_lo, clause_hi, marked, verbs, sents.of(tok))
                that_at = clause_hi + that.start(1)
                if span is not None and span[0] == that_at and span[1] >= after.end:
                    content = [span] + [f for f in content[1:] if f[0] >= span[1]]
                else:
                    content[0] = (that_at, content[0][1])
        elif before is not None and not (right_comp and _THAT_RE.match(text, cue[1])):
            content = _group_spans(marked, before)
        if not content and lemma in ("tell", "ask", "assure", "remind", "warn", "inform"):
            obj = [c for c in tok.rights if c.dep_ in ("dobj", "dative")]
            if obj:
                obj_end = _subtree_span(obj[0])[1]
                _, after2 = _adjacent_marked(text, marked, clause_lo, obj_end)
                if after2 is not None:
                    content = _group_spans(marked, after2)  # 'told reporters, "..."'
                    that = re.fullmatch(r"[ \t\u00a0]*(that)[ \t\u00a0]+", text[obj_end : after2.start])
                    if that is not None:  # 'told reporters that "..."'
                        content[0] = (obj_end + that.start(1), content[0][1])
        if not content and not quote_only and src is not None:
            content = _parenthetical(text, sents.of(tok), clause_lo, clause_hi, marked)
        if quote_only and (not content or (after is not None and content[0][0] == after.start and not re.search(r"[,:]", text[clause_hi : after.start]))):
            continue  # an unknown verb needs the punctuation of a quote's attribution, not "who included "...""
        if not content and (raising := _passive_raising(text, tok, marked)) is not None:
            content = raising  # "Trump is expected to speak": subject and infinitive, no source
            subj = src = None
        if not content:
            span = _complement(doc, text, tok, lemma, src, clause_lo, clause_hi, marked, verbs, sents.of(tok))
            if span is None:
                continue
            content = [span]
        if any(span in claimed for span in content):
            continue
        gap = re.fullmatch(r"\s+(about|on|of|for|to|against)\s+", text[cue[1] : content[0][0]])
        if gap:
            cue = (cue[0], cue[1] + gap.end(1))  # "called for", "talking about"
        elif text[cue[1] : cue[1] + 1] == ":":
            cue = (cue[0], cue[1] + 1)  # 'said: "..."': PolNeAR's cue takes the colon
        if lemma in _NEEDS_CLAUSE and cue_tokens is None and not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) and not any(_in_any(f[0], marked) for f in content):
            continue  # "can't find jobs", "added 5 delegates": these report only with a clause or a quote ("found that ...")
        claimed.update(content)
        if subj is not None and subj.lower_ == "that" and subj.tag_ == "WDT":
            subj = src = None  # a relative "that" is PolNeAR's source only one time in five (train)
        if src is not None and (which := _relative_which(tok)) is not None and which.idx < src[0] and src[1] <= content[0][0]:
            content = [(which.idx, which.idx + len(which.text))] + content  # "which he said | would fail": PolNeAR's two fragments
        attrs.append(_Attr(cue, tok, src, subj, content, reason=lemma))
    return attrs


def _relative_which(tok: Token) -> Optional[Token]:
    """The *which* that opens the relative clause a cue stands in ("the tax, **which** he
    said would fail")."""
    for x in (tok, *islice(tok.ancestors, 2)):
        if x.dep_ == "relcl":
            return x.left_edge if x.left_edge.lower_ == "which" else None
    return None


_CLAUSE_START_POS = {"PRON", "PROPN", "NOUN", "DET", "NUM", "SCONJ", "ADJ"}
_OBJECT_DEPS = {"dobj", "oprd", "xcomp", "attr", "acomp", "ccomp", "dative"}


def _complement(doc: Doc, text: str, tok: Token, lemma: str, src, clause_lo: int, clause_hi: int, marked: list[Marked], verbs: dict[str, str], sent) -> Optional[tuple[int, int]]:
    """The reported content of a cue with no quote next to it: its clausal
    complement; for verbs of evaluation and stance ("called X a liar", "praised X"),
    its object; for speech verbs the parser gave no complement, the rest of the
    sentence when it starts like a clause ("He said legalizing it could ...")."""
    # (not "he said" set off by commas inside the cue's own clause: "If X, he said, Y would ...")
    comp = [c for c in tok.children if c.dep_ in _CONTENT_DEPS and not (c.dep_ == "parataxis" and c.lemma_.lower() in verbs and any(x.dep_ == "nsubj" for x in c.children))]
    if not comp and lemma in ("tell", "ask", "warn", "assure", "remind", "inform", "urge"):
        comp = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
    if not comp and tok.dep_ in ("xcomp", "advcl") and tok.head is not tok and tok.head.lemma_.lower() not in verbs:
        # "went on to state that ...": the parser hung the clause on "went" (but in
        # "Responding to X, Ames said: ..." the clause is the reporting head's own)
        comp = [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i]
    if not comp:
        comp = _that_clause_in_prep(tok)
    if not comp and lemma in ("call", "push", "press", "argue", "plead", "appeal", "lobby", "campaign", "advocate"):
        # "called for the party to respond": the parser made "for" the mark of a clause
        comp = [c for c in tok.rights if c.dep_ in ("advcl", "ccomp") and c.left_edge.lower_ == "for" and c.left_edge.dep_ == "mark"]
    cls = verbs.get(lemma, "speech")
    as_span = _as_clause_content(text, tok, sent) if not comp and cls in ("speech", "writing", "evidence") else None
    if not comp:
        # "hoping to pick up delegates", "promises to stop ...": the infinitive is the content
        comp = [c for c in tok.rights if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if not comp and as_span is None and nxt is not None and nxt.lower_ in ("yes", "no", "so") and src is not None and (nxt.i + 1 >= sent.end or doc[nxt.i + 1].is_punct):
        return nxt.idx, nxt.idx + len(nxt.text)  # "46 percent said yes", "he would not say so"
    if as_span is not None:
        s, e = as_span  # "..., as Dayen noted" / "As Menendez pointed out, ..."
    elif comp:
        c = sorted(comp, key=lambda x: (x.i < tok.i, abs(x.i - tok.i)))[0]  # the complement after the cue first
        s, e = _subtree_span(c)
        if c.left_edge.lower_ == "for" and c.left_edge.dep_ == "mark" and c.left_edge.i + 1 < len(doc):
            s = doc[c.left_edge.i + 1].idx  # "called for X to Y": "for" joins the cue
        if c.dep_ == "ccomp" and c.i > tok.i and (cut := _second_cue_cut(c)) is not None:
            e = min(e, cut.idx)
        if c.dep_ == "xcomp":  # "wants Sanders to do the same": the infinitive's subject too
            objs = [o for o in tok.rights if o.dep_ in ("dobj", "nsubj") and o.i < c.i]
            if objs:
                s = min(s, _subtree_span(objs[0])[0])
        if c.i > tok.i:
            # after the cue, and after a source between the cue and the complement ("said Roe that ...");
            # not after a source that follows the complement ("Asked why ..., Ames said")
            s = max(s, clause_hi if src is None or tok.idx < src[0] <= s else tok.idx + len(tok.text))
        if c.i < tok.i and not re.fullmatch(r"[\s,\u201d\"']*", text[e:clause_lo]):
            return None  # a complement before the cue must end right before its source
    elif src is not None and (pp := _topic_prep(tok)) is not None:
        # "talking about X", "called for X", "voted for X": the topic is the content
        s, e = _span_of([t for t in pp.subtree if t is not pp])
        if (obj := next((c for c in tok.rights if c.dep_ == "dobj" and c.right_edge.i + 1 == pp.i), None)) is not None:
            s = obj.left_edge.idx  # "accused him of lying": PolNeAR starts at the object
    elif cls in ("evaluation", "stance") and src is not None:
        objs = [c for c in tok.rights if c.dep_ in _OBJECT_DEPS or c.dep_ == "prep" and c.lower_ in ("for", "against")]
        if not objs:
            return None
        # "described the meeting as a step forward": the "as" phrase belongs to the content
        objs += [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i > objs[0].i]
        objs += _purpose_clause(tok, objs)
        # a "for"/"against" object without its preposition ("voted for X": X); "as" keeps it
        parts = [x for c in objs for x in ((list(c.children) if c.dep_ == "prep" and c.lower_ in ("for", "against") else [c]))]
        if not parts:
            return None
        s, e = _subtrees_span(parts)
    elif src is not None and lemma not in _ADDRESSEE_VERBS and (objs := [c for c in tok.children if c.dep_ == "dobj" and (c.i > tok.i or c.tag_ in ("WDT", "WP"))]):
        # "citing low growth", "highlighted the risks", "which he defended": the object
        objs += [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i > objs[0].i]
        objs += _purpose_clause(tok, objs)
        s, e = _subtrees_span(objs)
    elif (span := _clause_before_final_cue(doc, text, tok, src, cls, sent)) is not None:
        s, e = span
    elif src is not None and any(c.dep_ == "agent" for c in tok.children) and (sp := [c for c in tok.children if c.dep_ == "nsubjpass"]):
        s, e = _subtree_span(sp[0])  # "The move was first reported by the Herald": the move is what was reported
    elif cls in ("speech", "writing", "cognition") and tok.i + 2 < sent.end:
        nxt = doc[tok.i + 1]
        if (nxt.pos_ not in _CLAUSE_START_POS and nxt.tag_ != "VBG") or any(c.dep_ == "dobj" for c in tok.children) or tok.i < sent.start + 1:
            return None
        s, e = nxt.idx, sent.end_char
        if tok.dep_ == "ccomp" and tok.head.i > tok.i:
            # "X did not complain when ..., an official said": the clause ends where "said" begins
            e = min(e, tok.right_edge.idx + len(tok.right_edge.text))
    else:
        return None
    if sent.start > 0 and not doc[sent.start].is_sent_start:
        s = max(s, sent.start_char)  # a piece of an over-long run-on sentence: stay inside it
    if sent.end < len(doc) and not doc[sent.end].is_sent_start:
        e = min(e, sent.end_char)
    e = _run_on_predicate(doc, tok, e, sent)
    e = _cut_trailing_relative(doc, s, e)
    s, e = _strip_span(text, s, e, marked)
    s, e = _widen(text, s, e, marked)
    e = _join_following_quote(text, e, marked)  # a clause the parser cut just before its quoted words: take them too
    if e - s < 3:
        return None
    return s, e


def _run_on_predicate(doc: Doc, tok: Token, e: int, sent) -> int:
    """'speculated that the men detained | could be part of X': the parser read the
    subject's participle as the complement's verb and hung the real predicate on the
    cue as a second complement, starting with its auxiliary. The content runs on to it."""
    nxt = next((t for t in doc[tok.i + 1 : sent.end] if t.idx >= e and not t.is_space), None)
    if nxt is None or nxt.pos_ != "AUX" or nxt.head.dep_ != "ccomp" or nxt.head.head.i != tok.i or nxt.head.i < nxt.i:
        return e
    return max(e, nxt.head.right_edge.idx + len(nxt.head.right_edge.text))


def _purpose_clause(tok: Token, objs: list[Token]) -> list[Token]:
    """An infinitive right after a cue's object ("urged the senator | to release the
    transcripts"): PolNeAR's content runs on to its end."""
    end = max(c.right_edge.i for c in objs)
    return [c for c in tok.rights if c.dep_ == "advcl" and c.left_edge.i == end + 1 and c.left_edge.lower_ == "to"]


_FINAL_CUE_CLASSES = ("speech", "writing")


def _clause_before_final_cue(doc: Doc, text: str, tok: Token, src, cls: str, sent) -> Optional[tuple[int, int]]:
    """'This includes a special force, Ash Carter told a Senate panel Wednesday.': a
    speech cue that closes its sentence after a comma, with its subject, and no other
    verb after it; the parser hung it on the clause before (conj), so that clause is the
    content."""
    if src is None or cls not in _FINAL_CUE_CLASSES or src[1] > tok.idx:
        return None
    if tok.dep_ not in ("conj", "ROOT", "parataxis") or any(c.dep_ in _CONTENT_DEPS for c in tok.children):
        return None
    head = text[sent.start_char : src[0]].rstrip()
    if not head.endswith(",") or len(head.split()) < 4:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1 : sent.end]):
        return None
    return sent.start_char, sent.start_char + len(head) - 1


def _join_following_quote(text: str, e: int, marked: list[Marked]) -> int:
    """``e`` moved to the end of each quoted span that starts within 2 blank characters
    of it on the same line (repeatedly)."""
    marked = _marks(marked)
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


def _stabbing(spans) -> Callable[[int], int]:
    """A function counting the spans ``(s, e)`` of a collection (duplicates included)
    with ``s <= pos < e``, by bisect."""
    live = [(s, e) for s, e in spans if s < e]
    starts = sorted(s for s, _ in live)
    ends = sorted(e for _, e in live)
    return lambda pos: bisect.bisect_right(starts, pos) - bisect.bisect_right(ends, pos)


_RELW = frozenset({"which"})


def _cut_trailing_relative(doc: Doc, s: int, e: int) -> int:
    """'that the bill would pass, which he called a disaster': a comma-set-off
    relative clause that runs to the end of the content is the writer's, not the
    source's; the content ends before its comma."""
    span = doc.char_span(s, e, alignment_mode="expand") if s < e else None
    if span is None:
        return e
    for t in span:
        if t.lower_ in _RELW and t.i > span.start + 1 and doc[t.i - 1].text == "," and t.head.dep_ == "relcl":
            rel = t.head
            if rel.right_edge.idx + len(rel.right_edge.text) >= e - 1 or rel.right_edge.i >= span.end - 2:
                return doc[t.i - 1].idx
    return e


_CLOCK_RE = re.compile(r"\d{1,2}:\d\d\s*[ap]\.m\.\s+", re.I)
_LEAD_DEPS = {"advmod", "cc"}


def _skip_lead_adverbial(doc: Doc, text: str, s: int, e: int) -> int:
    """'Still, most voters ..., according to a poll': a content before its cue starts
    after a sentence adverb ("Still,", "Even so,"; PolNeAR keeps "In 2014,") or a live-blog
    time stamp ("7:05 p.m.")."""
    m = _CLOCK_RE.match(text, s)
    if m and m.end() < e:
        s = m.end()
    span = doc.char_span(s, e, alignment_mode="expand") if s < e else None
    if span is None or len(span) < 4:
        return s
    for t in span[:5]:
        if t.text == ",":
            rest = t.i + 1
            if rest < span.end and all(x.dep_ in _LEAD_DEPS and x.head.i >= span.start for x in span[: t.i - span.start]):
                return doc[rest].idx
            break
    return s


_RAISING_VERBS = frozenset({"seem", "appear"})


def _passive_raising(text: str, tok: Token, marked) -> Optional[list[tuple[int, int]]]:
    """'Trump is expected to speak tonight': a passive cue with a "to" infinitive. The
    content is two fragments, the subject and the infinitive (PolNeAR's convention); a
    "by" agent makes it ordinary reported speech instead."""
    if tok.lemma_.lower() in _RAISING_VERBS:  # "the crowd seemed (to be) unperturbed"
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        inf = [c for c in tok.rights if c.dep_ in ("xcomp", "acomp", "attr", "oprd")]
    else:
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        inf = [c for c in tok.rights if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if not subj or not inf or any(c.dep_ == "agent" for c in tok.children):
        return None
    s1 = _strip_span(text, *_subtree_span(subj[0]), marked)
    s2 = _strip_span(text, *_subtree_span(inf[0]), marked)
    if s1[1] > tok.idx or s2[0] < tok.idx or s1[1] - s1[0] < 1 or s2[1] - s2[0] < 3:
        return None
    return [s1, s2]


def _that_clause_in_prep(tok: Token) -> list[Token]:
    """'said in a statement that ...': the parser hung the "that" clause on the noun."""
    for p in tok.rights:
        if p.dep_ != "prep" or p.lower_ not in ("in", "on", "during"):
            continue
        for n in p.children:
            if n.dep_ != "pobj":
                continue
            for c in n.rights:
                if c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark":
                    return [c]
    return []


_AS_VERBS = frozenset({"see", "regard", "cast", "paint", "present", "bill", "position", "characterize", "characterise", "depict", "brand", "frame", "treat"})
_ADDRESSEE_VERBS = frozenset({"tell", "ask", "inform", "remind", "assure", "warn", "urge", "thank", "call"})


def _as_clause_content(text: str, tok: Token, sent) -> Optional[tuple[int, int]]:
    """'X is a scare tactic, as Dayen noted' / 'As Menendez pointed out, X': the cue
    heads an "as" clause; the content is the clause it hangs on, without it."""
    if tok.dep_ != "advcl" or tok.head is tok or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children):
        return None
    a_lo, a_hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    h_lo = max(tok.head.left_edge.idx, sent.start_char)
    h_hi = min(tok.head.right_edge.idx + len(tok.head.right_edge.text), sent.end_char)
    subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
    if subj:  # "On Friday, the White House was ...": the clause from its subject
        h_lo = max(h_lo, subj[0].left_edge.idx)
    before = (h_lo, a_lo)
    after = (a_hi, h_hi)
    s, e = before if len(text[before[0] : before[1]].strip()) >= len(text[after[0] : after[1]].strip()) else after
    return (s, e) if e - s > 3 else None


def _drop_nested(attrs: list[_Attr]) -> list[_Attr]:
    """Drop attributions whose cue lies inside another one's content: "he said he
    anticipated "..."" is one attribution, said by him (nested speech stays inside)."""
    spans = [(s, e) for a in attrs for s, e in a.content]
    holding = _stabbing(spans)  # a cue is dropped when a span of another content holds it
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


def _extend_with_following_quotes(text: str, attrs: list[_Attr], marked: list[Marked]) -> None:
    """``"A," he said. "B."``: quoted sentences that follow an attributed quote in the
    same paragraph, with no cue of their own, belong to the same attribution."""
    marked = _marks(marked)
    claimed = {c for a in attrs for c in a.content}
    cues = sorted(a.cue[0] for a in attrs)
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
_SENT_END_RE = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|Jr|Sr|St|Lt|No|Ft))(?<!\b(?:Mrs|Sen|Rep|Gov|Gen|Col|Sgt))[.!?][\u201d\"']?\s+(?=[\u201c\"'A-Z])")


def _sentence_end(text: str, lo: int, hi: int) -> int:
    """The end of the first sentence that starts at ``lo`` (``hi`` if it runs on)."""
    m = _SENT_END_RE.search(text, lo, hi)
    return m.end() if m else hi


def _cue_between(cues: list[int], lo: int, hi: int, own: int) -> bool:
    """A cue in sorted ``cues`` with ``lo <= cue < hi`` other than ``own``."""
    a, b = bisect.bisect_left(cues, lo), bisect.bisect_left(cues, hi)
    return b - a > (bisect.bisect_left(cues, own + 1) - bisect.bisect_left(cues, own) if lo <= own < hi else 0)


_MAX_PARAS = 1  # paragraphs a quote may run on into after its attribution

_TOPIC_PREPS = {"about", "on", "of", "for", "to", "against"}


_NOT_TOPICS = frozenset({"condition", "behalf", "twitter", "facebook", "instagram", "youtube", "website", "site", "channel", "show", "radio", "television", "tv", "air", "podcast", "program", "programme", "network", "stage", "trail", "camera", "record", "page", "blog", "phone", "tour", "floor", "panel", "broadcast", "cnn", "msnbc", "fox", "abc", "cbs", "nbc", "npr", "pbs"})


def _no_topic(prep: Token) -> bool:
    """A preposition after a cue that gives a time, a medium or a manner, not the topic
    ("spoke on Monday", "posted on Facebook", "spoke on condition of anonymity")."""
    return any(c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or (prep.lower_ == "on" and c.lower_ in _NOT_TOPICS)) for c in prep.children)


def _topic_prep(tok: Token) -> Optional[Token]:
    """The preposition right after a cue that introduces its topic ("talk about")."""
    if tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    if nxt.head.i == tok.i and nxt.dep_ == "prep" and nxt.lower_ in _TOPIC_PREPS and any(c.dep_ in ("pobj", "pcomp") for c in nxt.children):
        return None if _no_topic(nxt) else nxt
    for c in tok.rights:  # "talking at the dinner about X"
        if c.dep_ == "prep" and c.lower_ == "about" and any(x.dep_ in ("pobj", "pcomp") for x in c.children):
            return c
    objs = [c for c in tok.rights if c.dep_ == "dobj"]
    if objs:  # "accused Oslo of building blocs"
        after = objs[0].right_edge.i + 1
        for c in tok.rights:
            if c.i == after and c.dep_ == "prep" and c.lower_ == "of" and any(x.dep_ in ("pobj", "pcomp") for x in c.children):
                return c
    return None


_POLL_NOUNS = frozenset({"poll", "survey"})


def _poll_attributions(doc: Doc, text: str, marked: list[Marked], attrs: list[_Attr]) -> list[_Attr]:
    """'In a CNN/ORC poll released Monday, 31% of Republicans ...' and '... leads by 9
    points in a new Fox poll': PolNeAR marks the poll as the source of the finding and
    "in" as the cue. Taken when "in a poll" opens the sentence, or, later in it, for one
    named or described poll ("in the polls" is too vague: a source one time in seven)."""
    out = []
    taken = {c for a in attrs for c in a.content}
    cue_starts = {a.cue[0] for a in attrs}
    for t in doc:
        if t.lower_ != "in" or t.dep_ != "prep" or t.idx in cue_starts:
            continue
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in _POLL_NOUNS:
            continue
        sent = doc[t.i].sent
        front = t.i == sent.start
        if not front and not (pobj.tag_ in ("NN", "NNP") and any(c.pos_ == "PROPN" or c.dep_ in ("amod", "compound") for c in pobj.lefts)):
            continue
        sub = list(pobj.subtree)
        src = _strip_span(text, sub[0].idx, sub[-1].idx + len(sub[-1].text), marked)
        if front:
            comma = next((x for x in doc[sub[-1].i + 1 : sent.end] if x.text == ","), None)
            if comma is None or comma.i != sub[-1].i + 1:
                continue
            c_s, c_e = comma.idx + 1, sent.end_char
        else:
            c_s, c_e = sent.start_char, t.idx
        c_s, c_e = _strip_span(text, c_s, c_e, marked)
        c_s, c_e = _widen(text, c_s, c_e, marked)
        if c_e - c_s < 8 or (c_s, c_e) in taken or "\n" in text[min(c_s, t.idx) : max(c_e, t.idx)]:
            continue
        out.append(_Attr((t.idx, t.idx + len(t.text)), t, src, pobj, [(c_s, c_e)], reason="in a poll"))
    return out


def _headline_attributions(doc: Doc, text: str, marked: list[Marked]) -> list[_Attr]:
    """Headline-style attribution: a short capitalised name, a colon, the claim
    ("Senator Ames: The Budget Is Broken")."""
    out = []
    for para in _paragraphs(text):
        line = text[para.start : para.end]
        m = _HEADLINE_RE.match(line)
        if not m or len(line) > 250:
            continue
        src = (para.start + m.start(1), para.start + m.end(1))
        colon = para.start + m.end(1)
        c_s, c_e = _strip_span(text, para.start + m.start(2), para.end, marked)
        if c_e - c_s < 8:
            continue
        tok = doc.char_span(src[0], src[1], alignment_mode="expand")
        root = tok.root if tok is not None else None
        cue = (colon, colon + 1)
        verb = next((t for t in tok if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)), None) if tok is not None else None
        if verb is not None:  # "Obama said: ...", "Kelly responded pointedly:": a sentence, not a name
            root = next(c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i)
            src, cue = _np_span(root), (verb.idx, colon + 1)
        out.append(_Attr(cue, verb, src, root, [(c_s, c_e)], reason="headline"))
    return out


_DASH_NAME_RE = re.compile(r"[ \t][-\u2014\u2013]+[ \t]*(?:More from[ \t]+)?([A-Z][\w.'\u2019-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w.'\u2019-]*){0,5})[ \t]*$")
_NO_SOURCE = frozenset({"it", "there", "this", "that", "here", "what"})


def _colon_attributions(doc: Doc, text: str, marked: list[Marked], taken: Callable[[int], int], sents: _Sents) -> list[_Attr]:
    """A quote that a colon introduces and no cue claimed: "Ames tweeted in response:
    \u201c...\u201d" (the subject of the sentence before the colon is the source, and the cue
    runs from its verb to the colon, as PolNeAR marks it), or a digest line "Title -
    Ann Roe:" (the name after the dash)."""
    out = []
    seen: set[int] = set()
    for m in marked:
        if m.group in seen or any(taken(a) > 0 for a, _ in _group_spans(marked, m)):
            continue
        seen.add(m.group)
        j = m.start
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == 0 or text[j - 1] != ":" or text.count("\n", j, m.start) > 2:
            continue
        colon = j - 1
        line_start = text.rfind("\n", max(0, colon - 400), colon) + 1 or max(0, colon - 400)  # (bounded: no scan back over a long line)
        content = _group_spans(marked, m)
        if (dash := _DASH_NAME_RE.search(text, line_start, colon)) is not None:
            src = (dash.start(1), dash.end(1))
            span = doc.char_span(*src, alignment_mode="expand")
            out.append(_Attr((colon, colon + 1), None, src, span.root if span is not None and len(span) else None, content, reason="colon"))
            continue
        span = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if span is None or not len(span):
            continue
        # the verb the colon hangs on, or the sentence's (the parser often makes the quote the root)
        heads = chain((span[0].head,), span[0].head.ancestors, (sents.of(span[0]).root,))
        root = next((h for h in heads if h.pos_ in ("VERB", "AUX") and line_start <= h.idx and h.i < span[0].i and any(c.dep_ == "nsubj" for c in h.children)), None)
        if root is None or _in_any(root.idx, marked) is not None:
            continue
        subj = next(c for c in root.children if c.dep_ == "nsubj")
        if subj.lower_ in _NO_SOURCE or subj.idx < line_start:
            continue
        cue_lo = min([root.idx] + [c.idx for c in root.lefts if c.dep_ in _CUE_LEFT_DEPS and c.i > subj.i])
        out.append(_Attr((cue_lo, colon + 1), root, _np_span(subj), subj, content, reason="colon"))
    return out


_HEADLINE_SOURCE_TYPES = {"PERSON", "ORG", "NORP", "GPE"}
_HEADLINE_RE = re.compile(r"^([A-Z][^:\n\d]{1,45}?):[ \t]*(\S.*)$")
_LABEL_RE = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}")
#: all-capital line labels that name no speaker
_NOT_SPEAKERS = frozenset({"UPDATE", "UPDATED", "BYLINE", "EMAIL", "EXCLUSIVE", "BREAKING", "WATCH", "LOOK", "READ", "VIDEO", "PHOTOS", "PHOTO", "RELATED", "NOTE", "EDITOR'S NOTE", "CORRECTION", "LIVE", "MORE", "BOOM", "BUSTED", "SOURCE", "SOURCES", "CREDIT", "DATELINE", "TOPICS", "TAGS", "ALSO", "PLUS", "BONUS", "QUESTION", "ANSWER"})
_HEADLINE_FINDINGS = frozenset({"poll", "new poll", "survey", "new survey", "report", "new report", "study", "new study", "analysis"})


def _kind(text: str, content: list[tuple[int, int]], marked: list[Marked]) -> str:
    covered = 0
    total = 0
    marked = _marks(marked)
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
            if _in_any(i, marked):
                covered += 1
    if not total or not covered:
        return "indirect"
    if covered >= total - 5 and any(text[s:e].lstrip()[:1] in "\u201c\"'`\u00ab" for s, e in content[:1]):
        return "direct"
    return "partial"


def _solid(text: str, s: int, e: int) -> int:
    """The number of non-space characters in text[s:e]."""
    return sum(1 for ch in text[s:e] if not ch.isspace()) if e > s else 0


_MALE_RE = re.compile(r"\b(?:Mr|Sir|Lord|King|Prince)\.?\s*$")
_FEMALE_RE = re.compile(r"\b(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess)\.?\s*$")
_MALE_TITLE_RE = re.compile(r"(?:man|men)\b|\b(?:king|prince|father|husband|son|brother)\b", re.I)
_FEMALE_TITLE_RE = re.compile(r"woman\b|\b(?:queen|princess|mother|wife|daughter|sister)\b", re.I)


def _genders(text: str, index) -> dict[str, str]:
    """Grammatical gender ("m"/"f") of the people the text marks it for: an honorific
    before a mention ("Mr. Price", "Ms. Dubois") or a gendered title ("spokeswoman").
    People the text doesn't mark are left out (any pronoun fits them)."""
    out: dict[str, str] = {}
    for ent in index.entities:
        if ent.type != "PERSON":
            continue
        votes = set()
        for m in ent.mentions:
            before = text[max(0, m.start - 8) : m.start]
            first = m.text.split()[0] if m.text.split() else ""
            if _MALE_RE.search(before) or _MALE_RE.search(first):
                votes.add("m")
            if _FEMALE_RE.search(before) or _FEMALE_RE.search(first):
                votes.add("f")
        for r in ent.roles:
            if _FEMALE_TITLE_RE.search(r.title):
                votes.add("f")
            elif _MALE_TITLE_RE.search(r.title):
                votes.add("m")
        if len(votes) == 1:
            out[ent.id] = votes.pop()
    return out


class _Resolver:
    """Resolves a Source to an entity id: names and descriptions through the entity
    index, pronouns to the most recent person named as a subject before them."""

    def __init__(self, doc: Doc, index, text: str):
        self.doc = doc
        self.text = text
        self.index = index
        self.types = {e.id: e.type for e in index.entities}
        subj: list[tuple[int, str]] = []
        for tok in doc:
            if tok.dep_ in _SUBJ_DEPS and tok.lower_ not in _PRONOUNS:
                s, e = _np_span(tok)
                eid = self._entity_in(s, e, prefer="PERSON")
                if eid:
                    subj.append((tok.idx, eid))
        self.subjects = subj
        self.persons = sorted((s, eid) for s, e, eid in index.spans if self.types.get(eid) == "PERSON")
        self.gender = _genders(text, index)
        # per pronoun gender, the people it may refer to, so that a look-back is one bisect
        # (walking back past people of the other gender made long texts quadratic)
        self._fit_subjects = {sex: sorted(x for x in subj if self._fits(x[1], sex)) for sex in "mf"}
        self._fit_persons = {sex: [x for x in self.persons if self._fits(x[1], sex)] for sex in "mf"}
        self._fit_speakers: dict[str, list[tuple[int, str]]] = {"m": [], "f": []}

    def _fits(self, eid: str, sex: str) -> bool:
        return self.types.get(eid) == "PERSON" and self.gender.get(eid, sex) == sex

    def add_speaker(self, pos: int, eid: str) -> None:
        """Record that ``eid`` spoke at ``pos`` (kept sorted, for pronoun look-back; speakers
        come in text order, so the insert is an append)."""
        for sex, items in self._fit_speakers.items():
            if self._fits(eid, sex):
                if not items or items[-1] <= (pos, eid):
                    items.append((pos, eid))
                else:
                    bisect.insort(items, (pos, eid))

    @staticmethod
    def _last_before(items: list[tuple[int, str]], pos: int) -> Optional[tuple[int, str]]:
        """The last ``(position, entity)`` before ``pos`` in a sorted list."""
        k = bisect.bisect_left(items, (pos, ""))
        return items[k - 1] if k else None

    def _entity_in(self, s: int, e: int, prefer: Optional[str] = None) -> Optional[str]:
        best, best_key = None, None
        for ms, me, eid in self.index.overlapping(s, e):
            ov = min(me, e) - max(ms, s)
            key = (prefer is not None and self.types.get(eid) == prefer, ov)
            if best_key is None or key > best_key:
                best, best_key = eid, key
        return best

    def resolve(self, attr: _Attr) -> tuple[Optional[str], str]:
        if attr.source is None:
            return None, "no source in the sentence"
        s, e = attr.source
        word = self.text[s:e].lower()
        tok = attr.source_token
        if word in ("he", "she", "him", "her"):
            sex = "m" if word in ("he", "him") else "f"
            label = "male" if sex == "m" else "female"

            cands = [x for x in (self._last_before(self._fit_speakers[sex], s), self._last_before(self._fit_subjects[sex], s)) if x]
            if cands:
                pos, eid = max(cands)
                return eid, f"pronoun '{word}' -> the most recent {label}-compatible person named as a subject or speaker"
            last = self._last_before(self._fit_persons[sex], s)
            if last:
                return last[1], f"pronoun '{word}' -> the most recent {label}-compatible person named"
            return None, f"pronoun '{word}' with no {label}-compatible person named before it"
        if word in ("who", "which", "that") and tok is not None and tok.head.dep_ == "relcl":
            noun = tok.head.head
            ns, ne = _np_span(noun)
            eid = self._entity_in(ns, ne, prefer="PERSON")
            if eid:
                return eid, f"relative '{word}' -> the noun it modifies"
        if word in ("it", "they"):
            return None, f"pronoun '{word}' left unresolved"
        prefer = "PERSON"
        eid = self._entity_in(s, e, prefer=prefer)
        if eid:
            return eid, "named in the source"
        return None, "the source names no known entity"


def extract_quotes(
    doc: Doc, index, *, marked: Optional[list[Marked]] = None, verbs: Optional[dict[str, str]] = None, text: Optional[str] = None,
    cue_tokens: Optional[dict[int, str]] = None,
) -> list[Quote]:
    """Find the quotes and reported speech of a parsed document and their speakers.

    Args:
        doc: a Doc parsed by an English spaCy pipeline with a dependency parser.
        index: the document's :class:`~newsfacts.nlp.entities.EntityIndex`.
        marked: the quoted spans from :func:`scan_marks` (computed when omitted).
        verbs: reporting verb lemma -> class (default: ``lexicons/reporting_verbs.tsv``).
        text: ``doc.text`` when the caller has it (spaCy rebuilds it on every access).

    Returns:
        Quote records in text order, with empty ids (the caller numbers them).
        ``speaker`` is an entity id or None; ``speaker_evidence`` the words that name
        the speaker in that attribution (a pronoun included).
    """
    text = doc.text if text is None else text
    if marked is None:
        marked, _ = scan_marks(text)
    marked = _marks(marked)
    verbs = verbs if verbs is not None else reporting_verbs()
    sents = _Sents(doc)
    attrs = _find_attributions(doc, text, marked, verbs, sents, cue_tokens)
    attrs = _drop_nested(attrs)
    if cue_tokens is None:  # (after the nesting check: "In a poll, 31% said ..." keeps "said")
        attrs += _poll_attributions(doc, text, marked, attrs)
        attrs.sort(key=lambda a: a.cue[0])
    _extend_with_following_quotes(text, attrs, marked)
    if cue_tokens is None:
        attrs += _colon_attributions(doc, text, marked, _stabbing([c for a in attrs for c in a.content]), sents)
    taken = {c for a in attrs for c in a.content}
    types = {e.id: e.type for e in index.entities}
    attrs += [
        a
        for a in _headline_attributions(doc, text, marked)
        if not any(c in taken for c in a.content)
        and len(text[a.source[0] : a.source[1]].split()) <= 6
        # "Senator Ames: ..." names someone; "The Latest: ..." or "Still to come: ..." does not
        and (
            any(types.get(eid) in _HEADLINE_SOURCE_TYPES and a.source[0] <= ms and me <= a.source[1] for ms, me, eid in index.overlapping(*a.source))
            # a transcript's speaker label ("JAKE TAPPER: ...", "Q: ...", "A: ...")
            or (_LABEL_RE.fullmatch(text[a.source[0] : a.source[1]]) is not None and text[a.source[0] : a.source[1]] not in _NOT_SPEAKERS)
            # "Poll: ...", "Report: ...": a headline whose source is a finding
            or text[a.source[0] : a.source[1]].lower() in _HEADLINE_FINDINGS
        )
    ]
    attrs.sort(key=lambda a: a.content[0][0])
    resolver = _Resolver(doc, index, text)
    quotes: list[Quote] = []
    for a in sorted(attrs, key=lambda a: a.cue[0]):
        a.speaker, a.speaker_reason = resolver.resolve(a)
        if a.speaker:
            resolver.add_speaker(a.cue[0], a.speaker)
    used = {s for a in attrs for s in a.content}
    out: list[tuple[int, Quote]] = []
    for a in attrs:
        frags = sorted(a.content)
        q = Quote(
            id="",
            text=" ... ".join(text[s:e] for s, e in frags) if len(frags) > 1 else text[frags[0][0] : frags[0][1]],
            evidence=frags,
            kind=_kind(text, frags, marked),
            speaker=a.speaker,
            speaker_evidence=[a.source] if a.source else [],
            cue=Cue(text[a.cue[0] : a.cue[1]], a.cue[0], a.cue[1]),
            speaker_reason=a.speaker_reason,
        )
        out.append((frags[0][0], q))
    # floating quotes: a quoted paragraph with no cue right after an attributed quote
    paras = _paragraphs(text)
    last_para_speaker: dict[int, tuple[str, int]] = {}
    for pos, q in out:
        if q.speaker:
            last_para_speaker[_para_at(paras, pos)] = (q.speaker, pos)
    in_used = _stabbing(used)
    for m in marked:
        if (m.start, m.end) in used or in_used(m.start) > 0:
            continue
        p = _para_at(paras, m.start)
        para = paras[p]
        if text[para.start : m.start].strip() or text[m.end : para.end].strip(" .") or m.end - m.start < 20:
            continue
        prev = last_para_speaker.get(p - 1)
        if prev is None:
            continue
        out.append(
            (
                m.start,
                Quote(
                    id="",
                    text=text[m.start : m.end],
                    evidence=[(m.start, m.end)],
                    kind="direct",
                    speaker=prev[0],
                    speaker_evidence=[],
                    cue=None,
                    speaker_reason="a quoted paragraph with no cue, after a quote by the same speaker",
                ),
            )
        )
        last_para_speaker[p] = (prev[0], m.start)
    out.sort(key=lambda x: x[0])
    return [q for _, q in out]


def _para_at(paras: list[_Para], pos: int) -> int:
    lo, hi = 0, len(paras)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if paras[mid].start <= pos:
            lo = mid
        else:
            hi = mid
    return lo


def quotes_stage(doc: Doc, report, index, meta) -> None:
    """Pipeline stage: fill ``report.quotes`` (ids ``q1``, ``q2``...) and add a
    ``quote_marks`` warning for each repaired quote mark."""
    text = doc_text(doc)
    marked, warnings = scan_marks(text)
    quotes = extract_quotes(doc, index, marked=marked, text=text)
    for k, q in enumerate(quotes, start=1):
        q.id = f"q{k}"
    report.quotes = quotes
    report.warnings.extend(warnings)
