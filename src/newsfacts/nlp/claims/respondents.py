"""Shares of respondents as a source: "47 percent said ...", "nine in 10 say", "the share of
Republicans saying ...". Such a source is the poll's finding, never a claimant of its own."""

from __future__ import annotations

import re

#: the words of a source that is a share of those asked
SHARE_SOURCE_RE = re.compile(
    r"(?:about|around|nearly|almost|only|just|some|over|more than|less than|\s)*(?:[\w.-]+(?:\s?(?:percent|per cent|%)|\s+(?:in|out of)\s+\w+)"
    r"|(?:(?:a|one|two|three|four)[\s-])?(?:half|thirds?|quarters?|fifths?)|(?:a|the)\s+(?:majority|share|proportion|percentage))(?:\s+of\s+[^,;]{1,60})?", re.I)


def share_source(text: str, q) -> bool:
    """Whether a quote's source is a share of respondents ("47 percent said", "nine in 10 said")."""
    return bool(q.speaker_evidence) and SHARE_SOURCE_RE.fullmatch(text[q.speaker_evidence[0][0] : q.speaker_evidence[0][1]]) is not None
