"""The countries named near a person that are not theirs, for the sentence vote of
:mod:`.actors` (the last person rule): another person's nationality, where a journey goes."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ... import lexicons
from ...lexicons import countries
from ..text import sentences


def not_own_countries(doc: Any, mentions: list) -> Counter:
    """The countries named, in the sentences of a person's ``mentions``, that are not theirs: the
    nationality of another person ("Senator Roe spoke with Ukrainian President Ivan Petrenko":
    a nationality or country word modifying a title or name that ends in a person's name outside
    ``mentions``) and where a journey goes ("flew to Beijing": :func:`_destination`)."""
    out: Counter = Counter()
    if doc is None:
        return out
    sents = sentences(doc)
    own = [(m.start, m.end) for m in mentions]
    for k in {m.sent for m in mentions}:
        if k >= len(sents):
            continue
        for tok in sents[k]:
            if tok.ent_type_ == "GPE" and _destination(tok):
                name = tok.doc[tok.left_edge.i:tok.i + 1].text
                name = name[4:] if name.lower().startswith("the ") else name
                code = next(iter(countries.country_codes(name)), None) or countries.capital_country(name)
                if code:
                    out[code] += 1  # "President Roe flew to Beijing": where one travels is not one's country
                continue
            if tok.ent_type_ not in ("NORP", "GPE") or tok.dep_ not in ("amod", "compound", "poss"):
                continue
            head = tok.head
            for _ in range(4):
                if head.ent_type_ == "PERSON" or head.dep_ not in ("compound", "amod") or head.head.i == head.i:
                    break
                head = head.head
            if head.ent_type_ != "PERSON" or any(s <= head.idx < e for s, e in own):
                continue
            code = countries.demonym_country(tok.text) or next(iter(countries.country_codes(tok.text)), None)
            if code:
                out[code] += 1
    return out


def _destination(tok) -> bool:
    """True when the place word ``tok`` is where a journey goes: the object of a travel verb
    (``travel_verb`` in ``entity_words.tsv``) or of its "to/in/into" ("flew to Beijing",
    "arrived in Pakistan", "visited Cairo")."""
    verbs = lexicons.entity_words("travel_verb")
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in verbs
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "in", "into"):
        return tok.head.head.lemma_.lower() in verbs
    return False
