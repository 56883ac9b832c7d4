"""Which side of a race a share of a poll or a vote is for, when no verb of receiving says it.

- a share right after a candidate's possessive ("46 percent to Clinton's 42 percent") or right
  before "for" and a candidate ("49 percent to 40 percent for Trump") is the support for that one;
- the two shares of "A to B" after a verb of leading with two named sides ("Clinton leads Trump
  in the polls by a 3-point margin, 45 percent to 42 percent") are the support for each side; the
  first share of a pair whose second is a named side's is the support for the person named last
  before the pair ("shows Trump with a lead, 46 percent to Clinton's 42 percent");
- a share before or after "margin of error" counts the margin of error.

Only in a passage with a word of votes or polls (``lexicons/claim_poll_words.tsv``), and only for
people the story names.
"""

from __future__ import annotations

import re
from typing import Optional

from ... import lexicons
from .lead_nouns import LEAD_NOUNS
from .polls import LEAD_VERBS, POLL_WORDS, TALLY_NOUNS, VOTE_WORDS

_PREFER_VERBS = frozenset(r[1] for r in lexicons.rows("claim_poll_words.tsv") if r[0] == "prefer_verb")

_NAME = r"[A-Z][\w\u2019'.-]*"
#: a possessive name right before a share: "to Clinton's |", "Trump\u2019s nearly |"
_POSSESSIVE_RE = re.compile(r"(?<![\w.])(" + _NAME + r")(?:'s|\u2019s|'|\u2019)\s+(?:(?:just|only|about|nearly|roughly|some)\s+)?$")
#: a name and a change right before a share: "Sanders is up from |", "Clinton's support fell from |"
_FROM_RE = re.compile(r"(?<![\w.])([A-Z][\w'-]*)(?:'s\s+support|\u2019s\s+support)?\s+(?:(?:is|was|has|had)\s+)?"
                      r"(?:up|down|rose|risen|fell|fallen|dropped|climbed|slipped|jumped|went)\s+from\s+$")
#: "for" and a name right after a share: "| for Trump", "| for Donald Trump"
_FOR_RE = re.compile(r"\s+for\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")
#: the margin of error next to a share
_ERROR_AFTER_RE = re.compile(r"\s*(?:\(?\s*(?:plus\s+or\s+minus|\+/-|\u00b1)\s*\)?\s+)?margin\s+of\s+(?:sampling\s+)?error\b", re.I)
_ERROR_BEFORE_RE = re.compile(r"\bmargin\s+of\s+(?:sampling\s+)?error\s+(?:(?:is|was|of|at|of\s+plus\s+or\s+minus|is\s+plus\s+or\s+minus|plus\s+or\s+minus|\+/-|\u00b1)\s*)?$", re.I)


#: "over" and a name right after the second share of a pair: "| over Mr. Sanders"
_OVER_RE = re.compile(r"\s+over\s+((?:Mr|Mrs|Ms|Sen|Gov)\.\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")
#: the first share of a pair and "to" right before a share: "48 percent to |"
_PAIR_BEFORE_RE = re.compile(r"\d\s*(?:percent|%)\s+to\s+$")
#: switch for measuring the rules of session 12 off (the hand checks set it)
PAIRS_OFF = False


def _lead_of_pair(text: str, c, start: int, end: int) -> bool:
    """Whether a share of a pair ("48 percent to 41 percent") counts a lead noun ("lead", "slimmer
    lead for Clinton"): the side it is the support for may say more."""
    if PAIRS_OFF or c.counts is None or not LEAD_NOUNS & set(c.counts.lower().split()[:3]):
        return False
    return bool(_PAIR_BEFORE_RE.search(text, max(0, start - 40), start) or re.match(r"\s*(?:percent|%)?\s+to\s+(?:[A-Z][\w.-]*(?:'s|\u2019s)\s+)?\d", text[end : end + 40]))


