"""The web pages' query parameters: parsed and checked here, before any query runs.

A parameter out of its vocabulary or form is a :class:`~newsfacts.errors.WebError` NF503
(HTTP 400) naming the parameter.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from ..errors import E_BAD_PARAM, WebError
from ..nlp.events import plover_types as event_types
from ..store.browse import LEVELS
from ..store.dyads import COUNTS, PERIODS

_COUNTRY = re.compile(r"[A-Z]{3}")
_ACTOR_ID = re.compile(r"[a-z]+:\S.*")
#: The longest search text accepted.
MAX_SEARCH = 200


def plover_types() -> tuple[str, ...]:
    """The PLOVER event types, in the order of ``lexicons/plover_types.tsv`` (read once, by
    :func:`newsfacts.nlp.events.plover_types`): the ``types`` filter accepts only these."""
    return tuple(event_types())


def parse_date(value: Optional[str], name: str) -> Optional[_dt.date]:
    """An optional ISO date parameter."""
    if value in (None, ""):
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise WebError(f"{name}={value!r} is not a date in YYYY-MM-DD form", code=E_BAD_PARAM) from None


def parse_types(value: Optional[str]) -> list[str]:
    """A comma-separated list of PLOVER event types (empty means all)."""
    if not value:
        return []
    types = [t.strip().upper() for t in value.split(",") if t.strip()]
    bad = [t for t in types if t not in plover_types()]
    if bad:
        raise WebError(f"unknown event type(s) {', '.join(bad)}; PLOVER types are {', '.join(plover_types())}", code=E_BAD_PARAM)
    return types


def check_period(by: str) -> str:
    """The dyads' period (one of :data:`newsfacts.store.dyads.PERIODS`)."""
    if by not in PERIODS:
        raise WebError(f"by={by!r}: use one of {', '.join(PERIODS)}", code=E_BAD_PARAM)
    return by


def check_count(count: str) -> str:
    """What the dyads count (one of :data:`newsfacts.store.dyads.COUNTS`)."""
    if count not in COUNTS:
        raise WebError(f"count={count!r}: use {' or '.join(COUNTS)}", code=E_BAD_PARAM)
    return count


def check_level(level: str) -> str:
    """The network's level (one of :data:`newsfacts.store.browse.LEVELS`)."""
    if level not in LEVELS:
        raise WebError(f"level={level!r}: use {' or '.join(LEVELS)}", code=E_BAD_PARAM)
    return level


def actor_code(code: Optional[str]) -> str:
    """An ISO 3166 alpha-3 country code, upper-cased (the CLI's vocabulary: :mod:`newsfacts.store.vocab`)."""
    from ..store.vocab import country_codes

    code = (code or "").strip().upper()
    if not _COUNTRY.fullmatch(code) or code not in country_codes():
        raise WebError(f"{code!r} is not an ISO 3166 alpha-3 country code (such as ISR or USA)", code=E_BAD_PARAM)
    return code


def entity_name(name: str) -> str:
    """A non-empty entity name."""
    if not name.strip():
        raise WebError("give an entity name, e.g. /entity?name=Ingrid%20Solheim", code=E_BAD_PARAM)
    return name


def actor_id(value: str) -> str:
    """An actor id (``people:vladimir putin``, ``country:USA``): a lower-case word, a colon, the rest."""
    value = (value or "").strip()
    if not _ACTOR_ID.fullmatch(value) or len(value) > MAX_SEARCH:
        raise WebError(f"id={value!r} is not an actor id (such as people:vladimir putin or country:USA)", code=E_BAD_PARAM)
    return value


def page_number(value: str) -> int:
    """A page of a list (``?page=N``): a whole number from 1."""
    value = (value or "1").strip()
    if not value.isdigit() or not 1 <= int(value) <= 10**9:
        raise WebError(f"page={value!r}: use a whole number from 1", code=E_BAD_PARAM)
    return int(value)


def per_page(value: str) -> int:
    """Rows per page of a long list (``?limit=N``): a whole number from 1 to
    :data:`newsfacts.store.browse.MAX_PER_PAGE`; empty is :data:`newsfacts.store.browse.PER_PAGE`."""
    from ..store.browse import MAX_PER_PAGE, PER_PAGE

    value = (value or "").strip()
    if not value:
        return PER_PAGE
    if not value.isdigit() or not 1 <= int(value) <= MAX_PER_PAGE:
        raise WebError(f"limit={value!r}: use a whole number from 1 to {MAX_PER_PAGE}", code=E_BAD_PARAM)
    return int(value)


#: The network's largest ``top`` (actors drawn).
MAX_TOP = 500


def top_count(value: str) -> int:
    """How many actors the network draws (``?top=N``): a whole number from 1 to :data:`MAX_TOP`."""
    value = (value or "").strip()
    if not value.isdigit() or not 1 <= int(value) <= MAX_TOP:
        raise WebError(f"top={value!r}: use a whole number from 1 to {MAX_TOP}", code=E_BAD_PARAM)
    return int(value)


def search_text(q: str) -> str:
    """The search text, stripped, at most :data:`MAX_SEARCH` characters."""
    q = (q or "").strip()
    if len(q) > MAX_SEARCH:
        raise WebError(f"the search text is over {MAX_SEARCH} characters", code=E_BAD_PARAM)
    return q


def check_modality(value: Optional[str]) -> tuple[str, ...]:
    """The modalities counted (``?modality=``: ``happened``, the default; ``all``; or a
    comma-separated list), as the CLI's ``--modality`` (:func:`newsfacts.store.dyads.parse_modality`)."""
    from ..errors import NewsfactsError
    from ..store.dyads import parse_modality

    try:
        return parse_modality(value)
    except NewsfactsError as exc:
        raise WebError(f"modality={value!r}: {exc.args[0]}", code=E_BAD_PARAM) from None


def flag(value: Optional[str], name: str) -> bool:
    """A yes/no parameter (``?background=1``): empty, 0, false or no is no; 1, true or yes is yes."""
    v = (value or "").strip().lower()
    if v in ("", "0", "false", "no", "off"):
        return False
    if v in ("1", "true", "yes", "on"):
        return True
    raise WebError(f"{name}={value!r}: use 1 or 0", code=E_BAD_PARAM)
