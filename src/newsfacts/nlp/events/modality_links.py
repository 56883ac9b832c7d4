"""Links that carry a modality to an event from a verb it is not directly under (issue 19,
session 11), and two small checks moved out of :mod:`.modality`:

- :func:`first_conjunct`: the first of a list of verbs ("promising to raise taxes, expand the
  army and deport X": "deport" hangs on "expand", the list on "to raise");
- :func:`means_verb`: the verb a list of "by V-ing" means hangs from ("could act in three ways:
  by suing X, by cutting funds or by asking Y": the parser hangs the third "by" on the second
  gerund, so the "could" of "act" did not reach it);
- :func:`phrasal_lemma`: a verb with its particle ("played down the idea that ...": a denial);
- :func:`condition_first` and :func:`lacking` (from :mod:`.modality`).
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Candidate

#: The note on an act said to be lacking ("a lack of commitment", "the absence of talks"): a
#: state described, neither the act nor a refusal (PLOVER codes no event).
LACKING = "said to be lacking: no act and no refusal (PLOVER codes no event)"


def first_conjunct(verb: Token) -> Token:
    """The first conjunct of the list ``verb`` belongs to (``verb`` itself when it is none)."""
    cur = verb
    for _ in range(8):
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def means_verb(by: Token):
    """The verb a coordinated "by" phrase of means belongs to, or None: from a "by" the parser
    made a conjunct, up the list of "by V-ing" phrases to the first "by" and its verb."""
    if by.lower_ != "by" or by.dep_ != "conj":
        return None
    cur = by
    for _ in range(8):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ == "prep" and cur.lower_ == "by":
            return cur.head if cur.head.pos_ in ("VERB", "AUX") else None
        if cur.dep_ not in ("conj", "pcomp") and not (cur.dep_ == "prep" and cur.lower_ == "by"):
            return None
        cur = cur.head
    return None


def condition_first(t: Token) -> bool:
    """Whether an "if"/"unless" clause comes before ``t`` and hangs on it."""
    return any(
        c.dep_ == "advcl" and c.i < t.i and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in t.children
    )


def lacking(cand: Candidate, words) -> bool:
    """True (noting :data:`LACKING`) when the act is what a "lack of" or "absence of" says is missing."""
    t = cand.trigger
    if not (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in words.get("lacking_noun", ())):
        return False
    if LACKING not in cand.notes:
        cand.notes.append(LACKING)
    return True


def negated_belief(clause: Token, words) -> bool:
    """True when ``clause`` is the "that" clause of a belief or wish the text says is not held
    ("I don't want to think that Russia attacked", "he does not believe Iran sent arms":
    ``belief_verb`` words): the act is not asserted."""
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    beliefs = words.get("belief_verb", frozenset())
    verbs = [clause.head]
    while verbs[-1].dep_ == "xcomp" and verbs[-1].head.i != verbs[-1].i and len(verbs) < 4:
        verbs.append(verbs[-1].head)
    if not any(v.lemma_.lower() in beliefs for v in verbs):
        return False
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for v in verbs for c in v.children)


def phrasal_lemma(verb: Token) -> str:
    """The verb's lemma, with its particle when it has one ("play down", "brush aside")."""
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {prt.lower_}" if prt is not None else verb.lemma_.lower()
