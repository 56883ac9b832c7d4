"""Cues: the words that say someone said something, and the attribution each one makes.

A cue is a verb from ``lexicons/reporting_verbs.tsv``, any verb with a "that" clause, any
verb in a quote's attribution (``"Go back," Trump barked``), or "according to". Its Source
is the subject noun phrase (:mod:`.sources`); its Content is the quoted span next to it
(``"A," he said`` / ``he said, "A."`` / ``"A," he said, "B."``, one quote with two
fragments), else its clausal complement (:mod:`.complements`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Token

from .carried_sources import carried_source
from .complements import complement, finish_content, parenthetical, passive_raising, relative_which, skip_lead_adverbial
from .cue_subjects import inferred_subject, modal_name
from .forms import AS_PASSIVE_VERBS, passive_as
from .marks import Marked, adjacent_marked, group_spans, in_any, widen
from .put_it import put_it_as_name, put_it_object, put_it_quote
from .stop_quotes import quote_after_stop
from .sources import DATELINE_AT, fronted_participle_subject, is_cue_lemma, name_after, name_before_relative, np_span, postposed_name, preceding_name, subject_of
from ..token_arrays import indices, with_lemma, with_pos
from .spans import Attr, CONTENT_DEPS, CUE_LEFT_DEPS, Sents, same_line, span_of, strip_span, subtree_span
from .words import ADDRESSEE_PREP_CUES, ADDRESSEE_QUOTE_VERBS, AS_VERBS, CONSEQUENCE_VERBS, LIGHT_NOUNS, NEEDS_CLAUSE, NOT_TOPICS, PHRASAL_CUES, PHRASAL_OBJECT_CUES


def cue_span(verb: Token) -> tuple[int, int]:
    """The verb with its auxiliaries and adverbs just before it, and a particle after it."""
    toks = [verb]
    # (not "then", nor the "when" of "when asked about X": PolNeAR train never starts a cue with it, 34 of 34)
    name = modal_name(verb)  # (not the "Will" of "Will wrote": a name)
    left = sorted((c for c in verb.lefts if c.dep_ in CUE_LEFT_DEPS and c.lower_ not in ("then", "when") and (name is None or c.i != name.i)), key=lambda t: -t.i)
    lo = verb.i
    for c in left:
        if c.i == lo - 1:
            toks.append(c)
            lo = c.i
    for c in verb.rights:
        if c.dep_ == "prt" and c.i == verb.i + 1:
            toks.append(c)
    return span_of(toks)


_THAT_RE = re.compile(r"\s*that\b")
#: a quoted span that closes with a comma ('"A,"'): an attribution follows it
_COMMA_CLOSE_RE = re.compile(r",(?:[\"\u201d]|'')$")
#: a quote closed with a comma, "?" or "!" right before (a name after a quote)
_AFTER_QUOTE_RE = re.compile(r"[,?!](?:[\"\u201d]|'')[ \t]*$")
#: a closing quote mark, then a name with an aside set off by commas, right before the cue ('," Ramos, 58, told')
_QUOTE_NAME_RE = re.compile(r"([\"\u201d]|'')[ \t]+[A-Z][^\"\u201c\u201d\n.!?;:]{0,60}?,[ \t]*$")
#: '"A," Roe said Tuesday at a rally in Akron, "and soon."': any short phrase after the cue
#: when the quote after it resumes the sentence (it opens in lower case); also after a comma
#: ('"A," Roe said, pausing to look at the crowd, "and soon."')
_RESUME_TAIL_RE = re.compile(r",?[ \t]+[^\n\"\u201c\u201d.!?;:]{1,80},[ \t]*(?=(?:[\"\u201c]|'')[a-z])")
#: 'Roe asks at a high school, "..."': a phrase with no quote mark or stop, then a comma before a quote
_PHRASE_TAIL_RE = re.compile(r"[ \t]*,?[ \t]+[^\n\"\u201c\u201d.!?;:]{1,90},[ \t]*(?=[\"\u201c]|'')")
_ATTR_TAIL_RE = re.compile(r"[ \t]+(?:of|to|on|in|at|about|after|before|outside|from|during|at|with)\b[^\n\"\u201c\u201d.!?;:,]{1,60},[ \t]*(?=[\"\u201c]|'')")


def _near_quote(tok: Token, edges: list[int]) -> bool:
    """A quote mark within 40 characters of the verb."""
    k = bisect.bisect_left(edges, tok.idx - 40)
    return k < len(edges) and edges[k] <= tok.idx + len(tok.text) + 40


def _has_that_clause(tok: Token) -> bool:
    """A "that" or "whether" clause right after the verb."""
    for c in tok.rights:
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") and m.i == tok.i + 1 for m in c.children):
            return True
    return False


def _is_idiom(doc: Doc, tok: Token, lemma: str) -> bool:
    """A reporting verb in a phrase that reports nothing: naming ("a firm called X",
    "so-called"), and the opener "That said,"."""
    if lemma == "call" and tok.tag_ == "VBN" and (tok.dep_ == "acl" or (tok.i > 0 and doc[tok.i - 1].lower_ in ("so", "so-"))):
        return True
    return lemma == "say" and tok.i > 0 and tok.i + 1 < len(doc) and doc[tok.i - 1].lower_ == "that" and doc[tok.i - 1].is_sent_start and doc[tok.i + 1].text == ","


@dataclass
class _Pass:
    """One document's cue pass: its inputs, and the attributions and contents found so far."""

    doc: Doc
    text: str
    marked: list[Marked]
    verbs: dict[str, str]
    sents: Sents
    cue_tokens: Optional[dict[int, str]]
    mark_edges: list[int]
    attrs: list[Attr] = field(default_factory=list)
    claimed: set[tuple[int, int]] = field(default_factory=set)


