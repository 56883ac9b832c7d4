"""Claimants carried over from an earlier sentence: the poll a story names before its figures.

A story names a poll once ("A new Quinnipiac poll shows ...", "Early results of an entrance
poll are showing that ...") and gives its figures in the sentences after it, with no source of
their own ("About four in 10 said ...", "45% of Republicans say ..."). A share (a percentage,
"4 in 10", "two-thirds") that no rule gave a claimant takes the source of the nearest report
before it (a quote record of the quotes stage) whose source is a poll or a study
(``POLL_NOUNS``, the ``sample_noun`` rows of ``claim_claimant_words.tsv``), when:

- the report is earlier in the number's sentence or its paragraph, or at most
  ``_POLL_PARAGRAPHS`` paragraphs before it for a poll or a survey (a running story gives a
  poll's figures over several paragraphs), one for a study or an analysis;
- nothing in between (the number's own sentence included) is said by a named person or
  organisation other than the poll's (a quote record: "Smith said ..." stops it; a share that
  speaks, "45% of Republicans say", does not, nor a colon lead-in with no verb of saying:
  "Clinton fares only a bit better: 54% ...", ``findings_after``);
- no paragraph in between is a header ("___.", "3:05 p.m.": no word of four letters in lower
  case), which starts a new item of a running story.

A share a share of respondents says (also right before them: "By an overwhelming 80%-10%, those
surveyed say ..."; or saying itself with no quote record: "with 50 percent saying ..."), or a share of
those "in the poll" ("Fifteen percent of
voters in the poll were undecided"), ("Now, 52 percent said Mr. Trump would be better, compared
with 41 percent for Mrs. Clinton") is a poll's figure whatever stands between: it takes the
nearest poll named before it in the story, up to a header paragraph.

Only shares: a count ("a poll of 1,000 voters"), a sum of money or a measure near a poll is
the writer's. A person's words never carry over (narration follows quotes).

Session 13 (``DATED_OFF`` switches these off):

- a poll or study named with a time of its own ("a 2015 Pew Research survey", "a study last year
  by ...", a sentence opening "In April, a Reuters/Ipsos poll found ..."; :func:`dated`) is a side
  reference: its figures stay in its paragraph, and the walk stops there (the shares after it are
  not its, nor those of a poll named before it);
- a share placed in another year by its sentence ("Compared with the 2008 race, ... Obama's 34
  percent", "minority voters in 2008 accounted for 30%", "McCain's 62 percent support that year")
  or a contest's result ("came in third place in the state's caucuses this March, earning only
  14 percent of the vote": "of the vote", a contest named, no poll named in the sentence) is not
  the poll's;
- a poll named right after its figure whose source words the parse ran on past a comma ("fell to
  10 percent in the latest CNN/ORC poll released Wednesday, a collapse driven by ...") is read up
  to the comma (``findings_after`` takes the organisation named there).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from types import SimpleNamespace
from typing import Callable, Optional

#: how many paragraphs before the number's a poll or survey may be named (a study: one)
_POLL_PARAGRAPHS = 3
#: a share that says, with no quote record ("with 50 percent saying she is prepared, compared with the
#: 30 percent who say the same"): respondents
_SAYING_RE = re.compile(r"\s+(?:of\s+(?:\w+\s+){1,3}?)?(?:who\s+)?(?:say|says|said|saying)\b")
#: a finding of its own named by its maker after a share in its sentence ("34% of GOP voters in the
#: RealClearPolitics average", "20 percent in national polls"): not the poll named before
_OTHER_FINDING_RE = re.compile(r"(?:[^.;\n]|\.(?=\d)){0,80}?\bin\s+(?P<finding>(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w./&'-]*|latest|new|recent)\s+){0,3}?"
                               r"(?:(?P<maker>[A-Z][\w./&'-]*)\s+(?:polls?|polling|survey|average|tally)|(?:national|other|state)\s+(?:polls|surveys)))\b")
#: a time before the poll placing the share, in its sentence before it ("Four years ago, 46 percent of
#: caucusgoers ...", "In 2012, 46 percent ..."): a figure of another count, not the poll named before
_EARLIER_RE = re.compile(r"\b\w+\s+(?:years?|decades?|elections?|cycles?)\s+ago\b|^\W*In\s+(?:19|20)\d\d,")
#: switch for before/after measures of the rule above
EARLIER_OFF = False
#: switch for the rules of dated findings and of figures placed in another year or contest (:func:`dated`, :func:`_earlier`)
DATED_OFF = False
#: a year before the number in its sentence, or right after it
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_AFTER_RE = re.compile(r"[^.;\n]{0,40}?\b(?:in\s+(?:19|20)\d\d|that\s+year)\b")
#: a share of the vote of a contest named in the sentence, no poll named there: a result
_VOTE_RE = re.compile(r"\s+of\s+the\s+(?:popular\s+)?votes?\b")
_CONTEST_RE = re.compile(r"\b(?:caucus(?:es)?|primar(?:y|ies)|elections?|contests?)\b", re.I)
_POLL_WORD_RE = re.compile(r"\b(?:polls?|polling|surveys?|projections?|forecasts?)\b", re.I)
#: a time of a poll's own in its words or its sentence before them (see :func:`dated`)
_DATED_RE = re.compile(r"\b(?:(?:19|20)\d\d|last\s+year|(?:a|one|two|three|\d+)\s+years?\s+ago)\b", re.I)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_OPENS_MONTH_RE = re.compile(rf"\s*(?:In|Since|During|Back\s+in)\s+(?:{_MONTHS})\b")
#: switch the whole carry off (to list what it gives)
OFF = False
#: a word of four lower-case letters or more: a paragraph without one is a header
_WORD_RE = re.compile(r"[a-z]{4,}")
#: a share of those a poll asked, said right after it ("Fifteen percent of voters in the poll")
_IN_POLL_RE = re.compile(r"\s+of\s+(?:[\w-]+\s+){1,3}?(?:in|to)\s+(?:the|this|that)\s+(?:poll|survey)\b", re.I)


def _is_share(claim) -> bool:
    """A percentage or a fraction of a whole ("two-thirds", "about half")."""
    return claim.unit in ("percent", "percentage point") or claim.unit is None and claim.value is not None and 0 < claim.value < 1 and claim.low is None


def _paragraph_starts(text: str) -> list[int]:
    """The start of every paragraph (a line that is not blank) of ``text``."""
    return [0] + [m.start(1) for m in re.finditer(r"\n\s*(\S)", text)]


def carried_polls(infos: list, quotes, text: str, reach: Callable, speaks: Callable,
                  respondents: Optional[Callable] = None) -> list[tuple[object, object]]:
    """``(info, quote)`` for every share in ``infos`` with no claimant and no source words that
    takes the source of the poll ``quote`` named before it (see the module's rules).

    Args:
        infos: the claims (:class:`~newsfacts.nlp.claims.extract.ClaimInfo`), claimants assigned.
        quotes: the quotes stage's records.
        text: the document's text.
        reach: ``reach(quote)``: how many paragraphs the source of ``quote`` reaches (a poll
            ``_POLL_PARAGRAPHS``, a study 1), None for a source that is no poll or study.
        speaks: ``speaks(quote)``: whether the quote is said by a named person or organisation
            (not a share of respondents).
        respondents: ``respondents(quote)``: whether the quote's source is a share of those
            asked ("52 percent said ..."): the shares it holds or that are its source take the nearest poll named before
            them anywhere in the story (up to a header), whoever speaks in between.
    """
    todo = [i for i in infos if i.claim.claimant is None and not i.claimant_evidence and _is_share(i.claim)]
    if OFF or not todo or not quotes and DATED_OFF:  # (with no quote, a share may still name its own finding after it)
        return []
    reach, speaks = _once(reach), _once(speaks)  # (each quote read once, however many shares follow it)
    cued = sorted((q.cue.start, k, q) for k, q in enumerate(quotes) if q.cue is not None)
    starts = [c for c, _, _ in cued]
    paras = _paragraph_starts(text)
    by_id = {q.id: q for q in quotes}
    respondents = respondents or (lambda q: False)
    asking = [sp for q in quotes if respondents(q) for sp in q.speaker_evidence]  # "Just 28 percent of voters said"
    out = []
    for info in sorted(todo, key=lambda i: i.claim.evidence[0][0]):
        a = info.claim.evidence[0][0]
        own = by_id.get(info.claim.quote) if info.claim.quote else None
        if own is not None and reach(own) is None and speaks(own):
            continue  # a quote of someone else holds it
        if own is not None and reach(own) is not None and speaks(own) and _short_source(text, own):
            out.append((info, own))  # its own named poll, named after it ("fell to 10 percent in the latest CNN poll")
            continue
        other = _OTHER_FINDING_RE.match(text, info.claim.evidence[0][1])
        if other is not None:  # "backed by 34% of GOP voters in the RealClearPolitics average": its own finding, its maker no entity
            if other.group("maker") and not DATED_OFF:  # its words, for the maker's name (maker_names.name_makers)
                out.append((info, SimpleNamespace(id=None, kind="mention", speaker=None, speaker_evidence=[other.span("finding")])))
            continue
        if not EARLIER_OFF and _earlier(text, a, info.claim.evidence[0][1]):
            continue  # "Four years ago, 46 percent of caucusgoers ...": not the poll's
        k = bisect_right(starts, a)
        end = info.claim.evidence[0][1]  # ("By an overwhelming 80%-10%, those surveyed say ...": right before its respondents)
        asked = (own is not None and respondents(own) or any(s <= a < e or end <= s <= end + 3 and not text[end:s].strip(" ,") for s, e in asking)
                 or bool(_IN_POLL_RE.match(text, end)) or bool(_SAYING_RE.match(text, end)))
        got = _nearest_poll(cued, k, a, paras, text, reach, speaks, asked)
        if got is not None:
            out.append((info, got))
            cued.insert(k, (a, -1, got))  # a running list of the poll's figures: its reach starts again here
            starts.insert(k, a)
    return out


def _earlier(text: str, a: int, b: int = -1) -> bool:
    """Whether the number at ``a`` (ending at ``b``) is placed before the poll by the words of its
    sentence before it (``_EARLIER_RE``), or (``DATED_OFF`` off) by a year in them or right after
    it ("Compared with the 2008 race, ... Obama's 34 percent", "30% of caucusgoers in 2008",
    "McCain's 62 percent support that year"), or is a contest's result ("came in third place in
    the state's caucuses, earning only 14 percent of the vote")."""
    lo = max(text.rfind(". ", 0, a) + 1, text.rfind("\n", 0, a) + 1, a - 160)
    if _EARLIER_RE.search(text[lo:a]):
        return True
    if DATED_OFF or b < 0:
        return False
    if _YEAR_RE.search(text, lo, a) or _YEAR_AFTER_RE.match(text, b):
        return True
    hi = min((k for k in (text.find(". ", b), text.find("\n", b)) if k >= 0), default=len(text))
    return bool(_VOTE_RE.match(text, b)) and bool(_CONTEST_RE.search(text, lo, hi)) and not _POLL_WORD_RE.search(text, lo, hi)


def dated(text: str, q) -> bool:
    """Whether a poll or study is named with a time of its own before the story's ("a 2015 Pew
    Research survey", "a study last year by ...", "In April, a Reuters/Ipsos poll found ..."):
    a side reference whose figures stay in its paragraph."""
    if DATED_OFF or not q.speaker_evidence:
        return False
    s, e = q.speaker_evidence[0]
    lo = max(text.rfind(". ", 0, s) + 1, text.rfind("\n", 0, s) + 1)
    return bool(_DATED_RE.search(text, lo, e)) or bool(_OPENS_MONTH_RE.match(text, lo))


def _short_source(text: str, q) -> bool:
    """Whether a quote's source words are one short noun phrase ("the latest CNN/ORC poll released
    Wednesday"), not a parse run on past a comma ("..., a collapse driven by ... Republican voters")."""
    if not q.speaker_evidence:
        return False
    words = text[q.speaker_evidence[0][0] : q.speaker_evidence[-1][1]]
    if "," in words and not DATED_OFF:  # "the latest CNN/ORC poll released Wednesday, a collapse driven by ...": the part before the comma
        words = words.split(",")[0]
        return len(words.split()) <= 8 and bool(_POLL_WORD_RE.search(words))
    return "," not in words and len(words.split()) <= 8


def _once(read: Callable) -> Callable:
    """``read(quote)`` computed once per quote."""
    seen: dict[int, object] = {}

    def get(q):
        if id(q) not in seen:
            seen[id(q)] = read(q)
        return seen[id(q)]

    return get


def _nearest_poll(cued, k: int, a: int, paras: list[int], text: str, reach, speaks, asked: bool = False):
    """The nearest quote among ``cued[:k]`` whose source is a poll, walking back from the number
    at ``a`` while nothing stops it, or None; ``asked``: the number is what a share of
    respondents said, and only a header stops the walk."""
    p = bisect_right(paras, a) - 1
    back = p if asked else _POLL_PARAGRAPHS
    lowest = paras[max(0, p - back)]
    for j in range(p, max(0, p - back) - 1, -1):  # a header paragraph in between starts a new item
        end = paras[j + 1] if j + 1 < len(paras) else len(text)
        if j < p and not _WORD_RE.search(text, paras[j], end):
            lowest = end
            break
    for n in range(k - 1, -1, -1):
        start, _, q = cued[n]
        if start < lowest:
            return None
        paragraphs = reach(q)
        if paragraphs is not None and dated(text, q):
            return q if start >= paras[p] else None  # "a 2015 Pew Research survey": its own paragraph only
        if paragraphs is not None:
            return q if asked or start >= paras[max(0, p - paragraphs)] else None
        if speaks(q) and not asked:
            return None  # someone else speaks in between
    return None


def _source_span(doc, q):
    """The Span of a quote's first source words, or None."""
    if not q.speaker_evidence:
        return None
    span = doc.char_span(*q.speaker_evidence[0], alignment_mode="expand")
    return span if span is not None and len(span) else None


def poll_reach(doc, q, polls: frozenset, studies: frozenset) -> Optional[int]:
    """How many paragraphs the figures of a quote's source may follow it: a poll or a survey
    ("Early results of an entrance poll", "The survey") ``_POLL_PARAGRAPHS``, a study or an
    analysis 1; None when the source is neither. Only nouns count: a person "who was among those
    polled" is one of the poll's respondents, not the poll."""
    span = _source_span(doc, q)
    lemmas = {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN")} if span is not None else set()
    return _POLL_PARAGRAPHS if lemmas & polls else 1 if lemmas & studies else None


def sampled(doc, entities, q, polls: frozenset, made: frozenset) -> bool:
    """Whether the entity the quotes stage gave a poll's source is named only in what the poll
    studied ("an entrance poll of Nevada Democratic caucus-goers": not the Democratic Party; "a
    survey of Iowa Republicans"), so that it made no finding."""
    span = _source_span(doc, q) if q.speaker is not None else None
    if span is None:
        return False
    studied = []  # the char ranges of "of" phrases naming a poll's sample
    for t in span:
        if t.lower_ == "of" and t.dep_ == "prep" and t.head.lemma_.lower() in polls:
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lemma_.lower() not in made:
                studied.append((t.idx, t.right_edge.idx + len(t.right_edge.text)))
    if not studied:
        return False
    mentions = [(s, e) for s, e, eid in entities.overlapping(span.start_char, span.end_char) if eid == q.speaker]
    return bool(mentions) and all(any(lo <= s and e <= hi for lo, hi in studied) for s, e in mentions)

