"""What a quantity counts or measures: a short phrase (``Claim.counts``) and its words' spans
(``Claim.counts_evidence``), read from the dependency parse.

In the order tried:

1. the counted noun ("300 donors" -> donors; "3.1 percent inflation" -> inflation), from
   :func:`.description.counted_noun`;
2. for a sum of money, the verb that spends, raises or costs it (``lexicons/claim_money_verbs.tsv``):
   "the plan would cost $1.2 billion" -> "cost of the plan", "raised $225,000" -> "money raised";
3. the subject of a level verb (``lexicons/claim_level_verbs.txt``): "support rose to 47
   percent" -> support, "inflation was 3.1 percent" -> inflation;
4. the noun the quantity is "of": "a budget of $5 million" -> budget;
5. the object of a change, a noun the measurement stands beside, the subject of what lasted a
   duration ("heated for 24 h");
6. for a share that is the subject of a verb, the verb's words ("48 percent chose Smith");
7. for a sum of money with nothing else, the bare noun it is "in" ("$200,000 in donations").

A noun takes the nouns it is "of", "in", "for", "on", "among", "at" or "between" (:func:`owned`):
"a 10 percent increase in sales".

Evidence or nothing: a phrase is given only with the spans of the words it comes from.
"""

from __future__ import annotations

from typing import Optional

from ... import lexicons
from .description import noun_phrase
from .units import is_currency_code

_MONEY_VERBS = dict(lexicons.rows("claim_money_verbs.tsv"))
_LEVEL_VERBS = frozenset(r[0] for r in lexicons.rows("claim_level_verbs.txt"))
#: verbs of change ("rose", "fell"), read here and by :mod:`.spans`
CHANGE_VERBS = frozenset(r[0] for r in lexicons.rows("claim_change_verbs.txt"))
_PROPERTY_NOUNS = frozenset(r[0] for r in lexicons.rows("claim_property_nouns.txt"))
_PREPS = ("to", "at", "by", "of", "from", "around", "near", "about")
_OWNER_PREPS = ("of", "in", "for", "on", "among", "at", "between")
#: entity types never the owner of a measured property ("inflation in May", "a rate of 5 percent")
_NOT_OWNERS = ("CARDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME", "ORDINAL")


def np_span(tok) -> tuple[int, int, str]:
    """A noun with its adjective and compound modifiers, and its determiner or possessor
    right before: ``(start char, end char, text)`` ("the plan", "Smith's support")."""
    doc = tok.doc
    end = tok.idx + len(tok.text)
    start = end - len(noun_phrase(tok))
    first = tok.i
    while first > 0 and doc[first - 1].idx >= start:
        first -= 1
    begin = first
    for child in tok.lefts:
        if child.dep_ in ("det", "poss") and child.right_edge.i == first - 1 and child.lower_ not in ("a", "an", "no"):
            begin = child.left_edge.i if child.dep_ == "poss" and first - child.left_edge.i <= 3 else child.i
    start = doc[begin].idx
    words = doc[begin : tok.i + 1].text  # a slice of tokens: ``doc.text`` would rebuild the whole text
    if doc[first].is_sent_start or (begin < first and doc[begin].is_sent_start):
        words = words[:1].lower() + words[1:] if doc[first].pos_ != "PROPN" and not words[:2].isupper() else words
    return start, end, words


def _subject(verb, names: bool = False):
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
            return None
    up = verb.head
    if verb.dep_ == "pcomp" and up.dep_ == "prep":
        up = up.head  # "unemployment is low after hovering around 60%": the main clause's subject
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and up.tag_ != "VBG":
        return None  # "won ... voters making $100,000": a participle coordinated with a finite verb is a misparse
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and up.pos_ in ("VERB", "AUX") and up.i != verb.i:
        return _subject(up, names)
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ == "NOUN" and not verb.head.ent_type_:
        return verb.head  # "voters making $100,000 or more"
    return None


