"""Entities: who and what a story names, resolved within the document and coded as actors.

``extract_entities(doc)`` is a pure function: a parsed spaCy Doc in, entity records
out. It repairs the small model's usual slips around titles (the NER often tags
"Defense Lloyd Austin" as an organisation, or "Gantz" as ORG), then:

1. finds titles and the names after them ("Secretary of State Antony Blinken");
2. clusters person names: full name, surname, title + surname, and a first name
   used as if it were a surname ("Secretary Lloyd" joins Lloyd Austin);
3. resolves descriptions ("the Israeli Defense Minister", "the top US defense
   leader") where one candidate fits, or the nearest one in the same paragraph;
4. groups organisations (acronyms in parentheses, known institutions), countries
   (by ISO code: "US" = "the United States" = "America"), and nationalities;
5. codes each entity as an actor: ISO3 country and PLOVER/CAMEO sector, with the
   reason for each part in ``actor.basis``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span

from .. import lexicons
from ..lexicons import countries
from ..schema import Actor, Entity, Mention, Role
from .text import doc_text
from .titles import TitleMatch, find_titles

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
_ADMIN_WORDS = {"administration", "government", "cabinet"}
_POSSESSIVE_RE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
_LEADING_DET_RE = re.compile(r"^(?:the|The|THE)\s+")
_HEAD_OF_STATE = {"president", "prime minister", "chancellor", "king", "queen", "premier", "emir", "supreme leader"}
_COMPOUND_OFFICE_PREFIX = ("prime ", "vice ", "deputy ", "crown ", "supreme ", "chief ", "attorney ")
_PARA_RE = re.compile(r"\n\s*\n|\n")
_PAREN_ACRONYM_RE = re.compile(r"\s*\(([A-Z][A-Z0-9&]{1,9})\)")


@dataclass
class _M:
    """A mention under construction."""

    start: int
    end: int
    text: str
    label: str
    kind: str = "name"
    name_tokens: tuple[str, ...] = ()
    title: Optional[TitleMatch] = None
    sent: int = 0
    pre_country: Optional[str] = None  # "Ivory Coast's Supreme Court", "Iraqi" before an organisation


@dataclass
class _Cluster:
    label: str
    mentions: list[_M] = field(default_factory=list)
    key: str = ""
    roles: list[Role] = field(default_factory=list)
    titles: list[TitleMatch] = field(default_factory=list)
    org: Optional[dict] = None
    codes: tuple[str, ...] = ()
    first: Optional[str] = None
    last: Optional[str] = None

    @property
    def start(self) -> int:
        return min(m.start for m in self.mentions)


@dataclass
class EntityIndex:
    """Entities of one document plus lookups later stages need (quotes, events)."""

    entities: list[Entity]
    by_id: dict[str, Entity]
    # (start, end, entity id) of every mention, sorted by start
    spans: list[tuple[int, int, str]]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The mentions ``(start, end, entity id)`` that overlap ``[start, end)``, in order.

        Logarithmic in the number of mentions (bisect on starts, bounded look-back)."""
        import bisect

        if not self.spans:
            return []
        if not hasattr(self, "_starts"):
            self._starts = [s for s, _, _ in self.spans]
            self._maxlen = max(e - s for s, e, _ in self.spans)
        hi = bisect.bisect_left(self._starts, end)
        lo = bisect.bisect_left(self._starts, start - self._maxlen)
        return [(s, e, eid) for s, e, eid in self.spans[lo:hi] if min(e, end) > max(s, start)]

    def at(self, start: int, end: int) -> Optional[str]:
        """The entity whose mention overlaps ``[start, end)`` the most, or None."""
        best, best_ov = None, 0
        for s, e, eid in self.overlapping(start, end):
            ov = min(e, end) - max(s, start)
            if ov > best_ov:
                best, best_ov = eid, ov
        return best


def _strip(text: str, start: int) -> tuple[str, int, int]:
    """Drop a leading "the" and a trailing possessive; return (text, start, end)."""
    m = _LEADING_DET_RE.match(text)
    if m:
        start += m.end()
        text = text[m.end():]
    pm = _POSSESSIVE_RE.search(text)
    if pm and len(text) > pm.end() - pm.start():
        text = text[: pm.start()]
    text = text.rstrip(" ,;:")
    if text.endswith(".") and not re.search(r"(?:^|[\s.])[A-Za-z]\.$", text):
        text = text[:-1]  # a sentence stop, not an abbreviation ("D.C.", "U.S.")
    return text, start, start + len(text)


