"""Claimants from a report cue set off by commas that the parse read as a noun phrase.

"About 70% of the ads come from super PACs, tallies by Kantar Media's Campaign Media Analysis
Group and other trackers show." and "During the same stretch, F.A.A. records show, the Cessna has
flown roughly 216 hours." name who found the figures, but the parser makes "show" a noun
("trackers show") or hangs the clause off the main verb, so :func:`claimants.governing_report`
never sees a verb of showing. Here the text itself is read: a clause set off by a comma (or a
semicolon) whose words are a finding noun (``records``, ``tallies``, ``data``, ``figures`` ...),
optionally "by" its maker, followed by "show(s)", "showed", "indicate(s)" or "suggest(s)" and then
the end of the sentence or a comma.

A claim in that sentence with no claimant, no source words and no quote takes:

- the one named organisation or person whose mention lies inside the cue's words ("F.A.A.",
  "Kantar Media's Campaign Media Analysis Group"), or
- no claimant but the cue's words as its evidence when none or several are named ("records show").

Never when another quote cue sits in the sentence (someone else speaks there), nor a number inside
the cue's own words.
"""

from __future__ import annotations

import re

from .late_polls import late_poll_makers
from .org_sources import org_sources
from .sentence_lookup import sentence_lookup

#: ", <up to 10 words> records|tallies|... [by <maker>] show," at the end of a sentence or set off by commas
_CUE_RE = re.compile(
    r"[,;]\s+(?P<src>(?:[\w.'\u2019&-]+\s+){0,6}?(?:records|tallies|tally|data|figures|statistics|filings|documents|estimates)"
    r"(?:\s+by\s+[^,;.\n]{1,90}?)?)\s+(?:show|shows|showed|indicate|indicates|suggest|suggests)\s*(?P<end>[.,;]|$)",
    re.M)
#: switch for before/after measures
TRAILING_OFF = False


def trailing_reports(doc, text: str, infos: list, quotes=(), entities=None) -> None:
    """The last claimant passes, run after :func:`.claimants.assign_claimants` (wired in
    ``extract.py``): a definite description of an organisation (:mod:`.org_sources`), "the poll"
    of the one maker named before (:mod:`.late_polls`), then the claims of ``infos`` with no
    claimant, no source words and no quote take the maker of a report cue set off by commas in
    their sentence (see the module's rules)."""
    if entities is None or not infos:
        return
    org_sources(doc, text, infos, entities)  # "The company says ...": the organisation named just before (org_sources.py)
    late_poll_makers(text, infos, entities)  # "according to the poll": the one maker named for the earlier polls (late_polls.py)
    if TRAILING_OFF:
        return
    todo = [i for i in infos if i.claim.claimant is None and not i.claimant_evidence and i.claim.quote is None]
    if not todo:
        return
    cues = sorted(q.cue.start for q in quotes if q.cue is not None)
    seen: dict[tuple[int, int], list] = {}
    sents = sentence_lookup(doc)
    for info in todo:
        s, e = info.claim.evidence[0]
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = sents.at(span[0].i)
        key = (sent.start_char, sent.end_char)
        if key not in seen:
            seen[key] = _cues_in(text, key[0], key[1], cues)
        for m in seen[key]:
            src = m.span("src")
            if src[0] <= s < src[1]:
                continue
            info.claim.claimant = _maker(entities, src, text)
            info.claimant_evidence = [src]
            break


def _cues_in(text: str, lo: int, hi: int, cues: list) -> list:
    """The report cues (``_CUE_RE`` matches) of ``text[lo:hi]``; none when a quote cue of the
    quotes stage lies in the sentence outside them (someone speaks there)."""
    found = [m for m in _CUE_RE.finditer(text, lo, hi) if m.group("end") != "" or m.end() == hi]
    if not found:
        return []
    for c in cues:
        if lo <= c < hi and not any(m.start() <= c < m.end() for m in found):
            return []
    return found


def _maker(entities, src: tuple[int, int], text: str):
    """The one named organisation or person mentioned inside ``src`` (of a chain of owners, "Kantar
    Media's Campaign Media Analysis Group", the last), else None."""
    named = [(s, e, eid) for s, e, eid in entities.overlapping(*src) if src[0] <= s and e <= src[1]
             and (ent := entities.by_id.get(eid)) is not None and ent.named and ent.type in ("ORG", "PERSON")]
    named.sort()
    for (_, e, _), (s, _, _) in zip(named, named[1:]):
        if text[e:s].strip() not in ("'s", "\u2019s"):
            return None  # two makers, or a maker and another name
    return named[-1][2] if named else None
