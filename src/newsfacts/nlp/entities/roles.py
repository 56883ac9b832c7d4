"""Roles the text gives a person through a qualifier our titles lack: a US state ("a Texas
lawyer, Tom Briggs", "Jane Miller, an Ohio voter"), a US party ("GOP strategist Rick Wilson",
"a Democratic operative, X") or a listed politician ("the Obama aide, X"), before a role word
right before the name, before it with a comma, or after it with a comma; and a US state's
office ("State Rep. Jeff Hoover", "the state attorney general, Ken Paxton").

A private person with no role stays uncoded (no guessing from the sentence); these rules read
only what the text says of the person. The word classes are in ``entity_words.tsv``
(``us_party``, ``party_role``, ``civilian_role``, ``state_word``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from ... import lexicons
from ...lexicons import countries, petrarch

#: the words that open an apposition ("X, a Texas lawyer"; "another Iowa strategist, X")
DETERMINERS = frozenset({"a", "an", "the", "another"})


def former_before(doc, k: int, last: Optional[int] = None) -> bool:
    """True when the word before token ``k`` (or any of tokens ``k`` to ``last``) says the role
    is past or future ("former", "ex-", "incoming")."""
    words = [doc[k - 1]] if k > 0 else []
    words += list(doc[k:last + 1]) if last is not None else []
    return any(lexicons.title_tenses().get(t.lower_) in ("former", "future") for t in words)


def role_words_after(doc, k: int) -> list[int]:
    """The indices of the one to three lower-case role words from token ``k`` (the last a noun,
    no noun or name after it: "a Democratic strategist,"), or an empty list."""
    words = []
    while k < len(doc) and len(words) < 3 and doc[k].is_alpha and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        words.append(k)
        k += 1
    if not words or doc[words[-1]].pos_ != "NOUN" or (k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN")):
        return []
    return words


@dataclass
class QualifiedRole:
    """A qualifier and the role words it qualifies, beside one mention of a person."""

    kind: str  # "state" (a US state), "party" (a US party word), "person" (a politician), "state_word"
    qualifier: str  # the qualifier as written
    role: tuple[str, ...]  # the role words, lower case
    phrase: str  # qualifier and role words as written
    former: bool = False  # "former Obama adviser X": the role is no longer held (no sector)


def _role_words_before(doc, end: int) -> Optional[int]:
    """The index of the first of one to three lower-case role words ending at token ``end - 1``
    (the last a noun), or None."""
    if end < 1 or doc[end - 1].pos_ != "NOUN" or not doc[end - 1].is_lower or not doc[end - 1].is_alpha:
        return None
    k = end - 1
    while k - 1 >= 0 and end - k < 3 and doc[k - 1].is_alpha and doc[k - 1].is_lower \
            and doc[k - 1].pos_ in ("NOUN", "ADJ") and not doc[k].is_sent_start:
        k -= 1
    return None if doc[k].is_sent_start else k


def _qualifier_ending(doc, k: int) -> Optional[tuple[str, int, str]]:
    """(kind, first token, text) of a qualifier whose last token is ``k``."""
    if k < 0:
        return None
    tok = doc[k]
    if tok.lower_ in lexicons.entity_words("us_party") and tok.text[:1].isupper():
        return "party", k, tok.text
    if tok.text in ("'s", "’s") and k > 0:
        k -= 1
        tok = doc[k]
    if not tok.ent_type_:
        return None
    j = k
    while j > 0 and doc[j].ent_iob_ == "I":
        j -= 1
    text = doc[j:k + 1].text
    if tok.ent_type_ == "GPE" and countries.us_state_name(text):
        return "state", j, text
    if tok.ent_type_ == "PERSON":
        return "person", j, text
    return None


def _qualifier_starting(doc, j: int) -> Optional[tuple[str, int, str]]:
    """(kind, token after it, text) of a qualifier whose first token is ``j``."""
    if j >= len(doc):
        return None
    tok = doc[j]
    if tok.lower_ in lexicons.entity_words("us_party") and tok.text[:1].isupper():
        return "party", j + 1, tok.text
    if tok.ent_iob_ != "B":
        return None
    k = j + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    text = doc[j:k].text
    if tok.ent_type_ == "GPE" and countries.us_state_name(text):
        return "state", k, text
    if tok.ent_type_ == "PERSON" and k < len(doc) and doc[k].text in ("'s", "’s"):
        return "person", k + 1, text
    return None


def _before(doc, s: int) -> Optional[QualifiedRole]:
    """"GOP strategist Rick Wilson", "a Texas lawyer, Tom Briggs"."""
    comma = s >= 1 and doc[s - 1].text == ","
    end = s - 1 if comma else s
    k = _role_words_before(doc, end)
    if k is None:
        return None
    role = tuple(t.lower_ for t in doc[k:end])
    if role[0] in lexicons.entity_words("state_word") and len(role) > 1:
        return QualifiedRole("state_word", doc[k].text, role[1:], doc[k:end].text, former_before(doc, k))
    q = _qualifier_ending(doc, k - 1)
    if q is None:
        return None
    if comma and not (q[1] == 0 or doc[q[1] - 1].lower_ in DETERMINERS or doc[q[1]].is_sent_start):
        return None  # "... in Ohio voter turnout, X": an apposition starts with its determiner
    return QualifiedRole(q[0], q[2], role, doc[q[1]:end].text, former_before(doc, q[1]))


def _after(doc, e: int) -> Optional[QualifiedRole]:
    """"Jane Miller, an Ohio voter," "X, a Democratic strategist"."""
    if e + 2 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in DETERMINERS:
        return None
    q = _qualifier_starting(doc, e + 2)
    if q is None:
        return None
    words = role_words_after(doc, q[1])
    if not words:
        return None
    return QualifiedRole(q[0], q[2], tuple(doc[i].lower_ for i in words), doc[e + 2:words[-1] + 1].text)


def qualified_role(doc, start_char: int, end_char: int) -> Optional[QualifiedRole]:
    """The qualified role beside the name at ``start_char``-``end_char``, or None."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return None
    return _before(doc, span.start) or _after(doc, span.end)


