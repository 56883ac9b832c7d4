"""Contents without quote marks: the clausal complement of a cue, and the other
shapes a reported content takes (an object, a topic, an "as" clause, a raised subject).

:func:`complement` is the entry point; the helpers below it each handle one shape and
one boundary repair (a run-on predicate, a trailing relative clause, a lead adverbial).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Optional

from spacy.tokens import Doc, Token

from ..text import doc_text
from .forms import passive_as
from .marks import Marked, join_following_quote, widen
from .sources import is_cue_lemma
from .spans import CONTENT_DEPS, span_of, strip_span, subtree_span, subtrees_span
from ..token_arrays import first_word_from
from .words import ADDRESSEE_CLAUSE_VERBS, AT_TOPIC_VERBS, ADDRESSEE_PREP_CUES, ADDRESSEE_OBJECT_VERBS, ADDRESSEE_TO_VERBS, ASK_IF_VERBS, ASKED_ABOUT, CONSEQUENCE_VERBS, FOR_CLAUSE_VERBS, MEDIUM_NOUNS, NOT_TOPICS, OCCASION_NOUNS, PARTICIPLE_CUES, RAISING_VERBS, SECOND_CUES


def _second_cue_cut(comp: Token, cue: Token, verbs: dict[str, str]) -> Optional[Token]:
    """In 'He said A and said B', the first token of "and said B" (a cue with no subject of
    its own, hung by the parser on A): the complement A ends before it. So in 'said A and
    predicted B' (a reporting verb of the cue's own tense) and 'insisted A, claiming B' /
    'told them A, adding, "B"' (a participle of speech after a comma): PolNeAR marks the
    second verb as a report of its own (a verb of another class after "and" only with a
    "that" clause of its own: not "said she was tired and wanted X")."""
    doc = comp.doc
    for c in comp.rights:
        lemma = c.lemma_.lower()
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if c.left_edge.i < 2:
                continue
            if c.dep_ == "conj" and subj.dep_ == "nsubj" and subj.lower_ in ("he", "she", "they") and verbs.get(lemma) in ("speech", "writing", "evaluation") \
                    and c.tag_ == cue.tag_ and doc[c.left_edge.i - 1].lower_ == "and" and doc[c.left_edge.i - 2].text == ",":
                return doc[c.left_edge.i - 2]  # "said X, and she railed against Y": a report of her own
            if c.dep_ == "conj" and doc[c.left_edge.i - 1].lower_ == "but" and doc[c.left_edge.i - 2].text == "," and c.left_edge.lower_ != "that":
                return doc[c.left_edge.i - 2]  # "says X, but for Republicans, it is Y": the writer's (not "..., but that Y": hers)
            if (cut := _contrast_report(c)) is not None:
                return cut  # "said 40 percent back Roe, while 22 percent said they might not": another source's report
            continue
        if c.dep_ == "conj" and (is_cue_lemma(c) or lemma in SECOND_CUES or (lemma not in CONSEQUENCE_VERBS and _same_tense(c, cue) and _has_that(c)) or _cue_tense_only(comp, c, cue)):
            cc = [x for x in comp.rights if x.dep_ == "cc" and x.i < c.i]
            return cc[-1] if cc else c.left_edge
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i > comp.i + 1 and not any(x.dep_ == "mark" for x in c.children) \
                and lemma in PARTICIPLE_CUES:
            k = c.left_edge.i - 1
            if doc[k].is_quote and doc[k - 1].text == ",":
                k -= 1  # ',” claiming that ...'
            if doc[k].text == "," or doc[k].lower_ == "and":
                return doc[k]
    return None


_FINITE_PRESENT = frozenset({"VBZ", "VBP"})


_CONTRAST_MARKS = frozenset({"while", "whereas"})


def _contrast_report(clause: Token) -> Optional[Token]:
    """The first token of ", while Y said B" after a complement: a contrasting clause whose
    own subject reports with a speech verb. It is a report of its own, not part of the first
    content (the comma, else the "while")."""
    if clause.dep_ != "advcl" or not is_cue_lemma(clause):
        return None
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ in _CONTRAST_MARKS and m.i == clause.left_edge.i), None)
    if mark is None or mark.i < 1:
        return None
    prev = clause.doc[mark.i - 1]
    return prev if prev.text == "," else mark


def _finite_tag(verb: Token) -> str:
    """The tag of a clause's finite word: its first auxiliary or modal, else the verb."""
    aux = [a for a in verb.lefts if a.dep_ in ("aux", "auxpass")]
    return aux[0].tag_ if aux else verb.tag_


