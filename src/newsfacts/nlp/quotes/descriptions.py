"""Descriptions: a definite or possessive description of one person resolved to a person named
before it ("The 63-year-old senator said", "the candidate told", "Obama's former campaign
strategist said").

:class:`DescriptionRules` is a part of :class:`~.speakers.Resolver` (a mixin): it reads the
Resolver's look-back lists (``subjects`` by gender, ``speakers`` by gender, the people titled
so, the people's titles) and the entity index. The heads and their uses are data:
``lexicons/titles.tsv`` and ``lexicons/quote_descriptions.tsv``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

from ... import lexicons
from .description_fits import description_countries, foreign, national_holder
from .office_words import office_words
from .owned_actors import owned_actor
from .role_holders import known_holder
from .spans import Attr

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


@lru_cache(maxsize=4096)
def known_office_words(name: str) -> frozenset[str]:
    """The lower-case words of the offices ``lexicons/people.tsv`` lists for a person, at any
    date ("secretary", "state", "senator", ... for Hillary Clinton); empty when unknown. Cached:
    it is asked once per candidate description and person, and each office note is read with
    every row of :func:`.office_words.office_synonyms`."""
    known = lexicons.people()
    person = known["name"].get(" ".join(name.split()).lower())
    if not person:
        return frozenset()
    notes = [o.note.lower() for o in known["offices"].get(person, ())]
    return frozenset({w for n in notes for w in re.findall(r"[\w'.-]+", n)} | {w for n in notes for w in office_words(n)})


#: the uses of each head of ``quote_descriptions.tsv`` ("untitled", "possessive", "one", "private")
_USES = {r[0].lower(): frozenset(r[2].split(",")) if len(r) > 2 else frozenset() for r in lexicons.rows("quote_descriptions.tsv")}
#: heads of a description of one person beyond the titles ("the candidate") -> gender or ""
DESCRIPTION_HEADS = {r[0].lower(): (r[1].lower() if len(r) > 1 else "") for r in lexicons.rows("quote_descriptions.tsv") if not _USES[r[0].lower()] & {"possessive", "kin"}}
#: heads of a kin of a named person ("Donald Trump's wife": :mod:`.kin`) -> gender
KIN_HEADS = {r[0].lower(): (r[1].lower() if len(r) > 1 else "") for r in lexicons.rows("quote_descriptions.tsv") if "kin" in _USES[r[0].lower()]}
#: description heads that never fit someone titled as a legislator or a judge ("the mogul" is no senator)
UNTITLED_HEADS = frozenset(w for w, uses in _USES.items() if "untitled" in uses)
#: heads of a possessive description of the story's person ("Obama's former campaign strategist")
POSSESSIVE_HEADS = frozenset(w for w, uses in _USES.items() if "possessive" in uses)
#: heads resolved only to the one person before them who fits ("the tycoon", "the actress", "the 46-year-old")
ONE_HEADS = frozenset(w for w, uses in _USES.items() if "one" in uses)
#: heads of a private person's description: never someone who holds or held an office ("the actress", "the host")
PRIVATE_HEADS = frozenset(w for w, uses in _USES.items() if "private" in uses)
#: the sectors of a political office (titles, actor codes): never "the actress" or "the host"
_OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "PTY", "COP"})
#: "the 46-year-old": the age of a description whose head is an age
_AGE_RE = re.compile(r"(\d+)-year-old$")
#: a title's abbreviation -> the word a description uses ("Sen. Rubio" ... "the Florida senator")
TITLE_ABBREVIATIONS = {"sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor", "rep.": "representative",
                       "sec.": "secretary", "secy.": "secretary", "pres.": "president", "gen.": "general", "amb.": "ambassador"}
#: heads of one who speaks for another: "Cameron's spokesman" is never Cameron's story's person
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "press secretary", "secretary", "lawyer", "attorney"})
#: title words too vague to name one person ("the RNC member")
_VAGUE_HEADS = frozenset({"member"})
#: how far back (characters) "the subject of the sentence before" may be
_SUBJECT_REACH = 300
#: how far back (characters) a description looks for the last subject or speaker
_DESCRIPTION_REACH = 600


class DescriptionRules:
    """The description rules of :class:`~.speakers.Resolver` (a mixin over its look-back state)."""

    def _possessive(self, tok, s: int, attr: Attr) -> tuple[Optional[str], str]:
        """'Obama's former campaign strategist said', with no name: the person the story is
        about, re-described. Only the subject of the sentence just before, named in the
        story's first paragraph, who is not the possessor, when the possessor is not named
        between them (else it is someone new: "Trump attacked Clinton. Clinton's adviser
        said"); never a spokesman, who speaks for another."""
        head = tok.lower_
        owner = next(c for c in tok.children if c.dep_ == "poss")
        owners = {eid for _, _, eid in self.index.overlapping(owner.left_edge.idx, owner.idx + len(owner.text))}
        none = None, f"possessive description ('{owner.text}' + '{head}') with no person it fits"
        if not owners or head in _SPOKESPEOPLE:
            return none
        content_lo = min(c[0] for c in attr.content)
        last = [x for sex in "mf" if (x := self._last_before(self._fit_subjects[sex], min(s, content_lo)))]
        if not last or s - max(last)[0] > _SUBJECT_REACH:
            return none
        pos, eid = max(last)
        first_para = self.text.find("\n\n", self.text.find("\n\n") + 2)  # the headline and the lead
        named_first = any(ms < (first_para if first_para > 0 else len(self.text)) for ms, _, x in self.index.spans if x == eid)
        owner_between = any(x in owners for _, _, x in self.index.overlapping(pos, s))
        if eid in owners or owner_between or not named_first or not self._may_hold(eid, head) and head not in POSSESSIVE_HEADS:
            return none
        return eid, f"possessive description ('{owner.text}' + '{head}') -> the subject of the sentence before it, the story's person"

    def _may_hold(self, eid: str, head: str, places: frozenset[str] = frozenset()) -> bool:
        """Whether a person may be the one a description with this head names: a description
        head that is no title ("the candidate") fits anyone; a title ("the governor") fits
        those the text titles so, and a person the text gives no title only when an office of
        theirs in ``people.tsv`` (at any date) is so named, or, for someone with no known
        office, their actor sector is the title's ("the senator" is no governor, nor someone
        with no known office); ``places`` (lower-case words of the place named with the title,
        "the Indiana governor") must be in their known offices or their titles."""
        titles = self._titles_of.get(eid)
        if head in DESCRIPTION_HEADS:  # "the nominee" fits anyone but a judge or a journalist the text titles so ("Justice Nervo")
            if not titles or head in titles:
                return True
            sectors = {x for t in titles for x in TITLE_SECTORS.get(t, ())}
            return bool(sectors - {"JUD", "MED"}) and not (head in UNTITLED_HEADS and sectors & {"LEG", "JUD"})
        ent = self.index.by_id.get(eid)
        if ent is None:
            return False
        known = known_office_words(ent.name)
        if places and known and not places <= known | {w for r in ent.roles for w in r.title.lower().split()}:
            return False  # "the Indiana governor" is no governor of another state people.tsv knows
        if titles:
            return head in titles
        if known:  # "the former secretary of state": Hillary Clinton; "the governor" is not Trump
            return head in known
        return ent.actor.sector is not None and ent.actor.sector in TITLE_SECTORS.get(head, ())

    def _description(self, tok, s: int, attr: Attr) -> tuple[Optional[str], str]:
        """'The 63-year-old senator said': a definite description of one person goes to
        the subject of the sentence just before it when nothing in the text says that
        person holds another title, else to the person titled so named most recently."""
        head = tok.lower_
        word = self._described_word(tok, s)
        joined = word != head and word in DESCRIPTION_HEADS and tok.text.islower() and not self._modified(tok)
        if joined:  # "the front-runner" (parsed "front - runner", headed at "runner", often a PROPN); not "the Democratic front-runner"
            head = word
        if word in ONE_HEADS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return self._one_candidate(tok, word, s, attr)
        if tok.pos_ == "NOUN" and (head in POSSESSIVE_HEADS or head in TITLE_HEADS) and any(c.dep_ == "poss" for c in tok.children):
            found = self._possessive(tok, s, attr)
            owned = owned_actor(tok, s, attr.source[1], attr.content, self.index, self.full_index, self.types, self._titled) if found[0] is None and attr.source else (None, "")
            return owned if owned[0] else found  # ("Roe's campaign manager": one who speaks for Roe, never Roe)
        if tok.pos_ != "NOUN" and not joined or (head not in TITLE_HEADS and head not in DESCRIPTION_HEADS) or head in _VAGUE_HEADS or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None, "the source names no known entity"
        content_lo = min(c[0] for c in attr.content)
        content_hi = max(c[1] for c in attr.content)
        places = frozenset(w.lower_ for w in tok.subtree if w.i < tok.i and w.idx >= s and w.ent_type_ in ("GPE", "LOC") and w.is_alpha)

        nations = description_countries(tok, s)

        def fits(eid: str) -> bool:
            ent = self.index.by_id.get(eid)
            if ent is not None and foreign(ent.actor.country, nations):
                return False  # ("The French president" is not Obama)
            return self._may_hold(eid, head, places)

        sexes = [DESCRIPTION_HEADS[head]] if DESCRIPTION_HEADS.get(head) else ["m", "f"]
        last = [x for sex in sexes if (x := self._last_before(self._fit_subjects[sex], min(s, content_lo)))]
        if last and s - max(last)[0] <= _SUBJECT_REACH and fits(max(last)[1]):
            return max(last)[1], f"description 'the {head}' -> the subject of the sentence before it"
        for pos, eid in reversed(self._titled.get(head, [])):
            if pos < s and not content_lo <= pos < content_hi and fits(eid):
                return eid, f"description 'the {head}' -> the person titled {head} named most recently before it"
        if (held := national_holder(head, nations, s, self.persons, self.index, known_office_words)) is not None:
            return held, f"description 'the {head}' of a nationality -> the one person of that country named before it whom people.tsv lists so"
        if places:
            known = {eid for pos, eid in self.persons if pos < s and self._may_hold(eid, head, places) and head in known_office_words(self.index.by_id[eid].name)}
            if len(known) == 1:  # "the Indiana governor": Mike Pence, whom people.tsv lists as Governor of Indiana
                return known.pop(), f"description 'the {' '.join(sorted(places))} {head}' -> the one person named before it whom people.tsv lists so"
        if head in DESCRIPTION_HEADS and not joined:  # ("the GOP front-runner" is not whoever spoke last)
            cands = [x for sex in sexes for x in (self._last_before(self._fit_speakers[sex], s), self._last_before(self._fit_subjects[sex], s)) if x]
            cands = [x for x in cands if s - x[0] <= _DESCRIPTION_REACH and not content_lo <= x[0] < content_hi and fits(x[1])]
            if cands:
                return max(cands)[1], f"description 'the {head}' -> the last person named as a subject or speaker before it"
        if not joined and head in TITLE_HEADS and not places and (held := known_holder(tok, s, attr.content, self.persons, self.index, self._titled))[0]:
            return held  # ("The former secretary of state": the one person named before it whom people.tsv lists so)
        return None, f"description 'the {head}' with no person it fits before it"

    @staticmethod
    def _modified(tok) -> bool:
        """Whether a description's head has a modifier before it other than its own joined word
        ("the GOP front-runner": which party's, the rules cannot tell)."""
        return any(c.i < tok.i - 2 and c.dep_ in ("amod", "compound", "nmod", "npadvmod") for c in tok.children)

    def _described_word(self, tok, s: int) -> str:
        """The head word of a description: "front-runner" for "front - runner", "year-old" for
        "the 46-year-old", else the head token's lower-case form."""
        doc = tok.doc
        if _AGE_RE.search(self.text[s : tok.idx + len(tok.text)].lower()):
            return "year-old"
        if tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
            return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
        return tok.lower_

    def _one_candidate(self, tok, word: str, s: int, attr: Attr) -> tuple[Optional[str], str]:
        """'Sheldon Adelson said ... "It was very nice," the gambling tycoon told Reuters': a
        description with a head of the ``one`` rows of ``quote_descriptions.tsv`` goes to the
        person named as a subject or speaker before it, not in the quote's own content, when
        exactly one such person fits it: the head's gender, no office for a private person's head
        ("the actress", "the host"), no legislator or judge for an "untitled" one ("the tycoon"),
        no other age ("the 46-year-old"). First in its paragraph and the one before; when nobody
        fits there, within :data:`_DESCRIPTION_REACH`. Never when the same head came with "a" in
        between ("a nurse ... The nurse": someone unnamed)."""
        wide = max(0, s - _DESCRIPTION_REACH)
        fits: list[str] = []
        for lo in (max(wide, self._previous_paragraph(s)), wide):
            det = self._introduced_before(tok, lo)
            if det:
                return None, f"description 'the {word}' of someone introduced as '{det} {tok.lower_}' before it"
            fits = self._fitting_since(tok, word, lo, s, attr)
            if fits:
                break
        if len(fits) != 1:
            return None, f"description 'the {word}' with {len(fits) or 'no'} people before it that it fits"
        return fits[0], f"description 'the {word}' -> the one person named as a subject or speaker before it whom it fits"

    def _fitting_since(self, tok, word: str, lo: int, s: int, attr: Attr) -> list[str]:
        """The people named as a subject or speaker in ``[lo, s)`` (not in the quote's content)
        whom the description fits."""
        sexes = [DESCRIPTION_HEADS[word]] if DESCRIPTION_HEADS.get(word) else ["m", "f"]
        found: set[str] = set()
        for sex in sexes:
            for items in (self._fit_subjects[sex], self._fit_speakers[sex]):
                k = bisect.bisect_left(items, (lo, ""))
                found.update(eid for pos, eid in items[k : bisect.bisect_left(items, (s, ""))] if not any(cs <= pos < ce for cs, ce in attr.content))
        age = _AGE_RE.search(self.text[attr.source[0] : tok.idx + len(tok.text)].lower())
        return sorted(eid for eid in found if self._private_fits(eid, word) and (age is None or self._age_fits(eid, age.group(1))))

    def _previous_paragraph(self, s: int) -> int:
        """Where the paragraph before the one at ``s`` starts (0 in the first two)."""
        j = self.text.rfind("\n", 0, s)
        while j > 0 and self.text[j - 1].isspace():
            j -= 1
        return self.text.rfind("\n", 0, j) + 1 if j > 0 else 0

    @staticmethod
    def _introduced_before(tok, lo: int) -> Optional[str]:
        """The "a"/"an"/"another" the description's head came with after character ``lo``, if
        it did ("a nurse who had treated patients ... The nurse later sued": someone unnamed)."""
        for t in reversed(tok.doc[: tok.i]):
            if t.idx < lo:
                return None
            det = next((c.lower_ for c in t.children if c.dep_ == "det" and c.lower_ in ("a", "an", "another")), None) if t.lemma_ == tok.lemma_ else None
            if det:
                return det
        return None

    def _private_fits(self, eid: str, word: str) -> bool:
        """Whether a person may be "the actress"/"the tycoon": for a private person's head, no office
        the text or ``people.tsv`` gives them; for an "untitled" head, no legislator or judge."""
        ent = self.index.by_id.get(eid)
        if ent is None:
            return False
        sectors = {x for t in self._titles_of.get(eid, ()) for x in TITLE_SECTORS.get(t, ())}
        if word in UNTITLED_HEADS and sectors & {"LEG", "JUD"}:
            return False
        if word in PRIVATE_HEADS:
            return not (sectors & _OFFICE_SECTORS or ent.actor.sector in _OFFICE_SECTORS or known_office_words(ent.name))
        return True

    def _age_fits(self, eid: str, years: str) -> bool:
        """Whether the text gives the person no other age ("Ann Roe, 46," or "46-year-old Ann Roe")."""
        for m in self.index.by_id[eid].mentions:
            stated = re.match(r",\s*(\d+),", self.text[m.end : m.end + 8]) or re.search(r"(\d+)-year-old\s+$", self.text[max(0, m.start - 16) : m.start])
            if stated and stated.group(1) != years:
                return False
        return True
