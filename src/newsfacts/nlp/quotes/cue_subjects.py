"""Subjects of a verb cue that the parse did not give it, found from the grammar around it.

Each function takes the cue verb (with no subject from :func:`~.sources.subject_of` and the
name finders of :mod:`.sources`) and returns the token heading its source, or None:

- :func:`modal_name`: "Will believes ...", "May said ...": a capitalised modal before a
  finite verb cannot be a modal (a modal takes the bare form): it is the subject, a name.
- :func:`passive_controller`: "Roe was fired after saying ...", "Ames was criticized for
  calling ...": an adverbial participle under a passive verb is said by its passive subject.
- :func:`comma_coordinated`: "He pledged A, cast doubt on B, suggested that C": a verb
  coordinated by a comma only (the parse made the first verb a clause of the cue) shares
  the subject of the first.
- :func:`name_before_who`: "Ann Roe, meanwhile, who sits on X, said": the name before the
  relative aside of a preceding clause.
- :func:`participle_root_subject`: "Voters going to the polls Tuesday say ...": the subject
  and phrase of a participle the parse made the main verb.
- :func:`postposed_quantifier`: '"A," tweeted another.', '"B," read one.': a pronoun-like
  determiner or number right after a cue that follows a quote.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .words import DOC_NOUNS, FINDING_NOUNS

#: finite tags (a modal before one of these is no modal)
_FINITE = frozenset({"VBD", "VBZ"})
_CLAUSE_DEPS = frozenset({"ccomp", "conj"})
_ASIDE_DEPS = frozenset({"advcl", "ccomp", "parataxis", "relcl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in tok.children)


def modal_name(verb: Token) -> Optional[Token]:
    """A capitalised "modal" hung as an auxiliary on a past or third-person verb cue
    ("Will wrote", "May says"): the parse took a surname for a modal."""
    if verb.tag_ not in _FINITE or _has_subject(verb):
        return None
    for c in verb.lefts:
        if c.dep_ == "aux" and c.tag_ == "MD" and c.text[:1].isupper() and c.text[1:].islower() and c.i == verb.i - 1:
            return c
    return None


def passive_controller(verb: Token) -> Optional[Token]:
    """The passive subject of the verb an adverbial participle hangs on ("was sidelined
    after demonstrating", "was asked about X, saying"), when that verb names no agent."""
    if verb.tag_ != "VBG" or _has_subject(verb):
        return None
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        gov, kinds = verb.head.head, ("PROPN", "NOUN", "PRON")
    elif verb.dep_ == "advcl":
        gov, kinds = verb.head, ("PROPN", "PRON")  # (not 'a wagon was pulled through, offering X')
    else:
        return None
    if gov.i == verb.i or gov.pos_ not in ("VERB", "AUX") or any(c.dep_ == "agent" for c in gov.children):
        return None
    subj = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.tag_ in ("WDT", "WP") or subj.pos_ not in kinds or subj.lower_ in ("it", "this", "that"):
        return None
    lemma = subj.lemma_.lower()
    return None if lemma in DOC_NOUNS or lemma in FINDING_NOUNS else subj  # (a statement "was shown to be false, stating")


def comma_coordinated(verb: Token, text: str) -> Optional[Token]:
    """'He pledged A and cast doubt on B, suggested that C': a finite cue with its own
    complement after it and, before it, a finite clause of its (as the parse has it) that
    ends with the comma right before the cue: that clause's subject is the cue's."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or _has_subject(verb):
        return None
    if not any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    for c in verb.lefts:
        if c.dep_ not in _CLAUSE_DEPS or c.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if text[c.right_edge.idx + len(c.right_edge.text) : verb.idx].strip() != ",":
            continue
        subj = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
        if subj is not None and subj.tag_ not in ("WDT", "WP", "EX") and subj.lower_ not in ("it", "this", "that", "there") \
                and subj.pos_ in ("PROPN", "NOUN", "PRON") and "\n" not in text[subj.idx : verb.idx]:
            return subj
    return None


def name_before_who(verb: Token, text: str) -> Optional[Token]:
    """'Ann Roe, meanwhile, who sits on the board, said': the parse hung the name and the
    relative "who" on the aside's verb; the name (a proper noun) before "who" speaks."""
    if _has_subject(verb):
        return None
    for c in verb.lefts:
        if c.dep_ not in _ASIDE_DEPS:
            continue
        subs = [s for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
        who = next((s for s in subs if s.lower_ == "who"), None)
        name = next((s for s in subs if s.pos_ in ("PROPN", "NOUN") and who is not None and s.i < who.i), None)
        if name is not None and text[c.right_edge.idx + len(c.right_edge.text) : verb.idx].strip() == "," and "\n" not in text[name.idx : verb.idx]:
            return name
    return None


def postposed_quantifier(verb: Token, text: str) -> Optional[Token]:
    """'"A," tweeted another.', '"B," wrote one.': the word after a cue that directly follows a
    closing quote is a determiner or number standing alone (no noun of its own) that ends
    the clause: it is the speaker."""
    if verb.i + 2 >= len(verb.doc) or _has_subject(verb):
        return None
    before = text[max(0, verb.idx - 4) : verb.idx].rstrip()
    if not before.endswith(("\u201d", '"', "''")) or not before[:-1].rstrip("'").endswith((",", "?", "!")):
        return None
    t, nxt = verb.doc[verb.i + 1], verb.doc[verb.i + 2]
    if t.head.i != verb.i or t.pos_ not in ("DET", "NUM", "PRON") or list(t.children) or not nxt.is_punct or nxt.text in ("'s", "-"):
        return None
    return t


def participle_root_subject(verb: Token) -> Optional[Token]:
    """'Majorities of voters going to the polls Tuesday say ...': the parse made the reduced
    relative's participle (no auxiliary) the main verb and hung the cue on it; the
    participle's subject, with the participle's phrase, is the cue's source."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or _has_subject(verb):
        return None
    head = verb.head if verb.dep_ in ("dep", "conj", "ccomp") else None
    if head is None or head.i >= verb.i:  # (or the parse made the participle a clausal subject of the cue)
        head = next((c for c in verb.children if c.dep_ == "csubj" and c.i < verb.i), None)
    if head is None or head.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or any(t.is_punct for t in verb.doc[head.i : verb.i]):
        return None
    return subj


def inferred_subject(verb: Token, text: str) -> tuple[Optional[Token], Optional[tuple[int, int]]]:
    """The first of the rules above that finds the cue a subject, and the source's characters
    when they are not the subject's noun phrase (the participle's phrase), or (None, None)."""
    if (subj := participle_root_subject(verb)) is not None:
        last = verb.doc[verb.i - 1]
        lo = subj.left_edge.idx
        lo = max(lo, text.rfind("\n", lo, subj.idx) + 1)  # (never across a line: '5:05 p.m.\n\nMajorities ...')
        return subj, (lo, last.idx + len(last.text))
    subj = (
        modal_name(verb)
        or passive_controller(verb)
        or name_before_who(verb, text)
        or comma_coordinated(verb, text)
        or postposed_quantifier(verb, text)
    )
    return subj, None
