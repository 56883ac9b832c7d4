"""Sides of a margin or of a pair of shares that the poll rules of :mod:`.polls` and
:mod:`.poll_sides` leave without counts:

- a group's preference "by" a margin: "college graduates back Clinton by 19 points", "white voters,
  who favor Clinton by a 6-point margin" -> "margin of Clinton among college graduates" (the verbs
  are the ``prefer_verb`` rows of ``claim_poll_words.tsv``; the object is a person the story names);
- a pair of shares after a lead noun: "finds Clinton with only a small lead over Sanders, 46 percent
  to 44 percent" -> "support for Clinton", "support for Sanders" (the holder: a possessive, the name
  "with" the lead, or the subject of "has/holds"; the other side: "over" and a name);
- a pair of shares after two coordinated names: "Trump and Sanders were in a dead heat -- 44% to
  43%" -> "support for Trump", "support for Sanders" (the first name's share first).

Only in a passage with a word of votes or polls, only for people the story names.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import lexicons
from .lead_nouns import LEAD_NOUNS
from .polls import POLL_WORDS, VOTE_WORDS

_HOLD_VERBS = frozenset(("have", "hold", "enjoy", "keep", "maintain", "open", "build", "take"))
_PAIR_GAP_RE = re.compile(r"\s+to\s+")
_MAX_GROUP = 8


@lru_cache(maxsize=None)
def prefer_verbs() -> frozenset:
    """The ``prefer_verb`` rows of ``claim_poll_words.tsv`` ("favor", "back", "support", ...)."""
    return frozenset(r[1] for r in lexicons.rows("claim_poll_words.tsv") if r[0] == "prefer_verb")


def _person(tok, surnames) -> Optional[tuple[str, tuple[int, int]]]:
    """A person the story names, with the whole name when the entity stage tagged it."""
    if tok is None or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None) if tok.ent_type_ else None
    if ent is not None and ent.label_ == "PERSON":
        return ent.text, (ent.start_char, ent.end_char)
    if tok.text not in surnames:
        return None
    return tok.text, (tok.idx, tok.idx + len(tok.text))


def _surnames(doc) -> frozenset:
    return frozenset(e.text.split()[-1] for e in doc.ents if e.label_ == "PERSON")


def _lead(passage: str) -> Optional[str]:
    words = {w.lower() for w in re.findall(r"\w+", passage)}
    if not words & VOTE_WORDS:
        return None
    return "support for" if words & POLL_WORDS else "share of the vote for"


def _group(subj) -> Optional[tuple[str, tuple[int, int]]]:
    """A group subject's words without its relative clause or apposition ("college graduates",
    "those without a degree"), or None for a name or a pronoun other than "those"."""
    if subj.pos_ == "PROPN" or subj.pos_ == "PRON" and subj.lower_ != "those" or subj.ent_type_ == "PERSON":
        return None
    right = subj.i
    for c in subj.rights:
        if c.dep_ in ("relcl", "appos", "punct", "acl", "cc", "conj"):
            break
        right = c.right_edge.i
    left = subj.left_edge.i
    while left < subj.i and subj.doc[left].dep_ == "det":
        left += 1
    if right - left + 1 > _MAX_GROUP:
        return None
    words = subj.doc[left : right + 1]
    return words.text, (words.start_char, words.end_char)


def preference_margin(span, surnames, passage: str) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a margin "by" N points of a group's preference counts (see the module docstring)."""
    root = span.root
    if root.dep_ == "nummod" or root.dep_ == "compound":
        root = root.head  # "by a 6-point margin"
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in prefer_verbs() or _lead(passage) is None:
        return None
    obj = _person(next((c for c in verb.children if c.dep_ == "dobj"), None), surnames)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head
    group = _group(subj) if subj is not None else None
    if obj is None or group is None:
        return None
    return f"margin of {obj[0]} among {group[0]}", sorted([obj[1], group[1], (verb.idx, verb.idx + len(verb.text))])


def _lead_sides(doc, first: int, sent_start: int, surnames):
    """The holder and the other side of the lead noun nearest before a pair of shares, or None."""
    span = doc.char_span(max(sent_start, first - 100), first, alignment_mode="contract")
    noun = next((t for t in reversed(span) if t.lemma_.lower() in LEAD_NOUNS and t.pos_ == "NOUN"), None) if span is not None else None
    if noun is None:
        return None
    poss = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    holder = _person(poss, surnames)
    if holder is None and noun.dep_ == "pobj" and noun.head.lower_ == "with":
        head = noun.head.head  # "Clinton with only a small lead" ("finds Clinton | with ...": the verb's object)
        holder = _person(next((c for c in head.children if c.dep_ == "dobj"), None) if head.pos_ == "VERB" else head, surnames)
    if holder is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _HOLD_VERBS:
        holder = _person(next((c for c in noun.head.children if c.dep_ == "nsubj"), None), surnames)
    over = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "over" for p in c.children if p.dep_ == "pobj"), None)
    other = _person(over, surnames)
    if holder is None or other is None or holder[0] == other[0]:
        return None
    return holder, other


