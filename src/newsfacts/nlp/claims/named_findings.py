"""Polls and findings a story names by their maker outside any quote record.

The quotes stage makes a record only where a verb reports ("A Marist poll shows ..."). A story
also names a poll or a count by its maker in a plain noun phrase and gives the figures around
it: "The latest USA TODAY/Rock the Vote Poll of 18-to-34-year-olds explores ...", then
"Thirty percent of whites ..."; "By the Associated Press's tally, he now has 739 to Cruz's
465"; "In an average calculated by RealClearPolitics, Trump leads the field with 36 percent".

:func:`finding_mentions` finds such a noun (a poll, survey, tally, average, count, estimate, ...:
``nouns``) with its maker, a named organisation: before the noun ("the Associated Press's
tally", "a CNN/ORC poll": the first one), or after "by"/"from" ("a poll from Florida Atlantic
University", "an average calculated by RealClearPolitics"). Never a party ("a Republican poll"),
a place or a person, and never in an embedded post (a paragraph of markup: "<tweet ...>").

Two uses (:mod:`.claimants`):

- :func:`framed`: a sentence opening with "In" or "By" and such a noun ("By the AP's tally,
  ...", "In a Quinnipiac poll released Wednesday, ..."): the maker claims every number after
  that phrase in the sentence that no rule gave a claimant;
- a mention of a poll or a survey is a report for :mod:`.carried` (the shares after it).
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Optional

from ..text import doc_text
from .maker_names import maker_name

#: names of parties and their voters, never a poll's maker ("a Republican poll", "Democrats")
_PARTY_RE = re.compile(r"(?i)^(?:the\s+)?(?:republicans?|democrats?|democratic|gop|libertarian|green|tea)\b")
#: prepositions that open a frame naming the source of the sentence's figures
_FRAME_PREPS = frozenset(("in", "by"))
#: how many tokens of a name before a finding noun are read, and the marks and words that join names
_NAME_WINDOW = 8
_NAME_JOINS = frozenset(("/", "-", "&", "the", "'s", "\u2019s"))


def party_name(name: str) -> bool:
    """True when ``name`` starts with a party's name or its voters' ("Republican", "the Democrats",
    "GOP", "Tea Party ..."): never a poll's maker (also :mod:`.findings_after`)."""
    return _PARTY_RE.match(name) is not None


def finding_mentions(doc, entities, nouns: frozenset) -> list:
    """Quote-like records (``cue``, ``speaker``, ``speaker_evidence``, ``noun``) of every noun of
    ``nouns`` whose maker is a named organisation, in text order."""
    out = []
    text = doc_text(doc)
    names = None  # mention text -> ids of named organisations, made at the first need
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in nouns:
            continue
        if text.startswith("<", text.rfind("\n", 0, tok.idx) + 1):
            continue  # an embedded post ('<tweet ...>Sanders leads Clinton in NBC New Hampshire poll'): someone else's words
        got = _maker(tok, entities)
        if got is None and tok.pos_ == "PROPN":  # "A Field Poll of ...": a name the entity stage left unlinked here
            names = _org_names(entities, text) if names is None else names
            got = _named_as(tok, names)
        if got is None:
            continue
        eid, (s, e) = got
        lo = min(tok.left_edge.idx, s)
        hi = max(tok.idx + len(tok.text), e)
        out.append(SimpleNamespace(id=None, kind="mention", evidence=[], speaker=eid, speaker_evidence=[(lo, hi)],
                                   cue=SimpleNamespace(start=tok.idx, end=tok.idx + len(tok.text)), noun=tok))
    return out


#: switch for before/after measures of :func:`unnamed_mentions`
UNNAMED_OFF = False


