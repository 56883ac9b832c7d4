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
- a verb of writing or publishing has only the artifact as its object ("wrote the
  letter", "publishes a book", "shared a link"): a text named, not what it says;
- the content is only a date or time ("published Wednesday evening") or one comparative
  ("spoke sharper"): an adjunct the parser took for an object;
- a verb of naming is a participle after a noun ("a group called Stop Roe", "a man named
  Tom Ames", "a school named for Ann Roe"): a name, not words anyone said;
- the cue is an imperative of thinking or judging, the writer addressing the reader
  ("Never forget that ...", "Consider how ..."): no one else's thought is reported;
- the source is "you" and the cue a verb of thinking ("Do you think ...?", "if you feel
  ..."): the reader addressed, or anyone, not a source;
- the content opens with a word of time hung on the cue ("spoke before Roe took the
  stage", "wrote while a student"): when it was said, not what;
- a stance verb under a modal of ability or duty ("delegates must vote for the winner",
  "officials can vote for anyone"): what they may or must do, not a stance voiced;
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
ARTIFACT_VERBS = _LISTS["artifact_verb"]
ARTIFACT_NOUNS = _LISTS["artifact_noun"]
NAMING_VERBS = _LISTS["naming_verb"]
MODAL_STANCE_VERBS = _LISTS["modal_stance"]
ABILITY_MODALS = _LISTS["ability_modal"]
TIME_WORDS = _LISTS["time_word"]
_AUDIENCE_PREPS = frozenset({"to", "with"})
_REPORT_CLASSES = frozenset({"speech", "writing"})
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


def is_adjunct_only(span: Span) -> bool:
    """Whether a content is only a date or time ("early Wednesday morning", "last year.") or
    one comparative ("sharper", "more"): an adjunct of the cue, not what was said."""
    words = [t for t in span if not t.is_punct]
    if len(words) == 1 and words[0].tag_ in ("RBR", "JJR"):
        return True
    dated = [t.ent_type_ in ("DATE", "TIME") for t in words]
    return any(dated) and all(d or t.tag_ in ("RB", "JJ") for d, t in zip(dated, words))  # "early Monday morning"


def is_reader_imperative(tok: Token) -> bool:
    """Whether a cue is an imperative of thinking or judging, the writer addressing the
    reader ("Never forget that ...", "Consider how ..."): a bare base-form verb heading
    its sentence, with no subject or auxiliary and only adverbs before it, that is not a
    verb of saying or writing ("Ask which ..." reports a question)."""
    if tok.tag_ != "VB" or tok.dep_ != "ROOT" or reporting_verbs().get(tok.lemma_.lower()) in _REPORT_CLASSES:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in tok.children):
        return False
    # it opens its sentence ("Never forget", "Just remember"); "And openly lie that ..."
    # continues a list whose subject came before
    return all(t.dep_ in ("neg", "advmod", "intj") or t.is_space for t in tok.doc[tok.sent.start : tok.i])


def is_naming(tok: Token) -> bool:
    """Whether a cue names what its noun is called: a participle of a naming verb after
    a noun ("a group called Stop Roe", "a man named Tom Ames") with no "by" agent ("a plan
    called reckless by the mayor" reports the mayor's words, and "called for"/"called on" is
    a demand, not a name)."""
    return (
        tok.dep_ == "acl" and tok.lemma_.lower() in NAMING_VERBS
        and (tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.head.pos_ == "NOUN"))  # not "Tom Ames called Monday for ..."
        and not any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("for", "on") and tok.lower_.startswith("call")) for c in tok.children)
    )


def _opens_with(doc: Doc, tok: Token, frags: list[tuple[int, int]], words: frozenset[str]) -> bool:
    """Whether a content opens with one of ``words``, a preposition or conjunction hung on
    the cue: of time ("spoke **before** Roe took the stage", "reported **after** the FBI
    left", "wrote **while** a student"), the cue's adjunct, when it was said; or "to"/"with"
    after a verb of speaking (its audience)."""
    span = doc.char_span(frags[0][0], frags[0][1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span[0]
    if t.lower_ not in words:
        return False
    return (t.dep_ == "prep" and t.head.i == tok.i) or (t.dep_ == "mark" and t.head.dep_ == "advcl" and t.head.head.i == tok.i)


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
    if is_naming(tok):
        return False  # "a group called Stop Roe": a name
    if is_reader_imperative(tok):
        return False  # "Never forget that ...": the writer to the reader
    if _opens_with(doc, tok, a.content, TIME_WORDS):
        return False  # "spoke before Roe took the stage": when, not what
    if lemma in AUDIENCE_VERBS and _opens_with(doc, tok, a.content, _AUDIENCE_PREPS):
        return False  # "is speaking Thursday to the conference led by X": the audience
    if lemma in MODAL_STANCE_VERBS and any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in ABILITY_MODALS for c in tok.children):
        return False  # "delegates must vote for the winner": what they may or must do
    if a.source_token is not None and a.source_token.lower_ == "you" and reporting_verbs().get(lemma) == "cognition":
        return False  # "Do you think ...?", "if you feel ...": the reader addressed, or anyone
    if not is_bare_noun_phrase(doc, a.content):
        return True
    span = _content_span(doc, a)
    if span is None:
        return True
    if is_adjunct_only(span):
        return False  # "published Wednesday evening": a time, no content
    if lemma in ARTIFACT_VERBS and span.root.lemma_.lower() in ARTIFACT_NOUNS:
        return False  # "wrote the letter": the artifact, not its words
    words = {t.lower_ for t in span}
    if lemma in ACT_VERBS and (words & ACT_NOUNS or any(t.like_num or t.text == "$" or t.ent_type_ in ("MONEY", "CARDINAL") for t in span)):
        return False  # "pledged $5 million", "pledged delegates": an act
    if lemma in RESPONSE_VERBS and (any(c.dep_ == "neg" for c in tok.children) or span.root.lower_ in COMMENT_NOUNS):
        return False  # "did not respond to a request for comment", "responded to questions"
    if lemma in AUDIENCE_VERBS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("to", "with") and doc[tok.i + 1].idx < span.start_char:
        return False  # "spoke to reporters": the audience, not what was said
    return True
