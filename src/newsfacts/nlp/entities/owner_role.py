"""An organisation's name used as a modifier before a role and a name, with no possessive:
"CNBC moderator Carl Roe", "DoubleLine Capital portfolio manager Ann Roe", "the Microsoft chief
executive, Sam Roe". The organisation is the person's employer (as "CNN's Dana Bash",
:mod:`.employers_after`): the words between are one to four lower-case words (or "CEO", "CFO",
"COO") holding a role word (``employee_role`` or ``owner_role`` of ``entity_words.tsv``, or a one-word
title; "former" gives the country only),
then an optional comma, and nothing else.
"""

from __future__ import annotations

import re
from typing import Optional

from ... import lexicons

#: Switch (tests and measurement): False leaves the rule out.
ENABLED = True
#: The words between the organisation and the name: lower-case role words, an optional comma.
_BARE_ROLE = re.compile(r"^\s((?:(?:[a-z][a-z\-]*|CEO|CFO|COO)\s){0,3}(?:[a-z][a-z\-]*|CEO|CFO|COO)),?\s$")


def bare_owner_role(between: str) -> Optional[str]:
    """The role words between an organisation's mention and a name, with no possessive, or None."""
    if not ENABLED:
        return None
    hit = _BARE_ROLE.match(between)
    return hit.group(1) if hit else None


def owner_role_word(words: str) -> bool:
    """True when the role words hold a word of ``owner_role`` ("moderator", "editor") and no "former"."""
    low = words.lower().split()
    return "former" not in low and any(w in lexicons.entity_words("owner_role") for w in low)
