"""Unnamed actors: entities made from phrases that name an actor without a name.

"Police arrested protesters", "a federal judge said", "Israeli troops", "the spokesman":
event-data coders (PETRARCH2, POLECAT) code such agents, and so do we. A noun phrase whose
head is one of the words of ``lexicons/entity_unnamed.tsv`` and that is not part of a named
entity's mention becomes an entity with ``named = False``:

- **sector** from the head word (the lexicon's column, after PETRARCH2's agents dictionary);
  a spokesman's or an official's is the organisation's when the phrase names one
  ("the Pentagon's spokesman" takes the Pentagon's sector);
- **country**, first that applies: a named modifier in the phrase ("Israeli troops", "U.S.
  officials", "Vietnamese-led forces", "Turkish Kurd refugees"); an "in/of/for/from/at" phrase
  after the head or "based in" ("police in Kabul", "a newspaper based in Lagos"); else a
  country from the article or the sentence where the text makes it the phrase's
  (:mod:`.unnamed_country`: not for rebels, nor where the sentence names another country,
  nor for a vague speaker, a share or a finding); else none. ``actor.basis`` says which;
- a spokesman, an official or an aide of a person or of "his"/"her" takes that person's sector
  or none (not GOV: "Adelson's spokesman", "his spokesman"); a military word counting people or
  things is no actor ("an army of volunteers", "the forces of bigotry");
- **one entity per referent within the document**: a later "the officials" or "police" joins
  the last entity with the same head word; a phrase with its own country joins the one of
  that head and country; "a", "another", "other", numbers start a new one;
- **no identity across documents**: ``actor.actor_id`` is None (two articles' "police" are
  two actors; the store keys them by document).

Vague speakers (``speaker``, ``share``, ``finding`` rows): "Some say", "his critics", "47 percent
said", "a new poll shows" are actors only where they speak, so that the quote has a speaker
(docs/quotes.md, "Vague speakers"); a quantifier ("some", "others") is the word alone.

Left out: a head used as a modifier ("police station"), a predicate or an apposition of a
named person ("Smith, a lawyer,"; "she is a judge"), a role ("as a lawyer"), a negated or
generic quantifier ("no police", "any soldier"), a word of a hyphenated whole or a capital
inside a sentence ("Commander-in-Chief Forum", a Title Case headline), a spokesman or official
of a named organisation ("Pentagon officials": the organisation speaks and acts), a group of a
possessive pronoun ("its troops"), words marked ``speaker``/``familiar``/``det`` outside their
use ("a source of income", "experience in government"), a share or a finding that names the
group it counts or its maker ("40 percent of Democrats", "a Gallup poll": they speak), and a
definite description a named entity of the document already fits ("the court" after "the Supreme Court", "the newspaper"
after a named newspaper, "the congressman" after a named person): those are the named
entity's, not a new actor.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator, Optional

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from ... import lexicons
from ...schema import Actor, Entity, Mention
from ..text import doc_text, sentences
from .unnamed_country import country_counts, fallback_country, own_country
from .unnamed_named_org import names_an_organisation
from .unnamed_sector import body_of, sector_of
from .unnamed_nation import nation_modified

_NEW_REFERENT = {"a", "an", "another", "other", "some", "several", "many", "few", "two", "three", "four",
                 "five", "one", "more", "most", "both", "each"}
#: the types of a named entity in a finding's phrase that never made it (a place, a people)
_NO_MAKERS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "EVENT"})
_NOT_ACTOR = {"no", "any", "every", "all", "such", "what", "whatever", "whichever"}
_WANTING = {"deserve", "want", "need", "seek", "require", "lack", "wish"}  # "deserve a government that ...": none in particular
_DEFINITE = {"the", "these", "those", "this", "that"}
_ROLE_PREPS = {"as", "like", "than"}
_MODIFIER_DEPS = {"amod", "compound", "nmod", "poss"}
_POSSESSIVE_PRONOUNS = {"my", "our", "your", "his", "her", "its", "their"}
_SPEAKER_MARKS = {"familiar", "close", "briefed", "knowledgeable"}
#: ``only`` values of words that are actors only where they speak
_SPEAKS_ONLY = frozenset({"speaker", "share", "finding"})
#: the NER's types of a share's head ("47 percent", "nearly half", "a third": numbers, not names)
_SHARE_ENTS = frozenset({"PERCENT", "CARDINAL", "ORDINAL"})
#: heads of ``entity_unnamed.tsv`` that the tagger reads as a determiner, pronoun or adjective
#: ("Some say", "Others argue", "Many believe"): a head only as a subject
_QUANTIFIERS = frozenset(lexicons.entity_words("unnamed_quantifier"))


@dataclass(frozen=True)
class Head:
    """One word of ``entity_unnamed.tsv``: sector, entity type, whether an organisation's sector wins."""

    sector: Optional[str]
    type: str
    borrow: bool
    only: str = ""  # "speaker" or "familiar": see _speaks
    workplace: bool = False  # the sector of the institution a compound before it names ("embassy workers"): .unnamed_sector


