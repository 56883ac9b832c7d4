"""Titles and roles: "Israeli Minister of Defense Benny Gantz", "Gantz, Israel's defense
minister", "the top US defense leader".

Pure functions over a parsed spaCy Doc. Titles come from ``lexicons/titles.tsv``, the
words that may stand before them from ``lexicons/title_modifiers.txt``, the words a name
never contains from ``lexicons/entity_words.tsv`` and the entity types a name word never
has from ``lexicons/entity_labels.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ... import lexicons
from ...lexicons import countries, petrarch
from .title_comma import name_after_comma

_MATCHERS: dict[int, PhraseMatcher] = {}

_DETS = {"the", "a", "an"}
#: The possessive tokens spaCy's English tokenizer splits off ("Israel 's", "Norway '").
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})


@dataclass
class Affiliation:
    """What a title belongs to: a nationality, a country or an institution, with its country."""

    text: str
    country: Optional[str]
    start: int  # char offsets
    end: int
    org: Optional[str] = None  # lexicon canonical name when the affiliation is an institution
    sector: Optional[str] = None  # the institution's sector (organisations.tsv), when it is one
    adjective: bool = False  # a party adjective ("Republican"), not an organisation's name ("RNC")


@dataclass
class TitleMatch:
    """A title found in the text, with what stands around it."""

    key: str  # lexicon key (lower case)
    start: int  # token index of the first title word (modifiers included)
    end: int  # token index after the last title word
    text: str  # the title as written, modifiers included, affiliation excluded
    info: dict[str, Optional[str]]
    affiliation: Optional[Affiliation] = None
    determiner: bool = False  # preceded by "the": a description ("the Israeli Defense Minister")
    name: Optional[tuple[int, int]] = None  # token range of the name that follows the title
    outer_start: int = 0  # token index where the whole phrase starts (affiliation/determiner)
    appositive_of: Optional[tuple[int, int]] = None  # name token range this title is in apposition to
    notes: list[str] = field(default_factory=list)

    @property
    def country(self) -> Optional[str]:
        """The affiliation's country, else the office's default country (None if neither)."""
        if self.affiliation and self.affiliation.country:
            return self.affiliation.country
        return self.info.get("default_country")


def _matcher(doc: Doc) -> PhraseMatcher:
    """The phrase matcher of every lexicon title, built once per vocabulary."""
    m = _MATCHERS.get(id(doc.vocab))
    if m is None:
        m = PhraseMatcher(doc.vocab, attr="LOWER")
        for key in lexicons.titles():
            words = _split_words(key)
            m.add(key, [Doc(doc.vocab, words=words)])
        _MATCHERS[id(doc.vocab)] = m
    return m


def _split_words(key: str) -> list[str]:
    """Tokenise a lexicon title the way spaCy's English tokenizer will ("secretary-general")."""
    out: list[str] = []
    for w in key.split():
        if "-" in w and not w.endswith("-"):
            parts = w.split("-")
            for i, p in enumerate(parts):
                if i:
                    out.append("-")
                out.append(p)
        else:
            out.append(w)
    return out


def _is_name_token(tok: Token) -> bool:
    """True when ``tok`` may be a word of a person's name next to a title."""
    t = tok.text
    if not t or not (t[0].isupper()):
        return False
    if tok.lower_ in lexicons.entity_words("name_stop"):
        return False
    if tok.ent_type_ in lexicons.entity_labels("not_name"):
        return False
    if tok.is_punct or tok.like_num or (t == "I" and tok.pos_ == "PRON"):
        return False  # "As Secretary I worked ...": the pronoun, no name
    if tok.lower_ in lexicons.titles() or tok.lower_ in lexicons.title_modifiers():
        return False
    if t.isupper() and len(t) > 1 and "." not in t:
        # An all-caps word after a title is an acronym (NSA, IDF), not a name.
        return False
    return tok.is_alpha or (len(t) <= 3 and t.endswith(".")) or "-" in t or "'" in t[1:]


