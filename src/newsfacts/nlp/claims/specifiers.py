"""What a count of things counts when the clause around its noun says which ones (session 13, issue
#20), in the story's words, capped in length, with the spans of the words:

- the object of a verb, with the doer and the verb (a relative clause without its "that"):
  "Obama wanted to take in 250,000 Syrian refugees" -> "Syrian refugees President Obama wanted to
  take in"; "Each side deployed hundreds of volunteers" -> "volunteers each side deployed"; the doer
  a noun or a name (never a pronoun), at most eight words from the doer to the verb and its particle;
  not a light verb ("has", "includes", "needs": :data:`.groups._NOT_DONE`);
- people who said what they do: "About 40 rabbis have said that they plan to participate in the
  protest" -> "rabbis who have said they plan to participate in the protest" (the clause's subject
  "they" or "we": ``self`` rows); a clause about something else leaves them sources;
- the owner of a possessive pronoun: "Canova wrote to his 20,000 Twitter followers" -> "Twitter
  followers of Canova": the subject of the nearest verb above the noun, a name of the pronoun's
  entity type (``possessive`` rows), with no other name of that type between it and the noun.

Word lists: ``lexicons/claims_counts_clauses.tsv`` (:func:`clause_words`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

from ... import lexicons

#: switch for measuring the rules off (tests and hand checks set it)
OFF = False
#: switch for a year in a clause cut short ("have voted for the same party | in every race since 2000"; session 13b)
DATES_OFF = False


@lru_cache()
def clause_words() -> dict[str, dict[str, str]]:
    """``claims_counts_clauses.tsv``: {kind: {word: its entity type or ""}}."""
    out: dict[str, dict[str, str]] = {}
    for row in lexicons.rows("claims_counts_clauses.tsv"):
        out.setdefault(row[0], {})[row[1]] = row[2] if len(row) > 2 else ""
    return out


COUNT_WORDS = frozenset(clause_words().get("count", {}))


def _coordinated(noun, verb) -> bool:
    """Whether a figure after the noun in the verb's clause is joined to it ("killed 49 people and
    wounded 53", "265 women in the state and 189 in the territory"): the second takes the first one's
    noun (extract), so the first keeps its noun alone."""
    doc = noun.doc
    if verb.right_edge.i - noun.i > 40:
        return True  # a huge clause: not sure, and never walked whole
    for t in doc[noun.i + 1 : verb.right_edge.i + 1]:
        if not t.like_num:
            continue
        node = t
        for _ in range(8):
            if node.dep_ == "conj":
                return True
            if node.i in (verb.i, noun.i) or node.head.i == node.i:
                break
            node = node.head
    return False


def _doer(verb):
    """The subject of ``verb``, or of the verbs it is the complement of ("wanted to take in",
    "were permitted to build") or joined to ("shot and killed"), with the indices of those verbs;
    None for a pronoun or none."""
    v, chain = verb, {verb.i}
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in (("nsubj",) if v.i == verb.i else ("nsubj", "nsubjpass"))), None)
        if subj is not None:
            return (subj, chain) if subj.pos_ in ("NOUN", "PROPN") and subj.i < verb.i else None
        if v.dep_ not in ("xcomp", "conj") or v.head.pos_ not in ("VERB", "AUX") or v.head.i > v.i:
            return None  # "Police shot and killed 990 people": the subject of "shot"
        v = v.head
        chain.add(v.i)
    return None


def _other_figure(words) -> bool:
    """Whether a doer's clause holds another figure the parse tags but does not read as a number
    ("Dozens of new registrations do not turn into 300 members"): no clause that says which ones
    (the lead, session 14)."""
    return any(t.ent_type_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY") for t in words)


def object_clause(noun, found, verb, light: frozenset) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """The things a count counts as the object of ``verb`` with its doer: "Syrian refugees President
    Obama wanted to take in" (see the module docstring); None when the text does not say it so."""
    prt = next((c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1), None)
    if OFF or verb.pos_ != "VERB" or verb.lemma_.lower() in light and prt is None or verb.i > noun.i or not found[0].endswith(noun.text):
        return None  # not "has 866 delegates"; "take in 250,000 refugees" is no light verb
    got = _doer(verb)
    if got is None or _coordinated(noun, verb):
        return None  # "killed 49 people and wounded 53": the second count takes the first one's noun (extract)
    if noun.i - verb.i > 8 or any(t.is_punct for t in noun.doc[verb.i + 1 : noun.i]) or any(c.dep_ in ("xcomp", "ccomp", "oprd") and c.i > noun.i for c in verb.children):
        return None  # "Smith led Jones by a hair -- 180,112 to 179,803 votes": not the verb's own object; "left 30 residents waiting"
    doer, chain = got
    doc = noun.doc
    first, last = doer.left_edge.i, verb.i if prt is None else prt.i
    words = doc[first : last + 1]
    if (len(words) > 8 or any(t.is_punct or t.like_num or t.dep_ in ("mark", "relcl", "advcl", "ccomp") and t.i not in chain for t in words)
            or _other_figure(words)
            or any(t.dep_ == "cc" and t.head.pos_ != "VERB" for t in words)
            or any(t.pos_ == "PRON" for t in doc[doer.right_edge.i + 1 : last + 1])):
        return None  # "the party, he said, ..."; "Obama wanted them to ...": not one short clause
    text = words.text
    if words[0].pos_ in ("DET", "PRON", "ADJ") and words[0].text[:1].isupper():
        text = words[0].text.lower() + text[len(words[0].text):]  # "Each side deployed": "volunteers each side deployed"
    return f"{found[0]} {text}", sorted(list(found[1]) + [(words.start_char, words.end_char)])