@lru_cache(maxsize=None)
def unnamed_heads() -> dict[str, Head]:
    """Head word -> :class:`Head`, from ``lexicons/entity_unnamed.tsv``."""
    return {
        r[0]: Head(None if r[1] == "-" else r[1], r[2], len(r) > 3 and r[3] == "yes", r[4] if len(r) > 4 else "", len(r) > 3 and r[3] == "workplace")
        for r in lexicons.rows("entity_unnamed.tsv")
    }


@lru_cache(maxsize=None)
def reporting_verbs_all() -> frozenset[str]:
    """Lemmas of every verb of ``reporting_verbs.tsv``, evaluation and stance included."""
    return frozenset(r[0].lower() for r in lexicons.rows("reporting_verbs.tsv"))


@lru_cache(maxsize=None)
def saying_verbs() -> frozenset[str]:
    """Lemmas of the verbs that report what someone said, wrote or thinks, or what a finding
    shows (classes speech, writing, cognition and evidence of ``reporting_verbs.tsv``): a
    "source" or "critics" that is their subject speaks. Not the verbs of evaluation or stance
    ("hailed", "endorsed"): those are events, whose generic sides ("Muslim advocates") the event
    stage leaves uncoded."""
    return frozenset(r[0].lower() for r in lexicons.rows("reporting_verbs.tsv") if len(r) < 2 or r[1] in ("speech", "writing", "cognition", "evidence"))


def _restricted(tok: Token, only: str, named: "_Named") -> bool:
    """Whether a head word with a restriction (``only`` column) fails it here."""
    if only == "quote":
        return True  # an actor only as a quote's source (:func:`add_speaker_actor`)
    if only == "nation":
        return not nation_modified(tok, named)  # "three Russian oligarchs"; not "oligarchs"
    if only == "det":
        return not any(c.dep_ in ("det", "poss") or (c.dep_ in _MODIFIER_DEPS and c.i < tok.i) for c in tok.children)
    if only in ("finding", "share"):  # a poll or a share whose phrase names no maker or group (who speaks then)
        # (a place or a people after the head made nothing: "exit polls taken in Ohio", "a poll of Texas voters";
        # a name right before it, whatever its type, is the maker's: "a USA TODAY analysis")
        return not _speaks(tok, "speaker", every_class=True) or any(c.dep_ == "poss" for c in tok.children) \
            or any(named.token(t) is not None for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i for t in c.subtree) \
            or any((e := named.token(t)) is not None and e.type not in _NO_MAKERS for t in tok.subtree)
    if only == "speaker" and _like_named(tok, named):
        return True  # "candidates like Ann Roe and Tom Ames": the people named speak, not a vague group ("experts, including Ann Roe," do)
    return bool(only) and not _speaks(tok, only)


def _like_named(tok: Token, named: "_Named") -> bool:
    """Whether a "like"/"as" phrase after the head names a person ("candidates like Ann Roe")."""
    return any(p.dep_ == "prep" and p.lower_ in ("like", "as") and any((e := named.token(t)) is not None and e.type == "PERSON" for t in p.subtree) for p in tok.children)