def find_attributions(doc: Doc, text: str, marked: list[Marked], verbs: dict[str, str], sents: Sents, cue_tokens: Optional[dict[int, str]] = None) -> list[Attr]:
    """The attributions of each cue of a document, in text order.

    Args:
        doc: the parsed Doc.
        text: its text.
        marked: its quoted spans (:func:`~.marks.scan_marks`).
        verbs: reporting verb lemma -> class.
        sents: the Doc's sentence look-ups.
        cue_tokens: token index -> class of the only cues to take (a cue detector's
            choice), instead of the lexicon and the other cue rules.

    Returns:
        One :class:`~.spans.Attr` per cue that has a content; a content is claimed by
        the first cue that takes it.
    """
    if cue_tokens is not None:
        verbs = dict(verbs)
    mark_edges = sorted({m.start for m in marked} | {m.end for m in marked})
    run = _Pass(doc, text, marked, verbs, sents, cue_tokens, mark_edges)
    for tok in _candidates(doc, marked, verbs, cue_tokens):
        lemma = tok.lemma_.lower()
        if cue_tokens is None and tok.pos_ == "VERB" and (lemma in LIGHT_NOUNS or lemma in _PHRASAL_VERBS):
            attr = _light_attribution(run, tok, lemma)
            if attr is not None:
                run.attrs.append(attr)
                run.claimed.update(attr.content)
                continue
        if cue_tokens is None and lemma == "put" and (attr := _put_it_attribution(run, tok)) is not None:
            run.attrs.append(attr)
            run.claimed.update(attr.content)
            continue
        role = _cue_role(run, tok, lemma)
        if role is None:
            continue
        if role == "according":
            attr = _according_to(run, tok)
            if attr is not None:
                run.attrs.append(attr)
                run.claimed.add(attr.content[0])
            continue
        attr = _verb_attribution(run, tok, lemma, quote_only=role == "quote_only")
        if attr is not None:
            run.attrs.append(attr)
    return run.attrs


def _candidates(doc: Doc, marked: list[Marked], verbs: dict[str, str], cue_tokens: Optional[dict[int, str]]):
    """The tokens that can make an attribution, in text order, picked from the Doc's arrays
    (a Token for every word cost most of the pass): with a cue detector's choice, its
    tokens; else a verb, or a word whose lemma is a reporting verb, a passive "as" verb or
    "accord" (:func:`_cue_role` takes no other), outside the quotes (a cue inside a quote
    is part of that quote: every pass below returns None there)."""
    if cue_tokens is not None:
        yield from (doc[i] for i in sorted(cue_tokens) if 0 <= i < len(doc))
        return
    for i in indices(with_pos(doc, "VERB") | with_lemma(doc, verbs.keys() | AS_PASSIVE_VERBS | {"accord"})):
        tok = doc[i]
        if in_any(tok.idx, marked) is None:
            yield tok


_PHRASAL_VERBS = frozenset(p.split()[0] for p in PHRASAL_CUES)
#: the prepositions that give the topic of a light verb's noun or a phrasal cue ("took a swipe at X")
_LIGHT_PREPS = frozenset({"about", "on", "of", "at", "against", "to", "for", "over", "with"})