def _sent_index(doc: Doc) -> list[int]:
    idx = [0] * len(doc)
    for k, s in enumerate(doc.sents):
        for i in range(s.start, s.end):
            idx[i] = k
    return idx


def _paragraph_of(text: str) -> list[int]:
    """Start offsets of paragraphs (a newline starts a new paragraph)."""
    starts = [0]
    for m in _PARA_RE.finditer(text):
        starts.append(m.end())
    return starts


def _para(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid
    return lo


def _name_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"\s+", text.strip()) if w)


def _generalisations(key: str) -> set[str]:
    """Keys a description may use for a title ("minister" for "minister of defense")."""
    out = {key}
    if key.startswith(_COMPOUND_OFFICE_PREFIX):
        return out
    head = key.split(" of ")[0].split()[-1] if " of " in key else key.split()[-1]
    out.add(head)
    return out


class _Taken(list):
    """Character ranges taken by earlier mentions (a list of ``(start, end)``), with an
    overlap test by position (a walk over every range for each mention was quadratic on
    long texts; same answers)."""

    def __init__(self):
        super().__init__()
        self.positions: set[int] = set()
        self.empty: list[tuple[int, int]] = []

    def append(self, span: tuple[int, int]) -> None:
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


def extract_entities(doc: Doc) -> EntityIndex:
    """Find, resolve and code the entities of a parsed document.

    Args:
        doc: a Doc parsed by an English spaCy pipeline with ``ner`` and ``parser``.

    Returns:
        An :class:`EntityIndex`: entity records in order of first mention (ids ``e1``,
        ``e2``, ...) and a mention lookup for later stages.
    """
    text = doc_text(doc)
    sent_of = _sent_index(doc)
    titles = find_titles(doc)

    # Token ranges covered by title words: entities inside them are NER slips.
    title_tokens: set[int] = set()
    for t in titles:
        title_tokens.update(range(t.start, t.end))

    persons: list[_M] = []
    taken_chars = _Taken()

    def overlaps_taken(s: int, e: int) -> bool:
        return taken_chars.overlaps(s, e)

    # 1. names after titles ("Secretary of State Antony Blinken")
    for t in titles:
        span_tokens = t.name or t.appositive_of
        if span_tokens is None:
            continue
        ns, ne = span_tokens
        name_span = doc[ns:ne]
        name_text, s, e = _strip(name_span.text, name_span.start_char)
        if not name_text:
            continue
        if t.name and t.name[0] == t.end:  # "Minister Gantz": the title is part of the mention
            m_start = doc[t.start].idx
            kind = "title_name"
        else:
            m_start = s
            kind = "name"
        persons.append(_M(m_start, e, text[m_start:e], "PERSON", kind, _name_words(name_text), t, sent_of[ns]))
        taken_chars.append((min(m_start, s), e))

    # 2. the model's entities, minus those inside titles or already taken
    others: list[_M] = []
    ents_ending = {ent.end: ent for ent in doc.ents}
    for ent in doc.ents:
        if ent.label_ not in ENTITY_LABELS and ent.label_ != "WORK_OF_ART":
            continue
        if all(i in title_tokens for i in range(ent.start, ent.end)):
            continue
        etext, s, e = _strip(ent.text, ent.start_char)
        if not etext or overlaps_taken(s, e):
            continue
        if any(i in title_tokens for i in range(ent.start, ent.end)):
            # partly a title: keep only the part after the title words
            first_free = ent.start
            while first_free < ent.end and first_free in title_tokens:
                first_free += 1
            if first_free >= ent.end:
                continue
            sub = doc[first_free : ent.end]
            etext, s, e = _strip(sub.text, sub.start_char)
            if not etext:
                continue
        label = ent.label_
        if label != "NORP" and countries.demonym_country(etext) and not countries.country_codes(etext):
            label = "NORP"  # "Sri Lankan" tagged GPE, "Ugandan" tagged PERSON: a nationality
        if label == "PERSON":
            persons.append(_M(s, e, etext, "PERSON", "name", _name_words(etext), None, sent_of[ent.start]))
        else:
            m = _M(s, e, etext, label, "name", (), None, sent_of[ent.start])
            if label in ("ORG", "FAC"):
                m.pre_country = _country_before(doc, ent.start, ents_ending)
            others.append(m)
        taken_chars.append((s, e))

    # 2b. nationalities the NER missed ("Lithuanian officials"): a capitalised demonym
    # outside every entity and title is a NORP mention
    cover = _CoverSet(taken_chars + [(doc[t.start].idx, doc[t.end - 1].idx + len(doc[t.end - 1].text)) for t in titles])
    for tok in doc:
        if not tok.text[:1].isupper() or tok.pos_ not in ("ADJ", "PROPN", "NOUN") or tok.ent_type_:
            continue
        if countries.demonym_country(tok.text) and not cover.overlaps(tok.idx, tok.idx + len(tok.text)):
            others.append(_M(tok.idx, tok.idx + len(tok.text), tok.text, "NORP", "name", (), None, sent_of[tok.i]))
            taken_chars.append((tok.idx, tok.idx + len(tok.text)))

    # 3. cluster persons
    clusters = _cluster_persons(persons)

    # 4. single words the NER gave another label, or missed, that are a known person's name
    by_word: dict[str, _Cluster] = {}
    for c in clusters:
        if c.last and len(c.last) > 2:
            by_word.setdefault(c.last, c)
    remaining: list[_M] = []
    for m in others:
        words = _name_words(m.text)
        if m.label in ("ORG", "WORK_OF_ART", "NORP", "GPE") and len(words) == 1 and words[0] in by_word:
            c = by_word[words[0]]
            m.label, m.kind, m.name_tokens = "PERSON", "surname", words
            c.mentions.append(m)
        else:
            remaining.append(m)
    others = remaining
    if by_word:
        covered = sorted((m.start, m.end) for c in clusters for m in c.mentions) + sorted((m.start, m.end) for m in others)
        cov_set = _CoverSet(covered)
        for tok in doc:
            c = by_word.get(tok.text)
            if c is None or cov_set.overlaps(tok.idx, tok.idx + len(tok.text)):
                continue
            if not tok.text[:1].isupper():
                continue
            c.mentions.append(_M(tok.idx, tok.idx + len(tok.text), tok.text, "PERSON", "surname", (tok.text,), None, sent_of[tok.i]))

    # 5. "<Surname> administration" is an organisation of that person's government
    admin_orgs: list[tuple[_M, _Cluster]] = []
    for c in clusters:
        keep = []
        for m in c.mentions:
            after = text[m.end : m.end + 20]
            w = re.match(r"\s+([A-Za-z]+)", after)
            if w and w.group(1).lower() in _ADMIN_WORDS and m.kind in ("surname", "name"):
                end = m.end + w.end()
                admin_orgs.append((_M(m.start, end, text[m.start:end], "ORG", "name", (), None, m.sent), c))
            else:
                keep.append(m)
        c.mentions = keep
    for m in others:
        if m.label == "WORK_OF_ART":
            w = _name_words(m.text)
            if len(w) == 2 and w[1].lower() in _ADMIN_WORDS and w[0] in by_word:
                admin_orgs.append((_M(m.start, m.end, m.text, "ORG", "name", (), None, m.sent), by_word[w[0]]))
    others = [m for m in others if m.label != "WORK_OF_ART"]
    clusters = [c for c in clusters if c.mentions]

    # 6. roles
    for c in clusters:
        seen = {(t.start, t.end) for t in c.titles}  # (a set: a list look-up was quadratic in a cluster's titles)
        for m in c.mentions:
            if m.title is not None and (m.title.start, m.title.end) not in seen:
                seen.add((m.title.start, m.title.end))
                c.titles.append(m.title)
        c.roles = _roles(doc, c.titles)

    # 7. descriptions ("the Israeli Defense Minister")
    para_starts = _paragraph_of(text)
    fits_of: dict[tuple, list[_Cluster]] = {}  # titles are fixed now: which clusters a description fits, once per kind
    starts_of: dict[int, list[int]] = {}  # cluster -> sorted mention starts (descriptions join as they resolve)
    for t in titles:
        if not t.determiner:
            continue
        span = doc[t.outer_start : t.end]
        key = (t.key, t.affiliation.country if t.affiliation else None, t.info.get("portfolio"), t.info.get("kind"))
        if key not in fits_of:
            fits_of[key] = _fitting(t, clusters)
        target = _nearest_fit(fits_of[key], span.start_char, para_starts, starts_of)
        if target is not None:
            target.mentions.append(_M(span.start_char, span.end_char, span.text, "PERSON", "description", (), None, sent_of[t.start]))
            if id(target) in starts_of:
                bisect.insort(starts_of[id(target)], span.start_char)

    # 8. organisations, places, nationalities
    other_clusters = _cluster_others(others, text)
    for m, person in admin_orgs:
        oc = _Cluster("ORG", [m], key="admin:" + (person.key or ""))
        oc.org = {"person": person}
        other_clusters.append(oc)
    other_clusters = _merge_same_key(other_clusters)

    # 9. actor coding
    doc_countries = Counter()
    sent_countries: dict[int, Counter] = defaultdict(Counter)
    for oc in other_clusters:
        if oc.label in ("GPE", "NORP") and len(oc.codes) == 1:
            for m in oc.mentions:
                doc_countries[oc.codes[0]] += 1
                sent_countries[m.sent][oc.codes[0]] += 1

    entities: list[tuple[int, Entity, _Cluster]] = []
    for c in clusters:
        actor = _person_actor(c, sent_countries, doc_countries)
        entities.append((c.start, _entity(c, "PERSON", actor), c))
    person_actor = {id(c): e.actor for _, e, c in entities}
    for oc in other_clusters:
        actor = _other_actor(oc, person_actor)
        entities.append((oc.start, _entity(oc, oc.label, actor), oc))

    entities.sort(key=lambda x: x[0])
    out: list[Entity] = []
    spans: list[tuple[int, int, str]] = []
    for k, (_, ent, _) in enumerate(entities, start=1):
        ent.id = f"e{k}"
        out.append(ent)
        for m in ent.mentions:
            spans.append((m.start, m.end, ent.id))
    spans.sort()
    return EntityIndex(out, {e.id: e for e in out}, spans)


