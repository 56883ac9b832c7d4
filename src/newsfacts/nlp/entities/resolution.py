"""Resolution of people within one article: clusters of person mentions, surname linking,
"<Surname> administration", roles, and descriptions ("the Israeli Defense Minister").

The steps run in this order (see :func:`newsfacts.nlp.entities.extract_entities`):

1. :func:`cluster_persons`: full names first, then single words (surname, else a first name
   used as if it were a surname: "Secretary Lloyd" joins Lloyd Austin);
2. :func:`link_surnames`: a single word the model gave another label, or missed, that is a
   known person's surname joins that person (among people who share a surname, the one
   :func:`~.namesakes.choose_namesake` picks: gender, title, salience, noted on the person);
3. :func:`split_administrations`: "<Surname> administration" becomes an organisation;
4. :func:`assign_roles`: one role per office a person holds in the text;
5. :func:`resolve_descriptions`: a description joins the one person it fits, or the one
   named last before it in its paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

from ... import lexicons
from ...schema import Role
from ..text import token_table
from .mentions import Candidate, CoverSet, honorific_gender, name_words
from .names import outlet_in_context
from .namesakes import choose_namesake, same_gender, title_head
from .pronouns import PronounEvidence, pronoun_gender
from .titles import TitleMatch

_PARA_RE = re.compile(r"\n\s*\n|\n")


@dataclass
class Cluster:
    """The mentions of one entity, and what resolution learnt about it.

    ``key`` identifies the entity within the article (a person's fullest name, "org:...",
    "country:ISR", ...); ``org`` is the organisations.tsv row of a known organisation, or
    ``{"person": cluster}`` for a government named after a person; ``codes`` the ISO3
    countries a place or nationality may denote; ``first``/``last`` a person's first name
    and surname.
    """

    label: str
    mentions: list[Candidate] = field(default_factory=list)
    key: str = ""
    roles: list[Role] = field(default_factory=list)
    titles: list[TitleMatch] = field(default_factory=list)
    org: Optional[dict] = None
    codes: tuple[str, ...] = ()
    first: Optional[str] = None
    last: Optional[str] = None
    pronoun: Optional[str] = None
    notes: list[str] = field(default_factory=list)

    @property
    def gender(self) -> Optional[str]:
        """A person's gender from their own evidence: the honorifics and gendered titles of
        their mentions ("Mrs.", "Congresswoman"), else their first name
        (``lexicons/entity_gender.tsv``), else, as weak evidence, the pronouns that refer to
        them unambiguously (``pronoun``, :mod:`.pronouns`); None when there is none or the
        strongest kind conflicts."""
        said = {m.gender for m in self.mentions if m.gender}
        if not said and self.first:
            first = lexicons.gender_words("first_name").get(self.first.lower())
            said = {first} if first else set()
        if not said and self.pronoun:
            said = {self.pronoun}
        return said.pop() if len(said) == 1 else None

    @property
    def start(self) -> int:
        """Where the first mention starts."""
        return min(m.start for m in self.mentions)


def _titled(m: Candidate) -> bool:
    """True when the mention's span starts with its title ("Minister Gantz")."""
    return bool(m.title and m.title.name and m.title.name[0] == m.title.end)


