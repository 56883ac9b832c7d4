"""Whose a property is when its own clause does not say: the owner named EARLIER in the text.

:mod:`.owners` finds a property's owner inside its clause ("the density of the samples", "the
samples had a density of ..."). When that fails, :func:`earlier_owner` looks back, in this order:

1. a pronoun that stands for the owner: the property's possessor ("Their density was 2.3 g/cm3")
   or the subject of the verb it hangs from ("They had a mean density of 2.3 g/cm3", "It reached a
   depth of 4 m") -> the noun the pronoun stands for (:func:`antecedent`): the nearest subject
   before it in the same sentence, else the subject of the previous sentence's main verb, a
   concrete noun phrase that agrees in number ("they" a plural, "it" a singular);
2. the same property named before with its owner: "A tensile modulus of 3.2 GPa was measured for
   the resin. The modulus decreased to 2.0 GPa" -> the resin (the last mention, at most two
   sentences back, of a noun with the same lemma whose clause gives an owner); only a definite
   noun ("the modulus", not "a modulus" or "transit depths": a new one);
3. what the clause before measured, for a definite property noun that is its clause's subject: the
   subject of the previous clause's passive main verb ("Sediment cores were taken at six sites; the
   Ca content was 12%" -> sediment cores), a thing acted upon, never an agent.

Never a person, a pronoun, a number or date, a place, a property or a generic noun ("the value").
Evidence or nothing: the caller adds the owner's span to the property's.
"""

from __future__ import annotations

from typing import Optional

from .description import noun_phrase
from .durations import GENERIC_NOUNS
from .sentence_lookup import sentence_of
from .owners import NOT_OWNERS, PROPERTY_NOUNS, had, owner_after, property_owner
from .units import is_unit_symbol, is_unit_word

_PLURAL_PRONOUNS = frozenset(("they", "their", "these", "both", "those", "them"))
_SINGULAR_PRONOUNS = frozenset(("it", "its"))
_NOT_OWNER_TYPES = NOT_OWNERS + ("PERSON", "GPE", "NORP", "LOC")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_LOOK_BACK = 2  # sentences


def earlier_owner(noun, span=None):
    """The owner of a property noun named earlier in the text (see the module docstring), or None."""
    pronoun = owner_pronoun(noun)
    if pronoun is not None:
        return antecedent(pronoun)
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "the film's density": the clause's own owner rules had their chance
    return same_property_owner(noun, span) or sampled_owner(noun)


def sampled_owner(noun):
    """What a clause before measured ("Sediment cores were taken at six sites; the Ca content was
    12%" -> sediment cores): for a definite property noun that is the subject of its clause, the
    subject of the previous clause's passive verb (a thing acted upon, never an agent), in the same
    sentence before a ";" or in the previous sentence; None otherwise."""
    if noun.dep_ != "nsubj" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(c.dep_ == "prep" for c in noun.children):
        return None  # "the temperature at the surface": the clause says where
    doc, sent = noun.doc, sentence_of(noun)
    semi = next((t.i for t in reversed(doc[sent.start : noun.left_edge.i]) if t.text == ";"), None)
    if semi is not None:
        clause = doc[sent.start : semi]
    else:
        if any(t.dep_ in _SUBJECT_DEPS for t in doc[sent.start : noun.left_edge.i]):
            return None  # another clause comes first in this sentence
        clause = _previous_sentence(sent)
    if clause is None:
        return None
    main = ("ROOT",) if semi is None else ("ROOT", "ccomp", "conj", "parataxis")  # "X were taken; the ..." parses as a ccomp
    subj = next((t for t in clause if t.dep_ == "nsubjpass" and t.head.dep_ in main), None)
    return subj if subj is not None and _concrete(subj, None) else None


def owner_pronoun(noun):
    """The pronoun that stands for a property's owner: its possessor "its"/"their", or the
    subject of the verb (or copula) it hangs from, at most two steps up; None otherwise."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss if poss.lower_ in _PLURAL_PRONOUNS | _SINGULAR_PRONOUNS else None
    verb = noun.head
    for _ in range(2):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i or noun.i < verb.i:
        return None  # "For saturations above 30%, it is difficult to ...": a fronted phrase is not what "it" has
    subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subj is None or subj.i == noun.i or subj.lower_ not in _PLURAL_PRONOUNS | _SINGULAR_PRONOUNS:
        return None
    return subj


def antecedent(pronoun):
    """The noun a pronoun stands for: the nearest subject before it in its sentence, else the
    subject of the previous sentence's main verb; a concrete noun phrase that agrees in number."""
    plural = pronoun.lower_ in _PLURAL_PRONOUNS
    sent = sentence_of(pronoun)
    before = [t for t in pronoun.doc[sent.start : pronoun.i] if t.dep_ in _SUBJECT_DEPS]
    if before:
        return before[-1] if _concrete(before[-1], plural) else None  # the nearest subject or nothing
    prev = _previous_sentence(sent)
    if prev is None:
        return None
    subj = next((c for c in prev.root.children if c.dep_ in _SUBJECT_DEPS), None)
    return subj if subj is not None and _concrete(subj, plural) else None


