"""Only speech is a quote: attributions whose cue reports no words are dropped.

An attribution stays when its cue reports speech, writing or thought with a clause, a
quote or a noun phrase (a ``reaction``, see :mod:`.extract`). It is dropped when:

- a verb of giving or committing has a bare noun phrase of money or delegates
  ("pledged $5 million", "pledged delegates"); "pledged to cut taxes" stays;
- a response is negated ("did not respond to a request for comment") or answers a
  request to speak ("responded to questions");
- a verb of speaking has only its audience ("spoke to reporters");
- a colon line is a market or score line ("Nikkei: UP 0.2 percent"), or gives an
  address: a handle or a link ("Follow Ann Roe on Twitter: @annroe", "https://...");
- a stance verb that is also an act (*support*, *back*), as a gerund or participle
  coordinated with a word that reports nothing: "to prevent Iran from acquiring weapons
  and supporting its proxies" is what Iran does, not a stance anyone voiced.

Quoted words are always speech: an attribution whose content holds quote marks stays.
The word lists are ``lexicons/quote_non_speech.tsv``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .marks import MarkIndex, in_any
from .spans import Attr
from .words import reporting_verbs, word_lists

_LISTS = word_lists("quote_non_speech.tsv")
ACT_VERBS = _LISTS["act_verb"]
ACT_NOUNS = _LISTS["act_noun"]
RESPONSE_VERBS = _LISTS["response_verb"]
COMMENT_NOUNS = _LISTS["comment_noun"]
AUDIENCE_VERBS = _LISTS["audience_verb"]
ACT_STANCE_VERBS = _LISTS["act_stance"]
_MARKET_RE = re.compile(r"(?:" + "|".join(sorted(_LISTS["market_word"])) + r")\b[^a-z]{0,40}$", re.I)
_NUMBERS_RE = re.compile(r"[\d\s.,%$+\-\u2212()]+(?:pts?|points?|percent)?\.?")
_ADDRESS_RE = re.compile(r"(?:@\w|//\w)")
_VERB_TAGS = frozenset({"MD", "VB", "VBD", "VBZ", "VBP"})


def is_bare_noun_phrase(doc: Doc, frags: list[tuple[int, int]]) -> bool:
    """Whether a content is a noun phrase with no verb in it ("the criticism", "Trump's
    remarks", "her"): what a reaction is to, not a statement."""
    for s, e in frags:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            return False
        for t in span:
            if t.pos_ in ("VERB", "AUX") or t.tag_ in _VERB_TAGS or (t.lower_ in ("that", "whether", "if", "to") and t.dep_ in ("mark", "aux")):
                return False
    return True


def is_reaction(doc: Doc, a: Attr) -> bool:
    """Whether an unquoted attribution is a reaction: a verb cue whose content is a bare
    noun phrase ("rejected the criticism"), not a small clause ("called the vote a
    disgrace": two phrases hang on the cue)."""
    if a.cue_token is None or a.reason in ("colon", "according to", "in a poll") or not is_bare_noun_phrase(doc, a.content):
        return False
    span = _content_span(doc, a)
    return span is None or sum(1 for t in span if t.head.i == a.cue_token.i) < 2


def _content_span(doc: Doc, a: Attr) -> Span | None:
    s, e = min(a.content)[0], max(a.content)[1]
    return doc.char_span(s, e, alignment_mode="expand")


def is_coordinated_act(tok: Token) -> bool:
    """Whether a gerund or participle is coordinated with a word that reports nothing:
    "acquiring weapons and **supporting** its proxies", "a tough line on crime and
    **supporting** the police" (either side of the *and*). A finite verb ("he backs Roe and
    opposes Ames"), a verb with its own auxiliary or subject ("who had backed Roe and is
    giving", "is supporting Roe and credited") or a conjunct that reports ("praising Roe and
    backing her plan") is not."""
    if tok.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children):
        return False
    verbs = reporting_verbs()
    partners = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        partners.append(tok.head)
    return any(p.lemma_.lower() not in verbs and p.pos_ in ("VERB", "NOUN") for p in partners)


def is_speech(doc: Doc, text: str, a: Attr, marked: MarkIndex) -> bool:
    """Whether an attribution reports words (see the module docstring)."""
    if any(in_any(s, marked) is not None or in_any(max(s, e - 1), marked) is not None for s, e in a.content):
        return True
    if a.reason in ("colon", "headline") or a.cue_token is None:
        body = " ".join(text[s:e] for s, e in a.content).strip()
        return not (_MARKET_RE.match(body) or _NUMBERS_RE.fullmatch(body) or _ADDRESS_RE.match(body))
    tok = a.cue_token
    lemma = tok.lemma_.lower()
    if lemma in ACT_STANCE_VERBS and is_coordinated_act(tok):
        return False  # "from acquiring weapons and supporting its proxies": an act
    if not is_bare_noun_phrase(doc, a.content):
        return True
    span = _content_span(doc, a)
    if span is None:
        return True
    words = {t.lower_ for t in span}
    if lemma in ACT_VERBS and (words & ACT_NOUNS or any(t.like_num or t.text == "$" or t.ent_type_ in ("MONEY", "CARDINAL") for t in span)):
        return False  # "pledged $5 million", "pledged delegates": an act
    if lemma in RESPONSE_VERBS and (any(c.dep_ == "neg" for c in tok.children) or span.root.lower_ in COMMENT_NOUNS):
        return False  # "did not respond to a request for comment", "responded to questions"
    if lemma in AUDIENCE_VERBS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("to", "with") and doc[tok.i + 1].idx < span.start_char:
        return False  # "spoke to reporters": the audience, not what was said
    return True