def margin_of_error(text: str, start: int, end: int) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``("margin of error", spans)`` for a share written next to "margin of error"
    ("a two percent plus or minus margin of error", "a margin of error of 3 percent"), else None."""
    m = _ERROR_AFTER_RE.match(text, end, min(len(text), end + 40))
    if m is not None:
        s = text.lower().index("margin", m.start())
        return "margin of error", [(s, m.end())]
    m = _ERROR_BEFORE_RE.search(text, max(0, start - 50), start)
    if m is not None:
        return "margin of error", [(m.start(), m.start() + len(re.match(r"margin\s+of\s+(?:sampling\s+)?error", m.group(0), re.I).group(0)))]
    return None


def _lead(context: str) -> Optional[str]:
    words = {w.lower() for w in re.findall(r"\w+", context)}
    if not words & VOTE_WORDS:
        return None
    return "support for" if words & POLL_WORDS else "share of the vote for"


def _person(doc, start: int, end: int) -> Optional[tuple[str, tuple[int, int]]]:
    """The name of a person the story names that ends at ``end`` (from ``start`` or the whole
    entity that ends there), or None."""
    for e in doc.ents:
        if e.label_ == "PERSON" and e.end_char == end and e.start_char <= start:
            return e.text, (e.start_char, e.end_char)
    return None


def _surnames(doc) -> dict:
    """The last word of every person the story names -> its entities' spans."""
    out: dict = {}
    for e in doc.ents:
        if e.label_ == "PERSON":
            out.setdefault(e.text.split()[-1], []).append((e.start_char, e.end_char))
    return out


