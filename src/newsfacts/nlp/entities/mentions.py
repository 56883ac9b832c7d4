"""Candidate mentions: the names after titles, the model's entities and missed nationalities.

The small model's usual slips around titles are repaired here: an entity that lies inside
title words is dropped ("Defense" of "Defense Minister"), one that starts with title words
keeps only the part after them, and a demonym the model tagged as a place or a person
("Sri Lankan" as GPE) is a nationality. Every mention keeps exact character offsets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span

from ... import lexicons
from ...lexicons import countries
from ..text import doc_text, last_doc, sentences, token_table
from .headline import Headline
from .org_place_after import country_after, medium_word_after
from .names import capital_name, known_person_name, place_or_organisation
from .dash_names import split_dashed_names
from .possessives import split_possessives
from .titles import POSSESSIVES, TitleMatch

_POSSESSIVE_RE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_LEADING_DET_RE = re.compile(r"^(?:the|The|THE)\s+")
_LEADING_DASH_RE = re.compile(r"^[-\u2012\u2013\u2014\u2015]+\s*(?=[A-Z])")  # hyphen, figure dash, en, em, horizontal bar


@dataclass
class Candidate:
    """A mention under construction: where it is, what it says, how it was found.

    ``kind`` is the record's mention kind (name, title_name, surname, first_name,
    description, acronym); ``name_tokens`` the words of a person's name; ``title`` the
    title it came with; ``sent`` its sentence index; ``pre_country`` the country named
    just before an organisation ("Ivory Coast's Supreme Court", "Iraqi" before it);
    ``gender`` "F" or "M" when an honorific ("Mrs. Clinton") or a gendered title
    ("Congresswoman Waters") names it, and ``honorific`` True after an honorific.
    ``person_cue`` is True for a name the model tagged an organisation, place or work of art
    that the syntax treats as a person (:func:`person_cue`; re-read in :mod:`.relabel`).
    """

    start: int
    end: int
    text: str
    label: str
    kind: str = "name"
    name_tokens: tuple[str, ...] = ()
    title: Optional[TitleMatch] = None
    sent: int = 0
    pre_country: Optional[str] = None
    gender: Optional[str] = None
    honorific: bool = False
    person_cue: bool = False


class TakenRanges(list):
    """Character ranges taken by earlier mentions (a list of ``(start, end)``), with an
    overlap test by position (a walk over every range for each mention was quadratic on
    long texts; same answers)."""

    def __init__(self):
        super().__init__()
        self.positions: set[int] = set()
        self.empty: list[tuple[int, int]] = []

    def append(self, span: tuple[int, int]) -> None:
        """Take ``span``; an empty or reversed range is kept apart and tested by walking."""
        s, e = span
        super().append(span)
        if s < e:
            self.positions.update(range(s, e))
        else:
            self.empty.append(span)

    def overlaps(self, s: int, e: int) -> bool:
        """Some taken ``(ts, te)`` has ``s < te and ts < e``."""
        if s >= e:
            return any(s < te and ts < e for ts, te in self)
        return any(p in self.positions for p in range(s, e)) or any(s < te and ts < e for ts, te in self.empty)


class CoverSet:
    """Sorted intervals with an overlap test (looks back over the three nearest starts)."""

    def __init__(self, intervals: list[tuple[int, int]]):
        self.iv = sorted(intervals)
        self.starts = [s for s, _ in self.iv]

    def overlaps(self, s: int, e: int) -> bool:
        """True when one of the nearest intervals starting before ``e`` overlaps ``[s, e)``."""
        k = bisect.bisect_left(self.starts, e)
        for j in range(max(0, k - 3), k):
            ts, te = self.iv[j]
            if ts < e and s < te:
                return True
        return False


def strip_mention(text: str, start: int) -> tuple[str, int, int]:
    """Drop a leading "the", a byline's dash ("-Nate Cohn"), a leading word that starts no name ("Without Bloomberg",
    ``lead_stop`` in ``entity_words.tsv``), a trailing possessive, an unclosed bracket and what
    follows it, and trailing quote marks;
    return (text, start, end)."""
    m = _LEADING_DET_RE.match(text)
    if m:
        start += m.end()
        text = text[m.end():]
    dash = _LEADING_DASH_RE.match(text)
    if dash:  # a byline after a quote: "-Nate Cohn", "— Ann Roe"
        start += dash.end()
        text = text[dash.end():]
    first, _, rest = text.partition(" ")
    if rest[:1].isupper() and first.lower() in lexicons.entity_words("lead_stop"):
        start += len(first) + 1
        text = rest
    pm = _POSSESSIVE_RE.search(text)
    if pm and len(text) > pm.end() - pm.start():
        text = text[: pm.start()]
    paren = text.find(" (")
    if paren > 0 and ")" not in text[paren:]:
        text = text[:paren]  # "Federal Bureau of Investigation (FBI": the model ran into the bracket
    text = text.rstrip(" ,;:'\"\u2018\u2019\u201c\u201d")
    if text.endswith(".") and not re.search(r"(?:^|[\s.])[A-Za-z]\.$", text):
        text = text[:-1]  # a sentence stop, not an abbreviation ("D.C.", "U.S.")
    if not any(ch.isalnum() for ch in text):
        return "", start, start  # only a dash and a space the model tagged ("―\xa0" before a byline)
    return text, start, start + len(text)


@last_doc
def sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token of ``doc`` (once per Doc; not to be changed)."""
    idx = [0] * len(doc)
    for k, s in enumerate(sentences(doc)):
        for i in range(s.start, s.end):
            idx[i] = k
    return idx


