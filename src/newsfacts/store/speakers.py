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

#: SQL (quotes aliased ``q``): a span of ``{col}`` lies inside one of the quote's content spans.
_INSIDE = ("list_bool_or(list_transform(json_transform(q.evidence, '[[\"INTEGER\"]]'), "
           "lambda x: x[1] <= {s} AND {e} <= x[2]))")

#: SQL condition (quotes aliased ``q``): the speaker is named somewhere outside the quote's
#: content, or the store cannot tell (no mentions stored, no content spans).
NAMED_OUTSIDE = (
    "(q.speaker_id IS NULL OR q.evidence IS NULL OR q.evidence IN ('', '[]') OR ("
    # some mention of the speaker outside the content, or no mention stored at all
    "(EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = q.doc_id AND m.entity_id = q.speaker_id AND NOT "
    + _INSIDE.format(s="m.start", e='m."end"')
    + ") OR NOT EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = q.doc_id AND m.entity_id = q.speaker_id))"
    # and the words naming the speaker for this quote are not all inside the content
    " AND NOT coalesce(q.speaker_evidence NOT IN ('', '[]') AND list_bool_and(list_transform("
    "json_transform(q.speaker_evidence, '[[\"INTEGER\"]]'), lambda sp: "
    + _INSIDE.replace("lambda x", "lambda y").replace("x[", "y[").format(s="sp[1]", e="sp[2]")
    + ")), false)))"
)


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