def with_owner(noun, span=None) -> tuple[str, list[tuple[int, int]]]:
    """A noun phrase, and for a property noun its owner ("thickness of the film"): ``(words, spans)``;
    never a word of the quantity ``span`` itself ("a temperature of 300 K")."""
    s, e, words = np_span(noun)
    prop = noun.lemma_.lower() in _PROPERTY_NOUNS
    if _owner_after(noun, span) is not None:
        return owned(noun, span, words, (s, e), "of" if prop else None)
    owner = None
    if prop and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in ("with", "of", "at"):
        h = noun.head.head
        owner = h if h.pos_ in ("NOUN", "PROPN") and not (span is not None and span.start <= h.i < span.end) else None
    if owner is None:
        return words, [(s, e)]
    os_, oe, owner_words = np_span(owner)
    return f"{words} of {owner_words}", sorted([(s, e), (os_, oe)])


def owned(noun, span, words: str, ev: tuple[int, int], prep: Optional[str] = None) -> tuple[str, list[tuple[int, int]]]:
    """A noun's words followed by the nouns it is of, in or for, two at most ("the reduction in
    the level of the protein"): ``(words, spans)``; ``prep`` replaces the first preposition."""
    spans = [ev]
    for _ in range(2):
        owner = _owner_after(noun, span)
        if owner is None:
            break
        os_, oe, owner_words = np_span(owner)
        if owner.head.lower_ == "between":  # "the difference between the two groups", "between X and Y"
            conj = next((c for c in owner.children if c.dep_ == "conj"), None)
            if conj is None and not owner.tag_.endswith("S"):
                break
            if conj is not None:
                oe = conj.idx + len(conj.text)
                owner_words = owner_words + owner.whitespace_ + owner.doc[owner.i + 1 : conj.i + 1].text  # a slice, not doc.text
        words = f"{words} {prep or owner.head.lower_} {owner_words}"
        spans.append((os_, oe))
        noun, prep = owner, None
    return words, sorted(spans)


def _owner_after(noun, span):
    """The noun after "of", "in", "for", "on", "among", "at" or "between" that the noun is of ("the
    sensitivity of the test", "the increase in risk"); never a number, a date or a word of the
    quantity ``span``."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in _OWNER_PREPS:
            owner = next((p for p in child.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
            if owner is None or owner.ent_type_ in _NOT_OWNERS or owner.like_num:
                return None
            if span is not None and span.start - 1 <= owner.i < span.end + 1:
                return None
            return owner
    return None


def _attachment(span):
    """The token the quantity hangs from outside its span and how: ``(head, dep, prep word)``.

    "cost $1.2 billion" -> (cost, dobj, None); "rose to 47 percent" -> (rose, pobj, "to")."""
    root = span.root
    for _ in range(3):  # "decreased by 35% and 22%": the second share hangs where the first does
        if root.dep_ == "conj" and root.head is not root and not (span.start <= root.head.i < span.end):
            root = root.head
    if root.head is root or span.start <= root.head.i < span.end:
        return None, None, None
    head, dep = root.head, root.dep_
    if dep == "pobj" and head.dep_ == "prep":
        return head.head, "pobj", head.lower_
    return head, dep, None


def money_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a sum of money is, from the verb that spends, raises or costs it."""
    head, dep, prep = _attachment(span)
    particle = ""
    if head is not None and dep == "pobj" and head.dep_ == "prt" and prep is None:
        particle, head, dep = " " + head.lower_, head.head, "dobj"  # "pulled in $133 million"
    if head is None or head.pos_ not in ("VERB", "AUX") or dep not in ("dobj", "attr", "npadvmod", "pobj", "oprd", "nsubjpass"):
        return None
    if prep not in (None, "for", "of", "by", "to"):
        return None
    template = _MONEY_VERBS.get(head.lemma_.lower() + particle) or _MONEY_VERBS.get(head.lower_ + particle)
    if template is None:
        return None
    verb_span = (head.idx, head.idx + len(head.text))
    subj = _subject(head, names=True) if "{subject}" in template else None
    if subj is not None:
        s, e, words = np_span(subj)
        return template.replace("{subject}", words), sorted([(s, e), verb_span])
    phrase = template.split(" {subject}")[0].rsplit(" ", 1)[0] if "{subject}" in template else template
    return phrase, [verb_span]


