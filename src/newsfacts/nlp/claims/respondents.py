"""Shares of respondents as a source: "47 percent said ...", "nine in 10 say", "the share of
Republicans saying ...". Such a source is the poll's finding, never a claimant of its own."""

from __future__ import annotations

import re

#: the words of a source that is a share of those asked
SHARE_SOURCE_RE = re.compile(
    r"(?:about|around|nearly|almost|only|just|some|over|more than|less than|\s)*(?:[\w.-]+(?:\s?(?:percent|per cent|%)|\s+(?:in|out of)\s+\w+)"
    r"|(?:(?:a|one|two|three|four)[\s-])?(?:half|thirds?|quarters?|fourths?|fifths?|tenths?)|(?:a|the)\s+(?:majority|share|proportion|percentage)"
    r"|those\s+(?:surveyed|polled|questioned|interviewed|asked)|(?:the\s+)?respondents)(?:\s+of\s+[^,;]{1,60})?", re.I)

#: the participle after a bare "those" source the parse left out ("those | surveyed say ...")
_ASKED_RE = re.compile(r"\s+(?:surveyed|polled|questioned|interviewed|asked)\b", re.I)


def share_source(text: str, q) -> bool:
    """Whether a quote's source is a share of respondents ("47 percent said", "nine in 10 said")."""
    if not q.speaker_evidence:
        return False
    s, e = q.speaker_evidence[0]
    return SHARE_SOURCE_RE.fullmatch(text[s:e]) is not None or text[s:e].lower() == "those" and _ASKED_RE.match(text, e) is not None
