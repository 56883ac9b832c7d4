"""What a change amount is the change of (session 14): a percentage, a number of points or a sum
that says by how much something rose or fell counts the change, not the thing ("Exports rose 3
percent" -> "rise of exports", not "exports"; "health care spending grew by 5.3 percent" -> "growth
of health care spending"; "the state's turnout was up about 19 percentage points" -> "rise of the
state's turnout").

The amount is the object of "by" the verb takes, or the noun phrase the parse hangs from the verb
itself ("declined 3.3 percent"), or from "up"/"down" after "be"; never a level ("rose to 47
percent", "from 4.1 percent"), never a verb with an object of its own ("cut taxes by 10 percent":
the object's change, :func:`.measured.change_counts`) or a passive. The verb and its noun:
``lexicons/claim_change_nouns.tsv``. What changed is the verb's subject, a noun or a name, never a
pronoun; the phrase :func:`.measured.what_it_counts` gave is kept when it names that subject,
else the subject's own words. Evidence: the verb's word and the subject's spans.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ... import lexicons
from .durations import GENERIC_NOUNS

#: switch for measuring the rule off (hand checks)
OFF = False

_MAX_WORDS = 6
_UNITS = ("percent", "percentage point")


@lru_cache(maxsize=1)
def change_nouns() -> dict[str, tuple[str, str]]:
    """Verb lemma (or "up"/"down") -> (noun of the change, preposition): ``claim_change_nouns.tsv``."""
    return {r[0]: (r[1], r[2]) for r in lexicons.rows("claim_change_nouns.tsv") if len(r) >= 3}


def _changed(span):
    """``(verb, key)`` when ``span`` is the amount of a change, else None."""
    doc, root = span.doc, span.root
    if any(t.lower_ in ("to", "from") for t in doc[max(0, span.start - 1) : span.end]):
        return None  # "grew by $3 billion to $40 billion": the level after, or a range read whole
    if root.dep_ == "conj" and root.head.i < span.start and (root.head.like_num or root.head.lower_ in ("%", "percent", "points")):
        root = root.head  # "decreased by 12.4% in Costa Rica and 0.13% in Nicaragua": the second hangs where the first does
    head, dep = root.head, root.dep_
    if head.i == root.i or span.start <= head.i < span.end:
        return None
    if dep == "pobj" and head.lower_ in ("up", "down") and head.head.lemma_ == "be":
        return (head.head, head.lower_) if _intransitive(head.head, span) else None  # "was up about 19 percentage points"
    if dep == "pobj" and head.lower_ == "by" and head.dep_ == "prep":
        verb = head.head
    elif dep in ("npadvmod", "dobj"):
        verb = head
    else:
        return None
    key = verb.lemma_.lower()
    if verb.pos_ == "ADV" and verb.lower_ in ("up", "down") and verb.dep_ == "advmod" and verb.head.lemma_ == "be":
        key, verb = verb.lower_, verb.head  # "turnout was up 19 points"
    elif verb.pos_ != "VERB":
        return None
    if key not in change_nouns():
        return None
    return (verb, key) if _intransitive(verb, span) else None


def _intransitive(verb, span) -> bool:
    """No object or passive of its own: "cut taxes by 10 percent", "was cut by" are the object's change."""
    return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") and not (span.start <= c.i < span.end) for c in verb.children)


def _subject(verb):
    """The verb's subject, or for a verb with none that is an infinitive or a conjunct, the subject of
    the verb above ("appears to have declined", "shot back up and grew"); a figure noun ("that number")
    says nothing of what changed."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() in GENERIC_NOUNS or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY", "CARDINAL"):
        return None
    return subj


def _own_words(subj) -> Optional[tuple[str, tuple[int, int]]]:
    doc = subj.doc
    first = subj.left_edge.i
    if subj.i + 1 - first > _MAX_WORDS or any(t.is_punct and t.text not in ("'", "’") for t in doc[first : subj.i + 1]):
        first = subj.i
        while first > 0 and doc[first - 1].dep_ in ("compound", "amod", "poss", "case") and doc[first - 1].head.i in (subj.i, first):
            first -= 1
    words = doc[first : subj.i + 1].text
    if doc[first].is_sent_start and doc[first].pos_ != "PROPN":
        words = words[:1].lower() + words[1:]
    return words, (doc[first].idx, subj.idx + len(subj.text))


def change_of(span, unit: Optional[str], found: tuple[Optional[str], list[tuple[int, int]]]) -> tuple[Optional[str], list[tuple[int, int]]]:
    """``found`` (``(counts, evidence)``) as the change of what it names when ``span`` is a change amount."""
    if OFF or not (unit in _UNITS or (unit is not None and len(unit) == 3 and unit.isupper())):
        return found
    got = _changed(span)
    subj = _subject(got[0]) if got is not None else None
    if subj is None:
        return found
    verb, key = got
    noun, prep = change_nouns()[key]
    nouns = {n for n, _ in change_nouns().values()}
    verb_ev = (verb.idx, verb.idx + len(verb.text))
    words, spans = found
    if words is not None:
        if not any(s <= subj.idx < e for s, e in spans) or words.split()[0].lower() in nouns:
            return found  # a phrase of something else, or already a change
        return f"{noun} {prep} {words}", sorted(set(spans) | {verb_ev})
    own = _own_words(subj)
    if own is None:
        return found
    return f"{noun} {prep} {own[0]}", sorted([own[1], verb_ev])
