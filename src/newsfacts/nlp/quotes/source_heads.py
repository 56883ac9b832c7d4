"""The quote stage's very last resort for a source that names no one the entity stage knows:
an unnamed actor of the source phrase itself when its head is a word of
``lexicons/quote_source_heads.tsv`` ("House ethics investigators concluded", "one Trump
confidant said", "Companies say ... they note", "an Abraham Lincoln impersonator who
promises"). PolNeAR marks such a phrase as the source; the speaker page shows the phrase.

Called from :func:`.unnamed_sources.add_source_actor` (so after every named-entity rule,
after :func:`~newsfacts.nlp.entities.unnamed.add_speaker_actor` and the work rule), for the
source's head or for the noun a "they"/"who" stands for. A word ``entity_unnamed.tsv`` has is
never read here: the entity stage's own checks decide it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ... import lexicons
from ...schema import Actor, Entity, Mention
from ..entities.unnamed import unnamed_heads
from ..text import doc_text
from .sources import subject_of

#: a singular person noun names a new referent only after these ("a", "one"; never "the author")
_INDEFINITE = frozenset({"a", "an", "one", "another"})
#: determiners that name an earlier actor again ("the investigators" after "investigators")
_AGAIN = frozenset({"the", "these", "those"})
#: pronouns through which a source stands for a noun before it
_STANDS_FOR = frozenset({"they", "who", "which", "that"})
#: words that make the phrase nobody in particular
_NOBODY = frozenset({"no", "neither", "nor", "not", "any", "none", "few"})
#: modifiers kept in the actor's mention
_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "nmod", "quantmod"})
#: verbs whose complement is something they make someone do, not what anyone said
#: ("would let businesses write off ...": no one speaks)
_CAUSATIVES = frozenset({"let", "allow", "make", "force", "help", "require", "permit", "enable", "encourage", "urge"})


@lru_cache(maxsize=None)
def source_heads() -> dict[str, tuple[str, bool]]:
    """Head word (lower case) -> (entity type, read even where entity_unnamed.tsv has the word),
    from ``quote_source_heads.tsv`` and ``quotes_speakers_groups.tsv``."""
    rows = lexicons.rows("quote_source_heads.tsv") + lexicons.rows("quotes_speakers_groups.tsv")
    return {r[0].lower(): (r[1], len(r) > 2 and r[2] == "also") for r in rows if len(r) > 1}


def add_head_actor(tok: Token, index, cue: Optional[Token]) -> Optional[str]:
    """The unnamed actor of the source phrase ``tok`` heads, added to ``index`` (or the earlier
    one a definite phrase with the same head word names again): its id, or None.

    Only for a common noun of the lexicon that the entity stage's lexicon lacks, the cue's
    own subject (or the noun the cue's "they"/"who" subject stands for, or the object of
    "according to"), not negated, not owned ("Trump's inner circle": the owner's rules
    decide), no name of its own; a singular person noun only with "a"/"an"/"one"/"another".
    """
    word = tok.lower_
    kind, also = source_heads().get(word, (None, False))
    if kind is None or word in unnamed_heads() and not also or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ not in ("", "NORP", "ORG"):
        return None
    if cue is None or not speaks(tok, cue):
        return None
    if nobody_or_owned(tok):
        return None
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod")}
    if kind == "PERSON" and not dets & _INDEFINITE:
        return None
    return phrase_actor(tok, index, kind, "quote_source_heads.tsv")


def nobody_or_owned(tok: Token) -> bool:
    """Whether the phrase ``tok`` heads is negated or nobody in particular ("no candidates",
    "not any critics"), owned ("his critics"), or in an apposition or a coordination."""
    return any(c.dep_ in ("neg", "preconj", "poss", "appos", "conj", "cc") or c.lower_ in _NOBODY for c in tok.children)


def phrase_actor(tok: Token, index, kind: str, why: str) -> str:
    """The unnamed actor of the phrase ``tok`` heads (its modifiers kept, a leading adverb or
    conjunction left out), of entity type ``kind``, added to ``index``, or the earlier one a
    definite phrase or a bare plural with the same head word names again: its id. ``why``
    says which rule made it (in the actor's basis)."""
    word = tok.lower_
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod")}
    lefts = [c for c in tok.lefts if c.dep_ in _MODIFIERS]
    first = min([tok.i] + [c.left_edge.i for c in lefts])
    while first < tok.i and tok.doc[first].dep_ in ("advmod", "cc", "punct", "preconj"):
        first += 1  # ("even many conservative patriots": the patriots)
    start = tok.doc[first].idx
    end = tok.idx + len(tok.text)
    text = doc_text(tok.doc)
    if "\n" in text[start:end]:
        start, first = tok.idx, tok.i
    while first > 1 and tok.doc[first - 1].text == "-" and not tok.doc[first - 1].whitespace_ and not tok.doc[first - 2].whitespace_ and tok.doc[first - 2].is_alpha:
        first -= 2  # ("Fact-checkers" the parser split: the whole word)
        start = tok.doc[first].idx
    mention = Mention(text[start:end], start, end, "description")
    name = mention.text.split(" ", 1)[1] if mention.text.lower().split(" ", 1)[0] in _AGAIN and " " in mention.text else mention.text
    if dets & _AGAIN or not dets and kind != "PERSON":
        again = named_again(index, kind, word, mention)
        if again is not None:
            return again
    actor = Actor(country=None, sector=None, basis=[f"unnamed actor '{mention.text}' (the source of a quote; {why})",
                                                    "no sector: a source the entity stage has no row for", "no country: none named with it"])
    ent = Entity(id=f"e{len(index.entities) + 1}", name=name, type=kind, mentions=[mention], actor=actor, named=False)
    index.add_entity(ent)
    return ent.id


def named_again(index, kind: str, word: str, mention: Mention) -> Optional[str]:
    """The latest unnamed actor of type ``kind`` whose name ends with the head ``word`` and
    that was mentioned before ``mention`` ("the investigators" after "House ethics
    investigators"), given that mention too: its id, or None."""
    for ent in reversed(index.entities):
        if not ent.named and ent.type == kind and ent.mentions and ent.mentions[0].start < mention.start and ent.name.lower().split()[-1:] == [word]:
            ent.mentions.append(mention)
            index.add_mention(mention.start, mention.end, ent.id)
            return ent.id
    return None


def speaks(tok: Token, cue: Token) -> bool:
    """Whether ``tok`` is who the cue reports: its subject (through the verbs it shares one
    with), the noun its "they"/"who" subject stands for, or the object of "according to"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return tok.head.head.i == cue.i or tok.head.head.head.i == cue.i
    if cue.pos_ not in ("VERB", "AUX") or tok.dep_ == "appos":
        return False  # ("Harlan Crow, a Texas developer, who ...": the name speaks, not its apposition)
    if cue.dep_ in ("ccomp", "xcomp") and cue.head.lemma_.lower() in _CAUSATIVES:
        return False
    subj, _ = subject_of(cue)
    if subj is None:
        return False
    if subj.i == tok.i:
        return True
    if subj.lower_ == "they":
        return _main_subject_before(tok, subj)
    return subj.lower_ in _STANDS_FOR and subj.i > tok.i


def _main_subject_before(tok: Token, pronoun: Token) -> bool:
    """Whether ``tok`` is a main clause's subject before ``pronoun``, not one inside a clause
    ("insistence that immigrants adopt ...")."""
    return pronoun.i > tok.i and tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT"