def same_property_owner(noun, span=None):
    """The owner the text gave the same property before ("A modulus of 3.2 GPa was measured for the
    resin. The modulus fell to 2.0 GPa" -> resin): the last earlier noun of the same lemma, at most
    two sentences back, whose clause names an owner (its "of" noun, or for a subject or a thing had, its clause's owner);
    only for "the" and a noun with no compound before it ("the modulus", not "the CO2 density")."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(c.dep_ in ("compound", "nmod") for c in noun.children):
        return None  # "a modulus", "transit depths": a new one; "the CO2 density": its own owner word
    lemma = noun.lemma_.lower()
    doc = noun.doc
    start = sentence_of(noun).start
    for _ in range(_LOOK_BACK):
        prev = _previous_sentence(sentence_of(doc[start]))
        if prev is None:
            break
        start = prev.start
    for tok in reversed(doc[start : noun.i]):
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or (span is not None and span.start <= tok.i < span.end):
            continue
        owner = owner_after(tok, None)
        if (owner is None or _value(owner)) and (tok.dep_ in _SUBJECT_DEPS or had(tok)):
            owner = property_owner(tok, None)  # "A modulus of 3.2 GPa was measured for the resin": not "GPa"
        elif owner is not None and _value(owner):
            owner = None
        if owner is not None and _concrete(owner, None, pronouns_ok=False):
            return owner
        return None  # the last mention decides
    return None


def _value(tok) -> bool:
    """Whether a token is a number, a unit of one ("of 3.2 GPa") or a quantity NER types."""
    return (tok.like_num or tok.ent_type_ in NOT_OWNERS or is_unit_symbol(tok.text)
            or any(c.dep_ == "nummod" or c.like_num for c in tok.children))


def _previous_sentence(sent):
    """The sentence before ``sent`` in its doc, or None."""
    if sent.start == 0:
        return None
    return sentence_of(sent.doc[sent.start - 1])


def _concrete(tok, plural, pronouns_ok: bool = False) -> bool:
    """Whether a token heads a concrete noun phrase that can own a property: a common noun or a
    name that is no person, place, number or date; not a property or a generic noun; in number
    ``plural`` (None: either)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _NOT_OWNER_TYPES or tok.like_num:
        return False
    lemma = tok.lemma_.lower()
    if lemma in PROPERTY_NOUNS or lemma in GENERIC_NOUNS:
        return False
    if plural is None:
        return True
    is_plural = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
    return is_plural == plural


#: where a bare count stands when its noun is left out: the object or complement of a verb ("Sanders
#: will gain at least 24", "It takes 2,383 to win"), a subject ("... 40 new buses. 12 are electric.")
_ELIDED_DEPS = ("dobj", "attr", "nsubj", "nsubjpass", "conj")
_LABEL_WORDS = frozenset(("numbered", "number", "no.", "nos.", "=", "<", ">", "\u2248", "\u2264", "\u2265"))


def elided_noun(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a bare count counts when its noun is left out because the text just counted it: "With
    214 delegates at stake, Clinton is assured of winning at least 118. Sanders will pick up at
    least 45." -> delegates. The nearest number before the count in the sentence before (in its
    own only in a "with" phrase: another gap in one sentence is read by :mod:`.extract`) that
    counts a plural common noun (no unit, no time, no generic noun such as "points" or "percent"; not one in a phrase of place
    or time: "in five states"); the count stands as an object or subject of a verb, or after "a total of"."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in GENERIC_NOUNS:
        root = root.head.head  # "a total of at least 1,410"
    if root.dep_ not in _ELIDED_DEPS or any(c.dep_ in ("compound", "amod", "nummod") for c in span.root.children):
        return None
    if root.dep_ != "conj" and root.head.pos_ not in ("VERB", "AUX"):
        return None
    sent = sentence_of(span.root)
    prev = _previous_sentence(sent)  # the sentence right before only: "The city hired 40 officers. Crime fell. The mayor has 3."
    first = prev.start if prev is not None else sent.start
    doc = span.doc
    if " in " in span.text or (span.end < len(doc) and doc[span.end].lower_ == "of"):
        return None  # "nearly 8 in 10": a share; "34 of them": what "them" stands for
    if span.start and doc[span.start - 1].lower_ in _LABEL_WORDS:
        return None  # "a case numbered 5", "f(x) = 3": a label or a value, no count
    for tok in reversed(doc[first : span.start]):
        if tok.dep_ != "nummod" or not tok.like_num or tok.head.i < tok.i:
            continue
        noun = tok.head
        if tok.i >= sent.start and not (noun.dep_ == "pobj" and noun.head.lower_ == "with"):
            return None  # "Cruz has 370 delegates, Kasich has 129": a gap in one sentence (claims.extract reads it)
        if noun.dep_ == "pobj" and noun.head.lower_ not in ("with", "of"):
            continue  # "691 delegates are up for grabs in five states": a place or time the count is in, not the count
        return None if doc[tok.i + 1].text in ("-", "\u2010", "\u2011") else _counted_plural(noun)  # "two-thirds"
    return None


def _counted_plural(noun) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """A plural common noun a number counts ("214 delegates"), or None (a unit, a time, a figure word)."""
    if noun.tag_ != "NNS" or noun.pos_ != "NOUN" or noun.ent_type_ not in ("", "CARDINAL") or is_unit_word(noun) or is_unit_symbol(noun.text):
        return None
    if noun.lemma_.lower() in GENERIC_NOUNS or noun.lemma_.lower() in ("point", "percent", "time"):
        return None
    words = noun_phrase(noun)  # "265 pregnant women infected ... and 189 in Puerto Rico": pregnant women
    end = noun.idx + len(noun.text)
    return words, [(end - len(words), end)]