def cluster_persons(persons: list[Candidate], pronouns: Optional[PronounEvidence] = None) -> list[Cluster]:
    """Group person mentions: full names by surname and compatible first name, then single
    words as a surname, else as a first name (among several people who fit, the one
    :func:`~.namesakes.choose_namesake` picks, with a note on the person).
    The gender single words must agree with (:func:`same_gender`) may come from ``pronouns``
    that refer to a full name unambiguously (:func:`~.pronouns.pronoun_gender`)."""
    clusters: list[Cluster] = []
    full = [m for m in persons if len(m.name_tokens) >= 2]
    single = [m for m in persons if len(m.name_tokens) == 1]
    for m in sorted(full, key=lambda m: m.start):
        first, last = m.name_tokens[0], m.name_tokens[-1]
        if lexicons.family_name_first(m.name_tokens):
            first, last = last, first  # "Park Geun-hye": Park is the surname
        # "bin Laden", "Bin Laden", "de Blasio": the surname alone, no first name
        particle = first[:1].islower() or first.lower() in lexicons.entity_words("name_particle")
        match = None
        for c in clusters:
            if c.last == last and (particle or c.first == first or c.first is None or (len(first) <= 2 and first[0] == (c.first or " ")[0])):
                match = c
                break
            if c.last == last and _name_suffix(list(m.name_tokens), c.key.split()):
                match = c  # "Peña Nieto" after "Enrique Peña Nieto": a two-word surname, one person
                break
            if c.last == last and same_listed_person(" ".join(m.name_tokens), c.key):
                match = c  # "Jeb Bush" after "John Ellis Bush": two name forms of one people.tsv entry
                break
        if match is None:
            match = Cluster("PERSON", key=" ".join(m.name_tokens), first=None if particle else first, last=last)
            clusters.append(match)
        elif len(m.name_tokens) > len(match.key.split()):
            match.key = " ".join(m.name_tokens)
        if match.first is None and not particle:
            match.first = first
        m.kind = "title_name" if _titled(m) else "name"
        match.mentions.append(m)
    if pronouns is not None and pronouns.starts:
        everyone = sorted((m.start, id(m)) for m in persons)
        for c in clusters:
            if c.gender is None:  # read only where the stronger evidence says nothing
                c.pronoun = pronoun_gender(pronouns, c.mentions, everyone)
    for m in sorted(single, key=lambda m: m.start):
        word = m.name_tokens[0]
        cands = [c for c in clusters if c.last == word or ((c.last or "").endswith(word) and bare_surname(c.last) == word)]  # "Assad": "al-Assad"
        kind = "surname"
        if not same_gender(cands, m.gender):  # "Mr. Xi" is Xi Jinping
            cands = [c for c in clusters if c.first == word and c.first != c.last]
            kind = "first_name"
        c = None
        if cands:
            c, note = choose_namesake(cands, m.start, m.gender, m.title)
            if note:
                c.notes.append(f"'{m.text}' at {m.start}: {note}")
        if c is None:
            c = Cluster("PERSON", key=word, first=None, last=word)
            clusters.append(c)
            kind = "surname"
        m.kind = "title_name" if _titled(m) else kind
        c.mentions.append(m)
    return clusters


def same_listed_person(name: str, other: str) -> bool:
    """Whether two full names are name forms of one ``people.tsv`` entry ("Jeb Bush", "John
    Ellis Bush")."""
    listed = lexicons.people()["name"]
    entry = listed.get(name.lower())
    return entry is not None and entry == listed.get(other.lower())


def _name_suffix(short: list[str], full: list[str]) -> bool:
    """Whether a name of two words or more ends a longer name named before it ("Peña Nieto"
    after "Enrique Peña Nieto"): a compound surname written alone, not another person. (Not the
    other way round: a longer name after a shorter one is as often a capitalised word run into
    it, "Telling Jeb Bush".)"""
    return 2 <= len(short) < len(full) and full[-len(short):] == short


def bare_surname(last: Optional[str]) -> Optional[str]:
    """A surname without its Arabic article ("al-Assad" -> "Assad", "El-Sisi" -> "Sisi"), or
    the surname itself."""
    if last and last[:3].lower() in ("al-", "el-") and last[3:4].isupper():
        return last[3:]
    return last


