"""Attributions of special forms: a poll as the source ("In a new Fox poll, ..."), a
headline or transcript line ("Senator Ames: The Budget Is Broken", "Q: ..."), a colon
that introduces a quote ("Ames tweeted in response: \u201c...\u201d"), a digest line
("Title - Ann Roe:"), and a passive judgment with an "as" phrase ("Roe is widely seen as a
reformer": :func:`passive_as`)."""

from __future__ import annotations

import re
from itertools import chain
from typing import Callable, Optional

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from .marks import Marked, group_spans, in_any, paragraphs, widen
from .sources import np_span
from .spans import Attr, CUE_LEFT_DEPS, Sents, strip_span
from .words import alternation, word_lists, HEADLINE_FINDINGS, HEADLINE_SOURCE_TYPES, NOT_SPEAKERS, NO_SOURCE, POLL_NOUNS, TITLE_AUX, TITLE_PREPS, TOPIC_PREPS


def poll_attributions(doc: Doc, text: str, marked: list[Marked], attrs: list[Attr]) -> list[Attr]:
    """'In a CNN/ORC poll released Monday, 31% of Republicans ...' and '... leads by 9
    points in a new Fox poll': PolNeAR marks the poll as the source of the finding and
    "in" as the cue. Taken when "in a poll" opens the sentence, or, later in it, for one
    named or described poll ("in the polls" is too vague: a source one time in seven)."""
    out = []
    taken = {c for a in attrs for c in a.content}
    cue_starts = {a.cue[0] for a in attrs}
    in_hash = doc.vocab.strings["in"]
    for i in np.flatnonzero(doc.to_array(LOWER) == in_hash).tolist():  # (arrays: no Token per word)
        t = doc[i]
        if t.dep_ != "prep" or t.idx in cue_starts:
            continue
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in POLL_NOUNS:
            continue
        sent = doc[t.i].sent
        front = t.i == sent.start
        if not front and not (pobj.tag_ in ("NN", "NNP") and any(c.pos_ == "PROPN" or c.dep_ in ("amod", "compound") for c in pobj.lefts)):
            continue
        sub = list(pobj.subtree)
        src = strip_span(text, sub[0].idx, sub[-1].idx + len(sub[-1].text), marked)
        if front:
            comma = _poll_comma(doc, sub[-1].i, sent.end)
            if comma is None:
                continue
            if (aside := _poll_aside(doc, comma, sent.end)) is not None:
                src, comma = (src[0], aside.idx), aside  # "In the new Marist poll, conducted May 1-3, ...": the aside describes the poll
            c_s, c_e = comma.idx + 1, sent.end_char
        else:
            c_s, c_e = sent.start_char, t.idx
        c_s, c_e = strip_span(text, c_s, c_e, marked)
        c_s, c_e = widen(text, c_s, c_e, marked)
        if c_e - c_s < 8 or (c_s, c_e) in taken or "\n" in text[min(c_s, t.idx) : max(c_e, t.idx)]:
            continue
        out.append(Attr((t.idx, t.idx + len(t.text)), t, src, pobj, [(c_s, c_e)], reason="in a poll"))
    return out


def _poll_comma(doc: Doc, last: int, end: int):
    """The comma that closes "In a poll ..." at the front of a sentence: right after the
    poll's phrase, or after a short time phrase ("In a Gallup poll last month,")."""
    for x in doc[last + 1 : min(end, last + 5)]:
        if x.text == ",":
            return x
        if x.pos_ in ("VERB", "AUX", "PUNCT", "PRON", "SCONJ", "CCONJ"):
            return None
    return None


def _poll_aside(doc: Doc, comma, end: int):
    """The comma that closes a participle aside right after the poll's comma
    ("conducted May 1-3,"), or None."""
    nxt = comma.i + 1
    if nxt >= end or doc[nxt].tag_ not in ("VBN", "VBD"):
        return None
    return next((x for x in doc[nxt + 1 : min(end, nxt + 9)] if x.text == ","), None)