def _light_word(tok: Token, lemma: str) -> Optional[Token]:
    """The word that makes ``tok`` a cue: the noun a light verb takes as its object ("made
    the **case**", "took a **swipe**", "made **clear**"), or the particle of a phrasal cue
    ("weighed **in**"). None without one, or when the noun is negated ("made no mention")."""
    for c in tok.rights:
        if c.dep_ == "prt" and c.i == tok.i + 1 and f"{lemma} {c.lower_}" in PHRASAL_CUES:
            return c
        if c.dep_ == "advmod" and c.i == tok.i + 1 and f"{lemma} {c.lower_}" in PHRASAL_OBJECT_CUES and any(o.dep_ == "dobj" and o.i > c.i for o in tok.rights):
            return c  # "walked back his comments": the parser took the particle for an adverb (not "walked back to the car")
    nouns = LIGHT_NOUNS.get(lemma, ())
    for c in tok.rights:
        if c.i > tok.i + 5:
            break
        if c.lower_ == "clear" and "clear" in nouns and c.i <= tok.i + 2:
            return c  # "made (it) clear that ...": the clause is the verb's
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns and not any(x.lower_ == "no" or x.dep_ == "neg" for x in c.children):
            return c
    return None


def _light_content(tok: Token, word: Token) -> Optional[tuple[Optional[Token], list[Token]]]:
    """What a light or phrasal cue reports: a "that" clause hung on the noun or the verb
    ("made the point that ...", "made clear they ..."), else the topic after a preposition
    right after the noun or particle ("took a swipe at X", "weighed in on X"), else the object
    of a phrasal cue ("laid out his plan"). ``(preposition or None, content heads)``."""
    for c in [*word.rights, *tok.rights]:
        if c.i > word.i and c.dep_ in ("acl", "ccomp", "advcl", "relcl") and (word.lower_ == "clear" and c.dep_ == "ccomp" or c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"):
            return None, [c]
    nxt = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if nxt is not None and nxt.dep_ == "prep" and nxt.lower_ in _LIGHT_PREPS and nxt.head.i in (tok.i, word.i):
        objs = [c for c in nxt.children if c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in ("DATE", "TIME") and not (nxt.lower_ == "on" and c.lower_ in NOT_TOPICS)]
        return (nxt, objs[:1]) if objs else None  # (not "paid tribute on social media": a medium)
    if word.dep_ in ("prt", "advmod") and f"{tok.lemma_.lower()} {word.lower_}" in PHRASAL_OBJECT_CUES:  # "laid out his plan" (not "opened up a lead")
        objs = [c for c in tok.rights if c.dep_ in ("dobj", "ccomp") and c.i > word.i]
        return (None, objs[:1]) if objs else None
    return None


def _light_attribution(run: _Pass, tok: Token, lemma: str) -> Optional[Attr]:
    """'Ames made the case that ...', 'Roe took a swipe at Ames', 'Ames weighed in on the
    deal': a verb that reports only with its noun or particle. The cue runs from the verb
    (with its auxiliaries) to the noun or particle and the preposition of the topic; the
    source is the verb's subject (none named: no attribution); the content is the clause
    or the topic."""
    doc, text, marked = run.doc, run.text, run.marked
    word = _light_word(tok, lemma)
    if word is None or tok.dep_ == "amod":  # (``tok`` is outside the quotes: :func:`_candidates`)
        return None
    found = _light_content(tok, word)
    if found is None:
        return None
    prep, heads = found
    s, e = subtree_span(heads[0])
    rel = next((c for c in heads[0].rights if c.dep_ == "relcl" and doc[c.left_edge.i - 1].text == ","), None)
    if prep is not None and rel is not None:
        e = doc[rel.left_edge.i - 1].idx  # "took swipes at Rubio, who he dubbed X": the relative clause is no topic
    span = finish_content(doc, text, tok, (s, e), marked, run.sents.of(tok))
    if span is None or span in run.claimed:
        return None
    s, e = span
    subj, src, _ = _source(run, tok)
    if src is None or (src[0] < e and s < src[1]):
        return None
    end = prep if prep is not None else word
    return Attr((cue_span(tok)[0], end.idx + len(end.text)), tok, src, subj, [(s, e)], reason=f"{lemma} {word.lower_}")


def _put_it_attribution(run: _Pass, tok: Token) -> Optional[Attr]:
    """'As Tom Ridge put it: "..."': the quote after "put it", its subject the source (:mod:`.put_it`)."""
    it = put_it_object(tok)
    content = put_it_quote(run.text, run.marked, it) if it is not None else []  # (``tok`` is outside the quotes: :func:`_candidates`)
    if not content or any(c in run.claimed for c in content):
        return None
    subj, src, _ = _source(run, tok)
    if src is None or src[0] > tok.idx:  # (never a name after the cue, inside the quote)
        subj = put_it_as_name(tok)  # '"As Ann Roe, a professor, put it, ...': the parser made the name the object of "As"
        src = np_span(subj) if subj is not None else None
    return Attr((cue_span(tok)[0], it.idx + len(it.text)), tok, src, subj, content, reason="put it")


def _cue_role(run: _Pass, tok: Token, lemma: str) -> Optional[str]:
    """Whether ``tok`` is a cue: ``"according"`` ("according to"), ``"quote_only"`` (a verb
    outside the lexicon next to a quote, a cue only with a quote's punctuation), ``"cue"``,
    or None. With a cue detector's tokens, its class joins ``run.verbs``."""
    doc, verbs, cue_tokens = run.doc, run.verbs, run.cue_tokens
    is_according = lemma == "accord" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"
    quote_only = False
    if cue_tokens is not None:
        if tok.i not in cue_tokens:
            return None
        verbs.setdefault(lemma, cue_tokens[tok.i])  # a cue detector chose this token
    elif not is_according and lemma not in verbs and lemma not in CONSEQUENCE_VERBS and tok.pos_ == "VERB" and _has_that_clause(tok):
        pass  # any verb with a "that" clause reports a proposition ("learned that", "found that"; not "means that")
    elif lemma in AS_VERBS and tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children) and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.rights):
        pass  # "sees the deal as a trap", "cast himself as the outsider"
    elif lemma in AS_PASSIVE_VERBS and passive_as(tok) is not None:
        pass  # "Roe is widely seen as a reformer": the subject and the "as" phrase, no source
    elif not is_according and lemma not in verbs and tok.pos_ == "VERB" and _near_quote(tok, run.mark_edges):
        quote_only = True  # '"Go back," Trump barked': any verb next to a quote is its cue
    elif not is_according and (lemma not in verbs or (tok.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "ccomp" or c.lower_ == "to" and c.dep_ == "aux" for c in tok.children))):
        return None  # (a reporting verb the tagger took for a noun still counts when it has a complement clause)
    if tok.dep_ == "amod" and cue_tokens is None:
        return None  # "pledged delegates", "a supporting role": a participle used as an adjective
    if cue_tokens is None and _is_idiom(doc, tok, lemma):
        return None
    if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" or c.dep_ == "prep" and c.lower_ == "to" and c.i == tok.i + 1 for c in tok.children):
        return None
    if is_according:
        return "according"
    return "quote_only" if quote_only else "cue"