def level_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a quantity is the level of: the subject of "rose to", "was", "reached" ("support rose to 47 percent")."""
    head, dep, prep = _attachment(span)
    if head is None:
        return None
    if dep == "pobj" and prep == "of" and head.pos_ == "NOUN" and not head.ent_type_:
        up = head.head
        if head.dep_ == "pobj" and up.lower_ == "of" and up.head.pos_ == "NOUN" and up.head.i == up.i - 1:
            s, _e, _w = np_span(up.head)  # "a margin of error of 4 percent"
            e = head.idx + len(head.text)
            j = up.head.i
            while j > 0 and span.doc[j].idx > s:
                j -= 1
            return span.doc[j : head.i + 1].text, [(s, e)]
        return with_owner(head, span)  # "a budget of $5 million", "a thickness of 70 nm"
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in _LEVEL_VERBS:
        return None
    if dep not in ("attr", "dobj", "npadvmod", "pobj", "acomp", "oprd") or (prep is not None and prep not in _PREPS):
        return None
    subj = _subject(head)
    if subj is None:
        return None
    return with_owner(subj, span)  # "support rose to 47 percent", "the temperature of the gas was 300 K"


def change_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a change is of: the object of "cut", "raise", "reduce" ("reduce emissions 80 percent",
    "cut taxes by 10 percent")."""
    head, dep, prep = _attachment(span)
    if head is None or head.pos_ != "VERB" or not (head.lemma_.lower() in CHANGE_VERBS or head.lower_ in CHANGE_VERBS):
        return None
    if not (dep == "npadvmod" or (dep == "pobj" and prep in ("by", "to"))):
        return None
    obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if obj is None:
        return None
    s, e, words = np_span(obj)
    return words, [(s, e)]


_NOUN_PREPS = ("at", "with", "above", "below", "over", "under", "around", "near", "between", "within", "to")
_TIME_UNITS = frozenset(("year", "month", "week", "day", "hour", "minute", "second", "decade", "century"))


