"""Shares won, not claimed: "Trump won Nevada, claiming 46 percent of the vote".

"Claim" is a verb of saying, and the quotes stage reads "claiming 46 percent of the vote" as a
report by the candidate. With a share of a vote, of the delegates or of seats as its object it
tells a result, which is the writer's (``win_verb`` and ``won_noun`` rows of
``claim_claimant_words.tsv``). "He claimed 46 percent of voters back him" (a clause as the
object) still reports.
"""

from __future__ import annotations

#: how many heads up from the number the verb's object may be ("46 percent of the vote": percent)
_HOPS = 4


def won_share(tok, words: dict) -> bool:
    """Whether the number ``tok`` is in the direct object of a ``win_verb`` ("claiming 46 percent
    of the vote") whose phrase names a ``won_noun``."""
    verbs = words.get("win_verb", frozenset())
    nouns = words.get("won_noun", frozenset())
    child = tok
    for _ in range(_HOPS):
        head = child.head
        if head.i == child.i:
            return False
        if head.lemma_.lower() in verbs and head.pos_ == "VERB":
            if child.dep_ != "dobj":
                return False
            return any(t.lemma_.lower() in nouns for t in child.subtree)
        if head.pos_ in ("VERB", "AUX"):
            return False
        child = head
    return False
