"""Which of several people who share a surname a lone surname names ("Senator Cruz" when the
article names Ted Cruz and Heidi Cruz).

:func:`choose_namesake` decides, with the evidence in this order, and says which rule did:

1. gender: an honorific or gendered title before the surname ("Mrs. Obama", "Congresswoman
   X") keeps the people of that gender (or of unknown gender). A person's own gender comes
   from their honorifics, titles and first name, else from the pronouns that refer to their
   full name (:mod:`.pronouns`); a pronoun after the lone surname itself is not read (on
   PolNeAR dev it pointed to the wrong namesake in three of four cases);
2. a title before the surname ("Senator Cruz", "President Obama") keeps the people whose
   titles in the article fit it (same head word: "senator" = "sen."), else those whose
   offices in ``lexicons/people.tsv`` fit it (the office's name, then its sector);
3. with no title (or one that separates no one): the people named before the mention, then
   the one named most often before it (full names and the surnames already linked: the
   article's main bearer of the name), then the only one the article gives a title, then the
   only one holding an office (a title in the article, or a row of ``people.tsv``);
4. when nothing separates them: the one named most recently before the mention.

A surname named before any of them (a headline's "Trump") joins the one named first (reading
the whole article's counts instead moved a headline's "Trump divorce file" and, through it,
"Trump lawyer" to Ivana Trump on PolNeAR dev: both wrong).

A choice among several people is never silent: it returns a note that the entity stage puts
in the person's ``actor.basis`` ("'Cruz' at 120: one of Ted Cruz, Heidi Cruz; ...").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional

from ... import lexicons
from .titles import TitleMatch

#: a person cluster (:class:`~.resolution.Cluster`; that module imports this one)
Cluster = Any


def heads_fit(a: str, b: str) -> bool:
    """Two title head words name the same office: equal, or one the other's abbreviation
    ("sen." and "senator", "gov." and "governor")."""
    if a == b:
        return True
    short, full = (a, b) if len(a) <= len(b) else (b, a)
    return short.endswith(".") and len(short) > 2 and full.startswith(short[:-1])


def title_head(key: str) -> str:
    """The head word of a title key ("minister" for "minister of defense" and "defense minister")."""
    return key.split(" of ")[0].split()[-1] if key.split() else key


def cluster_titles(c: Cluster) -> list[TitleMatch]:
    """The titles the article gives a person so far (those of its mentions)."""
    return [m.title for m in c.mentions if m.title is not None]


def fits_text_title(title: TitleMatch, c: Cluster, own: Optional[int] = None) -> bool:
    """True when one of the person's titles in the article (other than the mention's own,
    ``own`` = its id) has the title's head word."""
    head = title_head(title.key)
    return any(heads_fit(head, title_head(t.key)) for t in cluster_titles(c) if id(t) != own)


def offices_of(c: Cluster) -> tuple:
    """The person's offices in ``lexicons/people.tsv`` (by their fullest name), or ()."""
    known = lexicons.people()
    person = known["name"].get(" ".join(c.key.split()).lower()) if len(c.key.split()) >= 2 else None
    return tuple(known["offices"].get(person, ())) if person else ()


def fits_office(title: TitleMatch, c: Cluster, by_name: bool) -> bool:
    """True when an office of the person in ``people.tsv`` fits the title: its name has the
    title's head word ("President" for "President Obama"; ``by_name``), else the same sector."""
    head = title_head(title.key)
    for o in offices_of(c):
        if by_name and any(heads_fit(head, w) for w in o.note.lower().replace("(", " ").split()):
            return True
        if not by_name and o.sector and o.sector == title.info.get("sector"):
            return True
    return False


def choose_namesake(
    cands: list[Cluster], at: int, gender: Optional[str] = None, title: Optional[TitleMatch] = None
) -> tuple[Optional[Cluster], str]:
    """The person a lone surname at ``at`` names among ``cands`` (the people of that surname).

    Args:
        cands: the person clusters with that surname, in order of first mention.
        at: where the surname mention starts.
        gender: "F"/"M" from an honorific or gendered title before it, else None.
        title: the title right before it ("Senator" of "Senator Cruz"), else None.

    Returns:
        The person (None when a known gender fits no one) and a note saying which rule chose
        among several people ("" when there was no choice to make).
    """
    if not cands:
        return None, ""
    fits = same_gender(_named_before_if_any(cands, at), gender) if gender else cands
    if not fits:
        return None, ""
    names = ", ".join(c.key for c in cands)
    if len(cands) == 1:
        if title is not None and _title_of_a_listed_namesake(cands[0], title):
            return None, ""
        return cands[0], ""
    if len(fits) == 1:
        return fits[0], f"one of {names}: the only one of the gender its honorific or title gives"
    if title is not None:
        chosen, why = _by_title(fits, title)
        if chosen is not None:
            return chosen, f"one of {names}: {why}"
        fits = [c for c in fits if fits_text_title(title, c, id(title))] or fits
    return _by_salience(fits, at, names)


