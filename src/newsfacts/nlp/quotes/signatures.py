"""Signed quotes: a paragraph that is one quote, followed by a line that names who said it.

Fact checks and notebooks print a quote as a paragraph of its own and sign it on the next
line with a dash and the speaker's name::

    "I helped write that bill."

    - Sanders.

    "..."

    -President Obama, tweeting after the speech.

The quote is the signer's (PolNeAR marks the name as the source). :func:`sign_quotes` gives
such a quote its signer: a quote with no cue of its own (a floating quote, which would
otherwise take the previous paragraph's speaker) takes the signer, and a quoted paragraph no
attribution took becomes a direct quote of the signer. The signature is a paragraph of its
own: a dash, a name of one to four capitalised words that names an entity (a person first,
else an organisation), and at most a comma-set-off aside ("tweeting after the speech",
"Philadelphia"), then a stop. A quote with a cue keeps its own speaker.
"""

from __future__ import annotations

import re
from typing import Optional

from ...schema import Mention, Quote
from .descriptions import TITLE_ABBREVIATIONS
from .found_names import add_mention_to, add_name_person
from .genders import HONORIFICS
from .marks import Marked, paragraphs

#: "- Sanders." / "—President Obama, tweeting after the speech." (the name is group 1)
_SIGNATURE_RE = re.compile(r"[ \t]*[-\u2013\u2014]{1,2}[ \t]*((?:[A-Z][\w.'\u2019-]*[ \t]?){1,4}?)[ \t]*(?:,[^\n]{1,80}?)?\.?[ \t]*$")
#: words that open a title, not a name ("President Obama" is a person named before, or nobody new)
_TITLES = frozenset(w.rstrip(".") for w in HONORIFICS | TITLE_ABBREVIATIONS) | {"president", "senator", "governor", "sen", "rep", "gov"}
#: the types a signer may have
_SIGNER_TYPES = ("PERSON", "ORG")


def sign_quotes(text: str, marked: list[Marked], quotes: list[tuple[int, Quote]], index) -> list[tuple[int, Quote]]:
    """``quotes`` (``(start, quote)`` pairs) with the signed quotes given their signer, and
    a new direct quote for each signed quoted paragraph no quote covers (see the module)."""
    paras = paragraphs(text)
    out = list(quotes)
    for k in range(1, len(paras)):
        sig = paras[k]
        m = _SIGNATURE_RE.fullmatch(text, sig.start, sig.end)
        if m is None:
            continue
        signer = _signer(index, text, m.start(1), m.start(1) + len(m.group(1).rstrip(" \t.")))
        if signer is None:
            continue
        eid, span = signer
        quoted = _quoted_paragraph(text, marked, paras[k - 1].start, paras[k - 1].end)
        if quoted is None:
            continue
        reason = f"signed by the line after the quote ('{text[sig.start : sig.end].strip()}')"
        inside = [q for _, q in out if any(quoted.start <= s < quoted.end for s, _ in q.evidence)]
        if not inside:
            q = Quote(id="", text=text[quoted.start : quoted.end], evidence=[(quoted.start, quoted.end)], kind="direct", speaker=eid,
                      speaker_evidence=[span], cue=None, speaker_reason=reason)
            out.append((quoted.start, q))
            continue
        for q in inside:
            if q.cue is None:
                q.speaker, q.speaker_evidence, q.speaker_reason = eid, [span], reason
    out.sort(key=lambda x: x[0])
    return out


def _signer(index, text: str, start: int, end: int) -> Optional[tuple[str, tuple[int, int]]]:
    """The entity the signature's name names (a person first), with the name's span; None when
    no entity covers a name word or the name is not all of that entity's mention."""
    found = [(ms, me, eid) for ms, me, eid in index.overlapping(start, end) if eid in index.by_id and index.by_id[eid].type in _SIGNER_TYPES]
    if not found:
        eid = _named_person(index, text, start, end)
        return (eid, (start, end)) if eid else None
    found.sort(key=lambda x: (index.by_id[x[2]].type != "PERSON", -(x[1] - x[0])))
    ms, me, eid = found[0]
    if len({x[2] for x in found}) > 1 and index.by_id[found[1][2]].type == index.by_id[eid].type:
        return None  # (two people named: not a signature of one)
    return eid, (start, end)


def _named_person(index, text: str, start: int, end: int) -> Optional[str]:
    """A signature's name no entity covers ("-President Obama", "-Michelle Marks"): the one
    named person whose name ends with the name's last word (a title before it may stay:
    "President Obama"), else a new person for a name of two or three capitalised words with
    no title ("a name the signature of a quote gives"); else None."""
    words = text[start:end].split()
    last = words[-1].lower()
    people = {e.id for e in index.entities if e.named and e.type == "PERSON" and e.name.lower().split()[-1:] == [last]}
    if len(people) == 1:
        return add_mention_to(index, index.by_id[people.pop()], Mention(text[start:end], start, end, "surname"))
    if people or not 2 <= len(words) <= 3 or words[0].rstrip(".").lower() in _TITLES or not all(w[1:].islower() for w in words):
        return None
    return add_name_person(index, " ".join(words), start, end, "a name the signature of a quote gives")


def _quoted_paragraph(text: str, marked: list[Marked], start: int, end: int) -> Optional[Marked]:
    """The quoted span that is the whole paragraph [start, end) but for spaces and a final
    stop, of 20 characters or more; else None."""
    for m in marked:
        if m.start >= end:
            break
        if m.end <= start:
            continue
        if not text[start : m.start].strip() and not text[m.end : end].strip(" \t.") and m.end - m.start >= 20:
            return m
        return None
    return None