def _cue_tense_only(comp: Token, conj: Token, cue: Token) -> bool:
    """'insists the party must be one of ideas, and has championed an agenda', 'proposed that
    more troops be left, and pushed to arm the rebels': a second predicate with no subject,
    after a comma and "and", in the cue's own tense (present with a present cue, past with
    a past one) while the complement's verb is in another (a modal, a subjunctive): the
    source did it, it is no part of what was said (not "said he was tired and wanted X",
    where both are in the past)."""
    doc = comp.doc
    if conj.left_edge.i < 2 or doc[conj.left_edge.i - 1].lower_ != "and" or doc[conj.left_edge.i - 2].text != ",":
        return False
    tag, comp_tag = _finite_tag(conj), _finite_tag(comp)
    if cue.tag_ in _FINITE_PRESENT:
        return tag in _FINITE_PRESENT and comp_tag not in _FINITE_PRESENT
    return cue.tag_ == "VBD" and tag == "VBD" and comp_tag not in ("VBD", "VBN")


def _same_tense(verb: Token, cue: Token) -> bool:
    """The verb is in the cue's tense; a past participle with no auxiliary counts as a
    past ("said A and suspected that B": the tagger may read "suspected" as VBN)."""
    if verb.tag_ == cue.tag_:
        return True
    return cue.tag_ == "VBD" and verb.tag_ == "VBN" and not any(a.dep_ in ("aux", "auxpass") for a in verb.children)