def said_they(noun, found, verb, clause_end: Callable) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """People counted as the subject of a verb of speech whose clause says what they themselves do:
    "40 rabbis have said that they plan to participate in the protest" -> "rabbis who have said they
    plan to participate in the protest"; None otherwise (sources: "three people familiar with it said")."""
    if OFF:
        return None
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    subj = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass")), None) if said is not None else None
    if subj is None or subj.lower_ not in clause_words().get("self", {}):
        return None
    doc = noun.doc
    first = noun.right_edge.i + 1
    if first > verb.i or any(t.is_punct or t.like_num for t in doc[first : verb.i]):
        return None
    last = clause_end(said, subj.i, 14)
    if last is None:  # a long clause: up to the first thing it is "in", "to", "for" ("plan to participate in the protest | of ...")
        last = next((t.i for t in doc[said.i + 1 : min(len(doc), subj.i + 15)] if t.dep_ == "pobj" and t.pos_ == "NOUN"), None)
        if last is None or any(t.is_punct or t.like_num or t.is_quote for t in doc[subj.i : last + 1]):
            return None
    head, tail = doc[first : verb.i + 1], doc[subj.i : last + 1]
    return f"{found[0]} who {head.text} {tail.text}", sorted(list(found[1]) + [(head.start_char, head.end_char), (tail.start_char, tail.end_char)])


def possessor(noun, found) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """The owner a possessive pronoun before the counted noun stands for: "his 20,000 Twitter
    followers" -> "Twitter followers of Canova" (see the module docstring)."""
    if OFF or noun is None or not found[0].split()[-1:] == [noun.text]:
        return None
    if noun.lemma_.lower() in clause_words().get("support", {}) and found[0] == noun.text:
        return _support_of(noun, found)
    poss = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    doc = noun.doc
    if poss is not None and poss.pos_ == "PROPN" and poss.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and poss.right_edge.i < noun.i:
        words = doc[poss.left_edge.i : poss.right_edge.i + 1]  # "Iowa's 99 counties": "Iowa's counties"
        if found[0].startswith(words.text) or words.text[-2:] not in ("'s", "’s") or len(words) > 5:
            return None
        return f"{words.text} {found[0]}", sorted(list(found[1]) + [(words.start_char, words.end_char)])
    kind = clause_words().get("possessive", {}).get(poss.lower_) if poss is not None else None
    if kind is None:
        return None
    verb = noun.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PROPN" or subj.i > poss.i or not (subj.ent_type_ == kind or kind == "PERSON" and subj.ent_type_ == "ORG"
                                                                        and not any(c.dep_ == "det" for c in subj.children)):
        return None  # "Canova wrote to his ... followers", Canova tagged ORG; not "The Senate ... his"
    first = subj.i
    while first > subj.left_edge.i and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_type_ == kind:
        first -= 1
    if any(t.ent_type_ == kind and t.pos_ == "PROPN" for t in doc[subj.i + 1 : poss.i]):
        return None  # "Clinton attacked Trump over his ...": whose is not sure
    name = doc[first : subj.i + 1]
    return f"{found[0]} of {name.text}", sorted(list(found[1]) + [(name.start_char, name.end_char)])


def prep_clause(noun, found, light: frozenset) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """A count that is the object of a verb's preposition (``prep`` rows), with the doer, the verb and
    the preposition: "The poll collected data from 4,060 registered voters" -> "registered voters the
    poll collected data from"; or of the owner of a verb's object ("whose"): "Hackers targeted the voter
    systems of 21 states" -> "states whose voter systems hackers targeted"."""
    prep = noun.head
    if OFF or noun.dep_ != "pobj" or not found[0].endswith(noun.text) or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.lefts):
        return None  # "his 20,000 Twitter followers": whose they are says more (:func:`possessor`)
    if prep.lower_ == "of":
        return _whose(noun, found, prep.head, light)
    verb = prep.head
    if prep.lower_ not in clause_words().get("prep", {}) or verb.pos_ != "VERB" or verb.lemma_.lower() in light or prep.i - verb.i > 4 or prep.i < verb.i:
        return None
    doc = noun.doc
    if any(t.is_punct or t.like_num or t.pos_ == "PRON" for t in doc[verb.i + 1 : prep.i]) or _coordinated(noun, verb):
        return None
    clause = _clause(verb, prep.i)
    if clause is None:
        return None
    return f"{found[0]} {clause[0]}", sorted(list(found[1]) + [clause[1]])