def _speaks(tok: Token, only: str, every_class: bool = False) -> bool:
    """Whether ``tok`` is one who speaks as ``only`` asks: followed by "familiar with", "close
    to", "briefed on" (both), or (``speaker``) the subject of a verb of saying or the object of
    "according to"; ``every_class``: a verb of evaluation or stance counts too (a poll's
    share or a finding, no event's side: "56 percent would vote for X", "a poll backs X")."""
    if any(c.dep_ in ("amod", "acl") and c.lower_ in _SPEAKER_MARKS and c.i > tok.i for c in tok.children):
        return True
    if only != "speaker":
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and _reports(tok.head, every_class):
        return True
    if tok.dep_ == "nsubj" and any(c.dep_ in ("xcomp", "advcl", "conj") and c.i > tok.i and _reports(c, every_class) for c in tok.head.children):
        return True  # "The audience cheered, echoing ...", "the man tried to say", "Fans went online to complain"
    if any(c.dep_ == "relcl" and _reports(c, every_class) and any(k.dep_ == "nsubj" and k.lower_ in ("who", "that") for k in c.children) for c in tok.children):
        return True  # "respondents who said ...", "critics, who argue ..." (not "those who want ...")
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _reports(verb: Token, every_class: bool = False) -> bool:
    """Whether ``verb`` reports words or thoughts: a verb of :func:`saying_verbs` (of any class
    of ``reporting_verbs.tsv`` with ``every_class``), one with a clause of what was said
    ("Some insist that ..."), or a copula whose adjective has one ("Critics are sure that ...")."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _WANTING:
        return False  # (not "people want cheaper drugs")
    lemma = verb.lemma_.lower()
    if lemma == "be" and any(a.dep_ == "acomp" and any(k.dep_ == "ccomp" for k in a.children) for a in verb.children):
        return True  # "critics were sure that ...", "some are confident that ...": a thought reported
    return lemma in saying_verbs() or every_class and lemma in reporting_verbs_all() or any(c.dep_ == "ccomp" for c in verb.children)


@dataclass
class _Group:
    head: str
    country: Optional[str]
    own_country: bool  # the country came from the phrase itself
    name: str
    start: int
    actor: Actor
    type: str
    mentions: list[Mention] = field(default_factory=list)
    phrases: set[str] = field(default_factory=set)  # its phrases, lower case, named modifiers included


class _Named:
    """The named entities' mentions, for overlap tests and the entity at a token."""

    def __init__(self, entities: list[Entity]):
        self.spans = sorted((m.start, m.end, e) for e in entities for m in e.mentions)
        self.starts = [s for s, _, _ in self.spans]
        self.maxlen = max((e - s for s, e, _ in self.spans), default=0)

    def at(self, start: int, end: int) -> Optional[Entity]:
        """The named entity with a mention overlapping ``[start, end)``, or None."""
        hi = bisect.bisect_left(self.starts, end)
        lo = bisect.bisect_left(self.starts, start - self.maxlen)
        for s, e, ent in self.spans[lo:hi]:
            if min(e, end) > max(s, start):
                return ent
        return None

    def token(self, tok: Token) -> Optional[Entity]:
        return self.at(tok.idx, tok.idx + len(tok.text))


def _is_head(tok: Token, named: _Named, owned: bool = False) -> bool:
    """Whether ``tok`` heads a phrase that names an actor (not a modifier, predicate, role);
    ``owned``: a possessive pronoun may own it ("his aides", "her campaign": a quote's source)."""
    if tok.pos_ not in ("NOUN", "PROPN") and not (tok.lower_ in _QUANTIFIERS and (tok.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "relcl" for c in tok.children))):
        return False  # (a quantifier only as a subject: "Some say", "Others argue", "those who say"; not "some voters")
    if tok.dep_ in ("compound", "amod", "attr", "npadvmod", "nummod"):
        return False
    head = unnamed_heads()[tok.lower_]
    if tok.ent_type_ and tok.ent_type_ not in ("NORP", "ORG") and not (tok.ent_type_ in _SHARE_ENTS and head.only == "share") \
            and not (tok.ent_type_ == "PERCENT" and head.only in _SPEAKS_ONLY):
        return False  # "Police Day" (an event), a work of art; not "47 percent", "nearly half", "a third" who said
    if named.token(tok) is not None:
        return False
    if any(c.dep_ == "det" and c.lower_ in _NOT_ACTOR for c in tok.children) and not _counted_all(tok):
        return False
    personal = head.only in _SPEAKS_ONLY and not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
    if not owned and any(c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS for c in tok.children) and head.type != "PERSON" and not personal:
        return False  # "its troops", "their forces", "its leaders": whose they are is the pronoun's antecedent ("his lawyer", "his critics" are one)
    if tok.dep_ == "pobj" and tok.head.lower_ in _ROLE_PREPS:
        return False  # "as a lawyer", "like soldiers"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _WANTING and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False  # "the people deserve a government that ...": no government in particular
    described = tok.head if tok.dep_ == "appos" else tok.head.head if tok.dep_ == "conj" and tok.head.dep_ == "appos" else None
    if described is not None and named.token(described) is not None:
        return False  # "John Roe, a lawyer," / "John Roe, a fellow and a former ambassador,"
    if any(c.dep_ == "appos" and named.token(c) is not None for c in tok.children):
        return False  # "the spokesman, John Roe,"
    if tok.text[:1].isupper() and not tok.is_sent_start and tok.doc[tok.i - 1].is_alpha and not _of_a_country(tok):
        return False  # a capital inside a sentence: a Title Case headline ("Joining Forces With China") or a name
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    prev = tok.doc[tok.i - 1] if tok.i else None
    if (nxt is not None and not tok.whitespace_ and nxt.text == "-") or (prev is not None and prev.text == "-" and not prev.whitespace_):
        return False  # a word of a hyphenated whole: "Commander-in-Chief Forum", "then-Senator"
    if nxt is not None and nxt.ent_type_ == "PERSON" and named.token(nxt) is not None:
        return False  # "spokesman John Roe" parsed with the title as the head
    return True


