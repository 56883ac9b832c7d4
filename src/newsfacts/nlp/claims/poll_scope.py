"""Where a candidate's share, a lead or a margin holds: the poll, the place or the group the
sentence names for it ("Sanders leads Clinton 50% to 40% among registered Democrats in New
Hampshire" -> "support for Sanders among registered Democrats in New Hampshire"; "In Pennsylvania,
Clinton leads ..." -> "... in Pennsylvania"; "according to a CNN/WMUR poll" -> "in a CNN/WMUR
poll"; "Obama was winning blacks by 28 points" -> "... among blacks"; "lost Miami-Dade by 38
points" -> "... in Miami-Dade").

Read from the parse: the "in", "at" and "among" phrases (and "nationally") hanging from the number
or from a word on its way up to the first verb (a fronted "In Pennsylvania," hangs from it), and
a won or lost object that is no person. An "in"/"at" phrase only when its noun is a place the
entity stage tagged or a noun of ``claim_poll_scopes.tsv`` (a poll, a race, a state); never a
date or a number, never a common noun cut from the clause that says which one ("in a state where
..."), never a phrase after the verb that another number of the clause stands nearer to; none for
the earlier figure of a change ("up from 36 percent in May"). The shares of a pair or a list
share their scopes. Only counts a poll rule wrote (``scope_counts`` rows) get a scope, and only a
phrase the counts does not hold already.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicons
from .margins import margin_counts
from .poll_margins import paired_second, poll_margins, same_measure

#: switch for measuring the rule off (the hand checks set it)
OFF = False
_PLACE_TYPES = ("GPE", "LOC", "FAC", "NORP")
_NUMBER_TYPES = ("DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "QUANTITY", "ORDINAL")
_MAX_WORDS = 10


@lru_cache(maxsize=None)
def poll_scope_words() -> dict[str, frozenset]:
    """``claim_poll_scopes.tsv``: kind ("scope_noun", "scope_prep", "scope_adverb", "scope_counts") -> words."""
    out: dict[str, set] = {}
    for kind, word in lexicons.rows("claim_poll_scopes.tsv"):
        out.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


def _scoped(counts: str) -> bool:
    return any(counts.startswith(p + " ") for p in poll_scope_words()["scope_counts"])


_PAIR_TAIL_RE = re.compile(r"^\s*(?:percent|%)?\s*(?:to|-)\s*[\d.]+\s*(?:percent|%)?")
_WIN_VERBS = ("win", "lose", "carry")
_WON_NOT = ("race", "election", "primary", "caucus", "nomination", "vote", "contest", "delegate", "seat", "percent", "point")
_SIDE_PREPS = ("against", "over", "behind", "to", "versus", "vs", "with")
_ASIDES = ("appos", "punct", "cc", "conj", "parataxis", "acl", "relcl")


def _noun_end(obj) -> int:
    """The index after a scope noun's own words: its phrases after it, not an apposition, an aside in
    brackets or a clause ("Wisconsin, a hotbed of ...": "Wisconsin"; "those who are liberal",
    "those describing themselves as ...": kept); -1 when a common noun loses the clause that says
    which one it is ("in a state | where his message is potent")."""
    right = obj.i
    for c in obj.rights:
        if c.dep_ in ("relcl", "acl") and obj.lower_ == "those":
            right = c.right_edge.i
            continue
        if c.dep_ in ("relcl", "acl") and not obj.ent_type_:
            return -1
        if c.dep_ in _ASIDES or c.dep_ == "prep" and c.lower_ in _SIDE_PREPS:
            break  # ("in the polls | against Lopez": the other side, not the scope)
        right = c.right_edge.i
    return right + 1


def _trimmed(doc, first: int, obj, keep_numbers: bool):
    """The words from ``first`` to the end of ``obj``'s own words, cut before a date or a number
    (all numbers unless ``keep_numbers``) and without words left dangling at the cut; None when the
    cut leaves the noun out or the phrase is long."""
    end = _noun_end(obj)
    if end < 0:
        return None
    cut = next((t.i for t in doc[first:end] if t.ent_type_ in _NUMBER_TYPES[:4] or not keep_numbers and (t.ent_type_ in _NUMBER_TYPES or t.like_num)), end)
    if cut <= obj.i or cut < end and doc[cut].head.i == obj.i:
        return None  # "in December", "in 2012", "at 40 percent", "among voters 45 and older" (a cut group)
    while cut - 1 > obj.i and doc[cut - 1].pos_ in ("ADP", "DET", "PUNCT", "CCONJ", "PART"):
        cut -= 1  # "among likely voters in the primary | next month"
    return doc[first:cut] if cut - first <= _MAX_WORDS + 1 else None


def _phrase(prep, path: set):
    """The words of a prepositional phrase of scope, or None."""
    words = poll_scope_words()
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or prep.i in path or obj.pos_ == "PRON" and obj.lower_ != "those":
        return None
    if prep.lower_ != "among" and obj.ent_type_ not in _PLACE_TYPES and obj.lemma_.lower() not in words["scope_noun"]:
        return None
    return _trimmed(prep.doc, prep.i, obj, prep.lower_ == "among")


def _won(obj):
    """What a candidate won or lost by a margin when it is no person: a place ("in Miami-Dade") or a
    group ("among blacks"), as ``(preposition, words)``; None for a person (the other side)."""
    place = any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in obj.doc[obj.left_edge.i : obj.i + 1])
    if obj.ent_type_ in ("PERSON", "ORG") or obj.pos_ in ("PRON", "PROPN") and not place and obj.ent_type_ != "NORP" or obj.lemma_.lower() in _WON_NOT:
        return None
    doc = obj.doc
    if any(c.dep_ == "conj" for c in obj.children):  # "won Florida, New Hampshire and Virginia by"
        words = doc[obj.left_edge.i : obj.right_edge.i + 1]
        if len(words) > _MAX_WORDS or any(t.like_num or t.ent_type_ in _NUMBER_TYPES for t in words):
            return None
    else:
        words = _trimmed(doc, obj.left_edge.i, obj, False)
    if words is None:
        return None
    return ("in" if place else "among", words)


def _according(tok, path: set):
    """"according to a CNN/WMUR poll" as a scope: the phrase after "to" when its noun is a poll's."""
    if tok.lower_ != "according":
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is None or obj.lemma_.lower() not in ("poll", "survey", "average"):
        return None
    return _trimmed(tok.doc, to.i + 1, obj, False)


