"""The article's setting as the country of a person the text gives no country (last person rule).

A private person quoted in a US story ("Jacob Shiansky, 24, who was visiting Manhattan",
"said Eric Woolson, who managed the 2008 Iowa campaign"), an analyst or an aide with no coded
employer: no title, list or place of their own says where they are from, yet the story is set
in one country and names no other around them. PETRARCH2-style coders code such a person with
the story's country. The rule is strict (precision first); the person takes the article's
country only when

- the text is an article, not a one-sentence record (at least :data:`MIN_SENTENCES` sentences);
- one country dominates the places and nationalities the text names (at least
  :data:`MIN_MENTIONS` mentions and :data:`MIN_SHARE` of all country mentions);
- neither the dateline nor the state institutions the text names point to another country
  (:func:`.vote_guard.vote_blocked`);
- no sentence that mentions the person names another country or nationality, and the sentence
  before their first mention names none either (a foreign speaker introduced by "In Syria, ...").
  The sentence after was tried as well: on PolNeAR train `Random(1303)` it removed one right
  code and none of the three wrong ones;
- the sentence after a mention does not describe the person with another nationality ("The
  Afro-Colombian journalist expressed ...", :mod:`.setting_foreign`);
- the person is named in full somewhere (a lone word is often no person: "Glass" of
  "Glass-Steagall");
- the person is no rebel, international or stateless actor (REB, IGO, NGO) and no PETRARCH2
  entry coded them without a country.

The person gets the country only, never a sector.
"""

from __future__ import annotations

from typing import Any

from ..text import sentences
from .setting_foreign import described_foreign
from .vote_guard import vote_blocked

#: The fewest sentences of a text whose setting is read (a one-sentence record has none).
MIN_SENTENCES = 4
#: The fewest mentions of the article's main country.
MIN_MENTIONS = 3
#: The least share of the country mentions that the main country holds.
MIN_SHARE = 0.75
#: Sectors whose holders act for no one country, or are so often foreign.
_NOT_SETTING = ("IGO", "NGO", "REB")
#: Switch (tests and measurement): False leaves the rule out.
ENABLED = True


def setting_country(ctx: Any) -> tuple[str, int, int] | None:
    """``(country, mentions, all country mentions)`` of the article's setting, or None."""
    if ctx.doc is None or not ctx.doc_countries or len(sentences(ctx.doc)) < MIN_SENTENCES:
        return None
    (main, n), = ctx.doc_countries.most_common(1)
    total = sum(ctx.doc_countries.values())
    if n < MIN_MENTIONS or n < MIN_SHARE * total:
        return None
    return main, n, total


def code_setting(people: list, ctx: Any) -> None:
    """Give each person of ``people`` (``(cluster, actor)`` pairs) with no country the article's
    setting (module rules), with the basis; the article's setting is read once."""
    if not ENABLED:
        return
    found = setting_country(ctx)
    if found is None:
        return
    blocked = None  # the dateline and institutions, read once and only when someone needs them
    for c, actor in people:
        if actor.country is not None or actor.sector in _NOT_SETTING or " " not in " ".join(c.key.split()):
            continue  # a lone word ("Glass" of "Glass-Steagall"): often no one, and never introduced
        if (actor.entry and str(actor.entry).startswith("petrarch:")) or not _alone(c, ctx, found[0]):
            continue
        if described_foreign(c, ctx, found[0]):  # "... The Afro-Colombian journalist expressed ..."
            continue
        if blocked is None:
            blocked = bool(vote_blocked(found[0], ctx.doc, list(ctx.person_actor.values()), ctx.published))
        if blocked:
            return
        actor.country = found[0]
        actor.basis.append(
            f"country {found[0]}: the article's setting ({found[1]} of {found[2]} country mentions; no other "
            "country named around the person, who has no title, place or employer of their own in the text)"
        )


def _alone(c: Any, ctx: Any, main: str) -> bool:
    """True when no sentence that mentions the person, nor the one before the first, names
    another country than ``main``."""
    sents = {m.sent for m in c.mentions}
    first = min(sents) if sents else 0
    return not any(code != main for s in sents | {first - 1} for code in ctx.sent_countries.get(s, ()))
