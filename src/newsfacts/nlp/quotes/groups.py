"""Group sources: the organisation or country a group of speakers speaks for.

Read by :class:`~.speakers.Resolver` when the source's head names no entity itself. Only to an
entity the entity stage found, with evidence in the source phrase (``lexicons/quote_group_speakers.tsv``):

- **speaks for**: officials, a spokeswoman, a government, the authorities of an organisation
  or a country named in the phrase ("Pentagon officials", "a spokeswoman for YouTube", "the
  Mexican government", "officials at the State Department") speak for it. Never for a person
  ("a spokesman for Clinton" is not Clinton), and never when the phrase names two candidates;
- **a definite description of an organisation** ("the committee", "the company", "his
  campaign"): the organisation named most recently before it whose name has the word
  ("Committee") or whose actor sector fits ("the company": BUS), within a few paragraphs; "her
  aides" only the group named after the person "her" refers to ("his campaign", "Team Trump":
  :mod:`.campaigns`, read before these rules);
- **the one of its kind** ("the airline", "the network", "the board"): the one organisation
  named before it whose name has a word of the kind ("EgyptAir", "Illinois Board of Elections");
  with the organisation's own name before it ("Time magazine", "the Post's editorial board"): it;
- **the poll** ("the poll", "the survey"): the maker of the poll named last before it;
- **the same group again** ("Israeli officials said ... The officials said"): the entity that
  group spoke for;
- **"it"/"they"** as the subject of a verb of saying or writing: the organisation (for "they"
  also a party or nationality) that spoke last, in the same paragraph, within 300 characters;
- **a bare name the NER missed** ("Hannity said"): the one person whose name ends with it.
"""

from __future__ import annotations

import bisect
from typing import Callable, Optional

from spacy.tokens import Token

from ... import lexicons
from ...lexicons import countries
from .marks import in_any
from .words import POLL_NOUNS

#: word (lower-case lemma or form) -> (rule, argument), from ``quote_group_speakers.tsv``
RULES = {r[0].lower(): (r[1], r[2] if len(r) > 2 else "") for r in lexicons.rows("quote_group_speakers.tsv")}
#: dependency labels of a modifier that may name whom a group speaks for ("Pentagon officials")
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
#: prepositions after a group that name whom it speaks for ("officials at the State Department")
_FOR_PREPS = frozenset({"for", "of", "at", "from", "with", "in"})
_POSSESSIVE_PRONOUNS = {"his": "m", "her": "f"}
#: how far back (characters) an organisation or a poll may be named for a description of it
ORG_REACH = 1500
#: how far back (characters) "the group"/"the organization" take the last organisation subject or speaker
GENERIC_REACH = 600
#: how far back (characters, same paragraph) "it"/"they" take the organisation that spoke last
PRONOUN_REACH = 300
#: the types of an entity whose one-word name, said again where the NER missed it, is the same one
_ONE_WORD_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: the cue classes of "it said"/"they say" (``reporting_verbs.tsv``): words, not thoughts
_SAYING = frozenset({"speech", "writing"})


def partitive_group(tok: Token) -> Optional[Token]:
    """The group of which a ``partitive`` word of ``quote_group_speakers.tsv`` is a part: the
    object of its "of" ("candidates" of "all of the GOP candidates"), else None; none of a
    coordination ("some of Roe and Ames")."""
    if RULES.get(tok.lower_, ("",))[0] != "partitive":
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > tok.i), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or pobj.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("conj", "cc") for c in pobj.children):
        return None
    return pobj


def _of_words(tok: Token) -> list[str]:
    """The words of a bare "of" phrase that ends a description ("elections" of "the board of
    elections", "public safety" of "the department of public safety"): the only phrase after
    the head, whose object has no determiner and no phrase of its own; else []."""
    rights = [c for c in tok.rights if not c.is_punct]
    if len(rights) != 1 or rights[0].dep_ != "prep" or rights[0].lower_ != "of":
        return []
    objs = [c for c in rights[0].children if c.dep_ == "pobj"]
    if len(objs) != 1 or objs[0].pos_ not in ("NOUN", "PROPN") or len(list(rights[0].children)) != 1:
        return []
    words = list(objs[0].subtree)
    if any(w.dep_ not in ("compound", "amod", "pobj") for w in words):
        return []
    return [w.lower_ for w in words]


def _only_the(tok: Token) -> bool:
    """Whether "the" is the only word before the head ("the board of elections")."""
    return [c.lower_ for c in tok.lefts] == ["the"]


