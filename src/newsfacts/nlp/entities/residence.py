"""Where a private person is from, as an appositive after the name says it: "Martha Allen, a
Sanders delegate from Vermont,", "Michelle Stevens, 30, of Gainesville, Fla.", "Gavin
Hamilton, 23, a student from Fresno, Calif." give the country of the place (USA), and no sector;
after an age, "in" as well ("Carole Roe, 75, a retiree in Carthage, Ill.").

Read only where nothing else gave a country: called by the entity stage (``extract.py``) after
the person rules of :mod:`.actors` and the employers of :mod:`.employers` and
:mod:`.employers_after`. The place must be a whole place name right after
"from" inside the appositive, or "of" right after the comma or the age ("a critic of
Russia" is no residence): a US state or its AP abbreviation, a place followed by
one ("Fresno, Calif."), or a place the story's places stage resolved to one country; and it
must end the appositive (a comma, a stop, "who", "and", "in" or the end of the sentence after
it), so "a lawyer from the New York firm X" or "a student of Chinese history" give nothing.
The appositive is at most ``_MAX_WORDS`` words with no verb before "from"/"of".
"""

from __future__ import annotations

from typing import Any, Optional

from ...lexicons import countries

#: Words an appositive may run to before "from"/"of" ("a Sanders delegate from", "a student from").
_MAX_WORDS = 6
_PREPOSITIONS = ("from", "of")
#: Words that may follow the place and close the phrase.
_CLOSERS = frozenset({",", ".", ";", ":", "who", "and", "in", ")", "—", "–", "-", "''", '"', "”"})


def _skip_age(doc, k: int) -> int:
    """The token after "NN," when an age stands after the name's comma ("Jane Roe, 32, of ...")."""
    if k + 1 < len(doc) and doc[k].like_num and doc[k + 1].text == ",":
        return k + 2
    return k


def _place_end(doc, j: int) -> Optional[int]:
    """The token after a GPE entity starting at ``j`` (None when no GPE starts there)."""
    if j >= len(doc) or doc[j].ent_type_ != "GPE" or doc[j].ent_iob_ != "B":
        return None
    k = j + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k


def _state_after(doc, k: int) -> Optional[tuple[str, int]]:
    """A US state or AP abbreviation after a comma at ``k`` ("Fresno, Calif."): (state, token after)."""
    if k + 1 >= len(doc) or doc[k].text != ",":
        return None
    end = _place_end(doc, k + 1) or k + 2
    name = doc[k + 1:end].text
    state = countries.us_state_name(name)
    return (state, end) if state else None


def _country(doc, j: int, ctx: Any) -> Optional[tuple[str, str, int]]:
    """(ISO3, place as written, token after) of the place starting at token ``j``, or None."""
    end = _place_end(doc, j)
    if end is None:
        return None
    name = doc[j:end].text
    after = _state_after(doc, end)
    if after is not None:
        return "USA", doc[j:after[1]].text, after[1]
    if countries.us_state_name(name):
        return "USA", name, end
    codes = {code for place, code, _n in ctx.places if place == name}
    if len(codes) == 1 and None not in codes:
        return codes.pop(), name, end
    return None


def residence_after(doc, end: int, ctx: Any) -> Optional[tuple[str, str]]:
    """(ISO3, the appositive as written) when the appositive after the name ending at token
    ``end`` says where the person is from; None otherwise."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    k = _skip_age(doc, end + 1)
    start = k
    # "in" only after an age ("Carole Roe, 75, a retiree in Carthage, Ill."): an ordinary person
    # met where they live; "a reporter in Beijing" without an age is left alone
    preps = _PREPOSITIONS + ("in",) if k > end + 1 else _PREPOSITIONS
    while k < len(doc) and k - start <= _MAX_WORDS and doc[k].lower_ not in preps:
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].is_punct or doc[k].is_sent_start:
            return None
        k += 1
    if k >= len(doc) or doc[k].lower_ not in preps or doc[k].is_sent_start:
        return None
    if doc[k].lower_ == "of" and k > start:
        return None  # "a critic of Russia", "a supporter of Israel": "of" only right after the comma
    found = _country(doc, k + 1, ctx)
    if found is None:
        return None
    code, _place, after = found
    if after < len(doc) and doc[after].text not in _CLOSERS and not (doc[after].is_sent_start or doc[after].is_space):
        return None  # "from the New York firm", "of Texas's": the place is a modifier
    if after < len(doc) and doc[after].text in ("'s", "’s"):
        return None
    return code, doc[end + 1:after].text


def code_residence(actor, c, ctx) -> None:
    """Fill a person's missing country from where an appositive after a mention says they are
    from (module docstring); no sector."""
    if actor.country is not None or ctx.doc is None:
        return
    doc = ctx.doc
    for m in c.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        found = residence_after(doc, span.end, ctx) if span is not None else None
        if found is not None:
            actor.country = found[0]
            actor.basis.append(f"country {found[0]} from '{found[1]}' after the name (where the person is from)")
            return
