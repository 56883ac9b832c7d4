"""The person a relative "who" speaks for when the parser hangs the clause on a description of
that person rather than on the name:

- an apposition ("Parker Eaton, a nominal Republican who voted", also after a parenthetical:
  "Beto O'Rourke (D-Tex.), a Clinton endorser ... who suggested"): the named person;
- a definite predicate after "is"/"was" ("Angela Roe is the state attorney who charged ..."):
  the named subject of the copula (not "Roe is a resident who voted ..."), never when it is negated ("Roe is not the senator who said") or a
  coordination ("Roe and Ames are the lawyers who").

Read by :meth:`~.speakers.Resolver._relative` before it resolves the noun.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

#: the most tokens a parenthetical between a name and its apposition may hold ("(D-Tex.)")
_PAREN_MAX = 8


def named_for_relative(noun: Token) -> Optional[tuple[Token, int]]:
    """(the name's head token, the token index where the phrase ends) of the person the noun a
    relative clause modifies describes, or None."""
    doc = noun.doc
    head = noun.head
    if noun.dep_ == "appos" and head.ent_type_ == "PERSON" and head.i < noun.i:
        between = [t.text for t in doc[head.i + 1 : noun.left_edge.i]]
        if not (len(between) == 1 and doc[head.i + 1].is_punct):  # (the parenthetical: "(D-Tex.),")
            inner = between[:-1]
            if between[-1:] != [","] or not (inner[:1] == ["("] and inner[-1:] == [")"] and len(inner) <= _PAREN_MAX and inner.count("(") == 1):
                return None
        return head, next((t.i for t in head.rights if t.text == ","), head.i + 1)
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)  # ("is the attorney who": that one; not "is a resident who")
    if noun.dep_ == "attr" and the and head.lemma_ == "be" and not any(c.dep_ == "neg" for c in head.children):
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        if len(subj) == 1 and subj[0].i < head.i and subj[0].pos_ == "PROPN" and subj[0].ent_type_ == "PERSON" \
                and not any(c.dep_ in ("conj", "cc") for c in subj[0].children):
            return subj[0], subj[0].i + 1
    return None
