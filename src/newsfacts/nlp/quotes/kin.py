"""Kin of a named person as a source: "Donald Trump's wife said" is the one other person of
the text with his surname whose gender fits ("Melania Trump"), when there is exactly one;
else no one here (:func:`~newsfacts.nlp.entities.unnamed.add_speaker_actor` makes the
unnamed "Donald Trump's wife"). The kin words are the ``kin`` rows of ``quote_descriptions.tsv``.
"""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Token

from .descriptions import KIN_HEADS


def kin_person(tok: Token, index, types: dict[str, str], gender: dict[str, str],
               pronoun_owner: Callable[[Token], Optional[str]]) -> Optional[tuple[str, str]]:
    """(entity id, reason) of the named person the kin source ``tok`` ("wife" of "Ann Roe's
    wife", "his wife") names, or None: the owner must be a named person of ``index`` (for "his"/
    "her", the person ``pronoun_owner`` gives); the kin the one other named person with the
    owner's surname whose gender (``gender``, where known) fits."""
    sex = KIN_HEADS.get(tok.lower_)
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if sex is None or poss is None:
        return None
    if poss.lower_ in ("his", "her"):
        owners = {eid} if (eid := pronoun_owner(poss)) else set()
    elif poss.pos_ == "PROPN":
        owners = {eid for _, _, eid in index.overlapping(poss.idx, poss.idx + len(poss.text)) if types.get(eid) == "PERSON"}
    else:
        return None
    if len(owners) != 1:
        return None
    owner = index.by_id[owners.pop()]
    surname = owner.name.split()[-1].lower()
    found = [e for e in index.entities if e.type == "PERSON" and e.id != owner.id and len(e.name.split()) > 1
             and e.name.split()[-1].lower() == surname and (not sex or gender.get(e.id, sex) == sex)]
    if len(found) != 1:
        return None
    return found[0].id, f"'{poss.text} {tok.lower_}' ({owner.name}'s): the one other person named {found[0].name.split()[-1]}"
