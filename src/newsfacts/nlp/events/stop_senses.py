"""Stop contexts of the event stage (split from :mod:`newsfacts.nlp.events.senses`):
:func:`stop_context` says why a sentence makes no coded event (a byline: "Contributing: Ann
Roe", "Reporting by ..."), :func:`stop_subject` a trigger whose subject is a poll or a market
("a poll gave ...", "oil prices hit ..."), also through the verb whose complement the trigger
is ("a 69% majority of Republicans support deploying ground forces")."""

from __future__ import annotations

from itertools import islice
from typing import Optional

from spacy.tokens import Span as SpacySpan, Token

from .lexicon import event_words


def stop_context(sent: SpacySpan) -> Optional[str]:
    """Why no trigger of the sentence ``sent`` fires, or None: a byline ("Contributing: Ann
    Roe", "(Reporting by X; Editing by Y)")."""
    words = list(islice((t for t in sent if not (t.is_punct and t.lower_ in ("(", "[", "\u2014", "-"))), 3))  # the first three only
    byline = event_words().get("byline", frozenset())
    if words and words[0].lower_ in byline and len(words) > 1 and words[1].lower_ in (":", "by"):
        return "byline"
    if len(words) > 2 and words[0].lower_ == "additional" and words[1].lower_ in byline and words[2].lower_ == "by":
        return "byline"
    return None


def stop_subject(tok: Token) -> bool:
    """True when the subject of the verb ``tok`` is a poll, a survey or a market ("a poll gave
    the senator a lead", "oil prices hit a record") or a natural force ("Typhoon Mitag lashed
    the coast", ``natural_force``): no actor acts."""
    stop = event_words().get("stop_subject", frozenset())
    nature = event_words().get("natural_force", frozenset())
    if vehicle_struck(tok) or loss_suffered(tok) or taken_shot(tok):
        return True
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in stop or c.lower_ in stop or c.lemma_.lower() in nature):
            return True
        if c.dep_ == "nsubj" and c.pos_ == "PROPN" and any(
            m.dep_ == "compound" and m.lemma_.lower() in nature for m in c.children
        ):
            return True  # "Typhoon Mitag lashed the coast", "Hurricane Ida destroyed ..."
        if c.dep_ == "nsubj" and c.lower_ in ("which", "that") and tok.dep_ == "relcl" and tok.head.lemma_.lower() in stop:
            return True  # "the poll, which tracks Americans' support for ..."
    if tok.dep_ in ("acl", "relcl") and not any(c.dep_ == "nsubj" for c in tok.children):
        head = tok.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head != head.head:
            head = head.head.head  # "78 percent of teachers backing X": the percent backs
        if head.lemma_.lower() in stop or head.lower_ in stop:
            return True  # "with 78 percent of Sanders voters backing Clinton"
    if tok.dep_ in ("ccomp", "xcomp", "oprd") and tok.head != tok and tok.head.lemma_.lower() in event_words().get("show_verb", ()):
        return stop_subject(tok.head)  # "early polls show voters rejecting Mr. Trump"
    if (
        tok.dep_ in ("xcomp", "dobj", "pcomp", "advcl") and tok.pos_ == "VERB" and (tok.dep_ != "advcl" or tok.tag_ == "VBG") and tok.head.i != tok.i
        and tok.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    ):
        return stop_subject(tok.head)  # "a 69% majority of Republicans support deploying ground forces";
        # "the storm hit the coast, killing six": an "-ing" clause with no subject of its own
    return False


def asked_elsewhere(tok: Token) -> bool:
    """True when the verb ``tok`` is a "to" infinitive right after the object of a
    ``request_verb`` that the parser hung on another verb ("issued a statement urging North
    Korea | to comply", parsed as the purpose of "issued"): the act asked for, which the request
    codes (absorbed when the parse is right), no event of its own and no act of the requester."""
    if tok.dep_ not in ("advcl", "xcomp", "conj") or tok.i < 2:
        return False
    to = tok.doc[tok.i - 1]
    if to.lower_ != "to" or to.dep_ != "aux" or to.head.i != tok.i:
        return False
    obj = tok.doc[tok.i - 2]
    while obj.dep_ in ("compound", "flat", "amod") and obj.head.i > obj.i:
        obj = obj.head
    verb = obj.head
    return (
        obj.dep_ == "dobj"
        and verb.i != tok.head.i
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in event_words().get("request_verb", ())
    )


def vehicle_struck(tok: Token) -> bool:
    """True when the verb ``tok`` is a ``collision_verb`` whose subject is a ``vehicle`` ("a car
    struck them", "a truck hit the boy"): a road accident, no assault by an actor."""
    words = event_words()
    if tok.lemma_.lower() not in words.get("collision_verb", ()):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in words.get("vehicle", ()) for c in tok.children)


def loss_suffered(tok: Token) -> bool:
    """True when the participle ``tok`` ("killed", "wounded") counts the losses a ``loss_verb``
    reports ("the regiment lost 40 killed and 120 wounded", "suffered 300 dead and wounded"):
    the sufferer is no attacker and nobody is named who struck."""
    words = event_words()
    if tok.tag_ not in ("VBN", "VBD") or tok.lemma_.lower() not in words.get("loss_participle", ()):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for c in tok.children):
        return False
    cur = tok
    for _ in range(4):
        if cur.dep_ not in ("conj", "dobj", "advcl", "xcomp", "ccomp", "oprd", "npadvmod", "appos", "amod") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in words.get("loss_verb", ()):
            return True
        if cur.pos_ == "VERB" and cur.lemma_.lower() not in words.get("loss_participle", ()):
            return False
    return False


def taken_shot(tok: Token) -> bool:
    """True when "shot" is the parser's participle after the object of "take" ("took a parting
    shot at X", parsed as "parting" shot): a jab in words, no shooting."""
    head = tok.head
    return (
        tok.lemma_.lower() == "shoot" and tok.dep_ == "acl" and head.i != tok.i and head.i == tok.i - 1
        and head.dep_ == "dobj" and head.head.lemma_.lower() == "take"
    )
