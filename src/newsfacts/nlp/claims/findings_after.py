"""Claimants from findings named outside the number's clause (the last step of
:func:`.claimants.assign_claimants`, for numbers no earlier rule gave a claimant):

1. a frame opening the sentence names the finding and its maker ("By the Associated Press's
   tally, he now has 739 to Cruz's 465": :func:`.named_findings.framed`);
2. a share after a poll or a study the story named before (:mod:`.carried`): a quote record whose
   source is one, a poll named by its maker in a plain noun phrase ("The latest USA TODAY/Rock
   the Vote Poll of 18-to-34-year-olds explores ...": :func:`.named_findings.finding_mentions`),
   or a named organisation's finding ("In 2014, Pew found that ...", reaching like a study: its
   paragraph and the next; ``found_by`` rows of ``claim_claimant_words.tsv``); not into a
   sentence that opens with a place of its own ("In Ohio, he leads by 4 points").

0. a finding's maker named again without its name (:mod:`.makers`: "according to his book", "the
   foundation's tally", "The poll" with one maker in the story), and a maker named at the figure
   (:mod:`.figure_makers`: "the $36.5 billion estimated by Forbes", "The AP count gives her 1,280");

3. a paraphrase the next sentence goes on with (:mod:`.continued`: "Officials said their turnout
   was the second highest ... The turnout was about 35%"), a projection after a report or a
   paragraph a report announces with a colon (:mod:`.projections`: "The deficit ... is projected
   to be $544 billion" after "the budget office said").

Session 13: a finding whose maker is a name no entity holds ("In an average calculated by
RealClearPolitics, ...": :func:`.named_findings.unnamed_mentions`) frames and carries like a named
one, its words kept for :func:`.maker_names.name_makers`; a person who "shows" something ("Fiorina
showed subtle hints ...") reports no finding; a quote whose content is a figure alone ("Clinton
support 27 percent" read as a reaction) stops no poll's carry.

A finding noun inside a quote record's source words ("according to exit polls reported by CNN")
is that record's: its source already reads it.
"""

from __future__ import annotations

import re
from functools import partial

from .carried import carried_polls, poll_reach
from .continued import continued_reports
from .figure_makers import claim_figure_makers
from .makers import revise_makers
from .projections import carry_reports
from .named_findings import finding_mentions, framed, party_name, unnamed_mentions
from .respondents import share_source
from .siblings import according_frames, conjoined_reports, poll_subjects, sample_sizes
from .sentence_lookup import sentence_lookup
from .stand_ins import revise_stand_ins

SIBLINGS_OFF = False  # switch the rules of siblings.py off (to measure them)
ORG_FOUND_OFF = False
BARE_OFF = False
REPORTS_OFF = False  # switch off: a report or research (``report_noun`` rows) reaches like a study  # switch off: a quote whose content is a figure alone stops the carry of a poll
#: a figure alone ("27 percent", "41%")
_BARE_RE = re.compile(r"\s*(?:about\s+|nearly\s+)?\d[\d.,]*\s*(?:%|percent|per\s+cent|points?)\s*")  # switch off: what a person "shows" is no finding that reaches like a study ("Fiorina showed subtle hints")


def claim_after_findings(infos: list, quotes, reports, words: dict) -> None:
    """Give the claims in ``infos`` with no claimant and no source words the maker of a finding
    named in a frame or before them (see the module's rules).

    Args:
        infos: the claims (:class:`~newsfacts.nlp.claims.extract.ClaimInfo`), claimants assigned.
        quotes: the quotes stage's records.
        reports: the claimants' report reader (``doc``, ``entities``, ``text``, ``source_spans``,
            ``reach``, ``speaks``, ``sampled``).
        words: ``claim_claimant_words.tsv`` by kind.
    """
    named = finding_mentions(reports.doc, reports.entities, words.get("frame_noun", frozenset()))
    unnamed = unnamed_mentions(reports.doc, reports.entities, words.get("frame_noun", frozenset()))  # "In an average calculated by RealClearPolitics"
    mentions = [m for m in sorted([*named, *unnamed], key=lambda m: m.cue.start)
                if not any(s < m.speaker_evidence[0][1] and m.speaker_evidence[0][0] < e for s, e in reports.source_spans)]
    revise_makers(infos, reports, words, named, quotes)  # "according to his book", "the foundation's tally", "the poll" (makers.py)
    claim_figure_makers(infos, reports, words, named)  # "the $36.5 billion estimated by Forbes", "The AP count gives her 1,280"
    if mentions:
        _framed(infos, mentions, sentence_lookup(reports.doc))
    found = words.get("found_by", frozenset())

    reported = words.get("report_noun", frozenset())

    def reach(q):
        got = reports.reach(q)
        if got is None and not REPORTS_OFF and not share_source(reports.text, q):  # "A report released by the National Academies ..."
            got = poll_reach(reports.doc, q, frozenset(), reported)
        if (got is None and q.kind != "mention" and q.cue is not None and reports.speaks(q) and _found(reports.doc, q, found)
                and not _nobody(reports.text, q) and (ORG_FOUND_OFF or not _shown_by_person(reports, q))):  # (not "no Republicans shows ...")
            return 1  # "In 2014, Pew found that ...": a named organisation's finding, like a study
        return got

    def speaks(q):  # ("Clinton fares only a bit better: 54% ...": a colon after a verb that reports nothing)
        return (reports.speaks(q) and not _colon_narration(reports.doc, q, reports.verbs) and not bare_figure(reports.text, q)
                and (ORG_FOUND_OFF or q.cue is None or not _shown_by_person(reports, q)))  # ("she has shown vulnerabilities": nobody speaks)

    polls = [m for m in mentions if reports.reach(m) is not None]
    asked = partial(share_source, reports.text)
    sents = sentence_lookup(reports.doc)
    open_to = [i for i in infos if i.claim.quote is not None or not _placed(reports.doc, sents, i.claim.evidence[0])]
    for info, q in carried_polls(open_to, [*quotes, *polls], reports.text, reach, speaks, asked):
        info.claim.claimant = None if reports.sampled(q) else q.speaker
        info.claimant_evidence = list(q.speaker_evidence)
        if info.claim.quote == q.id and q.id is not None and _cut_maker(info, q, reports) is False:
            info.claim.claimant, info.claimant_evidence = None, []
    if not SIBLINGS_OFF:
        sample_sizes(infos, reports)  # "The survey of 1,002 adults": the poll, for its maker below (siblings.py)
        poll_subjects(infos, reports)  # "The poll was conducted ... among 1,358 voters": the same
    revise_makers(infos, reports, words, named, quotes)  # (again, for the shares the poll carry gave an unnamed poll)
    revise_stand_ins(infos, reports, words)  # "The researchers found ...", "The report estimates ..." (stand_ins.py)
    continued_reports(infos, quotes, reports, words)
    carry_reports(infos, quotes, reports, words)  # a projection or an announced paragraph after a report (projections.py)
    if not SIBLINGS_OFF:
        conjoined_reports(infos, reports)  # "It showed $200,000 ..., and $47,000 ...": a conjunct of the report
        according_frames(infos, reports)  # "According to the Associated Press, 571 of ...": the frame's X


