"""Who did what a span of time lasted (session 14): a phrase of :mod:`.durations` built on a verb
("time served in the Senate", "time spoke", "time hosted young singers") says who when the verb's
subject is a noun or a name, or a pronoun :func:`.money_makers.money_maker` reads as one:

- "Roe has served in the Senate for 30 years" -> "time Roe has served in the Senate";
- "Trump spoke for more than 45 minutes" -> "time Trump spoke";
- "For almost 18 years, the club has hosted young singers" -> "time the club has hosted young singers";
- a relative pronoun is the noun its clause describes, an infinitive's or a coordinated verb's
  subject is the one above it ("who has worked ...", "wants to stay ...").

Never a passive's subject (what was done, not who did it), a pronoun that stands for no one named, a
question word, a number or a date; the phrase as :mod:`.durations` gave it then. Evidence: the
subject's words are added to the phrase's spans.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ... import lexicons

from .money_makers import money_maker

#: switch for measuring the rule off (hand checks)
OFF = False

_MAX_WHO = 5
_NOT_WHO = ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL")


def _verb_of(span, words: str):
    """The verb a "time ..." phrase of ``span`` is built on, or None: the verb the value hangs from
    (as object, or through a preposition), whose own word follows "time "."""
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        verb = root.head.head
    elif root.dep_ in ("dobj", "npadvmod"):
        verb = root.head
    else:
        return None
    if verb.pos_ != "VERB" or not (words == f"time {verb.text}" or words.startswith(f"time {verb.text} ")):
        return None
    return verb


def _who(tok) -> Optional[tuple[int, int]]:
    """Token range of a subject's short phrase: a name with the names before it, a common noun with
    its determiner, possessor, adjectives and compounds right before it; None when longer than
    ``_MAX_WHO`` words or not a noun."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _NOT_WHO or tok.like_num:
        return None
    doc, first = tok.doc, tok.i
    while first > 0 and doc[first - 1].head.i in (tok.i, first) and doc[first - 1].dep_ in (
            "compound", "amod", "det", "poss", "case", "nmod") and doc[first - 1].lower_ not in ("a", "an", "no", "any"):
        first -= 1
    if tok.i + 1 - first > _MAX_WHO or any(t.is_punct and t.text not in ("'", "’", ".") for t in doc[first : tok.i + 1]):
        return None
    return first, tok.i + 1


def with_doer(span, found: Optional[tuple[str, list[tuple[int, int]]]]) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``found`` ("time <verb> ...") with the verb's doer put before the verb, else ``found``."""
    if OFF or found is None:
        return found
    verb = _verb_of(span, found[0])
    if verb is None or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return found  # "was detained for three days": who was detained is no doer
    if verb.tag_ == "VBG":
        return found  # "confirming survival ... for 1 month": a participle's doer is the parse's guess
    maker = money_maker(verb)
    if maker is not None and any(t.is_sent_start or "\u2022" in t.text for t in span.doc[min(maker.i, verb.i) + 1 : max(maker.i, verb.i) + 1]):
        maker = None  # a doer across a sentence or a bullet
    rng = _who(maker) if maker is not None else None
    if rng is None:
        return found
    doc = span.doc
    first, end = rng
    if span.start < end and first < span.end:
        return found
    who = doc[first:end].text
    if doc[first].is_sent_start and doc[first].pos_ != "PROPN":
        who = who[:1].lower() + who[1:]
    aux = " ".join(c.text for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i and c.lower_ != "to"
                   and (maker.i < c.i or maker.head.i != verb.i))
    rest = found[0][len("time "):]
    words = f"time {who} {aux + ' ' if aux else ''}{rest}"
    ev = (doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text))
    return words, sorted(set(found[1]) | {ev})


@lru_cache(maxsize=1)
def duration_words() -> dict[str, frozenset[str]]:
    """``claim_duration_words.tsv`` by kind: not_lasting verbs, when_before and when_after words."""
    out: dict[str, set[str]] = {}
    for row in lexicons.rows("claim_duration_words.tsv"):
        out.setdefault(row[0], set()).add(row[1])
    return {k: frozenset(v) for k, v in out.items()}


def bare_verb(span):
    """The verb a span of time with no "for" says how long was done ("has worked at Carrier almost 24
    years", "served 12 years in the Senate"), or None: the value after its verb, the verb's only object,
    not a time when ("two days later", "in three years", "the last five years") nor a verb that takes a
    time it does not last (``claim_duration_words.tsv``: "faces five years"), nor one of the light verbs."""
    doc, root = span.doc, span.root
    verb = root.head
    if OFF or verb.pos_ != "VERB" or verb.i >= span.start or verb.lemma_.lower() in duration_words()["not_lasting"]:
        return None
    words = duration_words()
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before in words["when_before"] or not before[-1:].isalnum() or after in words["when_after"] or doc[span.start].lower_ in words["when_before"] or doc[span.end - 1].text == "-":
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "neg") and not (span.start <= c.i < span.end) for c in verb.children):
        return None  # "taught English 20 years", "was jailed two years": another object, a passive, a negation
    return verb