def _according_to(run: _Pass, tok: Token) -> Optional[Attr]:
    """'X, according to Y' / 'According to Y, X': Y is the source, X the content. Not
    inside a quote ('told them that "A, according to the police."': part of that quote, as
    a reporting verb inside a quote is)."""
    doc, text, marked = run.doc, run.text, run.marked
    if in_any(tok.idx, marked) is not None:
        return None
    to = doc[tok.i + 1]
    pobj = [c for c in to.children if c.dep_ == "pobj"]
    if not pobj:
        return None
    src_tok = pobj[0]
    src = subtree_span(src_tok)
    src = strip_span(text, src[0], src[1], marked)
    cue = (tok.idx, to.idx + len(to.text))
    sent = run.sents.of(tok)
    after = _after_source(doc, text, src[1], sent)
    if len(re.findall(r"\w+", text[sent.start_char : tok.idx])) <= 1:
        if after is None:  # "According to Y, X" (also "But according to Y, X")
            return None
        frags = [(after, sent.end_char)]
    else:
        frags = [(sent.start_char, tok.idx)]  # "X, according to Y(, but Z)": X, the clause before
        if after is not None and text[: tok.idx].rstrip().endswith(",") and not _has_finite_verb(doc, sent.start_char, tok.idx):
            frags.append((after, _before_own_cue(doc, after, sent)))  # "The deal, according to Y, will cost more": both halves
    out = []
    for k, (c_s, c_e) in enumerate(frags):
        c_s, c_e = strip_span(text, c_s, c_e, marked)
        if k == 0:
            c_s = skip_lead_adverbial(doc, text, c_s, c_e)
        c_s, c_e = widen(text, c_s, c_e, marked)
        if c_e - c_s < 3:
            return None
        out.append((c_s, c_e))
    return Attr(cue, tok, src, src_tok, out, reason="according to")


