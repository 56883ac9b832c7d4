"""Acts a sentence asks about or talks about rather than asserts: the clause of a yes/no question
("Would it make ISIL less committed to kill Americans?", "Did Russia attack Ukraine?"), a
question with no verb ("Rape conviction?"), and the gerund an "about" phrase names as the topic
of talk even when the parser hangs "about" on a noun ("talking with officials for weeks about
her endorsing X"). A wh-question presupposes its act ("Why did Russia attack Ukraine?") and
stays as it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .context import Ctx

_WH_TAGS = frozenset(("WDT", "WP", "WP$", "WRB"))
_QUOTES = frozenset(('"', "'", "\u201d", "\u2019", "\u201c", "\u2018"))
_SUBJ = frozenset(("nsubj", "nsubjpass", "expl", "csubj"))


def _ends_in_question_mark(clause: Token) -> bool:
    """The clause's span ends with "?" (maybe followed by a closing quote)."""
    doc = clause.doc
    i = clause.right_edge.i
    while i > clause.i and doc[i].text in _QUOTES:
        i -= 1
    if doc[i].text == "?":
        return True
    j = clause.right_edge.i + 1
    while j < len(doc) and doc[j].text in _QUOTES:
        j += 1
    return j < len(doc) and doc[j].text == "?"


def _inverted(clause: Token) -> bool:
    """The clause opens with an auxiliary or a copula before its subject, with no wh-word before
    it: "Would it make ...", "Did Russia attack ...", "Is Iran sending ...", not "Why did ..."."""
    subj = [c.i for c in clause.children if c.dep_ in _SUBJ]
    if not subj:
        return False
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < subj[0]]
    if not aux and clause.pos_ == "AUX" and clause.i < subj[0]:
        aux = [clause]  # "Is he a threat?"
    if not aux:
        return False
    first = aux[0].i
    return not any(t.tag_ in _WH_TAGS for t in clause.doc[clause.left_edge.i:first])


def in_yes_no_question(trigger: Token, ctx: Ctx) -> bool:
    """True when ``trigger`` lies in a yes/no question (a clause with subject-auxiliary
    inversion that ends with "?", the trigger's clause or one above it) or in a question with
    no verb at all ("Rape conviction?"): the text asks whether the act happened. The sentence
    comes from ``ctx``'s index (never ``Token.sent`` or ``Doc.text`` per candidate: each walks
    the whole document)."""
    k = ctx.sent_of[trigger.i]
    asks = ctx.questions()
    if k not in asks:
        return False  # (most sentences: no question mark)
    if not asks[k]:
        sent = ctx.sents[k]
        return sent[-1].text == "?" or (len(sent) > 1 and sent[-1].text in _QUOTES and sent[-2].text == "?")
    cur = trigger
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX", "ADJ") and _inverted(cur) and _ends_in_question_mark(cur):
            return True
        if cur.head.i == cur.i or cur.dep_ in ("conj", "parataxis"):
            return False  # (a conjunct or an aside is its own clause: "X attacked Y, but will Z respond?")
        cur = cur.head
    return False


def about_topic_head(verb: Token) -> Token | None:
    """For a gerund in an "about" phrase, the verb the phrase is about: the word "about" hangs
    from, or, when the parser hung it on a noun of the verb's phrase ("talking with officials
    for weeks about her endorsing X"), the first verb above that noun."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "about" or verb.head.head.i == verb.head.i:
        return None
    cur = verb.head.head
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.pos_ not in ("NOUN", "PROPN", "ADP") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def wished_clause(clause: Token, words: dict) -> bool:
    """True when ``clause`` is the finite complement of a verb of wishing (``counterfactual_verb``
    rows): "I wish Obama had met Putin" says the meeting did not happen; "wished to meet" (an
    infinitive) is an intent, left to the future rules."""
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    if clause.head.lemma_.lower() not in words.get("counterfactual_verb", ()):
        return False
    return not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