def _clause(verb, last: int) -> Optional[tuple[str, tuple[int, int]]]:
    """The words from the doer of ``verb`` to token ``last`` ("the poll collected data from"), at most
    ten words, one clause; None without a doer that is a noun or a name."""
    got = _doer(verb)
    if got is None:
        return None
    doer, chain = got
    doc = verb.doc
    words = doc[doer.left_edge.i : last + 1]
    if (len(words) > 10 or any(t.is_punct or t.like_num or t.dep_ in ("mark", "relcl", "advcl", "ccomp") and t.i not in chain for t in words)
            or _other_figure(words)
            or any(t.dep_ == "cc" and t.head.pos_ != "VERB" for t in words) or any(t.pos_ == "PRON" for t in doc[doer.right_edge.i + 1 : last + 1])):
        return None
    text = words.text
    if words[0].pos_ in ("DET", "PRON", "ADJ") and words[0].text[:1].isupper():
        text = words[0].text.lower() + text[len(words[0].text):]  # "Each side deployed": "volunteers each side deployed"
    return text, (words.start_char, words.end_char)


def _whose(noun, found, owned, light: frozenset) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """"the voter systems of 21 states" as the object of a verb: "states whose voter systems hackers targeted"."""
    if owned.pos_ != "NOUN" or owned.dep_ != "dobj" or owned.lemma_.lower() in clause_words().get("not_owned", {}):
        return None
    verb = owned.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in light or any(c.dep_ == "prt" for c in verb.children) or owned.i < verb.i:
        return None
    doc = noun.doc
    if noun.right_edge.i != noun.i or any(t.is_punct or t.like_num for t in doc[verb.i + 1 : owned.i]):
        return None
    clause = _clause(verb, verb.i)
    if clause is None:
        return None
    first = owned.i
    while first > owned.left_edge.i and doc[first - 1].dep_ in ("amod", "compound") and doc[first - 1].head.i in (owned.i, first):
        first -= 1
    own = doc[first : owned.i + 1]
    return f"{found[0]} whose {own.text} {clause[0]}", sorted(list(found[1]) + [(own.start_char, own.end_char), clause[1]])


def short_end(verb, first: int, limit: int) -> Optional[int]:
    """The end of a clause too long to take whole, cut after the first thing the verb does something
    to ("were charged with receiving bribes | from developers who sought to build houses on the
    properties"): the first object noun after the verb, at most ``limit`` words from ``first``; None
    when the clause holds a figure, a sum or a quotation (what it says would be cut) or a new clause
    opens before that noun."""
    if OFF:
        return None
    doc = verb.doc
    edge = verb.right_edge.i
    if edge - verb.i > 40 or any(t.like_num and (DATES_OFF or t.ent_type_ not in ("DATE", "TIME")) or t.tag_ == "$" or t.is_quote
                                 for t in doc[verb.i : edge + 1]):
        return None  # (a clause of a huge sentence is never read whole: no quadratic walk)
    words = sum(not t.is_punct for t in doc[first : verb.i + 1])
    for tok in doc[verb.i + 1 : edge + 1]:
        words += 1
        if words > limit or tok.is_punct or tok.dep_ in ("mark", "cc", "relcl", "advcl", "ccomp") or tok.pos_ == "PRON":
            return None
        if tok.dep_ in ("dobj", "pobj", "attr") and tok.pos_ == "NOUN" and not any(c.dep_ in ("compound", "amod") and c.i > tok.i for c in tok.children):
            return tok.i
    return None


def _support_of(noun, found) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """A share of support "with" which a named candidate does something: "Clinton wins with 38 percent
    support", "Trump continues to lead the field with 40 percent support" -> "support for Clinton"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.pos_ != "VERB":
        return None
    got = _doer(prep.head)
    subj = got[0] if got is not None else None
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in ("PERSON", "ORG") or any(c.dep_ == "det" for c in subj.children):
        return None
    doc = noun.doc
    first = subj.i
    while first > subj.left_edge.i and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
        first -= 1
    name = doc[first : subj.i + 1]
    return f"{found[0]} for {name.text}", sorted(list(found[1]) + [(name.start_char, name.end_char)])
