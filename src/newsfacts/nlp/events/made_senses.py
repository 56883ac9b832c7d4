"""Sense conditions for commitments, interruptions and enabling (issue 19, session 11, helper E3).

Registered in :data:`newsfacts.nlp.events.senses.SENSE_CHECKS` through :data:`MADE_SENSE_CHECKS`:

- ``made_commitment``: a commitment is an AGREE event only when it is made or given in the
  sentence: the noun is what a ``make_commitment`` verb takes ("made a commitment to the IAEA
  to halt enrichment", "secured a commitment from Iran", "the commitments given to Kiev"), or it
  names its giver with "from", "by" or "on the part of" ("a commitment from Tehran to ...").
  A resolve ("his commitment to tearing down the law") or a standing obligation ("our treaty
  commitments to NATO allies", "honor its commitments") is no event;
- ``not_interrupted``: cutting off a person is interrupting them, no sanction ("cut off a
  reporter", "cut him off"): what is cut off, when named, is no person by name, no person
  pronoun and no ``interrupted_person`` word; "cut off aid", "cut off ties", "cut off Qatar"
  stay sanctions;
- ``actor_enabler``: allowing or permitting is a concession only when an actor allows: the
  subject is no common noun that names no actor ("the test allows Pyongyang to refine its
  missiles", "that tactic allows Rubio to ...", "an online portal allows members to ..."), no
  clause ("going through a dark time has allowed him to ...") and no relative pronoun standing
  for such a noun ("an open primary, which allows voters to ...");
- ``pledged_commit``: "commit" pledges only as an act: not a state of resolve (a past
  participle with no "have": "is committed to defending", "remain committed to", "a leader
  committed to the order") and not a wrong done (a ``committed_wrong`` object: "committed a
  crime", "committed suicide", "war crimes committed by X").
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .lexicon import agent_words, event_words

_PERSON_PRONOUNS = ("him", "her", "me", "you", "us")


def made_commitment(tok: Token) -> bool:
    """A noun trigger made or given in the sentence (see the module text); a verb: true."""
    if tok.pos_ != "NOUN":
        return True
    words = event_words()
    if any(c.dep_ == "prep" and (c.lower_ in ("from", "by") or _on_the_part(c)) for c in tok.children):
        return True  # "a commitment from Tehran to ...", "on the part of Iran": its giver named
    cur = tok
    while cur.dep_ in ("conj", "appos") and cur.head.i != cur.i:
        cur = cur.head
    head = cur.head
    if cur.dep_ == "acl" or head.i == cur.i:
        return False
    if cur.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in words.get("make_commitment", frozenset())
    # "the commitments (that) he made", "commitments given to Kiev": a clause on the noun
    return any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in words.get("make_commitment", frozenset())
        and not any(k.dep_ == "dobj" and k.lower_ not in ("that", "which") for k in c.children)
        for c in tok.children
    )


def _on_the_part(prep: Token) -> bool:
    """The phrase is "on the part of X"."""
    return prep.lower_ == "on" and any(p.dep_ == "pobj" and p.lower_ == "part" for p in prep.children)


def not_interrupted(tok: Token) -> bool:
    """What is cut off (the verb's object or passive subject) is no person (see the module text)."""
    if tok.pos_ != "VERB":
        return True
    people = event_words().get("interrupted_person", frozenset())
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.ent_type_ == "PERSON" or c.lower_ in _PERSON_PRONOUNS or c.lemma_.lower() in people or c.lower_ in people:
            return False
    return True


def actor_enabler(tok: Token) -> bool:
    """The one who allows is an actor, or not named (see the module text); a noun: true."""
    if tok.pos_ != "VERB":
        return True
    for c in tok.children:
        if c.dep_ == "csubj":
            return False  # "going through a dark time has allowed him to ..."
        if c.dep_ != "nsubj":
            continue
        subj = c
        if c.lower_ in ("which", "that") and tok.dep_ == "relcl" and tok.head.i != tok.i:
            subj = tok.head  # "an open primary, which allows voters to ..."
        agents = agent_words()
        if subj.pos_ == "NOUN" and not subj.ent_type_ and subj.lemma_.lower() not in agents and subj.lower_ not in agents:
            return False
    return True


def pledged_commit(tok: Token) -> bool:
    """"commit" as a pledge made (see the module text); a noun: true."""
    if tok.pos_ not in ("VERB", "ADJ"):
        return True
    wrong = event_words().get("committed_wrong", frozenset())
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("acl", "relcl") and tok.head.i != tok.i:
        objs.append(tok.head)  # "war crimes committed by X", "the crimes he committed"
    if any(o.lemma_.lower() in wrong or o.lower_ in wrong for o in objs):
        return False
    if tok.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
        # "is committed to defending", "remain committed to", "America ..., committed to X"
        return any(c.dep_ == "agent" for c in tok.children) and not any(c.dep_ == "auxpass" for c in tok.children)
    return True


MADE_SENSE_CHECKS: dict[str, Callable[[Token], bool]] = {
    "made_commitment": made_commitment,
    "not_interrupted": not_interrupted,
    "actor_enabler": actor_enabler,
    "pledged_commit": pledged_commit,
}