def _of_a_country(tok: Token) -> bool:
    """True for a capitalised head word after "the" with "of" and a place the model tagged
    after it: the formal style of "the Government of Myanmar", a description, not a name."""
    prev = tok.doc[tok.i - 1]
    return prev.lower_ == "the" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.ent_type_ == "GPE" for o in c.children) for c in tok.children)


def _counted_all(tok: Token) -> bool:
    """'All three candidates', 'all 12 jurors': "all" with a number counts a group the text
    knows, not everyone (as "all soldiers" is)."""
    dets = [c.lower_ for c in tok.children if c.dep_ == "det" and c.lower_ in _NOT_ACTOR]
    return dets == ["all"] and any(c.dep_ == "nummod" and c.i < tok.i for c in tok.children)


def _mention_span(tok: Token, named: _Named) -> tuple[int, int]:
    """The words of the phrase up to its head that belong to no named mention: "a federal
    judge", "troops" (of "Israeli troops"), "spokesman" (of "the Pentagon's spokesman")."""
    doc = tok.doc
    left = tok.left_edge.i
    j = tok.i - 1
    while j >= left:
        w = doc[j]
        if named.token(w) is not None or w.tag_ == "POS" or (w.is_punct and w.text != "-") or w.lower_ in _POSSESSIVE_PRONOUNS:
            break
        j -= 1
    k = j + 1
    while k < tok.i and (doc[k].is_punct or (k > 0 and not doc[k - 1].whitespace_ and k - 1 <= j)):
        k += 1  # "Vietnamese-led forces": not "-led forces"
        j = k - 1
    return doc[k].idx, tok.idx + len(tok.text)


def _employer(tok: Token, named: _Named, giver: Optional[Entity]) -> Optional[tuple[str, Optional[str]]]:
    """(name, sector) of the one a spokesman, an official or an aide works for when the phrase
    names a person or a pronoun, not an organisation: "Adelson's spokesman" (Adelson's sector,
    none for a businessman), "his spokesman" (unknown: no sector, rather than a guessed GOV)."""
    if giver is not None:
        return (giver.name, giver.actor.sector) if giver.type == "PERSON" else None
    for c in tok.children:
        if c.i > tok.i or c.dep_ not in ("poss", "compound"):
            continue
        if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS:
            return c.text, None
        ent = named.token(c)
        if ent is not None and ent.type not in ("GPE", "NORP", "LOC"):
            return ent.name, ent.actor.sector
    return None


def _of_campaign(tok: Token) -> bool:
    """Whether the phrase names a campaign's people: "campaign officials", "the campaign's
    aides", "advisers to a rival campaign", "a spokesman for the campaign"."""
    if any(c.dep_ in ("compound", "poss") and c.lemma_.lower() == "campaign" for c in tok.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("to", "for", "of") and c.i > tok.i
               and any(o.dep_ == "pobj" and o.lemma_.lower() == "campaign" for o in c.children) for c in tok.children)