def _before_own_cue(doc: Doc, start: int, sent) -> int:
    """Where the second half of "X, according to Y, was angry and said Z" ends: before an
    "and said" the subject X reports itself (a cue of its own, X's), else at the sentence end."""
    for x in doc[sent.start : sent.end - 1]:
        nxt = doc[x.i + 1]
        if x.idx >= start and x.dep_ == "cc" and nxt.dep_ == "conj" and is_cue_lemma(nxt):
            return x.idx
    return sent.end_char


def _after_source(doc: Doc, text: str, src_end: int, sent) -> Optional[int]:
    """Where the words after "according to Y," start: after the comma that closes the
    source, also after a short phrase with no verb ("According to a poll out Thursday,");
    None when no such comma follows."""
    for x in doc[sent.start : sent.end]:
        if x.idx < src_end:
            continue
        if x.text == ",":
            return x.idx + 1 if x.idx + 1 < sent.end_char - 2 else None
        if x.pos_ in ("VERB", "AUX") or x.idx > src_end + 30:
            return None
    return None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _has_finite_verb(doc: Doc, lo: int, hi: int) -> bool:
    """A finite verb in the characters ``lo:hi`` (a clause, not a bare subject)."""
    span = doc.char_span(lo, hi, alignment_mode="expand")
    return span is not None and any(t.tag_ in _FINITE_TAGS for t in span)


def _source(run: _Pass, tok: Token) -> tuple[Optional[Token], Optional[tuple[int, int]], int]:
    """The source of a verb cue: its head token, its characters, and the hops from the cue
    to its subject (:func:`~.sources.subject_of`)."""
    doc, text, marked = run.doc, run.text, run.marked
    subj, hops = subject_of(tok)
    if subj is not None and not same_line(text, subj.idx, tok.idx):
        # the parser hung a headline's name on the verb too: the subject on the cue's own line
        subj = next((c for c in subj.head.children if c.dep_ == subj.dep_ and c.i != subj.i and same_line(text, c.idx, tok.idx)), None)
    if subj is not None and hops and tok.tag_ == "VBN" and tok.dep_ == "advcl" and not any(c.dep_ == "aux" for c in tok.children):
        return None, None, hops  # "Asked why ..., Ames said", "said when asked": whoever asked is not named (PolNeAR: no source; not "having suggested")
    if subj is not None and (q := in_any(subj.idx, marked)) is not None and in_any(tok.idx, marked) is None and q.end <= tok.idx:
        subj = name_after(doc, q.end, tok)  # the parser took the quote for the subject
    if subj is not None and subj.is_upper and len(subj.text) > 2 and subj.i < tok.i and (m := DATELINE_AT.match(text, subj.idx, tok.idx)) is not None:
        subj = name_after(doc, m.end(), tok)  # "RENO, Nev. (AP) — Ann Roe said": the parser took the dateline for the subject
    src = np_span(subj) if subj is not None else None
    if (carried := carried_source(run.attrs, run.sents.index, tok, subj, hops)) is not None:
        subj, src = carried  # "..., adding" / "went on to say": the speaker of the cue it hangs on
    if subj is None and (after_quote := _QUOTE_NAME_RE.search(text, max(0, tok.idx - 100), tok.idx)) is not None and in_any(after_quote.end(1) - 1, marked) is not None:
        subj = name_after(doc, after_quote.end(1), tok)  # '"...," Ramos, 58, told AFP': the parser hung the name on the quote
        src = np_span(subj) if subj is not None else None
    if subj is None and tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ == "ROOT" and tok.head.i < tok.i \
            and _AFTER_QUOTE_RE.search(text, max(0, tok.head.left_edge.idx - 4), tok.head.left_edge.idx):
        # '"A!" Murphy, the head of X, Tweeted on Friday': the parser made the name the root
        subj = tok.head
        src = strip_span(text, tok.head.left_edge.idx, tok.idx, marked)
        return subj, src, hops
    if subj is None and not any(c.dep_ == "nsubjpass" for c in tok.children):
        subj = preceding_name(doc, tok)  # (not for "Mr. Sanders was asked": the passive subject is no speaker)
        if subj is None:
            subj = postposed_name(doc, text, tok, marked)
        if subj is None:
            subj = fronted_participle_subject(doc, text, tok)
        src = np_span(subj) if subj is not None else None
        if subj is None and (subj := name_before_relative(doc, tok)) is not None:
            comma = max(t.idx for t in doc[subj.i : tok.i] if t.text == ",")
            src = (np_span(subj)[0], comma + 1)  # "Ted Cruz, who has surged in Iowa," (the parse may hang the cue on the name)
    if subj is None:
        subj, src = inferred_subject(tok, text)  # "Will wrote", "was fired after saying", "pledged A, suggested B", '"A," tweeted another'
        src = np_span(subj) if subj is not None and src is None else src
    if src is not None and subj is not None and hops == 0 and subj.head.i == tok.i and (q := in_any(src[0], marked)) is not None and q.end <= subj.idx < tok.idx \
            and _AFTER_QUOTE_RE.search(text, max(0, q.end - 4), q.end):
        # '"A," Sarandon, 69, told': the parser hung the quote on the name; the source starts after it
        src = (q.end + len(text[q.end : subj.idx]) - len(text[q.end : subj.idx].lstrip(" \t,\u2014-")), src[1])
    return subj, src, hops