def _name_after(doc: Doc, i: int) -> Optional[tuple[int, int]]:
    """The token range of the name (up to four name words) starting at ``i``, or None."""
    j, words = i, 0
    while j < len(doc) and words < 4:
        if words and (k := _particle_end(doc, j)):
            j = k  # "Bashar al-Assad", "Mohammed bin Salman": a lower-case particle inside the name
        elif _is_name_token(doc[j]):
            j = _hyphen_end(doc, j + 1)
        else:
            break
        words += 1
    if j == i:
        return None
    if doc[j - 1].ent_type_ in ("ORG", "FAC") and doc[j - 1].lower_ in lexicons.org_heads():
        return None  # "General Assembly", "the Senate": an organisation's name, no person's
    # A name never ends with an initial alone ("J."), and never swallows a sentence start.
    return (i, j)


def _particle_end(doc: Doc, j: int) -> int:
    """After a name's first word, the end of a lower-case particle and the capitalised word it
    starts: "bin Salman" (``name_particle``), "al-Assad" (``surname_prefix`` joined by a
    hyphen; both in ``entity_words.tsv``); else 0."""
    low = doc[j].text
    if not low.islower():
        return 0
    if low in lexicons.entity_words("name_particle") and j + 1 < len(doc) and doc[j].whitespace_ and _is_name_token(doc[j + 1]):
        return _hyphen_end(doc, j + 2)
    if (low in lexicons.entity_words("surname_prefix") and j + 2 < len(doc) and doc[j + 1].text == "-"
            and not doc[j].whitespace_ and not doc[j + 1].whitespace_ and _is_name_token(doc[j + 2])):
        return _hyphen_end(doc, j + 3)
    return 0


def _hyphen_end(doc: Doc, j: int) -> int:
    """The end of a name word that goes on after a hyphen with no space ("Ki-moon",
    "Crouse-Mays", split by the tokenizer): ``j`` moved past each "-word" joined to it."""
    while (j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_
           and not doc[j].whitespace_ and doc[j + 1].is_alpha):
        j += 2
    return j


def _affiliation_before(doc: Doc, i: int) -> tuple[Optional[Affiliation], int, bool]:
    """Look left of token ``i`` for an affiliation ("Israeli", "US", "Israel's",
    "State Department") and a determiner. Returns (affiliation, new start, determiner)."""
    start = i
    aff: Optional[Affiliation] = None
    j = i - 1
    # modifiers between an affiliation and the title: "Lebanon's new President"
    k = j
    while k >= 0 and doc[k].lower_ in lexicons.title_modifiers():
        k -= 1
    if k < j and k >= 0 and (doc[k].text in POSSESSIVES or doc[k].ent_type_ in ("NORP", "GPE") or countries.demonym_country(doc[k].text)):
        start = k + 1
        j = k
    # possessive: "Israel 's defense minister"
    if j >= 0 and doc[j].text in POSSESSIVES:
        j -= 1
    if j >= 0 and doc[j].ent_type_ in ("NORP", "GPE", "ORG", "FAC") and doc[j].ent_iob_ in ("B", "I"):
        # the whole entity that ends at j
        ent_start = j
        while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
            ent_start -= 1
        span = doc[ent_start : j + 1]
        aff = _affiliation_from_span(span, doc[j].ent_type_)
        if aff is not None:
            start = ent_start
            j = ent_start - 1
    elif j >= 0 and countries.demonym_country(doc[j].text):
        span = doc[j : j + 1]
        aff = _affiliation_from_span(span, "NORP")
        start = j
        j -= 1
    # modifiers such as "top", "former"
    while j >= 0 and doc[j].lower_ in lexicons.title_modifiers():
        start = j
        j -= 1
    det = j >= 0 and doc[j].lower_ in _DETS
    if det:
        start = j
    return aff, start, det


