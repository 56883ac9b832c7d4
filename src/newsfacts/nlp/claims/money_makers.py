"""Who spends, raises, gives or owes a sum of money (session 13): the maker a money verb's row
names in ``{subject}`` (``lexicons/claim_money_verbs.tsv``), read from the parse further than
:func:`.owners.subject` goes, since money is someone's ("money Steyer gave to For Our Future"):

- a person is a maker (a name is never what a number counts, but it says whose money it is):
  "Clinton raised $12.7 million" -> "money raised by Clinton";
- a relative pronoun stands for the noun its clause describes ("the Koch operation, which aims to
  spend almost $900 million" -> "money spent by the Koch operation"), and a noun that is itself
  the predicate of "be" for that verb's subject ("Bloomberg is a campaigner who ... despite
  spending $102 million" -> Bloomberg);
- the subject of the verb above an infinitive, a gerund after a preposition, a coordinated verb
  or an adverbial clause ("aims to spend", "despite spending");
- a passive's maker is its "by" agent, never its subject ("he is paid $5 million": no maker);
- a pronoun subject of a clause a verb of saying governs stands for that verb's subject ("Bernie
  Sanders' campaign says it raised $21 million" -> "money raised by Bernie Sanders' campaign"; "it"
  only for no person, "he"/"she" only for a person; ``say`` rows of ``claim_money_makers.tsv``).

Never a pronoun, a question word, a number or a date: the row's words without the maker then
("money spent"). A sum the parse coordinates with a money verb's object ("raised $12.7 million
from X and $2.4 million from Y") is that verb's object too (:func:`coordinated_verb`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ... import lexicons
from .money_pronouns import pronoun_maker
from .money_targets import money_targets
from .owners import subject

#: switch for measuring the rules off (hand checks)
OFF = False
#: switch for the last rule of the session ("able to raise")
OFF13 = False
#: switch for the pronoun owners of session 14 ("She earns $21 an hour")
OFF14 = False

_RELATIVES = ("which", "who", "that")
_NOT_MAKERS = ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL")


@lru_cache(maxsize=None)
def money_maker_words() -> dict[str, dict[str, str]]:
    """``claim_money_makers.tsv`` by kind: ``{kind: {word: third field or ""}}``."""
    out: dict[str, dict[str, str]] = {}
    for row in lexicons.rows("claim_money_makers.tsv"):
        out.setdefault(row[0], {})[row[1]] = row[2] if len(row) > 2 else ""
    return out


def _said_by(verb, pronoun):
    """The subject of the verb of saying that governs ``verb``'s clause, when ``pronoun`` can stand
    for it ("Sanders' campaign says it raised"), else None."""
    if OFF or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in money_maker_words().get("say", {}):
        return None
    said = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if said is None or not _nominal(said):
        return None
    if pronoun.lower_ == "it" and said.pos_ == "NOUN" and said.tag_ == "NN" and not said.ent_type_ and said.text.islower():
        return said  # "the campaign says it raised"; never a name ("Trump said it would ...")
    if pronoun.lower_ in ("he", "she") and said.pos_ == "PROPN" and said.ent_type_ not in ("GPE", "LOC", "NORP", "FAC"):
        return said  # "Canova said he has raised" (a person NER may call an organisation)
    return None


def with_template(verb, template: str) -> str:
    """The row a money verb takes with a word of its own ("made available": ``with`` rows), else ``template``."""
    if OFF:
        return template
    for words, row in money_maker_words().get("with", {}).items():
        lemma, _, word = words.partition(" ")
        if verb.lemma_.lower() == lemma and any(t.lower_ == word for t in verb.doc[verb.i + 1 : verb.i + 3]):
            return row
    return template


def _nominal(tok) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in _NOT_MAKERS and not tok.like_num


def _described(noun):
    """The noun a relative clause describes, or for a predicate noun of "be" ("Bloomberg is a
    campaigner who ..."), the subject of "be"; None after a preposition's object, where the clause
    may describe the noun before ("head of the hedge fund Evercore Partners who has donated")."""
    if not _nominal(noun) or noun.dep_ in ("pobj", "appos", "conj"):
        return None
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and _nominal(subj):
            return subj
    return noun


def money_maker(verb, depth: int = 0, agentive: bool = True):
    """The token at the head of who does what a money verb says with its sum, or None; ``agentive``:
    the verb's subject is who acts ("raised by {subject}"), not the thing that costs ("cost of {subject}")."""
    if OFF:
        return subject(verb, names=True)
    if depth > 4:
        return None
    for child in verb.children:
        if child.dep_ == "nsubjpass" and depth == 0:
            return _agent(verb)  # "he is paid $5 million": the payer is the agent, if any
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "eight hedge funders are listed as fundraisers, collecting $100,000 each"
        if any(c.tag_ in ("WDT", "WP", "WRB") for c in child.children):
            return None  # "what kind of genius loses a billion", "how Bernie Sanders was able to raise"
        if child.lower_ in _RELATIVES and verb.dep_ == "relcl":
            return _described(verb.head)
        if child.pos_ == "PRON":
            if not agentive:  # "She earns $21 an hour": an owner a person is (session 14; ``person`` rows)
                return pronoun_maker(child) if not OFF14 and verb.lemma_.lower() in money_maker_words().get("person", {}) else None
            return _said_by(verb, child) or pronoun_maker(child)  # "She has raised": the one woman named before
        return child if _nominal(child) else None
    up = verb.head
    if verb.dep_ == "pcomp" and up.dep_ == "prep":
        up = up.head  # "despite spending $102 million": the clause's subject
    if verb.dep_ == "xcomp" and up.pos_ == "ADJ" and up.dep_ == "acomp" and not OFF13:
        return money_maker(up.head, depth + 1, agentive) if up.head.pos_ in ("VERB", "AUX") else None  # "was able to raise"
    if verb.dep_ == "conj" and verb.tag_ == "VBG" and up.tag_ != "VBG":
        return None  # a participle coordinated with a finite verb is a misparse
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and up.pos_ in ("VERB", "AUX") and up.i != verb.i:
        return money_maker(up, depth + 1, agentive)
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ == "NOUN" and not verb.head.ent_type_:
        return verb.head
    return None


def _agent(verb):
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    tok = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return tok if tok is not None and _nominal(tok) else None


def coordinated_verb(span, money_verbs) -> Optional[tuple]:
    """``(verb, "dobj", None)`` (as :func:`.measured._attachment` gives) when the sum is a conjunct the parse hangs from a money verb whose own
    object is an earlier sum ("raised $12.7 million from X and $2.4 million from Y"), else None."""
    if OFF:
        return None
    root = span.root
    verb = root.head
    if root.dep_ != "conj" or verb.pos_ != "VERB" or verb.i >= root.i or verb.lemma_.lower() not in money_verbs:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.ent_type_ != "MONEY" or obj.i >= span.start:
        return None
    return verb, "dobj", None


def participle(lemma: str) -> str:
    """A money verb's past participle (``participle`` rows, else "-ed")."""
    row = money_maker_words().get("participle", {}).get(lemma)
    return row or (lemma + "d" if lemma.endswith("e") else lemma + "ed")


def with_in_noun(span, verb, found: tuple[str, list[tuple[int, int]]], maker: Optional[tuple[str, tuple[int, int]]],
                 in_noun) -> tuple[str, list[tuple[int, int]]]:
    """What a sum a money verb takes counts when the sum is "in" a noun that says what the money is
    ("The company would owe $40 billion in U.S. taxes" -> "U.S. taxes owed by the company", not "debt
    owed by the company"; ``in_noun``: :func:`.money_clauses.money_in_counts` of the span); ``found``
    when there is no such noun or no maker."""
    if OFF or maker is None:
        return found
    if any(p in ("in", "into") for p in money_targets().get(verb.lemma_.lower(), ())):
        return found  # "invested $20 million in renovations": where the money went, not what it is
    in_found = in_noun(span)
    if in_found is None or " " in verb.lemma_:
        return found
    words, ev = maker
    verb_span = (verb.idx, verb.idx + len(verb.text))
    if verb.lemma_.lower() in money_maker_words().get("source", {}):
        return f"{in_found[0]} from {words}", sorted(list(in_found[1]) + [ev])  # "cost him $1 billion in losses"
    return f"{in_found[0]} {participle(verb.lemma_.lower())} by {words}", sorted(list(in_found[1]) + [ev, verb_span])
