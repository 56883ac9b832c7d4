"""Speakers: a Source resolved to an entity through the entity index.

A name goes to the entity over the source's head (never one in a modifier: "the Roe
campaign" is not Roe, "a Texas lawyer" not Texas), or in an apposition to it, when its
honorific fits the person's gender; a statement, report or poll to whoever it is from or
by; a definite or possessive description ("the 63-year-old senator") by the rules of
:mod:`.descriptions`; a pronoun to the most recent person named as a subject (or speaker)
before it whose gender, where the text marks it, fits; a subject "it"/"they"
to the organisation, country or group that was the subject before it, else to the unnamed
group ("police", "critics") that was the last subject or speaker just before it; a source no
entity covers, the unnamed actor its head makes ("the commission said", "all of the candidates
said": :func:`~newsfacts.nlp.entities.unnamed.add_speaker_actor`); a relative
"who"/"which"/"that" to the noun phrase its clause modifies, resolved without the clause. "I"
and "we" are resolved after all others, in :mod:`.persons`.
"""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Doc, Token

from ..entities.index import EntityIndex
from ..entities.unnamed import add_count_actor, add_speaker_actor
from .antecedents import listed_people, main_subject, object_antecedent
from .campaigns import CAMPAIGN_WORDS, campaign_speaker
from .continuations import carried_speaker
from .coordination import first_conjunct, first_verb, shared_noun
from .descriptions import TITLE_ABBREVIATIONS, TITLE_HEADS, DescriptionRules
from .findings import Findings, is_share
from .genders import HONORIFICS, gender_votes, one_gender
from .groups import RULES, GroupSpeakers, partitive_group
from .kin import kin_person
from .makers import MakerRules, is_made, owned_words
from .marks import in_any
from .plural_speakers import plural_speaker
from .relative_nouns import named_for_relative
from .sources import issuer_of_work, np_span, sentence_starts
from .titled_names import titled_name
from .words import MADE_NOUNS, POLL_NOUNS, reporting_verbs
from ..token_arrays import tokens_with_dep
from .spans import Attr
from .unnamed_sources import add_source_actor

_SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "it", "who", "which", "that", "i", "we", "you"})
_RELATIVES = frozenset({"who", "which", "that"})

#: dependency labels that tie a word to the name it is part of ("Tom" in "Tom Vale")
_NAME_DEPS = frozenset({"compound", "flat", "nmod"})


