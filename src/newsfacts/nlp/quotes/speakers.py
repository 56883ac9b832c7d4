"""Speakers: a Source resolved to an entity through the entity index.

A name goes to the entity over the source's head (never one in a modifier: "the Roe
campaign" is not Roe, "a Texas lawyer" not Texas), or in an apposition to it, when its
honorific fits the person's gender; a statement, report or poll to whoever it is from or
by; a definite description ("the 63-year-old senator") to the subject of the sentence
before it or the person titled so; a pronoun to the most recent person named as a subject
(or speaker) before it whose gender, where the text marks it, fits; a relative "who" to
the noun it modifies.
"""

from __future__ import annotations

import bisect
import re
from typing import Optional

from spacy.tokens import Doc, Token

from ... import lexicons
from .groups import GroupSpeakers
from .sources import np_span
from .words import DOC_NOUNS, FINDING_NOUNS, POLL_NOUNS, alternation, reporting_verbs
from .spans import Attr


_SUBJ_DEPS = {"nsubj", "nsubjpass", "csubj"}
_PRONOUNS = frozenset({"he", "she", "him", "her", "they", "it", "who", "which", "that", "i", "we", "you"})
_MALE_RE = re.compile(r"\b(?:" + alternation("male_honorific") + r")\.?\s*$")
_FEMALE_RE = re.compile(r"\b(?:" + alternation("female_honorific") + r")\.?\s*$")
_MALE_TITLE_RE = re.compile(r"(?:" + alternation("male_title_ending") + r")\b|\b(?:" + alternation("male_title") + r")\b", re.I)
_FEMALE_TITLE_RE = re.compile(alternation("female_title_ending") + r"\b|\b(?:" + alternation("female_title") + r")\b", re.I)


_FIRST_NAMES = {w: g.lower() for w, g in lexicons.gender_words("first_name").items()}
_HONORIFICS = {w.rstrip("."): g.lower() for w, g in lexicons.gender_words("honorific").items()}
#: the last word of every title ("minister" of "defense minister"): a description's head
TITLE_HEADS = frozenset(t.lower().split(" of ")[0].split()[-1] for t in lexicons.titles())


def _title_sectors() -> dict[str, set[str]]:
    """The sectors of the titles of ``titles.tsv`` by head word ("senator" -> {"LEG"})."""
    out: dict[str, set[str]] = {}
    for t, info in lexicons.titles().items():
        if info["sector"]:
            out.setdefault(t.lower().split(" of ")[0].split()[-1], set()).add(info["sector"])
    return out


#: the sectors of the titles with each head word: who may be "the senator" with no title in the text
TITLE_SECTORS = _title_sectors()


def known_office_words(name: str) -> set[str]:
    """The lower-case words of the offices ``lexicons/people.tsv`` lists for a person, at any
    date ("secretary", "state", "senator", ... for Hillary Clinton); empty when unknown."""
    known = lexicons.people()
    person = known["name"].get(" ".join(name.split()).lower())
    return {w for o in known["offices"].get(person, ()) for w in o.note.lower().replace("(", " ").split()} if person else set()
#: heads of a description of one person beyond the titles ("the candidate") -> gender or ""
DESCRIPTION_HEADS = {r[0].lower(): (r[1].lower() if len(r) > 1 else "") for r in lexicons.rows("quote_descriptions.tsv")}
#: heads of a source that is made by someone (a statement, a report, a poll): its maker speaks
_MADE_NOUNS = FINDING_NOUNS | DOC_NOUNS | POLL_NOUNS
#: a title's abbreviation -> the word a description uses ("Sen. Rubio" ... "the Florida senator")
_TITLE_ABBREVIATIONS = {"sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor", "rep.": "representative",
                        "sec.": "secretary", "secy.": "secretary", "pres.": "president", "gen.": "general", "amb.": "ambassador"}
#: title words too vague to name one person ("the RNC member")
_VAGUE_HEADS = frozenset({"member"})
#: how far back (characters) "the subject of the sentence before" may be
_SUBJECT_REACH = 300
#: how far back (characters) a description looks for the last subject or speaker
_DESCRIPTION_REACH = 600
#: dependency labels that tie a word to the name it is part of ("Tom" in "Tom Vale")
_NAME_DEPS = frozenset({"compound", "flat", "nmod"})


