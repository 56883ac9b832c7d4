"""Known organisations the model missed or cut short: "Islamic State claimed ..." (only
"Islamic" tagged, as a nationality, at a sentence's start), "Human Rights Watch issued ..."
(nothing tagged), "The A.F.L.-C.I.O. endorsed ..." (a dotted acronym: nothing tagged; "F.B.I."
tagged as a place).

A run of capitalised words (with the small joining words of ``org_joiner`` in
``lexicons/entity_words.tsv`` between them: "People for the Ethical Treatment of Animals")
whose longest stretch of two words or more is an organisation of ``lexicons/organisations.tsv``
becomes that organisation's mention, when no person mention overlaps it; the model's other
mentions inside it (the "Islamic" of "Islamic State") give way to it. One word alone is never
read this way: a single capitalised word is too often something else; except the name of an
armed group the model left untagged ("The pro-Iranian Hizbollah (Party of God) group").
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ... import lexicons
from ..text import doc_text, token_table
from .mentions import Candidate
from .short_forms import dotted_acronyms, dotted_as_org

#: The longest organisation name read, in words.
_MAX_WORDS = 8


def known_organisations(doc: Doc, persons: list[Candidate], others: list[Candidate], sent_of: list[int]) -> tuple[list[Candidate], list[Candidate]]:
    """``persons`` and ``others`` with the known organisations no mention names in full.

    Args:
        doc: the parsed document.
        persons: the person mentions found so far.
        others: the other mentions found so far.
        sent_of: the sentence index of each token.
    """
    known = lexicons.organisations()
    text = doc_text(doc)
    person_chars = set()
    for p in persons:
        person_chars.update(range(p.start, p.end))
    found: list[Candidate] = []
    for run in _capitalised_runs(doc):
        k = 0
        while k < len(run) - 1:
            hit = _longest_known(doc, text, run, k, known)
            if hit is None:
                k += 1
                continue
            s, e = doc[run[k]].idx, doc[hit].idx + len(doc[hit].text)
            if any(o.start <= s and o.end >= e and (o.label == "ORG" or o.end - o.start == e - s) for o in others) \
                    or person_chars.intersection(range(s, e)):  # the model's own reading of the same words stands
                k = run.index(hit) + 1
                continue
            if all(o.end <= s or o.start >= e or (o.start >= s and o.end <= e) for o in others):
                found.append(Candidate(s, e, text[s:e], "ORG", "name", (), None, sent_of[run[k]]))
            k = run.index(hit) + 1
    found += _armed_group_words(doc, text, persons + others + found, sent_of, known)
    found += dotted_acronyms(doc, text, persons + others + found, sent_of)  # "A.F.L.-C.I.O." untagged
    others = [dotted_as_org(o) for o in others]  # "F.B.I." tagged GPE
    if not found:
        return persons, others
    inside = [o for o in others if any(f.start <= o.start and o.end <= f.end for f in found)]
    kept = [o for o in others if o not in inside]
    return persons, sorted(kept + found, key=lambda c: c.start)


def _capitalised_runs(doc: Doc) -> list[list[int]]:
    """Token indices of each run of capitalised words in one sentence, joining words inside."""
    joiners = frozenset(lexicons.entity_words("org_joiner"))
    words, sent_starts, _ = token_table(doc)  # no Token made per word
    runs: list[list[int]] = []
    cur: list[int] = []
    for i, word in enumerate(words):
        if word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha() and not (cur and sent_starts[i]):
            cur.append(i)
            continue
        if cur and word.lower() in joiners and not sent_starts[i]:
            cur.append(i)
            continue
        if len(cur) > 1:
            runs.append(cur)
        cur = [i] if word[:1].isupper() and word.isalpha() else []
    if len(cur) > 1:
        runs.append(cur)
    return runs


def _longest_known(doc: Doc, text: str, run: list[int], k: int, known: dict) -> Optional[int]:
    """The last token of the longest stretch of ``run`` from position ``k`` (two words or more,
    capitalised at both ends) that ``organisations.tsv`` knows, or None."""
    if not doc[run[k]].text[:1].isupper() or doc[run[k]].lower_ == "the":
        return None  # "The Islamic State": the article is no part of the mention
    for j in range(min(len(run), k + _MAX_WORDS) - 1, k, -1):
        last = doc[run[j]]
        if not last.text[:1].isupper():
            continue
        if lexicons.name_key(text[doc[run[k]].idx:last.idx + len(last.text)]) in known:
            return run[j]
    return None


def _armed_group_words(doc: Doc, text: str, mentions: list[Candidate], sent_of: list[int], known: dict) -> list[Candidate]:
    """One capitalised word the model left untagged that names an armed group of
    ``organisations.tsv`` (sector REB: "Hizbollah", "Hamas", "Taliban"): such names are no
    common word, unlike one-word institutions ("Congress", "Apple"), so one word is enough."""
    taken = [(m.start, m.end) for m in mentions]
    found: list[Candidate] = []
    words, _, tagged = token_table(doc)  # no Token made per word
    for i, word in enumerate(words):
        if not word[:1].isupper() or tagged[i] or len(word) < 3:
            continue
        row = known.get(lexicons.name_key(word))
        if row is None or row["sector"] != "REB":
            continue
        s = doc[i].idx
        e = s + len(word)
        if any(a < e and s < b for a, b in taken):
            continue
        found.append(Candidate(s, e, text[s:e], "ORG", "name", (), None, sent_of[i]))
    return found

