"""Claimants of numbers next to a claimed one (session 11, helper C3).

Two rules for a number no other rule gave a claimant or source words:

- **A conjunct of a report** the parse hangs on the verb of saying itself ("It showed $200,000 in
  payments to Newsmax, and $47,000 to Targeted Victory": "$47,000" a conjunct of "showed"; "the
  researchers reported that Apple holds $215 billion and would owe $65 billion" with "owe" a
  conjunct of "reported"): the claimant of another number of the sentence whose report is that
  verb, its source the verb's subject. The conjunct has no subject of its own and is no verb of
  saying itself; the verb is a verb of saying, writing, showing or finding.
- **A poll's sample size** ("The survey of 1,002 adults was conducted ...", "a poll of 800 likely
  voters"): the poll noun is its source words, so that :func:`.makers.revise_makers` gives it the
  one maker the story names for such polls (none or two: the claimant stays null).
- **A figure of a sentence about "The poll"** (session 14: "The nationwide poll was conducted ...
  among 1,358 registered voters"): the same, through :func:`poll_subjects`.
"""

from __future__ import annotations

from typing import Optional

from .sentence_lookup import sentence_lookup


def _token(doc, ev):
    span = doc.char_span(ev[0], ev[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _unsourced(infos: list, doc):
    """``(info, token)`` of every claim with no claimant and no source words yet, the token the
    root of its number's words (claims whose words make no span are skipped)."""
    for info in infos:
        if info.claim.claimant is not None or info.claimant_evidence:
            continue
        tok = _token(doc, info.claim.evidence[0])
        if tok is not None:
            yield info, tok


def conj_report(tok, verbs) -> Optional[object]:
    """The verb of saying ``tok`` hangs on as a conjunct (of itself or of a clause with no
    subject of its own), else None."""
    cur, steps = tok, 0
    while cur.head.i != cur.i and steps < 12:
        head = cur.head
        if cur.pos_ in ("VERB", "AUX") and (any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cur.children)
                                            or cur.lemma_.lower() in verbs):
            return None  # a clause of its own ("and 5 people died"; "and Smith said ...")
        if cur.dep_ == "conj" and head.pos_ == "VERB" and head.lemma_.lower() in verbs:
            return head
        cur, steps = head, steps + 1
    return None


def governs_directly(tok, verb) -> bool:
    """Whether ``verb`` governs ``tok`` without a conjunct step into it."""
    cur = tok
    while cur.head.i != cur.i:
        if cur.head.i == verb.i:
            return cur.dep_ != "conj"
        cur = cur.head
    return False


def conjoined_reports(infos: list, reports) -> None:
    """Give a number hung on a verb of saying as a conjunct the claimant of a number that verb
    reports (see the module)."""
    doc = reports.doc
    sents = sentence_lookup(doc)
    toks = [_token(doc, i.claim.evidence[0]) for i in infos]
    for info, tok in zip(infos, toks):
        if info.claim.claimant is not None or info.claimant_evidence or tok is None:
            continue
        verb = conj_report(tok, reports.verbs)
        if verb is None:
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        sent = sents.at(tok.i)
        found = set()
        for other, otok in zip(infos, toks):
            if other is info or otok is None or other.claim.claimant is None or not (sent.start <= otok.i < sent.end):
                continue
            ev = other.claimant_evidence
            if ev and lo <= ev[0][0] < hi and governs_directly(otok, verb):
                found.add((other.claim.claimant, tuple(map(tuple, ev))))
        if len({c for c, _ in found}) == 1:
            claimant, ev = next(iter(found))
            info.claim.claimant = claimant
            info.claimant_evidence = [tuple(x) for x in ev]


def sample_sizes(infos: list, reports) -> None:
    """Give a poll's sample size ("The survey of 1,002 adults") the poll as its source words."""
    doc = reports.doc
    for info, tok in _unsourced(infos, doc):
        noun = tok.head if tok.dep_ == "nummod" else tok
        of = noun.head
        if noun.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
            continue
        poll = of.head
        if poll.lemma_.lower() not in reports.polls or poll.pos_ != "NOUN":
            continue
        if poll.i > tok.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        info.claimant_evidence = [(poll.left_edge.idx, poll.idx + len(poll.text))]


#: switch off: a figure in a sentence whose subject is "The poll" (session 14)
POLL_SUBJECTS_OFF = False


def poll_subjects(infos: list, reports) -> None:
    """Give a figure in a sentence whose subject is a poll named with no maker ("The nationwide poll
    was conducted July 8 to 12 among 1,358 registered voters", "The survey has a margin of error of
    3 points") that poll as its source words, so that :func:`.makers.revise_makers` gives it the
    one maker the story names for such polls (none or two: the claimant stays null)."""
    if POLL_SUBJECTS_OFF:
        return
    doc = reports.doc
    sents = sentence_lookup(doc)
    for info, tok in _unsourced(infos, doc):
        root = sents.at(tok.i).root
        poll = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if poll is None or poll.lemma_.lower() not in reports.polls or poll.tag_ != "NN" or poll.i > tok.i:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in poll.children):
            continue
        info.claimant_evidence = [(poll.left_edge.idx, poll.idx + len(poll.text))]


_FRAME_TYPES = ("ORG", "PERSON", "GPE")


def according_frames(infos: list, reports) -> None:
    """Give the numbers of a sentence opened by "According to X," (the parse hanging the number
    on X: "According to the Associated Press, 571 of the 714 Democratic superdelegates ...") the
    named person, organisation or country X, when no other rule gave them a claimant or source
    words. Only words that are no verb may come before "According" ("In 2015, according to X, ...")."""
    doc, ents = reports.doc, reports.entities
    sents = sentence_lookup(doc)
    frames: dict = {}
    for info, tok in _unsourced(infos, doc):
        sent = sents.at(tok.i)
        if sent.start not in frames:
            frames[sent.start] = _frame(doc, ents, sent)
        frame = frames[sent.start]
        if frame is not None and frame[1] <= info.claim.evidence[0][0]:
            info.claim.claimant = frame[0]
            info.claimant_evidence = [frame[2]]


def _frame(doc, ents, sent):
    """(entity id, end of the frame, source span) of an opening "According to X," else None."""
    for tok in sent:
        if tok.lower_ == "according":
            break
        if tok.pos_ in ("VERB", "AUX") or tok.text in ('"', "“", "”", "''", "``"):
            return None
    else:
        return None
    to = doc[tok.i + 1] if tok.i + 1 < sent.end else None
    x = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None and to.lower_ == "to" else None
    if x is None:
        return None
    end = x.i + 1  # the words of X: its determiner and compounds up to its head
    while end < sent.end and doc[end].text not in (",", "—", "-", "–"):
        end += 1
        if end - x.i > 6:
            return None
    if end >= sent.end or doc[end].text != ",":
        return None
    left = x.left_edge.i
    eid = ents.at(x.idx, x.idx + len(x.text))
    ent = ents.by_id.get(eid) if eid is not None else None
    if ent is None or not ent.named or ent.type not in _FRAME_TYPES:
        return None
    if any(t.lower_ in ("his", "her", "its", "their") or t.pos_ == "NOUN" and t.i != x.i for t in doc[left:x.i + 1]):
        return None  # ("according to its analysis", "according to the group's count": other rules' owners)
    return eid, doc[end].idx, (doc[left].idx, x.idx + len(x.text))
