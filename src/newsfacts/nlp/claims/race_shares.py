"""A candidate's share said with a verb the poll rules (:mod:`.polls`) do not list: "Cruz, who had the
backing of Mitt Romney, pulled almost 70 percent" -> "share of the vote for Cruz"; "Trump could not
break 50 percent"; "Jeb Bush sits at just 10%" -> "support for Jeb Bush" in a sentence about a poll;
"Trump finished third, getting just 14 percent" (a participle takes the subject of the verb it
hangs from). The verbs are ``claim_race_verbs.tsv`` (the share as object, or after "at"); the
subject is a person the entity stage tagged, through "who" to the name; the sentence or the 250
characters around it speak of votes or polls (:data:`.polls.VOTE_WORDS`), and the sentence asks no
other question (``share_not`` rows: "unfavorable", "approval", ...).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ... import lexicons
from .polls import POLL_WORDS, VOTE_WORDS


@lru_cache(maxsize=None)
def race_verbs() -> dict[str, frozenset]:
    """``claim_race_verbs.tsv``: {"object": verbs whose object is a share, "at": verbs a share follows with "at"}."""
    out: dict[str, set] = {}
    for kind, lemma in lexicons.rows("claim_race_verbs.tsv"):
        out.setdefault(kind, set()).add(lemma)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def share_not_words() -> re.Pattern:
    """The ``share_not`` rows of ``claim_poll_words.tsv`` as one pattern ("unfavorable", "approval", ...)."""
    words = [r[1] for r in lexicons.rows("claim_poll_words.tsv") if len(r) > 1 and r[0] == "share_not"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I) if words else re.compile(r"(?!)")


def _person(tok) -> Optional[tuple[str, tuple[int, int]]]:
    """The name a subject gives ("Cruz", "Jeb Bush"): a token the entity stage tagged PERSON, with
    the name words before it; a name tagged otherwise when a person the story names ends with it."""
    if tok is None or tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "LOC", "NORP", "DATE"):
        return None
    if tok.ent_type_ != "PERSON" and not any(e.label_ == "PERSON" and e[-1].text == tok.text for e in tok.doc.ents):
        return None  # "Trump" tagged as an organisation: a person when the story names him elsewhere
    doc = tok.doc
    left = tok.i
    while left > 0 and doc[left].ent_iob_ == "I":
        left -= 1  # "Jeb Bush": back to the name's first word
    return doc[left : tok.i + 1].text, (doc[left].idx, tok.idx + len(tok.text))


def _subject(verb):
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "who" and verb.dep_ == "relcl":
        return verb.head  # "Cruz, who ..., pulled"
    if subj is None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG":
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "finished third, getting 14 percent"
    return subj


def race_share(span, unit: Optional[str], counted, passage: str, sentence: str) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a candidate's share counts when its verb is one of ``claim_race_verbs.tsv`` (see the
    module docstring); None otherwise."""
    if unit != "percent" or counted is not None and counted.lower_ not in ("support", "vote"):
        return None
    root = span.root
    verb, dep = root.head, root.dep_
    if dep == "pobj" and verb.lower_ == "at" and verb.dep_ == "prep":
        verb, dep = verb.head, "at"
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or not (dep in ("dobj", "npadvmod") and lemma in race_verbs()["object"] or dep == "at" and lemma in race_verbs()["at"]):
        return None
    name = _person(_subject(verb))
    words = {w.lower() for w in re.findall(r"\w+", passage)}
    if name is None or not words & VOTE_WORDS or share_not_words().search(sentence):
        return None
    what = "support for" if words & POLL_WORDS else "share of the vote for"
    return f"{what} {name[0]}", sorted([name[1], (verb.idx, verb.idx + len(verb.text))])
