"""The maker of a finding or document named by a pronoun or a definite description.

The rules of :mod:`.claimants` resolve a finding's maker when it is a name ("the FBI data",
"X's estimate") or a source the quotes stage resolved. A story also names the maker again
without its name, and the claimant was then lost or another entity:

- a pronoun owner: "according to his book ''The Art of the Deal''", "according to the ''Medicare
  for all'' document he released" (not the entity named in the title): the one person (for
  "he", "his", "she", "her") or organisation ("it", "its") named before the pronoun in its
  sentence, else in the sentence before it in the same paragraph (none or two: nothing);
- a definite noun as owner: "according to the foundation's tally" (with the Clinton Foundation and
  the Sunlight Foundation in the story: the one of the organisations whose name holds the word
  that was named last before it), "a survey by the organization in March" (an
  ``organisation_word`` row of ``claim_claimant_words.tsv``: the organisation named last before it
  in its paragraph).

:func:`revise_makers` runs over the claims whose source words the earlier rules kept, and
replaces their claimant only when it is null, an unnamed actor, or an entity named inside the
source's own words (a title: '"Medicare').
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from ..text import doc_text
from .sentence_lookup import sentence_lookup

#: verbs whose subject makes the poll that is their object ("The Washington Post conducted a 50-state poll")
_MAKING = frozenset({"conduct", "commission", "sponsor", "release", "publish", "field"})
#: pronoun owner -> the entity types it may stand for
PRONOUN_TYPES = {"he": ("PERSON",), "his": ("PERSON",), "she": ("PERSON",), "her": ("PERSON",),
                  "it": ("ORG",), "its": ("ORG",)}


def revise_makers(infos: list, reports, words: dict, mentions=(), quotes=()) -> None:
    """Give each claim whose source words name a finding or document with a pronoun or a
    definite noun as owner the entity that owner stands for, and each claim of a poll no name
    holds the one maker the story names for its polls (see the module).

    Args:
        infos: the claims, claimants assigned.
        reports: the claimants' report reader (``doc``, ``entities``, ``made``).
        words: ``claim_claimant_words.tsv`` by kind.
        mentions: the findings named by their maker (:func:`.named_findings.finding_mentions`).
        quotes: the quotes stage's records (a share's own poll named after it: "... in the poll").
    """
    doc, ents = reports.doc, reports.entities
    generic = words.get("organisation_word", frozenset())
    polls = words.get("sample_noun", frozenset()) & words.get("frame_noun", frozenset())
    makers = None
    own = {q.id: q for q in quotes if q.cue is not None and q.cue.end - q.cue.start == 2 and q.speaker_evidence}
    for info in infos:
        q = own.get(info.claim.quote) if info.claim.claimant is None and not info.claimant_evidence else None
        if q is not None and q.cue.start >= info.claim.evidence[0][1] and reports.text[q.cue.start : q.cue.end].lower() == "in":
            s, e = q.speaker_evidence[0]  # "Trump leads by 57 percent to 33 percent in the 50-state poll": its own poll
        elif info.claimant_evidence:
            s, e = info.claimant_evidence[0]
        else:
            continue
        src = doc.char_span(s, e, alignment_mode="expand")
        if src is None or not len(src):
            continue
        noun = src.root
        if noun.lemma_.lower() not in reports.made or noun.pos_ not in ("NOUN", "PROPN"):  # (a title the parse made the head:
            noun = next((t for t in reversed(src) if t.pos_ == "NOUN" and t.lemma_.lower() in reports.made), None)
        if noun is None:  # 'the "Medicare for all" document he released')
            continue
        if not _replaceable(ents, info.claim.claimant, s, e):
            continue
        eid = _owner_entity(noun, ents, generic)
        if eid is None and noun.lemma_.lower() in polls and _unowned_poll(noun):
            makers = _poll_makers(doc, ents, mentions, polls) if makers is None else makers
            found = makers.get(noun.lemma_.lower(), ())
            eid = next(iter(found)) if len(found) == 1 else None  # "The poll": the one maker of the story's polls
        if eid is not None:
            info.claim.claimant = eid
            info.claimant_evidence = info.claimant_evidence or [(s, e)]


def _unowned_poll(noun) -> bool:
    """A poll named with no maker: one poll ("the poll", "the new 50-state poll", not "polls"),
    no name or possessor before it, no "by"/"from" after it."""
    if noun.tag_ not in ("NN", "NNP") or noun.lower_ != noun.lemma_.lower():
        return False
    return not any(c.dep_ == "poss" or c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                   or c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") for c in noun.children)


def _poll_makers(doc, ents, mentions, polls: frozenset) -> dict:
    """Poll noun -> the named organisations the story names as making such a poll: by name ("a
    CNN/ORC poll", "the poll by the Public Policy Institute"; ``mentions``) or as the subject of a
    verb of making (``_MAKING``: "The Washington Post conducted a 50-state poll")."""
    out: dict = {}
    for m in mentions:
        if m.speaker is not None and m.noun.lemma_.lower() in polls:
            out.setdefault(m.noun.lemma_.lower(), set()).add(m.speaker)
    for tok in doc:
        if tok.dep_ == "dobj" and tok.lemma_.lower() in polls and tok.head.lemma_.lower() in _MAKING:
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            eid = ents.at(subj.idx, subj.idx + len(subj.text)) if subj is not None else None
            ent = ents.by_id.get(eid) if eid is not None else None
            if ent is not None and ent.named and ent.type == "ORG":
                out.setdefault(tok.lemma_.lower(), set()).add(eid)
    return out


def _replaceable(ents, eid: Optional[str], s: int, e: int) -> bool:
    """Whether a claimant may be replaced: none, an unnamed actor, or an entity named only inside
    the source's words ``[s, e)``."""
    if eid is None:
        return True
    ent = ents.by_id.get(eid)
    if ent is None or not ent.named:
        return True
    return all(s <= m.start and m.end <= e for m in ent.mentions)


def _owner_entity(noun, ents, generic: frozenset) -> Optional[str]:
    """The entity a pronoun or definite owner of ``noun`` stands for, or None."""
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ in PRONOUN_TYPES:
            return pronoun_entity(c, ents)  # "his book"
        if c.dep_ == "relcl" and c.i > noun.i:  # "the document he released"
            subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in PRONOUN_TYPES and subj.i > noun.i:
                return pronoun_entity(subj, ents)
    owner = _definite_owner(noun)
    if owner is None:
        return None
    word = owner.lower_
    if word in generic:
        return _last_named(ents, owner, lambda ent: True, paragraph=True)
    return _last_named(ents, owner, lambda ent: word in ent.name.lower().replace("'s", "").split())


def _definite_owner(noun):
    """A common noun with "the" that owns ``noun`` ("the foundation's tally", "a survey by the
    organization"), or None."""
    for c in noun.children:
        cands = [c] if c.dep_ == "poss" else []
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i:
            cands = [t for t in c.children if t.dep_ == "pobj"]
        for t in cands:
            if t.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "the" for d in t.children) and not any(
                    d.dep_ in ("compound", "amod", "poss") for d in t.children):
                return t
    return None