def _verb_attribution(run: _Pass, tok: Token, lemma: str, quote_only: bool) -> Optional[Attr]:
    """The attribution of a verb cue: content from an adjacent quote first, else from
    the verb's complement; None when it has none (or it is nested in a quote)."""
    doc, text, marked = run.doc, run.text, run.marked
    cue = cue_span(tok)
    subj, src, hops = _source(run, tok)
    clause_lo = min(cue[0], src[0]) if src else cue[0]
    if hops and src and src[1] <= cue[0] and (quote_only or not re.fullmatch(r"[\s,]*", text[src[1] : cue[0]])):
        clause_lo = cue[0]  # '"A," Roe told them, referring to X': the quote is "told"'s, not "referring"'s (but '"A," Ramos, 58, told' is "told"'s)
    clause_hi = max(cue[1], src[1]) if src else cue[1]
    if in_any(tok.idx, marked) is not None:
        return None  # speech reported inside a quote ("I think ...") is part of that quote
    content, after, clause_hi = _quoted_content(run, tok, lemma, cue, src, clause_lo, clause_hi)
    aside = False  # "Taxes, Mr. Ames added, were too high": a cue the parser set aside (parataxis)
    if not content and not quote_only and src is not None:
        aside = tok.dep_ == "parataxis" and src[1] <= tok.idx and run.verbs.get(lemma) in ("speech", "writing")
        content = parenthetical(text, run.sents.of(tok), clause_lo, _aside_end(tok, clause_hi) if aside else clause_hi, marked)
        aside = aside and bool(content)
    if quote_only and (not content or (after is not None and content[0][0] == after.start and not re.search(r"[,:]", text[clause_hi : after.start]))):
        return None  # an unknown verb needs the punctuation of a quote's attribution, not "who included "...""
    if quote_only and after is not None and content[0][0] == after.start and _COMMA_CLOSE_RE.search(text, after.start, after.end):
        return None  # 'the code X has long embodied: "A," he said': the quote's comma hands it to the cue after it
    if not content and (raising := passive_raising(text, tok, marked)) is not None:
        content = raising  # "Trump is expected to speak": subject and infinitive, no source
        subj = src = None
    if not content:
        span = complement(doc, text, tok, lemma, src, clause_lo, clause_hi, marked, run.verbs, run.sents.of(tok))
        if span is None and not quote_only and src is not None and tok.dep_ != "acl" and run.verbs.get(lemma) in ("speech", "writing"):
            content = _quote_after_phrase(doc, text, marked, clause_lo, clause_hi)
            content = content or quote_after_stop(doc, text, marked, run.sents.of(tok), clause_hi, run.verbs)
        elif span is not None:
            content = [span]
        if not content:
            return None
    if any(span in run.claimed for span in content):
        return None
    cue = _cue_with_preposition(text, cue, content[0][0])
    cue = _cue_with_addressee_prep(doc, tok, lemma, cue, content[0][0])
    if lemma in NEEDS_CLAUSE and run.cue_tokens is None and not aside and not any(c.dep_ in ("ccomp", "parataxis") for c in tok.children) and not any(in_any(f[0], marked) for f in content):
        return None  # "can't find jobs", "added 5 delegates": these report only with a clause or a quote ("found that ...")
    run.claimed.update(content)
    if subj is not None and subj.lower_ == "that" and subj.tag_ == "WDT":
        subj = src = None  # a relative "that" is PolNeAR's source only one time in five (train)
    if src is not None and (which := relative_which(tok)) is not None and which.idx < src[0] and src[1] <= content[0][0]:
        content = [(which.idx, which.idx + len(which.text))] + content  # "which he said | would fail": PolNeAR's two fragments
    return Attr(cue, tok, src, subj, content, reason=lemma)


