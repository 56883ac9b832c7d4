"""Acts that are only the object of an attitude: hoped for, viewed with optimism, pessimism or
scepticism ("said it hoped for more talks", "expressed pessimism over holding negotiations",
"is skeptical about Iran's motives in providing payments", "hopes Japan will persuade Biden to
lift the sanctions"). The speaker neither did nor pledged them: PLOVER codes no event (not an
AGREE, not a THREATEN), like an act under consideration."""

from __future__ import annotations

from spacy.tokens import Token

#: Dependencies a trigger's path up to the attitude word may not cross: another clause or
#: phrase that is no content of the attitude ("hoped for talks and attacked X", "the rebels,
#: who hope for ...", "optimistic after the talks").
_BARRIERS = frozenset({"conj", "relcl", "appos", "nsubj", "nsubjpass", "csubj", "parataxis", "advcl", "npadvmod"})
#: Prepositions that name an attitude's content ("optimism about", "pessimism over").
_CONTENT_PREPS = frozenset({"about", "over", "at", "of", "on", "for", "regarding", "concerning", "toward", "towards"})


def _forms(tok: Token) -> set[str]:
    """The word's lemma and its base form read off the suffix (spaCy lemmatises "hoped" as
    "hop")."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    if tok.pos_ == "VERB":
        if low.endswith("es") or low.endswith("ed"):
            out.add(low[:-1])
        if low.endswith("ing"):
            out.add(low[:-3] + "e")
    return out


def _for_clause(verb: Token) -> bool:
    """A "for X to V" clause the parser hung as an adverbial clause ("waiting for the military to
    investigate")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _content_link(word: Token, below: Token) -> bool:
    """True when ``below`` (a child of the attitude ``word``) brings the attitude's content: a
    "that" clause or a content preposition; not a "to" infinitive of the same subject ("hopes
    to meet X" is an intent, left to the future modality). A verb takes its content with "for"
    only ("hoped for talks", "waited for aid"; not "waited at the site of the attack")."""
    if below.dep_ == "prep":
        return below.lower_ == "for" if word.pos_ == "VERB" else below.lower_ in _CONTENT_PREPS
    if _for_clause(below):
        return True  # "waiting for the military to investigate", "hoping for Congress to act"
    if below.dep_ in ("ccomp", "acl"):
        return not any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
    return False


def attitude_object(trig: Token, words: dict, reach: int = 8) -> bool:
    """True when the trigger lies in the content of an ``attitude`` word (a verb of hoping, a
    noun or adjective of optimism, pessimism or scepticism) above it, on a path of clause
    complements, objects and prepositions; stops at a reporting verb and at :data:`_BARRIERS`."""
    attitude = words.get("attitude", frozenset())
    reporting = words.get("reporting", frozenset())
    below, cur = trig, trig.head
    for _ in range(reach):
        if below.i == cur.i or (below.dep_ in _BARRIERS and not _for_clause(below)):
            return False
        lemma = cur.lemma_.lower()
        if _forms(cur) & attitude and cur.pos_ in ("NOUN", "ADJ", "VERB"):
            if below.dep_ == "xcomp" and _forms(cur) & words.get("likelihood", frozenset()):
                return True  # "Russia is likely to invade": the writer's forecast, no act or pledge
            return _content_link(cur, below)
        if lemma == "be" and any(c.dep_ == "acomp" and _forms(c) & attitude for c in cur.children):
            return _content_link(cur, below)  # "it is skeptical, it said, that ..." hung on the copula
        if cur.pos_ in ("VERB", "AUX") and lemma in reporting:
            return False
        below, cur = cur, cur.head
    return False