def headline_attributions(doc: Doc, text: str, marked: list[Marked]) -> list[Attr]:
    """Headline-style attribution: a short capitalised name, a colon, the claim
    ("Senator Ames: The Budget Is Broken")."""
    out = []
    for para in paragraphs(text):
        line = text[para.start : para.end]
        m = _HEADLINE_RE.match(line)
        if not m or len(line) > _HEADLINE_MAX and (len(line) > _TURN_MAX or len(m.group(1).split()) > 3):
            continue
        src = (para.start + m.start(1), para.start + m.end(1))
        colon = para.start + m.end(1)
        c_s, c_e = strip_span(text, para.start + m.start(2), para.end, marked)
        if c_e - c_s < 8:
            continue
        tok = doc.char_span(src[0], src[1], alignment_mode="expand")
        root = tok.root if tok is not None else None
        cue = (colon, colon + 1)
        verb = next((t for t in tok if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)), None) if tok is not None else None
        if verb is not None:  # "Obama said: ...", "Kelly responded pointedly:": a sentence, not a name
            root = next(c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i)
            src, cue = np_span(root), (verb.idx, _colon_cue_end(doc, text, verb, colon))
        if len(line) > _HEADLINE_MAX and verb is not None:
            continue  # (a long paragraph after a name and a colon is a speaker's turn, never "X said:")
        if verb is None and para.start > 0 and _is_subheading(doc, text, c_s, c_e, marked):
            continue
        out.append(Attr(cue, verb, src, root, [(c_s, c_e)], reason="headline"))
    return out


#: finite verb tags: a claim after a headline's colon has one ("Roe: Taxes Will Rise")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _is_subheading(doc: Doc, text: str, lo: int, hi: int, marked: list[Marked]) -> bool:
    """'Sanders: Win in a walk.', 'Christie: A closing surge.': a section heading inside the
    article (not its title line) whose part after the colon has no quote mark and no finite
    verb (a phrase or a bare imperative) names a topic, not what the person said."""
    if in_any(lo, marked) is not None or any(ch in text[lo:hi] for ch in "\"\u201c\u201d"):
        return False
    span = doc.char_span(lo, hi, alignment_mode="expand")
    return span is not None and not any(t.tag_ in _FINITE_TAGS for t in span)


#: the longest headline; a longer paragraph after a person's name and a colon is that person's turn
_HEADLINE_MAX = 250
#: the longest paragraph read as one speaker's turn ("Alex Roe: She is right on all these things ...")
_TURN_MAX = 2000


def title_headline_attributions(doc: Doc, text: str, marked: list[Marked], verbs: dict[str, str], attrs: list[Attr]) -> list[Attr]:
    """A headline in title case whose verb the tagger cannot read ("Ann Roe Slams Ames
    On Taxes", "Roe Is Now Calling Ames A Liar"): the name before a reporting verb of the
    lexicon is the source, the rest of the line the content. Only the first line of the
    text, when no attribution took it."""
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    line = text[:line_end]
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", line)
    if not 3 <= len(words) <= 25 or sum(w[0].isupper() for w in words) < 0.8 * len(words) or ":" in line:
        return []
    if any(s < line_end for a in attrs for s, _ in a.content):
        return []
    first = doc.char_span(0, line_end, alignment_mode="expand")
    toks = [t for t in first if not t.is_space] if first is not None else []
    for k, tok in enumerate(toks[1:7], start=1):
        if _title_lemma(tok.lower_, verbs) is None:
            continue
        if k + 1 < len(toks) and toks[k + 1].lower_ in TITLE_PREPS:
            return []  # "Suspect Named By Police", "Boosts Spending In Battleground States To ...": no report
        lo = k
        while lo > 1 and (toks[lo - 1].lower_ in TITLE_AUX or toks[lo - 1].lower_.endswith("ly")):
            lo -= 1  # "Is Now Calling", "Finally Endorses", "Just Dismissed"
        name = toks[:lo]
        if not name or any(not t.text[:1].isupper() or t.is_punct or _title_lemma(t.lower_, verbs) for t in name):
            return []
        c_s, c_e = strip_span(text, toks[k].idx + len(toks[k].text), line_end, marked)
        c_s, c_e = widen(text, c_s, c_e, marked)
        if c_e - c_s < 8:
            return []
        src = (name[0].idx, name[-1].idx + len(name[-1].text))
        return [Attr((toks[lo].idx, tok.idx + len(tok.text)), None, src, name[-1], [(c_s, c_e)], reason="headline")]
    return []


