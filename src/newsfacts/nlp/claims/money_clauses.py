"""What a sum of money counts when a clause after it says what was done with it: the sum is
the object the clause leaves out ("the $37 million raised by the Clinton
campaign" -> "money raised by the Clinton campaign"; a pronoun maker is left out unless it stands for
the one person named before it (:mod:`.money_pronouns`): "the $12.2 million he raised" -> "money raised", "the more than $600,000 it contributed" -> "contributions"). The verbs and what their sums count:
``lexicons/claim_money_verbs.tsv`` (the same rows as the verbs whose object is the sum). Also what
a sum "in" a bare noun is (:func:`money_in_counts`: "$200,000 in indirect donations")."""

from __future__ import annotations

from typing import Optional

from ... import lexicons
from .money_pronouns import pronoun_maker
from .description import noun_phrase
from .owners import NOT_OWNERS, subject

def generic(template: str) -> str:
    """A money verb's row without its maker: "money raised by {subject}" -> "money raised"."""
    return template.split(" {subject}")[0].rsplit(" ", 1)[0] if "{subject}" in template else template


#: verb lemma -> what its sum counts ("{subject}" the maker's words)
MONEY_VERBS = dict(lexicons.rows("claim_money_verbs.tsv"))
#: what a sum counts when the story names no maker ("money raised", "contributions"): too little to
#: say two sums are the same quantity (two candidates' "money raised" are two sums)
GENERIC_MONEY = frozenset(generic(t).lower() for t in MONEY_VERBS.values())
#: dependency labels of what fills a verb's object slot (a clause that has one does not leave the sum out)
_OBJECTS = frozenset({"dobj", "attr", "oprd", "ccomp", "xcomp"})


def clause_money_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``(counts, evidence)`` of a sum of money followed by a relative clause or a participle of
    a money verb whose object is the sum ("the $64 million it must collect", "the nearly $73
    million raised"), or None."""
    root = span.root
    for clause in root.children:
        if clause.dep_ not in ("relcl", "acl") or clause.i < span.end or clause.pos_ != "VERB":
            continue
        template = MONEY_VERBS.get(clause.lemma_.lower())
        money_verb = clause
        if template is None and clause.dep_ == "relcl":
            money_verb = _promised(clause)  # "the $30 million it promised to spend": the spending's sum
            template = MONEY_VERBS.get(money_verb.lemma_.lower()) if money_verb is not None else None
        if template is None or clause.dep_ == "acl" and clause.tag_ != "VBN":
            return None  # "$5,000 to spend on ...": an infinitive says what it is for, not what it is
        if any(c.dep_ in _OBJECTS and c.tag_ not in ("WDT", "WP") and not _purpose(c) for c in money_verb.children):
            return None  # "the $500 that paid the rent": the sum is the subject
        maker = _maker(clause)
        verb_span = (money_verb.idx, money_verb.idx + len(money_verb.text))
        if maker is not None and "{subject}" in template:
            words = noun_phrase(maker)
            end = maker.idx + len(maker.text)
            return template.replace("{subject}", words), sorted([(end - len(words), end), verb_span])
        return generic(template), [verb_span]
    return None


def _purpose(comp) -> bool:
    """Whether a verb's clause complement is an infinitive of purpose ("the $64 million it pledged
    to help pay for the event"), which leaves the verb's object slot to the sum."""
    return comp.dep_ == "xcomp" and comp.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)


def _promised(clause):
    """The money verb of an infinitive a relative clause's verb takes with no object of its own
    ("it promised to spend", "he hopes to raise"), or None."""
    if any(c.dep_ in ("dobj", "attr", "oprd", "ccomp") for c in clause.children):
        return None
    return next((c for c in clause.children if _purpose(c) and c.lemma_.lower() in MONEY_VERBS), None)


def _maker(clause):
    """Who does what the clause says with the sum: the subject of a relative clause, the
    "by" object of a participle; a noun or a name, never a pronoun (None)."""
    if clause.dep_ == "relcl":
        tok = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    else:
        agent = next((c for c in clause.children if c.dep_ == "agent"), None)
        tok = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if tok is not None and tok.pos_ == "PRON" and clause.dep_ == "relcl":
        return pronoun_maker(tok)  # "Cruz's haul is a jump from the $12.2 million he raised" (money_pronouns.py)
    if tok is None or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    return tok