def scope(doc, start: int, end: int) -> list:
    """The spans of scope for the number at ``start:end`` (see the module docstring), in text order."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    words = poll_scope_words()
    tok = span.root
    chain = [tok]
    while tok.head.i != tok.i and len(chain) < 8 and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head  # up to the first verb: "... while Clinton leads by 21 points among those who ...",
        chain.append(tok)  # not the "among younger voters" of the clause that verb hangs from
    if any(t.dep_ == "prep" and t.lower_ in ("from", "since") for t in chain):
        return []  # "Lopez is up from 36 percent in May": the earlier figure, not the new poll's
    path = {t.i for t in chain}
    out = []
    for head in chain:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in words["scope_prep"]:
                found = _phrase(c, path)
            elif c.dep_ in ("advmod", "npadvmod") and c.lower_ in words["scope_adverb"]:
                found = doc[c.i : c.i + 1]
            elif c.dep_ == "dobj" and head.lemma_.lower() in _WIN_VERBS and head.pos_ == "VERB":
                found = _won(c)  # "won Miami-Dade by 38 points", "winning blacks by 28 points"
            elif c.dep_ in ("prep", "advcl") and c.lower_ == "according":
                found = _according(c, path)
                found = ("in", found) if found is not None else None
            else:
                found = None
            if found is not None and not _anothers(doc, span, head, found[1] if isinstance(found, tuple) else found):
                out.append(found)
    return sorted(out, key=lambda f: (f[1] if isinstance(f, tuple) else f).start)


def _anothers(doc, span, head, sub) -> bool:
    """Whether a phrase after the verb belongs to another number of the clause: one between the
    phrase and this number ("48 percent to 33 percent in Ohio and | 45 percent to 30 percent in Iowa")."""
    if head.i == span.root.i or sub.start < head.i:
        return False  # the number's own phrase, or one before the verb ("In the primary, ...")
    if sub.start >= span.end:
        between = doc[span.end : sub.start]
        tail = _PAIR_TAIL_RE.match(between.text)  # "52 percent | to 37 percent | in Iowa": its pair's
        if tail is not None:
            between = doc.char_span(between.start_char + tail.end(), sub.start_char, alignment_mode="contract") or doc[sub.start : sub.start]
    else:
        between = doc[head.i + 1 : sub.start]
    return any(t.like_num and not (span.start <= t.i < span.end) for t in between)


def _with_scope(doc, c, found_all: list) -> list:
    """Add the scope phrases ``found_all`` to claim ``c``'s counts (in place); the phrases used."""
    counts, spans, used = c.counts, list(c.counts_evidence), []
    for found in found_all[:2]:
        lead, sub = found if isinstance(found, tuple) else ("", found)
        if not len(sub):
            continue
        words = sub.text.rstrip(" ,;")
        words = words[:1].lower() + words[1:] if sub[0].is_sent_start and sub[0].pos_ == "ADP" else words  # "In Pennsylvania, ..."
        if not words or words.lower() in counts.lower():
            continue
        counts = f"{counts} {lead + ' ' if lead else ''}{words}"
        spans = [s for s in spans if not sub.start_char <= s[0] < sub.start_char + len(words)] + [(sub.start_char, sub.start_char + len(words))]
        used.append(found)
    if counts != c.counts:
        c.counts, c.counts_evidence = counts, sorted(spans)
    return used


def _verbless(doc, start: int, end: int) -> bool:
    """Whether the words between two shares hold no verb ("38 percent, Tom Hill | 3 percent"): the
    second is listed with the first and holds where the first holds."""
    gap = doc.char_span(start, end, alignment_mode="contract") if end - start <= 60 else None
    return gap is not None and not any(t.pos_ in ("VERB", "AUX") for t in gap)


def poll_scopes(doc, text: str, infos: list) -> None:
    """Fill the sides :mod:`.poll_margins` finds, then add the scope to the counts of every share,
    lead or margin a poll rule wrote (in place); the second share of a pair ("14 percent of the
    Latino vote compared to Clinton's 76 percent") takes the first's measure and scope."""
    if OFF:
        return
    poll_margins(doc, text, infos)
    margin_counts(doc, infos)  # "Obama's disapproval mark exceeds Trump's vote share by 13 points"
    prev, prev_scope = None, []
    for info in infos:
        c = info.claim
        if not c.counts or c.unit not in ("percent", "percentage point") or not _scoped(c.counts):
            prev = None
            continue
        second = prev is not None and prev.sentence == info.sentence and paired_second(text, prev.claim, c)
        if second:
            same_measure(prev.claim, c)
        listed = second or prev is not None and prev.sentence == info.sentence and _verbless(doc, prev.claim.evidence[-1][1], c.evidence[0][0])
        found = scope(doc, c.evidence[0][0], c.evidence[-1][1])
        used = _with_scope(doc, c, found or (prev_scope if listed else []))
        if second and used:
            _with_scope(doc, prev.claim, used)  # "43 percent to 41 percent in Pennsylvania": both shares
        prev, prev_scope = info, used