class _CoverSet:
    """Sorted intervals with an overlap test."""

    def __init__(self, intervals: list[tuple[int, int]]):
        self.iv = sorted(intervals)
        self.starts = [s for s, _ in self.iv]

    def overlaps(self, s: int, e: int) -> bool:
        import bisect

        k = bisect.bisect_left(self.starts, e)
        for j in range(max(0, k - 3), k):
            ts, te = self.iv[j]
            if ts < e and s < te:
                return True
        return False


def _country_before(doc: Doc, start: int, ents_ending: dict) -> Optional[str]:
    """The country named just before an organisation: "Ivory Coast's Supreme Court",
    "the Iraqi air force" (when the NER left the adjective out of the name)."""
    k = start
    if k not in ents_ending and k > 0 and doc[k - 1].text in ("'s", "\u2019s", "'", "\u2019"):
        k -= 1
    prev = ents_ending.get(k)  # the NER may keep the "'s" inside the country's span
    if prev is not None and prev.label_ in ("GPE", "NORP"):
        codes = countries.country_codes(prev.text) or countries.any_country(prev.text)
        if len(codes) == 1:
            return codes[0]
    if k == start and k > 0 and doc[k - 1].pos_ == "ADJ":
        return countries.demonym_country(doc[k - 1].text)
    return None


