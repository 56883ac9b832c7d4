"""What "N times" counts: the times the clause's doer did what its verb says, in the story's words:
"candidates referred to ISIS 44 times" -> "times candidates referred to ISIS", "a typical voter will
see the ad at least 10 times before the primary" -> "times a typical voter will see the ad" (the
subject, the auxiliaries, the verb and what it takes; not a time or a date after it, nor a
multiplier: "rose 10 times faster"). Nothing when the clause is longer than twelve words."""

from __future__ import annotations

from typing import Optional

_CORE = ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt", "dobj", "dative", "attr", "acomp")
_PREPS = frozenset(("to", "on", "at", "with", "about", "against", "for", "in", "into", "from", "of", "over"))
_NOT_SUBJECTS = frozenset(("it", "that", "this", "which", "what", "there"))

#: switch for measuring the rule off (the hand checks set it)
OFF = False
#: switch for the shares "of the time" (session 12, second round)
TIME_OFF = False


def times_counts(counted, span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``("times <clause>", evidence)`` for a count of "times" a verb's clause says it happened (see
    the module docstring); None otherwise."""
    verb = counted.head
    if OFF or counted.lower_ != "times" or counted.dep_ not in ("npadvmod", "dobj", "advmod") or verb.pos_ != "VERB" or verb.lemma_.lower() in ("have", "be", "do"):
        return None  # "if I haven't 10,000 times": the verb left out
    nxt = counted.doc[counted.i + 1] if counted.i + 1 < len(counted.doc) else None
    if counted.i < span.end or nxt is not None and (nxt.lower_ in ("as", "more", "less", "the", "that", "what") or nxt.tag_ in ("JJR", "RBR")):
        return None  # "three times as many voters said", "10 times more": a multiplier
    found = _clause(verb, counted.i)
    return (f"times {found[0]}", sorted(found[1] + [(counted.idx, counted.idx + len(counted.text))])) if found is not None else None


def time_share_counts(counted, span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``("time <clause>", evidence)`` for a share "of the time" a clause says something happens ("He
    succeeded only about 8 to 10 percent of the time" -> "time he succeeded"); None otherwise."""
    share, verb = span.root, span.root.head
    if (OFF or TIME_OFF or counted.lower_ != "time" or counted.dep_ != "pobj" or counted.head.lower_ != "of" or counted.head.head.i != share.i
            or share.dep_ not in ("npadvmod", "dobj", "advmod") or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in ("have", "do")):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in counted.children):
        return None  # "half of his time": what he spends it on, not how often
    found = _clause(verb, share.i)
    return (f"time {found[0]}", sorted(found[1] + [(counted.idx, counted.idx + len(counted.text))])) if found is not None else None


def _clause(verb, skip: int) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """The words of the verb's clause: its subject, auxiliaries, the verb and what it takes, leaving
    out the child ``skip`` (the count); None when too long or cut."""
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in _NOT_SUBJECTS or subj.right_edge.i - subj.left_edge.i > 5:
        return None
    keep: list[int] = []
    for child in verb.children:
        if child.i == skip:
            continue
        if child.dep_ in _CORE or child.dep_ == "prep" and child.lower_ in _PREPS and child.i > verb.i:
            sub = [t for t in child.subtree]
            if any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in sub) or child.right_edge.i - child.left_edge.i > 6:
                if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
                    return None  # what the verb says needs words the rule leaves out
                continue
            keep.extend(t.i for t in sub if not t.is_quote)
    keep.append(verb.i)
    keep.sort()
    doc = verb.doc
    if sum(not doc[i].is_punct for i in keep) > 12 or any(doc[i].is_punct and not doc[i].is_quote and not _joining(doc[i]) for i in keep):
        return None
    runs: list[list[int]] = []
    for i in keep:
        if runs and (i == runs[-1][-1] + 1 or all(doc[j].is_quote for j in range(runs[-1][-1] + 1, i))):
            runs[-1].append(i)
        else:
            runs.append([i])
    spans = [(doc[r[0]].idx, doc[r[-1]].idx + len(doc[r[-1]].text)) for r in runs]
    text = " ".join(doc[r[0] : r[-1] + 1].text if len(r) == r[-1] - r[0] + 1 else " ".join(doc[i].text for i in r) for r in runs)
    first = doc[keep[0]]
    if first.is_sent_start and first.pos_ != "PROPN" and first.text != "I":
        text = text[:1].lower() + text[1:]  # "A typical voter will see ..." -> "times a typical voter ..."
    return text, spans


def _joining(tok) -> bool:
    """A hyphen inside a word ("fact-check"), which cuts nothing."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