class GroupSpeakers:
    """The group rules over one document's entity index."""

    def __init__(self, index, types: dict[str, str]):
        self.index = index
        self.types = types
        self.orgs = sorted((s, eid) for s, _, eid in index.spans if types.get(eid) == "ORG")
        self.pollsters: list[tuple[int, str]] = []
        self.speakers: list[tuple[int, str]] = []
        #: (position, entity) of the subjects with an entity at their head (set by the Resolver)
        self.subjects: list[tuple[int, str]] = []
        #: character positions of the heads of the main clauses' noun subjects, sorted (set by the Resolver)
        self.noun_subjects: list[int] = []
        #: (position, head lemma, entity) of each group that spoke for someone ("Israeli officials")
        self.groups: list[tuple[int, str, str]] = []
        #: the quoted spans (set by the Resolver): an organisation named inside a quote is none
        #: that "the board" could be read as ('"The Candidate is ...," the board said')
        self.marked: list = []

    def add_speaker(self, pos: int, eid: str) -> None:
        """Record that ``eid`` spoke at ``pos`` (text order)."""
        self.speakers.append((pos, eid))

    def pronoun(self, word: str, s: int, cue_class: str, text: str) -> tuple[Optional[str], str]:
        """"The Fed said ... It added", "Democrats say ... They say": a subject "it"/"they" of a
        verb of saying or writing is the organisation (for "they" also a party or nationality)
        that spoke last, in the same paragraph within a few lines, when that speaker is one."""
        k = bisect.bisect_left(self.speakers, (s, ""))
        if not k or cue_class not in _SAYING:
            return None, ""
        pos, eid = self.speakers[k - 1]
        fits = ("ORG",) if word == "it" else ("ORG", "NORP")
        if self.types.get(eid) not in fits or s - pos > PRONOUN_REACH or "\n" in text[pos:s]:
            return None, ""
        mains = set(self.noun_subjects)  # (a main clause's: "Republicans say Democrats are trying ... They say" is the first group)
        if any(pos < p < s and p in mains and x != eid and self.types.get(x) in fits and in_any(p, self.marked) is None for p, x in self.subjects):
            return None, ""  # another group named as a subject since ("Republicans said ... Democrats disagreed. They said")
        return eid, f"pronoun '{word}' -> the organisation that spoke last, in the same paragraph"

    def add_pollster(self, pos: int, eid: str) -> None:
        """Record that the poll whose source is at ``pos`` is ``eid``'s (text order)."""
        self.pollsters.append((pos, eid))

    def resolve(self, tok: Token, s: int, e: int, person_of: Callable[[str, int], Optional[str]]) -> tuple[Optional[str], str]:
        """The entity a group source with head ``tok`` (characters ``[s, e)``) stands for, and
        why; ``person_of(sex, pos)`` resolves a possessive "his"/"her" before ``pos``."""
        lemma = tok.lemma_.lower()
        rule, arg = RULES.get(lemma, RULES.get(tok.lower_, ("", "")))
        if tok.pos_ != "NOUN" or rule == "partitive":  # (a part of a group: the Resolver's own rule)
            return None, ""
        if rule == "speaks_for":
            eid, how = self._speaks_for(tok, s, e)
            if eid:
                self.groups.append((s, lemma, eid))
            elif [c.lower_ for c in tok.children if c.i < tok.i] == ["the"]:  # "The officials said": the last such group
                last = [(pos, x) for pos, word, x in self.groups if word == lemma]
                return self._last(last, s, f"'the {tok.lower_}' -> the {tok.lower_} of the {{kind}} named last before it", kind=True)
            return eid, how
        if rule == "org_subject":
            if self._determiner(tok) != "the":
                return None, ""
            orgs = sorted(x for x in (*self.subjects, *self.speakers) if x[0] < s and self.types.get(x[1]) == "ORG")
            k = bisect.bisect_left(orgs, (s, ""))
            between = bisect.bisect_left(self.noun_subjects, s) - bisect.bisect_right(self.noun_subjects, orgs[k - 1][0]) if k else 0
            if k and s - orgs[k - 1][0] <= GENERIC_REACH and not between:  # (no other main subject since: "organizers added ... the group said")
                return orgs[k - 1][1], f"'the {tok.lower_}' -> the organisation named last before it as a subject or speaker"
            return None, ""
        if rule == "org_kind":
            named = self._named_modifier(tok, s)
            if named is not None:
                return named, f"'{tok.lower_}' named by the organisation's own name before it ('{self.index.by_id[named].name}')"
            return self._one_of_kind(tok, s, arg) if self._determiner(tok, asides=True) == "the" else (None, "")
        if rule and self._determiner(tok) is not None:
            return self._organisation(tok, s, rule, arg, person_of)
        if lemma in POLL_NOUNS and self._determiner(tok) == "the" and not self.index.overlapping(s, e):
            return self._last(self.pollsters, s, f"'the {tok.lower_}' -> the maker of the {tok.lower_} named last before it")
        return None, ""

    def named_org_before(self, head: Token) -> bool:
        """Whether a definite description ("the board", "the budget office", "the group", "the
        company") may be a named organisation before it: one whose name holds the word (any
        organisation for a generic ``org_subject`` word of ``quote_group_speakers.tsv``, one of
        the sector for ``org_sector``). Then no unnamed actor is made of it: the rules above did
        not pick one."""
        rule, arg = RULES.get(head.lemma_.lower(), ("", ""))
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return False
        word = head.lemma_.lower()
        for pos, eid in self.orgs:
            if pos >= head.idx:
                break
            ent = self.index.by_id[eid]
            if rule == "org_subject" or rule == "org_sector" and ent.actor.sector == arg or word in ent.name.lower().split():
                return True
        return False

    def surname(self, tok: Token, s: int, e: int) -> tuple[Optional[str], str]:
        """A source that is a bare name the NER missed ("Hannity said", also one the tagger read
        as a common noun) and the last word of the name of exactly one person the text names
        elsewhere ("Sean Hannity"); with no such person, the whole one-word name of exactly one
        entity ("Husted" the NER typed a place), else the last word of the name of exactly one
        organisation whose name is two or more capitalised words and no other text ("Sean
        Hannity" the NER typed ORG, "The Washington Post" for "Post")."""
        if tok.pos_ not in ("PROPN", "NOUN") or (s, e) != (tok.idx, tok.idx + len(tok.text)) or len(tok.text) < 3 \
                or not tok.text[:1].isupper() or any(c.dep_ == "compound" for c in tok.children):
            return self._particle_surname(tok, s, e)
        word = tok.text.replace("\u2019", "'").lower()
        last = {eid: self.index.by_id[eid].name.replace("\u2019", "'").split() for _, _, eid in self.index.spans}
        people = {eid for eid, words in last.items() if self.types.get(eid) == "PERSON" and [w.lower() for w in words[-1:]] == [word]}
        if len(people) == 1:
            return people.pop(), f"'{tok.text}': the surname of the one person of that name in the text"
        if people:
            return None, ""
        same = {eid for eid, words in last.items() if [w.lower() for w in words] == [word] and self.types.get(eid) in _ONE_WORD_TYPES}
        if len(same) == 1:  # "Husted said" after a "Husted" the NER typed a place: the same name, the same one
            return same.pop(), f"'{tok.text}': the whole name of the one entity of that name in the text"
        if tok.text.isupper():
            return None, ""  # (an acronym names no organisation by its last word)
        orgs = {eid for eid, words in last.items() if self.types.get(eid) == "ORG" and len(words) >= 2 and words[-1].lower() == word
                and all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words)}
        if len(orgs) != 1:
            return None, ""
        return orgs.pop(), f"'{tok.text}': the last word of the name of the one organisation of that name in the text"

    def _particle_surname(self, tok: Token, s: int, e: int) -> tuple[Optional[str], str]:
        """'Le Pen said', 'Van Hollen said': a source of capitalised proper nouns alone (the
        parser's compounds before the head) that is the last words of the name of exactly one
        entity the text names, a person ("Marine Le Pen"), never a whole name (the NER's own business)."""
        words = list(tok.doc[tok.left_edge.i : tok.i + 1])
        if len(words) < 2 or len(words) > 3 or (s, e) != (words[0].idx, tok.idx + len(tok.text)) \
                or any(t.pos_ != "PROPN" or not t.text[:1].isupper() or not t.text.replace("\u2019", "'").replace("'", "").isalpha() for t in words):
            return None, ""
        key = [t.text.replace("\u2019", "'").lower() for t in words]
        people = set()
        for _, _, eid in self.index.spans:
            name = self.index.by_id[eid].name.replace("\u2019", "'").lower().split()
            if len(name) > len(key) and name[-len(key):] == key:
                people.add(eid)  # (of any type: "Jean-Marie Le Pen" the NER typed an organisation is still another Le Pen)
        if len(people) != 1 or self.types.get(next(iter(people))) != "PERSON":
            return None, ""
        phrase = " ".join(t.text for t in words)
        return people.pop(), f"'{phrase}': the last words of the name of the one person of that name in the text"

    def _speaks_for(self, tok: Token, s: int, e: int) -> tuple[Optional[str], str]:
        anchors: list[Token] = []
        for c in tok.children:
            if c.dep_ in _MODIFIER_DEPS and c.i < tok.i:
                anchors.extend(c.subtree)
            elif c.dep_ == "prep" and c.lower_ in _FOR_PREPS and c.i > tok.i:
                anchors.extend(c.subtree)  # "officials in the FBI and at the Justice Department": both
        found: set[str] = set()
        for a in anchors:
            if s <= a.idx < e:
                found.update(eid for _, _, eid in self.index.overlapping(a.idx, a.idx + len(a.text)))
        if not found or any(self.types.get(eid) == "PERSON" for eid in found):
            return None, ""
        # the one organisation or country of the whole phrase ("officials at the FBI and the State Department": nobody)
        fits = {eid for _, _, eid in self.index.overlapping(s, e) if self._speaks_for_fits(eid)}
        if not fits & found:
            return None, ""
        if len(fits) != 1:
            return None, ""
        eid = fits.pop()
        return eid, f"'{tok.lower_}' of the {self._kind(eid)} named with them speak for it"

    def _speaks_for_fits(self, eid: str) -> bool:
        """An organisation, a country or a nationality (not a city or a region)."""
        ent = self.index.by_id[eid]
        if ent.type == "ORG":
            return True
        if ent.type == "GPE":
            return any(countries.country_codes(m.text) for m in ent.mentions)
        return ent.type == "NORP" and bool(ent.actor.country)

    def _kind(self, eid: str) -> str:
        return {"ORG": "organisation", "GPE": "country", "NORP": "nationality"}.get(self.types.get(eid, ""), "entity")

    @staticmethod
    def _determiner(tok: Token, compounds: bool = False, asides: bool = False) -> Optional[str]:
        """"the", "his" or "her" when that is the head's only modifier word, else None (also
        for a plural, "the companies", and a head with a phrase after it, "the campaign of X");
        with ``compounds``, nouns before the head may modify it too ("the budget office");
        with ``asides``, an apposition that names no one may follow ("The newspaper, long an
        advocate of reform, writes")."""
        det = None
        for c in tok.children:
            if c.i > tok.i:
                if asides and c.dep_ == "appos" and not any(t.pos_ == "PROPN" for t in c.subtree):
                    continue
                if c.dep_ in ("prep", "acl", "appos", "nmod", "compound"):
                    return None
                continue
            if c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS:
                det = c.lower_
            elif compounds and c.dep_ == "compound" and c.pos_ == "NOUN":
                continue
            elif c.dep_ in ("compound", "poss", "nmod") or c.pos_ == "PROPN":
                return None  # "the Trump campaign", "the Senate committee": names someone
        if det == "the" and tok.tag_ in ("NNS", "NNPS"):
            return None  # "the companies": more than one
        return det

    def _organisation(self, tok: Token, s: int, rule: str, arg: str, person_of) -> tuple[Optional[str], str]:
        det = self._determiner(tok)

        def fits(eid: str) -> bool:
            ent = self.index.by_id[eid]
            if rule == "org_sector":
                return ent.actor.sector == arg
            return any(w.startswith(a) for a in arg.split() for w in ent.name.lower().replace("\u2019", "'").split())

        if det in _POSSESSIVE_PRONOUNS:
            person = person_of(_POSSESSIVE_PRONOUNS[det], tok.idx)
            if person is None:
                return None, ""
            surname = self.index.by_id[person].name.split()[-1].lower()
            owned = [x for x in self.orgs if x[0] < s and fits(x[1]) and surname in self.index.by_id[x[1]].name.lower()]
            return self._last(owned, s, f"'{det} {tok.lower_}' -> the {tok.lower_} named after the person '{det}' refers to")
        return self._last([x for x in self.orgs if fits(x[1])], s, f"'the {tok.lower_}' -> the organisation that fits named most recently before it")

    def _named_modifier(self, tok: Token, s: int) -> Optional[str]:
        """The one organisation named by the compounds or the possessive before a kind noun
        ("Time magazine", "the Gannett newspaper", "the Post's editorial board"), or None
        (none, two, or a person or place among them: "the Ohio newspaper", "Roe's union")."""
        found: set[str] = set()
        for c in tok.children:
            if c.dep_ in ("compound", "poss", "nmod") and c.i < tok.i and c.idx >= s:
                found.update(eid for t in c.subtree for _, _, eid in self.index.overlapping(t.idx, t.idx + len(t.text)))
        if len(found) != 1 or self.types.get(next(iter(found))) != "ORG":
            return None
        return found.pop()

    def _one_of_kind(self, tok: Token, s: int, arg: str) -> tuple[Optional[str], str]:
        """'EgyptAir said ... the airline added', 'CNN pushed back ... the network said': the one
        organisation named within :data:`ORG_REACH` before it whose name has a word of the kind
        (a word that starts or ends with one of ``arg``'s stems: "EgyptAir", "Illinois Board of
        Elections"), when no other organisation was named after it. None when two organisations
        fit ("the network" after CNN and NBC)."""
        stems = arg.split()
        found = self._one_named(s, lambda words: any(w.startswith(x) or w.endswith(x) for w in words for x in stems))
        if found is None or self._named_since(found, s, of_sector=True):
            return None, ""  # (another organisation named since: "the network" after BBC, then RT)
        return found[1], f"'the {tok.lower_}' -> the one organisation of its kind named before it"

    def named_by_words(self, tok: Token, s: int) -> tuple[Optional[str], str]:
        """'The Congressional Budget Office said ... The budget office added': a definite,
        singular description of an organisation ("the budget office", "the board") whose
        words (the head and the nouns before it) are all words of the name of the one
        organisation named within :data:`ORG_REACH` before it, when no other organisation was
        named after it; not the generic "the group", "the firm" (their own rule)."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or RULES.get(tok.lemma_.lower(), ("",))[0] in ("speaks_for", "org_subject"):
            return None, ""
        of_words = _of_words(tok)  # "the board of elections" after "the Illinois Board of Elections"
        if self._determiner(tok, compounds=True) != "the" and not (of_words and _only_the(tok)):
            return None, ""
        wanted = {c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"} | {tok.lower_} | set(of_words)
        # (two words or more, "the budget office", name the one organisation whatever was named since,
        # and reach it through its last time as a speaker; "the board" may be a company's named since)
        spoke = [x for x in self.speakers if self.types.get(x[1]) == "ORG"] if len(wanted) > 1 else []
        found = self._one_named(s, lambda words: wanted <= set(words), spoke)
        if found is None or len(wanted) == 1 and self._named_since(found, s):
            return None, ""  # (another organisation named since)
        phrase = tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text
        return found[1], f"'{phrase}' -> the one organisation named before it with those words in its name"

    def _named_since(self, found: tuple[int, str], s: int, of_sector: bool = False) -> bool:
        """Whether an organisation other than ``found[1]`` is named between ``found[0]`` and
        ``s`` outside a quote (words inside quote marks are someone's, not the narrative's);
        ``of_sector``: only one of the same actor sector or of none counts ("the newspaper"
        after the Chicago Tribune and then the Republican Party, a party, is the paper's;
        "the network" after BBC, then RT, both media, is nobody's)."""
        sector = self._sector(found[1]) if of_sector else None
        return any(found[0] < p < s and x != found[1] and in_any(p, self.marked) is None and (sector is None or self._sector(x) in (None, sector))
                   for p, x in self.orgs)

    def _sector(self, eid: str) -> Optional[str]:
        """The actor sector of an entity, or None."""
        actor = self.index.by_id[eid].actor
        return actor.sector if actor is not None and actor.sector else None

    def _one_named(self, s: int, fits: Callable[[list[str]], bool], also: list[tuple[int, str]] = ()) -> Optional[tuple[int, str]]:
        """The last ``(position, entity)`` of the one organisation named within :data:`ORG_REACH`
        before ``s`` (or that spoke there: ``also``) whose name's lower-case words ``fits``; names
        of one organisation ("Daily News" in "New York Daily News") count once. None when none or
        two fit."""
        last: dict[str, tuple[int, str]] = {}
        near = [x for items in (self.orgs, also) for x in items[bisect.bisect_left(items, (s - ORG_REACH, "")) : bisect.bisect_left(items, (s, ""))]]
        for pos, eid in sorted(near):
            words = "".join(c if c.isalnum() else " " for c in self.index.by_id[eid].name.lower()).split()
            if fits(words):
                last[" ".join(words)] = (pos, eid)
        names = [n for n in last if not any(n != m and f" {n} " in f" {m} " for m in last)]  # "daily news" in "new york daily news"
        if len(names) != 1:
            return None
        return max(x for n, x in last.items() if f" {n} " in f" {names[0]} ")

    def _last(self, items: list[tuple[int, str]], s: int, reason: str, kind: bool = False) -> tuple[Optional[str], str]:
        """The entity of the last ``(position, entity)`` before ``s`` within :data:`ORG_REACH`."""
        k = bisect.bisect_left(items, (s, ""))
        if k and s - items[k - 1][0] <= ORG_REACH:
            eid = items[k - 1][1]
            return eid, reason.format(kind=self._kind(eid)) if kind else reason
        return None, ""