def name_words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of a name."""
    return tuple(w for w in re.split(r"\s+", text.strip()) if w)


def find_mentions(doc: Doc, titles: list[TitleMatch], sent_of: list[int]) -> tuple[list[Candidate], list[Candidate]]:
    """The candidate mentions of ``doc``: (persons, others), each in the order found.

    Args:
        doc: the parsed document.
        titles: its titles (:func:`find_titles`).
        sent_of: the sentence number of each token (:func:`sentence_index`).

    Returns:
        Person mentions (names after titles first, then the model's PERSON entities) and the
        other mentions (organisations, places, nationalities, works of art to re-read).
    """
    title_tokens: set[int] = set()  # entities inside title words are NER slips
    for t in titles:
        title_tokens.update(range(t.start, t.end))
    taken = TakenRanges()
    headline = Headline(doc, doc_text(doc))
    persons = _title_names(doc, titles, sent_of, taken, headline)
    ner_persons, others = _model_entities(doc, titles, title_tokens, sent_of, taken, headline)
    persons.extend(ner_persons)
    others.extend(_missed_nationalities(doc, titles, sent_of, taken))
    others.extend(_missed_countries(doc, titles, sent_of, taken))
    persons.extend(_missed_people(doc, titles, sent_of, taken))
    return persons, others


def _title_names(doc: Doc, titles: list[TitleMatch], sent_of: list[int], taken: TakenRanges, headline: Headline) -> list[Candidate]:
    """Names after titles ("Secretary of State Antony Blinken") and before appositive titles
    (in a Title Case headline, only the words the body names: :meth:`~.headline.Headline.name_end`)."""
    text = doc_text(doc)
    persons: list[Candidate] = []
    for t in titles:
        span_tokens = t.name or t.appositive_of
        if span_tokens is None:
            continue
        ns, ne = span_tokens
        ne = headline.name_end(ns, ne)
        if ne is None:
            continue
        name_span = doc[ns:ne]
        name_text, s, e = strip_mention(name_span.text, name_span.start_char)
        if not name_text:
            continue
        if t.name and t.name[0] == t.end:  # "Minister Gantz": the title is part of the mention
            m_start = doc[t.start].idx
            kind = "title_name"
        else:
            m_start = s
            kind = "name"
        gender = lexicons.gender_words("title").get(t.key)
        persons.append(Candidate(m_start, e, text[m_start:e], "PERSON", kind, name_words(name_text), t, sent_of[ns], gender=gender))
        taken.append((min(m_start, s), e))
    return persons


def _model_entities(
    doc: Doc, titles: list[TitleMatch], title_tokens: set[int], sent_of: list[int], taken: TakenRanges, headline: Headline
) -> tuple[list[Candidate], list[Candidate]]:
    """The model's entities, minus those inside titles or already taken, and those of a Title
    Case headline refitted to the body's names (:class:`~.headline.Headline`): (persons, others)."""
    persons: list[Candidate] = []
    others: list[Candidate] = []
    # "Fox News’ Megyn Kelly", "Keith Scott - Brentley Vinson": two names each
    ents = split_dashed_names(doc, split_possessives(doc, doc.ents))
    ents_ending = {ent.end: ent for ent in ents}
    party_affiliations = party_affiliation_spans(titles)
    for ent in ents:
        ent = headline.refit(ent)
        if ent is None or ent.label_ not in lexicons.entity_labels("entity") and ent.label_ not in lexicons.entity_labels("relink"):
            continue
        ent = without_leading_verb(doc, ent)
        if all(i in title_tokens for i in range(ent.start, ent.end)):
            continue
        etext, s, e = strip_mention(ent.text, ent.start_char)
        if not etext or taken.overlaps(s, e):
            continue
        if any(i in title_tokens for i in range(ent.start, ent.end)):
            # partly a title: keep only the part after the title words
            first_free = ent.start
            while first_free < ent.end and first_free in title_tokens:
                first_free += 1
            if first_free >= ent.end:
                continue
            sub = doc[first_free : ent.end]
            etext, s, e = strip_mention(sub.text, sub.start_char)
            if not etext:
                continue
        if ent.label_ == "NORP" and ((s, e) in party_affiliations or describes_person(doc, ent)):
            continue  # "Republican Sen. John McCain": the party is the person's affiliation, not an entity
        label = ent.label_
        if label != "NORP" and countries.demonym_country(etext) and not countries.country_codes(etext):
            label = "NORP"  # "Sri Lankan" tagged GPE, "Ugandan" tagged PERSON: a nationality
        if label == "PERSON" and len(name_words(etext)) == 1 and is_party_name(etext):
            label = "ORG"  # "Labour" tagged PERSON
        gender = honorific_gender(doc, ent.start)
        if gender and label in lexicons.entity_labels("surname_slip") and len(name_words(etext)) == 1 and not countries.country_codes(etext):
            label = "PERSON"  # "Mrs. Kovner" tagged GPE: a name after an honorific is a person
        if label == "ORG" and ent.start > 0 and not doc[ent.start - 1].ent_type_ and is_party_name(doc[ent.start - 1].text) \
                and doc[ent.start - 1].text[:1].isupper() and not taken.overlaps(doc[ent.start - 1].idx, s):
            s = doc[ent.start - 1].idx  # "Republican National Committee" with "Republican" left out
            etext = doc_text(doc)[s:e]
        if label in ("ORG", "PERSON", "WORK_OF_ART") and (after := medium_word_after(doc, ent.end)) is not None:
            label, e = "ORG", after.idx + len(after.text)  # "Time magazine": only "Time" tagged
            etext = doc_text(doc)[s:e]
        if label == "GPE" and pollster_before_poll(doc, ent, etext):
            label = "ORG"  # "a Monmouth poll": the pollster, not the town
        given = given_name_before(doc, ent, title_tokens) if label in lexicons.entity_labels("surname_slip") else None
        if given is not None and len(name_words(etext)) == 1 and not taken.overlaps(given.idx, s):
            label, etext, s = "PERSON", doc_text(doc)[given.idx : e], given.idx  # "Kenzo Oshima, the UN coordinator"
        if label == "PERSON":
            persons.append(
                Candidate(s, e, etext, "PERSON", "name", name_words(etext), None, sent_of[ent.start], gender=gender, honorific=gender is not None)
            )
        else:
            m = Candidate(s, e, etext, label, "name", (), None, sent_of[ent.start])
            m.person_cue = label in lexicons.entity_labels("person_slip") and person_cue(doc, ent, etext, sent_of)
            if label in ("ORG", "FAC"):
                m.pre_country = country_before(doc, ent.start, ents_ending) or (country_after(doc, ent.start, ent.end) if label == "ORG" else None)
            others.append(m)
        taken.append((s, e))
    return persons, others


#: The dashes that end a dateline ("ROME - ", "WASHINGTON — ").
_DATELINE_DASHES = ("-", "\u2013", "\u2014", "--")


def without_leading_verb(doc: Doc, ent: Span) -> Span:
    """The name without a verb the model took into it at its start ("Telling Jeb Bush to quit",
    "Praising Donald Trump, ..."): a first word the tagger reads as a verb, before two or more
    words of the name; nor with a dateline before it ("ROME - Bernie Sanders": capitals and a
    dash at the start of a sentence); else the entity unchanged."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 3:
        return ent
    dash = next((t.i for t in ent[1:-1] if t.text in _DATELINE_DASHES), None)
    if dash is not None and all(t.text.isupper() for t in doc[ent.start:dash]) and ent[0].is_sent_start:
        return Span(doc, dash + 1, ent.end, label=ent.label_)  # "ROME - Bernie Sanders": a dateline
    first = ent[0]
    if first.pos_ != "VERB" or first.tag_ not in ("VBG", "VBD", "VBN", "VB") or not ent[1].text[:1].isupper():
        return ent
    return Span(doc, ent.start + 1, ent.end, label=ent.label_)


def _capitalised_untagged(doc: Doc) -> list:
    """The tokens of ``doc`` that start with a capital and that the model tagged nothing, in
    order, found on the cached token table (no Token made for the other words)."""
    words, _, tagged = token_table(doc)
    return [doc[i] for i, w in enumerate(words) if w[:1].isupper() and not tagged[i]]


def _missed_nationalities(doc: Doc, titles: list[TitleMatch], sent_of: list[int], taken: TakenRanges) -> list[Candidate]:
    """Nationalities the NER missed ("Lithuanian officials"): a capitalised demonym outside
    every entity and title is a NORP mention."""
    found: list[Candidate] = []
    cover = CoverSet(taken + [(doc[t.start].idx, doc[t.end - 1].idx + len(doc[t.end - 1].text)) for t in titles])
    for tok in _capitalised_untagged(doc):
        if not tok.text[:1].isupper() or tok.pos_ not in ("ADJ", "PROPN", "NOUN") or tok.ent_type_:
            continue
        if countries.demonym_country(tok.text) and not cover.overlaps(tok.idx, tok.idx + len(tok.text)):
            found.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text, "NORP", "name", (), None, sent_of[tok.i]))
            taken.append((tok.idx, tok.idx + len(tok.text)))
    return found


def _missed_countries(doc: Doc, titles: list[TitleMatch], sent_of: list[int], taken: TakenRanges) -> list[Candidate]:
    """Countries and capitals the NER missed ("shelled by Kyiv", "Moscow accused Kyiv"): a
    capitalised one-word proper noun outside every entity and title, not part of a longer name
    ("the Kyiv Post"), whose word is a country's or a capital's name is a place (GPE) mention."""
    found: list[Candidate] = []
    cover = CoverSet(taken + [(doc[t.start].idx, doc[t.end - 1].idx + len(doc[t.end - 1].text)) for t in titles])
    for tok in _capitalised_untagged(doc):
        if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper() or len(tok.text) < 4:
            continue
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
            continue  # a word of a longer name
        if not (countries.country_codes(tok.text) or capital_name(tok.text)):
            continue
        if tok.text.lower() in lexicons.gender_words("first_name") or tok.text.lower() in lexicons.entity_words("given_name_place"):
            continue  # "Chad", "Jordan", "Victoria": also first names
        if not cover.overlaps(tok.idx, tok.idx + len(tok.text)):
            found.append(Candidate(tok.idx, tok.idx + len(tok.text), tok.text, "GPE", "name", (), None, sent_of[tok.i]))
            taken.append((tok.idx, tok.idx + len(tok.text)))
    return found


def _missed_people(doc: Doc, titles: list[TitleMatch], sent_of: list[int], taken: TakenRanges) -> list[Candidate]:
    """Known people the NER missed ("Merkel met Macron"): an untagged capitalised proper noun,
    with the untagged proper nouns before it in its name, outside every entity and title, that
    ``people.tsv`` lists as a full name or a surname (never a country, capital, state,
    nationality or organisation's name) is a person mention."""
    found: list[Candidate] = []
    cover = CoverSet(taken + [(doc[t.start].idx, doc[t.end - 1].idx + len(doc[t.end - 1].text)) for t in titles])
    for tok in _capitalised_untagged(doc):
        if tok.ent_type_ or not tok.text[:1].isupper() or tok.text.isupper() or tok.dep_ == "compound":
            continue  # "PENCE:" is a transcript label (read by speaking.py)
        if tok.pos_ != "PROPN" and not _surname_tagged_noun(tok):
            continue
        first = tok
        while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and not doc[first.i - 1].ent_type_ and doc[first.i - 1].head.i == tok.i:
            first = doc[first.i - 1]
        name = doc[first.i:tok.i + 1].text
        if not known_person_name(name):
            continue
        s, e = first.idx, tok.idx + len(tok.text)
        if not cover.overlaps(s, e):
            found.append(Candidate(s, e, name, "PERSON", "name", name_words(name), None, sent_of[tok.i],
                                   gender=honorific_gender(doc, first.i)))
            taken.append((s, e))
    return found


def _surname_tagged_noun(tok) -> bool:
    """True for a capitalised word the tagger took for a common noun that stands as a clause's
    subject or object ("Trump attacked Senator Bob Corker": "Trump" NOUN at a sentence's start),
    unless the word is also a common word (``surname_common_word`` in ``entity_words.tsv``:
    "Bush", "Moon", "Park")."""
    return (tok.pos_ == "NOUN" and tok.dep_ in _ARGUMENT_DEPS and not any(c.dep_ == "det" for c in tok.children)
            and tok.lower_ not in lexicons.entity_words("surname_common_word"))


#: The dependencies of a name that is a clause's participant, for :func:`_surname_tagged_noun`.
_ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss"))


def pollster_before_poll(doc: Doc, ent: Span, etext: str) -> bool:
    """True when a place entity right before a poll noun (``poll_noun`` in ``entity_words.tsv``:
    "a Monmouth poll", "the latest Quinnipiac survey") is a pollster: no country, capital,
    territory, US state or province (the poll of "a Florida poll" is of Florida)."""
    if ent.end >= len(doc) or doc[ent.end].lower_ not in lexicons.entity_words("poll_noun"):
        return False
    return not (countries.any_country(etext) or countries.territory_country(etext) or countries.us_state_name(etext)
                or countries.place_codes(etext, abbreviation=True))


def given_name_before(doc: Doc, ent: Span, title_tokens: set[int]):
    """The untagged given name before a one-word place or organisation that the syntax makes
    a person ("Kenzo Oshima, the UN coordinator, said": the model tagged "Oshima" a place), or
    None. The word before is a capitalised proper noun compounded to the entity, tagged
    nothing, no title, place or organisation; and the entity has an appositive common noun
    ("the UN coordinator") or a description with an article ("the United Nations Emergency
    Relief Coordinator") or is the subject of a saying verb (``saying_verb`` in
    ``entity_words.tsv``)."""
    if ent.start == 0 or len(ent) != 1:
        return None
    prev, root = doc[ent.start - 1], ent.root
    if prev.ent_type_ or prev.i in title_tokens or prev.pos_ != "PROPN" or prev.dep_ != "compound" or prev.head.i != root.i:
        return None
    if not (prev.text[:1].isupper() and prev.text[1:].islower() and prev.text.isalpha()):
        return None
    if place_or_organisation(prev.text) or (ent.start > 1 and doc[ent.start - 2].lower_ == "the"):
        return None
    appos = any(c.dep_ == "appos" and c.i > root.i and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and any(
        d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children)) for c in root.children)
    says = root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in lexicons.entity_words("saying_verb")
    return prev if appos or says else None


def person_cue(doc: Doc, ent: Span, etext: str, sent_of: list[int]) -> bool:
    """True when a name led by a first name of ``entity_gender.tsv`` ("Carly Fiorina") is
    the subject of a saying verb (``saying_verb`` in ``entity_words.tsv``), or when the next
    subject pronoun after it, in its sentence or the next, with no person tagged between, is
    the first name's gender ("... Carly Fiorina. She said"); never after "the". Only the cue:
    :mod:`.relabel` decides."""
    words = etext.split()
    gender = lexicons.gender_words("first_name").get(words[0].lower()) if 2 <= len(words) <= 3 else None
    if gender is None or any(doc[k].lower_ == "the" for k in range(max(0, ent.start - 1), ent.start + 1)):
        return False  # "the Charlotte Hornets said": a person's name takes no article
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in lexicons.entity_words("saying_verb"):
        return True
    pronouns = lexicons.gender_words("pronoun")
    last = sent_of[ent.start] + 1
    for tok in doc[ent.end : min(len(doc), ent.end + 80)]:
        if sent_of[tok.i] > last or tok.ent_type_ == "PERSON":
            return False
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in pronouns:
            return pronouns[tok.lower_] == gender
    return False


def country_before(doc: Doc, start: int, ents_ending: dict[int, Span]) -> Optional[str]:
    """The country named just before an organisation: "Ivory Coast's Supreme Court",
    "the Iraqi air force" (when the NER left the adjective out of the name).

    Args:
        doc: the parsed document.
        start: the token index where the organisation starts.
        ents_ending: the document's entities by the token index they end at.
    """
    k = start
    if k not in ents_ending and k > 0 and doc[k - 1].text in POSSESSIVES:
        k -= 1
    prev = ents_ending.get(k)  # the NER may keep the "'s" inside the country's span
    if prev is not None and prev.label_ in ("GPE", "NORP"):
        codes = countries.country_codes(prev.text) or countries.any_country(prev.text)
        if len(codes) == 1:
            return codes[0]
    if k == start and k > 0 and doc[k - 1].pos_ == "ADJ":
        return countries.demonym_country(doc[k - 1].text)
    return None


def honorific_gender(doc: Doc, i: int) -> Optional[str]:
    """The gender ("F" or "M") of the honorific right before token ``i`` ("Mrs. Clinton",
    "Mr Trump"; ``lexicons/entity_gender.tsv``), or None when there is none."""
    if i <= 0:
        return None
    honorifics = lexicons.gender_words("honorific")
    prev = doc[i - 1]
    if prev.text == "." and i >= 2:
        prev = doc[i - 2]
        return honorifics.get(prev.lower_ + ".")
    if not prev.text[:1].isupper():
        return None
    return honorifics.get(prev.lower_)


def party_affiliation_spans(titles: list[TitleMatch]) -> set[tuple[int, int]]:
    """The character spans of the party names that are a title's affiliation ("Republican"
    in "Republican Sen. John McCain"): those are part of a role, not entities."""
    return {(t.affiliation.start, t.affiliation.end) for t in titles if t.affiliation and t.affiliation.sector == "PTY" and t.affiliation.org}


def is_party_name(text: str) -> bool:
    """True when ``text`` names a known political party (``organisations.tsv``, sector PTY)."""
    org = lexicons.organisations().get(lexicons.name_key(text))
    return org is not None and org["sector"] == "PTY"


def describes_person(doc: Doc, ent: Span) -> bool:
    """True when a party adjective describes the person named right after it: "Republican
    Christine Whitman", "Democratic presidential front-runner Hillary Clinton" (up to five
    lower-case nouns, adjectives and hyphens between), not "Republican voters like Trump"."""
    if not is_party_name(ent.text):
        return False
    j = ent.end
    while j < len(doc) and j - ent.end < 5 and not doc[j].ent_type_ and (
        doc[j].text == "-" or (doc[j].pos_ in ("NOUN", "ADJ") and doc[j].text[:1].islower())
    ):
        j += 1  # "presidential front - runner"
    return j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B"
