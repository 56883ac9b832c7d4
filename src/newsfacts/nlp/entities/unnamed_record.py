"""The one country of a short record as the country of its state's unnamed actors.

An event record of one to three sentences ("On Thursday, Israel mobilized the army", "North
Korea expelled the monitors over the regime's rocket launch") names one country once: the
article rule of :func:`.unnamed_country.fallback_country` wants two mentions, the sentence rule a
place or a nationality of the phrase, so "the army" and "the regime" got no country. In such a
record the state's own bodies and officers are that country's. The rule gives a phrase with no
country of its own the record's country when

- the text has at most :data:`MAX_SENTENCES` sentences and every country it names (places and
  nationalities) is that one country;
- the phrase is of a state's sector (government, military, police, courts, legislature,
  intelligence), not of rebels, parties, businesses or people at large;
- the phrase has no owner or qualifier of its own that may name another one: no possessive
  ("its chief prosecutor", "Tobago's authorities"), no capitalised modifier ("Korean
  government"), no international one ("the international criminal court"), no "of" after the
  head ("top diplomats of the member states");
- the phrase is not the record's source ("..., officials said": in "A US drone killed three
  militants in Kurram, officials said" they are not American);
- the country is not named only as another actor's patron or seat ("Iran-allied group ...
  seized from the government", "a UK-based group said ... strikes by government forces");
- for a subject, the country is not named under its verb outside its phrase ("The government
  expressed appreciation for China's assistance": the partner).

The fallback's earlier guards still apply first (the object of an act by another country's
subject gets none).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ..text import sentences

#: Switch (tests and measurement): False leaves such phrases without a country.
ENABLED = True
#: The most sentences of a record (an article is read by the article and setting rules).
MAX_SENTENCES = 3
#: The sectors of a state's own bodies and officers.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: The second part of a word that makes a country another actor's patron ("Iran-allied").
_PATRON_WORDS = frozenset({"based", "allied", "backed", "led", "sponsored", "supported", "aligned", "affiliated", "funded",
                           "armed", "trained", "linked"})
#: Verbs whose subject is the record's source, not an actor of its event.
_REPORTING = frozenset({"say", "tell", "report", "add", "state"})
#: Modifiers that make a body no one state's.
_INTERNATIONAL = frozenset({"international", "foreign", "global", "world", "regional", "joint", "allied",
                            "coalition", "multinational", "transitional", "rebel", "opposition", "exiled"})


def record_country(tok: Token, sector: Optional[str], total: dict,
                   places: dict[int, list[tuple[int, str]]]) -> Optional[tuple[str, str]]:
    """``(country, basis)`` for the phrase headed by ``tok`` (module rules), else None.
    ``total``: the text's country mentions by country; ``places``: sentence -> [(token index,
    country)] of those mentions."""
    if not ENABLED or sector not in STATE_SECTORS or len(total) != 1:
        return None
    if len(sentences(tok.doc)) > MAX_SENTENCES or not _bare(tok):
        return None
    marks = [i for found in places.values() for i, _c in found]
    if all(_patron(tok.doc, i) for i in marks):
        return None  # "Iran-allied group ... seized from the government": a patron, not the record's state
    if tok.dep_ in ("nsubj", "nsubjpass") and any(_other_side(tok, tok.doc[i]) for i in marks):
        return None  # "The government expressed appreciation for China's assistance": the partner
    (country, n), = total.items()
    return country, (f"country {country}: the one country the record names ({n} mention{'s' if n > 1 else ''} "
                     "in a text of at most 3 sentences), for a state's body with no owner of its own")


def _patron(doc, i: int) -> bool:
    """Whether the country mention at token ``i`` qualifies another actor as its patron
    ("Iran-allied", "Iran-backed", "Saudi-led")."""
    word = doc[i].text.lower()
    if "-" in word:
        return word.rsplit("-", 1)[1] in _PATRON_WORDS
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in _PATRON_WORDS


def _other_side(tok: Token, mark: Token) -> bool:
    """Whether the country mention ``mark`` stands under the verb whose subject is ``tok``,
    outside the subject's own phrase (an object, a partner, a destination)."""
    verb = tok.head
    return mark.is_ancestor(verb) is False and verb.is_ancestor(mark) and not tok.is_ancestor(mark) and mark.i != tok.i


def _bare(tok: Token) -> bool:
    """Whether the phrase headed by ``tok`` has no owner or qualifier (module rules) and is no
    source of the report ("..., officials said": often the other side's)."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _REPORTING:
        return False
    for c in tok.children:
        if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of":
            return False
        if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod") and (
                c.text[:1].isupper() and not c.is_sent_start or c.lower_ in _INTERNATIONAL or c.pos_ == "PROPN"):
            return False
    return True
