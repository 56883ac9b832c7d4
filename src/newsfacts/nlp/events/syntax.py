"""Small dependency-tree helpers of the event stage: noun-phrase spans, the objects of a
preposition, the verb a noun hangs from, tokens by character offset."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from .context import Ctx, Span
from .lexicon import agent_words, entity_types, event_words


def np_span(tok: Token) -> Span:
    """The character span of the noun phrase headed by ``tok`` (without clauses or most PPs).
    Whitespace tokens ("the hackers  who ...": the parser hangs the double space on the noun)
    are left out, so the span never starts or ends with a space."""
    lo, hi = tok.idx, tok.idx + len(tok.text)
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.is_space or c.dep_ in ("relcl", "acl", "advcl", "punct", "cc", "conj", "appos") or (
                c.dep_ == "prep" and c.lower_ != "of"
            ):
                continue
            lo, hi = min(lo, c.idx), max(hi, c.idx + len(c.text))
            stack.append(c)
    return lo, hi


def list_members(tok: Token) -> list[Token]:
    """The other members of a list that ``tok`` heads: its noun conjuncts, and an apposition
    that itself has conjuncts ("The US, Russia, and Switzerland met": the parser hangs
    "Russia, and Switzerland" on "US" as an apposition)."""
    return [
        c for c in tok.children
        if c.pos_ in ("NOUN", "PROPN", "PRON") and (c.dep_ == "conj" or (c.dep_ == "appos" and _listed(tok, c)))
    ]


def _listed(tok: Token, appos: Token) -> bool:
    """True when an apposition is the rest of a list: a name with conjuncts of its own, right
    after ``tok`` with only punctuation between (not a name the parser hung on a subject across
    the verb)."""
    doc = tok.doc
    return (
        appos.pos_ == "PROPN"
        and appos.i > tok.i
        and any(k.dep_ == "conj" for k in appos.children)
        and all(t.is_punct for t in doc[tok.i + 1:appos.left_edge.i])
    )


def verb_objects(tok: Token) -> list[Token]:
    """A verb's objects (direct, dative, a passive's subject), with their conjuncts."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    return objs + [k for o in objs for k in o.children if k.dep_ == "conj"]


def pobjs(prep: Token):
    """The objects of a preposition: its pobj, the object of its pcomp ("on behalf of", "by
    halting"), and those of the same preposition coordinated with it ("on X and on Y")."""
    for p in prep.children:
        if p.dep_ == "pobj":
            yield p
        elif p.dep_ == "conj" and p.pos_ == "ADP" and p.lower_ == prep.lower_:  # "with X and with Y"
            yield from pobjs(p)
        elif p.dep_ == "pcomp":  # "on behalf of", "by halting"
            for q in p.children:
                if q.dep_ in ("dobj", "pobj"):
                    yield q


def dated(prep: Token) -> bool:
    """True when a preposition's objects are all dates or times ("on 15 October", "on Monday")."""
    objs = list(pobjs(prep))
    return bool(objs) and all(p.ent_type_ in entity_types("non_actor") for p in objs)


def names_actor(tok: Token) -> bool:
    """Could this object be an actor: a name, a pronoun, an agent word, or a phrase with a name in it?"""
    if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in entity_types("actor"):
        return True
    words = agent_words()
    if tok.lower_ in words or tok.lemma_.lower() in words:
        return True
    return any(c.pos_ == "PROPN" or c.ent_type_ in entity_types("actor") for c in tok.children)


def has_entity(tok: Token, ctx: Ctx) -> bool:
    """True when ``tok`` is an entity mention."""
    return ctx.token_entity(tok) is not None


def governing_verb(tok: Token) -> Optional[Token]:
    """The verb a noun hangs from as its object or through one preposition ("in a rebuke to")."""
    cur = tok
    hops = 0
    while hops < 2:
        if cur.dep_ not in ("pobj", "prep", "dobj", "attr", "conj", "appos") or cur.head == cur:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        amount = cur.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or any(
            k.dep_ == "nummod" or k.like_num for k in cur.children
        )
        if not amount and not _partitive(cur):
            hops += 1  # "earmarked 1.5 million euros in aid": the amount is transparent
    return None


def _partitive(tok: Token) -> bool:
    """True for a word that only counts or frames the noun of its "of" phrase, as a verb's
    object: the noun ("launched a series of air strikes", "declared a state of siege") or the
    "of" below it (not "amid a campaign of criticism": the verb is further up)."""
    words = event_words().get("partitive", ())
    if tok.pos_ == "ADP":
        return tok.lower_ == "of" and tok.head.i != tok.i and _partitive(tok.head)  # (a root "of" heads itself)
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in words
        and tok.dep_ in ("dobj", "attr", "nsubjpass")  # a verb's own object: "launched a wave of attacks"
        and any(k.dep_ == "prep" and k.lower_ == "of" for k in tok.children)
    )


def token_after(doc: Doc, char: int) -> Optional[int]:
    """The index of the first token starting at or after character ``char``, or None."""
    k = _bisect_tokens(doc, char)
    return k if k < len(doc) else None


def token_before(doc: Doc, char: int) -> Optional[int]:
    """The index of the last token starting before character ``char``, or None."""
    k = _bisect_tokens(doc, char) - 1
    return k if k >= 0 else None


def _bisect_tokens(doc: Doc, char: int) -> int:
    """The number of tokens of ``doc`` starting before character ``char``."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < char:
            lo = mid + 1
        else:
            hi = mid
    return lo


def definite(tok: Token) -> bool:
    """A noun with "the/this/that/their" in front: it refers to something already mentioned."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "their") for c in tok.children
    )