def _last_named(ents, tok, fits, paragraph: bool = False) -> Optional[str]:
    """The named organisation ``fits`` accepts whose mention ends last before ``tok`` (within its
    paragraph when ``paragraph``), or None."""
    lo = _paragraph_start(tok) if paragraph else 0
    best, at = None, -1
    for s, e, eid in ents.overlapping(lo, tok.idx):
        ent = ents.by_id.get(eid)
        if e > tok.idx or s < lo or ent is None or not ent.named or ent.type != "ORG" or not fits(ent):
            continue
        if e > at:
            best, at = eid, e
    return best


def _paragraph_start(tok) -> int:
    """The character offset where ``tok``'s paragraph starts (its sentences back to a line break)."""
    sents = sentence_lookup(tok.doc)
    text = doc_text(tok.doc)
    k = max(0, bisect_right(sents.starts, tok.i) - 1)
    while k > 0 and "\n" not in text[sents.sents[k - 1].end_char : sents.sents[k].start_char]:
        k -= 1
    return sents.sents[k].start_char


def pronoun_entity(pron, ents) -> Optional[str]:
    """The one named entity of the pronoun's types named in its sentence before it (and before any
    pronoun of the same kind there), else in the sentence before in the same paragraph; None when
    none or two."""
    types = PRONOUN_TYPES[pron.lower_]
    sents = sentence_lookup(pron.doc)
    sent = sents.at(pron.i)
    first = next(t for t in sent if t.i == pron.i or t.lower_ in PRONOUN_TYPES and PRONOUN_TYPES[t.lower_] == types)
    got = _named_in(ents, sent.start_char, first.idx, types)  # ("he paid ... from Diamond Shamrock, according to his book": not a name after "he")
    if got:
        return got.pop() if len(got) == 1 else None
    k = bisect_right(sents.starts, pron.i) - 1
    if k <= 0:
        return None
    prev = sents.sents[k - 1]
    if "\n" in doc_text(pron.doc)[prev.end_char : sent.start_char]:
        return None
    got = _named_in(ents, prev.start_char, prev.end_char, types)
    return got.pop() if len(got) == 1 else None


def _named_in(ents, start: int, end: int, types) -> set:
    """Ids of the named entities of ``types`` mentioned in ``[start, end)``."""
    return {eid for s, e, eid in ents.overlapping(start, end)
            if s >= start and e <= end and (ent := ents.by_id.get(eid)) is not None and ent.named and ent.type in types}
