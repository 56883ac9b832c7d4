"""A candidate's campaign as a source: "his campaign said", "the Trump campaign", "Team Trump".

Issue #18: the campaign speaks, not the candidate. The phrase's owner (a possessive pronoun
resolved to a person, a possessive or compound name, or the name after "Team") picks, among the
organisations the entity stage found whose name has a campaign word
(``lexicons/quote_campaign_words.tsv``) and the owner's surname ("Hillary Clinton's campaign",
"Clinton camp"), the one named nearest before it (else the first after it); with none the
speaker is null, never the owner.
"""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Token

from ... import lexicons
from ..text import doc_text
from .campaign_actors import add_campaign_actor, definite_campaign

#: words of a campaign: the source's head ("his campaign") or a word of the organisation's name
CAMPAIGN_WORDS = frozenset(r[0].lower() for r in lexicons.rows("quote_campaign_words.tsv"))
_POSSESSIVE_PRONOUNS = {"his": "m", "her": "f"}


def _words(name: str) -> list[str]:
    return [w.removesuffix("'s").removesuffix("'") for w in name.lower().replace("\u2019", "'").split()]


def _owner_tokens(tok: Token) -> Optional[list[Token]]:
    """The tokens naming whose campaign the phrase headed by ``tok`` is, or None when it is no
    campaign phrase; an empty list for "his"/"her" (resolved by the caller)."""
    if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ == "team" and c.i < tok.i for c in tok.children):
        return [tok]  # "Team Trump"
    if tok.pos_ != "NOUN" or tok.lower_ not in CAMPAIGN_WORDS:
        return None
    if tok.lower_ != "campaign" and any(c.dep_ in ("amod", "prep", "acl") or c.dep_ == "compound" and c.pos_ != "PROPN" for c in tok.children):
        return None  # "his legal team", "her transition team", "a team of lawyers": not the campaign
    for c in tok.children:
        if c.i > tok.i:
            if tok.lower_ == "campaign" and c.dep_ == "prep" and c.lower_ == "of":  # "the campaign of Hillary Clinton"
                names = [t for o in c.children if o.dep_ == "pobj" for t in o.subtree if t.pos_ == "PROPN"]
                if names:
                    return names
            continue
        if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS:
            return []
        if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN":
            return [t for t in c.subtree if t.pos_ == "PROPN"]
    return None


def _definite(tok: Token) -> bool:
    """'the campaign' with nothing else before its head (no owner, no modifier)."""
    left = [c for c in tok.children if c.i < tok.i]
    return tok.pos_ == "NOUN" and tok.lower_ == "campaign" and len(left) == 1 and left[0].dep_ == "det" and left[0].lower_ == "the"


def campaign_speaker(tok: Token, s: int, e: int, index, types: dict[str, str],
                     person_of: Callable[[str, int], Optional[str]], full_index=None) -> Optional[tuple[Optional[str], str]]:
    """The speaker of a campaign source headed by ``tok`` (characters ``[s, e)``), with the reason;
    None when the source is no candidate's campaign. With ``full_index`` (the index with the
    unnamed actors), a campaign no organisation names whose candidate the phrase names ("the
    Sanders campaign", not "his campaign": a pronoun resolved wrong would make a wrong speaker)
    is an unnamed actor of its own
    (:func:`~.campaign_actors.add_campaign_actor`), and "the campaign" the one campaign named
    just before it (:func:`~.campaign_actors.definite_campaign`)."""
    owners = _owner_tokens(tok)
    if owners is None and full_index is not None and _definite(tok) and (eid := definite_campaign(s, full_index, CAMPAIGN_WORDS)):
        return eid, f"'{doc_text(tok.doc)[s:e]}' -> the one campaign named just before it, '{full_index.by_id[eid].name}'"
    if owners is None:
        return None
    phrase = doc_text(tok.doc)[s:e]
    poss = None
    if owners:
        people = {eid for t in owners for _, _, eid in index.overlapping(t.idx, t.idx + len(t.text)) if types.get(eid) == "PERSON"}
    else:
        poss = next(c for c in tok.children if c.dep_ == "poss")
        person = person_of(_POSSESSIVE_PRONOUNS[poss.lower_], poss.idx)
        people = {person} if person else set()
    if len(people) != 1:
        whose = "names no one person" if owners else f"'{poss.lower_}' refers to no person named as a subject or speaker before it"
        return None, f"'{phrase}': a campaign whose owner {whose} (never the candidate)"
    owner = index.by_id[people.pop()]
    surname = _words(owner.name)[-1]
    fits = sorted((ms, eid) for ms, _, eid in index.spans if types.get(eid) == "ORG"
                  and surname in _words(index.by_id[eid].name) and CAMPAIGN_WORDS & set(_words(index.by_id[eid].name)))
    if not fits:
        made = add_campaign_actor(owner, s, e, phrase, full_index) if full_index is not None and owners and tok.lower_ == "campaign" and e - s <= 80 else None
        if made:
            return made, f"'{phrase}': {owner.name}'s campaign, which no organisation in the text names: an unnamed actor of its own (never the candidate)"
        return None, f"'{phrase}': {owner.name}'s campaign, which no organisation in the text names (never the candidate)"
    # the one named nearest before it (the entity stage may keep "Clinton campaign" and "Clinton camp" apart), else the first after
    before = [x for x in fits if x[0] < s]
    eid = before[-1][1] if before else fits[0][1]
    return eid, f"'{phrase}' -> {owner.name}'s campaign, the organisation '{index.by_id[eid].name}' (the campaign speaks, not the candidate)"