def _vague(word: str, head: Head) -> bool:
    """Whether the phrase is a vague speaker ("someone", "some", "many"), a share ("40 percent")
    or a finding ("the letter", "FEC filings"): the source of a quote, no event's side, which
    takes no country from the sentence or the article."""
    return word in _QUANTIFIERS or head.only in ("share", "finding") or head.type == "WORK_OF_ART"


def _figurative(tok: Token, head: Head, named: _Named, heads: dict[str, Head]) -> bool:
    """'an army of volunteers', 'the forces of bigotry': a military word with an "of" phrase of
    people or things (not of an institution, "the forces of the regime", nor a name) counts or
    describes them; no military."""
    if head.sector != "MIL":
        return False
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "of" and p.i > tok.i:
            for o in p.children:
                if o.dep_ == "pobj" and o.pos_ == "NOUN" and (o.lower_ not in heads or heads[o.lower_].type != "ORG") \
                        and not any(named.token(k) is not None for k in o.subtree):
                    return True
    return False


def _fitted_by_named(tok: Token, head: Head, named: _Named, entities: list[Entity], quote_source: bool = False) -> bool:
    """Whether a bare definite "the X" is a named entity the document already has: "the court"
    after "the Supreme Court", "the senator" after a person the text titles senator, "the
    newspaper" after a named medium. For a ``quote_source`` (:func:`add_speaker_actor`), whose
    rules looked for a person a title or a description fits, only a title may be a person named
    before ("the congressman"; not "the moderator")."""
    owner = tok.head if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" else tok  # "the former first lady and senator"
    dets = [c.lower_ for c in owner.children if c.dep_ == "det"]
    if dets != ["the"]:
        return False
    word = tok.lower_
    if head.type == "PERSON" and (not quote_source or word in title_heads()) and any(e.type == "PERSON" and e.mentions[0].start < tok.idx for e in entities):
        return True  # "the (California) congressman" after a named person: most likely that person
    if any(c.dep_ in _MODIFIER_DEPS for c in tok.children):
        return False
    for ent in entities:
        if not any(m.start < tok.idx for m in ent.mentions):
            continue
        if head.type == "ORG" and ent.type == "ORG" and ent.name.lower().split()[-1:] == [word]:
            return True
        if head.sector == "MED" and ent.type == "ORG" and ent.actor.sector == "MED":
            return True  # "The newspaper" after "The Washington Post"
        if head.type == "PERSON" and ent.type == "PERSON" and any(r.title.lower().split(" of ")[0].split()[-1:] == [word] for r in ent.roles):
            return True
    return False


@lru_cache(maxsize=None)
def title_heads() -> frozenset[str]:
    """The last words of the titles of ``lexicons/titles.tsv`` ("senator", "minister")."""
    return frozenset(t.lower().split(" of ")[0].split()[-1] for t in lexicons.titles())


def _strip_article(phrase: str) -> str:
    """``phrase`` without a leading "the", "a" or "an"."""
    for det in ("the ", "a ", "an "):
        if phrase[: len(det)].lower() == det:
            return phrase[len(det):]
    return phrase


def _join(groups: list[_Group], word: str, country: Optional[str], tok: Token, phrase: str) -> Optional[_Group]:
    """The earlier entity this phrase refers to again, or None for a new one: a definite phrase
    ("the officials"), an institution ("police", "the army") or the same words again join the
    last one with the head word (and the country, when the phrase names one); a bare plural
    ("supporters who ...") is a group of its own."""
    if any(c.dep_ in ("det", "nummod", "amod") and c.lower_ in _NEW_REFERENT for c in tok.children):
        return None
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)
    # a vague speaker with words of its own ("the GOP leaders" after "Democratic leaders") is another group
    described = unnamed_heads()[word].only in _SPEAKS_ONLY and any(c.dep_ in (*_MODIFIER_DEPS, "nummod", "quantmod") and c.i < tok.i for c in tok.children)
    for g in reversed(groups):
        if g.head != word:
            continue
        if described and phrase.lower() not in g.phrases:
            return None
        if not (definite or g.type == "ORG" or phrase.lower() in g.phrases):
            return None
        if country is None or g.country == country:
            return g
    return None


def _candidates(doc: Doc, heads: dict[str, Head]) -> Iterator[Token]:
    """The tokens whose lower-case form is a head word, found on the Doc's array (no Token
    object made for the other words)."""
    want = [doc.vocab.strings[w] for w in heads]  # the hashes (nothing added to the vocab)
    lowers = doc.to_array(LOWER)
    for i in numpy.flatnonzero(numpy.isin(lowers, numpy.array(want, dtype=numpy.uint64))):
        yield doc[int(i)]