def _named_before_if_any(cands: list[Cluster], at: int) -> list[Cluster]:
    """The people named before ``at`` when there are any and several share the surname, else
    all: an honorific surname ("Ms. Khan") names someone the reader has met, never a namesake
    the article names only later ("her son, Humayun Khan"; PolNeAR train: "Ms. Khan" joined
    her son when her own cluster had wrongly taken a "Mr. Khan")."""
    if len(cands) < 2:
        return cands
    return [c for c in cands if any(m.start < at for m in c.mentions)] or cands


def _title_of_a_listed_namesake(c: Cluster, title: TitleMatch) -> bool:
    """True when the title before a lone surname fits neither the one person of that surname
    the article names (no title of the article, no ``people.tsv`` office) but fits an office
    that ``people.tsv`` lists for another person of that surname: "Senator Cruz" when only
    Heidi Cruz is named in full is Ted Cruz, not her."""
    if len(c.key.split()) < 2 or fits_text_title(title, c, id(title)) or fits_office(title, c, True) or fits_office(title, c, False):
        return False  # a surname alone may be that listed person
    head = title_head(title.key)
    known = lexicons.people()
    own = known["name"].get(" ".join(c.key.split()).lower())
    for person in _listed_with_surname(c.last.lower()):
        if person != own and any(heads_fit(head, w) for o in known["offices"][person]
                                 for w in o.note.lower().replace("(", " ").split()):
            return True
    return False


@lru_cache(maxsize=4096)
def _listed_with_surname(word: str) -> tuple[str, ...]:
    """The people of ``people.tsv`` (ids) one of whose name forms ends with ``word``."""
    known = lexicons.people()
    return tuple(sorted({p for form, p in known["name"].items() if form.split()[-1:] == [word]}))


def same_gender(cands: list[Cluster], gender: Optional[str]) -> list[Cluster]:
    """The people a mention of known gender may name: those of its gender, else those of
    unknown gender ("Mrs. Clinton" names Hillary Clinton, not Bill Clinton, and never a man
    alone); everyone when the gender is unknown."""
    if gender is None:
        return cands
    same = [c for c in cands if c.gender == gender]
    return same or [c for c in cands if c.gender is None]


def _by_title(fits: list[Cluster], title: TitleMatch) -> tuple[Optional[Cluster], str]:
    """The only person the title fits: by the article's titles, then ``people.tsv`` offices."""
    word = title.text.split()[-1] if title.text else title.key
    in_text = [c for c in fits if fits_text_title(title, c, id(title))]
    if len(in_text) == 1:
        return in_text[0], f"the only one the article titles '{word}'"
    pool = in_text or fits
    for by_name in (True, False):
        known = [c for c in pool if fits_office(title, c, by_name)]
        if len(known) == 1:
            what = "an office so named" if by_name else "an office of the title's sector"
            return known[0], f"the only one whose lexicons/people.tsv rows hold {what} ('{word}')"
    return None, ""


def _by_salience(fits: list[Cluster], at: int, names: str) -> tuple[Cluster, str]:
    """No title decides: named before, named most often before ``at`` (full names and the
    surnames already linked), the only office holder, else the one named most recently before
    ``at`` (the documented tie rule). A surname before all of them (a headline's "Trump") joins
    the one named first."""
    before = [c for c in fits if any(m.start < at for m in c.mentions)]
    if not before:
        return fits[0], f"one of {names}: named before every one of them, so the one named first"
    if len(before) == 1:
        return before[0], f"one of {names}: the only one named before it"
    counts = {id(c): sum(1 for m in c.mentions if m.start < at) for c in before}
    top = max(counts.values())
    best = [c for c in before if counts[id(c)] == top]
    if len(best) == 1:
        return best[0], f"one of {names}: the one named most often before it ({top} times)"
    titled = [c for c in best if cluster_titles(c)]
    if len(titled) == 1:  # the article's own title first: its rows do not outweigh the text
        return titled[0], f"one of {names}: the only one the article gives a title"
    office = [c for c in best if cluster_titles(c) or offices_of(c)]
    if len(office) == 1:
        return office[0], f"one of {names}: the only one holding an office (in the article or lexicons/people.tsv)"
    last = max(best, key=lambda c: max(m.start for m in c.mentions if m.start < at))
    return last, f"one of {names}: nothing else separates them, so the one named most recently before it"