def unnamed_mentions(doc, entities, nouns: frozenset) -> list:
    """Records like :func:`finding_mentions`' of every noun of ``nouns`` whose maker is a name no
    entity covers ("In an average calculated by RealClearPolitics, ...", "The latest FiveThirtyEight
    forecast ..."), with ``speaker`` None and the noun phrase as source words: the numbers they give
    keep those words, and :func:`.maker_names.name_makers` makes the maker an organisation."""
    if UNNAMED_OFF:
        return []
    out = []
    text = doc_text(doc)
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in nouns:
            continue
        if text.startswith("<", text.rfind("\n", 0, tok.idx) + 1):
            continue
        run = maker_name(tok, nouns)
        if not run or run[-1].i == tok.i and len(run) == 1:
            continue
        s, e = run[0].idx, run[-1].idx + len(run[-1].text)
        if party_name(text[s:e]) or any(True for _ in entities.overlapping(s, e)):
            continue  # a party, or a name an entity holds (finding_mentions read it)
        lo, hi = min(tok.left_edge.idx, s), max(tok.idx + len(tok.text), e)
        out.append(SimpleNamespace(id=None, kind="mention", evidence=[], speaker=None, speaker_evidence=[(lo, hi)],
                                   cue=SimpleNamespace(start=tok.idx, end=tok.idx + len(tok.text)), noun=tok))
    return out


def _maker(noun, entities) -> Optional[tuple[str, tuple[int, int]]]:
    """``(entity id, its mention span)`` of the named organisation that made ``noun``, or None."""
    first = _name_before(noun)
    if min(first.i, noun.left_edge.i) < noun.i:
        got = _organisation(entities, min(first.idx, noun.left_edge.idx), noun.idx + len(noun.text))  # (also "the ABC News/Washington Post Poll" named as one)
        if got is not None:
            return got
    for c in noun.children:
        by = None
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            by = c
        elif c.dep_ == "acl" and c.pos_ == "VERB":  # "an average calculated by RealClearPolitics"
            by = next((a for a in c.children if a.dep_ == "agent"), None)
        pobj = next((p for p in by.children if p.dep_ == "pobj"), None) if by is not None else None
        if pobj is not None:
            edge = pobj.right_edge  # ("the Public Policy Institute of California": the name runs past its head)
            got = _organisation(entities, pobj.left_edge.idx, max(pobj.idx + len(pobj.text), edge.idx + len(edge.text)))
            if got is not None:
                return got
    return None


def _org_names(entities, text: str) -> dict:
    """Mention text -> ids of the named organisations (no party) mentioned so."""
    names: dict = {}
    for s, e, eid in entities.spans:
        ent = entities.by_id.get(eid)
        if ent is not None and ent.named and ent.type == "ORG" and not party_name(ent.name):
            names.setdefault(text[s:e], set()).add(eid)
    return names


def _named_as(noun, names: dict) -> Optional[tuple[str, tuple[int, int]]]:
    """``(entity id, span)`` when the names before ``noun`` and the noun ("Field Poll") are written
    exactly as one named organisation is mentioned elsewhere in the story, else None."""
    first = _name_before(noun)
    if first.i == noun.i:
        return None
    s, e = first.idx, noun.idx + len(noun.text)
    found = names.get(noun.doc[first.i : noun.i + 1].text, ())
    return (next(iter(found)), (s, e)) if len(found) == 1 else None


def _name_before(noun):
    """The first token of the names right before ``noun`` that the parse may have hung elsewhere
    ("The latest USA TODAY/Rock the Vote Poll": "Poll" an apposition of "Rock"), or ``noun``."""
    first = noun
    for tok in reversed(noun.doc[max(0, noun.i - _NAME_WINDOW) : noun.i]):
        if tok.is_sent_end or not (tok.pos_ == "PROPN" or tok.text in _NAME_JOINS):
            break
        first = tok
    return first


def _organisation(entities, start: int, end: int) -> Optional[tuple[str, tuple[int, int]]]:
    """The first named organisation (no party) mentioned in ``[start, end)``, or None."""
    for s, e, eid in entities.overlapping(start, end):
        ent = entities.by_id.get(eid)
        if ent is None or not ent.named or ent.type != "ORG" or party_name(ent.name):
            continue
        if s >= start and e <= end:
            return eid, (s, e)
    return None


def framed(mention, sents) -> Optional[tuple[int, int]]:
    """The character range a mention's frame covers ("By the AP's tally, ..." up to the end of the
    sentence, after the frame), or None when the mention opens no frame."""
    noun = mention.noun
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _FRAME_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    sent = sents.at(noun.i)
    first = next((t for t in sent if not t.is_punct and t.pos_ != "CCONJ"), None)
    if first is None or first.i != prep.i:
        return None  # "In the state, a Quinnipiac poll ..." or a phrase mid-sentence: no frame
    edge = prep.right_edge
    return edge.idx + len(edge.text), sent.end_char