def _framed(infos: list, mentions: list, sents) -> None:
    """The maker of a finding in a frame opening the sentence claims its numbers after the frame."""
    frames = [(r, m) for m in mentions if (r := framed(m, sents)) is not None]
    for info in infos:
        if info.claim.claimant is not None or info.claimant_evidence:
            continue
        a = info.claim.evidence[0][0]
        m = next((m for (lo, hi), m in frames if lo <= a < hi), None)
        if m is not None:
            info.claim.claimant = m.speaker
            info.claimant_evidence = list(m.speaker_evidence)


def _placed(doc, sents, ev: tuple[int, int]) -> bool:
    """Whether the number at ``ev`` is in a sentence opening with a place of its own ("In Ohio, he
    leads by 4 points"): a scope the poll named before may not cover."""
    span = doc.char_span(ev[0], ev[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = sents.at(span.root.i)
    first = sent[0]
    pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
    return (first.lower_ == "in" and pobj is not None and pobj.ent_type_ in ("GPE", "LOC")
            and pobj.right_edge.i + 1 < sent.end and doc[pobj.right_edge.i + 1].text == ",")


def _cut_maker(info, q, reports):
    """For a poll named after its figure whose source words the parse ran on past a comma ("the
    latest CNN/ORC poll released Wednesday, a collapse driven by ... Republican voters"): the
    words before the comma as the claimant's words and the named organisation mentioned there as
    the claimant (True), False when none is, None when the words hold no comma."""
    s, e = q.speaker_evidence[0]
    cut = reports.text.find(",", s, q.speaker_evidence[-1][1])
    if cut < 0:
        return None
    info.claimant_evidence = [(s, cut)]
    for a, b, eid in reports.entities.overlapping(s, cut):
        ent = reports.entities.by_id.get(eid)
        if a >= s and b <= cut and ent is not None and ent.named and ent.type == "ORG" and not party_name(ent.name):
            info.claim.claimant = eid
            return True
    return False


def bare_figure(text: str, q) -> bool:
    """Whether a quote's content is a figure alone ("Clinton support 27 percent" read as Clinton
    supporting "27 percent"): a poll's figure in a list, nobody speaking (``BARE_OFF`` off)."""
    return (not BARE_OFF and q.kind == "reaction" and len(q.evidence) == 1
            and bool(_BARE_RE.fullmatch(text[q.evidence[0][0] : q.evidence[0][1]])))


def _shown_by_person(reports, q) -> bool:
    """Whether a person "shows" something ("Fiorina showed subtle hints that ..."): conduct, not a
    finding whose figures follow (a person who "found" may have: "Smith found that ...")."""
    ent = reports.entities.by_id.get(q.speaker)
    if ent is None or ent.type != "PERSON":
        return False
    span = reports.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() == "show" and t.pos_ == "VERB" for t in span)


def _nobody(text: str, q) -> bool:
    """Whether a quote's source is nobody ("no Republicans", "none of them")."""
    return bool(q.speaker_evidence) and text[q.speaker_evidence[0][0] : q.speaker_evidence[0][1]].lower().startswith(("no ", "none ", "nobody", "neither "))


def _found(doc, q, verbs: frozenset) -> bool:
    """Whether a quote's cue is a verb of finding ("Pew found that ...")."""
    span = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in verbs and t.pos_ == "VERB" for t in span)


def _colon_narration(doc, q, verbs: dict) -> bool:
    """Whether a quote's cue is a clause ending in a colon with no verb of saying ("Clinton fares
    only a bit better: 54% have a negative response"): the writer's lead-in, nobody speaks."""
    if q.cue is None or q.kind == "mention":
        return False
    span = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    return (span is not None and len(span) > 0 and span[-1].text == ":"
            and any(t.pos_ in ("VERB", "AUX") for t in span) and not any(t.lemma_.lower() in verbs for t in span))
