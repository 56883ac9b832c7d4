"""Sense conditions on what a trigger verb takes and who takes part (issue 19, session 10).

Registered in :data:`newsfacts.nlp.events.senses.SENSE_CHECKS` through :data:`OBJECT_SENSE_CHECKS`:

- ``not_chance``: what is seized or accepted is no chance, post or nomination ("seized the
  chance to meet X", "accepted the Republican nomination", "accepting speaking opportunities");
- ``not_office_object``: what is handed over is no office ("handing the reins over to X": a
  change of leadership, no territory or people given up);
- ``called_on``: "call on/upon" is a request when nothing stands between the verb and "on"
  ("called on Russia to withdraw", "called on social media followers to join"), not "called
  Clinton's remarks on 9/11 a new low" (naming something);
- ``held_release``: a release noun says who or what is released or from where ("the release of
  the sailors", "his release from prison", "a hostage release"), not "stated in a release";
- ``lifted_restriction``: what is lifted is a restriction ("lifted the sanctions"), not "lifted
  him into contention";
- ``warned_act`` (session 11): a warning "not to" do something threatens only when what it says
  not to do is an event act ("warned Iran not to attack the ships"), and a warning "to" do
  something only when it says to give way (``warned_yield``: "warned Israel to withdraw"), not
  advice ("his wife warned him not to get too nasty", "warned officials to boost security");
- ``not_attributive`` (session 11): the participle is no modifier before a noun ("pledged
  delegates", a class of delegates, no pledge made);
- ``not_shown``: a demonstration of something shown is no protest ("another demonstration of
  how difficult it is", "a demonstration of support": ``shown_quality`` words or a clause);
- ``rejected_object`` (session 12): what is brushed aside is an actor, a proposal, a demand or
  an act ("brushed aside calls for his resignation"), not "brushed aside her Michigan loss";
- ``demanded_act`` (session 12): insisting names what another must do ("insisted that Syria
  stop ...", "insisted on the withdrawal of ..."), not a claim or a habit.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .lexicon import event_words, noun_patterns, verb_patterns
from .syntax import names_actor


def not_in_list(role: str) -> Callable[[Token], bool]:
    """A check that the verb's direct objects are none of the words of ``role`` (nor the noun a
    relative clause with no object of its own describes: "the chance he seized")."""

    def check(tok: Token) -> bool:
        words = event_words().get(role, frozenset())
        if any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in tok.children):
            return False
        return not (
            tok.dep_ == "relcl" and tok.head.lemma_.lower() in words
            and not any(c.dep_ == "dobj" and c.lower_ not in ("that", "which") and not names_actor(c) for c in tok.children)
        )

    check.__doc__ = f"No direct object among the ``{role}`` words."
    return check


def called_on(tok: Token) -> bool:
    """No direct object of the verb before its "on"/"upon"."""
    ons = [c.i for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")]
    return not ons or not any(c.dep_ in ("dobj", "dative") and c.i < ons[0] for c in tok.children)


def held_release(tok: Token) -> bool:
    """A noun trigger has an "of"/"from" phrase, an owner or a people compound; a verb: true."""
    if tok.pos_ != "NOUN":
        return True
    people = event_words().get("released_person", frozenset())
    return any(
        (c.dep_ == "prep" and c.lower_ in ("of", "from")) or c.dep_ == "poss" or (c.dep_ == "compound" and c.lemma_.lower() in people)
        for c in tok.children
    )


def lifted_restriction(tok: Token) -> bool:
    """What is lifted is a restriction (``liftable`` or ``civil_restriction`` words: "lifted the
    sanctions", "the ban was lifted", "the siege it lifted"), not "lifted him into contention",
    "lift wages", "lifted the spirits"; a noun trigger: true."""
    if tok.pos_ != "VERB":
        return True
    words = event_words()
    ok = words.get("liftable", frozenset()) | words.get("civil_restriction", frozenset())
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("relcl", "acl") and not objs:
        objs = [tok.head]
    for o in objs:
        near = [o] + [c for c in o.children if c.dep_ == "compound"]
        near += [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if any(t.lemma_.lower() in ok or t.lower_ in ok for t in near):
            return True
    return False


def warned_act(tok: Token) -> bool:
    """A verb with no "to" infinitive; or one told not to do an event act (a trigger verb: "not
    to attack"), or told to give way (``warned_yield``: "warned Israel to withdraw"); true for a noun."""
    if tok.pos_ != "VERB":
        return True
    infinitives = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if not infinitives:
        return True
    rows, give_way = verb_patterns(), event_words().get("warned_yield", frozenset())
    for v in infinitives:
        acts = [v] + [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if any(c.dep_ == "neg" for c in v.children):
            if any(any(p.type != "-" for p in rows.get(a.lemma_.lower(), {}).values()) for a in acts):
                return True
        elif any(a.lemma_.lower() in give_way for a in acts):
            return True
    return False


def not_attributive(tok: Token) -> bool:
    """No past participle modifying a noun that follows it ("pledged delegates")."""
    return not (tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.head.i > tok.i)


def not_shown(tok: Token) -> bool:
    """No "of" phrase naming what is shown: a clause ("of how difficult it is") or a
    ``shown_quality`` word ("of support", "of strength"); a verb: true."""
    if tok.pos_ != "NOUN":
        return True
    shown = event_words().get("shown_quality", frozenset())
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pcomp" or (p.dep_ == "pobj" and (p.lemma_.lower() in shown or p.tag_ in ("WRB", "WP"))):
                    return False
    return True


def rejected_object(tok: Token) -> bool:
    """What is brushed aside is an actor, a proposal or demand (``proposal``, ``demand_object``
    words) or a noun trigger ("brushed aside calls for his resignation", "brushed aside Western
    criticism"), not a thing or a setback ("brushed aside her Michigan loss", "brushed aside the
    material needs of workers")."""
    words = event_words()
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs:
        return False
    for o in objs:
        low = o.lemma_.lower()
        actor = o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")  # not "her Michigan loss"
        if actor or low in words.get("proposal", ()) or low in words.get("demand_object", ()):
            return True
        if o.pos_ == "NOUN" and (low in noun_patterns() or o.lower_ in noun_patterns()):
            return True
    return False


def demanded_act(tok: Token) -> bool:
    """Insisting is a demand when it says what someone else must do: a "that" clause in the
    bare (subjunctive) form with a subject of its own ("insisted that Syria stop supporting X"),
    or "on" an act named by an event noun ("insisted on the withdrawal of the troops"); not a
    claim ("insisted that its program was peaceful") nor a habit ("insisted on paying")."""
    for c in tok.children:
        if c.dep_ == "ccomp" and c.tag_ == "VB" and any(k.dep_ == "nsubj" for k in c.children):
            if not any(k.dep_ == "aux" for k in c.children):
                return True
        if c.dep_ == "prep" and c.lower_ == "on":
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ == "NOUN" and (p.lemma_.lower() in noun_patterns() or p.lower_ in noun_patterns()):
                    return True
    return False


OBJECT_SENSE_CHECKS: dict[str, Callable[[Token], bool]] = {
    "not_chance": not_in_list("chance_noun"),
    "not_office_object": not_in_list("office_word"),
    "called_on": called_on,
    "held_release": held_release,
    "lifted_restriction": lifted_restriction,
    "warned_act": warned_act,
    "not_attributive": not_attributive,
    "not_shown": not_shown,
    "rejected_object": rejected_object,
    "demanded_act": demanded_act,
}