def _titled(m: _M) -> bool:
    """True when the mention's span starts with its title ("Minister Gantz")."""
    return bool(m.title and m.title.name and m.title.name[0] == m.title.end)


def _cluster_persons(persons: list[_M]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    full = [m for m in persons if len(m.name_tokens) >= 2]
    single = [m for m in persons if len(m.name_tokens) == 1]
    for m in sorted(full, key=lambda m: m.start):
        first, last = m.name_tokens[0], m.name_tokens[-1]
        match = None
        for c in clusters:
            if c.last == last and (c.first == first or c.first is None or (len(first) <= 2 and first[0] == (c.first or " ")[0])):
                match = c
                break
        if match is None:
            match = _Cluster("PERSON", key=" ".join(m.name_tokens), first=first, last=last)
            clusters.append(match)
        elif len(m.name_tokens) > len(match.key.split()):
            match.key = " ".join(m.name_tokens)
        m.kind = "title_name" if _titled(m) else "name"
        match.mentions.append(m)
    for m in sorted(single, key=lambda m: m.start):
        word = m.name_tokens[0]
        cands = [c for c in clusters if c.last == word]
        kind = "surname"
        if not cands:
            cands = [c for c in clusters if c.first == word and c.first != c.last]
            kind = "first_name"
        if len(cands) > 1:
            before = [(max(x.start for x in c.mentions if x.start < m.start), c) for c in cands if any(x.start < m.start for x in c.mentions)]
            cands = [max(before, key=lambda x: x[0])[1]] if before else cands[:1]
        if cands:
            c = cands[0]
        else:
            c = _Cluster("PERSON", key=word, first=None, last=word)
            clusters.append(c)
            kind = "surname"
        m.kind = "title_name" if _titled(m) else kind
        c.mentions.append(m)
    return clusters


def _head(key: str) -> str:
    return key.split(" of ")[0].split()[-1] if " of " in key else key.split()[-1]


def _roles(doc: Doc, titles: list[TitleMatch]) -> list[Role]:
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
            same_office = _head(rep.key) == _head(t.key) and (
                t.info.get("portfolio") == rep.info.get("portfolio") or t.key in _generalisations(rep.key)
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


def _fitting(t: TitleMatch, clusters: list[_Cluster]) -> list[_Cluster]:
    """The person clusters whose titles a description ("the Israeli Defense Minister") fits."""
    gens = _generalisations(t.key)
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
            if gens & _generalisations(r.key) and (t.key in _generalisations(r.key) or r.key == t.key):
                ok = True
            elif portfolio and r.info.get("portfolio") == portfolio and t.info.get("kind") == "descriptor":
                ok = True
            elif portfolio and r.info.get("portfolio") == portfolio and (t.key.split()[-1] in _generalisations(r.key)):
                ok = True
        if ok:
            fits.append(c)
    return fits


def _nearest_fit(fits: list[_Cluster], start: int, para_starts: list[int], starts_of: dict[int, list[int]]) -> Optional[_Cluster]:
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


def _acronym(words: list[str]) -> str:
    """Initials of the capitalised words ("Arctic Shipping Safety Council" -> "ASSC")."""
    return "".join(w[0] for w in words if w[:1].isupper())


def _cluster_others(others: list[_M], text: str) -> list[_Cluster]:
    # Merge "Washington" + ", " + "D.C." (city, state/district) into one mention first.
    others = sorted(others, key=lambda m: m.start)
    merged: list[_M] = []
    for m in others:
        if merged and m.label == "GPE" and merged[-1].label == "GPE" and text[merged[-1].end : m.start] == ", ":
            prev = merged[-1]
            if countries.city_country(prev.text) and not countries.country_codes(prev.text):
                prev.end = m.end
                prev.text = text[prev.start : m.end]
                continue
        merged.append(m)

    clusters: dict[str, _Cluster] = {}
    order: list[str] = []

    def add(key: str, label: str, m: _M, **kw) -> _Cluster:
        c = clusters.get(key)
        if c is None:
            c = _Cluster(label, key=key, **kw)
            clusters[key] = c
            order.append(key)
        c.mentions.append(m)
        return c

    # acronyms defined in parentheses: "American Israel Public Affairs Committee (AIPAC)"
    acronym_of: dict[str, str] = {}
    extra: list[_M] = []
    have = {(m.start, m.end) for m in merged}
    for a in merged:
        if a.label not in ("ORG", "FAC"):
            continue
        pm = _PAREN_ACRONYM_RE.match(text, a.end)
        if pm and _acronym(a.text.split()) == pm.group(1):
            acronym_of[pm.group(1)] = a.text.lower()
            span = (pm.start(1), pm.end(1))
            if span not in have:
                extra.append(_M(span[0], span[1], pm.group(1), a.label, "acronym", (), None, a.sent))
    # acronyms used later without a definition, when one organisation's initials fit
    full_orgs = {m.text.lower(): _acronym(m.text.split()) for m in merged if m.label == "ORG" and len(m.text.split()) >= 2}
    for m in merged:
        if m.label == "ORG" and m.text.isupper() and m.text not in acronym_of and not lexicons.organisations().get(m.text.lower()):
            fits = {name for name, acr in full_orgs.items() if acr == m.text and len(acr) >= 2}
            if len(fits) == 1:
                acronym_of[m.text] = fits.pop()
    merged = sorted(merged + extra, key=lambda m: m.start)

    for m in merged:
        norm = lexicons._norm(m.text)
        if m.label in ("ORG", "FAC"):
            org = lexicons.organisations().get(norm)
            if org is None and m.text in acronym_of:
                org = lexicons.organisations().get(acronym_of[m.text])
                norm = acronym_of[m.text]
            if org is not None:
                c = add("org:" + org["canonical"].lower(), m.label, m)
                c.org = org
                continue
            if m.text in acronym_of:
                m.kind = "acronym"
                add("org:" + acronym_of[m.text], m.label, m)
                continue
            codes = countries.country_codes(m.text)
            if codes or countries.capital_country(m.text) or countries.territory_country(m.text):
                m.label = "GPE"  # "the State of Israel" or "Oslo" tagged ORG
            else:
                add("org:" + norm, m.label, m)
                continue
        if m.label == "GPE":
            codes = countries.country_codes(m.text)
            if codes:
                key = "country:" + ",".join(codes)
                add(key, "GPE", m, codes=codes)
            else:
                cap = countries.territory_country(m.text) or countries.city_country(m.text.split(",")[0])
                c = add("place:" + lexicons._norm(m.text.split(",")[0]), "GPE", m)
                if cap:
                    c.codes = (cap,)
            continue
        if m.label == "NORP":
            code = countries.demonym_country(m.text)
            if code:
                add("norp:" + code, "NORP", m, codes=(code,))
            else:
                add("norp:" + norm, "NORP", m)
            continue
        add(m.label.lower() + ":" + norm, m.label, m)

    # acronyms used without a definition: "AIPAC" after "American Israel Public Affairs Committee"
    result = [clusters[k] for k in order]
    return _resolve_ambiguous_countries(result)


def _resolve_ambiguous_countries(clusters: list[_Cluster]) -> list[_Cluster]:
    """"the Islamic Republic" -> the one of its candidates the story names elsewhere."""
    named = {c.codes[0] for c in clusters if len(c.codes) == 1}
    for c in clusters:
        if len(c.codes) > 1:
            present = [code for code in c.codes if code in named]
            if len(present) == 1:
                c.codes = (present[0],)
                c.key = "country:" + present[0]
    return clusters


def _merge_same_key(clusters: list[_Cluster]) -> list[_Cluster]:
    out: dict[str, _Cluster] = {}
    for c in clusters:
        if c.key in out:
            out[c.key].mentions.extend(c.mentions)
        else:
            out[c.key] = c
    return list(out.values())


def _person_actor(c: _Cluster, sent_countries: dict[int, Counter], doc_countries: Counter) -> Actor:
    actor = Actor()
    for t in c.titles:
        if actor.sector is None and t.info.get("sector"):
            actor.sector = t.info["sector"]
            actor.portfolio = t.info.get("portfolio")
            actor.basis.append(f"sector {actor.sector} from the title '{t.text}'" + (f", portfolio {actor.portfolio}" if actor.portfolio else ""))
        if actor.country is None:
            if t.affiliation and t.affiliation.country:
                actor.country = t.affiliation.country
                actor.basis.append(f"country {actor.country} from '{t.affiliation.text}' in '{t.affiliation.text} {t.text}'" if t.affiliation.start < 10**12 else f"country {actor.country}")
            elif t.info.get("default_country"):
                actor.country = t.info["default_country"]
                actor.basis.append(f"country {actor.country}: '{t.text}' names that country's office unless the text says otherwise")
    if actor.country is None or actor.sector is None:
        known = _known_person(c)
        if known is not None:
            country, sector = known
            if actor.country is None and country:
                actor.country = country
                actor.basis.append(f"country {country}: a known office holder (lexicons/people.tsv)")
            if actor.sector is None and sector:
                actor.sector = sector
                actor.basis.append(f"sector {sector}: a known office holder (lexicons/people.tsv)")
    if actor.country is None and actor.sector is not None and actor.sector not in ("IGO", "NGO"):
        votes: Counter = Counter()
        for s in {m.sent for m in c.mentions}:
            votes.update(sent_countries.get(s, Counter()))
        if votes:
            scored = sorted(((n + 0.1 * doc_countries[code], code) for code, n in votes.items()), reverse=True)
            if len(scored) == 1 or scored[0][0] > scored[1][0]:
                actor.country = scored[0][1]
                actor.basis.append(
                    f"country {actor.country} inferred from the countries named in the sentences that mention this person (no explicit affiliation)"
                )
    return actor


def _known_person(c: _Cluster) -> Optional[tuple[Optional[str], Optional[str]]]:
    """(country, sector) of a well-known office holder named by the cluster, or None."""
    known = lexicons.people()
    key = " ".join(c.key.split()).lower()
    if key in known["name"]:
        return known["name"][key]
    if len(key.split()) == 1:
        return known["surname"].get(key)
    return None


def _other_actor(c: _Cluster, person_actor: dict[int, Actor]) -> Actor:
    actor = Actor()
    if c.org and "person" in c.org:
        pa = person_actor.get(id(c.org["person"]))
        if pa and pa.country:
            actor.country = pa.country
        else:  # "the Bush administration" with no other mention of Bush
            known = _known_person(c.org["person"])
            if known and known[0]:
                actor.country = known[0]
        actor.sector = "GOV"
        actor.basis.append("the government led by the person it is named after")
        return actor
    named = {m.pre_country for m in c.mentions if m.pre_country}
    if c.org:
        actor.country = c.org.get("country")
        actor.sector = c.org.get("sector")
        actor.basis.append(f"known organisation '{c.org['canonical']}' (lexicons/organisations.tsv)")
        if len(named) == 1 and actor.sector not in ("IGO", "NGO") and next(iter(named)) != actor.country:
            # "Ivory Coast's Supreme Court": the text names another country's institution
            actor.country = next(iter(named))
            actor.basis.append(f"country {actor.country} from the country named before it")
        return actor
    if c.label == "GPE":
        if len(c.codes) == 1:
            actor.country = c.codes[0]
            if c.key.startswith("country:"):
                actor.basis.append(f"country name -> {actor.country}")
            else:
                name = c.mentions[0].text.split(",")[0]
                if countries.capital_country(name):
                    actor.sector = "GOV"
                    actor.basis.append(f"capital of {actor.country}: as an actor, its government")
                else:
                    actor.basis.append(f"city in {actor.country} (GeoNames)")
        return actor
    if c.label == "NORP":
        if len(c.codes) == 1:
            actor.country = c.codes[0]
            actor.basis.append(f"nationality -> {actor.country}")
        return actor
    if c.label == "ORG":
        name = max((m.text for m in c.mentions), key=len)
        words = name.split()
        code = countries.country_in_words(name)
        if code:
            actor.country = code
            actor.basis.append(f"country {code} from a word of the name '{name}'")
        elif len(named) == 1:
            actor.country = next(iter(named))
            actor.basis.append(f"country {actor.country} from the country named before it ('Iraq's ...', 'Iraqi ...')")
        elif " of " in name:
            # "the United Bus Company of Tehran": a capital or city after "of"
            tail = name.rsplit(" of ", 1)[1].strip()
            code = countries.capital_country(tail) or countries.territory_country(tail)
            if code:
                actor.country = code
                actor.basis.append(f"country {code} from '{tail}' in the name")
        heads = lexicons.org_heads()
        head_words = name.split(" of ")[0].split() if " of " in name else words
        last = head_words[-1].lower().strip(".,") if head_words else ""
        if last in heads:
            actor.sector = heads[last]
            actor.basis.append(f"sector {actor.sector} from '{words[-1]}'")
    return actor


def _entity(c: _Cluster, label: str, actor: Actor) -> Entity:
    mentions = sorted({(m.start, m.end): m for m in c.mentions}.values(), key=lambda m: m.start)
    if label == "PERSON":
        names = [" ".join(m.name_tokens) for m in mentions if m.name_tokens]
        name = max(names, key=lambda n: (len(n.split()), len(n))) if names else mentions[0].text
    elif label == "GPE":
        # the longest form used at least twice ("Israel", not a one-off "the State of Israel")
        forms = Counter(m.text for m in mentions)
        repeated = [f for f, n in forms.items() if n >= 2] or list(forms)
        name = max(repeated, key=lambda f: (len(f), forms[f]))
    else:
        name = max((m.text for m in mentions), key=len)
    return Entity(
        id="",
        name=name,
        type=label,
        mentions=[Mention(m.text, m.start, m.end, m.kind) for m in mentions],
        roles=c.roles,
        actor=actor,
    )
