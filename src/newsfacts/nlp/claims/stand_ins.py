"""A finding named again by a stand-in: its maker claims the figures (session 14, issue #20).

A story names a report, a study, an analysis or a white paper once with its maker ("The Pew
Research Center released a study on Tuesday", "a POLITICO analysis", "Saudi Arabia is
distributing ... a white paper", "the Congressional Budget Office's report") and then goes on with
a stand-in for it: "The researchers found that 40 percent ...", "The report estimates ...",
"the paper notes ...", "it says ...". The earlier rules kept the stand-in's words as the source
and gave the figure no claimant or an unnamed actor ("researchers", "Report"). Here such a
figure takes the maker of the finding the stand-in stands for:

- the stand-in (the root of the claim's source words) is a finding noun of ``stand_in_finding``
  rows of ``claim_claimant_words.tsv`` with no maker of its own (singular, or plural for the
  ``stand_in_plural`` rows: "The figures also show", session 15; no possessor, no name before it,
  no "by"/"from"), a person noun of ``stand_in_person`` rows ("the researchers",
  "the authors"), or "it" (the finding or its maker);
- the finding it stands for is the nearest finding noun of ``stand_in_finding`` named before it
  in the story, the same noun first ("the white paper" after "a congressional report" is the
  paper named before) (for "it": in its paragraph, at most two sentences back; for a person noun: at
  most two paragraphs back); when that mention has a maker (a possessor, a name before it that
  is an entity, "by"/"from" X, the subject of a verb of making: ``_MAKING``) that is a named
  person, organisation or country, it is the claimant; when it has none (or there is none), the
  one maker the story names for that noun anywhere ("The report published Tuesday showed ...",
  "the AP report" further down); none or two: nothing.

People and organisations named again by a common noun:

- "researchers at Stanford University", "analysts from X" (``stand_in_person`` rows; also "They"
  for such an unnamed actor): the named organisation after "at"/"from"/"with";
- "the agency", "the group", "the center" (``stand_in_organisation`` rows, with "the" and no word
  of their own): the last named organisation before it whose name holds the word, else the named
  organisation that is the subject of the sentence before it in its paragraph when no other name
  stands in that sentence.

A finding made an unnamed actor by an earlier stage ("a declaration filed in federal court by Tom
Hackett") gives way to its maker named in its own words.

The claim's claimant is replaced only when it is null or an unnamed actor; its source words stay.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from ..text import doc_text
from .makers import PRONOUN_TYPES, pronoun_entity
from .sentence_lookup import sentence_lookup

#: switch off (before/after measures)
OFF = False
#: switch off (session 15): "The figures", "the estimates", "the data" (``stand_in_plural`` rows) stand in like "the report"
PLURALS_OFF = False
#: verbs whose subject makes the finding that is their object
_MAKING = frozenset({"conduct", "commission", "sponsor", "release", "publish", "field", "issue", "produce",
                     "distribute", "prepare", "compile", "unveil", "circulate", "write", "file", "complete"})
#: entity types that may make a finding
_MAKER_TYPES = ("ORG", "GPE", "PERSON")
#: how far back a person noun ("the researchers") may find its study, in paragraphs
_PERSON_PARAGRAPHS = 2


def revise_stand_ins(infos: list, reports, words: dict) -> None:
    """Give the claims whose source words are a stand-in for a finding named before (see the
    module) the maker of that finding.

    Args:
        infos: the claims, claimants assigned.
        reports: the claimants' report reader (``doc``, ``entities``).
        words: ``claim_claimant_words.tsv`` by kind.
    """
    findings = words.get("stand_in_finding", frozenset())
    persons = words.get("stand_in_person", frozenset())
    organisations = words.get("stand_in_organisation", frozenset())
    plurals = frozenset() if PLURALS_OFF else words.get("stand_in_plural", frozenset())
    if OFF or not findings:
        return
    doc, ents = reports.doc, reports.entities
    mentions = None
    for info in infos:
        if not info.claimant_evidence or not _replaceable(ents, info.claim.claimant):
            continue
        s, e = info.claimant_evidence[0]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = _person_mention(doc, ents, info.claim.claimant, span.root, persons)  # "They" for "Researchers at Stanford"
        eid = _workplace(root, ents) if root.lemma_.lower() in persons else None  # "researchers at Stanford University"
        if eid is None and root.lemma_.lower() in reports.made and info.claim.claimant is not None:
            maker = _maker_token(root)  # an unnamed actor "a declaration filed ... by Tom Hackett": its maker
            eid = _maker_entity(maker, ents) if maker is not None else None
        if eid is None and root.lemma_.lower() in organisations and _definite(root) and not _modified(root):
            eid = _organisation_before(doc, ents, root)  # "The agency concluded ..."
        kind = _stand_in(root, findings, persons, ents, plurals) if eid is None else None
        if kind is not None:
            mentions = _finding_mentions(doc, ents, findings) if mentions is None else mentions
            eid = _maker_before(doc, mentions, root, kind)
        if eid is not None:
            info.claim.claimant = eid


def _person_mention(doc, ents, eid, root, persons: frozenset):
    """For a pronoun source of an unnamed actor whose head is a person noun ("They" for
    "Researchers at Stanford University"): the head of the actor's first mention; else ``root``."""
    ent = ents.by_id.get(eid) if eid is not None and root.pos_ == "PRON" else None
    if ent is None or ent.named or not ent.mentions:
        return root
    span = doc.char_span(ent.mentions[0].start, ent.mentions[0].end, alignment_mode="expand")
    return span.root if span is not None and len(span) and span.root.lemma_.lower() in persons else root


