"""What a sum of money counts when no money rule filled it (session 15, issue #20): one rule from the
parse for every sum that is the object of a verb, or the subject of a passive one, whatever the verb,
once the rows of ``claim_money_verbs.tsv`` have had their turn.

- a sum a verb takes as its object: "money" with the verb's participle, who did it
  (:func:`.money_makers.money_maker`: a name or a noun, a relative pronoun's noun, "he"/"she" for the one
  person named before) and where it went (the verb's first "to", "into", "from", "for", "on" phrase
  after the sum): "the Obama administration reallocated $81 million from the U.S. Department of Health
  and Human Services" -> "money reallocated by the Obama administration from the U.S. Department of
  Health and Human Services"; "The Obama team poured more than $15 million into those contests" ->
  "money poured by the Obama team into those contests";
- a sum that is the subject of a passive verb: "$5 million more was being sent to Miami-Dade County"
  -> "money sent to Miami-Dade County".

Never a light verb ("be", "have", "make", ... the ``general_light`` rows), a verb of change, level or
motion, a verb with no participle the text or ``claim_participles.tsv`` shows, and never without a
maker or a place the money went ("money poured" says too little).
"""

from __future__ import annotations

from typing import Optional

from .description import noun_phrase
from .groups import done_participles
from .measured import CHANGE_VERBS
from .moves import move_verbs
from .money_makers import money_maker
from .money_targets import object_words
from .owners import LEVEL_VERBS
from .specifiers import clause_words
from .units import is_currency_code

#: switch for measuring the rule off (tests and hand checks set it)
OFF = False
_PREPS = ("to", "into", "from", "for", "on", "toward", "towards")
_LIGHT = frozenset(clause_words().get("general_light", {})) | frozenset(("cost", "worth", "leave", "keep", "find"))  # where money is, not what it is


def _participle(verb) -> Optional[str]:
    lemma = verb.lemma_.lower()
    if not lemma.isalpha():
        return None
    if lemma in done_participles():
        return done_participles()[lemma]
    if verb.tag_ in ("VBD", "VBN") and verb.lower_.endswith("ed") and verb.lower_.startswith(lemma[:3]):
        return verb.lower_
    return None


def _where(verb, span):
    """The verb's first phrase after the sum that says where the money went or came from, or None."""
    for prep in verb.rights:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in _PREPS and prep.i >= span.end:
            words = object_words(prep, span)
            return (prep.lower_, words) if words is not None else None
    return None


def _money(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    root = span.root
    verb = root.head
    if root.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or verb.i == root.i:
        return None
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and (nxt.text == "," or nxt.pos_ in ("NOUN", "PROPN", "ADJ")):
        return None  # "prompted a $5 billion, ultimately unsuccessful, defamation lawsuit": the sum names a noun after it
    lemma = verb.lemma_.lower()
    if lemma in _LIGHT or lemma in LEVEL_VERBS or lemma in CHANGE_VERBS or verb.lower_ in CHANGE_VERBS or lemma in move_verbs():
        return None
    if any(c.dep_ == "prt" for c in verb.children):
        return None  # "freed up", "paid off": a phrasal verb's participle is not sure here
    part = _participle(verb)
    if part is None:
        return None
    maker = money_maker(verb) if root.dep_ == "dobj" else None
    words, spans = f"money {part}", [(verb.idx, verb.idx + len(verb.text))]
    if maker is not None:
        name = noun_phrase(maker)
        end = maker.idx + len(maker.text)
        if len(name.split()) > 6 or any(ch.isdigit() for ch in name):
            return None
        words, spans = f"{words} by {name}", spans + [(end - len(name), end)]
    where = _where(verb, span)
    if where is not None:
        words, spans = f"{words} {where[0]} {where[1].text}", spans + [(where[1].start_char, where[1].end_char)]
    if maker is None and where is None:
        return None
    return words, sorted(spans)


def general_money(doc, infos) -> None:
    """Fill the empty ``counts`` of sums a verb takes or a passive verb's subject is (see the module
    docstring); a post-pass over the claims of one document (``ClaimInfo`` objects)."""
    if OFF:
        return
    for info in infos:
        c = info.claim
        if c.counts or not is_currency_code(c.unit):
            continue
        span = doc.char_span(c.evidence[0][0], c.evidence[0][1], alignment_mode="expand")
        got = _money(span) if span is not None else None
        if got is not None:
            c.counts, c.counts_evidence = got