def _has_that(verb: Token) -> bool:
    """A clause opened by "that" hangs on the verb ("predicted that ...")."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children)


def parenthetical(text: str, sent, lo: int, hi: int, marked: list[Marked]) -> list[tuple[int, int]]:
    """"This campaign, he says, is different": the sentence around a cue set off by
    commas, as two fragments."""
    before = text[sent.start_char : lo]
    after = text[hi : sent.end_char]
    if not (before.rstrip().endswith(",") and after.lstrip().startswith(",")):
        return []
    a_s, a_e = strip_span(text, sent.start_char, sent.start_char + len(before.rstrip()) - 1, marked)
    b_start = hi + len(after) - len(after.lstrip()) + 1
    b_s, b_e = strip_span(text, b_start, sent.end_char, marked)
    if a_e - a_s < 3 or b_e - b_s < 3:
        return []
    return [(a_s, a_e), (b_s, b_e)]


def relative_which(tok: Token) -> Optional[Token]:
    """The *which* that opens the relative clause a cue stands in ("the tax, **which** he
    said would fail")."""
    for x in (tok, *islice(tok.ancestors, 2)):
        if x.dep_ == "relcl":
            return x.left_edge if x.left_edge.lower_ == "which" else None
    return None


_CLAUSE_START_POS = {"PRON", "PROPN", "NOUN", "DET", "NUM", "SCONJ", "ADJ"}
_OBJECT_DEPS = {"dobj", "oprd", "xcomp", "attr", "acomp", "ccomp", "dative"}


def complement(doc: Doc, text: str, tok: Token, lemma: str, src, clause_lo: int, clause_hi: int, marked: list[Marked], verbs: dict[str, str], sent) -> Optional[tuple[int, int]]:
    """The reported content of a cue with no quote next to it.

    Its clausal complement; for verbs of evaluation and stance ("called X a liar",
    "praised X"), its object; for speech verbs the parser gave no complement, the rest of
    the sentence when it starts like a clause ("He said legalizing it could ...").

    Args:
        doc: the parsed Doc.
        text: its text.
        tok: the cue verb.
        lemma: its lemma (lower case).
        src: the source's characters, or None.
        clause_lo: where the cue's clause (cue and source) starts.
        clause_hi: where it ends.
        marked: the quoted spans.
        verbs: reporting verb lemma -> class.
        sent: the sentence (or piece of an over-long one) holding the cue.

    Returns:
        The content's characters, or None.
    """
    comp = [c for c in _complement_heads(tok, lemma, verbs) if sent.start <= c.i < sent.end]  # (never a line before: "A; \nRoe vows to B")
    cls = verbs.get(lemma, "speech")
    # (not with an object of its own: "As Roe lamented illegal immigration, Ames took ..." is a time, the object the content)
    as_span = _as_clause_content(text, tok, sent) if not comp and cls in ("speech", "writing", "evidence") and not any(c.dep_ == "dobj" for c in tok.children) else None
    if not comp:
        # "hoping to pick up delegates", "promises to stop ...": the infinitive is the content
        comp = [c for c in tok.rights if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if not comp and as_span is None and nxt is not None and nxt.lower_ in ("yes", "no", "so") and src is not None \
            and (nxt.i + 1 >= sent.end or doc[nxt.i + 1].is_punct or doc[nxt.i + 1].dep_ == "prep" and doc[nxt.i + 1].head.i == tok.i):
        return nxt.idx, nxt.idx + len(nxt.text)  # "46 percent said yes", "he would not say so", "half said so in May"
    if as_span is not None:
        span = as_span  # "..., as Dayen noted" / "As Menendez pointed out, ..."
    elif comp:
        span = _clause_span(doc, text, tok, comp, src, clause_lo, clause_hi, verbs)
    else:
        span = _other_content(doc, text, tok, lemma, src, cls, sent)
    if span is None:
        return None
    return finish_content(doc, text, tok, span, marked, sent)


def _complement_heads(tok: Token, lemma: str, verbs: dict[str, str]) -> list[Token]:
    """The heads of a cue's complement clause, where the parse put them."""
    # (not "he said" set off by commas inside the cue's own clause: "If X, he said, Y would ...")
    comp = [c for c in tok.children if c.dep_ in CONTENT_DEPS and not (c.dep_ == "parataxis" and c.lemma_.lower() in verbs and any(x.dep_ == "nsubj" for x in c.children))]
    if not comp and lemma in ADDRESSEE_CLAUSE_VERBS:
        comp = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
    if not comp and tok.dep_ in ("xcomp", "advcl") and tok.head.i != tok.i and tok.head.lemma_.lower() not in verbs \
            and not any(c.dep_ in ("mark", "dobj") for c in tok.children):
        # (not a clause of its own: "Though he did not mention Roe by name, he made it clear that ...")
        # "went on to state that ...": the parser hung the clause on "went" (but in
        # "Responding to X, Ames said: ..." the clause is the reporting head's own)
        comp = [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i]
    if not comp and lemma in ASK_IF_VERBS:
        # "Asked if he was ever bullied, ...", "asked the senator whether ...": the parser made the question an adverbial clause
        comp = [c for c in tok.rights if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") and m.i == c.left_edge.i for m in c.children)]
    if not comp:
        comp = _that_clause_in_prep(tok)
    if not comp and lemma in FOR_CLAUSE_VERBS:
        # "called for the party to respond": the parser made "for" the mark of a clause
        comp = [c for c in tok.rights if c.dep_ in ("advcl", "ccomp") and c.left_edge.lower_ == "for" and c.left_edge.dep_ == "mark"]
    return comp


def _clause_span(doc: Doc, text: str, tok: Token, comp: list[Token], src, clause_lo: int, clause_hi: int, verbs: dict[str, str]) -> Optional[tuple[int, int]]:
    """The characters of the complement clause nearest the cue (after it first)."""
    c = sorted(comp, key=lambda x: (x.i < tok.i, abs(x.i - tok.i)))[0]  # the complement after the cue first
    s, e = subtree_span(c)
    if c.left_edge.lower_ == "for" and c.left_edge.dep_ == "mark" and c.left_edge.i + 1 < len(doc):
        s = doc[c.left_edge.i + 1].idx  # "called for X to Y": "for" joins the cue
    if c.dep_ == "ccomp" and c.i > tok.i and (cut := _second_cue_cut(c, tok, verbs)) is not None:
        e = min(e, cut.idx)
    if c.dep_ == "xcomp":  # "wants Sanders to do the same": the infinitive's subject too
        objs = [o for o in tok.rights if o.dep_ in ("dobj", "nsubj") and o.i < c.i]
        # "called on Congress to act": the addressee after the cue's preposition too (PolNeAR)
        objs += [o for x in tok.rights if x.dep_ == "prep" and x.i < c.i and f"{tok.lemma_.lower()} {x.lower_}" in ADDRESSEE_PREP_CUES
                 for o in x.children if o.dep_ == "pobj"]
        if objs:
            s = min(s, subtree_span(objs[0])[0])
    if c.i > tok.i:
        # after the cue, and after a source between the cue and the complement ("said Roe that ...");
        # not after a source that follows the complement ("Asked why ..., Ames said")
        s = max(s, clause_hi if src is None or tok.idx < src[0] <= s else tok.idx + len(tok.text))
    if c.i < tok.i and not re.fullmatch(r"[\s,\u201d\"']*", text[e:clause_lo]):
        return None  # a complement before the cue must end right before its source
    return s, e


def _other_content(doc: Doc, text: str, tok: Token, lemma: str, src, cls: str, sent) -> Optional[tuple[int, int]]:
    """A content that is no complement clause: a topic, an object, the clause before a
    final cue, a passive subject, or the rest of the sentence after a speech verb."""
    if (pp := _topic_prep(tok)) is not None and (src is not None or (lemma in ASKED_ABOUT and tok.tag_ == "VBN" and pp.lower_ in ("about", "for"))):
        # "talking about X", "called for X", "voted for X": the topic is the content; and
        # "Asked about X, ..." / "Roe was asked about X": the question's topic, the asker unnamed
        s, e = span_of([t for t in pp.subtree if t.i != pp.i])
        if pp.lower_ == "for" and (inf := _purpose_clause(tok, [pp])):
            e = max(e, inf[0].right_edge.idx + len(inf[0].right_edge.text))  # "called for a prosecutor | to investigate X"
        if (obj := next((c for c in tok.rights if c.dep_ == "dobj" and c.right_edge.i + 1 == pp.i), None)) is not None:
            s = obj.left_edge.idx  # "accused him of lying": PolNeAR starts at the object
        return s, e
    if cls in ("evaluation", "stance") and src is not None:
        return _evaluated_object(tok)
    if src is not None and lemma not in ADDRESSEE_OBJECT_VERBS and (objs := [c for c in tok.children if c.dep_ == "dobj" and (c.i > tok.i or c.tag_ in ("WDT", "WP"))]):
        # "citing low growth", "highlighted the risks", "which he defended": the object
        objs += [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i > objs[0].i]
        objs += _purpose_clause(tok, objs)
        return subtrees_span(objs)
    if (span := _clause_before_final_cue(doc, text, tok, src, cls, sent)) is not None:
        return span
    if src is not None and any(c.dep_ == "agent" for c in tok.children) and (sp := [c for c in tok.children if c.dep_ == "nsubjpass"]):
        return subtree_span(sp[0])  # "The move was first reported by the Herald": the move is what was reported
    if cls in ("speech", "writing", "cognition") and tok.i + 2 < sent.end:
        nxt = doc[tok.i + 1]
        if (nxt.pos_ not in _CLAUSE_START_POS and nxt.tag_ != "VBG") or any(c.dep_ == "dobj" for c in tok.children) or tok.i < sent.start + 1:
            return None
        s, e = nxt.idx, sent.end_char
        if tok.dep_ == "ccomp" and tok.head.i > tok.i:
            # "X did not complain when ..., an official said": the clause ends where "said" begins
            e = min(e, tok.right_edge.idx + len(tok.right_edge.text))
        return s, e
    return None


def _evaluated_object(tok: Token) -> Optional[tuple[int, int]]:
    """What a verb of evaluation or stance is about: its objects ("called X a liar",
    "voted for X"), with an "as" phrase and a purpose clause after them."""
    objs = [c for c in tok.rights if c.dep_ in _OBJECT_DEPS or c.dep_ == "prep" and c.lower_ in ("for", "against")]
    if not objs:
        return None
    # "described the meeting as a step forward": the "as" phrase belongs to the content
    objs += [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i > objs[0].i]
    objs += _purpose_clause(tok, objs)
    # a "for"/"against" object without its preposition ("voted for X": X); "as" keeps it
    parts = [x for c in objs for x in ((list(c.children) if c.dep_ == "prep" and c.lower_ in ("for", "against") else [c]))]
    if not parts:
        return None
    return subtrees_span(parts)


def finish_content(doc: Doc, text: str, tok: Token, span: tuple[int, int], marked: list[Marked], sent) -> Optional[tuple[int, int]]:
    """A content's edges repaired: kept inside its sentence piece, run on to a predicate
    the parser cut off, without a trailing relative clause or stray punctuation, widened
    to the quoted spans it cuts into and to quoted words right after it."""
    s, e = span
    if sent.start > 0 and not doc[sent.start].is_sent_start:
        s = max(s, sent.start_char)  # a piece of an over-long run-on sentence: stay inside it
    if sent.end < len(doc) and not doc[sent.end].is_sent_start:
        e = min(e, sent.end_char)
    e = _run_on_predicate(doc, tok, e, sent)
    e = _run_on_as_phrase(doc, tok, e, sent)
    e = _before_own_participle(doc, tok, s, e)
    if (brk := text.rfind("\n", s, e)) >= 0 and not any(ch.isalnum() for ch in text[brk:e]):
        e = brk  # "... politically.\n\n___": a separator line the parser took into the sentence
    e = _cut_trailing_relative(doc, s, e)
    e = _cut_trailing_medium(doc, tok, s, e)
    e = _cut_trailing_occasion(doc, tok, s, e)
    s = _skip_cue_date(doc, tok, s, e)
    s, e = strip_span(text, s, e, marked)
    if (conj := _TRAILING_CONJ_RE.search(text, s, e)) is not None and conj.end() == e:
        s, e = strip_span(text, s, conj.start(), marked)  # "... was honest, and": the next clause's conjunction
    s, e = widen(text, s, e, marked)
    e = join_following_quote(text, e, marked)  # a clause the parser cut just before its quoted words: take them too
    if e - s < 3 or _only_a_date(doc, s, e):
        return None
    return s, e


_MEDIUM_PREPS = frozenset({"in", "on", "during", "at", "via", "through"})


def _cut_trailing_medium(doc: Doc, tok: Token, s: int, e: int) -> int:
    """'panned the plan **in an op-ed in the Gazette**', 'named the suspect **on social
    media**', 'doesn't want that **in an interview with CNN on Sunday**': a phrase at the end
    of a noun phrase content that says where or how it was said (a medium or an occasion,
    lists ``not_topic`` and ``medium`` of ``quote_nouns.tsv``) is not what was said; the
    content ends before it. Only for a content that is a noun phrase (an object or a topic):
    a clause keeps its phrases ("that he would speak on television")."""
    span = doc.char_span(s, e, alignment_mode="expand") if s < e else None
    if span is None or len(span) < 3:
        return e
    roots = [t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN", "PRON") or roots[0].i == tok.i:
        return e
    for t in span[roots[0].i - span.start + 1 :]:
        if t.dep_ != "prep" or t.lower_ not in _MEDIUM_PREPS:
            continue
        if any(c.dep_ == "pobj" and (c.lemma_.lower() in MEDIUM_NOUNS or c.lower_ in NOT_TOPICS) for c in t.children) \
                and not any(x.pos_ in ("VERB", "AUX") for x in doc[t.i : span.end]):
            return doc[t.i - 1].idx + len(doc[t.i - 1].text)
    return e


_TRAILING_CONJ_RE = re.compile(r"[\s,;\u2014\u2013-]+(?:and|or|but)$")
_DATE_TYPES = frozenset({"DATE", "TIME"})
_OCCASION_PREPS = frozenset({"in", "during", "on"})


def _skip_cue_date(doc: Doc, tok: Token, s: int, e: int) -> int:
    """'said Tuesday his actions are legal', 'said on Friday that he met X', 'promised Monday
    to act': a date or time that opens the content but hangs on the cue is when it was
    said, not what was said; the content starts after it."""
    span = doc.char_span(s, e, alignment_mode="expand") if s < e else None
    if span is None or len(span) < 3 or span.start <= tok.i:
        return s
    h = span[0]
    while h.head.i != h.i and h.head.i != tok.i and span.start <= h.head.i < span.end:
        h = h.head
    if h.head.i != tok.i or h.left_edge.i != span.start or h.right_edge.i + 1 >= span.end:
        return s
    if h.dep_ == "prep":
        dated = [c for c in h.children if c.dep_ == "pobj"]
        if len(dated) != 1 or dated[0].ent_type_ not in _DATE_TYPES:
            return s
    elif h.ent_type_ not in _DATE_TYPES or h.dep_ not in ("npadvmod", "tmod", "advmod"):
        return s
    if any(t.ent_type_ not in _DATE_TYPES and t.pos_ not in ("ADP", "DET", "ADJ", "PUNCT") for t in doc[h.left_edge.i : h.right_edge.i + 1]):
        return s
    return doc[h.right_edge.i + 1].idx


def _cut_trailing_occasion(doc: Doc, tok: Token, s: int, e: int) -> int:
    """'argued Roe would win in an interview with CNN', 'said X on Wednesday's show': at the
    end of a clause content, a phrase naming the occasion of the speech (a noun of list
    ``occasion`` of ``quote_nouns.tsv`` with a determiner or a possessor) is where it was
    said, not what; the content ends before it (not when it hangs on a verb of speaking in
    the content: "that he would speak in an interview")."""
    span = doc.char_span(s, e, alignment_mode="expand") if s < e else None
    if span is None or len(span) < 5:
        return e
    for t in span[2:]:
        if t.dep_ != "prep" or t.lower_ not in _OCCASION_PREPS or not all(
                x.is_punct or x.pos_ == "ADP" or x.ent_type_ in _DATE_TYPES for x in doc[t.right_edge.i + 1 : span.end]):
            continue  # (the phrase ends the content, a date after it aside: "in an interview with CNN on Sunday")
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is None or obj.lemma_.lower() not in OCCASION_NOUNS or not any(c.dep_ in ("det", "poss") for c in obj.children):
            continue
        if t.lower_ == "on" and obj.lemma_.lower() not in NOT_TOPICS:
            continue  # "on" a show or a broadcast (not_topic), not "working on the speech"
        if is_cue_lemma(t.head) or t.head.i == tok.i:
            continue
        return doc[t.i - 1].idx + len(doc[t.i - 1].text)
    return e


def _only_a_date(doc: Doc, s: int, e: int) -> bool:
    """'responded Friday, saying ...': a date left alone is no content."""
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and len(span) <= 4 and all(t.ent_type_ == "DATE" for t in span)


def _before_own_participle(doc: Doc, tok: Token, s: int, e: int) -> int:
    """'denounced X, saying Y', 'mentioned X at the start, joking that Y': a participle of
    speech the parser hung on the cue itself, after a comma, is a report of its own; the
    content ends before its comma."""
    for c in tok.rights:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in PARTICIPLE_CUES and s < c.idx < e and not any(x.dep_ in ("mark", "nsubj") for x in c.children):
            k = c.left_edge.i - 1
            if k > tok.i and doc[k].text == "," and doc[k].idx > s:
                return doc[k].idx
    return e


def _run_on_as_phrase(doc: Doc, tok: Token, e: int, sent) -> int:
    """'referred to Rubio | as "a bright leader"', 'describe her | as likable', 'did not
    mention Trump | by name': an "as" phrase (no clause: not "as she enters the race") or
    "by name" hung on the cue right after the content belongs to what was said of it."""
    nxt = first_word_from(doc, tok.i + 1, sent.end, e)
    if nxt is None or nxt.dep_ != "prep" or nxt.head.i != tok.i or nxt.idx > e + 2:
        return e
    objs = [c for c in nxt.children if c.dep_ in ("pobj", "pcomp", "acomp", "amod")]
    if nxt.lower_ == "as" and objs and not any(x.dep_ in ("nsubj", "nsubjpass") for x in nxt.subtree):
        return max(e, nxt.right_edge.idx + len(nxt.right_edge.text))
    if nxt.lower_ == "by" and len(objs) == 1 and objs[0].lower_ == "name" and objs[0].right_edge.i == objs[0].i:
        return objs[0].idx + len(objs[0].text)
    return e


def _run_on_predicate(doc: Doc, tok: Token, e: int, sent) -> int:
    """'speculated that the men detained | could be part of X': the parser read the
    subject's participle as the complement's verb and hung the real predicate on the
    cue as a second complement, starting with its auxiliary. The content runs on to it."""
    nxt = first_word_from(doc, tok.i + 1, sent.end, e)
    if nxt is None or nxt.pos_ != "AUX" or nxt.head.dep_ != "ccomp" or nxt.head.head.i != tok.i or nxt.head.i < nxt.i:
        return e
    return max(e, nxt.head.right_edge.idx + len(nxt.head.right_edge.text))


def _purpose_clause(tok: Token, objs: list[Token]) -> list[Token]:
    """An infinitive right after a cue's object ("urged the senator | to release the
    transcripts"): PolNeAR's content runs on to its end."""
    end = max(c.right_edge.i for c in objs)
    return [c for c in tok.rights if c.dep_ == "advcl" and c.left_edge.i == end + 1 and c.left_edge.lower_ == "to"]


_FINAL_CUE_CLASSES = ("speech", "writing")


def _clause_before_final_cue(doc: Doc, text: str, tok: Token, src, cls: str, sent) -> Optional[tuple[int, int]]:
    """'This includes a special force, Ash Carter told a Senate panel Wednesday.': a
    speech cue that closes its sentence after a comma, with its subject, and no other
    verb after it; the parser hung it on the clause before (conj), so that clause is the
    content."""
    if src is None or cls not in _FINAL_CUE_CLASSES or src[1] > tok.idx:
        return None
    if tok.dep_ not in ("conj", "ROOT", "parataxis") or any(c.dep_ in CONTENT_DEPS for c in tok.children):
        return None
    start = sent.start_char
    if text[start : src[0]].strip() == "," and sent.start > 0:
        # '..., even with a "good" job, | he said.': the parser ended the sentence before the comma
        start = doc[sent.start - 1].sent.start_char
        if "\n" in text[start : src[0]]:
            return None
    head = text[start : src[0]].rstrip()
    if not head.endswith(",") or len(head.split()) < 4:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1 : sent.end]):
        return None
    return start, start + len(head) - 1


_RELW = frozenset({"which"})


def _cut_trailing_relative(doc: Doc, s: int, e: int) -> int:
    """'that the bill would pass, which he called a disaster': a comma-set-off
    relative clause that runs to the end of the content is the writer's, not the
    source's; the content ends before its comma."""
    if s >= e or not any(w in doc_text(doc)[max(0, s - 8) : e + 8].lower() for w in _RELW):
        return e  # (no "which" in the words: no Token made for each of them)
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return e
    for t in span:
        if t.lower_ in _RELW and t.i > span.start + 1 and doc[t.i - 1].text == ",":
            # the relative clause: the head of "which", or the one above it ("X, which a report said was Y")
            rel = next((a for a in (t.head, t.head.head) if a.dep_ == "relcl"), None)
            if rel is not None and (rel.right_edge.idx + len(rel.right_edge.text) >= e - 1 or rel.right_edge.i >= span.end - 2):
                return doc[t.i - 1].idx
    return e


_CLOCK_RE = re.compile(r"\d{1,2}:\d\d\s*[ap]\.m\.\s+", re.I)
_LEAD_DEPS = {"advmod", "cc"}


def skip_lead_adverbial(doc: Doc, text: str, s: int, e: int) -> int:
    """'Still, most voters ..., according to a poll': a content before its cue starts
    after a sentence adverb ("Still,", "Even so,"; PolNeAR keeps "In 2014,") or a live-blog
    time stamp ("7:05 p.m.")."""
    m = _CLOCK_RE.match(text, s)
    if m and m.end() < e:
        s = m.end()
    span = doc.char_span(s, e, alignment_mode="expand") if s < e else None
    if span is None or len(span) < 4:
        return s
    for t in span[:5]:
        if t.text == ",":
            rest = t.i + 1
            if rest < span.end and all(x.dep_ in _LEAD_DEPS and x.head.i >= span.start for x in span[: t.i - span.start]):
                return doc[rest].idx
            break
    return s


def passive_raising(text: str, tok: Token, marked) -> Optional[list[tuple[int, int]]]:
    """'Trump is expected to speak tonight': a passive cue with a "to" infinitive. The
    content is two fragments, the subject and the infinitive (PolNeAR's convention); a
    "by" agent makes it ordinary reported speech instead."""
    if tok.lemma_.lower() in RAISING_VERBS:  # "the crowd seemed (to be) unperturbed"
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        inf = [c for c in tok.rights if c.dep_ in ("xcomp", "acomp", "attr", "oprd")]
    elif (as_phrase := passive_as(tok)) is not None:  # "Roe is widely seen as a reformer"
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        inf = [as_phrase]
    else:
        subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
        inf = [c for c in tok.rights if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    if not subj or not inf or any(c.dep_ == "agent" for c in tok.children):
        return None
    s1 = strip_span(text, *subtree_span(subj[0]), marked)
    s2 = strip_span(text, *subtree_span(inf[0]), marked)
    if s1[1] > tok.idx or s2[0] < tok.idx or s1[1] - s1[0] < 1 or s2[1] - s2[0] < 3:
        return None
    return [s1, s2]


def _that_clause_in_prep(tok: Token) -> list[Token]:
    """'said in a statement that ...', 'is telling customers at a diner that ...': the parser
    hung the "that" clause on the noun."""
    for p in tok.rights:
        if p.dep_ != "prep" or p.lower_ not in ("in", "on", "during", "at"):
            continue
        for n in p.children:
            if n.dep_ != "pobj":
                continue
            for c in n.rights:
                if c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark":
                    return [c]
    return []


def _as_clause_content(text: str, tok: Token, sent) -> Optional[tuple[int, int]]:
    """'X is a scare tactic, as Dayen noted' / 'As Menendez pointed out, X': the cue
    heads an "as" clause; the content is the clause it hangs on, without it."""
    if tok.dep_ != "advcl" or tok.head.i == tok.i or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children):
        return None
    a_lo, a_hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    h_lo = max(tok.head.left_edge.idx, sent.start_char)
    h_hi = min(tok.head.right_edge.idx + len(tok.head.right_edge.text), sent.end_char)
    subj = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
    if subj:  # "On Friday, the White House was ...": the clause from its subject
        h_lo = max(h_lo, subj[0].left_edge.idx)
    before = (h_lo, a_lo)
    after = (a_hi, h_hi)
    s, e = before if len(text[before[0] : before[1]].strip()) >= len(text[after[0] : after[1]].strip()) else after
    return (s, e) if e - s > 3 else None


_TOPIC_PREPS = {"about", "on", "of", "for", "to", "against"}


def _no_topic(prep: Token) -> bool:
    """A preposition after a cue that gives a time, a medium or a manner, not the topic
    ("spoke on Monday", "posted on Facebook", "spoke on condition of anonymity")."""
    return any(c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or (prep.lower_ == "on" and c.lower_ in NOT_TOPICS)) for c in prep.children)


def _topic_prep(tok: Token) -> Optional[Token]:
    """The preposition right after a cue that introduces its topic ("talk about")."""
    if tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    if nxt.lower_ == "to" and tok.lemma_.lower() in ADDRESSEE_TO_VERBS:
        # "apologized to Roe for X", "complained to officials about X": "to" names the addressee
        return next((c for c in tok.rights if c.i > nxt.i and c.dep_ == "prep" and c.lower_ in ("for", "about", "over")
                     and any(x.dep_ in ("pobj", "pcomp") for x in c.children) and not _no_topic(c)), None)
    if nxt.head.i == tok.i and nxt.dep_ == "prep" and (nxt.lower_ in _TOPIC_PREPS or nxt.lower_ == "at" and tok.lemma_.lower() in AT_TOPIC_VERBS) and any(c.dep_ in ("pobj", "pcomp") for c in nxt.children):
        return None if _no_topic(nxt) else nxt
    for c in tok.rights:  # "talking at the dinner about X"
        if c.dep_ == "prep" and c.lower_ == "about" and any(x.dep_ in ("pobj", "pcomp") for x in c.children):
            return c
    objs = [c for c in tok.rights if c.dep_ == "dobj"]
    if objs:  # "accused Oslo of building blocs"
        after = objs[0].right_edge.i + 1
        for c in tok.rights:
            if c.i == after and c.dep_ == "prep" and c.lower_ == "of" and any(x.dep_ in ("pobj", "pcomp") for x in c.children):
                return c
    return None