def _pair_names(doc, first: int, sent_start: int, surnames):
    """Two coordinated names as the subject of the clause before a pair ("Trump and Sanders were
    in a dead heat -- | 44% to 43%"), or None."""
    span = doc.char_span(sent_start, first, alignment_mode="contract")
    for tok in span if span is not None else ():
        if tok.dep_ == "nsubj" and tok.head.pos_ in ("AUX", "VERB"):
            conj = [c for c in tok.children if c.dep_ == "conj"]
            a, b = _person(tok, surnames), _person(conj[0], surnames) if len(conj) == 1 else None
            if a is not None and b is not None and a[0] != b[0]:
                return a, b
    return None


def pair_after(doc, text: str, infos: list, k: int, surnames) -> None:
    """Counts for the pair of shares ``infos[k]``, ``infos[k + 1]`` (see the module docstring), in place."""
    a, b = infos[k].claim, infos[k + 1].claim
    if a.counts is not None or b.unit != "percent" or infos[k + 1].sentence != infos[k].sentence:
        return
    if not _PAIR_GAP_RE.fullmatch(text[a.evidence[-1][1] : b.evidence[0][0]]):
        return
    s0, s1 = infos[k].sentence
    lead = _lead(text[max(0, s0 - 250) : s1])
    if lead is None:
        return
    sides = _lead_sides(doc, a.evidence[0][0], s0, surnames) or _pair_names(doc, a.evidence[0][0], s0, surnames)
    if sides is None:
        return
    if b.counts is not None and b.counts.startswith(("support for ", "share of the vote for ")) and not b.counts.endswith(sides[1][0]):
        return  # the second share says another side
    a.counts, a.counts_evidence = f"{lead} {sides[0][0]}", [sides[0][1]]
    b.counts, b.counts_evidence = f"{lead} {sides[1][0]}", [sides[1][1]]


def poll_margins(doc, text: str, infos: list) -> None:
    """Fill the counts the module docstring lists (in place)."""
    surnames = _surnames(doc)
    for k, info in enumerate(infos):
        c = info.claim
        if c.unit == "percent" and c.low is None and k + 1 < len(infos):
            pair_after(doc, text, infos, k, surnames)
        if c.unit not in ("percentage point", "percent") or c.counts not in (None, "margin"):
            continue
        span = doc.char_span(c.evidence[0][0], c.evidence[-1][1], alignment_mode="expand")
        s0, s1 = info.sentence
        found = preference_margin(span, surnames, text[max(0, s0 - 250) : s1]) if span is not None else None
        if found is not None:
            c.counts, c.counts_evidence = found


#: what joins the two shares of a pair: "to", "compared to/with", "versus", "against" and a possessive
_SECOND_RE = re.compile(r"\s*,?\s+(?:to|compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:'s|\u2019s)\s+)?")
_MEASURE_RE = re.compile(r"^(share of the .+?) for (.+)$")


def paired_second(text: str, first, second) -> bool:
    """Whether ``second`` is the other share of a pair that ``first`` opens ("14 percent of the Latino
    vote compared to Clinton's 76 percent"): only "to"-like words and a name between them."""
    gap = text[first.evidence[-1][1] : second.evidence[0][0]]
    gap = re.sub(r"^\s+of\s+the\s+[\w\s-]{1,30}?\bvote\b", "", gap)  # the first's "of the Latino vote"
    return bool(_SECOND_RE.fullmatch(gap))


def same_measure(first, second) -> None:
    """The second share of a pair counts what the first counts for its own side: "share of the Latino
    vote for Trump" -> "share of the Latino vote for Clinton" (in place; only from a candidate's share)."""
    m = _MEASURE_RE.match(first.counts or "")
    side = re.match(r"^(?:support|share of the vote) for (.+)$", second.counts or "")
    if m is None or side is None or m.group(1) == "share of the vote" or side.group(1) == m.group(2):
        return
    second.counts = f"{m.group(1)} for {side.group(1)}"