def unnamed_entities(doc: Doc, text: str, sent_of: list[int], entities: list[Entity]) -> list[tuple[int, Entity]]:
    """The unnamed-actor entities of a document, as ``(start, entity)`` pairs.

    Args:
        doc: the parsed Doc.
        text: its text.
        sent_of: the sentence number of each token.
        entities: the named entities already found (coded), whose mentions are not re-used.
    """
    heads = unnamed_heads()
    named = _Named(entities)
    found = country_counts(doc, entities)
    groups: list[_Group] = []
    for tok in _candidates(doc, heads):
        head = heads.get(tok.lower_)
        if head is None or not _is_head(tok, named) or _restricted(tok, head.only, named) or _figurative(tok, head, named, heads) \
                or names_an_organisation(tok, named):
            continue
        word = tok.lower_
        start, end = (tok.idx, tok.idx + len(tok.text)) if word in _QUANTIFIERS else _mention_span(tok, named)  # "some", not "an aggressive - some"
        country, giver, why = own_country(tok, named)
        if head.borrow and giver is not None and giver.type == "ORG":
            continue  # "a spokesman for the Foreign Ministry", "Pentagon officials": the organisation speaks
        mods = [c.left_edge.idx for c in tok.children if c.dep_ in _MODIFIER_DEPS and c.i < tok.i and word not in _QUANTIFIERS]
        phrase = _strip_article(text[min([start] + mods):end])  # "Israeli troops" (its mention is "troops")
        phrase = phrase[phrase.rfind("\n") + 1:]  # never across a line: "a.m.\n\nMore GOP candidates"
        group = _join(groups, word, country, tok, phrase)
        if group is None and _fitted_by_named(tok, head, named, entities):
            continue
        if group is None:
            campaign = _of_campaign(tok)
            # "police officials", "military spokesman": the body in the phrase gives the sector
            sector, sector_why = sector_of(head, word, giver, campaign, body_of(tok, heads), _employer(tok, named, giver))
            if country is None and giver is None:
                country, why = fallback_country(tok, sent_of[tok.i], found, sector, _vague(word, head))
            name = phrase
            actor = Actor(country=country, sector=sector, basis=[f"unnamed actor '{text[start:end]}'", sector_why, why])
            group = _Group(word, country, giver is not None, name or text[start:end], start, actor, head.type)
            groups.append(group)
        group.mentions.append(Mention(text[start:end], start, end, "description"))
        group.phrases.add(phrase.lower())
    return [
        (g.start, Entity(id="", name=g.name, type=g.type, mentions=g.mentions, actor=g.actor, named=False))
        for g in groups
    ]


#: ``only`` values of the heads a quote's source may make an actor of (:func:`add_speaker_actor`):
#: the vague speakers and the ``quote`` rows, which are actors only there ("the commission said")
_QUOTE_SOURCE_ONLY = frozenset({"", "speaker", "quote", "familiar", "det"})