def _affiliation_from_span(span: Span, label: str) -> Optional[Affiliation]:
    """The affiliation an entity span names: a known institution, a country or a nationality."""
    text = span.text
    org = lexicons.organisations().get(lexicons.name_key(text))
    if label in ("ORG", "FAC"):
        if org is None:
            # "Russian Foreign Ministry": the country a word of the name denotes
            return Affiliation(text, countries.country_in_words(text), span.start_char, span.end_char)
        return Affiliation(text, org["country"], span.start_char, span.end_char, org=org["canonical"], sector=org["sector"])
    if org is not None and org["sector"] == "PTY":
        # "Republican Sen. John McCain": a party adjective, the party's country
        return Affiliation(text, org["country"], span.start_char, span.end_char, org=org["canonical"], sector="PTY", adjective=True)
    codes = countries.any_country(text)
    country = codes[0] if len(codes) == 1 else None
    return Affiliation(text, country, span.start_char, span.end_char)


def _affiliation_phrase(doc: Doc, e: int, capitalised: bool):
    """(affiliation, token after it, name) of an "of/for/at" phrase after a title ending at
    ``e``: "Prime Minister of Israel Benjamin Netanyahu", "A spokesman for the Russian Foreign
    Ministry, Pavel Orlov"; (None, e, None) when no place or organisation follows."""
    a = e + 1
    if doc[a].lower_ == "the" and a + 1 < len(doc):
        a += 1
    if not (doc[a].ent_type_ in ("GPE", "ORG") or _country_entity_at(doc, a)):
        return None, e, None
    k = a
    while k < len(doc) and doc[k].ent_type_ == doc[a].ent_type_ and (k == a or doc[k].ent_iob_ == "I"):
        k += 1
    aff = _affiliation_from_span(doc[a:k], doc[a].ent_type_ if doc[a].ent_type_ in ("GPE", "ORG") else "GPE") or Affiliation(
        doc[a:k].text, None, doc[a].idx, doc[k - 1].idx + len(doc[k - 1].text)
    )
    name = None
    if capitalised and doc[e].lower_ == "of":
        name = _name_after(doc, k)
    elif k + 1 < len(doc) and doc[k].text == ",":
        name = _name_after(doc, k + 1)
    return aff, k, name


def find_titles(doc: Doc) -> list[TitleMatch]:
    """All titles in ``doc``: longest match wins, each with what stands before and after it.

    Returns:
        TitleMatch records in text order. ``name`` is set when a capitalised name follows
        the title; ``determiner`` when the title heads a description ("the minister").
    """
    raw = _matcher(doc)(doc)
    titles = lexicons.titles()
    # longest, then leftmost, non-overlapping
    raw = sorted(raw, key=lambda m: (-(m[2] - m[1]), m[1]))
    taken: set[int] = set()
    chosen: list[tuple[int, int, str]] = []
    for match_id, s, e in raw:
        if any(k in taken for k in range(s, e)) or _starts_known_organisation(doc, s, e):
            continue  # "General Electric" is a company, not a general named Electric
        chosen.append((s, e, doc.vocab.strings[match_id]))
        taken.update(range(s, e))
    chosen.sort()
    out: list[TitleMatch] = []
    for s, e, key in chosen:
        info = titles[key]
        # include leading modifiers in the title text ("Caretaker Prime Minister")
        ts = s
        while ts > 0 and doc[ts - 1].lower_ in lexicons.title_modifiers() and doc[ts - 1].text[:1].isupper() == doc[s].text[:1].isupper():
            ts -= 1
        first = doc[ts]
        capitalised = first.text[:1].isupper() or first.text.isupper()
        aff, outer, det = _affiliation_before(doc, ts)
        # "Libyan leader Muammar Gaddafi": a lower-case title takes a name after an affiliation
        named_ok = capitalised or (aff is not None and aff.country is not None and not det)
        name = _name_after(doc, e) if named_ok and info["kind"] == "office" else None
        if name is None and info["kind"] == "office":  # "Iran's foreign minister, Kamal Darvish,"
            name = name_after_comma(doc, e, _name_after, aff.country if aff is not None else None)
        # "Prime Minister of Israel Benjamin Netanyahu"
        aff_after: Optional[Affiliation] = None
        after = e  # the token after the title and its affiliation
        # "A spokesman for the Russian Foreign Ministry, Pavel Orlov"
        if name is None and e + 1 < len(doc) and doc[e].lower_ in ("of", "for", "at"):
            aff_after, after, name = _affiliation_phrase(doc, e, capitalised)
        if name is None and aff_after is None and key in lexicons.affiliation_titles():
            aff_after, after = _organisation_further(doc, e, after)  # "vice president for studies at the Cato Institute"
        if aff is None and aff_after is not None:
            aff = aff_after
        tm = TitleMatch(
            key=key,
            start=ts,
            end=e,
            text=doc[ts:e].text,
            info=holder_info(key, info, aff),
            affiliation=aff,
            determiner=det and name is None,
            name=name,
            outer_start=outer,
        )
        closed = _closed_after(doc, after)
        unread_name = e < len(doc) and doc[e].text[:1].isupper()  # "Gates, French President FranÃ§ois Hollande"
        if name is None and (not tm.determiner or closed) and not (unread_name and not closed):
            # appositive: "Benny Gantz, Israel's defense minister" / "Gantz, the defense minister,"
            # (after a determiner only when a comma or stop closes it: "On Syria, the
            # president said" gives Syria no title)
            tm.appositive_of = _name_before_comma(doc, outer)
            tm.determiner = tm.determiner and tm.appositive_of is None
        if tm.name is None and not tm.determiner and tm.appositive_of is None:
            continue
        # a description must end at its head noun: "the general public" is not a title
        if tm.determiner and e < len(doc) and doc[e].pos_ in ("NOUN", "PROPN") and not doc[e].text[:1].isupper():
            continue
        out.append(tm)
    return out