def name_subject_counts(span, counted) -> Optional[tuple[Optional[str], list[tuple[int, int]]]]:
    """When the parse makes a name right after a sum the sum's noun ("the $3 million Wasserman
    Schultz raised": "Schultz" the subject of "raised", the sum its modifier), the sum is the object
    the verb leaves out: ``("money raised by Wasserman Schultz", evidence)`` for a money verb,
    ``(None, [])`` for another verb (the name is the sum's maker, never what it counts); None when
    the name is no subject of a verb after it."""
    doc = span.doc
    verb = counted.head
    if counted.pos_ != "PROPN" or counted.dep_ != "nsubj" or verb.i <= counted.i or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in _OBJECTS for c in verb.children):
        return None, []
    template = MONEY_VERBS.get(verb.lemma_.lower())
    if template is None or "{subject}" not in template:
        return None, []
    start = doc[span.end].idx
    name = doc[span.end : counted.i + 1].text
    return template.replace("{subject}", name), [(start, counted.idx + len(counted.text)), (verb.idx, verb.idx + len(verb.text))]


_NOT_IN_NOUNS = frozenset(("total", "all", "dollar", "dollars", "cent", "cents", "hole", "debt", "red", "black", "value"))


def money_in_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a sum of money "in" a bare noun is ("$200,000 in indirect donations" -> "indirect
    donations", "a trillion dollars in new military spending"); not a place, a date, a noun with a
    determiner ("$8 billion in the hole", "in his account") or a number, nor "in total"."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "in":
        return None
    noun = next((c for c in doc[span.end].children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in NOT_OWNERS + ("GPE", "LOC", "FAC"):
        return None
    if noun.lower_ in _NOT_IN_NOUNS and not any(c.dep_ in ("compound", "amod") and c.i < noun.i for c in noun.children):
        return None  # "$8 billion in debt", "in total" (not "$81,000 in student loan debt")
    if any(c.dep_ in ("det", "poss", "nummod", "prep") and c.i < noun.i for c in noun.children) or any(t.like_num for t in doc[span.end + 1 : noun.i + 1]):
        return None
    words = noun_phrase(noun)
    return words, [(noun.idx + len(noun.text) - len(words), noun.idx + len(noun.text))]


_TOTAL_NOUNS = frozenset(("total", "sum", "amount"))


def total_money_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """A sum "of" which a money verb's object is "a total", "a sum" or "an amount" ("Smith donated a
    total of $5,000" -> "donations by Smith" when the subject is a noun or a name that is no person,
    else "donations"): the sum is the verb's, as in "donated $5,000"; None otherwise."""
    root = span.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _TOTAL_NOUNS or of.head.dep_ != "dobj":
        return None
    verb = of.head.head
    template = MONEY_VERBS.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    if template is None:
        return None
    verb_span = (verb.idx, verb.idx + len(verb.text))
    maker = subject(verb, names=True) if "{subject}" in template else None
    if maker is None:
        return generic(template), [verb_span]
    words = noun_phrase(maker)
    end = maker.idx + len(maker.text)
    return template.replace("{subject}", words), sorted([(end - len(words), end), verb_span])


def rival_of(span):
    """The possessor of a sum set "to" another's ("Deacon had raised $293,565 to Kingson's
    $199,445": Kingson), a name or a common noun; None when the sum has none."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    poss = next((c for c in root.children if c.dep_ == "poss" and c.i < span.start), None)
    if poss is None or poss.pos_ not in ("PROPN", "NOUN") or poss.ent_type_ in ("DATE", "TIME", "MONEY", "CARDINAL"):
        return None  # "to last year's $5 million": a time, no maker
    return poss


def rival_money(template: str, poss, verb) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What the rival's sum counts, with the possessor as the verb's maker ("money raised by
    Kingson"); None when the verb's row names no maker (the sum is no object of the verb)."""
    if "{subject}" not in template:
        return None
    doc = poss.doc
    first = poss.left_edge.i if poss.left_edge.i >= poss.i - 4 else poss.i
    while first < poss.i and doc[first].pos_ in ("DET", "PUNCT", "ADP"):
        first += 1
    words = doc[first : poss.i + 1].text
    ev = (doc[first].idx, poss.idx + len(poss.text))
    return template.replace("{subject}", words), sorted([ev, (verb.idx, verb.idx + len(verb.text))])
