"""The doer of an act named as the content of an intent noun the subject expresses.

"Kenya expressed willingness to hold talks with X", "Sudan announced plans to send troops",
"Iran voiced its readiness to meet X": the act's verb is the "to" infinitive of an intent noun
(``intent_noun`` rows of ``event_words.tsv``) that is the object of a verb of expressing or
having it (``intent_verb`` rows); the subject of that verb is the one who would act. Other verbs
over the noun are not read ("opposed the plan to send troops": the opponent sends none).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Ctx, Side
from .lexicon import event_words
from .subjects import subject_side


def intent_holder(verb: Token) -> Optional[Token]:
    """The verb whose subject holds the intent the infinitive ``verb`` completes ("expressed" in
    "expressed willingness to hold"), or None."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.i == verb.i or noun.pos_ != "NOUN":
        return None
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return None
    words = event_words()
    if noun.lemma_.lower() not in words.get("intent_noun", ()) or noun.dep_ != "dobj":
        return None
    holder = noun.head
    if holder.pos_ not in ("VERB", "AUX") or holder.lemma_.lower() not in words.get("intent_verb", ()):
        return None
    return holder


def intent_subject(verb: Token, ctx: Ctx) -> Side:
    """The side that holds the intent the infinitive ``verb`` completes (empty when none)."""
    holder = intent_holder(verb)
    if holder is None:
        return Side()
    side, _ = subject_side(holder, ctx)
    if side.ids:
        side.notes.append(f"source is the subject of '{holder.text}' whose intent the act is")
    return side
