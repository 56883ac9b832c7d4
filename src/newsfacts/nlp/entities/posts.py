"""A person described by a post of a known organisation right after the name ("Kenzo Oshima,
the United Nations Emergency Relief Coordinator, demanded ..."): the post is an organisation
mention (:func:`newsfacts.nlp.entities.groups._file` codes it as the organisation it names);
a person the other rules leave without country and sector takes the post's."""

from __future__ import annotations

import re

from ...schema import Actor
from .resolution import Cluster

#: What stands between a name and its appositive post: a comma and an optional article.
_BETWEEN = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?")


def posts_after_names(text: str, people: list[Cluster], others: list[Cluster]) -> dict[int, Cluster]:
    """The post cluster (an organisation cluster whose ``org`` has ``post``) in apposition to a
    person's mention, by ``id`` of the person's cluster."""
    posts = {m.start: oc for oc in others if oc.org and oc.org.get("post") for m in oc.mentions}
    if not posts:
        return {}
    found: dict[int, Cluster] = {}
    for c in people:
        for m in c.mentions:
            between = _BETWEEN.match(text, m.end)
            if between and between.end() in posts:
                found[id(c)] = posts[between.end()]
                break
    return found


def code_from_post(actor: Actor, post: Cluster) -> None:
    """Fill a person's empty actor from the post in apposition to the name."""
    if actor.country or actor.sector:
        return
    actor.country, actor.sector = post.org.get("country"), post.org.get("sector")
    if actor.country or actor.sector:
        actor.basis.append(f"country and sector from the post in apposition to the name, "
                           f"'{post.mentions[0].text}' ('{post.org['canonical']}', lexicons/organisations.tsv)")
