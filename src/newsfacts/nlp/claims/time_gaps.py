"""How long something has not happened (session 13): a span of time "in" or "for" which a negated verb
did not happen is the time its subject has gone without it ("New York, which has not voted Republican
in a presidential election in 32 years" -> "time New York has not voted Republican in a presidential
election"; "Congress has not passed a gun law in two decades" -> "time Congress has not passed a gun
law"). The subject is a noun or a name (a relative pronoun stands for the noun its clause describes),
never a personal pronoun; the words are the text's own, from the verb's first auxiliary to the
preposition before the value, at most nine words. :mod:`.durations` calls this."""

from __future__ import annotations

from typing import Optional

#: switch for measuring the rule off (hand checks)
OFF = False
_MAX_WORDS = 9
_RELATIVES = ("which", "who", "that")


def _subject(verb):
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None, None
    if subj.lower_ in _RELATIVES and verb.dep_ == "relcl":
        head = verb.head
        return (head, subj) if head.pos_ in ("NOUN", "PROPN") and not head.ent_type_ in ("DATE", "TIME") else (None, None)
    if subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"):
        return None, None
    return subj, subj


def gap_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``("time New York has not voted Republican", evidence)`` (see the module docstring), else None."""
    root = span.root
    prep = root.head
    if OFF or root.dep_ != "pobj" or prep.lower_ not in ("in", "for") or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "has not voted Republican in a presidential election | in 32 years"
    if verb.pos_ != "VERB" or verb.i > prep.i or not any(c.dep_ == "neg" for c in verb.children):
        return None
    owner, subj = _subject(verb)
    if owner is None or subj.i > verb.i:
        return None
    doc = span.doc
    first = subj.i + 1
    if any(t.is_punct or t.dep_ not in ("aux", "neg", "advmod") for t in doc[first : verb.i]):
        return None  # the subject and its verb stand apart
    last = prep.i - 1
    if last - first + 1 > _MAX_WORDS or any(t.is_punct or t.is_quote or t.like_num for t in doc[verb.i : last + 1]):
        return None
    start = owner.left_edge.i if owner.left_edge.i >= owner.i - 4 and not any(t.is_punct for t in doc[owner.left_edge.i : owner.i]) else owner.i
    while start < owner.i and doc[start].pos_ in ("DET", "ADP"):
        start += 1
    who = doc[start : owner.i + 1]
    did = doc[first : last + 1]
    words = who.text if doc[start].pos_ == "PROPN" or not doc[start].is_sent_start else who.text[:1].lower() + who.text[1:]
    return f"time {words} {did.text}", sorted([(who.start_char, who.end_char), (did.start_char, did.end_char)])
