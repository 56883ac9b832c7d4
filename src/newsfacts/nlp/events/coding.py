"""PLOVER and CAMEO coding of an event's type: the quad class and ConfliBERT PentaClass of a
CAMEO code, and the type PLOVER's coders would give an event with its modality."""

from __future__ import annotations

from typing import Any, Optional

from .lexicon import cameo_roots, plover_types, type_roles
from .modality import CONDITION, DENIED
from .modality_links import LACKING

#: Notes on acts PLOVER codes no event for, whatever their type and modality.
_NO_EVENT_NOTES = (CONDITION, DENIED, LACKING)


def quad_class(cameo: Optional[str]) -> Optional[str]:
    """The quad class of a CAMEO code ("verbal cooperation", ...), or None."""
    if not cameo:
        return None
    hit = cameo_roots().get(cameo[:2])
    return hit[0] if hit else None


def pentaclass(cameo: Optional[str]) -> int:
    """The ConfliBERT PentaClass (0-4) of a CAMEO code; 0 (statement) when unknown."""
    if not cameo:
        return 0
    hit = cameo_roots().get(cameo[:2])
    return hit[1] if hit else 0


def plover_coded_type(event: dict[str, Any]) -> Optional[str]:
    """The type PLOVER's coders would give a serialised event, or None if they would code none.

    newsfacts keeps what was pledged, threatened or denied in ``type`` and marks it with
    ``modality``. PLOVER codes a future or conditional cooperative act as AGREE, a future or
    conditional hostile act as THREATEN, and a refusal to cooperate ("will not end the
    boycott" is not one; "did not agree", "will not withdraw" are) as REJECT; a hostile act
    that did not happen is no event. Verbal types (REQUEST, ACCUSE, ...) keep their type.
    """
    typ = event["type"]
    stance = plover_types().get(typ, ("", ""))[1]
    modality = event.get("modality")
    if any(n.startswith(_NO_EVENT_NOTES) for n in event.get("notes") or ()):
        return None  # the condition of a conditional, the content of a denial
    if modality == "negated":
        if typ in ("REJECT",):
            return None
        return "REJECT" if stance == "cooperation" else None
    if modality == "future" and typ == "SANCTION":
        return typ  # "announced it would expel the diplomats": the decision is the reduction of relations
    if modality == "hypothetical" and any(n.startswith("under consideration") for n in event.get("notes") or ()):
        return None  # "is considering sending aid": neither a promise nor a threat
    if modality in ("future", "hypothetical") and typ not in type_roles("pledged_as_is"):
        return "AGREE" if stance == "cooperation" else "THREATEN"
    return typ