def role_sector(found: QualifiedRole, person_sector: Optional[str]) -> Optional[str]:
    """The sector the role gives: a party's staff PTY; a politician's staff the politician's
    sector on the date (none when no office is held); a private person of a place CVL; a
    state office its title's sector; else an occupation of PETRARCH2's agents (``agent``
    sectors of ``actor_sectors.tsv``)."""
    head = found.role[-1]
    if found.former:
        return None
    if found.kind == "state_word":
        info = lexicons.titles().get(" ".join(found.role))
        return info.get("sector") if info and info.get("kind") == "office" else None
    if head in lexicons.entity_words("party_role"):
        if found.kind == "party":
            return "PTY"
        if found.kind == "person":
            return person_sector if person_sector in ("GOV", "LEG", "PTY") else None
    if found.kind == "person":
        return None
    if head in lexicons.entity_words("civilian_role"):
        return "CVL"
    code = petrarch.agent_code(" ".join(found.role)) or petrarch.agent_code(head)
    sector = petrarch.split_cameo(code)[1] if code else None
    return sector if sector in lexicons.actor_sectors("agent") else None


def state_title(doc, titles) -> Optional[str]:
    """The title of a state office among ``titles``: "State Rep.", "state Sen." (the word
    before the title is ``state_word``), as written; None if none."""
    words = lexicons.entity_words("state_word")
    for t in titles:
        if t.start > 0 and doc[t.start - 1].lower_ in words:
            return f"{doc[t.start - 1].text} {t.text}"
        if t.text.split()[0].lower() in words:
            return t.text
    return None