def _quote_after_phrase(doc: Doc, text: str, marked: list[Marked], clause_lo: int, clause_hi: int) -> list[tuple[int, int]]:
    """'Roe asks at a high school, "Any questions?"', 'Roe joked, again using an accent,
    "Amen!"': a quote after a phrase the parser did not hang on the cue (speech and writing
    verbs whose parse gave no content). The phrase has no finite verb ("..., Trump was
    asked, "..."" is another cue's) and the quote is a sentence: it opens with a capital
    and ends with a stop (not a name: 'speaking on the program, "Klein Radio," ...')."""
    tail = _PHRASE_TAIL_RE.match(text, clause_hi)
    if tail is None or _has_finite_verb(doc, clause_hi, tail.end()):
        return []
    _, after = adjacent_marked(text, marked, clause_lo, tail.end())
    if after is None or after.start != tail.end():
        return []
    inner = text[after.start : after.end].strip(" \"'\u201c\u201d")
    if not (inner[:1].isupper() and inner[-1:] in (".", "?", "!", "\u2026")):
        return []
    return group_spans(marked, after)


def _aside_end(tok: Token, clause_hi: int) -> int:
    """Where a cue's clause set off by commas ends: after the words that hang on the cue
    before the closing comma ("the lawyer told them,", "Ann Roe said on Saturday,")."""
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].idx < clause_hi:
        i += 1
    j = i
    while j < len(doc) and j - i < 6 and doc[j].text != "," and not doc[j].is_sent_start and (doc[j].head.i == tok.i or doc[j].head.i > tok.i and doc[j].head.i < j) and doc[j].dep_ not in ("ccomp", "xcomp", "conj", "cc", "advcl") and doc[j].pos_ not in ("VERB", "AUX"):
        j += 1
    if j > i and j < len(doc) and doc[j].text == ",":
        return doc[j - 1].idx + len(doc[j - 1].text)
    return clause_hi


def _cue_with_preposition(text: str, cue: tuple[int, int], content_start: int) -> tuple[int, int]:
    """The cue with the preposition or colon between it and its content ("called for",
    "talking about", 'said: "..."', which PolNeAR's cue takes)."""
    gap = re.fullmatch(r"\s+(about|on|of|for|to|against|at)\s+", text[cue[1] : content_start])
    if gap:
        return cue[0], cue[1] + gap.end(1)
    if text[cue[1] : cue[1] + 1] == ":":
        return cue[0], cue[1] + 1
    return cue