def attached_counts(span, unit: Optional[str]) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a measurement belongs to from where it hangs: a common noun it stands beside ("the
    sandstones, 10 cm thick"; "samples at 298 K") or, for a physical unit, the subject of the verb it
    qualifies ("the samples were heated to 600 K"). Names are never taken (a person's age is no count)."""
    head, dep, prep = _attachment(span)
    if head is None:
        return None
    if head.pos_ == "NOUN" and not head.ent_type_ and (dep == "appos" or (dep == "pobj" and prep in _NOUN_PREPS)):
        return with_owner(head, span)
    if head.pos_ == "ADJ" and dep == "npadvmod" and head.dep_ == "amod" and head.head.pos_ == "NOUN":
        if head.lower_ == "old" and unit in _TIME_UNITS:
            s, e, words = np_span(head.head)  # "her 14-year-old daughter": an age
            return f"age of {words}", sorted([(head.idx, head.idx + len(head.text)), (s, e)])
        return with_owner(head.head, span)  # "a 30 percent effective tax rate"
    if unit in _TIME_UNITS and dep == "pobj" and prep == "for" and head.pos_ == "VERB":
        # how long something was done to: "the samples were heated for 24 h", "cells grown for 25 days"
        subj = _subject(head) or (head.head if head.dep_ == "acl" and head.head.pos_ == "NOUN" and not head.head.ent_type_ else None)
        return with_owner(subj, span) if subj is not None else None
    physical = unit not in (None, "percent", "percentage point") and not is_currency_code(unit) and unit not in _TIME_UNITS
    if physical and head.pos_ in ("VERB", "AUX") and dep in ("pobj", "dobj", "npadvmod", "attr", "acomp", "oprd"):
        subj = _subject(head)
        if subj is not None:
            return with_owner(subj, span)
    return None


def what_it_counts(span, unit: Optional[str], counted) -> tuple[Optional[str], list[tuple[int, int]]]:
    """``(counts, counts_evidence)`` of a quantity span (see the module docstring); ``(None, [])`` when
    the text does not say."""
    if counted is not None and not any(c.isalpha() for c in counted.text):
        counted = None  # "78 ± 0.6%": a sign, not a noun
    if counted is not None and counted.lower_ == "worth":  # "$250 billion worth of goods"
        counted = next((p for c in counted.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
    if counted is not None and counted.lower_ == "those":
        last = min(counted.right_edge.i, counted.i + 4)
        if last == counted.i:
            return None, []
        words = counted.doc[counted.i : last + 1].text
        return words, [(counted.idx, counted.idx + len(words))]
    if counted is not None:
        words = noun_phrase(counted)
        ev = (counted.idx + len(counted.text) - len(words), counted.idx + len(counted.text))
        return owned(counted, span, words, ev)  # "a 10 percent increase in sales"
    found = None
    if is_currency_code(unit):
        found = money_counts(span)
    if found is None:
        found = level_counts(span)
    if found is None:
        found = change_counts(span)
    if found is None:
        found = attached_counts(span, unit)
    if found is None and unit == "percent":
        found = predicate_counts(span) or relative_counts(span)
    if found is None and is_currency_code(unit):
        found = money_in_counts(span)
    if found is None:
        return None, []
    return found


_NOT_IN_NOUNS = frozenset(("total", "all", "dollar", "dollars", "cent", "cents", "hole", "debt", "red", "black", "value"))


def money_in_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a sum of money "in" a bare noun is ("$200,000 in indirect donations" -> "indirect
    donations", "a trillion dollars in new military spending"); not a place, a date, a noun with a
    determiner ("$8 billion in the hole", "in his account") or a number, nor "in total"."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "in":
        return None
    noun = next((c for c in doc[span.end].children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.lower_ in _NOT_IN_NOUNS or noun.ent_type_ in _NOT_OWNERS + ("GPE", "LOC", "FAC"):
        return None
    if any(c.dep_ in ("det", "poss", "nummod", "prep") and c.i < noun.i for c in noun.children) or any(t.like_num for t in doc[span.end + 1 : noun.i + 1]):
        return None
    words = noun_phrase(noun)
    return words, [(noun.idx + len(noun.text) - len(words), noun.idx + len(noun.text))]


_STOP_DEPS = ("cc", "mark", "punct", "advcl", "conj", "relcl", "npadvmod")


def predicate_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a share that is the subject of a verb counts: those who do what the verb says, in
    its own words ("47 percent said they would vote for Smith" -> "said they would vote for
    Smith", "9 percent chose Jones" -> "chose Jones"; at most ten words, up to a comma or the
    next clause). Not for a level ("rose to"), a passive, "be" or "have"."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i < span.end or verb.lemma_.lower() in _LEVEL_VERBS:
        return None
    if verb.lemma_.lower() in ("have", "be", "do") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    doc = span.doc
    first = span.end
    last = first - 1
    for tok in doc[first : min(verb.right_edge.i + 1, first + 12)]:
        if tok.i > verb.i and (tok.like_num or tok.dep_ in ("cc", "mark") and tok.head.pos_ in ("VERB", "AUX") or tok.dep_ in _STOP_DEPS and tok.head.i == verb.i
                               or tok.is_punct and (tok.text != "," or not _list_goes_on(tok))):
            break  # the next clause ("while 45 percent chose Cruz"); a comma of a list goes on ("Roe, Poe or Doe")
        last = tok.i
    cut = doc[last + 1] if last + 1 < len(doc) and last + 1 <= verb.right_edge.i else None
    if cut is not None and (cut.like_num or cut.tag_ == "$" or cut.is_quote or cut.text == "("):
        if (not cut.like_num and cut.i < verb.right_edge.i
                or any(c.i <= last < c.right_edge.i for c in verb.rights if c.dep_ not in _STOP_DEPS + ("punct",))):
            return None  # cut inside what the verb says ("said Clinton was | 'justified'", "a tax cut of $ | 275,000")
    while last > verb.i and (doc[last].dep_ in ("cc", "det", "prep", "punct") or doc[last].is_punct or doc[last].tag_ == "$"):
        last -= 1  # "chose Jones and | 4 percent chose Brown"
    if last < verb.i or last - first >= 10:
        return None
    if last == verb.i and any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "prep", "dative") for c in verb.rights):
        return None  # the verb without what it takes ("prefer" of "prefer Libertarian nominee Gary Johnson")
    words = doc[first : last + 1]
    return words.text, [(words.start_char, words.end_char)]


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


def _list_goes_on(comma) -> bool:
    """Whether a comma separates names of one list ("Roe, Poe or Doe"), not a clause or an apposition."""
    nxt = comma.doc[comma.i + 1 : comma.i + 4]
    return (comma.head.pos_ in ("NOUN", "PROPN") and any(t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") for t in nxt)
            and not any(t.like_num for t in nxt))
