"""Where a sum of money went or what it bought, added to what the sum counts (session 11): a verb of
``claim_money_verbs.tsv`` with a phrase "to", "on", "for" ... after it (``claim_money_targets.tsv``)
says which money it is: "Starr gave $10 million to a group backing Bush" -> "money given by Starr to
a group backing Bush", "spent $500,000 on TV ads" -> "money spent by the group on TV ads"; a sale or
purchase price takes the thing sold ("sold the house for $2 million" -> "sale price of the house").

The phrase is the preposition's object with its own words, at most eight words, never a pronoun, a
number, a date or a sum (the "for $2 million" that holds the sum itself)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ... import lexicons

_MAX_WORDS = 8
#: switch for measuring the rule off (hand checks)
OFF = False
#: switch for measuring the session 13 additions off: a coordinated sum's own phrase, a phrase cut short
OFF13 = False


@lru_cache(maxsize=None)
def money_targets() -> dict[str, tuple[str, ...]]:
    """``claim_money_targets.tsv``: verb lemma -> the prepositions of its target, or ("object",)."""
    return {r[0]: tuple(r[1].split()) for r in lexicons.rows("claim_money_targets.tsv") if len(r) > 1}


def money_target(verb, span, found: tuple[str, list[tuple[int, int]]]) -> tuple[str, list[tuple[int, int]]]:
    """``found`` (what a sum a money verb takes counts) with where it went ("to a group backing Bush")
    or, for a sale or purchase price, what was sold or bought; ``found`` itself when the text says neither."""
    preps = money_targets().get(verb.lemma_.lower())
    if OFF or preps is None:
        return purpose(verb, span, found) or found
    if preps == ("object",):
        thing = _thing_sold(verb, span)
        if thing is None:
            return found
        return f"{found[0]} of {thing.text}", sorted(list(found[1]) + [(thing.start_char, thing.end_char)])
    conj = span.root.dep_ == "conj" and span.root.head.i == verb.i and not OFF13  # "raised $X from A and $Y from B"
    for prep in [*verb.rights, *(t for t in span.root.rights if conj)]:
        if prep.dep_ not in ("prep", "dative") or prep.lower_ not in preps or span.start <= prep.i < span.end or prep.i <= span.end - 1:
            continue
        words = _object_words(prep, span)
        if words is not None:
            return f"{found[0]} {prep.lower_} {words.text}", sorted(list(found[1]) + [(words.start_char, words.end_char)])
    return purpose(verb, span, found) or found


def purpose(verb, span, found: tuple[str, list[tuple[int, int]]]) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``found`` with what the sum is for, an infinitive after it (session 13): "It costs $100,000 a month
    to operate an 18-hole golf course" -> "cost to operate an 18-hole golf course", "Hulu paid nearly $1
    million an episode to stream Seinfeld" -> "payment by Hulu to stream Seinfeld", "it costs new members
    $70,000 to sign up" -> "cost for new members to sign up" (at most eight words, never a pronoun's)."""
    if OFF13:
        return None
    doc = verb.doc
    comp = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.i >= span.end
                 and any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children)), None)
    if comp is None:
        return None
    last = comp.right_edge.i
    while last > comp.i and (doc[last].is_punct or doc[last].dep_ in ("cc", "prep", "det")):
        last -= 1
    cut = next((t.i for t in doc[comp.i : last + 1] if t.text in (",", ";", ":", "(", "\u2014", "--") or t.is_quote or t.ent_type_ in ("MONEY", "PERCENT")), None)
    if cut is not None:
        if not any(c.dep_ == "dobj" and c.right_edge.i < cut for c in comp.children):
            return None  # "to stream ''Seinfeld''": the object cut off
        last = cut - 1  # "to operate an 18-hole golf course -- mowing the grass, ...": up to the dash
    if last - comp.i + 2 > _MAX_WORDS:
        return None
    words = doc[comp.i - 1 : last + 1]
    if all(t.pos_ in ("PART", "AUX", "ADV") or t.i == comp.i for t in words) and comp.lemma_ in ("be", "do", "get"):
        return None  # "to do so", "to be"
    who = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i < span.start and c.pos_ == "NOUN"), None)
    text, spans = found[0], list(found[1])
    if who is not None:
        first = who.left_edge.i
        text, spans = f"{text} for {doc[first : who.i + 1].text}", spans + [(doc[first].idx, who.idx + len(who.text))]
    return f"{text} {words.text}", sorted(spans + [(words.start_char, words.end_char)])


def _object_words(prep, span):
    """The words of a preposition's object ("a group backing Bush"), or None (a pronoun, a number,
    a date, the sum itself, more than eight words)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"):
        return None
    doc = prep.doc
    first, last = obj.left_edge.i, obj.right_edge.i
    if any(t.like_num or t.is_quote or t.text in ("(", ")", ";", ":") for t in doc[first : last + 1]) or span.start <= last and first < span.end:
        return None
    while last > obj.i and (doc[last].is_punct or doc[last].dep_ in ("cc", "prep", "det")):
        last -= 1
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and not OFF13 and (nxt.tag_.startswith("NN") or nxt.tag_ == "VBZ" and nxt.dep_ == "conj" and nxt.i == last + 1):
        return None  # "from hedge fund | billionaires George Soros": the parse cut the noun phrase short
    comma = next((t.i for t in doc[obj.i + 1 : last + 1] if t.text == ","), None)
    if comma is not None:
        last = comma - 1  # "to a group backing Bush, the former Florida governor": the apposition left out
    if sum(not t.is_punct for t in doc[first : last + 1]) > _MAX_WORDS:
        last = obj.i  # "to a group" when its description runs long
    return doc[first : last + 1]


def _thing_sold(verb, span):
    """What was sold or bought for the sum: the verb's object ("sold the house for $2 million"), or its
    subject when it has none ("the house sold for $2 million", "was sold for")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and not (span.start <= c.i < span.end)), None)
    if obj is None:
        obj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_:
        return None
    doc = verb.doc
    first = obj.left_edge.i
    while first < obj.i and doc[first].dep_ in ("det", "poss") and doc[first].pos_ != "PROPN":
        first += 1
    words = doc[first : obj.i + 1]
    if len(words) > 6 or any(t.like_num for t in words):
        return None
    return words


#: the words of a preposition's object, for the general money rule (:mod:`.money_general`)
object_words = _object_words
