"""A person's name at the end of a long title that the named-entity model missed ("Steel Workers
Union Secretary-Treasurer Dale Hobart said", "the group's National Executive Director Ann
Roe told"): :func:`~.unnamed_sources.add_name_entity` takes a name of at most three words
with nothing but an honorific before it, so a source whose head ends such a title was left
without a speaker (issue #18, session 13).

:func:`add_titled_name` is one of the last resorts of :func:`~.unnamed_sources.add_source_actor`:
the last two or three capitalised proper nouns of the source's head, right after a title word
(the head of a title of ``titles.tsv`` or a word of ``quotes_speakers_name_titles.txt``), make a
PERSON entity, when the head is the subject of a verb of speech or writing.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ... import lexicons
from ...schema import Mention
from .descriptions import TITLE_HEADS
from .found_names import add_mention_to, add_name_person
from .words import reporting_verbs

#: the named-entity types a missed name's words may carry (a person's name the model read as a product)
_NAME_TYPES = frozenset({"", "PERSON", "PRODUCT"})


@lru_cache(maxsize=None)
def name_titles() -> frozenset[str]:
    """Title words that may stand right before a name, beyond the heads of ``titles.tsv``."""
    return frozenset(r[0].lower() for r in lexicons.rows("quotes_speakers_name_titles.txt")) | TITLE_HEADS


def _name_word(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].isalpha() and t.text[1:].islower() and t.ent_type_ in _NAME_TYPES \
        and t.lower_ not in name_titles()


def titled_name_words(tok: Token) -> Optional[list[Token]]:
    """The name words (two or three, ``tok`` last) right after a title word in ``tok``'s
    compounds, or None."""
    if not _name_word(tok) or any(True for _ in tok.rights):
        return None
    doc = tok.doc
    words = [tok]
    j = tok.i - 1
    while j >= 0 and len(words) < 3 and _name_word(doc[j]) and doc[j].dep_ in ("compound", "flat") and doc[j].head.i in {w.i for w in words}:
        words.insert(0, doc[j])
        j -= 1
    if len(words) < 2 or j < 0:
        return None
    title = doc[j]
    if title.lower_ not in name_titles() or not title.text[:1].isupper() or title.head.i not in {w.i for w in words}:
        return None  # (the title capitalised before a name, and hung on it: "Secretary-Treasurer Dale Hobart")
    return words


def add_titled_name(tok: Token, index, cue: Optional[Token]) -> Optional[str]:
    """A PERSON entity for the name that ends the title at the source's head (see the module),
    added to ``index`` (or the person of that full name already there): its id, or None."""
    if cue is None or tok.dep_ != "nsubj" or tok.head.i != cue.i or reporting_verbs().get(cue.lemma_.lower()) not in ("speech", "writing"):
        return None
    words = titled_name_words(tok)
    if words is None:
        return None
    start, end = words[0].idx, tok.idx + len(tok.text)
    if index.overlapping(start, end):
        return None
    name = tok.doc[words[0].i : tok.i + 1].text
    same = [e for e in index.entities if e.type == "PERSON" and e.name == name]
    if same:
        return add_mention_to(index, same[0], Mention(name, start, end, "name"))
    return add_name_person(index, name, start, end, "a name after a title in the source of a quote")