def add_speaker_actor(tok: Token, index, part_of: Optional[Token] = None, cue: Optional[Token] = None) -> Optional[str]:
    """The unnamed actor a quote's source makes, added to ``index``: its id, or None.

    The quote stage calls this for the head of a source that no entity covers and that its
    rules resolved to nothing ("the commission said", "the moderator asked", "all of the
    candidates said"). ``speaker`` and ``quote`` rows (``quote`` rows are made only here) need a
    verb of saying or a clause of what was said, as for any vague speaker ("people want cheaper
    drugs" is no speech). The checks of any unnamed actor apply (a head, not a modifier or a
    predicate; not a spokesman of a named organisation; not "the congressman" a named person
    fits; for a source, a title only), and a definite phrase or an institution joins the last
    actor of its head word.
    Shares and works (``share``, ``finding`` rows) have rules of their own: never here.
    ``part_of``: the word whose group ``tok`` is ("all" of "all of the candidates said"), which
    speaks for it. ``cue``: the quote's cue; a cue that reports words or thoughts
    (:func:`_reports`) is the verb of saying wherever the parse hung the source ("After saying
    he was nervous, the man ...", "has been criticized by some of his rivals"). A possessive "his"/"her" may own the phrase ("his aides said"; not "its
    troops", "their forces", "my supporters").
    """
    head = unnamed_heads().get(tok.lower_)
    if head is None or head.only not in _QUOTE_SOURCE_ONLY:
        return None
    entities = index.entities
    named = _Named([e for e in entities if e.named])
    owners = [c.lower_ for c in tok.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS]
    owned = all(w in ("his", "her") for w in owners)  # (not "its troops", "my supporters")
    if not _is_head(tok, named, owned) or head.only == "det" and _restricted(tok, "det", named) or names_an_organisation(tok, named):
        return None
    speaker = part_of if part_of is not None else tok
    if head.only in ("speaker", "quote") and _restricted(speaker, "speaker", named) and not _cue_speaks(cue, speaker, named):
        return None  # a vague group speaks with a verb of saying ("wants", "hailed" are events), not "candidates like Ann Roe"
    if any(c.dep_ in ("neg", "preconj") or c.lower_ in ("not", "neither", "nor") for c in tok.children):
        return None  # "Not everyone was claiming", "Neither company would comment": nobody in particular
    if head.type == "PERSON" and any(c.dep_ in ("relcl", "acl") for c in tok.children) and any(c.lower_ == "the" for c in tok.children):
        return None  # "the man who built his career on ...": someone the text names, re-described
    country, giver, why = own_country(tok, named)
    if head.borrow and giver is not None and giver.type == "ORG":
        return None  # "a spokesman for the Foreign Ministry": the organisation speaks
    word = tok.lower_
    start, end = (tok.idx, tok.idx + len(tok.text)) if word in _QUANTIFIERS else _mention_span(tok, named)
    text = doc_text(tok.doc)  # cached per Doc (Doc.text joins every token again on each access)
    mods = [c.left_edge.idx for c in tok.children if c.dep_ in _MODIFIER_DEPS and c.i < tok.i and word not in _QUANTIFIERS]
    phrase = _strip_article(text[min([start] + mods) : end])
    phrase = phrase[phrase.rfind("\n") + 1 :]
    mention = Mention(text[start:end], start, end, "description")
    joined = _joined_actor(entities, word, tok, phrase)
    if joined is None and _fitted_by_named(tok, head, named, [e for e in entities if e.named], quote_source=True):
        return None
    if joined is not None:
        joined.mentions.append(mention)
        index.add_mention(mention.start, mention.end, joined.id)
        return joined.id
    sector, sector_why = sector_of(head, word, giver, _of_campaign(tok), body_of(tok, unnamed_heads()), _employer(tok, named, giver))
    if country is None and giver is None:
        found = country_counts(tok.doc, [e for e in entities if e.named])
        starts = [s.start for s in sentences(tok.doc)]
        country, why = fallback_country(tok, bisect.bisect_right(starts, tok.i) - 1, found, sector, _vague(word, head))
    actor = Actor(country=country, sector=sector, basis=[f"unnamed actor '{mention.text}' (the source of a quote)", sector_why, why])
    ent = Entity(id=f"e{len(entities) + 1}", name=phrase or mention.text, type=head.type, mentions=[mention], actor=actor, named=False)
    index.add_entity(ent)
    return ent.id


def _cue_speaks(cue: Optional[Token], speaker: Token, named: _Named) -> bool:
    """Whether a quote's cue makes ``speaker`` one who speaks where the parse hung it elsewhere:
    a verb that reports words or thoughts (:func:`_reports`), not a participle that describes
    the group ("Progressive groups encouraging her to run": the outlet's characterisation), nor
    for "candidates like Ann Roe"."""
    if cue is None or not _reports(cue) or _like_named(speaker, named):
        return False
    return not (cue.dep_ in ("acl", "relcl") and cue.head.i == speaker.i)


def _joined_actor(entities: list[Entity], word: str, tok: Token, phrase: str) -> Optional[Entity]:
    """The unnamed actor named before ``tok`` that this phrase names again (as :func:`_join`:
    a definite phrase, an institution or the same words; never "a"/"another" ...)."""
    if any(c.dep_ in ("det", "nummod", "amod") and c.lower_ in _NEW_REFERENT for c in tok.children):
        return None
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)
    for ent in reversed(entities):
        if ent.named or not ent.mentions or ent.mentions[0].start >= tok.idx:
            continue
        if ent.mentions[-1].text.lower().split()[-1:] != [word]:
            continue
        same = phrase.lower() == ent.name.lower()
        described = unnamed_heads()[word].only in _SPEAKS_ONLY and any(c.dep_ in (*_MODIFIER_DEPS, "nummod", "quantmod") and c.i < tok.i for c in tok.children)
        return ent if same or (definite or ent.type == "ORG") and not described else None  # ("the GOP leaders" after "Democratic leaders": another)
    return None