def _title_lemma(word: str, verbs: dict[str, str]) -> str | None:
    """The lexicon verb a title-case word is a form of ("slams" -> "slam", "calling" ->
    "call"), or None."""
    for cand in (word[:-1] if word.endswith("s") else None, word[:-2] if word.endswith("es") else None, word[:-3] if word.endswith("ing") else None,
                 word[:-3] + "e" if word.endswith("ing") else None, word[:-2] if word.endswith("ed") else None, word[:-1] if word.endswith("ed") else None):
        if cand and verbs.get(cand) in TITLE_VERB_CLASSES:
            return cand
    return None


#: the classes of the lexicon verbs a title-case headline is read with
TITLE_VERB_CLASSES = frozenset({"speech", "writing", "evaluation", "stance"})


_DASH_NAME_RE = re.compile(r"[ \t][-\u2014\u2013]+[ \t]*(?:More from[ \t]+)?([A-Z][\w.'\u2019-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w.'\u2019-]*){0,5})[ \t]*$")

#: "Continued Stone:" / "And said Ann Roe:" opening a paragraph: an inverted cue, the name, a colon
_INVERTED_RE = re.compile(r"(?:(?:And|But|Then)[ \t]+)?((?:" + alternation("inverted_cue") + r"))[ \t]+((?:Mr\.|Mrs\.|Ms\.|Dr\.)?[ \t]*[A-Z][\w.'\u2019\-]*(?:[ \t]+[A-Z][\w.'\u2019\-]*){0,3})[ \t]*$", re.I)


def _inverted_colon(doc: Doc, text: str, line_start: int, colon: int, content: list[tuple[int, int]]) -> Attr | None:
    """'Continued Stone: "..."', 'Stated Ann Roe:' and the quote in the next paragraph: a
    paragraph that opens with a reporting verb, then a name, then the colon (the parser
    reads the verb as part of the name). The verb is the cue, the name the source."""
    m = _INVERTED_RE.fullmatch(text, line_start, colon)
    if m is None or not m.group(2)[:1].isupper():
        return None
    src = (m.start(2), m.end(2))
    span = doc.char_span(*src, alignment_mode="expand")
    return Attr((m.start(1), m.end(1)), None, src, span[-1] if span is not None and len(span) else None, content, reason="colon")


def colon_attributions(doc: Doc, text: str, marked: list[Marked], taken: Callable[[int], int], sents: Sents) -> list[Attr]:
    """A quote that a colon introduces and no cue claimed: "Ames tweeted in response:
    \u201c...\u201d" (the subject of the sentence before the colon is the source, and the cue
    runs from its verb to the colon, as PolNeAR marks it), or a digest line "Title -
    Ann Roe:" (the name after the dash)."""
    out = []
    seen: set[int] = set()
    for m in marked:
        if m.group in seen or any(taken(a) > 0 for a, _ in group_spans(marked, m)):
            continue
        seen.add(m.group)
        j = m.start
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == 0 or text[j - 1] != ":" or text.count("\n", j, m.start) > 2:
            continue
        colon = j - 1
        line_start = text.rfind("\n", max(0, colon - 400), colon) + 1 or max(0, colon - 400)  # (bounded: no scan back over a long line)
        content = group_spans(marked, m)
        if (inverted := _inverted_colon(doc, text, line_start, colon, content)) is not None:
            out.append(inverted)
            continue
        if (dash := _DASH_NAME_RE.search(text, line_start, colon)) is not None:
            src = (dash.start(1), dash.end(1))
            span = doc.char_span(*src, alignment_mode="expand")
            out.append(Attr((colon, colon + 1), None, src, span.root if span is not None and len(span) else None, content, reason="colon"))
            continue
        span = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if span is None or not len(span):
            continue
        # the verb the colon hangs on, or the sentence's (the parser often makes the quote the root)
        heads = chain((span[0].head,), span[0].head.ancestors, (sents.of(span[0]).root,))
        root = next((h for h in heads if h.pos_ in ("VERB", "AUX") and line_start <= h.idx and h.i < span[0].i and any(c.dep_ == "nsubj" for c in h.children)), None)
        if root is None or in_any(root.idx, marked) is not None:
            continue
        subj = next(c for c in root.children if c.dep_ == "nsubj")
        if subj.lower_ in NO_SOURCE or subj.idx < line_start:
            continue
        cue_lo = min([root.idx] + [c.idx for c in root.lefts if c.dep_ in CUE_LEFT_DEPS and c.i > subj.i])
        out.append(Attr((cue_lo, _colon_cue_end(doc, text, root, colon)), root, np_span(subj), subj, content, reason="colon"))
    return out