def link_surnames(doc: Doc, clusters: list[Cluster], others: list[Candidate], sent_of: list[int]) -> tuple[list[Candidate], dict[str, Cluster]]:
    """Single words that are a known person's surname join that person: those the model
    gave another label ("Gantz" as ORG) and capitalised ones it missed.

    Returns:
        The other mentions left, and the person clusters by surname (surnames over two letters).
    """
    by_word: dict[str, Cluster] = {}
    for c in clusters:
        if c.last and len(c.last) > 2:
            by_word.setdefault(c.last, c)
            by_word.setdefault(bare_surname(c.last), c)
    remaining: list[Candidate] = []
    for m in others:
        words = name_words(m.text)
        if m.label in lexicons.entity_labels("surname_slip") and len(words) == 1 and words[0] in by_word \
                and not outlet_in_context(doc, token_at(doc, m.start)):
            c = _surname_cluster(clusters, words[0], honorific_gender(doc, token_at(doc, m.start)), m.start, m.text)
            if c is None:
                remaining.append(m)
                continue
            m.label, m.kind, m.name_tokens = "PERSON", "surname", words
            c.mentions.append(m)
        else:
            remaining.append(m)
    if by_word:
        covered = sorted((m.start, m.end) for c in clusters for m in c.mentions) + sorted((m.start, m.end) for m in remaining)
        cov_set = CoverSet(covered)
        words = token_table(doc)[0]
        for tok in (doc[i] for i, w in enumerate(words) if w in by_word):  # no Token made per other word
            c = by_word.get(tok.text)
            if c is None or cov_set.overlaps(tok.idx, tok.idx + len(tok.text)):
                continue
            if not tok.text[:1].isupper() or outlet_in_context(doc, tok.i):
                continue
            gender = honorific_gender(doc, tok.i)
            c = _surname_cluster(clusters, tok.text, gender, tok.idx, tok.text)
            if c is None:
                continue
            c.mentions.append(
                Candidate(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON", "surname", (tok.text,), None, sent_of[tok.i], gender=gender, honorific=gender is not None)
            )
    return remaining, by_word


def token_at(doc: Doc, start: int) -> int:
    """The index of the token that starts at character ``start`` (or holds it)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _surname_cluster(clusters: list[Cluster], word: str, gender: Optional[str], start: int, text: str) -> Optional[Cluster]:
    """The person a lone surname joins (:func:`~.namesakes.choose_namesake`; None when an
    honorific's gender fits no one), with the choice noted on the person."""
    c, note = choose_namesake([c for c in clusters if word in (c.last, bare_surname(c.last))], start, gender)
    if c is not None and note:
        c.notes.append(f"'{text}' at {start}: {note}")
    return c


def split_administrations(
    text: str, clusters: list[Cluster], others: list[Candidate], by_word: dict[str, Cluster]
) -> tuple[list[Cluster], list[Candidate], list[Cluster]]:
    """"<Surname> administration" is an organisation: the government of that person; "the
    Trump campaign", "Trump's campaign", "Sanders supporters" are groups affiliated with
    that person (:func:`split_affiliates`), not mentions of the person.

    Also drops the mentions read only to be re-read (works of art).

    Returns:
        The person clusters left (those with a mention), the other mentions left, and one
        organisation cluster per "<Surname> administration" mention (``org["person"]`` is the
        person's cluster), then one per affiliated group (``org["affiliate_of"]``).
    """
    government = lexicons.entity_words("government")
    relink = lexicons.entity_labels("relink")
    admin: list[tuple[Candidate, Cluster]] = []
    for c in clusters:
        keep = []
        for m in c.mentions:
            after = text[m.end : m.end + 20]
            w = re.match(r"\s+([A-Za-z]+)", after)
            if w and w.group(1).lower() in government and m.kind in ("surname", "name"):
                end = m.end + w.end()
                admin.append((Candidate(m.start, end, text[m.start:end], "ORG", "name", (), None, m.sent), c))
            else:
                keep.append(m)
        c.mentions = keep
    for m in others:
        if m.label in relink:
            w = name_words(m.text)
            if len(w) == 2 and w[1].lower() in government and w[0] in by_word:
                admin.append((Candidate(m.start, m.end, m.text, "ORG", "name", (), None, m.sent), by_word[w[0]]))
    others = [m for m in others if m.label not in relink]
    admin_clusters = []
    for m, person in admin:
        oc = Cluster("ORG", [m], key="admin:" + (person.key or ""))
        oc.org = {"person": person}
        admin_clusters.append(oc)
    affiliates = split_affiliates(text, clusters)
    clusters = [c for c in clusters if c.mentions]
    return clusters, others, admin_clusters + affiliates


_AFFILIATE_RE = re.compile(r"(?:'s|\u2019s|'|\u2019)?\s+([A-Za-z]+)")


def split_affiliates(text: str, clusters: list[Cluster]) -> list[Cluster]:
    """"the Trump campaign", "Trump's campaign", "Sanders supporters": a group affiliated
    with a person is its own entity, and the name in it is no mention of the person (the
    words: ``lexicons/entity_affiliates.tsv``). The person's clusters lose those mentions
    (in place). Only for a person the article names by full name or also outside such
    groups: a lone "Kickstarter campaign" stays as the model read it. An organisation the
    model tagged whole ("the Clinton Foundation", "the Brady Campaign") is left alone: it
    may be named after someone else of the same name.

    Returns:
        One organisation cluster per group and person (``org`` = ``{"affiliate_of": person
        cluster, "head": word, "sector": ...}``), in order of first mention.
    """
    heads = lexicons.entity_affiliates()
    found: list[tuple[Candidate, Cluster, str]] = []
    for c in clusters:
        keep, split = [], []
        for m in c.mentions:
            w = _AFFILIATE_RE.match(text, m.end)
            if w and w.group(1).lower() in heads and m.kind in ("surname", "name", "first_name"):
                split.append((Candidate(m.start, w.end(), text[m.start : w.end()], "ORG", "name", (), None, m.sent), c, w.group(1).lower()))
            else:
                keep.append(m)
        if split and (keep or len(c.key.split()) >= 2):
            c.mentions = keep
            found.extend(split)
    groups: dict[tuple[str, int], Cluster] = {}
    for m, person, head in sorted(found, key=lambda f: f[0].start):
        oc = groups.get((head, id(person)))
        if oc is None:
            oc = groups[(head, id(person))] = Cluster("ORG", [], key=f"affiliate:{head}:{person.key}")
            oc.org = {"affiliate_of": person, "head": head, "sector": heads[head]}
        oc.mentions.append(m)
    return list(groups.values())


def generalisations(key: str) -> set[str]:
    """Keys a description may use for a title ("minister" for "minister of defense"); a
    compound office ("prime minister") has none but itself."""
    out = {key}
    if key.startswith(tuple(w + " " for w in lexicons.entity_words("compound_office"))):
        return out
    out.add(title_head(key))
    return out


def assign_roles(doc: Doc, clusters: list[Cluster]) -> None:
    """Collect each person's titles from its mentions and set its roles (in place)."""
    for c in clusters:
        seen = {(t.start, t.end) for t in c.titles}  # (a set: a list look-up was quadratic in a cluster's titles)
        for m in c.mentions:
            if m.title is not None and (m.title.start, m.title.end) not in seen:
                seen.add((m.title.start, m.title.end))
                c.titles.append(m.title)
        c.roles = roles(doc, c.titles)


def roles(doc: Doc, titles: list[TitleMatch]) -> list[Role]:
    """One role per office: "Minister of Defense", "Defense Minister" and a bare
    "Minister" for the same person are one role, with every place it is named."""
    groups: list[tuple[TitleMatch, Role]] = []
    # most specific first: an affiliation, a portfolio, a longer title
    ordered = sorted(titles, key=lambda t: (t.affiliation is None, t.info.get("portfolio") is None, -len(t.key), doc[t.start].idx))
    for t in ordered:
        aff = t.affiliation
        start = min(doc[t.start].idx, aff.start if aff else 10**12)
        end = max(doc[t.end - 1].idx + len(doc[t.end - 1].text), aff.end if aff else 0)
        home = None
        for rep, role in groups:
            if t.country and role.country and t.country != role.country:
                continue
            same_office = title_head(rep.key) == title_head(t.key) and (
                t.info.get("portfolio") == rep.info.get("portfolio") or t.key in generalisations(rep.key)
            )
            if same_office or t.key == rep.key:
                home = role
                break
        if home is not None:
            home.evidence.append((start, end))
            continue
        groups.append((t, Role(title=t.text, affiliation=aff.text if aff else None, country=t.country, evidence=[(start, end)])))
    for _, role in groups:
        role.evidence.sort()
    return [role for _, role in sorted(groups, key=lambda g: g[1].evidence[0])]


def paragraph_starts(text: str) -> list[int]:
    """Start offsets of paragraphs (a newline starts a new paragraph)."""
    starts = [0]
    for m in _PARA_RE.finditer(text):
        starts.append(m.end())
    return starts


def resolve_descriptions(doc: Doc, text: str, titles: list[TitleMatch], clusters: list[Cluster], sent_of: list[int]) -> None:
    """Add each description ("the Israeli Defense Minister") to the person it refers to (in place)."""
    para_starts = paragraph_starts(text)
    fits_of: dict[tuple, list[Cluster]] = {}  # titles are fixed now: which clusters a description fits, once per kind
    starts_of: dict[int, list[int]] = {}  # cluster -> sorted mention starts (descriptions join as they resolve)
    for t in titles:
        if not t.determiner or (doc[t.outer_start].lower_ in ("a", "an") and (t.outer_start == 0 or doc[t.outer_start - 1].text != ",")):
            continue  # "An ambassador's job", "as a senator": no one in particular ("Joan Pell, a senator" is)
        span = doc[t.outer_start : t.end]
        key = (t.key, t.affiliation.country if t.affiliation else None, t.info.get("portfolio"), t.info.get("kind"))
        if key not in fits_of:
            fits_of[key] = fitting(t, clusters)
        target = nearest_fit(fits_of[key], span.start_char, para_starts, starts_of)
        if target is not None:
            target.mentions.append(Candidate(span.start_char, span.end_char, span.text, "PERSON", "description", (), None, sent_of[t.start]))
            if id(target) in starts_of:
                bisect.insort(starts_of[id(target)], span.start_char)


def fitting(t: TitleMatch, clusters: list[Cluster]) -> list[Cluster]:
    """The person clusters whose titles a description ("the Israeli Defense Minister") fits."""
    gens = generalisations(t.key)
    want_country = t.affiliation.country if t.affiliation else None
    portfolio = t.info.get("portfolio")
    fits = []
    for c in clusters:
        ok = False
        for r in c.titles:
            if want_country and r.country and r.country != want_country:
                continue
            if want_country and not r.country:
                continue
            if gens & generalisations(r.key) and (t.key in generalisations(r.key) or r.key == t.key):
                ok = True
            elif portfolio and r.info.get("portfolio") == portfolio and t.info.get("kind") == "descriptor":
                ok = True
            elif portfolio and r.info.get("portfolio") == portfolio and (t.key.split()[-1] in generalisations(r.key)):
                ok = True
        if ok:
            fits.append(c)
    return fits


def _para(starts: list[int], pos: int) -> int:
    """The index of the paragraph that ``pos`` falls in."""
    lo, hi = 0, len(starts)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid
    return lo


def nearest_fit(fits: list[Cluster], start: int, para_starts: list[int], starts_of: dict[int, list[int]]) -> Optional[Cluster]:
    """The cluster a description at ``start`` refers to: the only one that fits, else the one
    named last before it in its paragraph (None if none is). ``starts_of`` caches each
    cluster's sorted mention starts (one bisect per cluster instead of a walk over its mentions)."""
    if len(fits) == 1:
        return fits[0]
    if not fits:
        return None
    para_start = para_starts[_para(para_starts, start)]
    best, best_pos = None, -1
    for c in fits:
        starts = starts_of.get(id(c))
        if starts is None:
            starts = starts_of[id(c)] = sorted(m.start for m in c.mentions)
        k = bisect.bisect_left(starts, start) - 1  # the last mention starting before the description
        if k >= 0 and starts[k] >= para_start and starts[k] > best_pos:
            best, best_pos = c, starts[k]
    return best
