"""What a share counts from the clause around it: the half of :mod:`.measured` for percentages
(:mod:`.measured` imports this module, never the other way).

- :func:`predicate_counts`: those who do what the verb a share is the subject of says ("47 percent
  said they would vote for Smith", "78 percent were white");
- :func:`relative_counts`: those a "who" clause after a share describes ("31 percent who view him
  unfavorably");
- :func:`fronted_group`: the group a sentence puts first ("Of the patients with diabetes, 47% ...").
"""

from __future__ import annotations

from typing import Optional

from .description import noun_phrase
from . import groups
from .groups import clause_end
from .owners import GROUP_NOUNS, LEVEL_VERBS, NOT_OWNERS, place_nouns


def fronted_group(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """The group a share is of when the sentence puts it first ("Of the patients with diabetes, 47%
    also had ...", "Among those polled, 12% ..."): the noun after "of" or "among", whose phrase ends
    with a comma right before the share."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].text != ",":
        return None
    prep = next((t for t in doc[span.root.sent.start : span.start - 2] if t.lower_ in ("of", "among") and t.dep_ == "prep"
                 and t.right_edge.i == span.start - 2), None)
    if prep is None or any(t.is_punct for t in doc[span.root.sent.start : prep.i] if t.text != ","):
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in NOT_OWNERS + ("PERSON",):
        return None
    words = doc[noun.left_edge.i : noun.right_edge.i + 1]
    return words.text, [(words.start_char, words.end_char)]


def predicate_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a share that is the subject of a verb counts: those who do what the verb says, in
    its own words ("47 percent said they would vote for Smith" -> "said they would vote for
    Smith", "9 percent chose Jones" -> "chose Jones"; at most ten words, up to a comma or the
    next clause). Not for a level ("rose to"), a passive, "be" or "have"."""
    root = span.root
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_.lower() == "be" and verb.i >= span.end and _is_trait(verb):
        trait = next(c for c in verb.rights if c.dep_ in ("acomp", "attr"))
        skip = 2 if span.doc[span.end].lower_ == "of" and span.doc[span.end + 1].pos_ == "PRON" else 0
        words = span.doc[span.end + skip : trait.right_edge.i + 1]  # "78 percent were white", "90 percent are married"
        return words.text, [(words.start_char, words.end_char)]
    if root.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i < span.end or verb.lemma_.lower() in LEVEL_VERBS:
        return None
    if verb.lemma_.lower() in ("be", "do") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    if verb.lemma_.lower() == "have" and (groups.CLAUSES_OFF or not any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and any(a.dep_ == "amod" for a in c.children) and not any(t.like_num for t in c.subtree)
            for c in verb.rights)):
        return None  # "14 percent had a negative opinion" (session 13), not "have" alone
    doc = span.doc
    first = span.end
    if first + 1 < verb.i and doc[first].lower_ == "of" and doc[first + 1].pos_ == "PRON":
        first += 2  # "30% of them involved ...": what they did, not "of them"
    last = clause_end(verb, first, 10 if groups.CLAUSES_OFF else 14)  # "60 percent said they would like to see the next ..."
    if last is None:
        return None
    words = doc[first : last + 1]
    if any(t.i < verb.i and (t.like_num or t.is_currency or t.text in _ASIDE_MARKS) for t in words):
        return None  # an aside before the verb ("95 percent -- those earning less than $300,000 -- would ...")
    return words.text, [(words.start_char, words.end_char)]


#: marks that open an aside between a share and its verb
_ASIDE_MARKS = frozenset({"--", "—", "–", "("})


def relative_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a share followed by "who ..." counts: those who do what the clause says ("31 percent
    who view him unfavorably" -> "view him unfavorably"; at most ten words, up to a comma)."""
    root = span.root
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "who":
        return None
    verb = doc[span.end].head
    if verb.dep_ != "relcl" or verb.head.i != root.i:
        return None
    first = span.end + 1
    last = first - 1
    for tok in doc[first : min(verb.right_edge.i + 1, first + 11)]:
        if tok.is_punct or tok.like_num or tok.dep_ in ("cc", "mark") and tok.head.pos_ in ("VERB", "AUX"):
            break
        last = tok.i
    while last >= first and doc[last].dep_ in ("cc", "det", "prep"):
        last -= 1
    if last < verb.i or last - first >= 10:
        return None
    words = doc[first : last + 1]
    return words.text, [(words.start_char, words.end_char)]


def trait_share(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What share of a whole has a trait a share qualifies ("a state that is 95 percent white" ->
    "white share of a state", "the district is 60 percent Hispanic"): the adjective, and the
    subject of "be" (for "that"/"which", the noun the clause describes), a noun of a place or a
    group (``claim_place_nouns.txt``, ``claim_group_nouns.txt``)."""
    root = span.root
    adj = root.head
    if root.dep_ != "npadvmod" or adj.pos_ not in ("ADJ", "PROPN") or adj.i != span.end or adj.dep_ != "acomp":
        return None
    verb = adj.head
    if verb.lemma_.lower() != "be":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ == "WDT" and verb.dep_ == "relcl":
        subj = verb.head  # "a state that is 95 percent white"
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or not (subj.lemma_.lower() in place_nouns() or subj.lemma_.lower() in GROUP_NOUNS):
        return None  # "her son was 100 percent American": a person has no share
    words = noun_phrase(subj)
    end = subj.idx + len(subj.text)
    return f"{adj.text} share of {words}", sorted([(adj.idx, adj.idx + len(adj.text)), (end - len(words), end)])


def _is_trait(verb) -> bool:
    """Whether "be" says what a share of people are, in at most four words up to the end of its
    clause: "were white", "are married", "were Latino" (not "were higher", "is 51 percent")."""
    trait = [c for c in verb.rights if c.dep_ in ("acomp", "attr")]
    if len(trait) != 1 or trait[0].tag_ in ("JJR", "JJS", "RBR") or any(t.like_num for t in trait[0].subtree):
        return False
    tail = verb.doc[verb.i + 1 : trait[0].right_edge.i + 1]
    return 0 < len(tail) <= 4 and not any(t.is_punct or t.dep_ in ("cc", "mark") for t in tail) and trait[0].pos_ in ("ADJ", "NOUN", "PROPN", "VERB")
