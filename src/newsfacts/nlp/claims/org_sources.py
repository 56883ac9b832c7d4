"""Claimants named by a definite description of an organisation: "The company says ... 1,864",
"The online retail giant reported a profit of $1.78 per share".

The claimants stage keeps such a source's words but finds no entity for them (no organisation's
name holds "company"). A claim with no claimant whose one source span is "the" + at most three
modifiers + a head noun of ``claims_claimants_org_nouns.txt`` takes the one named organisation
mentioned in the source's sentence before it or in the sentence before that ("Wealth-X keeps its
own finances a secret ... The company says ..."; "Amazon rose $6.20 ... The online retail giant
reported ..."), also in place of the unnamed organisation the quotes stage made of the words
("company"). Nothing when none is named there, or two, or a place, a facility or a product besides
(the tagger may have typed a company so), nor for a number a relative clause with its own subject
says ("the $1.11 a share that analysts expected").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicons
from .sentence_lookup import sentence_lookup

#: "the" + up to three modifiers + a head noun
_DEFINITE_RE = re.compile(r"(?:the|The)\s+(?:[\w'\u2019-]+\s+){0,3}?(?P<head>[a-z]+)")
#: named entity types that may be a company the tagger typed (a place, a facility, a product): one of them besides stops the rule
_NAME_TYPES = ("ORG", "GPE", "LOC", "FAC", "PRODUCT")
#: switch for before/after measures
ORG_SOURCES_OFF = False


@lru_cache(maxsize=None)
def org_nouns() -> frozenset[str]:
    """``claims_claimants_org_nouns.txt``: head nouns of a definite description of an organisation."""
    return frozenset(r[0].lower() for r in lexicons.rows("claims_claimants_org_nouns.txt"))


def org_sources(doc, text: str, infos: list, entities) -> None:
    """Give each claim of ``infos`` whose source words are a definite description of an
    organisation the one organisation named just before them (see the module's rules)."""
    if ORG_SOURCES_OFF or entities is None:
        return
    nouns = org_nouns()
    sents = names = None
    for info in infos:
        if len(info.claimant_evidence) != 1 or not open_claimant(entities, info.claim.claimant, ("ORG",)):
            continue
        s, e = info.claimant_evidence[0]
        m = _DEFINITE_RE.fullmatch(text, s, e)
        if m is None or m.group("head") not in nouns:
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if _others(doc, info.claim.evidence[0]):
            continue
        sents = sents or sentence_lookup(doc)
        sent = sents.at(span[0].i)
        lo = sents.at(sent.start - 1).start_char if sent.start > 0 else sent.start_char
        names = names if names is not None else _org_names(entities, text)
        got = _one_org(entities, names, text, lo, s)
        if got is not None or info.claim.claimant is None:
            info.claim.claimant = got


def open_claimant(entities, eid, types: tuple = ()) -> bool:
    """No claimant, or an unnamed actor ("poll": :mod:`.late_polls`), of one of ``types`` when
    given (an unnamed organisation, "company" for "The company says": here)."""
    ent = entities.by_id.get(eid) if eid is not None else None
    return eid is None or ent is not None and not ent.named and (not types or ent.type in types)


def _org_names(entities, text: str) -> dict[str, set]:
    """Mention text -> ids of the named organisations written that way somewhere in the story."""
    out: dict[str, set] = {}
    for a, b, eid in entities.spans:
        ent = entities.by_id.get(eid)
        if ent is not None and ent.named and ent.type in _NAME_TYPES and b - a >= 3:
            out.setdefault(text[a:b], set()).add(eid)
    return out


def _one_org(entities, names: dict, text: str, lo: int, hi: int):
    """The one named organisation mentioned in ``[lo, hi)`` (a mention of the entity stage, or a
    name one of its mentions elsewhere is written as: the tagger may miss one), else None."""
    found = {eid for a, b, eid in entities.overlapping(lo, hi) if lo <= a and b <= hi
             and (ent := entities.by_id.get(eid)) is not None and ent.named and ent.type in _NAME_TYPES}
    window = text[lo:hi]
    for name, ids in names.items():
        if name in window and re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", window):
            found |= ids
    orgs = [eid for eid in found if entities.by_id[eid].type == "ORG"]
    return orgs[0] if len(found) == 1 and orgs else None  # (a place or product named too: it may be the tagger's company)


def _others(doc, ev: tuple[int, int]) -> bool:
    """Whether the number at ``ev`` is what a relative clause with a subject of its own says
    ("well above the $1.11 a share that analysts expected": the analysts')."""
    span = doc.char_span(ev[0], ev[1], alignment_mode="expand")
    if span is None or not len(span):
        return True
    tok = span.root
    if any(_own_clause(c) for c in tok.subtree):  # (the number's own phrase: "the $1.11 a share that ...")
        return True
    for _ in range(3):
        if tok.head.i == tok.i or tok.head.pos_ in ("VERB", "AUX"):
            break
        tok = tok.head
        if any(_own_clause(c) for c in tok.children):
            return True
    return False


def _own_clause(tok) -> bool:
    """A relative clause with a subject of its own ("that analysts expected")."""
    return tok.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in ("that", "which", "who") for g in tok.children)
