"""Speaker pages that are true: which stored quotes a speaker said (``newsfacts quotes
--speaker`` and the web's entity page share these conditions).

- **one page per actor**: a speaker is the corpus-wide actor id of the quote's speaker
  entity (``quotes.speaker_actor_id``, schema 1.1.0), so "Putin" and "Vladimir Putin" are
  one speaker; ``--speaker NAME`` finds every actor an entity of that name (substring, any
  case) belongs to, and lists the quotes of those actors under any of their names;
- **said, not said about**: a quote whose speaker is named only inside the quote's own
  content is not theirs (the speaker entity has mentions in the document and every one of
  them lies in the content, or every span naming the speaker for this quote does): "Roe
  condemned Poe's remarks" is no quote of Poe's;
- **reactions are apart**: an attribution whose content is a bare noun phrase (kind
  ``reaction``, schema 1.2.0: "rejected the criticism") is not listed unless asked for
  (``--reactions``, ``?reactions=1``).
"""

from __future__ import annotations

from typing import Iterable, Optional

#: SQL (quotes aliased ``q``): a span of ``{col}`` lies inside one of the quote's content spans.
_INSIDE = ("list_bool_or(list_transform(json_transform(q.evidence, '[[\"INTEGER\"]]'), "
           "lambda x: x[1] <= {s} AND {e} <= x[2]))")

def named_outside_sql(mentions: str = "mentions") -> str:
    """SQL condition (quotes aliased ``q``) computed from the stored spans: the speaker is named
    somewhere outside the quote's content, or the store cannot tell (no mentions stored, no
    content spans). What :func:`named_outside` computes once per quote at write time.
    ``mentions``: the table or CTE holding the mentions (an actor page passes its own)."""
    return (
        "(q.speaker_id IS NULL OR q.evidence IS NULL OR q.evidence IN ('', '[]') OR ("
        # some mention of the speaker outside the content, or no mention stored at all
        f"(EXISTS (SELECT 1 FROM {mentions} m WHERE m.doc_id = q.doc_id AND m.entity_id = q.speaker_id AND NOT "
        + _INSIDE.format(s="m.start", e='m."end"')
        + f") OR NOT EXISTS (SELECT 1 FROM {mentions} m WHERE m.doc_id = q.doc_id AND m.entity_id = q.speaker_id))"
        # and the words naming the speaker for this quote are not all inside the content
        " AND NOT coalesce(q.speaker_evidence NOT IN ('', '[]') AND list_bool_and(list_transform("
        "json_transform(q.speaker_evidence, '[[\"INTEGER\"]]'), lambda sp: "
        + _INSIDE.replace("lambda x", "lambda y").replace("x[", "y[").format(s="sp[1]", e="sp[2]")
        + ")), false)))"
    )


#: :func:`named_outside_sql` over the store's ``mentions`` table.
NAMED_OUTSIDE_SQL = named_outside_sql()

#: SQL condition (quotes aliased ``q``): the speaker is named outside the quote's content.
#: The stored ``quotes.speaker_named_outside`` (schema 1.2.0, :func:`named_outside`), else (a
#: row of an older store not yet filled) :data:`NAMED_OUTSIDE_SQL`.
NAMED_OUTSIDE = f"coalesce(q.speaker_named_outside, {NAMED_OUTSIDE_SQL})"


def named_outside_condition(con, mentions: str = "mentions") -> str:
    """SQL condition (quotes aliased ``q``) for :data:`NAMED_OUTSIDE` on connection ``con``:
    the stored column alone when every quote row has it (DuckDB would compute the fallback's
    joins even where the column is set), else the column or, where it is NULL,
    :func:`named_outside_sql` over ``mentions``."""
    unfilled = con.execute("SELECT EXISTS (SELECT 1 FROM quotes WHERE speaker_named_outside IS NULL)").fetchone()[0]
    if not unfilled:
        return "q.speaker_named_outside"
    return f"coalesce(q.speaker_named_outside, {named_outside_sql(mentions)})"


def named_outside(evidence: Optional[list], speaker_evidence: Optional[list], mentions: Iterable[tuple[int, int]],
                  has_speaker: bool = True) -> bool:
    """Whether a quote's speaker is named somewhere outside the quote's content (what
    :data:`NAMED_OUTSIDE_SQL` tells from the stored rows), computed once per quote.

    Args:
        evidence: the quote's content spans ``[[start, end], ...]``.
        speaker_evidence: the spans naming the speaker for this quote.
        mentions: ``(start, end)`` of every mention of the speaker entity in the document.
        has_speaker: False for a quote without a speaker (True: nothing to hide).

    Returns:
        False when the speaker's mentions all lie inside the content, or the spans naming
        the speaker for this quote all do; True otherwise (and when there is no speaker or
        no content span: the store cannot tell).
    """
    if not has_speaker or not evidence:
        return True
    spans = [(sp[0], sp[1]) for sp in evidence]

    def inside(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in spans)

    ms = list(mentions)
    if ms and all(inside(s, e) for s, e in ms):
        return False
    return not (speaker_evidence and all(inside(sp[0], sp[1]) for sp in speaker_evidence))


def kind_condition(reactions: bool) -> str:
    """SQL condition (quotes aliased ``q``) on the quote's kind: reactions only when asked for."""
    return "TRUE" if reactions else "coalesce(q.kind, '') <> 'reaction'"


def speaker_condition() -> str:
    """SQL condition (quotes aliased ``q``; two parameters, both the name pattern ``%name%``):
    the quote's speaker is an actor some entity of that name belongs to, or (a row without
    an actor id) has a name containing it."""
    return (
        "(q.speaker_name ILIKE ? OR q.speaker_actor_id IN "
        "(SELECT DISTINCT actor_id FROM entities WHERE name ILIKE ? AND actor_id IS NOT NULL))"
    )