def side_share(doc, text: str, start: int, end: int, context: str) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a share counts when a candidate's possessive stands right before it, a candidate and a
    change ("Sanders is up from"), or "for" and a candidate right after it ("to Clinton's 42.1
    percent", "40 percent for Trump"): the support for that candidate (``context``: the sentence
    with the text before it), or None."""
    lead = _lead(context)
    if lead is None:
        return None
    surnames = _surnames(doc)
    m = _POSSESSIVE_RE.search(text, max(0, start - 40), start)
    if m is not None and m.group(1) in surnames:
        s, e = m.span(1)
        full = _person(doc, s, e)
        name, ev = full if full is not None else (m.group(1), (s, e))
        return f"{lead} {name}", [ev]
    m = _FROM_RE.search(text, max(0, start - 60), start)
    if m is not None and m.group(1) in surnames:  # "Sanders is up from 37 percent"
        return f"{lead} {m.group(1)}", [m.span(1)]
    m = _OVER_RE.match(text, end, min(len(text), end + 60)) if not PAIRS_OFF and _PAIR_BEFORE_RE.search(text, max(0, start - 40), start) else None
    if m is not None and m.group(2).split()[-1] in surnames:  # "a lead of 48 percent to 41 percent over Mr. Sanders"
        return f"{lead} {m.group(2)}", [m.span(2)]
    m = _FOR_RE.match(text, end, min(len(text), end + 60))
    if m is not None:
        name = m.group(1)
        if name.split()[-1] in surnames:
            return f"{lead} {name}", [m.span(1)]
    return None


def _side_name(tok, surnames) -> Optional[tuple[str, tuple[int, int]]]:
    """A subject or object that is a person the story names ("Mrs. Clinton", "Trump"; a surname the
    story gives a person elsewhere, whatever this mention's entity type or part of speech)."""
    if tok is None or tok.pos_ not in ("PROPN", "NOUN") and tok.ent_type_ != "PERSON":
        return None
    ent = next((x for x in tok.doc.ents if x.start <= tok.i < x.end), None)
    if ent is not None and ent.label_ == "PERSON":
        return ent.text, (ent.start_char, ent.end_char)
    if tok.text not in surnames:
        return None
    first = min([c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok.i])
    return tok.doc[first : tok.i + 1].text, (tok.doc[first].idx, tok.idx + len(tok.text))


def verb_sides(doc, sent_start: int, first: int, context: str):
    """The two sides of a verb of leading before a pair of shares in its sentence ("Clinton leads
    Trump in national polls by a margin, | 45 percent to 42 percent"): ``((counts, spans),
    (counts, spans))`` for the first and the second share, or None; after a verb of a group's
    preference ("Officers favored Trump | 46 percent to 32 percent") the second is None."""
    lead = _lead(context)
    if lead is None:
        return None
    span = doc.char_span(sent_start, first, alignment_mode="contract")
    if span is None:
        return None
    surnames = _surnames(doc)
    for tok in reversed(span):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _PREFER_VERBS:  # "Officers favored Smith 46 percent to 32 percent"
            obj = _side_name(next((c for c in tok.children if c.dep_ == "dobj"), None), surnames)
            if obj is None:
                return None
            return (f"{lead} {obj[0]}", sorted([obj[1], (tok.idx, tok.idx + len(tok.text))])), None
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in LEAD_VERBS:
            subj = _side_name(next((c for c in tok.children if c.dep_ == "nsubj"), None), surnames)
            obj = _side_name(next((c for c in tok.children if c.dep_ == "dobj"), None), surnames)
            if subj is None or obj is None or subj[0] == obj[0]:
                return None
            verb = (tok.idx, tok.idx + len(tok.text))
            return (f"{lead} {subj[0]}", sorted([subj[1], verb])), (f"{lead} {obj[0]}", sorted([obj[1], verb]))
    return None


def other_side(doc, sent_start: int, first: int, taken: str, context: str) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """The support for the person named last before the first share of a pair (after the sentence's
    start, within 120 characters) whose second share is ``taken``'s ("support for Clinton"): "shows
    Trump with a four-point lead, with 46.2 percent to Clinton's 42.1 percent" -> support for Trump."""
    lead = _lead(context)
    if lead is None:
        return None
    span = doc.char_span(max(sent_start, first - 120), first, alignment_mode="contract")
    surnames = _surnames(doc)
    best = None
    for tok in reversed(span) if span is not None else ():
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" and tok.text in surnames:
            best = _side_name(tok, surnames)
            break
    if best is None or best[0].split()[-1] == taken.split()[-1]:
        return None
    return f"{lead} {best[0]}", [best[1]]


def poll_sides(doc, text: str, infos: list) -> None:
    """Give ``counts`` to the shares of ``infos`` (the extractor's ClaimInfo list) no verb ties to a
    side: "to Clinton's 42 percent", "40 percent for Trump", the two of "A to B" after a verb of
    leading, a margin of error; a share read as a margin ("a 3-point margin, 45 percent") too."""
    for k, info in enumerate(infos):
        c = info.claim
        if c.unit not in ("percent", "percentage point") or c.low is not None:
            continue
        s0, s1 = info.sentence
        start, end = c.evidence[0][0], c.evidence[-1][1]
        if c.counts is not None and not (c.unit == "percent" and c.counts.split()[-1] in TALLY_NOUNS) and not _lead_of_pair(text, c, start, end):
            continue  # (a share is no margin: "by a 3-point margin, 45.4 percent to 42 percent")
        context = text[max(0, s0 - 250) : s1]
        what = margin_of_error(text, start, end) or (side_share(doc, text, start, end, context) if c.unit == "percent" else None)
        nxt = infos[k + 1].claim if k + 1 < len(infos) else None
        paired = (nxt is not None and nxt.unit == "percent" and infos[k + 1].sentence == info.sentence
                  and re.fullmatch(r"\s+to\s+(?:[A-Z][\w.-]*(?:'s|\u2019s)\s+)?", text[end : nxt.evidence[0][0]]))
        if what is None and c.unit == "percent" and (paired or c.tally is not None):
            sides = verb_sides(doc, s0, start, context)
            if sides is not None and c.tally is not None:
                what = (f"{sides[0][0]} and for {sides[1][0].split(' for ', 1)[1]}", sorted(sides[0][1] + sides[1][1][:1])) if sides[1] else None
            elif sides is not None:
                what = sides[0]
                if nxt.counts is None and sides[1] is not None:
                    nxt.counts, nxt.counts_evidence = sides[1]
            elif nxt is not None and paired:
                taken = nxt.counts if PAIRS_OFF or (nxt.counts or "").startswith(("support for ", "share of the vote for ")) else None
                taken = taken or (side_share(doc, text, *nxt.evidence[0], context) or (None,))[0]
                if taken is not None and taken.startswith(("support for ", "share of the vote for ")):
                    what = other_side(doc, s0, start, taken, context)
        if what is not None:
            c.counts, c.counts_evidence = what