class Resolver(DescriptionRules, MakerRules):
    """Resolves a Source to an entity id: names and descriptions through the entity
    index, pronouns to the most recent person named as a subject before them."""

    def __init__(self, doc: Doc, index, text: str, marked=()):
        self.doc = doc
        self.text = text
        self._marked = marked  # the quoted spans: a subject inside another quote is no antecedent of "it"/"they"
        # named entities first: an unnamed actor ("police", "the spokesman") is the speaker
        # only when no named one fits (:meth:`_unnamed`, the last rule)
        self.full_index = index
        index = index.named_only() if hasattr(index, "named_only") else index
        if index is self.full_index and isinstance(index, EntityIndex):  # (its own lists: an actor a source makes is no named entity)
            index = EntityIndex(list(index.entities), dict(index.by_id), list(index.spans))
        self.index = index
        self.types = {e.id: e.type for e in index.entities}
        subj: list[tuple[int, str]] = []
        appos = []
        self._noun_subjects: list[int] = []  # token indices of the noun subjects, for "it"/"they"
        self._group_subjects: list[tuple[int, str]] = []  # (position, unnamed group) of the subjects, for "they"
        self._sent_starts = sentence_starts(doc)
        for tok in tokens_with_dep(doc, _SUBJ_DEPS | {"appos"}):  # (the only tokens the loop takes, read from the Doc's arrays)
            if tok.dep_ == "appos":
                appos.append(tok)
            if tok.dep_ in _SUBJ_DEPS and tok.lower_ not in _PRONOUNS:
                if tok.pos_ in ("NOUN", "PROPN"):
                    self._noun_subjects.append(tok.i)
                s, e = np_span(tok)
                eid = self._head_entity(tok, s, e)[0]  # the subject's head: not "lawyers for Ivana Trump"
                if eid:
                    subj.append((tok.idx, eid))
                elif tok.head.dep_ == "ROOT" and (group := self._group_at(tok)) is not None:  # (a main clause's)
                    self._group_subjects.append((tok.idx, group))
        self.subjects = subj
        self.persons = sorted((s, eid) for s, e, eid in index.spans if self.types.get(eid) == "PERSON")
        self._votes = gender_votes(text, index)
        self.gender = {eid: sex for eid, votes in self._votes.items() if (sex := one_gender(votes))}
        # per pronoun gender, the people it may refer to, so that a look-back is one bisect
        # (walking back past people of the other gender made long texts quadratic)
        self._fit_subjects = {sex: sorted(x for x in subj if self._fits(x[1], sex)) for sex in "mf"}
        # the narrative's subjects: a person a quote names is no antecedent of a "she" outside it
        # ('"Ann Roe is wrong," Lee Ames said. "...," she added': not Roe)
        self._told_subjects = {sex: [x for x in items if in_any(x[0], marked) is None] for sex, items in self._fit_subjects.items()}
        self._fit_persons = {sex: [x for x in self.persons if self._fits(x[1], sex)] for sex in "mf"}
        self._fit_speakers: dict[str, list[tuple[int, str]]] = {"m": [], "f": []}
        self._titled: dict[str, list[tuple[int, str]]] = {}
        self._titles_of: dict[str, set[str]] = {}
        for ent in index.entities:
            if ent.type != "PERSON":
                continue
            for r in ent.roles:
                words = [TITLE_ABBREVIATIONS.get(w, w) for w in r.title.lower().split(" of ")[0].split()]
                if words and words[-1] in TITLE_HEADS:
                    self._titles_of.setdefault(ent.id, set()).add(words[-1])
                    self._titled.setdefault(words[-1], []).extend((m.start, ent.id) for m in ent.mentions)
        for tok in appos:  # "Jane Dorn, a senator from Ohio," / "the senator, Jane Dorn,": a title in apposition
            if tok.head.i != tok.i:
                for title, name in ((tok, tok.head), (tok.head, tok)):
                    if title.pos_ == "NOUN" and title.lower_ in TITLE_HEADS:
                        eid = self._entity_at(name, name.idx, name.idx + len(name.text))
                        if eid and self.types.get(eid) == "PERSON":
                            self._titles_of.setdefault(eid, set()).add(title.lower_)
                            self._titled.setdefault(title.lower_, []).extend((ms, eid) for ms, _, x in index.spans if x == eid)
        for items in self._titled.values():
            items.sort()
        self.groups = GroupSpeakers(index, self.types)
        self.groups.subjects = subj
        self.groups.marked = marked
        self.groups.noun_subjects = [doc[i].idx for i in self._noun_subjects if doc[i].head.dep_ == "ROOT"]
        self.findings = Findings(doc, lambda t: self._head_entity(t, *np_span(t))[0])
        self._source_at: dict[int, Optional[tuple[int, int]]] = {}  # cue position -> its source (the outermost resolve's)
        self._spoke: list[tuple[int, str, Optional[tuple[int, int]]]] = []  # (cue position, speaker, source), text order
        self._in_share = False  # resolving the group a share counts (no actor is made of it)
        self._part_of = None  # resolving what "all of", "they", "who" stand for: the word that spoke

    def _fits(self, eid: str, sex: str) -> bool:
        return self.types.get(eid) == "PERSON" and self.gender.get(eid, sex) == sex

    def add_speaker(self, pos: int, eid: str) -> None:
        """Record that ``eid`` spoke at ``pos`` (kept sorted, for pronoun look-back; speakers
        come in text order, so the insert is an append)."""
        self.groups.add_speaker(pos, eid)
        self._spoke.append((pos, eid, self._source_at.get(pos)))
        for sex, items in self._fit_speakers.items():
            if self._fits(eid, sex):
                if not items or items[-1] <= (pos, eid):
                    items.append((pos, eid))
                else:
                    bisect.insort(items, (pos, eid))

    @staticmethod
    def _last_before(items: list[tuple[int, str]], pos: int) -> Optional[tuple[int, str]]:
        """The last ``(position, entity)`` before ``pos`` in a sorted list."""
        k = bisect.bisect_left(items, (pos, ""))
        return items[k - 1] if k else None

    def _entity_in(self, s: int, e: int, prefer: Optional[str] = None) -> Optional[str]:
        best, best_key = None, None
        for ms, me, eid in self.index.overlapping(s, e):
            ov = min(me, e) - max(ms, s)
            key = (prefer is not None and self.types.get(eid) == prefer, ov)
            if best_key is None or key > best_key:
                best, best_key = eid, key
        return best

    def resolve(self, attr: Attr) -> tuple[Optional[str], str]:
        """The speaker (entity id or None) of an attribution and the reason, in words."""
        last_cue = next(reversed(self._source_at), None)  # the cue before this one (resolved in text order)
        self._source_at.setdefault(attr.cue[0], attr.source)
        if attr.reason == "transcript":  # (decided by .transcripts: the interviewee, the label's person, or nobody)
            return attr.speaker, attr.speaker_reason or ""
        if attr.source is None:
            return self._carried(attr, last_cue)
        s, e = attr.source
        word = self.text[s:e].lower()
        tok = attr.source_token
        if word in ("he", "she", "him", "her"):
            return self._gendered(word, s)
        if word == "his" and tok is not None:
            return self._his(tok, s)
        if word in _RELATIVES and tok is not None:
            return self._relative(word, tok, attr)
        if word in ("it", "they"):
            return self._it_they(word, tok, s, attr)
        if tok is not None:
            tok = shared_noun(tok)  # ("Current and former officials" headed at "Current")
        if tok is None:
            eid = self._entity_in(s, e, prefer="PERSON")
            span = None if eid else self.doc.char_span(s, e, alignment_mode="expand")
            return (eid, "named in the source") if eid else self._unnamed(s, e, (None, "the source names no known entity"), span.root if span is not None else None, attr)
        # a statement, report or poll (also one the parser made a compound: "a statement TV7 obtained")
        made = is_made(tok) or owned_words(tok) or any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in MADE_NOUNS for c in tok.lefts)
        if made and tok.pos_ != "PROPN":
            eid, how = self.maker(tok, s, e)
            if eid:
                if tok.lemma_.lower() in POLL_NOUNS and self.names_maker(tok, eid, how):
                    self.groups.add_pollster(s, eid)
                if self.names_maker(tok, eid, how):
                    self.findings.add_made(s, tok, eid)
                return eid, how
        if (first := first_conjunct(tok, s, e, self.full_index)) is not None and (coord := self._first_of(first, s, e, attr)) is not None:
            return coord
        eid, how, name = self._head_entity(tok, s, e)
        campaign = None if self.types.get(eid) == "ORG" else campaign_speaker(tok, s, e, self.index, self.types, self._pronoun_person, None if self._part_of is not None and self._part_of.lower_ in _RELATIVES else self.full_index)
        if campaign is not None:  # "his campaign", "Team Trump": the campaign, never the candidate
            return campaign
        if eid and not self._honorific_fits(name, eid):
            return None, "the honorific in the source does not fit the gender of the person it names"
        if eid and (other := self._neither_entity(tok, s, e, eid)):
            return None, f"'{self.text[s:e]}': neither '{self.full_index.by_id[eid].name}' nor '{self.full_index.by_id[other].name}' speaks"
        if eid:
            return eid, how
        if made:
            eid, how = self.maker(tok, s, e)
            if not eid and tok.pos_ == "NOUN":
                eid, how = self.findings.maker(tok, s)
            if eid:
                return eid, how
        part = partitive_group(tok)
        if part is not None:  # "all of the GOP candidates", "both of his senators": the group, never one person
            eid, how = self._resolve_for(tok, Attr(attr.cue, attr.cue_token, np_span(part), part, attr.content))
            if eid and self.full_index.by_id[eid].type != "PERSON":
                return eid, f"'{tok.text} of' a group: {how}"
        if is_share(tok):
            eid, how = self._share(tok, s, attr)
            if eid:
                return eid, how
        described = self._description(tok, s, attr)
        if described[0]:
            return described
        eid, how = self.groups.resolve(tok, s, e, self._pronoun_person)
        if eid and RULES.get(tok.lemma_.lower(), ("",))[0] == "org_subject" and self._only_in_content(eid, s, attr):
            return None, f"'{self.text[s:e]}' would be '{self.full_index.by_id[eid].name}', named only in what was said"
        if not eid:
            eid, how = self.groups.surname(tok, s, e)
            if eid and not self._honorific_fits(tok, eid):
                return None, "the honorific in the source does not fit the gender of the person it names"
        if not eid and tok.lower_ not in TITLE_HEADS:
            eid, how = self.groups.named_by_words(tok, s)
        owner = lambda t: self._gendered("he" if t.lower_ == "his" else "she", t.idx)[0]  # noqa: E731 (whose "his wife")
        if not eid and (kin := kin_person(tok, self.index, self.types, self.gender, owner)) is not None:
            return kin  # ("Donald Trump's wife" -> Melania Trump)
        maker = None if described[1].startswith(("description", "possessive description")) else tok  # ("a nurse ... the nurse": nobody)
        return (eid, how) if eid else self._unnamed(tok.idx, tok.idx + len(tok.text), described, maker, attr)


    def _only_in_content(self, eid: str, s: int, attr) -> bool:
        """Whether every mention of ``eid`` before ``s`` lies in the attribution's content
        ("Taxes would rise, the group said" with "Taxes" tagged as an organisation: the subject
        "the group" takes is what was said, not who said it; a kind word may still be one the
        content names: "a member of the Living Church of God ..., the church posted")."""
        before = [m for m in self.full_index.by_id[eid].mentions if m.start < s]
        return bool(before) and all(any(cs <= m.start < ce for cs, ce in attr.content) for m in before)
    def _it_they(self, word: str, tok, s: int, attr: Attr) -> tuple[Optional[str], str]:
        """A source "it"/"they": an organisation, group or work (:meth:`.groups.GroupSpeakers.pronoun`,
        the subject before it, the group a "they" of an adverbial clause stands for
        (:func:`.antecedents.object_antecedent`), the last unnamed group, the issuer of a work), for the cue's own
        subject only (not the expletive of "it's fair to say"), or the one it shares with the verbs
        it is coordinated with ("It changed X and decided against Y", "they reversed themselves,
        rushed in and said")."""
        cue = attr.cue_token
        own = tok is not None and cue is not None and tok.dep_ == "nsubj" and tok.head.i in (cue.i, first_verb(cue).i)
        cue_class = reporting_verbs().get(attr.cue_token.lemma_.lower(), "") if own else ""
        eid, how = self.groups.pronoun(word, s, cue_class, self.text)
        if not eid and own:
            eid, how = self._antecedent(word, tok, attr)
        if not eid and own and word == "they":  # (then the group or campaign that spoke just before it: .plural_speakers)
            eid, how = self._object_group(tok, attr)
            eid, how = (eid, how) if eid else self._unnamed_group(tok, attr)
            eid, how = (eid, how) if eid else plural_speaker(tok, attr, self._spoke, self.subjects, self._noun_subjects, self._sent_starts, self.full_index)
        if not eid and own and word == "it":
            eid, how = self._issued_work(tok, attr)
        return (eid, how) if eid else (None, f"pronoun '{word}' left unresolved")

    def _object_group(self, tok, attr: Attr) -> tuple[Optional[str], str]:
        """'The delay frustrates many economists because they believe ...': the group a "they"
        of an adverbial clause stands for, the main clause's plural object
        (:func:`.antecedents.object_antecedent`), resolved as a source of its own."""
        obj = object_antecedent(tok, attr.content)
        if obj is None:
            return None, ""
        eid, how = self._resolve_for(tok, Attr(attr.cue, attr.cue_token, np_span(obj), obj, attr.content))
        if not eid or not self._is_group(eid, obj):
            return None, ""
        return eid, f"pronoun 'they' -> the object of the clause it explains, '{obj.text}': {how}"

    def _resolve_for(self, pronoun, attr: Attr) -> tuple[Optional[str], str]:
        """``attr`` (the phrase "they", "who", "all of" stands for) resolved, ``pronoun`` speaking for it."""
        outer, self._part_of = self._part_of, pronoun
        try:
            return self.resolve(attr)
        finally:
            self._part_of = outer

    def _first_of(self, first: tuple[int, int], s: int, e: int, attr: Attr) -> Optional[tuple[Optional[str], str]]:
        """'Ann Roe and Tom Ames said': a coordination that names a person (or opens with
        "he"/"she") speaks through its first conjunct when that is a person; None (the other
        rules decide) when the first names none ("critics and supporters", "mogul and TV star Ann Roe")."""
        lo, hi = first
        phrase = self.text[s:e]
        word = self.text[lo:hi].lower()
        if word in ("he", "she"):
            eid, how = self._gendered(word, lo)
            return eid, f"the first of coordinated sources ('{phrase}'): {how}"
        people = sorted((ms, me, eid) for ms, me, eid in self.index.overlapping(s, e) if self.types.get(eid) == "PERSON")
        if not people:
            return None
        span = self.doc.char_span(lo, hi, alignment_mode="expand")
        root = span.root.idx if span is not None and len(span) else hi
        # a name that ends the phrase and is its head (not "Martin" of "Martin O’Malley", nor "Stop Hillary" of "a PAC called Stop Hillary")
        mine = [eid for ms, me, eid in people if lo <= ms <= root < me == hi]
        if mine:
            return mine[0], f"the first of coordinated sources ('{phrase}'): named in it"
        eid, how = self._resolve_for(span.root, Attr(attr.cue, attr.cue_token, first, span.root, attr.content)) if span is not None and len(span) else (None, "")
        if eid and self.types.get(eid) == "PERSON":
            return eid, f"the first of coordinated sources ('{phrase}'): {how}"
        return None  # ("Real estate mogul and TV star Ann Roe": one person, two descriptions)

    def _gendered(self, word: str, s: int) -> tuple[Optional[str], str]:
        """he/she/him/her/his: the most recent person of that gender named as a subject or speaker, else named."""
        sex = "m" if word in ("he", "him", "his") else "f"
        label = "male" if sex == "m" else "female"
        eid = self._pronoun_person(sex, s)
        if eid:
            return eid, f"pronoun '{word}' -> the most recent {label}-compatible person named as a subject or speaker"
        last = self._last_before(self._fit_persons[sex], s)
        if last:
            return last[1], f"pronoun '{word}' -> the most recent {label}-compatible person named"
        return None, f"pronoun '{word}' with no {label}-compatible person named before it"

    def _his(self, tok, s: int) -> tuple[Optional[str], str]:
        """'his insistence that': as "he", but nobody after another man named in its sentence ("Tom Ames's pitch is his ...")."""
        eid, how = self._gendered("his", s)
        lo = self.doc[self._sent_starts[bisect.bisect_right(self._sent_starts, tok.i) - 1]].idx
        if eid and any(other != eid and self._fits(other, "m") for _, _, other in self.index.overlapping(lo, s)):
            return None, "pronoun 'his' with another man named before it in its sentence"
        return eid, how

    def _carried(self, attr: Attr, last_cue: Optional[int]) -> tuple[Optional[str], str]:
        """A source-less attribution: the speaker carried over from the sentence before
        (:func:`~.continuations.carried_speaker`: "Adding, '...'"), which also gives it that
        attribution's source, else None."""
        carried = carried_speaker(attr, self.text, self._sent_starts, self._spoke, last_cue)
        if carried is None:
            return None, "no source in the sentence"
        eid, attr.source, how = carried
        return eid, how

    def _share(self, tok, s: int, attr: Attr) -> tuple[Optional[str], str]:
        """'47 percent of Republicans said', 'a majority of voters': the group the share
        counts (a party, a nationality, an organisation or an unnamed group, never one
        person), resolved as a source of its own; a bare share ('32 percent said') the group
        of the share before it in the same paragraph."""
        group = self.findings.counted(tok, attr.cue_token)
        if group is None:
            return self.findings.bare_share(tok, s, self.text)
        span = np_span(group)
        self._in_share = True  # (no actor made of the group a share counts: "Among Democratic candidates, 56 percent")
        try:
            eid, how = self.resolve(Attr(attr.cue, attr.cue_token, span, group, attr.content))
        finally:
            self._in_share = False
        ent = self.full_index.by_id.get(eid) if eid else None
        if ent is None or ent.type == "PERSON":
            return None, ""
        self.findings.add_share(s, eid)
        return eid, f"a share of '{self.text[span[0] : span[1]]}': {how}"

    def _unnamed(self, s: int, e: int, otherwise: tuple[Optional[str], str], head=None, attr: Optional[Attr] = None) -> tuple[Optional[str], str]:
        """The unnamed actor at the source's head ("police said", "a federal judge said", "the
        spokesman said" when no named person fits); else the one the source's ``head`` makes
        (:func:`~newsfacts.nlp.entities.unnamed.add_speaker_actor`: "the commission said",
        "party leaders, who can support ..."), not for a head in the content or one of a
        coordination ("critics and supporters said": more than one); else ``otherwise``."""
        best, best_ov = None, 0
        for ms, me, eid in self.full_index.overlapping(s, e):
            ent = self.full_index.by_id.get(eid)
            ov = min(me, e) - max(ms, s)
            if ent is not None and not ent.named and ov > best_ov:
                best, best_ov = ent, ov
        if best is not None:
            return best.id, f"unnamed actor '{best.name}': no named person or group the source stands for"
        if head is not None and (head.dep_ == "det" or self.groups.named_org_before(head)):
            return otherwise  # "the board" after "the Ohio Board of Elections": the organisation the rules of .groups did not pick
        if head is None or attr is None or self._in_share or any(cs <= head.idx < ce for cs, ce in attr.content):
            return otherwise
        if head.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in head.children):
            return otherwise
        eid = (add_speaker_actor(head, self.full_index, self._part_of, attr.cue_token) or add_count_actor(head, self.full_index) or add_source_actor(head, self.full_index, attr.cue_token)) if isinstance(self.full_index, EntityIndex) else None
        if eid is None:
            return otherwise
        made = self.full_index.by_id[eid]
        return eid, f"{'a name no entity covered' if made.named else 'unnamed actor'} '{made.name}': the source names no named person or group (made from the source)"

    def _antecedent(self, word: str, tok, attr: Attr) -> tuple[Optional[str], str]:
        """'The city sent a letter. It says ...', 'Democrats met. They said ...': a subject
        "it"/"they" goes to the last noun subject before it, in its sentence or the one
        before, when that phrase is an organisation or a country (for "it", singular) or a
        group (for "they", plural), never a person, resolved as a source of its own."""
        k = bisect.bisect_left(self._noun_subjects, tok.i)
        own = in_any(tok.idx, self._marked)
        # a subject inside another quote's marks is not the narrative's ('The ad says "nothing will change ..." It adds')
        skipped = False
        while k and any(cs <= tok.doc[self._noun_subjects[k - 1]].idx < ce for cs, ce in attr.content):
            k, skipped = k - 1, True  # nor is a subject of what they said ("States can do that, they said": the one before)
        while k and (m := in_any(tok.doc[self._noun_subjects[k - 1]].idx, self._marked)) is not None and m is not own:
            k, skipped = k - 1, True
        while skipped and k and tok.doc[self._noun_subjects[k - 1]].head.dep_ != "ROOT":
            k -= 1  # then only a main clause's subject ("that Republicans want" is none)
        if not k:
            return None, ""
        subj = tok.doc[self._noun_subjects[k - 1]]
        sent = bisect.bisect_right(self._sent_starts, tok.i) - 1
        if bisect.bisect_right(self._sent_starts, subj.i) - 1 < sent - 1:
            return None, ""
        plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children) or listed_people(subj) or word == "they" and subj.lower_ in CAMPAIGN_WORDS
        if (word == "it") == plural and (subj.head.dep_ == "ROOT" or (subj := main_subject(tok.doc, self._noun_subjects, k, word, tok)) is None or bisect.bisect_right(self._sent_starts, subj.i) - 1 < sent - 1):
            return None, ""  # "it" after a singular, "they" after a plural ("The AP interviewed staff. They said": the staff)
        span = np_span(subj)
        eid, how = self._resolve_for(tok, Attr(attr.cue, attr.cue_token, span, subj, attr.content))
        ent = self.full_index.by_id.get(eid) if eid else None
        fits = ("ORG", "GPE", "WORK_OF_ART") if word == "it" else ("ORG", "NORP")  # (a poll or report that spoke: "It also shows")
        made = is_made(subj)  # "The ad says ... It adds": the ad's maker, as for the ad ("The figures show ... They do not")
        # "Ann Roe and Tom Ames studied it. They said": the people, through the first of them (as "Ann Roe and Tom Ames said")
        if word == "they" and ent is not None and ent.type == "PERSON" and (how.startswith("the first of coordinated sources") or listed_people(subj)):
            return eid, f"pronoun 'they' -> the coordinated subject before it, '{self.text[span[0] : span[1]]}': {how}"
        if ent is None or ent.type not in fits and not made:
            return None, ""
        return eid, f"pronoun '{word}' -> the subject before it, '{self.text[span[0] : span[1]]}': {how}"

    def _issued_work(self, tok, attr: Attr) -> tuple[Optional[str], str]:
        """'The PAC launched an ad. It slams ...': a subject "it" goes to the issuer of the work
        before it (:func:`~.sources.issuer_of_work`), resolved as a source of its own."""
        sent = bisect.bisect_right(self._sent_starts, tok.i) - 1
        found = issuer_of_work(tok, self._sent_starts[max(0, sent - 1)], attr.content)
        if found is None:
            return None, ""
        subj, work = found
        span = np_span(subj)
        eid, how = self.resolve(Attr(attr.cue, attr.cue_token, span, subj, attr.content))
        ent = self.full_index.by_id.get(eid) if eid else None
        own = any(c.dep_ == "poss" for c in work.children)
        if ent is None or ent.actor is not None and ent.actor.sector == "MED" and not own:
            return None, ""  # a medium that published a video or a letter passes on someone else's ("its own ad" is its)
        return eid, f"pronoun 'it' -> the {work.text} '{self.text[span[0] : span[1]]}' issued: {how}"

    def _group_at(self, tok) -> Optional[str]:
        """The unnamed group ("police", "critics", "Israeli officials": an unnamed actor of type
        NORP or ORG, never one person) whose mention holds the token, a plural or "police"."""
        for _, _, eid in self.full_index.overlapping(tok.idx, tok.idx + len(tok.text)):
            if self._is_group(eid, tok):
                return eid
        return None

    def _is_group(self, eid: str, tok) -> bool:
        """Whether ``eid`` is an unnamed NORP, or an unnamed ORG named by a plural or "police" (``tok``)."""
        ent = self.full_index.by_id.get(eid)
        if ent is None or ent.named or ent.type not in ("NORP", "ORG"):
            return False
        return ent.type == "NORP" or tok is not None and (tok.tag_ in ("NNS", "NNPS") or tok.lower_ == "police")

    def _speaker_head(self, pos: int, eid: str):
        """The head token of the last mention of ``eid`` that starts before ``pos`` (a speaker's cue)."""
        starts = [m for m in self.full_index.by_id[eid].mentions if m.start < pos]
        span = self.doc.char_span(starts[-1].start, starts[-1].end, alignment_mode="expand") if starts else None
        return span.root if span is not None else None

    def _unnamed_group(self, tok, attr: Attr) -> tuple[Optional[str], str]:
        """'Police said ... They added': a subject "they" that no organisation or group fits
        goes to the unnamed group that was the last subject or speaker before it, in its
        sentence or the one before, when no named subject or speaker came between them."""
        s = tok.idx
        spoke = self._last_before(self.groups.speakers, s)
        groups = [x for x in (self._last_before(self._group_subjects, s), spoke) if x]
        groups = [x for x in groups if x is not spoke or x[1] in self.full_index.by_id and self._is_group(x[1], self._speaker_head(*x))]
        if not groups:
            return None, ""
        pos, eid = max(groups)
        sent = bisect.bisect_right(self._sent_starts, tok.i) - 1
        first = self._sent_starts[max(0, sent - 1)]
        if pos < tok.doc[first].idx or any(cs <= pos < ce for cs, ce in attr.content):
            return None, ""
        between = [x for x in (*self.subjects, *self.groups.speakers, *self._group_subjects) if pos < x[0] < s and x[1] != eid]
        if between:
            return None, ""
        return eid, f"pronoun 'they' -> the unnamed group that was the last subject or speaker before it, '{self.full_index.by_id[eid].name}'"

    def _relative(self, word: str, tok, attr: Attr) -> tuple[Optional[str], str]:
        """'Ann Roe, who said ...': a relative pronoun speaks for the noun phrase its clause
        modifies (the relcl head), resolved as a source of its own without the clause ("the
        senator, who" is a description; "supporters of Roe, who" names nobody: never Roe)."""
        clause = next((t for t in (tok.head, *tok.head.ancestors) if t.dep_ == "relcl"), None) if tok.dep_ in _SUBJ_DEPS else None
        if clause is None or clause.head.i == clause.i:
            return None, f"relative '{word}' whose noun the parse does not give"
        noun = clause.head
        end = clause.left_edge.i  # "his wife, Laura, who": the phrase with its apposition
        if (named := named_for_relative(noun)) is not None:
            noun, end = named  # "Parker Eaton, a nominal Republican who voted", "Ann Roe is the lawyer who said": the person (.relative_nouns)
        if noun.pos_ not in ("NOUN", "PROPN"):  # "those who say": the vague group, where there is one
            eid, how = self._unnamed(noun.idx, noun.idx + len(noun.text), (None, "no named person or group"), noun, attr)
            return eid, f"relative '{word}' -> '{noun.text}', {how}"
        if any(c.dep_ == "conj" and c.i < clause.i for c in noun.children):  # (not "A, a donor who ..., and B": a later conjunct)
            return None, f"relative '{word}' -> a phrase that names more than one ('{noun.text}' and others)"
        ns = noun.left_edge.idx
        words = [t for t in tok.doc[noun.left_edge.i : end] if not (t.is_punct or t.is_space)]
        if not words or any(ns < ce and cs < words[-1].idx + len(words[-1].text) for cs, ce in attr.content):
            return None, f"relative '{word}' whose noun lies in the content"
        span = (words[0].idx, words[-1].idx + len(words[-1].text))
        eid, how = self._resolve_for(tok, Attr(attr.cue, attr.cue_token, span, noun, attr.content))
        phrase = self.text[span[0] : span[1]]
        if eid and self.types.get(eid) in ("NORP", "GPE") and any(c.lower_ in ("a", "an") for c in noun.children):
            return None, f"relative '{word}' -> '{phrase}': one person, not the group or place it names"
        return eid, f"relative '{word}' -> '{phrase}': {how}"

    def _pronoun_person(self, sex: str, pos: int) -> Optional[str]:
        """The most recent person of gender ``sex`` named as a subject or speaker before ``pos``
        (a subject inside a quote only for a pronoun inside a quote)."""
        subjects = self._fit_subjects if in_any(pos, self._marked) is not None else self._told_subjects
        cands = [x for x in (self._last_before(self._fit_speakers[sex], pos), self._last_before(subjects[sex], pos)) if x]
        return max(cands)[1] if cands else None

    def _head_entity(self, tok, s: int, e: int) -> tuple[Optional[str], str, Token]:
        """The entity the head of the source names (its name words, or an appositive
        name: "His wife, Ms. Roe"), never one in a modifier ("the Roe campaign", "a Texas
        lawyer", "a statement from X"); with the reason and the token that names it."""
        words = [tok] + [c for c in tok.children if c.dep_ in _NAME_DEPS and c.i < tok.i and s <= c.idx < e]
        lo = min(w.idx for w in words)
        hi = max(w.idx + len(w.text) for w in words)
        eid = self._entity_at(tok, lo, hi)
        doc = tok.doc
        if not eid and tok.pos_ == "PROPN" and tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_:
            eid = self._entity_at(doc[tok.i - 2], lo, hi)  # "Ban Ki-moon", "Doris Crouse-Mays": the name before the hyphen
            eid = eid if self.types.get(eid) == "PERSON" else None
        if not eid and tok.ent_type_ == "PERSON" and not any(c.dep_ in ("conj", "cc") for c in tok.children):
            eid = self._person_in_name(tok, words)  # (not one of "Gov. Ann O’Roe and Gov. Tom Ames")
        if eid:
            return eid, "named in the source", tok
        for c in tok.children:
            if c.dep_ == "appos" and s <= c.idx < e:
                eid = self._entity_at(c, *np_span(c))
                if eid:
                    return eid, "named in an apposition to the source", c
        return self._misattached_apposition(tok, s, e)

    def _person_in_name(self, tok, words: list) -> Optional[str]:
        """'Gov. Martin O’Malley' whose entity's mention holds only "Martin": the one person
        with a mention over another word of the same name (the parser's person name the head
        ends), else None."""
        found = {eid for w in words if w.i != tok.i and w.ent_type_ == "PERSON" and w.pos_ == "PROPN"
                 and not any(t.ent_iob_ == "B" for t in tok.doc[w.i + 1 : tok.i + 1])
                 for _, _, eid in self.index.overlapping(w.idx, w.idx + len(w.text)) if self.types.get(eid) == "PERSON"}
        return found.pop() if len(found) == 1 else None

    def _misattached_apposition(self, tok, s: int, e: int) -> tuple[Optional[str], str, Token]:
        """"A spokesman for the Foreign Ministry, Pavel Orlov, said": the parser hangs the
        person's name on the organisation; a person named in apposition to the organisation or
        country a description of a person ("spokesman") speaks for is that person (an
        organisation has no person for a name)."""
        for prep in (tok.children if tok.pos_ == "NOUN" else ()):
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at", "from", "with"):
                continue
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                owner = self._entity_at(pobj, pobj.idx, pobj.idx + len(pobj.text))
                if owner is None or self.types.get(owner) == "PERSON":
                    continue
                for c in pobj.children:
                    if c.dep_ == "appos" and s <= c.idx < e:
                        eid = self._entity_at(c, *np_span(c))
                        if eid and self.types.get(eid) == "PERSON":
                            return eid, "named in an apposition to the source (the parser hung it on the organisation)", c
        return titled_name(tok, s, e, self._entity_at, self.types)  # ("Gov. and DNC Chairman Ed Rendell": .titled_names)

    def _neither_entity(self, tok, s: int, e: int, eid: str) -> Optional[str]:
        """The other entity of "neither Roe nor Ames said" (the head's conjunct, with a "nor"),
        or None: neither of them said it. ("Roe and Ames said" keeps the one the head names.)"""
        if not any(t.lower_ == "nor" and s <= t.idx < e for t in (*tok.children, *tok.head.children)):
            return None
        for h in [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else []):
            other = self._entity_at(h, h.idx, h.idx + len(h.text)) if s <= h.idx < e else None
            if other and other != eid:
                return other
        return None

    def _entity_at(self, head, lo: int, hi: int) -> Optional[str]:
        """The entity with a mention over the head token (a person first)."""
        best, best_key = None, None
        for ms, me, eid in self.index.overlapping(head.idx, head.idx + len(head.text)):
            ov = min(me, hi) - max(ms, lo)
            key = (self.types.get(eid) == "PERSON", ov)
            if best_key is None or key > best_key:
                best, best_key = eid, key
        return best

    def _honorific_fits(self, tok, eid: str) -> bool:
        """'Ms. Roe' never names a man: an honorific before the source's name must fit the
        gender the rest of the text gives the person (this mention's own honorific aside)."""
        doc = tok.doc
        for j in range(tok.i - 1, max(-1, tok.i - 4), -1):
            sex = HONORIFICS.get(doc[j].text.rstrip(".").lower())
            if sex:
                other = one_gender([v for v in self._votes.get(eid, []) if not doc[j].idx <= v[0] <= tok.idx])
                return other in (None, sex)
            if doc[j].pos_ != "PROPN":
                break
        return True
