"""The event stage's word lists and patterns, read from ``lexicons/``: trigger patterns
(``event_verbs.tsv``, ``event_nouns.tsv``), rule re-typings (``event_recodings.tsv``), word
roles (``event_words.tsv``, ``actor_words.tsv``, ``event_agents.tsv``), prepositions
(``event_preps.tsv``), entity labels (``event_entity_types.tsv``), PLOVER types and CAMEO roots."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ... import lexicons
from ...lexicons import actor_words  # noqa: F401  (the role words, shared with the entity stage)


@dataclass(frozen=True)
class Pattern:
    """One trigger pattern from the lexicon."""

    type: str
    mode: Optional[str]
    cameo: str
    sense: str = "-"  # sense conditions of the row (comma-separated; see :mod:`.senses`), "-" for none


@lru_cache(maxsize=None)
def verb_patterns() -> dict[str, dict[str, Pattern]]:
    """lemma -> {particle or "-": pattern}, from ``lexicons/event_verbs.tsv`` (a row typed ``-``
    is a phrasal verb that is no trigger: "back out")."""
    out: dict[str, dict[str, Pattern]] = {}
    for lemma, particle, typ, mode, cameo, *sense in lexicons.rows("event_verbs.tsv"):
        out.setdefault(lemma, {})[particle] = Pattern(typ, None if mode == "-" else mode, cameo, (sense or ["-"])[0])
    return out


@lru_cache(maxsize=None)
def verb_forms() -> dict[str, str]:
    """Inflected form -> lemma for trigger verbs the model lemmatises wrongly ("raped" -> "rape"),
    from ``lexicons/event_verb_forms.tsv``."""
    return {form: lemma for form, lemma in lexicons.rows("event_verb_forms.tsv")}


@lru_cache(maxsize=None)
def noun_patterns() -> dict[str, Pattern]:
    """lemma (or "modifier lemma") -> pattern, from ``lexicons/event_nouns.tsv``."""
    return {
        r[0]: Pattern(r[1], None if r[2] == "-" else r[2], r[3], r[4] if len(r) > 4 else "-")
        for r in lexicons.rows("event_nouns.tsv")
    }


@lru_cache(maxsize=None)
def event_words() -> dict[str, frozenset[str]]:
    """role -> words, from ``lexicons/event_words.tsv`` (light, future, hypothetical, negation, reporting)."""
    out: dict[str, set[str]] = {}
    for role, word in lexicons.rows("event_words.tsv"):
        out.setdefault(role, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def agent_words() -> dict[str, str]:
    """Agent noun -> sector, from ``lexicons/event_agents.tsv``."""
    return {r[0]: r[1] for r in lexicons.rows("event_agents.tsv")}


@lru_cache(maxsize=None)
def plover_types() -> dict[str, tuple[str, str]]:
    """PLOVER type -> (default CAMEO code, stance "cooperation" or "conflict")."""
    return {r[0]: (r[1], r[2]) for r in lexicons.rows("plover_types.tsv")}


@lru_cache(maxsize=None)
def cameo_roots() -> dict[str, tuple[str, int]]:
    """CAMEO root (two digits) -> (quad class, ConfliBERT PentaClass)."""
    return {r[0]: (r[1], int(r[2])) for r in lexicons.rows("cameo_roots.tsv")}


@lru_cache(maxsize=None)
def recodings() -> dict[str, Pattern]:
    """Rule name -> the pattern the rule gives, from ``lexicons/event_recodings.tsv``."""
    return {r[0]: Pattern(r[1], None if r[2] == "-" else r[2], r[3]) for r in lexicons.rows("event_recodings.tsv")}


def recoding(name: str) -> Pattern:
    """The pattern rule ``name`` gives ("halt_aid": SANCTION, discontinue, CAMEO 162)."""
    return recodings()[name]


@lru_cache(maxsize=None)
def _roles(name: str) -> dict[str, frozenset[str]]:
    """role -> words, from a lexicon file of ``word<TAB>roles`` rows (roles space-separated)."""
    out: dict[str, set[str]] = {}
    for word, roles in lexicons.rows(name):
        for role in roles.split():
            out.setdefault(role, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


def preps(role: str) -> frozenset[str]:
    """The prepositions with ``role`` ("directed", "verb_target", ...) in ``lexicons/event_preps.tsv``."""
    return _roles("event_preps.tsv")[role]


def entity_types(role: str) -> frozenset[str]:
    """The entity labels with ``role`` ("actor", "national", "place", "non_actor") in
    ``lexicons/event_entity_types.tsv``."""
    return _roles("event_entity_types.tsv")[role]


def type_roles(role: str) -> frozenset[str]:
    """The PLOVER types with ``role`` ("endable", "pledged_as_is") in ``lexicons/event_type_roles.tsv``."""
    return _roles("event_type_roles.tsv")[role]
