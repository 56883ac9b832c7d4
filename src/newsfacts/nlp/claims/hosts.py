"""What else a quantity measures, beyond its own noun: the half of :mod:`.measured` for amounts
put into something, steps of a procedure and symbols (:mod:`.measured` imports this module, never
the other way).

- :func:`host_of`: the host an amount is put into ("DMEM medium supplemented with 2 mM glutamine":
  the medium; ``lexicons/claim_host_verbs.txt``);
- :func:`course_owner`: what a count of procedure steps is done to ("cells cultured for 10
  passages": the cells; ``lexicons/claim_course_nouns.txt``);
- :func:`container_of`: what holds the things a count counts ("the cohort consisted of 10,308
  employees": the cohort; ``lexicons/claim_container_verbs.txt``);
- :func:`symbol_owner`: what a symbol set equal to a value belongs to ("a side length of L = 2 m",
  "a spectrum with fp = 0.4 Hz");
- :func:`symbol_definition`: the noun a symbol is defined as elsewhere in the text ("where T is the
  temperature", "the heating efficiency ηnet", "the tidal period (P)").
"""

from __future__ import annotations

from ... import lexicons
from .owners import NOT_OWNERS, subject

_HOST_VERBS = frozenset(r[0] for r in lexicons.rows("claim_host_verbs.txt"))
_COURSE_NOUNS = frozenset(r[0] for r in lexicons.rows("claim_course_nouns.txt"))
_CONTAINER_VERBS = frozenset(r[0] for r in lexicons.rows("claim_container_verbs.txt"))
_VERB_OWNER_PREPS = ("for", "over", "after", "during", "within")


def _noun_ok(tok) -> bool:
    """A common noun or a name that is no person, number or date."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in NOT_OWNERS + ("PERSON",) and not tok.like_num


def host_of(counted):
    """The noun an amount of ``counted`` is put into, from "<host> supplemented/containing/doped
    with ... <counted>" (the counted noun the object of "with", or a later item of its list), or None."""
    first = counted
    for _ in range(6):  # "with 10% serum, 2 mM glutamine and 50 μg/ml uridine": the list's first item
        if first.dep_ in ("conj", "appos") and first.head.i < first.i and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        else:
            break
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ != "with":
        return None
    verb = prep.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in _HOST_VERBS:
        host = verb.head if verb.dep_ == "acl" else (verb.doc[verb.i - 1] if verb.i > 0 else None)
    elif verb.lemma_.lower() in _HOST_VERBS and verb.pos_ == "ADJ":  # a parse that takes "supplemented" for an adjective
        host = verb.doc[verb.i - 1] if verb.i > 0 else None
    else:
        return None
    if host is None or not _noun_ok(host) or host.i >= counted.i:
        return None
    return host


def course_owner(counted):
    """What the steps ``counted`` counts were done to: "cells cultured for 10 passages" -> cells
    (the noun a participle qualifies, or the subject of the verb the count hangs "for", "over",
    "after", "during" or "within"), or None."""
    if counted.lemma_.lower() not in _COURSE_NOUNS or counted.dep_ != "pobj":
        return None
    prep = counted.head
    verb = prep.head
    if prep.lower_ not in _VERB_OWNER_PREPS or verb.pos_ != "VERB":
        return None
    if verb.dep_ == "acl" and _noun_ok(verb.head) and verb.head.i < verb.i:
        return verb.head
    owner = subject(verb)
    return owner if owner is not None and _noun_ok(owner) else None


def container_of(counted):
    """The subject of a verb of holding whose object (or "consist of" noun) is ``counted``: "the
    cohort consisted of 10,308 employees" -> cohort, "the panel includes 12 senators" -> panel; a
    common noun or a name that is no person, nationality or place, never a pronoun; None otherwise."""
    verb = counted.head
    if counted.dep_ == "pobj" and verb.lower_ == "of" and verb.dep_ == "prep":
        verb = verb.head  # "consisted of"
        if verb.lemma_.lower() != "consist":
            return None
    elif counted.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _CONTAINER_VERBS or verb.i > counted.i:
        return None
    owner = subject(verb, names=True)
    if owner is None or not _noun_ok(owner) or owner.ent_type_ in ("NORP", "GPE"):
        return None
    return owner


def symbol_owner(sym):
    """The noun a symbol set equal to a value stands for or belongs to, from the words right before
    it: "a side length of L = 2 m" -> length (a property, whose owner the caller adds), "a spectrum
    with fp = 0.4 Hz" -> spectrum; ``(noun, named as a property)`` or None."""
    doc = sym.doc
    if sym.i < 2:
        return None
    prep, noun = doc[sym.i - 1], doc[sym.i - 2]
    if prep.text in ("and", ","):  # "with fp = 0.4 Hz and Hp = 2.5 cm": the list's "with"
        eq = next((t.i for t in reversed(doc[max(0, sym.i - 8) : sym.i - 1]) if t.text == "="), None)
        if eq is None or eq < 3 or doc[eq - 2].lower_ != "with":
            return None
        prep, noun = doc[eq - 2], doc[eq - 3]
    if prep.lower_ not in ("of", "with") or not _noun_ok(noun) or noun.ent_type_:
        return None
    return noun, prep.lower_ == "of"


_DEFINING_VERBS = ("be", "denote", "represent")


def symbol_definition(sym):
    """The noun the text defines the symbol ``sym`` as, at another place it is written: "where T is
    the temperature" (the noun after "is", "denotes", "represents"), "the heating efficiency ηnet"
    (a noun right before it), "the tidal period (P)" (a noun before a bracket holding only it); the
    first such place, or None."""
    doc = sym.doc
    for tok in doc:
        if tok.text != sym.text or tok.i == sym.i:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lemma_.lower() in _DEFINING_VERBS and nxt.i + 1 < len(doc) and doc[nxt.i + 1].text != "=":
            attr = next((c for c in nxt.children if c.dep_ in ("attr", "dobj") and c.i > nxt.i), None)
            if attr is not None and attr.pos_ == "NOUN" and _noun_ok(attr) and any(c.lower_ == "the" for c in attr.lefts):
                return attr  # "where T is the temperature"
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")" and tok.i > 1:
            prev = doc[tok.i - 2]  # "the tidal period (P)"
        if prev is not None and prev.pos_ == "NOUN" and _noun_ok(prev) and not prev.ent_type_ and (nxt is None or nxt.text != "="):
            return prev  # "the heating efficiency ηnet"
    return None