def _gender_votes(text: str, index) -> dict[str, list[tuple[int, str]]]:
    """The evidence of each person's grammatical gender ("m"/"f") in the text, as
    ``(position, gender)``: an honorific before a mention ("Mr. Price", "Ms. Dubois"), a
    gendered title ("spokeswoman", position -1), else a first name that is near-always one
    gender's ("Hillary Clinton", position -1). People with none are left out."""
    out: dict[str, list[tuple[int, str]]] = {}
    for ent in index.entities:
        if ent.type != "PERSON":
            continue
        votes: list[tuple[int, str]] = []
        for m in ent.mentions:
            before = text[max(0, m.start - 8) : m.start]
            first = m.text.split()[0] if m.text.split() else ""
            if _MALE_RE.search(before) or _MALE_RE.search(first):
                votes.append((m.start, "m"))
            if _FEMALE_RE.search(before) or _FEMALE_RE.search(first):
                votes.append((m.start, "f"))
        for r in ent.roles:
            if _FEMALE_TITLE_RE.search(r.title):
                votes.append((-1, "f"))
            elif _MALE_TITLE_RE.search(r.title):
                votes.append((-1, "m"))
        name = (getattr(ent, "name", "") or "").split()
        if not votes and name and (first := _FIRST_NAMES.get(name[0].lower())):
            votes.append((-1, first))
        if votes:
            out[ent.id] = votes
    return out


def _one_gender(votes: list[tuple[int, str]]) -> Optional[str]:
    sexes = {sex for _, sex in votes}
    return sexes.pop() if len(sexes) == 1 else None


