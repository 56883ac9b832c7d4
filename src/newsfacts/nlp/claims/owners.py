"""Whose a measured property is: the owner-finding half of :mod:`.measured` (which imports this
module, never the other way).

- :func:`subject`: a verb's nominal subject (a common noun phrase, with ``names`` a name too);
- :func:`property_owner`: the noun a property noun without "of" belongs to ("the film, with a
  thickness of 70 nm", "the wire has a diameter of 2 mm", "the samples were heated at a rate of
  5 K/min");
- :func:`clause_subject`: the subject of the nearest verb above a token;
- :func:`owner_after`: the noun a noun is "of", "in", "for", ... ("the sensitivity of the test");
- :func:`bracket_owner`: the noun a bracket holding the property follows ("15 sites (altitudes of 120 m)");
- :func:`for_owner`: what a value is stated "for" ("an odds ratio of 1.14 for smokers");
- :func:`group_of`: the group a counted noun is "of" ("a subgroup of 274 participants");
- :func:`had`: whether a noun is the object of a verb of having ("the trees had a growth of 13%").
"""

from __future__ import annotations

from functools import lru_cache

from ... import lexicons
from .units import is_unit_symbol

#: verbs of a level ("rose to", "was", "reached"), read here and by :mod:`.measured`
LEVEL_VERBS = frozenset(r[0] for r in lexicons.rows("claim_level_verbs.txt"))
#: nouns of a range ("in the range of 20-25%")
RANGE_NOUNS = frozenset(r[0] for r in lexicons.rows("claim_range_nouns.txt"))
#: verbs of having ("the ion has a radius of 0.1 nm")
HAVING_VERBS = frozenset(r[0] for r in lexicons.rows("claim_having_verbs.txt"))
_OWNER_PREPS = ("of", "in", "for", "on", "among", "at", "between")
#: entity types never the owner of a measured property ("inflation in May", "a rate of 5 percent")
NOT_OWNERS = ("CARDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME", "ORDINAL")
#: nouns of a group a count is drawn from ("a subgroup of 274 participants")
GROUP_NOUNS = frozenset(r[0] for r in lexicons.rows("claim_group_nouns.txt"))
#: nouns of a measured property ("a thickness of 70 nm", "the density"): ``claim_property_nouns.txt``
PROPERTY_NOUNS = frozenset(r[0] for r in lexicons.rows("claim_property_nouns.txt"))


@lru_cache(maxsize=None)
def place_nouns() -> frozenset[str]:
    """Nouns of a place: a bare count "of" one is its population ("a town of 2,000"), a share of a
    trait is of its people ("a state that is 95 percent white"); ``claim_place_nouns.txt``."""
    return frozenset(r[0] for r in lexicons.rows("claim_place_nouns.txt"))


