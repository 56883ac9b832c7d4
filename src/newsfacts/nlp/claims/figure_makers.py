"""A figure's maker named right at the figure, where no report governs it:

- a participle of estimating after the figure names its maker: "worth less than the $36.5 billion
  estimated by Forbes" (a ``figure_object`` verb of ``claim_claimant_words.tsv`` with "by" and a
  named person or organisation): that maker, also inside someone else's quote or paraphrase
  (Trump suggests the figure is wrong; Forbes states it);
- a finding named by its maker is the subject of the clause that holds the figure: "The current
  Associated Press count gives her 1,280 pledged delegates and 469 super delegates for a total
  of 1,749" (a mention of :func:`.named_findings.finding_mentions`): its maker, for a figure no
  rule gave a claimant.
"""

from __future__ import annotations

from typing import Optional

#: the dependency labels a figure's walk up to its clause's verb may pass (no clause of its own)
_PHRASE_DEPS = frozenset({"dobj", "pobj", "prep", "nummod", "compound", "conj", "cc", "appos", "quantmod", "npadvmod", "attr", "dative", "amod", "nmod"})


def claim_figure_makers(infos: list, reports, words: dict, mentions=()) -> None:
    """Give claims the maker named at their figure (see the module)."""
    doc, ents = reports.doc, reports.entities
    estimating = words.get("figure_object", frozenset())
    by_noun = {m.noun.i: m for m in mentions if m.speaker is not None}
    for info in infos:
        span = doc.char_span(*info.claim.evidence[0], alignment_mode="expand")
        if span is None or not len(span):
            continue
        got = _participle_maker(span.root, ents, estimating)
        if got is not None and got[0] != info.claim.claimant:
            info.claim.claimant, info.claimant_evidence = got[0], [got[1]]
            continue
        if info.claim.claimant is None and not info.claimant_evidence and by_noun:
            m = _subject_finding(span.root, by_noun)
            if m is not None:
                info.claim.claimant, info.claimant_evidence = m.speaker, list(m.speaker_evidence)


def _participle_maker(tok, ents, estimating: frozenset) -> Optional[tuple[str, tuple[int, int]]]:
    """``(entity id, span)`` of the named maker of a participle of estimating on the figure or on
    the noun it counts ("the $36.5 billion estimated by Forbes")."""
    heads = [tok] + ([tok.head] if tok.head.i != tok.i and tok.dep_ in ("nummod", "quantmod", "compound") else [])
    for h in heads:
        for c in h.children:
            if c.dep_ != "acl" or c.i < h.i or c.lemma_.lower() not in estimating or c.tag_ != "VBN":
                continue
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            pobj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
            if pobj is None:
                continue
            s, e = pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text)
            for ms, me, eid in ents.overlapping(s, e):
                ent = ents.by_id.get(eid)
                if ms >= s and me <= e and ent is not None and ent.named and ent.type in ("PERSON", "ORG"):
                    return eid, (ms, me)
    return None


def _subject_finding(tok, by_noun: dict):
    """The named finding that is the subject of the clause holding the figure ``tok``, or None."""
    child = tok
    for _ in range(10):
        head = child.head
        if head.i == child.i or child.dep_ not in _PHRASE_DEPS:
            return None
        if head.pos_ in ("VERB", "AUX"):
            verb = head
            while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(c.dep_ == "nsubj" for c in verb.children):
                verb = verb.head  # ("... count gives her 1,280 and puts him at 1,061")
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return by_noun.get(subj.i) if subj is not None else None
        child = head
    return None
