"""The maker of "the poll" once every maker is known (after :mod:`.maker_names`).

:mod:`.makers` gives "according to the poll" the one maker the story names for its polls, but it
runs before :mod:`.maker_names` makes an organisation of a maker the tagger did not name ("a poll
... released on Friday by Latino Decisions"), so such a story's later "the poll" kept the
unnamed actor "poll" as its claimant. Here, after all claimants are set: a claim whose claimant is
none or an unnamed actor and whose one source span is "the poll" or "the survey" (at most "new",
"latest", "same" or "recent" between) takes the one named organisation that claims another figure
earlier in the story through source words holding the same noun ("a poll of 400 Latino voters
... by Latino Decisions"). Two such makers, or none: nothing.
"""

from __future__ import annotations

import re

from .org_sources import open_claimant

#: "the poll", "the latest survey"
_THE_POLL_RE = re.compile(r"(?:the|The)\s+(?:(?:new|latest|same|recent)\s+)?(?P<noun>poll|survey)")
#: switch for before/after measures
LATE_POLLS_OFF = False


def late_poll_makers(text: str, infos: list, entities) -> None:
    """Give "the poll" the one named maker of the story's earlier polls (see the module)."""
    if LATE_POLLS_OFF or entities is None:
        return
    for info in infos:
        if len(info.claimant_evidence) != 1 or not open_claimant(entities, info.claim.claimant):
            continue
        s, e = info.claimant_evidence[0]
        m = _THE_POLL_RE.fullmatch(text, s, e)
        if m is None:
            continue
        noun = re.compile(r"\b" + m.group("noun") + r"\b", re.I)
        makers = {i.claim.claimant for i in infos
                  if i.claim.claimant is not None and i.claimant_evidence and i.claimant_evidence[0][1] <= s
                  and noun.search(text, i.claimant_evidence[0][0], i.claimant_evidence[0][1])
                  and (ent := entities.by_id.get(i.claim.claimant)) is not None and ent.named and ent.type == "ORG"}
        if len(makers) == 1:
            info.claim.claimant = makers.pop()
