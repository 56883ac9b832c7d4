"""The period a sum of money is spent, raised, saved or costs over (session 13): a span of time "over",
"during" or "within" which a money verb's sum runs is the period of that money ("inversions will cost
the United States $33.6 billion over a decade" -> "period of the cost of inversions"; "the companies
expect to save $2 billion over the first three years" -> "period of the savings of the companies").
The verbs and what their sums count: ``lexicons/claim_money_verbs.tsv``; the maker: :mod:`.money_makers`.
:mod:`.durations` calls this; it imports nothing of :mod:`.measured`."""

from __future__ import annotations

from typing import Optional

from .description import noun_phrase
from .money_clauses import MONEY_VERBS, generic
from .money_makers import money_maker

#: switch for measuring the rule off (hand checks)
OFF = False
_PERIOD_PREPS = ("over", "during", "within")


def money_period(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``("period of the cost of inversions", evidence)`` for a span of time a money verb's sum runs
    over (see the module docstring), else None."""
    root = span.root
    prep = root.head
    if OFF or root.dep_ != "pobj" or prep.lower_ not in _PERIOD_PREPS or prep.dep_ != "prep":
        return None
    verb = prep.head
    template = MONEY_VERBS.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
    if template is None or verb.i > prep.i:
        return None
    if not any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" and c.i < prep.i for c in verb.children):
        return None  # "cut taxes over a decade": no sum of its own
    verb_span = (verb.idx, verb.idx + len(verb.text))
    maker = money_maker(verb, agentive="by {subject}" in template) if "{subject}" in template else None
    if maker is None:
        return f"period of the {generic(template)}", [verb_span]
    words = noun_phrase(maker)
    end = maker.idx + len(maker.text)
    first = maker.doc[maker.i - len(words.split()) + 1] if len(words.split()) <= maker.i + 1 else maker
    if first.is_sent_start and first.pos_ != "PROPN":
        words = words[:1].lower() + words[1:]  # "The repairs will cost ...": "the repairs"
    return f"period of the {template.replace('{subject}', words)}", sorted([(end - len(words), end), verb_span])
