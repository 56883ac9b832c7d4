"""Whose the things a count counts are, when a named holder has, holds or leads with them, or a
phrasal verb was done to them: "Clinton has at least 866 delegates" -> "Clinton's delegates",
"Trump leads with 182 delegates" -> "Trump's delegates", "Ben Carson has picked up two delegates
in Virginia" -> "delegates picked up by Ben Carson in Virginia", "he laid off more than 200 staffers"
-> "staffers laid off". The holder is a name (``agent``: groups' subject finder) or the name a relative "who" stands for
("Kasich (who has 25 delegates)" -> "Kasich's delegates"), never a personal pronoun;
verbs of holding and particles in ``claims_counts_holders.tsv``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Optional

from ... import lexicons

#: switch for measuring the rule off (tests and hand checks set it)
OFF = False
_IRREGULAR = frozenset(("laid", "cut", "set", "put", "shut", "sent", "brought", "bought", "built", "held", "kept", "sold", "spent"))


@lru_cache(maxsize=None)
def holder_words() -> dict[str, frozenset[str]]:
    """``{"hold": verbs of holding, "lead": verbs that lead "with" a count}``."""
    out: dict[str, set[str]] = {}
    for row in lexicons.rows("claims_counts_holders.tsv"):
        out.setdefault(row[0], set()).add(row[1])
    return {k: frozenset(v) for k, v in out.items()}


def _place(verb, noun):
    """An "in" phrase of the verb after the count naming a place ("in Virginia"), or None."""
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "in" and c.i > noun.i), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.ent_type_ != "GPE" or prep.right_edge.i - prep.i > 4:
        return None
    return prep.doc[prep.i : prep.right_edge.i + 1]


#: switch for the holder a relative pronoun stands for (session 15), measured apart
RELATIVE_OFF = False


def _relative_holder(verb, agent):
    """The name a relative "who"/"which"/"that" subject stands for: "Kasich (who has 25 delegates)",
    "Rubio, who has 110 delegates" -> Kasich, Rubio (the name the clause hangs on, as ``agent`` reads a
    subject name); None for any other subject."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if RELATIVE_OFF or subj is None or subj.tag_ not in ("WP", "WDT") or verb.dep_ != "relcl":
        return None
    name = verb.head
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    first = name.i
    while first > name.left_edge.i and name.doc[first - 1].pos_ == "PROPN" and name.doc[first - 1].ent_type_ == name.ent_type_:
        first -= 1
    return name.doc[first : name.i + 1]


def _set_off_name(counted):
    """The name right before a comma that a count is set off after, as its apposition ("Ohio, 66
    delegates,") or in a "with" phrase ("Trump, with 329 delegates,"), closed by a comma or the
    sentence's end; its whole name, or None."""
    doc = counted.doc
    if counted.dep_ == "appos":
        name, start = counted.head, counted.left_edge.i
    elif counted.dep_ == "pobj" and counted.head.lower_ == "with":
        name, start = None, counted.head.i
    else:
        return None
    if start < 2 or doc[start - 1].text != "," or not doc[start - 2].text[:1].isupper() or doc[start - 2].ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None  # (a name at a sentence's start may be tagged INTJ: "Trump, with 329 delegates,")
    if any(c.dep_ == "conj" and c.pos_ != "PROPN" for c in counted.children):
        return None  # "met Smith, 12 aides and a crowd": a list, no apposition
    after = doc[counted.right_edge.i + 1] if counted.right_edge.i + 1 < len(doc) else None
    if name is not None and name.i != start - 2 or after is None or after.text not in (",", ".", ";", ")"):
        return None
    last = doc[start - 2]
    if name is None and not (last.dep_ == "nsubj" and last.head.i == counted.head.head.i or counted.head.head.i == last.i):
        return None  # "with" must belong to the name or to its verb
    first = last.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1  # the whole name: "Sen. Marco Rubio" -> "Marco Rubio"
    return doc[first : last.i + 1]


def held_by(counted, found, agent: Callable) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``(counts, evidence)`` for a count whose noun a holder has or a phrasal verb took (see the
    module docstring), or None; ``found`` is the noun's own phrase with its spans."""
    if OFF:
        return None
    verb, words, spans = counted.head, found[0], list(found[1])
    named = None if RELATIVE_OFF else _set_off_name(counted)
    if named is not None:  # "Trump, with 329 delegates, needs ...", "Both Florida, 99 delegates, and Ohio, 66 delegates"
        owner = named.text + ("'" if named.text.endswith("s") else "'s")
        return f"{owner} {words}", sorted(spans + [(named.start_char, named.end_char)])
    if counted.dep_ == "pobj" and verb.lower_ == "with" and verb.head.lemma_.lower() in holder_words()["lead"]:
        verb = verb.head  # "Trump leads with 182 delegates"
    elif counted.dep_ != "dobj":
        return None
    lemma = verb.lemma_.lower()
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    holder = agent(verb) or _relative_holder(verb, agent)
    if lemma in holder_words()["hold"] or verb.i != counted.head.i:
        if holder is None or prt is not None:
            return None
        owner = holder.text + ("'" if holder.text.endswith("s") else "'s")
        return f"{owner} {words}", sorted(spans + [(holder.start_char, holder.end_char)])  # "Clinton's delegates"
    if prt is None or prt.i > counted.i or prt.lower_ not in holder_words()["particle"]:
        return None
    if not (verb.tag_ in ("VBD", "VBN") and (verb.lower_.endswith("ed") or verb.lower_ in _IRREGULAR)):
        return None  # "take over": no sure participle
    text = f"{words} {verb.lower_} {prt.lower_}"
    spans.append((verb.idx, prt.idx + len(prt.text)))
    if holder is not None:
        text, spans = f"{text} by {holder.text}", spans + [(holder.start_char, holder.end_char)]
    place = _place(verb, counted)
    if place is not None:
        text, spans = f"{text} {place.text}", spans + [(place.start_char, place.end_char)]
    return text, sorted(spans)