#: How far past an office's "for"/"of" a further "at the ORG" is looked for, in tokens.
_FURTHER_TOKENS = 10


def _organisation_further(doc: Doc, e: int, after: int) -> tuple[Optional[Affiliation], int]:
    """(the organisation, the token after it) that an office whose holder takes an
    organisation's sector names further on, past a lower-case field: "vice president for
    defense and foreign policy studies at the Cato Institute", "director of research at
    Acme Corp"; else (None, ``after``). Only an organisation the model tagged, before any
    punctuation."""
    if e + 1 >= len(doc) or doc[e].lower_ not in ("for", "of") or not doc[e + 1].is_lower:
        return None, after
    for k in range(e + 1, min(len(doc) - 1, e + _FURTHER_TOKENS)):
        if doc[k].is_punct:
            break
        if doc[k].lower_ not in ("at", "of"):
            continue
        a = k + 1
        if doc[a].lower_ == "the" and doc[a].ent_iob_ != "B":
            a += 1  # "at the Cato Institute", "the" outside the entity or inside it
        if a >= len(doc) or doc[a].ent_type_ != "ORG" or doc[a].ent_iob_ != "B":
            break
        b = a + 1
        while b < len(doc) and doc[b].ent_iob_ == "I":
            b += 1
        a += doc[a].lower_ == "the" and b > a + 1
        return _affiliation_from_span(doc[a:b], "ORG"), b
    return None, after


def _starts_known_organisation(doc: Doc, s: int, e: int) -> bool:
    """True when the title's words begin an organisation's name the model tagged and a
    dictionary knows by that whole name (``organisations.tsv``, or a PETRARCH2 entry of that
    very name): "General Electric", "General Mills" hold no title."""
    tok = doc[s]
    if tok.ent_type_ != "ORG" or tok.ent_iob_ != "B":
        return False
    k = s + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    if k <= e:
        return False
    name = doc[s:k].text
    if lexicons.organisations().get(lexicons.name_key(name)) is not None:
        return True
    entry_id = "_".join(name.upper().split())
    return any(entry.id == entry_id for entry in petrarch.actor_entries(name))


