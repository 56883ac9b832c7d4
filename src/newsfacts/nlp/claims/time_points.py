"""The time point of a step in a procedure (session 15): what a span of time after, before or within
which something was done or seen measures, when no other rule of :mod:`.durations` read it.

"Neurospheres were dissociated after 3-4 weeks" -> "time for neurospheres"; "Histological analysis 4
weeks after transplantation showed ..." -> "time after transplantation for histological analysis"; "the
serum level of IFN-g increased at 2 months after the transplant" -> "time after the transplant for the
serum level of IFN-g". The thing is the subject of the clause the time qualifies (a common noun, never
a pronoun, a person, an organisation or a place), or the noun the time phrase hangs from when that noun is
the subject ("analysis 4 weeks after transplantation"). :mod:`.durations` imports this module.

Evidence or nothing: the subject's words, and the words of the event when the text names one.
"""

from __future__ import annotations

from typing import Optional

from .owners import subject

#: prepositions that put a span of time at a point ("after 3 weeks", "at 2 months", "within 24 h")
_POINT_PREPS = frozenset(("after", "at", "within", "by"))
#: words right after a span of time that make it a point from an event ("4 weeks after transplantation")
_FROM_EVENT = frozenset(("after", "before", "post"))
_SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
_MAX_WORDS = 6  # words of the thing's phrase on either side of its noun
_NOT_THINGS = frozenset(("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"))


def _noun_words(tok) -> tuple[str, tuple[int, int]]:
    """A noun with the words before it in its phrase (determiners, modifiers) and its "of" noun."""
    doc = tok.doc
    first = max(tok.left_edge.i, tok.i - _MAX_WORDS)
    last = tok.i
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    if of is not None:
        last = min(max(last, of.right_edge.i), tok.i + _MAX_WORDS)  # "the serum level of IFN-g"
    words = doc[first : last + 1].text
    if doc[first].is_sent_start and doc[first].pos_ != "PROPN":
        words = words[:1].lower() + words[1:]
    return words, (doc[first].idx, doc[last].idx + len(doc[last].text))


def _thing(tok) -> bool:
    """Whether a token can be what was done or seen: a common noun or a name NER gives no type."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in _NOT_THINGS and not (tok.pos_ == "PROPN" and tok.ent_type_)


def _event_noun(span, event):
    """The noun after "after", "before" or "post" ("after transplantation"), also when the parse took the
    word for a clause's mark and the noun for a second subject of the verb the time hangs from; None when
    a clause of its own follows ("after voters went to the polls")."""
    if event.dep_ == "prep":
        return next((c for c in event.children if c.dep_ == "pobj"), None)
    nxt = span.doc[event.i + 1] if event.i + 1 < len(span.doc) else None
    verb = event.head
    if (event.dep_ == "mark" and verb.i == span.root.head.i and nxt is not None and nxt.head.i == verb.i and nxt.dep_ == "nsubj"
            and any(c.dep_ == "nsubj" and c.i < span.start for c in verb.children)):
        return nxt  # "Histological analysis 4 weeks after transplantation showed": one verb, read with two subjects
    return None


def _anchor(span):
    """The token the time phrase hangs from and the event word after it: ``(token, event word)``."""
    root, doc = span.root, span.doc
    event = doc[span.end] if span.end < len(doc) and doc[span.end].lower_ in _FROM_EVENT else None
    if event is not None and _event_noun(span, event) is None:
        return None, None  # "four days after a gunman opened fire": the time between two events (:mod:`.durations`)
    if root.dep_ == "pobj" and root.head.lower_ in _POINT_PREPS and root.head.dep_ == "prep":
        return root.head.head, event  # "dissociated after 3-4 weeks", "increased at 2 months after the transplant"
    if event is not None and root.dep_ in ("npadvmod", "nmod", "appos"):
        return root.head, event  # "analysis 4 weeks after transplantation", "found 2 days after"
    return None, None


def point_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a time point measures (see the module docstring), or None."""
    head, event = _anchor(span)
    if head is None:
        return None
    if head.pos_ in ("NOUN", "PROPN"):
        thing = head if head.dep_ in _SUBJECT_DEPS else None  # "Histological analysis 4 weeks after ... showed"
    elif head.pos_ in ("VERB", "AUX"):
        thing = subject(head, names=True)
    else:
        return None
    if thing is None or not _thing(thing) or span.start <= thing.i < span.end:
        return None
    words, ev = _noun_words(thing)
    spans = [ev]
    phrase = f"time for {words}"
    if event is not None:
        obj = _event_noun(span, event)
        if obj.pos_ in ("NOUN", "PROPN") and obj.ent_type_ not in ("PERSON", "DATE", "TIME"):
            first = min(obj.left_edge.i, obj.i)
            words_e = span.doc[first : obj.i + 1].text
            spans.append((span.doc[first].idx, obj.idx + len(obj.text)))
            phrase = f"time {event.lower_} {words_e} for {words}"
    return phrase, sorted(spans)