def _workplace(noun, ents) -> Optional[str]:
    """The named organisation people work "at"/"from"/"with" ("researchers at Stanford
    University"), or None."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "from", "with") and c.i > noun.i:
            pobj = next((t for t in c.children if t.dep_ == "pobj"), None)
            eid = ents.at(pobj.idx, pobj.idx + len(pobj.text)) if pobj is not None else None
            ent = ents.by_id.get(eid) if eid is not None else None
            if ent is not None and ent.named and ent.type == "ORG":
                return eid
    return None


def _modified(noun) -> bool:
    """A noun with a word of its own before it or a phrase after it ("the other group", "the
    group's leader", "the group of voters")."""
    return any(c.dep_ in ("amod", "compound", "nmod", "poss", "nummod", "prep", "acl", "relcl") for c in noun.children)


def _organisation_before(doc, ents, noun) -> Optional[str]:
    """The organisation "the agency", "the group" stands for: the last named organisation before it
    whose name holds the word, else the named organisation that is the subject of the sentence
    before it in its paragraph, when no other name stands in that sentence (a name the entity stage
    missed may be the one meant: "The Harlow Network sued the Kelbrook Coalition. The group ...")."""
    word = noun.lower_
    last = None
    for _s, e, eid in ents.overlapping(0, noun.idx):
        ent = ents.by_id.get(eid)
        if e <= noun.idx and ent is not None and ent.named and ent.type == "ORG" and word in ent.name.lower().split():
            last = eid
    if last is not None:
        return last
    sents = sentence_lookup(doc)
    k = bisect_right(sents.starts, noun.i) - 1
    if k <= 0:
        return None
    prev = sents.sents[k - 1]
    if "\n" in doc_text(doc)[prev.end_char : sents.sents[k].start_char]:
        return None
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    eid = ents.at(subj.idx, subj.idx + len(subj.text)) if subj is not None else None
    ent = ents.by_id.get(eid) if eid is not None else None
    if ent is None or not ent.named or ent.type != "ORG":
        return None
    others = [t for t in prev if t.pos_ == "PROPN" and ents.at(t.idx, t.idx + len(t.text)) != eid
              and not (t.ent_type_ in ("GPE", "DATE", "NORP", "LOC"))]
    return None if others else eid


def _replaceable(ents, eid: Optional[str]) -> bool:
    """A claimant that may be replaced: none or an unnamed actor."""
    if eid is None:
        return True
    ent = ents.by_id.get(eid)
    return ent is None or not ent.named


def _stand_in(root, findings: frozenset, persons: frozenset, ents, plurals: frozenset = frozenset()) -> Optional[str]:
    """``"finding"``, ``"person"`` or ``"it"`` when ``root`` is a stand-in, else None (a plural
    finding only for the nouns named in the plural: "The figures", "the estimates")."""
    lemma = root.lemma_.lower()
    if root.lower_ == "it":
        return "it"
    if lemma in persons and root.pos_ == "NOUN" and _definite(root):
        return "person"
    singular = root.tag_ in ("NN", "NNP") or root.tag_ == "NNS" and lemma in plurals
    if lemma in findings and root.pos_ in ("NOUN", "PROPN") and singular and _bare(root, ents):
        return "finding"
    return None


def _definite(noun) -> bool:
    """``noun`` with "the", "these" or "those" and no name or possessor of its own."""
    return (any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)
            and not any(c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN" for c in noun.children))


def _bare(noun, ents) -> bool:
    """A finding named with "the"/"this"/"that" and no maker: no possessor, no name before it, no
    "by"/"from" after it ("The report", "the new paper"; not "a report", "Pew's report"; a word
    before it the parse took for a name that no entity holds is none: "the white paper")."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return False
    maker = _maker_token(noun)
    return maker is None or maker.dep_ in ("compound", "nmod") and ents.at(maker.idx, maker.idx + len(maker.text)) is None


def _maker_token(noun):
    """The token naming who made a finding noun: its possessor, a name before it, the object of
    "by"/"from" after it, or the subject of a verb of making whose object it is; or None."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < noun.i:
            return c
        if c.dep_ in ("prep", "agent", "acl") and c.i > noun.i:
            for p in (c, *(x for x in c.children if x.dep_ in ("prep", "agent"))):
                if p.lower_ in ("by", "from") and p.dep_ in ("prep", "agent"):
                    pobj = next((t for t in p.children if t.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
    verb = _making_verb(noun)
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None


def _making_verb(noun):
    """The verb of making whose object ``noun`` is, also through a parse that hung it on the
    verb's other phrases ("distributing to members of Congress an unusual white paper": an
    apposition of "members"); or None."""
    tok = noun
    for _ in range(4):
        if tok.dep_ not in ("dobj", "appos", "pobj", "prep", "dative"):
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok if tok.lemma_.lower() in _MAKING and (noun.dep_ != "pobj" or noun.head.lower_ not in ("by", "from")) else None
    return None


def _finding_mentions(doc, ents, findings: frozenset) -> list[tuple[int, str, Optional[str]]]:
    """``(token index, noun, maker entity or None)`` of every finding noun of the story, in order; the
    stand-ins themselves are among them, with the maker of the mention before them."""
    out: list[tuple[int, str, Optional[str]]] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in findings and tok.pos_ in ("NOUN", "PROPN"):
            maker = _maker_token(tok)
            if maker is not None and not _bare(tok, ents):
                out.append((tok.i, lemma, _maker_entity(maker, ents)))
            else:  # "The paper" again: the finding named before it; "a report": another one
                before = _nearest(out, len(out), lemma)
                out.append((tok.i, lemma, before[2] if before is not None and _bare(tok, ents) else None))
    return out


def _nearest(mentions: list, k: int, lemma: Optional[str]):
    """The last of ``mentions[:k]`` with the same noun as ``lemma``, else the last one; or None."""
    same = next((m for m in reversed(mentions[:k]) if m[1] == lemma), None) if lemma else None
    return same or (mentions[k - 1] if k else None)


def _maker_entity(tok, ents) -> Optional[str]:
    """The named person, organisation or country ``tok`` names, or None."""
    if tok.lower_ in PRONOUN_TYPES:
        return pronoun_entity(tok, ents)  # "its analysis", "his report"
    lo, hi = tok.left_edge.idx, tok.idx + len(tok.text)
    eid = ents.at(tok.idx, tok.idx + len(tok.text)) or ents.at(lo, hi)
    ent = ents.by_id.get(eid) if eid is not None else None
    return eid if ent is not None and ent.named and ent.type in _MAKER_TYPES else None


def _maker_before(doc, mentions, root, kind: str) -> Optional[str]:
    """The maker of the nearest finding named before the stand-in ``root`` in its reach."""
    k = bisect_right([m[0] for m in mentions], root.i - 1)
    got = _nearest(mentions, k, root.lemma_.lower() if kind == "finding" else None)
    if kind == "finding" and (got is None or got[2] is None):
        makers = {m[2] for m in mentions if m[1] == root.lemma_.lower() and m[2] is not None}
        return makers.pop() if len(makers) == 1 else None  # "The report published Tuesday", "the AP report" later
    if got is None:
        return None
    i, _lemma, eid = got
    text = doc_text(doc)
    between = text[doc[i].idx : root.idx]
    if kind == "it" and ("\n" in between or between.count(". ") > 2):
        return None
    if kind == "person" and between.count("\n\n") + (0 if "\n\n" in text else between.count("\n")) > _PERSON_PARAGRAPHS:
        return None
    return eid