def state_after_name(doc, end_char: int) -> Optional[str]:
    """The US state after "of" right after a titled name ("Gov. George Wallace of Alabama",
    "Sen. Sherrod Brown of Ohio"), as written; None otherwise."""
    span = doc.char_span(end_char - 1, end_char, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return None
    q = _qualifier_starting(doc, span.end + 1)
    return q[2] if q and q[0] == "state" else None


# --- coding (called from actors.py; ``actor`` an Actor, ``c`` a Cluster, ``ctx`` an ActorContext) ---


def us_story(doc_countries) -> bool:
    """True when the story names the United States more than any other country, or no country."""
    usa = doc_countries.get("USA", 0)
    return usa > max((n for code, n in doc_countries.items() if code != "USA"), default=0) or not doc_countries


def _us_office(actor, c, ctx) -> bool:
    """A US office by the title's form: "State Rep. X" (a US state's), "Sen. X" (AP style),
    "Gov. X of Alabama", in a story about the United States (or, for the last, any story)."""
    if actor.country is not None or not c.titles:
        return False
    usa = us_story(ctx.doc_countries) and bool(ctx.doc_countries.get("USA"))
    state = state_title(ctx.doc, c.titles) if usa else None
    if state:
        actor.basis.append(f"country USA: '{state}' is an office of a US state, in a story about the United States")
    us_titles = lexicons.entity_words("us_title")
    abbrev = next((t.text for t in c.titles if t.key in us_titles or t.text.split()[-1].lower() in us_titles), None) \
        if usa and not state else None
    if abbrev:
        actor.basis.append(f"country USA: '{abbrev}' abbreviates a US title, in a story about the United States")
    after = None
    if not (state or abbrev):
        after = next((f"{m.text} of {s}" for m in c.mentions if m.title is not None
                      for s in [state_after_name(ctx.doc, m.end)] if s), None)
        if after:
            actor.basis.append(f"country USA from '{after}'")
    if state or abbrev or after:
        actor.country = "USA"
        return True
    return False


def _fits_story(found: QualifiedRole, doc_countries) -> bool:
    """A party word counts in a story about the United States; "state" only where the story
    names the United States (a US state) most."""
    if found.kind == "party":
        return us_story(doc_countries)
    if found.kind == "state_word":
        return us_story(doc_countries) and bool(doc_countries.get("USA"))
    return True


def code_qualified_role(actor, c, ctx, in_office: Callable[[], bool], on: str) -> None:
    """Text roles: a US office by the title's form (:func:`_us_office`); else a role word
    qualified by a US state, a US party or a politician: "a Texas lawyer, X" USA; "GOP
    strategist X" USA PTY; "the Obama aide, X" the country of Obama and, on a date he holds an
    office, its sector (``on`` says the date, ``in_office`` whether the text lets the person
    hold an office at all)."""
    if (actor.country is not None and actor.sector is not None) or _us_office(actor, c, ctx):
        return
    for m in c.mentions:
        found = qualified_role(ctx.doc, m.start, m.end)
        if found is None or not _fits_story(found, ctx.doc_countries):
            continue
        country, person_sector, why = "USA", None, f"'{found.phrase}' beside the name"
        if found.kind == "person":
            known = lexicons.person_on(found.qualifier, ctx.published)
            if known is None or known.country is None:
                continue
            country, person_sector = known.country, known.sector
            why += f": {found.qualifier}'s country" + (f" and sector {on}" if person_sector else "")
        if actor.country not in (None, country):
            return
        sector = role_sector(found, person_sector) if in_office() else None
        if actor.country is None:
            actor.country = country
            actor.basis.append(f"country {country} from {why}")
        if actor.sector is None and sector:
            actor.sector = sector
            actor.basis.append(f"sector {sector} from the role in {why}")
        return


def us_chamber(actor, word: str, ctx) -> None:
    """"the House", "House Judiciary Committee": the US Congress's in a story about the United
    States (``us_chamber`` words) with no country of its own yet."""
    if actor.country is None and word.lower() in lexicons.entity_words("us_chamber") and us_story(ctx.doc_countries) \
            and ctx.doc_countries.get("USA"):
        actor.country = "USA"
        actor.basis.append(f"country USA: '{word}' in a story about the United States is the US Congress's")


def plain_name(c, doc) -> bool:
    """True when no mention of the organisation has a verb, auxiliary or pronoun inside it nor
    stands in a Title Case headline (the tagger read "Trump Addresses Munich Attack" as a name)."""
    if doc is None:
        return False
    for m in c.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or any(t.pos_ in ("VERB", "AUX", "PRON") for t in span):
            return False
        words = [t for t in span.sent if t.is_alpha and len(t) > 3]
        if len(words) > len(span) and all(t.text[:1].isupper() for t in words):
            return False  # a Title Case headline: its words may be verbs the tagger called names
    return True


def shared_acronym(actor, c, ctx):
    """A known organisation's short name another country's body bears (``shared_acronym`` of
    ``entity_words.tsv``: "ABC", also Australia's): in a story that never names the list's
    country and names that other country most, that country's body ("The ABC reported" in a
    story about Australia; not in one about France)."""
    if not actor.country or ctx.doc_countries.get(actor.country):
        return actor
    others = {m.text.lower() + "|" + code.lower() for m in c.mentions for code, _ in ctx.doc_countries.most_common(1)}
    top = ctx.doc_countries.most_common(2)
    if not any(o in lexicons.entity_words("shared_acronym") for o in others) or (len(top) == 2 and top[0][1] == top[1][1]):
        return actor
    actor.country = top[0][0]
    actor.basis.append(f"country {actor.country}: the story names it most and never {c.org['country']}, "
                       f"whose '{c.org['canonical']}' shares the name (entity_words.tsv)")
    return actor
