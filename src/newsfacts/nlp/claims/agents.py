"""Those a share or a count is of when they are the doer of a passive verb: "Clinton, who's viewed as
honest by 55 percent of Democrats" -> "Democrats who view Clinton as honest"; "Obama is viewed
favorably by 50 percent" -> "those who view Obama favorably"; "the party, attended by hundreds of
convention-goers" -> "convention-goers who attended the party". The verb in the active (its lemma
for "is", the regular past for "was"), its subject a noun or a name (never a pronoun), at most
twelve words."""

from __future__ import annotations

from typing import Optional

from .groups import people_words

_SKIP = ("agent", "auxpass", "aux", "nsubjpass", "punct", "advcl", "conj", "cc", "npadvmod", "relcl", "mark", "ccomp", "dep")

#: switch for measuring the rule off (the hand checks set it)
OFF = False
#: switch for a count with its noun as the doer ("signed by more than 3,000 teachers"; session 13b)
NOUN_OFF = False


def _people(noun) -> bool:
    """Whether a plural noun names people who can do things ("teachers", "superdelegates"; not "requirements")."""
    words = people_words()
    return noun.lemma_.lower() in words["people"] | words.get("role", frozenset()) or noun.ent_type_ == "NORP"


def _doer(verb):
    """What the passive verb was done to: its subject, or the noun a relative clause or a participle
    describes ("Clinton, who's viewed ...", "The party, attended by ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if verb.dep_ in ("relcl", "acl") and (subj is None or subj.tag_ in ("WP", "WDT")):
        subj = verb.head
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.i > verb.i:
        return None
    first = subj.i
    while first > 0 and subj.doc[first - 1].head.i == subj.i and subj.doc[first - 1].dep_ in ("compound", "amod", "det", "poss"):
        first -= 1
    return subj.doc[first : subj.i + 1] if subj.i - first <= 4 else None


def agent_counts(span, group) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``(counts, evidence)`` for a share or count that is the doer of a passive verb (see the module
    docstring); ``group`` is what the share is of ("Democrats", with its spans), or None ("those")."""
    by = span.root.head
    if (not NOUN_OFF and group is not None and span.root.dep_ == "nummod" and by.dep_ == "pobj" and by.i >= span.end
            and by.tag_ == "NNS" and by.head.dep_ == "agent" and _people(by)):
        by = by.head  # "a letter signed by 3,000 teachers" -> "teachers who signed the letter"
    verb = by.head
    if OFF or span.root.dep_ not in ("pobj", "nummod") or by.dep_ != "agent" or verb.tag_ != "VBN":
        return None
    doer = _doer(verb)
    if doer is None:
        return None
    doc = span.doc
    aux = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    past = aux is not None and aux.lower_ in ("was", "were") or not NOUN_OFF and aux is None and verb.dep_ == "acl" and span.root.dep_ == "nummod"  # "a letter signed by"
    form = verb.lower_ if past and verb.lower_.endswith("ed") else verb.lemma_.lower()
    before = [c for c in verb.lefts if c.dep_ == "advmod" and c.i == verb.i - 1]  # "typically attended", not "after all, is viewed"
    after = [c for c in verb.rights if c.dep_ not in _SKIP and c.lower_ not in ("according", "compared", "including", "than") and c.tag_ not in ("VBG", "VBN") and not any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in c.subtree)]
    words = [c.text for c in before] + [form, doer.text.lower() if doer[0].dep_ == "det" else doer.text]
    spans = [(c.idx, c.idx + len(c.text)) for c in before] + [(verb.idx, verb.idx + len(verb.text)), (doer.start_char, doer.end_char)]
    for c in after:
        sub = doc[c.left_edge.i : c.right_edge.i + 1]
        words.append(sub.text)
        spans.append((sub.start_char, sub.end_char))
    head = group[0] if group is not None else "those"
    text = f"{head} who {' '.join(words)}"
    if len(text.split()) > 12 + len(head.split()):
        return None
    return text, sorted((list(group[1]) if group is not None else []) + spans)