def _cue_with_addressee_prep(doc: Doc, tok: Token, lemma: str, cue: tuple[int, int], content_start: int) -> tuple[int, int]:
    """'called on Congress to act': the preposition before the addressee joins the cue
    (list ``addressee_prep`` of ``quote_verbs.tsv``), when it hangs on the cue right after it
    and before the content."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or nxt.dep_ != "prep" or nxt.head.i != tok.i or f"{lemma} {nxt.lower_}" not in ADDRESSEE_PREP_CUES:
        return cue
    end = nxt.idx + len(nxt.text)
    return (cue[0], end) if cue[1] <= nxt.idx and end <= content_start else cue


def _governor(doc: Doc, tok: Token) -> Optional[Token]:
    """The word an infinitive or a "by" gerund cue hangs on: "went on **to say**", "is
    trying **to show**", "were more likely **to say**", "began **by saying**" (the verb,
    or the copula of an adjective); None for any other cue."""
    if tok.i > 0 and doc[tok.i - 1].lower_ == "to" and doc[tok.i - 1].dep_ == "aux" and tok.dep_ in ("xcomp", "advcl"):
        head = tok.head
    elif tok.i > 1 and doc[tok.i - 1].lower_ == "by" and tok.dep_ == "pcomp" and tok.head.i == tok.i - 1 and tok.tag_ == "VBG" and tok.head.head.i == tok.i - 2:
        head = tok.head.head  # only right before "by" ("began by saying"; not "distanced himself from X by saying")
    else:
        return None
    if head.i >= tok.i:
        return None
    if head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.i < head.i:
        head = head.head  # "were slightly more likely to say": from the copula
    return head if head.pos_ in ("VERB", "AUX") else None


def with_governors(doc: Doc, text: str, attrs: list[Attr], verbs: dict[str, str]) -> None:
    """Give each infinitive or "by" gerund cue the verb it hangs on, as PolNeAR's cues run
    ("went on to say", "is trying to show", "began by saying"; train 0-199: 47 of the rules'
    57 "to" cues whose gold cue differs start at that verb). Run after the nesting check
    (which reads where a cue starts). Not when that verb is a cue of its own ("pledged to
    oppose": its content is the infinitive), nor across the source, a content, a quote mark
    or a line ("prompted Sanders to advocate" stays)."""
    for a in attrs:
        tok = a.cue_token
        if tok is None or a.cue[0] not in (tok.idx, doc[max(tok.i - 1, 0)].idx):
            continue  # (the cue is the verb, or "to" and the verb)
        head = _governor(doc, tok)
        if head is None or head.lemma_.lower() in verbs:
            continue
        lo = cue_span(head)[0]
        if lo >= a.cue[0] or a.cue[0] - lo > 90 or re.search(r"[\n\"\u201c\u201d:;]", text[lo : a.cue[0]]):
            continue
        if a.source is not None and a.source[0] < a.cue[0] and lo < a.source[1]:
            continue
        if any(s < a.cue[0] and lo < e for s, e in a.content):
            continue
        a.cue = (lo, a.cue[1])


def _quoted_content(run: _Pass, tok: Token, lemma: str, cue, src, clause_lo: int, clause_hi: int):
    """The quoted content next to a cue and its source: ``(content, after, clause_hi)``,
    with ``after`` the quoted span right after the clause (or None) and ``clause_hi`` moved
    past a short phrase after the cue ('"A," he said of the plan, "B."')."""
    doc, text, marked = run.doc, run.text, run.marked
    content: list[tuple[int, int]] = []
    before, after = adjacent_marked(text, marked, clause_lo, clause_hi)
    right_comp = any(c.dep_ in CONTENT_DEPS and c.i > tok.i for c in tok.children)
    if before is not None and after is None and (tail := _ATTR_TAIL_RE.match(text, clause_hi) or _RESUME_TAIL_RE.match(text, clause_hi)) is not None:
        # '"A," he said of the plan, "B."': a short phrase after the cue, then the rest
        _, after2 = adjacent_marked(text, marked, clause_lo, tail.end())
        if after2 is not None and after2.start == tail.end() and after2.group != before.group:
            after = after2
            clause_hi = tail.end() - 1
    if before is not None and after is not None and before.group != after.group and re.fullmatch(r"\s*,?\s*(?:that,?\s*)?", text[clause_hi : after.start]):
        content = [(before.start, before.end), (after.start, after.end)]
    elif after is not None:
        content = group_spans(marked, after)
        that = re.fullmatch(r"[ \t\u00a0]*(?:,[ \t\u00a0]*)?(that)[ \t\u00a0]+", text[clause_hi : after.start])
        if that is not None:
            # 'said that "A" for B': the "that" clause is the content, quoted words and all
            span = complement(doc, text, tok, lemma, src, clause_lo, clause_hi, marked, run.verbs, run.sents.of(tok))
            that_at = clause_hi + that.start(1)
            if span is not None and span[0] == that_at and span[1] >= after.end:
                content = [span] + [f for f in content[1:] if f[0] >= span[1]]
            else:
                content[0] = (that_at, content[0][1])
    elif before is not None and not (right_comp and _THAT_RE.match(text, cue[1])):
        content = group_spans(marked, before)
    if not content and lemma in ADDRESSEE_QUOTE_VERBS:
        content = _quote_after_addressee(text, tok, marked, clause_lo)
    return content, after, clause_hi


def _quote_after_addressee(text: str, tok: Token, marked: list[Marked], clause_lo: int) -> list[tuple[int, int]]:
    """'told reporters, "..."' / 'told reporters that "..."': the quote after the
    addressee object (with the "that" before it)."""
    obj = [c for c in tok.rights if c.dep_ in ("dobj", "dative")]
    if not obj:
        return []
    obj_end = subtree_span(obj[0])[1]
    _, after2 = adjacent_marked(text, marked, clause_lo, obj_end)
    if after2 is None:
        return []
    content = group_spans(marked, after2)
    that = re.fullmatch(r"[ \t\u00a0]*(that)[ \t\u00a0]+", text[obj_end : after2.start])
    if that is not None:
        content[0] = (obj_end + that.start(1), content[0][1])
    return content
