"""Claimants: who claims a number.

A number is claimed by whoever the story reports as saying, finding or estimating it, else
by the outlet (claimant null). Tried in order:

0. a report inside the content of the quote that holds the number, naming another named source
   than the quote's speaker: that source ("Forbes says it is $4.5 billion and Wealth-X has it at
   $4.5 billion": the second figure is Wealth-X's; a name no entity holds leaves the claimant
   null with its words kept; "has it at" is a ``figure_at_pronoun`` row);
1. the quote whose evidence holds the number (the quotes stage): its speaker, unless the
   quote does not report the number (:meth:`_Reports.narrates`): a number a verb of writing
   acts on ("Hurun publishes more than 20 magazines"), a cue of praise, blame,
   stance or knowing outside quotation marks ("rejected a treaty ... the 28-nation union",
   "voted against the $700 billion bailout"), a negated or hypothetical cue, a topic ("brags
   about his 11 debates"), the number in a source's own words ("the 34-year-old mother of
   three replied") or in the writer's aside ("the state, where 18 electoral votes are up");
2. the report that governs the number's clause in the parse, found by walking up from the
   number to the root of its sentence (:func:`governing_report`): a clause of a verb of
   saying, writing, thinking or showing ("Roe said the plan would cost $1.2 billion"; also a
   cue set off by commas: "These employees, Stumpf explained, were well-paid, making ..."),
   a figure a verb of estimating states ("Bloomberg estimates his fortune at $42 billion",
   "Wealth-X tallies 585", "PolitiFact rated 32% of the claims as false"), what a finding
   shows ("a CNN survey found 90 percent support"), "according to X" on the clause or a clause
   above it, a finding noun with its maker ("X's estimate of $84 billion", "Trump's claims that
   his net worth exceeds $10 billion", "a poll by X showing ... 14 percent"). Its source is the
   entity the quotes stage gave the same words, else the noun a relative pronoun stands for (also
   when the parse hangs its clause elsewhere: "turned to the Police Department which reported"),
   the maker of a finding ("the FBI data", "data available from the FBI"), the entity at the
   source's head (named first, else an unnamed actor: "the researchers"), for "he", "she",
   "it" the one person or organisation named before it in the sentence; a name the entity
   stage left unlinked there, the one named person or organisation with a mention written
   the same way ("Wealth-X says ..."); "the institute", the one named organisation with that
   word in its name. A source that names
   no entity leaves the claimant null; its words are kept as evidence
   (:attr:`~newsfacts.nlp.claims.extract.ClaimInfo.claimant_evidence`).

3. for a number none of these gave a claimant (:mod:`.findings_after`): a frame naming a finding
   and its maker ("By the AP's tally, ..."), the poll or study named before a share, with nobody
   else speaking in between (:mod:`.carried`), a paraphrase the next sentence goes on with (:mod:`.continued`).

Nothing else gives a claimant: a person named near a number in narration ("Clinton criticized
... a 40-year-old man") never claims it. Word lists: ``lexicons/claim_claimant_words.tsv``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Optional

from ... import lexicons
from ..quotes.sources import np_span, subject_of
from ..quotes.words import DOC_NOUNS, FINDING_NOUNS, POLL_NOUNS, STATEMENT_NOUNS, pattern_words, reporting_verbs
from ..text import doc_text
from .carried import poll_reach, sampled
from .clause_shapes import aside, aside_above, continues_saying, hypothetical, named_share, negated, parenthetical, participle, quoted, relative_antecedent
from .findings_after import claim_after_findings
from .maker_names import name_makers
from .respondents import SHARE_SOURCE_RE, share_source
from .sentence_lookup import sentence_of
from .won_shares import won_share


@lru_cache(maxsize=None)
def claimant_words() -> dict[str, frozenset[str]]:
    """``claim_claimant_words.tsv``: kind -> words (see the file's header)."""
    out: dict[str, set[str]] = {}
    for r in lexicons.rows("claim_claimant_words.tsv"):
        out.setdefault(r[0], set()).add(r[1])
    return {k: frozenset(v) for k, v in out.items()}


_RELATIVES = frozenset({"who", "which", "that"})
#: the last word of a cue whose object is a topic ("brags about", "commented on")
_PLACE_PREPS = frozenset({"in", "at", "on", "during"})
_TOPIC_PREPS = frozenset({"about", "on", "of", "over", "regarding"})
#: a pronoun source -> the entity types it may stand for (the one such entity named before it in its sentence)
_PRONOUN_TYPES = {"he": ("PERSON",), "she": ("PERSON",), "it": ("ORG",)}
_PRONOUNS = frozenset({"he", "she", "him", "her", "it", "they", "them", "i", "we", "you", "his", "its", "their", "this", "these", "those", "one"})
#: report verb classes whose clause or object is what the subject says, writes, thinks or shows
_SAYING = frozenset({"speech", "writing", "cognition", "evidence"})
#: dependency labels of an object (or a figure set "at"/"as") that is a verb's content
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
#: dependency labels of what is no verb's content: its subject, its adverbials
_NOT_CONTENT = frozenset({"nsubj", "nsubjpass", "csubj", "advmod", "npadvmod", "advcl", "mark", "aux", "auxpass", "neg", "punct", "cc", "conj"})


#: the end of a sentence the parser did not split ('... win."  With 76 percent'), after its last word
_SENTENCE_END_RE = re.compile(r"(\w*)[.!?][\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(\[]*[A-Z]")
#: words whose period ends no sentence ("Mr. Trump", "Calif. Gov.")
_ABBREVIATIONS = frozenset(w.lower() for name in ("title_abbreviation", "period_abbreviation") for w in pattern_words(name))


#: a dash that opens or closes an aside (" - ", " \u2014 ", "\u2014")
#: the first closing quotation mark after a quoted number, and a signature right after it ('" - Sanders.')
_CLOSE_RE = re.compile(r"[\"\u201d]|\n")
_SIGNATURE_RE = re.compile(r"[ \u00a0]?[-\u2013\u2014]{1,2}[ \u00a0]?(?P<name>[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,3}?)\.?[ \u00a0]*(?:\n|$)")
_DASH_RE = re.compile(r"\s[-\u2013\u2014]{1,2}\s|\u2014")


def _aside_open(between: str) -> bool:
    """Whether ``between`` opens a dash or parenthesis aside it does not close."""
    return len(_DASH_RE.findall(between)) % 2 == 1 or between.count("(") > between.count(")")


def _sentence_between(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence ends between ``lo`` and ``hi`` (not after "Mr", "Calif", "U.S")."""
    for m in _SENTENCE_END_RE.finditer(text, lo, hi):
        word = m.group(1)
        if len(word) > 1 and word.lower() not in _ABBREVIATIONS:
            return True
    return False


def _holding_quotes(infos: list, quotes) -> list[Optional[int]]:
    """Per claim, the index of the first quote in ``quotes``' order whose evidence holds the
    claim's evidence, or None.

    One sweep over span starts with a Fenwick tree of the smallest quote index by span end
    (a walk over every quote for each claim was quadratic on long texts)."""
    out: list[Optional[int]] = [None] * len(infos)
    spans = sorted((s, e, k) for k, q in enumerate(quotes) for s, e in q.evidence)
    if not spans or not infos:
        return out
    ends = sorted({e for _, e, _ in spans})
    m = len(ends)
    none = len(quotes)
    tree = [none] * (m + 1)  # prefix minimum over reversed end ranks: rank 1 = the largest end

    def add(e: int, k: int) -> None:
        r = m - bisect_left(ends, e)
        while r <= m:
            if k < tree[r]:
                tree[r] = k
            r += r & -r

    def first_holding(b: int) -> int:  # the smallest quote index among added spans ending at or after b
        r, best = m - bisect_left(ends, b), none
        while r > 0:
            best = min(best, tree[r])
            r -= r & -r
        return best

    j = 0
    for n in sorted(range(len(infos)), key=lambda n: infos[n].claim.evidence[0][0]):
        a, b = infos[n].claim.evidence[0]
        while j < len(spans) and spans[j][0] <= a:
            add(spans[j][1], spans[j][2])
            j += 1
        k = first_holding(b)
        out[n] = k if k < none else None
    return out


def assign_claimants(infos: list, quotes, doc=None, entities=None) -> None:
    """Set ``claimant`` and ``quote`` of every claim (see the module's rules).

    Args:
        infos: the claims' :class:`~newsfacts.nlp.claims.extract.ClaimInfo` objects.
        quotes: the quotes stage's records.
        doc: the parsed Doc; without it (or without ``entities``) only the quotes are read.
        entities: the entity index (:class:`~newsfacts.nlp.entities.index.EntityIndex`).
    """
    holding = _holding_quotes(infos, quotes)
    reports = _Reports(doc, entities, quotes) if doc is not None and entities is not None else None
    for info, k in zip(infos, holding):
        q = quotes[k] if k is not None else None
        signed = reports.signed(info.claim.evidence[0]) if reports is not None else None
        if signed is not None:  # '"... 40 percent ..." - Sanders.': the quotation's signature names its speaker
            info.claim.quote = q.id if q is not None else None
            info.claim.claimant, info.claimant_evidence = signed
            continue
        if q is not None:
            info.claim.quote = q.id
            inner = reports.inner(info.claim.evidence[0], q) if reports is not None and q.speaker is not None else None
            if inner is not None:  # "Forbes says it is $4.5 billion and Wealth-X has it at $4.5 billion": each clause's own
                info.claim.claimant, info.claimant_evidence = inner
                continue
            if q.speaker is not None and reports is not None and share_source(reports.text, q):
                pass  # '47 percent said they would vote for Clinton ... dropped to 35 percent': respondents, no claimant
            elif q.speaker is not None and (reports is None or not reports.narrates(q, info.claim.evidence[0], info.claim.unit == "percent")):
                info.claim.claimant = None if reports is not None and reports.sampled(q) else q.speaker
                info.claimant_evidence = list(q.speaker_evidence)
                continue
        if reports is None:
            continue
        got = reports.claimant(info.claim.evidence[0], q, info.claim.unit == "percent")
        if got is not None:
            info.claim.claimant, info.claimant_evidence = got
    if reports is not None:  # a finding named in a frame or before the number (findings_after.py)
        claim_after_findings(infos, quotes, reports, reports.words)
        name_makers(infos, reports)  # a maker no entity covers (RealClearPolitics): maker_names.py


class _Reports:
    """The reports of one Doc that govern numbers, and the entities their sources name."""

    def __init__(self, doc, entities, quotes=()):
        self.doc = doc
        self.entities = entities
        self._named = None  # the index without unnamed actors, made at the first source read
        self._names = None  # mention text -> ids of named people and organisations, made at the first need
        self.text = doc_text(doc)
        self.verbs = reporting_verbs()
        self.words = claimant_words()
        self.made = FINDING_NOUNS | DOC_NOUNS | POLL_NOUNS | self.words["finding_noun"]
        self.findings = FINDING_NOUNS | POLL_NOUNS | STATEMENT_NOUNS | self.words["finding_noun"]
        self.polls = POLL_NOUNS | self.words["sample_noun"]
        #: (start, end, speaker) of the sources the quotes stage resolved
        self.sources = [(s, e, q.speaker) for q in quotes if q.speaker for s, e in q.speaker_evidence]
        #: the spans of every quote's source words
        self.source_spans = [sp for q in quotes for sp in q.speaker_evidence if not _holds_cue(q, sp)]
        #: (start, end, quote) of the quotes' cues
        self.cues = [(q.cue.start, q.cue.end, q) for q in quotes if q.cue is not None]

    def reach(self, q) -> Optional[int]:
        """How many paragraphs a quote's source, a poll or a study, reaches (``carried.poll_reach``);
        None for another source, or a share of those polled ("31 percent of those surveyed")."""
        return None if share_source(self.text, q) else poll_reach(self.doc, q, POLL_NOUNS, self.polls)

    def sampled(self, q) -> bool:
        """Whether the quotes stage named a poll's source after what it studied (carried.sampled)."""
        return sampled(self.doc, self.entities, q, self.polls, self.made)

    def speaks(self, q) -> bool:
        """Whether a quote is said by a named person or organisation (not a share that speaks)."""
        ent = self.entities.by_id.get(q.speaker) if q.speaker is not None else None
        return ent is not None and ent.named and ent.type in ("PERSON", "ORG") and not share_source(self.text, q)

    def _fits(self, cue, ev: tuple[int, int]) -> bool:
        """Whether a report the parse gives may hold the number: no sentence ends between them
        ('He said ... win."  With 76 percent': a sentence the parse ran on), the number is in no
        aside opened after the cue ("said Brooks had begun calls - there are two from each of
        the nine districts -"), and no quote record with the same cue puts its content in
        quotation marks or on the cue's other side ('"We'll tax you," Trump said of Carrier Corp.,
        whose parent company relocated 1,400 jobs'; "two groups rolled out ads ..., a tactic
        Democrats hope will dampen ...")."""
        lo, hi = sorted((cue.idx, ev[0]))
        if _sentence_between(self.text, lo, hi):
            return False
        if cue.idx < ev[0] and _aside_open(self.text[cue.idx + len(cue.text) : ev[0]]):
            return False
        if ev[1] <= cue.idx and ":" in self.text[ev[1] : cue.idx]:
            return False  # '... kill in a 30-minute spree: "In taking 129 lives, the attackers showed ...': a cue after a colon
        leading = cue.lower_ == "according" and (cue.is_sent_start or cue.i > 0 and cue.doc[cue.i - 1].text in (":", "\u2014"))
        for s, e, q in self.cues:  # (not a leading "According to X, ...": its content follows it)
            if s <= cue.idx < e and q.evidence and not leading and not any(a <= ev[0] < b for a, b in q.evidence):
                after = q.evidence[0][0] >= e  # the quote's content is after its cue
                if q.kind == "direct" or after != (ev[0] >= e):
                    return False
        return True

    def signed(self, ev: tuple[int, int]) -> Optional[tuple[Optional[str], list]]:
        """``(entity id or None, name span)`` when the number at ``ev`` sits in a quotation signed
        at its end with a dash and a name ('"... 40 percent ..." - Sanders.'), else None."""
        para = self.text.rfind("\n", 0, ev[0]) + 1
        if ev[0] - para > 5000 or not quoted(self.text, para, ev[0]):  # (a text with no paragraphs: not read)
            return None
        m = _CLOSE_RE.search(self.text, ev[1], min(len(self.text), ev[1] + 600))
        if m is None:
            return None
        sig = _SIGNATURE_RE.match(self.text, m.end())
        if sig is None:
            return None
        s, e = sig.span("name")
        e -= self.text[s:e].endswith(".")  # "- Sanders.": the sentence's stop, not the name's
        eid = self.entities.at(s, e)
        ent = self.entities.by_id.get(eid) if eid is not None else None
        return (eid if ent is not None and ent.type == "PERSON" else None), [(s, e)]

    def _one_before(self, tok, types: tuple[str, ...]) -> Optional[str]:
        """The one entity of ``types`` named in ``tok``'s sentence before it, or None (none or two)."""
        start = sentence_of(tok).start_char
        found = {eid for s, e, eid in self.entities.overlapping(start, tok.idx)
                 if s >= start and (ent := self.entities.by_id.get(eid)) is not None and ent.named and ent.type in types}
        return found.pop() if len(found) == 1 else None

    def narrates(self, q, ev: tuple[int, int], share: bool = False) -> bool:
        """Whether the quote ``q`` that holds the number at ``ev`` is no report of it by its
        speaker: a cue that is negated or hypothetical ("Trump never mentioned Clinton, who
        trailed by 20 points", "if somebody says ..."), a cue of praise, blame or stance outside quotation marks ("endorsing eight
        candidates", "rejecting a treaty ... the 28-nation union"; not a pledge or a promise:
        ``speech_stance`` rows) or of knowing ("learned that the company lost $900 million":
        ``factive`` rows), a number in the source's own words ("published by Henry Holt,
        the 29-year-old tackles"), a source that is nobody ("no Republicans"), and, outside
        quotation marks, a number in the writer's aside ("Polls show a close contest in the
        state, where 18 electoral votes are up for grabs"; after a phrase a verb reacts to, any
        relative clause set off: "showing support for her public option, which would allow
        individuals ages 55 to 65 ...") or in a topic ("brags about his 11 debates")."""
        if any(s <= ev[0] < e and not _holds_cue(q, (s, e)) for s, e in (q.speaker_evidence if share else self.source_spans)):
            return True  # (also another quote's source: "..., the 34-year-old mother of three replied"; not a share that speaks)
        if q.speaker_evidence and self.text[q.speaker_evidence[0][0] : q.speaker_evidence[0][1]].lower().startswith(("no ", "none ", "nobody", "neither ")):
            return True
        span = self.doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand") if q.cue is not None else None
        if span is None or not len(span):
            return False
        if len(span) == 1 and span[0].pos_ == "ADP" and span[0].lower_ in _PLACE_PREPS and not (q.cue.start < ev[0] and span[0].is_sent_start):
            return True  # a cue that is only "in" ("he fell to 10 percent in the latest poll"; not "In the CBS poll, ..."): no report
        verbs = [t for t in span if t.lemma_.lower() in self.verbs]
        if not verbs and span[-1].text == ":" and any(t.pos_ in ("VERB", "AUX") for t in span):
            return True  # "Clinton fares only a bit better: 54% have ...": a colon after a verb that reports nothing
        if any(negated(t) or hypothetical(t) for t in verbs):
            return True  # "never mentioned", "if somebody walks in and says"
        if q.kind != "direct" and any(t.lemma_.lower() in self.words["wish"] for t in span) and not quoted(self.text, q.evidence[0][0], ev[0]):
            return True  # "Cruz did hope to have finished more of his 99-county tour": a wish, the writer's figure
        if q.kind == "direct" or q.kind == "partial" and quoted(self.text, q.evidence[0][0], ev[0]):
            return False
        if q.kind == "reaction" and span[-1].lower_ in _TOPIC_PREPS:
            return True  # "brags about his prowess in his 11 primary-season debates": a topic in the writer's words
        if span[-1].lower_ == "to" and span[-1].pos_ == "ADP" and len(span) > 1 and span[0].lower_ != "according":
            return True  # "responding to the news that the department deemed 22 ...": what he reacts to, not his figure
        number = self.doc.char_span(ev[0], ev[1], alignment_mode="expand")
        if number is not None and len(number) and verbs and aside_above(number.root, verbs[0].i, q.kind != "reaction"):
            return True  # "Polls show a close contest in the state, where 18 electoral votes are up"
        if number is not None and len(number) and won_share(number.root, self.words):
            return True  # "won Nevada, claiming 46 percent of the vote": a result, not a report (won_shares.py)
        if number is not None and len(number) and named_share(number.root):
            return False  # "Clinton called half of Trump's supporters 'deplorables'": the share is hers
        if number is not None and len(number) and self._acted_on(number.root, verbs):
            return True  # "Hurun publishes more than 20 magazines a year": what the verb does, not what it states
        return any(self.verbs[t.lemma_.lower()] == "evaluation" or t.lemma_.lower() in self.words["factive"]
                   or self.verbs[t.lemma_.lower()] == "stance" and t.lemma_.lower() not in self.words["speech_stance"] for t in verbs)

    def _by_title_word(self, noun: str) -> Optional[str]:
        """The one named organisation whose name holds ``noun`` as a word ("the institute": the
        Public Policy Institute of California; "the foundation's tally": the Clinton Foundation),
        or None (none or two)."""
        found = {e.id for e in self.entities.entities
                 if e.named and e.type == "ORG" and noun in e.name.lower().split()}
        return found.pop() if len(found) == 1 else None

    def _acted_on(self, tok, verbs) -> bool:
        """Whether ``tok`` (a number) is in the direct object of one of the cue ``verbs`` that is
        a verb of writing (not one of stating a figure): the thing the verb acts on ("publishes
        more than 20 magazines", "post the roughly 54,000 pages"), not a figure it reports
        (a verb of speech, thinking or stance keeps its object: "announced a $275 billion
        plan", "expecting thousands")."""
        cues = {v.i: v for v in verbs if self.verbs[v.lemma_.lower()] == "writing" and v.lemma_.lower() not in self.words["figure_object"]}
        child = tok
        for _ in range(8):
            head = child.head
            if head.i == child.i:
                return False
            if head.i in cues:
                return child.dep_ == "dobj"
            if head.pos_ in ("VERB", "AUX"):
                return False  # a clause of its own on the way up
            child = head
        return False

    def claimant(self, ev: tuple[int, int], quote=None, share: bool = False) -> Optional[tuple[Optional[str], list]]:
        """``(entity id or None, source spans)`` of the report governing the number at ``ev``
        (else of ``quote``, a quote with no speaker that holds it), or None."""
        span = self.doc.char_span(ev[0], ev[1], alignment_mode="expand")
        if span is None or not len(span):
            return None
        found = governing_report(span.root, self.verbs, self.words, self.made, self.findings)
        if found is not None and not self._fits(found[0], ev):
            found = None
        if found is None and quote is not None and quote.speaker_evidence and not self.narrates(quote, ev, share):
            src = self.doc.char_span(*quote.speaker_evidence[0], alignment_mode="expand")
            if src is not None and len(src):  # the quote's source, read again for its maker
                cue = self.doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand") if quote.cue else None
                found = (cue.root if cue is not None and len(cue) else src.root), src.root
        if found is None:
            return None
        cue, source = found
        s, e = np_span(source)
        if s <= ev[0] < e:
            return None  # "according to two senators": the number is in the source's own words
        if SHARE_SOURCE_RE.fullmatch(self.text[s:e]) or self.text[s:e].lower().startswith(("no ", "none ", "nobody", "neither ")):
            return None  # "47 percent said ..., that number has dropped to 35 percent": respondents; "no Republicans": nobody
        return self.resolve(cue, source, ev), [(s, e)]

    def inner(self, ev: tuple[int, int], quote) -> Optional[tuple[Optional[str], list]]:
        """``(entity id or None, source spans)`` of a report inside the content of ``quote`` that governs
        the number at ``ev`` and names another entity than the quote's speaker ("Forbes says it
        is $4.5 billion and Wealth-X has it at $4.5 billion": the second figure is Wealth-X's), or None."""
        span = self.doc.char_span(ev[0], ev[1], alignment_mode="expand")
        if span is None or not len(span):
            return None
        found = governing_report(span.root, self.verbs, self.words, self.made, self.findings)
        if found is None or not any(s <= found[0].idx < e for s, e in quote.evidence) or not self._fits(found[0], ev):
            return None
        cue, source = found
        s, e = np_span(source)
        if s <= ev[0] < e or any(a <= s < b for a, b in quote.speaker_evidence):
            return None
        eid = self.resolve(cue, source, ev)
        named = source.pos_ == "PROPN" or source.text[:1].isupper() and not source.is_sent_start and source.pos_ != "PRON"  # "Wealth-X"; not "I"
        ent = self.entities.by_id.get(eid) if eid is not None else None
        if eid == quote.speaker or (not named if eid is None else ent is None or not ent.named):
            return None  # (an unnamed actor inside a quote, "people say ...", leaves it the speaker's)
        return eid, [(s, e)]  # (a name no entity holds: no claimant, its words kept, not the quote's speaker)

    def resolve(self, cue, source, ev: tuple[int, int]) -> Optional[str]:
        """The entity ``source`` names: the owner of a finding first ("Trump's new form", "the
        Heritage Foundation website", "data available from the FBI"), else the quotes stage's
        resolution, else the subject that made a finding "in" which it speaks ("Forbes shot back
        in an article stating ...")."""
        made = source.lemma_.lower() in self.made and source.pos_ in ("NOUN", "PROPN")  # (also "a Gallup Poll")
        owner = _owner(source) if made else None
        if owner is not None:
            eid = self._resolve(cue, owner, ev)
            if eid is not None:
                return eid
        eid = self._resolve(cue, source, ev)
        if eid is None and made and source.dep_ == "pobj" and source.head.lower_ == "in" and source.head.head.pos_ in ("VERB", "AUX"):
            maker, _hops = subject_of(source.head.head)
            eid = self._resolve(cue, maker, ev) if maker is not None else None
        return eid

    def _resolve(self, cue, source, ev: tuple[int, int], depth: int = 0) -> Optional[str]:
        """The entity a source token names: the speaker the quotes stage gave the same words
        (pronouns included), the noun a relative pronoun stands for, a name at its head (a named
        entity first, else an unnamed actor: "researchers"); a name before a finding only when
        it is an organisation or a person ("the FBI data", not "Iowa polls")."""
        pos = source.idx
        for s, e, speaker in self.sources:
            if s <= pos < e:
                return speaker
        lower = source.lower_
        if lower in _RELATIVES and depth < 2:
            noun = relative_antecedent(source)  # "the Chicago Police Department which reported"
            return self._resolve(cue, noun, ev, depth + 1) if noun is not None else None
        if lower in _PRONOUN_TYPES:
            return self._one_before(source, _PRONOUN_TYPES[lower])  # "according to the Tax Foundation, ... what it projected"
        if lower in _PRONOUNS or source.pos_ == "PRON":
            return None
        head = (pos, pos + len(source.text))
        if self._named is None:
            self._named = self.entities.named_only()
        eid = self._named.at(*head) or self.entities.at(*head)
        if eid is None:
            eid = self._by_name(source)  # "Wealth-X says ...": a name the entity stage left unlinked here
        if eid is not None and source.dep_ in ("compound", "nmod"):
            ent = self.entities.by_id.get(eid)
            return eid if ent is not None and ent.type in ("ORG", "PERSON") else None  # not "Iowa polls"
        return eid

    def _by_name(self, source) -> Optional[str]:
        """The one named person or organisation one of whose mentions elsewhere in the story is
        written exactly as the proper name at ``source`` ("Wealth-X", "Forbes"), or None (no
        such entity, or two)."""
        if source.pos_ not in ("PROPN", "NOUN"):
            return None
        if source.pos_ == "NOUN" and source.lower_ == source.lemma_.lower() and any(c.dep_ == "det" and c.lower_ == "the" for c in source.children):
            return self._by_title_word(source.lower_)  # "according to the institute"
        lo = source.i
        while lo > 0 and source.doc[lo - 1].head.i == source.i and source.doc[lo - 1].dep_ in ("compound", "punct") and source.doc[lo - 1].pos_ in ("PROPN", "PUNCT"):
            lo -= 1
        hi = source.i + 1  # "Wealth-X": the parse may make "X" the head or a child after it
        while hi < len(source.doc) and source.doc[hi].head.i == source.i and source.doc[hi].pos_ in ("PROPN", "PUNCT") and source.doc[hi].text not in (",", ".", "'s", "\u2019s"):
            hi += 1
        name = source.doc[lo:hi].text
        if not name[:1].isupper():
            return None
        if self._names is None:
            self._names = {}
            for s, e, eid in self.entities.spans:
                ent = self.entities.by_id.get(eid)
                if ent is not None and ent.named and ent.type in ("ORG", "PERSON"):
                    self._names.setdefault(self.text[s:e], set()).add(eid)
        found = self._names.get(name, ())
        return next(iter(found)) if len(found) == 1 else None


def _holds_cue(q, span) -> bool:
    """Whether source words run over their quote's own cue (a whole sentence as the source): no source's own words."""
    return q.cue is not None and span[0] <= q.cue.start < span[1]


def governing_report(tok, verbs: dict[str, str], words: dict[str, frozenset[str]], made: frozenset[str], findings: frozenset[str]):
    """``(cue token, source token)`` of the report that governs the number ``tok``, walking up
    its heads to the root of the sentence, or None (see the module's rules)."""
    child, node = tok, tok.head
    at_below = False  # the walk came through "at"/"as"/"with" ("put his net worth at $45 billion")
    for _ in range(20):
        if node.i == child.i:
            break
        if aside(child):
            return None  # "New York, which she represented for eight years": an aside of the writer's
        got = _according_to(node)
        if got is not None:
            return got
        lemma = node.lemma_.lower()
        if node.pos_ in ("VERB", "AUX"):
            got = _verb_report(node, child, lemma, at_below, verbs, words, made)
            if got is not None:
                return got
        elif (node.pos_ == "NOUN" and lemma in findings and child.dep_ in ("prep", "acl", "ccomp", "appos") and child.i > node.i
              and not (child.lower_ == "of" and lemma in words["sample_noun"])):  # "a poll of 400 voters": its sample
            owner = _owner(node)
            if owner is not None:  # "the Tax Policy Center's estimate of $84 billion"
                return node, owner
        at_below = at_below or child.dep_ == "prep" and child.lower_ in words["figure_prep"]
        child, node = node, node.head
    return _according_to(node)


def _according_to(node):
    """``(cue, source)`` of an "according to X" on ``node``."""
    for c in node.children:
        if c.lower_ == "according" and c.dep_ == "prep":
            to = next((t for t in c.children if t.lower_ == "to"), None)
            pobj = next((t for t in to.children if t.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                return c, pobj
    return None


def _verb_report(node, child, lemma: str, at_below: bool, verbs, words, made):
    """``(cue, source)`` when ``node`` is a verb that reports what ``child`` holds: its clause
    (a verb of saying, writing, thinking or showing), a figure it states (its object, or the
    figure "at" its object) or what a finding shows."""
    cls = verbs.get(lemma)
    dep = child.dep_
    at = dep == "prep" and child.lower_ in words["figure_prep"]
    obj = dep in _OBJECT_DEPS
    if cls in _SAYING and lemma not in words["factive"] and (dep in ("ccomp", "parataxis") or dep == "xcomp" and lemma in words["figure_object"]
                                                             or dep == "conj" and continues_saying(child)):
        kind = "clause"  # "Roe said the plan would cost $1.2 billion"; "X says it would ..., but would add $84 billion"
    elif lemma in words["figure_object"] and (obj or at):
        kind = "figure"  # "CNS reported 115 deaths", "estimates his fortune at $42 billion"
    elif lemma in words["figure_at"] and (at or obj and at_below) and any(c.dep_ == "dobj" for c in node.children):
        kind = "figure"  # "Forbes put his net worth at $45 billion" (not "Beijing ranked fourth with 51")
    elif lemma in words["figure_at_pronoun"] and at and child.lower_ == "at" and any(
            c.dep_ == "dobj" and c.lower_ in ("it", "him", "her", "them") for c in node.children):
        kind = "figure"  # "Wealth-X has it at $4.5 billion"
    elif lemma in words["figure_as"] and dep == "dobj" and any(c.dep_ == "prep" and c.lower_ == "as" for c in node.children):
        kind = "figure"  # "PolitiFact rated 32% of Republican claims as false"
    elif cls in _SAYING and lemma not in words["factive"] and dep not in ("nsubj", "punct") and parenthetical(node, child):
        kind = "clause"  # "These employees, Stumpf explained, were well-paid, making $30,000 a year"
    elif cls == "evidence" and (dep not in _NOT_CONTENT or dep == "advcl" and participle(child)):
        kind = "finding"  # "the poll shows her with a net positive of 51 points"; "showed her ahead, earning 51 percent"
    else:
        return None
    if hypothetical(node) or negated(node):
        return None  # "if somebody walks in and says ...", "did not say"
    if node.dep_ == "acl" and node.head.lemma_.lower() in made and node.head.i < node.i:
        return node, node.head  # "a poll showing Trump's standing down to 14 percent"
    source, _hops = subject_of(node)
    if source is None or source.i == child.i:
        return None
    if kind == "finding" or kind == "figure" and lemma in words["finding_verb"]:
        if not _is_made(source, made) and child.lemma_.lower() not in ("percent", "%"):
            return None  # "police found $5 million in cash": no finding
    return node, source


def _is_made(tok, made) -> bool:
    """A finding, document or poll ("a CNN survey", "the FBI data", "exit polls")."""
    return tok.lemma_.lower() in made or any(c.dep_ == "compound" and c.lemma_.lower() in made for c in tok.children)


def _plain_path(tok, noun) -> bool:
    """Whether ``tok`` hangs from ``noun`` through no aside ("the latest poll, a collapse driven
    by a series of blunders": the agent of the aside made no poll)."""
    for _ in range(8):
        if tok.i == noun.i:
            return True
        if tok.dep_ in ("appos", "relcl", "advcl", "conj", "parataxis"):
            return False
        tok = tok.head
    return False


def _own_clause(c) -> bool:
    """A clause after a finding noun with its own subject or finite verb ("the result: Cruz must
    travel ... from Des Moines"): its "from" names a place, not who made the finding."""
    if c.dep_ != "acl":
        return False
    return c.tag_ in ("VB", "VBP", "VBZ") or any(x.dep_ in ("nsubj", "nsubjpass", "aux") for x in c.children)


def _owner(noun):
    """Who made a finding noun: its possessor ("Trump's new form", "X's estimate"), a name
    before it ("the Heritage Foundation website", "the FBI data") or the object of "by"/"from",
    also of a participle or adjective after it ("data available from the FBI", "the average of
    recent polls compiled by Real Clear Politics")."""
    names = []
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return c
        if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < noun.i:
            names.append(c)
        if c.i > noun.i and c.dep_ in ("prep", "acl", "amod") and not _own_clause(c):
            for p in (c, *(x for x in c.children if x.dep_ in ("prep", "agent"))):
                if p.lower_ in ("by", "from") and p.dep_ in ("prep", "agent"):
                    pobj = next((t for t in p.children if t.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
    if names:
        return names[-1]
    for t in noun.subtree:  # "the average of recent polls compiled by X"
        if t.dep_ == "agent" and t.i > noun.i and _plain_path(t, noun):
            return next((p for p in t.children if p.dep_ == "pobj"), None)
    return None
