"""Word lists and gazetteer tables shipped with newsfacts, and the one loader for them.

Each lexicon is a UTF-8 TSV (or one-column TXT) file in this folder; lines starting
with ``#`` are comments. Code never hard-codes these lists: it calls :func:`rows`
or one of the typed helpers below, which are cached.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Optional


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The non-comment rows of lexicon file ``name`` as tuples of tab-separated fields."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(tuple(f.strip() for f in line.split("\t")))
    return tuple(out)


def _norm(name: str) -> str:
    name = name.strip().lower().replace("\u2019", "'")
    if name.startswith("the "):
        name = name[4:]
    return name


@lru_cache(maxsize=None)
def titles() -> dict[str, dict[str, Optional[str]]]:
    """Title (lower case) -> {sector, portfolio, default_country, kind}."""
    out: dict[str, dict[str, Optional[str]]] = {}
    for r in rows("titles.tsv"):
        r = r + ("",) * (5 - len(r))
        out[r[0]] = {
            "sector": r[1] or None,
            "portfolio": r[2] or None,
            "default_country": r[3] or None,
            "kind": r[4] or "office",
        }
    return out


@lru_cache(maxsize=None)
def title_modifiers() -> frozenset[str]:
    return frozenset(r[0].lower() for r in rows("title_modifiers.txt"))


@lru_cache(maxsize=None)
def organisations() -> dict[str, dict[str, Optional[str]]]:
    """Known organisations and institutions: normalised name -> {canonical, country, sector, type}."""
    out: dict[str, dict[str, Optional[str]]] = {}
    for r in rows("organisations.tsv"):
        r = r + ("",) * (5 - len(r))
        out[r[0].lower()] = {
            "canonical": r[1],
            "country": r[2] or None,
            "sector": r[3] or None,
            "type": r[4] or "ORG",
        }
    return out


@lru_cache(maxsize=None)
def org_heads() -> dict[str, str]:
    return {r[0].lower(): r[1] for r in rows("org_heads.tsv")}


@lru_cache(maxsize=None)
def demonyms() -> dict[str, str]:
    """Demonym or adjective (lower case) -> ISO3."""
    out: dict[str, str] = {}
    for code, forms in rows("demonyms.tsv"):
        for f in forms.split(","):
            out[f.strip().lower()] = code
    return out


@lru_cache(maxsize=None)
def people() -> dict[str, dict[str, tuple[Optional[str], Optional[str]]]]:
    """Known office holders: ``{"name": {full name (lower case): (country, sector)},
    "surname": {surname: (country, sector)}}``; a surname shared by two entries with
    different codings is left out."""
    full: dict[str, tuple[Optional[str], Optional[str]]] = {}
    sur: dict[str, tuple[Optional[str], Optional[str]]] = {}
    clash: set[str] = set()
    for r in rows("people.tsv"):
        r = r + ("",) * (4 - len(r))
        coding = (r[1] or None, r[2] or None)
        full[r[0].lower()] = coding
        if r[3] == "surname":
            last = r[0].split()[-1].lower()
            if last in sur and sur[last] != coding:
                clash.add(last)
            sur[last] = coding
    for last in clash:
        del sur[last]
    return {"name": full, "surname": sur}


@lru_cache(maxsize=None)
def country_aliases() -> dict[str, tuple[str, ...]]:
    return {r[0].lower(): tuple(c.strip() for c in r[1].split(",")) for r in rows("country_aliases.tsv")}


@lru_cache(maxsize=None)
def capitals_extra() -> dict[str, str]:
    return {r[0].lower(): r[1] for r in rows("capitals_extra.tsv")}


@lru_cache(maxsize=None)
def territories() -> dict[str, str]:
    return {r[0].lower(): r[1] for r in rows("territories.tsv")}



@lru_cache(maxsize=None)
def entity_words(role: str) -> tuple[str, ...]:
    """The words of one role in ``entity_words.tsv`` (lower case, in file order)."""
    return tuple(r[1].lower() for r in rows("entity_words.tsv") if r[0] == role)


@lru_cache(maxsize=None)
def entity_labels(role: str) -> tuple[str, ...]:
    """The NER labels of one role in ``entity_labels.tsv`` (in file order)."""
    return tuple(r[1] for r in rows("entity_labels.tsv") if r[0] == role)


def name_key(name: str) -> str:
    """The lookup key of ``organisations.tsv``: lower case, no leading "the", straight apostrophes."""
    return _norm(name)


__all__ = sorted(
    [
        "capitals_extra", "country_aliases", "demonyms", "entity_labels", "entity_words", "name_key",
        "org_heads", "organisations", "people", "rows", "territories", "title_modifiers", "titles",
    ]
)  # fmt: skip