def subject(verb, names: bool = False):
    """The verb's nominal subject when it is a common noun phrase (with ``names``, also a name
    that is no person: "Google spent $5 billion"); never a pronoun."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if any(c.tag_ in ("WDT", "WP") for c in child.children):
                return None  # "what kind of genius loses a billion": a question, no subject
            if child.pos_ == "NOUN" and child.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
                return child
            if names and child.pos_ == "PROPN" and child.ent_type_ != "PERSON":
                return child
            if (child.lower_ in ("that", "which") and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not verb.head.ent_type_
                    and verb.lemma_.lower() in LEVEL_VERBS):
                return verb.head  # "salaries that touch $16.50 an hour"
            return None
    up = verb.head
    if verb.dep_ == "pcomp" and up.dep_ == "prep":
        up = up.head  # "unemployment is low after hovering around 60%": the main clause's subject
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and up.tag_ != "VBG":
        return None  # "won ... voters making $100,000": a participle coordinated with a finite verb is a misparse
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and up.pos_ in ("VERB", "AUX") and up.i != verb.i:
        return subject(up, names)
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ == "NOUN" and not verb.head.ent_type_:
        return verb.head  # "voters making $100,000 or more"
    return None


def property_owner(noun, span=None):
    """The noun a property noun without "of" belongs to, from the clause around it: the noun it
    hangs "with", "of" or "at" from ("a film with a thickness of 70 nm"), the subject of a verb of
    having (``lexicons/claim_having_verbs.txt``: "the ion has a radius of 0.1 nm"), the subject of
    the verb it is a condition of ("the samples were heated at a rate of 5 K/min"; a name only after
    "with"), or what the property was measured "for" ("a modulus of 3 GPa was measured for the
    polymer"). Never the object of another verb ("the mayor backed a 12 percent tax rate"), a
    pronoun, a person, a number, a date or a word of the quantity ``span``."""
    first = noun
    for _ in range(3):  # "with a step size of 0.02° and a scan time of 50 min": the first conjunct's place
        if first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ == "NOUN":
            first = first.head
    head, dep = first.head, first.dep_
    up = head.head
    verb_prep = dep == "pobj" and head.dep_ == "prep" and up.pos_ in ("VERB", "AUX") and up.dep_ != "acl"
    if verb_prep and head.lower_ == "with":
        # "..., with a specificity of 78%" describes the subject; not an absolute "With rates near zero, ..."
        # (a fronted "with" only for a value "of" the noun: "With a response of 73%, the cohort ..."), nor
        # the object's complement: "replacing the levy with a subsidy of ..."
        of_value = span is not None and span.root.head.lower_ == "of" and span.root.head.head.i == noun.i
        comma = head.i > 0 and head.doc[head.i - 1].text == ","
        verb_prep = (of_value if head.i < up.i else comma or not any(c.dep_ == "dobj" for c in up.children))
    found = None
    if dep == "pobj" and head.dep_ == "prep" and up.pos_ in ("NOUN", "PROPN") and head.lower_ in ("with", "of", "at"):
        found = up  # "a film with a thickness of 70 nm"
    elif dep == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in HAVING_VERBS:
        found = subject(head, names=True)  # "Model C1 assumes a heating efficiency of 93%"
    elif dep == "nsubjpass" or (dep == "nsubj" and head.pos_ in ("VERB", "AUX")):
        # what it was measured for: "a modulus of 3 GPa was measured for the resin", "For X, the P was N"
        found = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and (dep == "nsubjpass" or c.i < first.i)
                      for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
    elif verb_prep and head.lower_ in ("at", "to", "with", "under", "within", "for"):
        # the verb it is a condition of: "the samples were then heated in air to a temperature of 600 K";
        # a name only for "with" ("the GHQ was validated, with a specificity of 78%")
        obj = object_before(up, first) if head.lower_ != "with" else None
        # what the verb does to: "a corer recovered sediments to a depth of 11.8 m", "we heated the films to a
        # temperature of 600 K"; else its subject ("the films were heated to ...")
        found = obj if obj is not None else clausesubject(first, names=head.lower_ == "with")
        if found is not None and found.ent_type_ in ("GPE", "NORP", "LOC"):
            found = None  # "Berlin backed off, ... a subsidy of 1.6 billion euros": a place is no owner
    if found is None:
        found = bracket_owner(noun)
    if found is None or found.ent_type_ in NOT_OWNERS + ("PERSON",) or found.like_num or found.i == noun.i or _value_unit(found):
        return None
    if span is not None and span.start - 1 <= found.i < span.end + 1:
        return None
    return found


def object_before(verb, tok):
    """The verb's direct object when it is a common noun before ``tok`` (no pronoun, name, number,
    date or unit symbol: "processed for 240 s at ..."; no bare singular noun of an idiom: "takes
    place at a stress of ..."), or None."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ in NOT_OWNERS or obj.like_num or _value_unit(obj):
        return None
    if obj.tag_ == "NN" and not any(True for _ in obj.lefts):
        return None
    return obj


def _value_unit(tok) -> bool:
    """Whether ``tok`` is the unit symbol of a number right before it ("for 120 s at 20 mA
    current": "s"), not a thing ("W showed the greatest change": tungsten)."""
    return tok.i > 0 and tok.doc[tok.i - 1].like_num and is_unit_symbol(tok.text)


def clausesubject(tok, names: bool = False):
    """The subject of the nearest verb above ``tok`` (at most three steps up), or None."""
    verb = tok.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = subject(verb, names=names)
    return None if subj is None or subj.i == tok.i or subj.head.i == tok.i else subj


def owner_after(noun, span):
    """The noun after "of", "in", "for", "on", "among", "at" or "between" that the noun is of ("the
    sensitivity of the test", "the increase in risk"); never a number, a date or a word of the
    quantity ``span``."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS and child.i > noun.i:  # not "At site 1090, a 0.6‰ rise"
            owner = next((p for p in child.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
            if owner is None or owner.ent_type_ in NOT_OWNERS or owner.like_num:
                return None
            if span is not None and owner.lemma_.lower() in RANGE_NOUNS and owner.left_edge.i <= span.start <= owner.right_edge.i:
                return None  # "temperatures in the range of 34-38 °C": the range is the value's, not an owner
            if span is not None and span.start - 1 <= owner.i < span.end + 1:
                return None
            return owner
    return None


def had(noun) -> bool:
    """Whether a noun is what the subject of a verb of having has ("the trees had a net growth that
    was 13% less", "the soil shows a porosity of 30%"): then it is a property of that subject."""
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in HAVING_VERBS


def bracket_owner(noun):
    """The noun right before a bracket that opens at most three words before ``noun`` ("15 upland
    sites (altitudes ranging from 120 m to 380 m)", "the cohort (mean age 54 years)"), or None."""
    doc = noun.doc
    for t in reversed(doc[max(0, noun.i - 3) : noun.i]):
        if t.text in (")", "]", ",", ";", "="):
            return None
        if t.text in ("(", "["):
            prev = doc[t.i - 1] if t.i > 0 else None
            if prev is None or prev.pos_ not in ("NOUN", "PROPN") or prev.like_num or is_unit_symbol(prev.text):
                return None  # "to 284 K (a temperature increase of 35%)": a value, not a thing
            return prev
    return None


def for_owner(span):
    """What a value is stated "for", right after it ("an odds ratio of 1.14 for a 10% increase in
    risk", "a bright oval of 88 kR for case ES", "a rate of 5 percent for teenagers"): the noun after
    "for", not a number, a date, a person, a pronoun or a time ("for the first time"), and never for money
    ("a budget of $8 million for bridges": a purpose); None otherwise."""
    if span is None or any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in span):
        return None  # "a budget of $8 million for bridges": what money is for is no owner
    doc, k = span.doc, span.end
    if k >= len(doc) or doc[k].lower_ != "for":
        return None
    owner = next((c for c in doc[k].children if c.dep_ == "pobj"), None)
    if owner is None or owner.pos_ not in ("NOUN", "PROPN") or owner.ent_type_ in NOT_OWNERS + ("PERSON",) or owner.like_num:
        return None
    if owner.lemma_.lower() == "time" or any(c.ent_type_ == "ORDINAL" for c in owner.children):
        return None  # "below 4 percent for the first time"
    return owner


def group_of(counted):
    """The group a counted noun is "of" ("a subgroup of 274 participants", "a crowd of 5,000 people":
    ``lexicons/claim_group_nouns.txt``), or None."""
    prep = counted.head
    if counted.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    group = prep.head
    if group.pos_ != "NOUN" or group.i > counted.i or group.lemma_.lower() not in GROUP_NOUNS:
        return None
    return group