class Resolver:
    """Resolves a Source to an entity id: names and descriptions through the entity
    index, pronouns to the most recent person named as a subject before them."""

    def __init__(self, doc: Doc, index, text: str):
        self.doc = doc
        self.text = text
        self.index = index
        self.types = {e.id: e.type for e in index.entities}
        subj: list[tuple[int, str]] = []
        appos = []
        for tok in doc:
            if tok.dep_ == "appos":
                appos.append(tok)
            if tok.dep_ in _SUBJ_DEPS and tok.lower_ not in _PRONOUNS:
                s, e = np_span(tok)
                eid = self._entity_in(s, e, prefer="PERSON")
                if eid:
                    subj.append((tok.idx, eid))
        self.subjects = subj
        self.persons = sorted((s, eid) for s, e, eid in index.spans if self.types.get(eid) == "PERSON")
        self._votes = _gender_votes(text, index)
        self.gender = {eid: sex for eid, votes in self._votes.items() if (sex := _one_gender(votes))}
        # per pronoun gender, the people it may refer to, so that a look-back is one bisect
        # (walking back past people of the other gender made long texts quadratic)
        self._fit_subjects = {sex: sorted(x for x in subj if self._fits(x[1], sex)) for sex in "mf"}
        self._fit_persons = {sex: [x for x in self.persons if self._fits(x[1], sex)] for sex in "mf"}
        self._fit_speakers: dict[str, list[tuple[int, str]]] = {"m": [], "f": []}
        self._titled: dict[str, list[tuple[int, str]]] = {}
        self._titles_of: dict[str, set[str]] = {}
        for ent in index.entities:
            if ent.type != "PERSON":
                continue
            for r in ent.roles:
                words = [_TITLE_ABBREVIATIONS.get(w, w) for w in r.title.lower().split(" of ")[0].split()]
                if words and words[-1] in TITLE_HEADS:
                    self._titles_of.setdefault(ent.id, set()).add(words[-1])
                    self._titled.setdefault(words[-1], []).extend((m.start, ent.id) for m in ent.mentions)
        for tok in appos:  # "Jane Dorn, a senator from Ohio," / "the senator, Jane Dorn,": a title in apposition
            if tok.head is not tok:
                for title, name in ((tok, tok.head), (tok.head, tok)):
                    if title.pos_ == "NOUN" and title.lower_ in TITLE_HEADS:
                        eid = self._entity_at(name, name.idx, name.idx + len(name.text))
                        if eid and self.types.get(eid) == "PERSON":
                            self._titles_of.setdefault(eid, set()).add(title.lower_)
                            self._titled.setdefault(title.lower_, []).extend((ms, eid) for ms, _, x in index.spans if x == eid)
        for items in self._titled.values():
            items.sort()
        self.groups = GroupSpeakers(index, self.types)

    def _fits(self, eid: str, sex: str) -> bool:
        return self.types.get(eid) == "PERSON" and self.gender.get(eid, sex) == sex

    def add_speaker(self, pos: int, eid: str) -> None:
        """Record that ``eid`` spoke at ``pos`` (kept sorted, for pronoun look-back; speakers
        come in text order, so the insert is an append)."""
        self.groups.add_speaker(pos, eid)
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
        if attr.source is None:
            return None, "no source in the sentence"
        s, e = attr.source
        word = self.text[s:e].lower()
        tok = attr.source_token
        if word in ("he", "she", "him", "her"):
            sex = "m" if word in ("he", "him") else "f"
            label = "male" if sex == "m" else "female"

            eid = self._pronoun_person(sex, s)
            if eid:
                return eid, f"pronoun '{word}' -> the most recent {label}-compatible person named as a subject or speaker"
            last = self._last_before(self._fit_persons[sex], s)
            if last:
                return last[1], f"pronoun '{word}' -> the most recent {label}-compatible person named"
            return None, f"pronoun '{word}' with no {label}-compatible person named before it"
        if word in ("who", "which", "that") and tok is not None and tok.head.dep_ == "relcl":
            noun = tok.head.head
            ns, ne = np_span(noun)
            eid = self._entity_in(ns, ne, prefer="PERSON")
            if eid:
                return eid, f"relative '{word}' -> the noun it modifies"
            eid, how = self.groups.resolve(noun, ns, ne, self._pronoun_person)
            if eid:
                return eid, f"relative '{word}' -> the noun it modifies: {how}"
        if word in ("it", "they"):
            # only the cue's own subject: not "it's fair to say" (an expletive "it" of another verb)
            own = tok is not None and attr.cue_token is not None and tok.head.i == attr.cue_token.i and tok.dep_ == "nsubj"
            cue_class = reporting_verbs().get(attr.cue_token.lemma_.lower(), "") if own else ""
            eid, how = self.groups.pronoun(word, s, cue_class, self.text)
            return (eid, how) if eid else (None, f"pronoun '{word}' left unresolved")
        if tok is None:
            eid = self._entity_in(s, e, prefer="PERSON")
            return (eid, "named in the source") if eid else (None, "the source names no known entity")
        # a statement, report or poll (also one the parser made a compound: "a statement TV7 obtained")
        made = tok.lemma_.lower() in _MADE_NOUNS or any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in _MADE_NOUNS for c in tok.lefts)
        if made and tok.pos_ != "PROPN":
            eid, how = self._maker(tok, s, e)
            if eid:
                if tok.lemma_.lower() in POLL_NOUNS and self._names_maker(tok, eid, how):
                    self.groups.add_pollster(s, eid)
                return eid, how
        eid, how, name = self._head_entity(tok, s, e)
        if eid and not self._honorific_fits(name, eid):
            return None, "the honorific in the source does not fit the gender of the person it names"
        if eid:
            return eid, how
        if made:
            eid, how = self._maker(tok, s, e)
            if eid:
                return eid, how
        described = self._description(tok, s, attr)
        if described[0]:
            return described
        eid, how = self.groups.resolve(tok, s, e, self._pronoun_person)
        if not eid:
            eid, how = self.groups.surname(tok, s, e)
            if eid and not self._honorific_fits(tok, eid):
                return None, "the honorific in the source does not fit the gender of the person it names"
        return (eid, how) if eid else described

    def _names_maker(self, tok, eid: str, how: str) -> bool:
        """Whether the poll's maker is named as its maker: "a poll by X", "the X poll" (not
        any organisation elsewhere in the phrase: "a poll of Republican voters")."""
        lo = tok.left_edge.idx
        return how.endswith(("by them", "from them")) or any(lo <= ms < tok.idx for ms, _, x in self.index.overlapping(lo, tok.idx) if x == eid)

    def _pronoun_person(self, sex: str, pos: int) -> Optional[str]:
        """The most recent person of gender ``sex`` named as a subject or speaker before ``pos``."""
        cands = [x for x in (self._last_before(self._fit_speakers[sex], pos), self._last_before(self._fit_subjects[sex], pos)) if x]
        return max(cands)[1] if cands else None

    def _maker(self, tok, s: int, e: int) -> tuple[Optional[str], str]:
        """Who made a statement, report or poll: the one it is "from" or "by" ("a
        statement from the office of Ivo Marsh"), else an organisation named with it
        ("the Post-SurveyMonkey poll")."""
        for p in tok.subtree:  # (also "a statement TV7 obtained from the office of X")
            if p.dep_ == "prep" and p.lower_ in ("from", "by") and p.i > tok.i and s <= p.idx < e:
                lo, hi = p.idx, p.right_edge.idx + len(p.right_edge.text)
                eid = self._entity_in(lo, min(hi, e), prefer="PERSON")
                if eid:
                    return eid, f"a {self._made_word(tok)} {p.lower_} them"
        orgs = [(me - ms, eid) for ms, me, eid in self.index.overlapping(s, e) if self.types.get(eid) == "ORG"]
        if orgs:
            return max(orgs)[1], f"the organisation named with the {self._made_word(tok)}"
        return None, ""

    @staticmethod
    def _made_word(tok) -> str:
        """The word that says what was made ("statement"), also when the parser made it a
        compound of the head ("a statement TV7 obtained")."""
        if tok.lemma_.lower() in _MADE_NOUNS:
            return tok.lower_
        return next((c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.lemma_.lower() in _MADE_NOUNS), tok.lower_)

    def _head_entity(self, tok, s: int, e: int) -> tuple[Optional[str], str, Token]:
        """The entity the head of the source names (its name words, or an appositive
        name: "His wife, Ms. Roe"), never one in a modifier ("the Roe campaign", "a Texas
        lawyer", "a statement from X"); with the reason and the token that names it."""
        words = [tok] + [c for c in tok.children if c.dep_ in _NAME_DEPS and c.i < tok.i and s <= c.idx < e]
        lo = min(w.idx for w in words)
        hi = max(w.idx + len(w.text) for w in words)
        eid = self._entity_at(tok, lo, hi)
        if eid:
            return eid, "named in the source", tok
        for c in tok.children:
            if c.dep_ == "appos" and s <= c.idx < e:
                eid = self._entity_at(c, *np_span(c))
                if eid:
                    return eid, "named in an apposition to the source", c
        return None, "", tok

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
            sex = _HONORIFICS.get(doc[j].text.rstrip(".").lower())
            if sex:
                other = _one_gender([v for v in self._votes.get(eid, []) if not doc[j].idx <= v[0] <= tok.idx])
                return other in (None, sex)
            if doc[j].pos_ != "PROPN":
                break
        return True

    def _may_hold(self, eid: str, head: str) -> bool:
        """Whether a person may be the one a description with this head names: a description
        head that is no title ("the candidate") fits anyone; a title ("the governor") fits
        those the text titles so, and a person the text gives no title only when an office of
        theirs in ``people.tsv`` (at any date) is so named or their actor sector is the
        title's ("the senator" is no governor, nor someone with no known office)."""
        titles = self._titles_of.get(eid)
        if head in DESCRIPTION_HEADS or (titles and head in titles):
            return True
        if titles:
            return False
        ent = self.index.by_id.get(eid)
        if ent is None:
            return False
        if head in known_office_words(ent.name):  # "the former secretary of state": Hillary Clinton
            return True
        return ent.actor.sector is not None and ent.actor.sector in TITLE_SECTORS.get(head, ())

    def _description(self, tok, s: int, attr: Attr) -> tuple[Optional[str], str]:
        """'The 63-year-old senator said': a definite description of one person goes to
        the subject of the sentence just before it when nothing in the text says that
        person holds another title, else to the person titled so named most recently."""
        head = tok.lower_
        if tok.pos_ != "NOUN" or (head not in TITLE_HEADS and head not in DESCRIPTION_HEADS) or head in _VAGUE_HEADS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None, "the source names no known entity"
        content_lo = min(c[0] for c in attr.content)
        content_hi = max(c[1] for c in attr.content)
        sexes = [DESCRIPTION_HEADS[head]] if DESCRIPTION_HEADS.get(head) else ["m", "f"]
        last = [x for sex in sexes if (x := self._last_before(self._fit_subjects[sex], min(s, content_lo)))]
        if last and s - max(last)[0] <= _SUBJECT_REACH and self._may_hold(max(last)[1], head):
            return max(last)[1], f"description 'the {head}' -> the subject of the sentence before it"
        for pos, eid in reversed(self._titled.get(head, [])):
            if pos < s and not content_lo <= pos < content_hi:
                return eid, f"description 'the {head}' -> the person titled {head} named most recently before it"
        if head in DESCRIPTION_HEADS:
            cands = [x for sex in sexes for x in (self._last_before(self._fit_speakers[sex], s), self._last_before(self._fit_subjects[sex], s)) if x]
            cands = [x for x in cands if s - x[0] <= _DESCRIPTION_REACH and not content_lo <= x[0] < content_hi]
            if cands:
                return max(cands)[1], f"description 'the {head}' -> the last person named as a subject or speaker before it"
        return None, f"description 'the {head}' with no person it fits before it"