def _colon_cue_end(doc: Doc, text: str, root, colon: int) -> int:
    """Where a colon line's cue ends: at the colon ("said:", "released the following
    statement:", "responded pointedly, with a smile:"), but at the verb (and its topic
    preposition) when more than three words stand before the colon and they hold the verb's
    object or topic ("reveals a few relevant facts:" -> "reveals", "focuses on how many X:"
    -> "focuses on"), as PolNeAR marks it (train 0-199: 5 of 5 such cues)."""
    end = root.idx + len(root.text)
    if len(text[end:colon].split()) <= 3:
        return colon + 1
    nxt = doc[root.i + 1] if root.i + 1 < len(doc) else None
    if nxt is not None and nxt.dep_ in ("prt", "prep") and nxt.head.i == root.i and nxt.lower_ in TOPIC_PREPS and nxt.idx < colon:
        return nxt.idx + len(nxt.text)
    if any(c.dep_ == "dobj" and end <= c.idx < colon for c in root.children):
        return end
    return colon + 1


_HEADLINE_RE = re.compile(r"^([A-Z][^:\n\d]{1,45}?):[ \t]*(\S.*)$")
_LABEL_RE = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}")


def headline_names_source(text: str, a: Attr, index) -> bool:
    """Whether what stands before a headline's colon names a source: an entity of a
    speaking type ("Senator Ames: ..."; not "The Latest: ..." or "Still to come: ..."), a
    transcript's speaker label in capitals ("JAKE TAPPER: ..."), or a finding ("Poll: ..."),
    in at most six words."""
    name = text[a.source[0] : a.source[1]]
    if len(name.split()) > 6:
        return False
    types = {e.id: e.type for e in index.entities}
    if a.content[-1][1] - a.source[0] > _HEADLINE_MAX:
        # a long paragraph after a label is a turn only after a person's name ("Matthews: Here's the irony ...";
        # not "Iowa: Tim Albrecht, Brad Anderson, ...", "STAT OF THE WEEK: ..."), all of the label
        return any(types.get(eid) == "PERSON" and ms <= a.source[0] and a.source[1] <= me for ms, me, eid in index.overlapping(*a.source))
    return (
        any(types.get(eid) in HEADLINE_SOURCE_TYPES and a.source[0] <= ms and me <= a.source[1] for ms, me, eid in index.overlapping(*a.source))
        or (_LABEL_RE.fullmatch(name) is not None and name not in NOT_SPEAKERS)
        or name.lower() in HEADLINE_FINDINGS
    )


#: passive judging cues with an "as" phrase ("was widely seen as", list ``as_passive``)
AS_PASSIVE_VERBS = word_lists("quote_verbs.tsv")["as_passive"]


def passive_as(tok: Token) -> Optional[Token]:
    """The "as" phrase of a passive judging cue with a subject and no agent ("Roe is widely
    seen as a reformer", "the driver was identified as Ames", "who was named last week as its
    chair": list ``as_passive`` of ``quote_verbs.tsv``), or None. Someone unnamed judged or
    said it: PolNeAR marks the subject and the phrase as the content, with no source."""
    if tok.lemma_.lower() not in AS_PASSIVE_VERBS or tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    if not any(c.dep_ == "nsubjpass" for c in tok.children) or any(c.dep_ == "agent" for c in tok.children):
        return None
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ == "as" and any(x.dep_ in ("pobj", "pcomp", "amod", "acomp") for x in c.children):
            # (not "dismissed as a crank by the board": an agent the parser hung inside)
            return None if any(x.dep_ == "agent" or x.lower_ == "by" and x.dep_ == "prep" for x in c.subtree) else c
    return None
