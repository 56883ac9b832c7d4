"""A description that names an office someone before it is known to hold or have held.

'Sanders started a petition aimed at Clinton. The former secretary of state has supported ...':
the subject of the sentence before (Sanders) does not fit, the text titles nobody so, and the
rules of :mod:`.descriptions` left "the former secretary of state" without a speaker. The one
person named in the :data:`_REACH` characters before it whose office in ``lexicons/people.tsv``
(at any date) is that title, word for word ("secretary of state", not "state senator" for a
senator and a secretary of state), is meant. Strict: a title of two words or more, exactly one
such person, never a person inside the quote's own content, and nobody in the text titled with
the head word; "the former ..." only an office that ended, else only one still held (the
people.tsv rows cannot tell who held an ended office at the article's date); never by recency alone.
"""

from __future__ import annotations

import re
from typing import Optional

from ... import lexicons

#: how far back (characters) the description looks for the person who holds the office
_REACH = 600
#: modifiers of a description that keep it the same office ("the former secretary of state")
_TIME_WORDS = frozenset({"former", "then", "onetime", "one-time", "ex", "current", "sitting", "outgoing", "incoming"})


#: modifiers of a description that make it a past office ("the former secretary of state")
_PAST_WORDS = frozenset({"former", "onetime", "one-time", "ex"})


def office_notes(name: str, past: bool = False) -> list[str]:
    """The lower-case offices ``lexicons/people.tsv`` lists for a person ("secretary of state");
    empty when unknown. ``past``: only the offices that ended (for "the former ..."); else only
    the ones still held (no end date: "the secretary of state" is whoever holds it now, which
    the rows of ended offices cannot tell)."""
    known = lexicons.people()
    person = known["name"].get(" ".join(name.split()).lower())
    offices = known["offices"].get(person, ()) if person else ()
    return [re.sub(r"\s+", " ", o.note.lower()) for o in offices if (o.end is not None) == past]


def title_phrase(tok) -> Optional[str]:
    """The office a description headed by ``tok`` names, in lower case: compound words before it
    and an "of" phrase after it ("secretary of state", "first lady"); None when another modifier
    (a place, an adjective other than "former") or no second word makes it less than one office."""
    before = []
    for c in tok.children:
        if c.i < tok.i and c.dep_ != "det":
            if c.lower_ in _TIME_WORDS or c.dep_ == "punct":
                continue
            if c.dep_ not in ("compound", "amod") or c.ent_type_ or any(True for _ in c.children):
                return None
            before.append(c)
    after = []
    for c in tok.children:
        if c.i > tok.i and c.dep_ == "prep" and c.lower_ == "of":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if len(objs) != 1 or any(True for _ in objs[0].children) or objs[0].ent_type_ not in ("", "ORG"):
                return None
            after = ["of", objs[0].lower_]
    words = [c.lower_ for c in sorted(before, key=lambda t: t.i)] + [tok.lower_] + after
    return " ".join(words) if len(words) >= 2 else None


def known_holder(tok, s: int, content: list[tuple[int, int]], persons: list[tuple[int, str]], index,
                 titled: dict[str, list[tuple[int, str]]]) -> tuple[Optional[str], str]:
    """The one person named before ``s`` whom ``people.tsv`` lists with the office the description
    headed by ``tok`` names; (None, "") when none or more than one, or the text titles anyone with its head."""
    if titled.get(tok.lower_):
        return None, ""
    office = title_phrase(tok)
    if office is None:
        return None, ""
    past = any(c.lower_ in _PAST_WORDS for c in tok.children if c.i < tok.i)
    pattern = re.compile(rf"(^|[^\w']){re.escape(office)}($|[^\w'])")
    seen: set[str] = set()
    fits: set[str] = set()
    for pos, eid in persons:
        if pos >= s or pos < s - _REACH or eid in seen or any(cs <= pos < ce for cs, ce in content):
            continue
        seen.add(eid)
        ent = index.by_id.get(eid)
        if ent is not None and any(pattern.search(n) for n in office_notes(ent.name, past)):
            fits.add(eid)
    if len(fits) != 1:
        return None, ""
    eid = fits.pop()
    return eid, f"description 'the {office}' -> the one person named before it whom people.tsv lists as {office}"
