"""Names the model tagged nothing that speak: the subject of a saying verb.

The small model misses some names that plainly speak ("Scott Conroy asked", "Pew found"):
a run of capitalised proper nouns that is the subject of a saying verb (``saying_verb`` in
``lexicons/entity_words.tsv``: "say", "tell", "write", "find", ...), outside every mention
already found, becomes a mention only when the lexicons know what it is, precision first:

- a person of ``lexicons/people.tsv``;
- two to four words, the first a first name of ``lexicons/entity_gender.tsv``: a person
  ("Scott Conroy asked" -> PERSON);
- the whole run a known organisation (``lexicons/organisations.tsv``): an organisation.

Anything else stays untagged ("the Founding Fathers wrote", "Saturday ... said").

A transcript's speaker label, in capitals before a colon at a line's start, is read the same
way (:func:`transcript_labels`): "JAKE TAPPER:" (a first name, then one or two words) is a
person, a later "TAPPER:" joins the person so labelled, "HUFFPOLLSTER:" is the organisation the
lexicons know; "UPDATE:", "CORRECTION:" and any other label stay nothing.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Token

from ... import lexicons
from ..text import doc_text
from ..token_arrays import tokens_with_dep
from .mentions import Candidate, name_words
from .names import known_person_name, place_or_organisation


def untagged_speakers(doc: Doc, persons: list[Candidate], others: list[Candidate], sent_of: list[int]) -> tuple[list[Candidate], list[Candidate]]:
    """``persons`` and ``others`` with the names that speak and that no mention covers.

    Args:
        doc: the parsed document.
        persons: the person mentions found so far.
        others: the other mentions found so far.
        sent_of: the sentence index of each token.
    """
    verbs = frozenset(lexicons.entity_words("saying_verb"))
    taken = set()
    for c in persons + others:
        taken.update(range(c.start, c.end))
    persons, others = list(persons), list(others)
    for tok in tokens_with_dep(doc, {"nsubj"}):
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in verbs or tok.pos_ != "PROPN" or tok.ent_type_:
            continue
        if not tok.head.text.islower():
            continue  # "Bellwether County Says Trump": a Title Case headline's words are no evidence
        run = _name_run(tok)
        if run is None:
            continue
        s, e = run[0].idx, run[-1].idx + len(run[-1].text)
        if any(i in taken for i in range(s, e)):
            continue
        text = doc_text(doc)[s:e]
        label = _label(text, len(run))
        if label is None:
            continue
        words = name_words(text) if label == "PERSON" else ()
        cand = Candidate(s, e, text, label, "name", words, None, sent_of[run[0].i])
        (persons if label == "PERSON" else others).append(cand)
        taken.update(range(s, e))
    return persons, others


_LABEL_RE = re.compile(r"^([A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,2}):", re.MULTILINE)


def transcript_labels(doc: Doc, persons: list[Candidate], others: list[Candidate], sent_of: list[int]) -> tuple[list[Candidate], list[Candidate]]:
    """``persons`` and ``others`` with the transcript labels the lexicons let us read
    ("JAKE TAPPER:", then "TAPPER:"; "HUFFPOLLSTER:"), where no mention covers them."""
    taken = set()
    for c in persons + others:
        taken.update(range(c.start, c.end))
    persons, others = list(persons), list(others)
    for m in _LABEL_RE.finditer(doc_text(doc)):
        s, e, label = m.start(1), m.end(1), m.group(1)
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or any(i in taken for i in range(s, e)):
            continue
        words = label.split()
        if len(words) >= 2 and words[0].lower() in lexicons.gender_words("first_name"):
            kind = "PERSON"
        elif len(words) == 1 and any(p.name_tokens and p.name_tokens[-1] == label and len(p.name_tokens) > 1 for p in persons):
            kind = "PERSON"  # "TAPPER:" after "JAKE TAPPER:"
        elif len(words) == 1 and place_or_organisation(label) == "ORG":
            kind = "ORG"
        else:
            continue
        cand = Candidate(s, e, label, kind, "name", tuple(words) if kind == "PERSON" else (), None, sent_of[span.start])
        (persons if kind == "PERSON" else others).append(cand)
        taken.update(range(s, e))
    return persons, others


def _name_run(tok: Token) -> Optional[list[Token]]:
    """The capitalised proper nouns that end at ``tok`` ("Scott" "Conroy"), none of them
    tagged by the model; None when one of the words before is tagged or not a name word."""
    run = [tok]
    k = tok.i - 1
    while k >= 0 and tok.doc[k].dep_ in ("compound", "flat") and tok.doc[k].head.i == tok.i:
        run.insert(0, tok.doc[k])
        k -= 1
    if any(t.ent_type_ or t.pos_ != "PROPN" or not t.text[:1].isupper() or not t.text.replace("'", "").replace("\u2019", "").replace("-", "").isalpha() for t in run):
        return None
    return run


def _label(text: str, n: int) -> Optional[str]:
    """``PERSON`` for a name led by a known first name, the lexicon's label for a known
    organisation, else None."""
    first = text.split()[0].lower()
    if known_person_name(text):
        return "PERSON"
    if 2 <= n <= 4 and first in lexicons.gender_words("first_name"):
        return "PERSON"
    if place_or_organisation(text) == "ORG":
        return "ORG"
    return None