#: the bases of a count of people ("four in 10", "three out of 10")
_COUNT_BASES = frozenset(lexicons.entity_words("count_base"))


def add_count_actor(tok: Token, index) -> Optional[str]:
    """'About four in 10 said', 'six in 10 said': a count of unnamed people ("N in 10", the
    share of a poll's respondents) that is the subject of a quote's cue, added to ``index`` as
    an unnamed group of its own (never joined to another); its id, or None. Not one that
    counts a named group ("four in 10 Republicans", "six in 10 of them": the group speaks)."""
    if not tok.like_num or tok.dep_ not in ("nsubj", "nsubjpass") or tok.ent_type_ not in ("", "CARDINAL"):
        return None
    quant = [c for c in tok.children if c.dep_ == "quantmod"]  # the parser's "four in 10": "10" with "four" and "in" before it
    if len(quant) >= 2 and quant[-1].lower_ == "in" and quant[-2].like_num and tok.lower_ in _COUNT_BASES:
        if any(c.i > tok.i for c in tok.children):
            return None
        return _count_entity(tok.doc, quant[-2].idx, tok.idx + len(tok.text), index)
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i), None)
    base = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None and prep.lower_ in ("in", "of") else None
    if prep is not None and prep.lower_ == "out":
        inner = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        base = next((o for o in inner.children if o.dep_ == "pobj"), None) if inner is not None else None
    if base is None or base.lower_ not in _COUNT_BASES or any(True for _ in base.children) or any(c.i > base.i for c in tok.children):
        return None
    return _count_entity(tok.doc, tok.idx, base.idx + len(base.text), index)


def _count_entity(doc: Doc, start: int, end: int, index) -> str:
    """The unnamed group of a count of people over characters ``[start, end)``, added to ``index``."""
    span = doc.char_span(start, end, alignment_mode="expand")  # (not doc.text: spaCy rebuilds it on every access)
    mention = Mention(span.text, start, end, "description")
    actor = Actor(country=None, sector=None, basis=[f"unnamed actor '{mention.text}' (the source of a quote)",
                                                    "no sector: a count of people", "no country: a count of people"])
    ent = Entity(id=f"e{len(index.entities) + 1}", name=mention.text, type="NORP", mentions=[mention], actor=actor, named=False)
    index.add_entity(ent)
    return ent.id


def work_mention(tok: Token, index) -> Optional[tuple[int, int, str]]:
    """``(start, end, name)`` of a work a quote's source names with no maker ("a legal opinion
    concluded", "according to the summary", "in the latest poll"): the head of a phrase (not a
    modifier or predicate; not "no poll", "as a statement", a capital inside a sentence) that no
    named entity's mention covers, whose phrase names nobody who made it (as for a ``finding``
    row: no name before the head, no possessive, no name of a maker's type after it), else None."""
    named = _Named([e for e in index.entities if e.named])
    if tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod", "attr", "npadvmod", "nummod") or named.token(tok) is not None:
        return None
    if tok.text[:1].isupper() and not tok.is_sent_start or tok.dep_ == "pobj" and tok.head.lower_ in _ROLE_PREPS:
        return None
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _NOT_ACTOR or c.dep_ == "neg" for c in tok.children):
        return None  # "his statement" (its owner's), "no poll", "any report"
    clause = {t.i for c in tok.children if c.dep_ in ("acl", "relcl") and c.i > tok.i for t in c.subtree}
    if any(named.token(t) is not None for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i for t in c.subtree) \
            or any((e := named.token(t)) is not None and e.type not in _NO_MAKERS for t in tok.subtree if t.i not in clause):
        return None  # (a name in a clause on it is no maker: "an email obtained by X", the quote stage's makers came first)
    start, end = _mention_span(tok, named)
    span = tok.doc.char_span(start, end)  # (not doc.text: spaCy rebuilds it on every access)
    return (start, end, _strip_article(span.text)) if span is not None else None