#: The sectors of institutions no government runs: their officers hold the institution's sector.
_INSTITUTION_SECTORS = ("EDU", "REL", "MED", "BUS")


def _institution_head(aff: Optional[Affiliation]) -> Optional[str]:
    """The sector an unknown organisation's last word gives ("Baylor University" -> EDU), when
    it is one of :data:`_INSTITUTION_SECTORS`; else None."""
    if aff is None or aff.org is not None or aff.sector is not None:
        return None
    words = aff.text.lower().replace(".", " ").replace("\u2019s", "").replace("'s", "").split()
    sector = lexicons.org_heads().get(words[-1]) if words else None
    return sector if sector in _INSTITUTION_SECTORS else None


def _sector_head(name: str) -> bool:
    """True when the last word of an organisation's name gives a sector (``org_heads.tsv``)."""
    words = name.lower().replace(".", " ").split()
    return bool(words) and words[-1] in lexicons.org_heads()


def _closed_after(doc: Doc, after: int) -> bool:
    """True when a comma or stop ends the title phrase at token ``after``, past the rest of a
    possessive place ("the Democratic chair of Florida's Palm Beach County,")."""
    j = after
    if j < len(doc) and doc[j].text in POSSESSIVES:
        j += 1
        while j < len(doc) and doc[j].text[:1].isupper():
            j += 1
    return j >= len(doc) or doc[j].is_punct


def _name_before_comma(doc: Doc, outer: int) -> Optional[tuple[int, int]]:
    """The name tokens (up to four) before a comma that stands right before token ``outer``."""
    k = outer - 1
    if k < 1 or doc[k].text != ",":
        return None
    n_start = k
    while n_start > 0 and k - n_start < 4 and _is_name_token(doc[n_start - 1]):
        n_start -= 1
    return (n_start, k) if n_start < k else None


def _country_entity_at(doc: Doc, a: int) -> bool:
    """True when the entity starting at token ``a`` is a country's name whatever the model's
    label ("of Sri Lanka" with "Sri Lanka" tagged PERSON)."""
    if not doc[a].ent_type_ or doc[a].ent_iob_ != "B":
        return False
    k = a + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return bool(countries.country_codes(doc[a:k].text))


def holder_info(key: str, info: dict[str, Optional[str]], aff: Optional[Affiliation]) -> dict[str, Optional[str]]:
    """The lexicon row of a title, with the sector of the organisation it belongs to when
    the title takes its holder's sector from there ("FBI Director" -> GOV, portfolio COP;
    "Fox News spokesman" -> MED, "RNC spokesman" -> PTY; ``holder`` column of ``titles.tsv``,
    ``title_holders.tsv``). A party adjective gives its sector only to a title with none of
    its own ("Republican leader" -> PTY, "Democratic President" stays GOV).

    Args:
        key: the title's lexicon key.
        info: its ``titles.tsv`` row (not changed: a new dict is returned when it differs).
        aff: the affiliation found before or after the title, if any.
    """
    head = _institution_head(aff) if info.get("sector") in (None, "GOV") else None
    if head is not None:
        # "Baylor University chancellor", "Ohio University president": the officer of a
        # university, church, outlet or firm holds that institution's sector, not GOV's
        return dict(info, sector=head, portfolio=None)
    if aff is not None and aff.sector is None and aff.org is None and key in lexicons.affiliation_titles() \
            and not countries.any_country(aff.text) and (aff.country is None or not _sector_head(aff.text)):
        # "president of the NAACP", "the president of the Arab American Institute": the office
        # of an organisation we cannot sector, not GOV ("Russian Foreign Ministry" keeps it)
        return dict(info, sector=None, portfolio=None)
    if aff is None or aff.sector is None or key not in lexicons.affiliation_titles():
        return info
    holder = lexicons.title_holders().get(aff.sector)
    if holder is None or (aff.adjective and info.get("sector")):
        return info  # a party adjective fills only an empty sector: "Democratic President Obama" stays GOV
    return dict(info, sector=holder[0], portfolio=holder[1])
