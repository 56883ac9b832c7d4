"""What a quantity counts or measures: a short phrase (``Claim.counts``) and its words' spans
(``Claim.counts_evidence``), read from the dependency parse.

In the order tried:

0. the age of those "aged" a value ("274 participants aged 58 to 70" -> "age of participants");
1. the counted noun ("300 donors" -> donors; "3.1 percent inflation" -> inflation), from
   :func:`.description.counted_noun`, with the group it is drawn from ("a subgroup of 274
   participants", ``claim_group_nouns.txt``), else the host it is put into ("DMEM medium
   supplemented with 2 mM glutamine") or what steps of a procedure were done to ("cells cultured
   for 10 passages"), from :mod:`.hosts`; a noun in a bracket after the value is not its noun;
2. for a sum of money, the verb that spends, raises or costs it (``lexicons/claim_money_verbs.tsv``):
   "the plan would cost $1.2 billion" -> "cost of the plan", "raised $225,000" -> "money raised";
3. the subject of a level verb (``lexicons/claim_level_verbs.txt``): "support rose to 47
   percent" -> support, "inflation was 3.1 percent" -> inflation;
4. the noun the quantity is "of": "a budget of $5 million" -> budget;
5. the object of a change or a figure set "at" ("put his net worth at $45 billion"), a noun beside it, what lasted ("heated for 24 h");
6. for a share that is the subject of a verb, the verb's words ("48 percent chose Smith");
7. for a sum of money with nothing else, the bare noun it is "in" ("$200,000 in donations");
8. the noun phrase a bracket with the value follows ("participants (mean age 54)"), a share's fronted group ("Of the patients, 47%");
9. for a span of time, what it is the time of (:mod:`.durations`: "four days before the crash",
   "worked for Vanguard for eight years", "six months behind bars"); a length "from" a place is the
   distance from it; a bare count whose noun the text just counted counts it (:mod:`.earlier_owners`).

A part noun hyphen-joined to the number counts the parts of the noun after it ("a 16-member team":
:func:`parts.part_counts`, ``claim_part_nouns.txt``); a count that is the object of a verb of holding is of
its subject ("the cohort consisted of 10,308 employees": :func:`.hosts.container_of`). A phrase that
is only a generic noun ("the actual number", "an average": :func:`generic`, ``claim_generic_nouns.txt``)
or no word is never the answer: the next rule is tried. A name that is no person is what changed
for a share or a sum ("Chevron climbed 69 cents, or 0.7 percent").

A noun takes the nouns it is "of", "in", "for", "on", "among", "at" or "between" (:func:`owned`):
"a 10 percent increase in sales". A property ("a thickness of 70 nm", ``claim_property_nouns.txt``)
with no such noun takes its owner from the clause (:func:`.owners.property_owner`: "the film, with a
thickness of 70 nm", "the wire has a diameter of 2 mm", "the film was annealed at a temperature of
450 °C"), else from earlier in the text (:mod:`.earlier_owners`: "They had a density of ...", "The
modulus fell to ..." after "a modulus ... was measured for the resin"); a value "in the range of"
measures what is in the range (:func:`in_range`).

A symbol set equal to a value ("L = 2 m"): :mod:`.hosts`. A share from its clause: :mod:`.shares`, :mod:`.groups`.
Evidence or nothing: a phrase is given only with the spans of the words it comes from.
"""

from __future__ import annotations

import re
from typing import Optional

from ... import lexicons
from .ages import old_counts
from .description import noun_phrase
from .durations import FIGURE_WORDS, GENERIC_NOUNS, TIME_UNITS, duration_counts, fronted_clause_verb
from .earlier_owners import earlier_owner, elided_noun
from .markets import market_counts, worth_after
from .moves import moved_noun
from .travel import travel_counts
from .groups import group_counts
from .hosts import container_of, course_owner, host_of, symbol_definition, symbol_owner
from .money_targets import money_target
from .money_makers import coordinated_verb, money_maker, with_in_noun, with_template
from .money_clauses import GENERIC_MONEY, MONEY_VERBS, clause_money_counts, money_in_counts, rival_money, rival_of, total_money_counts
from .parts import part_counts
from .post_preps import prep_after
from .agents import agent_counts
from .repeats import time_share_counts, times_counts
from .lead_nouns import lead_noun_counts
from .owners import LEVEL_VERBS, NOT_OWNERS, PROPERTY_NOUNS, RANGE_NOUNS, for_owner, group_of, had, owner_after, place_nouns, property_owner, subject
from .shares import fronted_group, predicate_counts, relative_counts, trait_share
from .specifiers import possessor
from .units import is_currency_code, is_unit_symbol

#: verbs of change ("rose", "fell"), read here and by :mod:`.spans`
CHANGE_VERBS = frozenset(r[0] for r in lexicons.rows("claim_change_verbs.txt"))
_VALUE_VERBS = frozenset(r[0] for r in lexicons.rows("claim_value_verbs.txt"))
_VALUE_PREPS = ("at", "near", "around", "below", "above", "under")  # "held rates near zero"
_PREPS = ("to", "at", "by", "of", "from", "around", "near", "about", "above", "below", "under", "over")


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
        words = words[:1].lower() + words[1:] if doc[begin].pos_ != "PROPN" and not words[:2].isupper() else words
    return start, end, words


def with_owner(noun, span=None, named: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """A noun phrase, and for a property noun its owner ("thickness of the film"): ``(words, spans)``;
    never a word of the quantity ``span`` itself ("a temperature of 300 K"). ``named``: the text
    names the noun as the quantity's property ("a speed of 35 m/s"), whatever the noun."""
    s, e, words = np_span(noun)
    listed = noun.lemma_.lower() in PROPERTY_NOUNS
    if owner_after(noun, span) is not None:
        return owned(noun, span, words, (s, e), "of" if listed else None)
    prop = named or listed or had(noun)  # "the trees had a net growth that was 13% less"
    owner = property_owner(noun, span) if prop else None
    prep = "of"
    if owner is None and prop:
        owner, prep = for_owner(span), "for"  # "a rate of 5 percent for teenagers"
    if owner is None and listed:
        owner, prep = earlier_owner(noun, span), "of"  # "They had a density of ...", "The modulus fell to ..."
    if owner is None:
        after = prep_after(noun, span, np_span)  # "fees from advising clients declined to $281 million"
        return (f"{words} {after[0]}", [(s, e), after[1]]) if after is not None else (words, [(s, e)])
    os_, oe, owner_words = np_span(owner)
    return f"{words} {prep} {owner_words}", sorted([(s, e), (os_, oe)])


def owned(noun, span, words: str, ev: tuple[int, int], prep: Optional[str] = None) -> tuple[str, list[tuple[int, int]]]:
    """A noun's words followed by the nouns it is of, in or for, two at most ("the reduction in
    the level of the protein"): ``(words, spans)``; ``prep`` replaces the first preposition."""
    spans = [ev]
    for _ in range(2):
        owner = owner_after(noun, span)
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


def _attachment(span):
    """The token the quantity hangs from outside its span and how: ``(head, dep, prep word)``.

    "cost $1.2 billion" -> (cost, dobj, None); "rose to 47 percent" -> (rose, pobj, "to")."""
    root = span.root
    for _ in range(3):  # "decreased by 35% and 22%": the second share hangs where the first does
        if root.dep_ == "conj" and root.head.i != root.i and not (span.start <= root.head.i < span.end):
            root = root.head
        elif root.dep_ == "appos" and root.head.i < root.i and _is_value(root.head) and not (span.start <= root.head.i < span.end):
            root = root.head  # "depths of 3.2%, 6.7% and 4.6%": a list the parse hangs as appositions
        elif (root.dep_ in ("appos", "conj") and root.head.i < root.i and span.start and span.doc[span.start - 1].lower_ == "or"
              and (root.head.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or _is_value(root.head))):
            root = root.head  # "climbed 69 cents, or 0.7 percent": the same change said again
    if root.head.i == root.i or span.start <= root.head.i < span.end:
        return None, None, None
    head, dep = root.head, root.dep_
    if dep == "pobj" and head.dep_ == "prep":
        return head.head, "pobj", head.lower_
    return head, dep, None


def _is_value(tok) -> bool:
    """Whether a token is a number or the unit of one ("3.2" or "%" of "3.2%")."""
    if tok.ent_type_ == "MONEY":
        return False  # "super PACs spent $215 million, just $9.2 million ... was dedicated to": no list
    return tok.like_num or (tok.text == "%" or is_unit_symbol(tok.text)) and any(c.dep_ == "nummod" for c in tok.children)


def _worth(head, dep) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """The net worth of the subject of "be worth" ("The Koch brothers are each worth $43 billion"):
    a name is an owner here (a fortune is someone's), a pronoun never."""
    if head.lower_ != "worth" or head.pos_ != "ADJ" or dep not in ("npadvmod", "dobj", "pobj") or head.head.lemma_ != "be":
        return None
    subj = next((c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None:
        return None
    s, e, words = np_span(subj)
    return f"net worth of {words}", sorted([(s, e), (head.idx, head.idx + len(head.text))])


def money_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a sum of money is, from the verb that spends, raises or costs it, or "be worth"."""
    head, dep, prep = coordinated_verb(span, MONEY_VERBS) or _attachment(span)
    worth = (_worth(head, dep) or worth_after(head)) if head is not None and head.lower_ == "worth" else None
    if worth is not None:
        return worth
    particle = ""
    if head is not None and dep == "pobj" and head.dep_ == "prt" and prep is None:
        particle, head, dep = " " + head.lower_, head.head, "dobj"  # "pulled in $133 million"
    if head is None or head.pos_ not in ("VERB", "AUX") or dep not in ("dobj", "attr", "npadvmod", "pobj", "oprd", "nsubjpass"):
        return None
    if prep not in (None, "for", "of", "by", "to"):
        return None
    if prep == "to" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not (span.start <= c.i < span.end) for c in head.children):
        return None  # "raising the minimum wage to $15": the level of the object, not money raised
    template = MONEY_VERBS.get(head.lemma_.lower() + particle) or MONEY_VERBS.get(head.lower_ + particle)
    if template is None:
        return None
    template = with_template(head, template)  # "made available $622 million": money made available
    if prep == "to" and (rival := rival_of(span)) is not None:
        return rival_money(template, rival, head)  # "raised $293,565 to Kingson's $199,445": Kingson's money
    verb_span = (head.idx, head.idx + len(head.text))
    subj = money_maker(head, agentive="by {subject}" in template) if "{subject}" in template else None
    if subj is not None:
        s, e, words = np_span(subj)
        return with_in_noun(span, head, money_target(head, span, (template.replace("{subject}", words), sorted([(s, e), verb_span]))),
                            (words, (s, e)), money_in_counts)  # "owe $40 billion in U.S. taxes": "U.S. taxes owed by ..."
    phrase = template.split(" {subject}")[0].rsplit(" ", 1)[0] if "{subject}" in template else template
    return money_target(head, span, (phrase, [verb_span]))  # "money given to a group backing Bush"


def level_counts(span, unit: Optional[str] = None) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a quantity is the level of: the subject of "rose to", "was", "reached" ("support rose to 47 percent");
    for a physical unit a symbol or name that is no person too ("when Tb is around 0.5 ms")."""
    head, dep, prep = _attachment(span)
    if head is None:
        return None
    if dep == "pobj" and prep == "of" and head.pos_ == "NOUN" and not head.ent_type_:
        if unit is None and head.lemma_.lower() in GENERIC_NOUNS and owner_after(head, span) is None:
            return None  # "Lopez has a total of 1,200": a total of what the text counted before, not of Lopez
        if unit is None and head.lemma_.lower() in place_nouns():
            s, e, words = np_span(head)  # "a town of less than 2,000": its people, not the town
            return f"population of {words}", [(s, e)]
        up = head.head
        if head.dep_ == "pobj" and up.lower_ == "of" and up.head.pos_ == "NOUN" and up.head.i == up.i - 1:
            s, _e, _w = np_span(up.head)  # "a margin of error of 4 percent"
            e = head.idx + len(head.text)
            j = up.head.i
            while j > 0 and span.doc[j].idx > s:
                j -= 1
            return span.doc[j : head.i + 1].text, [(s, e)]
        if head.lemma_.lower() in RANGE_NOUNS and not any(c.dep_ in ("compound", "amod") for c in head.lefts):
            return in_range(head, span)  # "porosities in the range of 20-25%": porosities
        return with_owner(head, span, named=True)  # "a budget of $5 million", "a thickness of 70 nm"
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in LEVEL_VERBS:
        return None
    if dep not in ("attr", "dobj", "npadvmod", "pobj", "acomp", "oprd") or (prep is not None and prep not in _PREPS):
        return None
    nxt = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    before = span.doc[span.start - 1].lower_ if span.start else ""
    if unit in TIME_UNITS and (prep in ("over", "under", "above", "below", "around", "about", "near") or before in ("over", "within", "during")
                                or nxt in ("after", "before", "ago", "later", "earlier", "since", "until")):
        return None  # "improve over the next five years", "three weeks after a vessel sank": when, not a level
    away = _distance(span) and prep not in ("by", "to")  # "rose by 5 °C from background levels": a change, no distance
    # a name for a physical unit, and for a share or a sum that changes ("Chevron climbed 0.7 percent"; no person)
    names = _physical(unit) or (head.lemma_.lower() != "be" and (unit == "percent" or is_currency_code(unit)))
    subj = subject(head, names=names) if not (_physical(unit) and away) else None
    if subj is None:
        return None
    return with_owner(subj, span)  # "support rose to 47 percent", "the temperature of the gas was 300 K"


def in_range(noun, span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What is "in the range of" a value: the noun the range hangs from ("variations in the range of
    2-7%" -> variations), or for a verb its object before the range or its subject ("the seismic
    velocity does not depend on temperatures in the range of ..." -> temperatures); None otherwise."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in ("in", "within", "of", "on"):
        return None
    up = noun.head.head
    if up.pos_ in ("VERB", "AUX"):
        up = next((c for c in up.children if c.dep_ in ("dobj", "attr") and c.i < noun.i and c.pos_ == "NOUN"), None) or subject(up)
    if up is None or up.pos_ not in ("NOUN", "PROPN") or up.ent_type_ in NOT_OWNERS or up.lemma_.lower() in RANGE_NOUNS:
        return None
    return with_owner(up, span, named=True)


def change_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a change is of: the object of "cut", "raise", "reduce" ("reduce emissions 80 percent",
    "cut taxes by 10 percent", "cut taxes from 35 percent"), with the noun a generic object is of
    ("cut the number of polling places from 400 to 60" -> "the number of polling places")."""
    head, dep, prep = _attachment(span)
    if head is None or head.pos_ != "VERB" or not (head.lemma_.lower() in CHANGE_VERBS or head.lower_ in CHANGE_VERBS):
        return None
    if not (dep == "npadvmod" or (dep == "pobj" and prep in ("by", "to", "from"))):
        return None
    obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if obj is None:
        return None
    s, e, words = np_span(obj)
    if obj.lemma_.lower() in GENERIC_NOUNS:  # "cut the number of polling places from 400 to 60"
        return owned(obj, span, words, (s, e))
    return words, [(s, e)]


def value_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a figure set or stated "at" (or held "near", "below", ...) measures: the object of "put", "estimate", "cap", ...
    (``lexicons/claim_value_verbs.txt``): "Forbes put his net worth at $45 billion" -> "his net
    worth", "cap the tax value of deductions at 28 percent" -> "the tax value of deductions"; never
    a pronoun or a name ("pegged him at $2.9 billion")."""
    head, dep, prep = _attachment(span)
    if head is None or dep != "pobj" or prep not in _VALUE_PREPS or head.pos_ != "VERB" or head.lemma_.lower() not in _VALUE_VERBS:
        return None
    obj = next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.i < span.start), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_:
        return None
    return with_owner(obj, span)


def apposed_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a value says it is in an apposition after it that names a figure of something ("$43
    million -- the amount of money in subsidies the board approved" -> "amount of money in
    subsidies"): a generic noun (``claim_generic_nouns.txt``) that is "of" or "in" a noun; another
    apposition may be a comment ("20 percent, the highest level since 2008") and is not taken."""
    doc = span.doc
    noun = next((c for c in span.root.children if c.dep_ == "appos" and c.i > span.end and c.pos_ == "NOUN"), None)
    if noun is None or noun.ent_type_ or doc[span.end].text not in ("\u2014", "\u2013", "-", "--", ",", ":"):
        return None
    if noun.lemma_.lower() not in GENERIC_NOUNS or owner_after(noun, span) is None:
        return None
    s, e, words = np_span(noun)
    if words.lower().startswith(("the ", "a ", "an ")):
        s, words = s + len(words.split(" ", 1)[0]) + 1, words.split(" ", 1)[1]
    return owned(noun, span, words, (s, e))


#: words after a length that make it a distance from a place ("90 miles from the coast", "50 meters away from")
_FROM_WORDS = ("from", "away", "off")


def distance_counts(span, unit: Optional[str]) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """"The island sits 90 miles from the coast" -> "distance from the coast": a physical length
    followed by "from" (or "away from") and a common noun or a place; not a person."""
    doc, k = span.doc, span.end
    if not _physical(unit) or k + 1 >= len(doc) or doc[k].lower_ not in _FROM_WORDS:
        return None
    if doc[k].lower_ != "from":
        k += 1
        if k + 1 >= len(doc) or doc[k].lower_ != "from":
            return None
    noun = next((c for c in doc[k].children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in NOT_OWNERS + ("PERSON", "ORG", "NORP"):
        return None
    s, e, words = np_span(noun)
    return f"distance from {words}", sorted([(doc[k].idx, doc[k].idx + 4), (s, e)])


def _physical(unit: Optional[str]) -> bool:
    """Whether a unit is a physical one (not a count, share, currency or duration)."""
    return unit not in (None, "percent", "percentage point") and not is_currency_code(unit) and unit not in TIME_UNITS


#: "CaP = 1.67", "ηnet = 0.1": the symbol before an equals sign (not a test statistic: "n = 3", "t(39) = 1.16")
_SYMBOL_RE = re.compile(r"[A-Za-z\u0370-\u03ff][\w/\u0370-\u03ff]{0,24}")
_STATISTICS = frozenset(("n", "N", "p", "P", "r", "R", "t", "F", "z", "Z", "df", "SD", "SE", "OR", "RR", "HR", "CI"))
#: a unit's letters the parse took for the counted noun ("2.2 mg cm− 2", "1.96 GPa", "kg s−1", "g/m3": "m3")
_UNIT_BITS_RE = re.compile(r"[A-Za-z\u03bc\u00b0\u00c5]{1,3}(?:[\u2212\u2013-]\s?\d*|[23\u00b2\u00b3])?|\S*[/\u2212]\S*")


def equals_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a value after an equals sign measures: the symbol before it ("ratio CaP = 1.67" -> CaP)."""
    doc, k = span.doc, span.start
    if k < 2 or doc[k - 1].text not in ("=", "\u2248", "\u2261"):
        return None
    sym = doc[k - 2]
    if not _SYMBOL_RE.fullmatch(sym.text) or sym.text in _STATISTICS:
        return None
    sym_span = (sym.idx, sym.idx + len(sym.text))
    found = symbol_owner(sym)
    if found is None:
        defined = symbol_definition(sym)  # "where T is the temperature", "the heating efficiency ηnet"
        if defined is None:
            return sym.text, [sym_span]
        s, e, words = np_span(defined)
        return f"{words} {sym.text}", sorted([sym_span, (s, e)])
    noun, named = found
    if named:  # "the box has a side length of L = 2 m": the length of the box, written L
        s, e, words = np_span(noun)
        owner = property_owner(noun, span)
        if owner is None:
            return f"{words} {sym.text}", sorted([(s, e), sym_span])
        os_, oe, owner_words = np_span(owner)
        return f"{words} {sym.text} of {owner_words}", sorted([(s, e), sym_span, (os_, oe)])
    s, e, words = np_span(noun)  # "a spectrum with fp = 0.4 Hz": fp of the spectrum
    return f"{sym.text} of {words}", sorted([sym_span, (s, e)])


def unit_bits(counted, span, unit: Optional[str]) -> bool:
    """Whether the counted noun is the rest of the unit ("mg cm− 2": "cm−"), not a thing measured."""
    if not is_currency_code(unit) and is_unit_symbol(counted.text):
        return True  # "3.19 ± 0.10 GPa", "1.20 g/m3": the unit's symbol, wherever the parse hangs it (also for "3.19" of "3.19 ± 0.10 GPa")
    return _physical(unit) and counted.i - span.end <= 1 and bool(_UNIT_BITS_RE.fullmatch(counted.text))


_AWAY = frozenset(("away", "from", "off", "north", "south", "east", "west", "northeast", "northwest", "southeast",
                   "southwest", "inland", "offshore", "outside", "beyond", "ahead", "behind", "of"))
def _distance(span) -> bool:
    """Whether a length is a distance from something ("some 50 meters (yards) away from a police station")."""
    doc, k = span.doc, span.end
    if k < len(doc) and doc[k].text == "(":
        k = next((t.i + 1 for t in doc[k : k + 5] if t.text == ")"), k)
    return k < len(doc) and doc[k].lower_ in _AWAY


_NOUN_PREPS = ("at", "with", "above", "below", "over", "under", "around", "near", "between", "within", "to")


def attached_counts(span, unit: Optional[str]) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a measurement belongs to from where it hangs: a common noun it stands beside ("the
    sandstones, 10 cm thick"; "samples at 298 K") or, for a physical unit, the subject of the verb it
    qualifies ("the samples were heated to 600 K"). Names are never taken (a person's age is no count)."""
    head, dep, prep = _attachment(span)
    if head is None:
        return None
    if head.pos_ == "NOUN" and not head.ent_type_ and head.lower_ != "points" and (dep == "appos" or (dep == "pobj" and prep in _NOUN_PREPS)):
        if dep == "appos" and any(c.dep_ == "prep" and c.lower_ in ("in", "among") for c in span.root.children):
            s, e, words = np_span(head)  # "19 percent support in Utah, 17 percent in Kansas": support, not support in Utah
            return words, [(s, e)]
        return (lambda found: group_counts(head, span, found) or found)(with_owner(head, span))  # "half of her support (44%) comes from"
    if head.pos_ == "ADJ" and dep == "npadvmod" and head.dep_ == "amod" and head.head.pos_ == "NOUN" and (
            head.i < head.head.i or head.lower_ == "worth" or _set_off(head.head, span)):  # "a clay layer (1 mm thick)"
        if head.lower_ == "old" and unit in TIME_UNITS:
            aged = head.head
            if aged.dep_ == "appos" and aged.head.pos_ == "NOUN" and not aged.head.ent_type_ and aged.head.i < aged.i:
                aged = aged.head  # "one patient, a 67-year-old male": the patient's age
            if aged.dep_ == "ROOT" and any(c.dep_ == "amod" and head.i < c.i < aged.i and c.tag_ == "JJ" and c.lower_.endswith(("ent", "ed")) for c in aged.children):
                return None  # "The 74-year-old underwent surgery": a verb the parse read as an adjective
            s, e, words = np_span(aged)  # "her 14-year-old daughter": an age
            return f"age of {words}", sorted([(head.idx, head.idx + len(head.text)), (s, e)])
        return with_owner(head.head, span)  # "a 30 percent effective tax rate"
    if head.pos_ == "ADJ" and dep == "npadvmod" and head.dep_ == "acomp" and (head.tag_ == "JJR" or head.lower_ in ("more", "less")):
        subj = subject(head.head) if head.head.pos_ in ("AUX", "VERB") and head.head.lemma_.lower() in LEVEL_VERBS else None
        if subj is not None:
            return with_owner(subj, span)  # "the plants were about 40% taller than the wild type"
    if unit in TIME_UNITS and dep == "pobj" and prep == "for" and head.pos_ == "NOUN" and not head.ent_type_:
        return with_owner(head, span)  # "incubation of the cells for 48 h", "a ban for five years"
    if unit in TIME_UNITS and dep == "pobj" and prep == "for" and head.pos_ == "VERB":
        # how long something was done to: "the samples were heated for 24 h", "cells grown for 25 days"
        if any(c.dep_ == "dobj" for c in head.children) or fronted_clause_verb(span, head) is not None:
            return None  # "for 20 years, the theater has staged new plays": how long it was done (durations), not the theater
        subj = subject(head) or (head.head if head.dep_ == "acl" and head.head.pos_ == "NOUN" and not head.head.ent_type_ else None)
        return with_owner(subj, span) if subj is not None else None
    if unit in TIME_UNITS and dep == "pobj" and prep in ("within", "at") and head.pos_ == "VERB":
        # when a thing was done to in a procedure: "the serum was assayed within 72 hours", "samples were taken at 2 h"
        subj = subject(head)
        return with_owner(subj, span) if subj is not None and subj.dep_ == "nsubjpass" else None
    physical = _physical(unit) and not _distance(span)  # a distance from something measures nothing of the subject
    if physical and head.pos_ in ("VERB", "AUX") and dep in ("pobj", "dobj", "npadvmod", "attr", "acomp", "oprd"):
        subj = subject(head, names=True)  # "the CO2 has migrated 220 m" (a name NER types, no person)
        if subj is not None and (subj.pos_ != "PROPN" or subj.ent_type_):
            return with_owner(subj, span)
    if physical:
        # a measurement in a clause: the subject of the nearest verb above it ("Serum was stored at -4 °C"), not a
        # distance from something ("a checkpoint some 50 meters away from a police station")
        verb = head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        subj = subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subj is not None and not (span.start <= subj.i < span.end):
            return with_owner(subj, span)
    return None


def _set_off(noun, span) -> bool:
    """Whether a measurement after ``noun`` is set off by a bracket or a comma right after it, within
    six words ("a clay layer (about 1 mm thick)", "the wall, 3 m high,")."""
    between = span.doc[noun.i + 1 : span.start]
    return 0 < len(between) <= 6 and between[0].text in ("(", ",")


def _in_bracket(between) -> bool:
    """Whether a bracket opens in ``between`` and is still open at its end ("1.34 (95% | CI", not
    "8.4 mm gravel-rough (-.-.) | beaches")."""
    last = next((t.text for t in reversed(between) if t.text in ("(", ")", "[", "]")), None)
    return last in ("(", "[")


def what_it_counts(span, unit: Optional[str], counted) -> tuple[Optional[str], list[tuple[int, int]]]:
    """``(counts, counts_evidence)`` of a quantity span (see the module docstring); ``(None, [])`` when
    the text does not say."""
    aged = aged_counts(span) or old_counts(span) or market_counts(span, counted) or travel_counts(span, unit)  # "The Dow fell 300 points"
    if aged is not None:
        return aged
    if counted is not None and not any(c.isalpha() for c in counted.text):
        counted = None  # "78 ± 0.6%": a sign, not a noun
    if counted is not None and counted.i >= span.end and _in_bracket(span.doc[span.end : counted.i]):
        counted = None  # "1.34 (95% CI ...)", "1 g cm−3 (Moore and Jakosky, 1989)": a bracket after the value, not its noun
    if counted is not None and counted.lower_ == "worth":  # "$250 billion worth of goods"
        counted = next((p for c in counted.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
    if counted is not None and unit_bits(counted, span, unit):
        up = counted.head  # "the 8.4 mm beach": the noun the unit's symbol qualifies
        counted = up if (counted.dep_ in ("compound", "nmod", "amod") and up.i > counted.i and up.pos_ == "NOUN"
                         and not is_unit_symbol(up.text)) else None  # "1.96 GPa", "2.2 mg cm− 2": the unit's letters
    if counted is not None and counted.lower_ == "those":
        last = min(counted.right_edge.i, counted.i + 4)
        if last == counted.i:
            return None, []
        words = counted.doc[counted.i : last + 1].text
        return words, [(counted.idx, counted.idx + len(words))]
    part = part_counts(counted, span, np_span) if counted is not None else None
    if part is not None:
        return part  # "a 16-member team"
    found = (times_counts(counted, span) or time_share_counts(counted, span) or lead_noun_counts(counted, span)
             or noun_counts(counted, span, unit)) if counted is not None else None
    if found is not None and not generic(found):
        return group_counts(counted, span, found) or agent_counts(span, found) or possessor(counted, found) or found  # a generic noun alone ("a 120-day period") says less than the clause
    money, share = is_currency_code(unit), unit == "percent"
    steps = (
        money_counts if money else None, equals_counts, apposed_counts, lambda sp: level_counts(sp, unit), change_counts, value_counts,
        lambda sp: (lambda n: with_owner(n, sp) if n is not None else None)(moved_noun(sp, unit is not None)),  # "pushed its value to $11 billion"
        lambda sp: attached_counts(sp, unit), (lambda sp: predicate_counts(sp) or agent_counts(sp, None)) if share else None, relative_counts if share or unit is None else None, trait_share if share else None,
        money_in_counts if money else None, (lambda sp: clause_money_counts(sp) or total_money_counts(sp)) if money else None,
        bracket_counts, fronted_group if share else None,
        lambda sp: duration_counts(sp, unit),  # "four days before the crash", "worked for Vanguard for eight years"
        lambda sp: distance_counts(sp, unit),  # "90 miles from the coast"
        elided_noun if unit is None and counted is None else None,  # "Sanders will gain at least 24" after "214 delegates"
    )
    for step in steps:
        found = step(span) if step is not None else None
        if found is not None and money and step is money_counts and found[0].lower() in GENERIC_MONEY:
            found = money_in_counts(span) or found  # "accepted $200,000 in indirect donations": the donations say more
        if found is not None and not generic(found):
            return found
    return None, []


def noun_counts(counted, span, unit: Optional[str]) -> tuple[str, list[tuple[int, int]]]:
    """The counted noun's phrase with its owner ("a 10 percent increase in sales"), or for a
    property noun the owner from its clause, and the group, host, course or container it is in."""
    words = noun_phrase(counted)
    ev = (counted.idx + len(counted.text) - len(words), counted.idx + len(counted.text))
    if counted.lemma_.lower() in PROPERTY_NOUNS and owner_after(counted, span) is None:
        owner = property_owner(counted, span) or earlier_owner(counted, span)  # "the 80% gas saturation of the plume"
        if owner is not None:
            os_, oe, owner_words = np_span(owner)
            return f"{words} of {owner_words}", sorted([ev, (os_, oe)])
    words, spans = owned(counted, span, words, ev)  # "a 10 percent increase in sales"
    after = prep_after(counted, span, np_span) if len(spans) == 1 else None  # "its $72 billion sale to Shell"
    words, spans = (f"{words} {after[0]}", spans + [after[1]]) if after is not None else (words, spans)
    group, prep = group_of(counted), "in"
    if group is None and unit is not None:
        group = host_of(counted)  # "DMEM medium supplemented with 2 mM glutamine": glutamine in the medium
    if group is None:
        group, prep = course_owner(counted), "of"  # "cells cultured for 10 passages": passages of the cells
    if group is None and unit is None:
        group, prep = container_of(counted), "of"  # "the cohort consisted of 10,308 employees"
    if group is not None:  # "a subgroup of 274 participants": participants, in the subgroup
        gs, ge, group_words = np_span(group)
        words, spans = f"{words} {prep} {group_words}", sorted(spans + [(gs, ge)])
    return words, spans


def generic(found: tuple[str, list[tuple[int, int]]]) -> bool:
    """Whether a phrase is only a noun that names a figure ("the actual number", "an average",
    ``claim_generic_nouns.txt``; not "the control value"), or no word at all: it says nothing of
    what the figure counts."""
    words, spans = found
    if not any(c.isalpha() for c in words) or is_unit_symbol(words):
        return True  # "8)", "±", "nJ": a bracket's rest, a sign or a unit's letters the parse took for a noun
    *before, last = words.lower().split()
    return len(spans) == 1 and last.rstrip("s") in GENERIC_NOUNS and all(w in FIGURE_WORDS for w in before)


def aged_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """The age of the people or things "aged" a value ("274 participants aged 58 to 70", "voters aged
    18 to 29", "adults aged over 48 years" -> "age of adults"): "aged" at most two words before the
    value, hanging from a common noun (a name never: "Smith, aged 45")."""
    doc = span.doc
    aged = next((t for t in doc[max(0, span.start - 3) : span.start] if t.lower_ == "aged"), None)
    if aged is None or any(t.is_punct or t.like_num for t in doc[aged.i + 1 : span.start]):
        return None
    noun = aged.head
    if noun.i == aged.i or noun.pos_ != "NOUN" or noun.ent_type_ or aged.dep_ not in ("acl", "amod"):
        return None
    s, e, words = np_span(noun)
    return f"age of {words}", sorted([(s, e), (aged.idx, aged.idx + len(aged.text))])


_WHEN_WORDS = frozenset(("after", "before", "later", "earlier", "ago", "post", "since", "until"))
_NOUN_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "oprd", "dative", "ROOT"))


def bracket_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a value in brackets right after a noun phrase measures: that noun phrase ("5318 participants
    (mean age 54.8 years)", "the rest of the clusters (less than 2%)", "approval (38 percent)"); at most
    six words into the brackets, none a closing one; not a statistic ("(p = 0.24)", "(n = 3)")."""
    doc, k = span.doc, span.start
    first = max(0, k - 7)
    opening = next((t.i for t in reversed(doc[first:k]) if t.text in ("(", ")", "[", "]")), None)
    if opening is None or doc[opening].text not in ("(", "[") or opening == 0:
        return None
    if any(t.text in ("=", "\u2248", "<", ">") for t in doc[opening + 1 : span.end + 1]):
        return None
    if doc[opening + 1].lower_ in ("from", "to", "by") or (span.end < len(doc) and doc[span.end].lower_ in _WHEN_WORDS):
        return None  # "as Tb decreases (from 10 ms to 0.1 ms)", "(6 weeks after transplantation)": a change, a time
    if doc[opening + 1].pos_ in ("NOUN", "PROPN") and doc[opening + 1].i < k and not doc[opening + 1].like_num:
        return None  # "the free pool (fractions 1 and 2)": a label; "(mean age 54.8 years)" is taken by the noun's own rule
    noun = doc[opening - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _NOUN_DEPS or noun.ent_type_ in NOT_OWNERS + ("PERSON",) or noun.like_num or noun.lower_ == "points" or (
            noun.ent_type_ in ("GPE", "LOC") and (noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children))):
        return None  # "California (..) and Massachusetts (around $300,000)": a list of places' shares, not the places
    if is_unit_symbol(noun.text) or _SYMBOL_RE.fullmatch(noun.text) and any(c.isdigit() for c in noun.text):
        return None  # "λ = N/L2 (fixed at 1000 m−2)": a symbol, not a thing
    return with_owner(noun, span)
