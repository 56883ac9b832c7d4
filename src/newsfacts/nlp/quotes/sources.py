"""Sources: the subject of a cue and the noun phrase that names who speaks.

:func:`subject_of` finds a cue's subject (inherited through xcomp, conj, participles,
"by saying", a passive's agent, "issued a statement saying"); :func:`np_span` gives the
characters of the phrase as PolNeAR marks a Source. When the parse gives no subject,
:func:`preceding_name`, :func:`postposed_name` and :func:`name_after` look for the name
next to the cue.
"""

from __future__ import annotations

import bisect
import re
from typing import Optional

from spacy.tokens import Doc, Token

from ..text import last_doc, sentences
from .controllers import host_speaker, lifeless_host, object_controller
from .doc_memo import by_token
from .marks import in_any
from .spans import CUE_LEFT_DEPS, span_of
from .words import alternation, DOC_NOUNS, FINDING_NOUNS, ISSUE_VERBS, LEAD_ADVERBS, QUOTED_AS, reporting_verbs


@by_token  # (asked for again and again: by the cues, the speakers and the claimants)
def np_span(tok: Token) -> tuple[int, int]:
    """The subject noun phrase as PolNeAR marks a Source: the whole phrase with its
    appositives and relative clauses ("those who lost their jobs"; a comma-set-off one
    with the comma closing it), but not a participle tacked on without a comma ("a group
    backing X"), nor a comma-set-off participle aside or relative clause that reports
    ("Ann Roe, speaking at ...," / "..., who notes that ..."), and never across a line break."""
    sub = list(tok.subtree)
    if tok.pos_ == "PROPN" and tok.dep_ == "nsubj" and (desc := _split_description(tok)) is not None:
        sub = [*desc.subtree, *sub]  # "Tennis great Billie Jean King": the description with the name
    drop: set[int] = set()
    cut = len(tok.doc)  # the phrase ends before an aside or a reporting relative clause
    doc = tok.doc
    finding = tok.lemma_.lower() in FINDING_NOUNS
    for c in tok.rights:
        if finding and c.dep_ == "acl" and c.tag_ == "VBN":
            continue  # "Exit polls taken in Ohio", "A Fox poll, conducted with X,": the finding's description stays
        if c.dep_ == "acl" and c.i > 0 and doc[c.left_edge.i - 1].text != ",":
            drop.update(t.i for t in c.subtree)
        elif c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i > 0 and doc[c.left_edge.i - 1].text == ",":
            # "Tom Ames, speaking at a rally," / "Ann Roe, clearly frustrated,": an aside, not the name
            cut = min(cut, c.left_edge.i - 1)
    verbs = reporting_verbs()
    for c in sub:
        if c.dep_ == "relcl" and c.i > tok.i and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," and c.lemma_.lower() in verbs:
            # "Ann Roe, an analyst at X, who notes that ...": the relative clause is an attribution of its own
            cut = min(cut, c.left_edge.i)
    out = [t for t in sub if t.i not in drop and t.i < cut]
    line_start = max((t.i for t in out if t.i <= tok.i and "\n" in t.text_with_ws), default=None)
    if line_start is not None:
        out = [t for t in out if t.i > line_start]
    while out and (out[0].is_punct or out[0].is_space):
        out.pop(0)
    out = _trim_source(out, tok)
    while out and out[-1].is_space:
        out.pop()
    internal_comma = any(t.text == "," for t in out[:-1])
    while out and out[-1].is_punct and out[-1].text not in {".", "'", "%"} and not (out[-1].text == "," and internal_comma and len(out) > 1):
        if out[-1].text == ")" and any(t.text == "(" for t in out):
            break  # "Sen. Ann Roe (D-Vt.)" keeps its closing parenthesis
        out.pop()
    if not out:
        out = [tok]
    nxt = out[-1].i + 1
    if internal_comma and out[-1].text != "," and nxt < len(tok.doc) and tok.doc[nxt].text == "," and not tok.doc[nxt].is_space:
        out.append(tok.doc[nxt])  # "Robby Mook, her campaign manager," closes with its comma
    elif nxt < len(tok.doc) and (closer := tok.doc[nxt]).text in ("\u2014", "--", "\u201d", '"', "''") and _opened(out, closer.text):
        out.append(closer)  # "Jason Sims \u2014 a teacher from Ohio \u2014" / 'the hacker known as \u201cGuccifer,\u201d' close their aside
    return span_of(out)


def _opened(toks: list[Token], closer: str) -> bool:
    """Whether ``toks`` hold an aside or quote that ``closer`` (a dash or closing mark) ends."""
    if closer == "\u201d":
        return sum(t.text == "\u201c" for t in toks) > sum(t.text == "\u201d" for t in toks)
    return sum(t.text == closer for t in toks) % 2 == 1


_DATELINE_RE = re.compile(r"^(?:[A-Z][A-Z.'\-]{2,}\b[^\n\u2014\u2013]{0,40}?|[^\n\u2014\u2013]{0,40}?\((?:" + alternation("news_agency") + r")\))\s*(?:\u2014|\u2013|--|-)\s+")
DATELINE_AT = re.compile(_DATELINE_RE.pattern[1:])  # the same, matched at a given position
_DASHES = frozenset({"\u2014", "\u2013", "--", "-"})


def _trim_source(out: list[Token], head: Token) -> list[Token]:
    """A source without what PolNeAR's annotators leave out of it: a dateline before it
    ("RENO, Nev. (AP) \u2014 Sen. Ann Roe") and a focus adverb ("Even Lindsey Graham")."""
    m = None
    if out and out[0].i < head.i and (out[0].is_upper or out[0].is_title and any(t.text == "(" for t in out if t.i < head.i)) and any(t.text in _DASHES for t in out if t.i < head.i):
        m = _DATELINE_RE.match("".join(t.text_with_ws for t in out if t.i < head.i))
    if m is not None:
        cut = out[0].idx + m.end()
        out = [t for t in out if t.idx >= cut]
    while len(out) > 1 and out[0].i < head.i and out[0].lower_ in LEAD_ADVERBS and out[0].pos_ == "ADV":
        out.pop(0)
        while len(out) > 1 and out[0].text == ",":
            out.pop(0)
    return out


def is_cue_lemma(tok: Token) -> bool:
    """A speech or writing verb of the lexicon."""
    return tok.pos_ == "VERB" and reporting_verbs().get(tok.lemma_.lower()) in ("speech", "writing")


#: subjects that name no one after an adjective ("it is hard to know")
_EXPLETIVES = frozenset({"it", "this", "that", "there"})


def subject_of(verb: Token) -> tuple[Optional[Token], int]:
    """The subject of a reporting verb and the number of hops to reach it: inherited
    through xcomp, conj, participles and "by saying" (pcomp)."""
    cur: Optional[Token] = verb
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl", "relcl"):
        for a in verb.children:  # "first reported by The Post", "As reported by the Times,": the agent reports
            if a.dep_ == "agent":
                pobj = [p for p in a.children if p.dep_ == "pobj"]
                if pobj:
                    return pobj[0], 0
    adjective = False  # reached through "likely to say", "correct to note": an expletive "it" is nobody
    for hops in range(5):
        if cur is None:
            return None, hops
        for c in cur.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != verb.i:
                if c.lower_ in _EXPLETIVES and (adjective or hops and cur.lemma_ == "be" and any(a.dep_ in ("acomp", "attr") for a in cur.children)):
                    return None, hops  # "it is hard to know", "it is important to note", "it is fair to say"
                if c.dep_ == "nsubjpass":
                    for a in cur.children:  # "was told by X": the agent speaks
                        if a.dep_ == "agent":
                            pobj = [p for p in a.children if p.dep_ == "pobj"]
                            if pobj:
                                return pobj[0], hops
                    if hops and cur.lemma_.lower() in QUOTED_AS:
                        return c, hops  # "Ames was quoted as saying", "was heard saying": the passive subject speaks
                    return None, hops  # "is expected to", "was told": the subject is not the speaker
                return split_name(c) or c, hops
        if (host := lifeless_host(cur)) is not None:  # "found ways to cast", "emailed an article reporting": not the noun
            owner, gov = host_speaker(host)
            if owner is not None:
                return split_name(owner) or owner, hops + 1
            if gov is not None:
                subj, more = subject_of(gov)
                return subj, hops + more + 1
        if cur.head.i == cur.i:
            return coordinated_left_subject(cur), hops
        if hops == 0 and cur.dep_ == "conj" and cur.head.dep_ == "ccomp" and cur.head.head.i != cur.head.i and is_cue_lemma(cur) and is_cue_lemma(cur.head.head):
            cur = cur.head.head  # "He said A and said B": the parser hung the second "said" on A
            continue
        if hops == 0 and cur.dep_ == "acl" and cur.tag_ == "VBG" and is_cue_lemma(cur) and cur.head.pos_ in ("NOUN", "PROPN") and cur.head.dep_ in ("ROOT", "nsubj"):
            return cur.head, 1  # "Erin Roe, a lawyer, ..., saying she ..." (the parser made the name the root), "Protesters chanting ...": the noun speaks
        if (obj := object_controller(cur, cur.head)) is not None:
            return split_name(obj) or obj, hops + 1  # "prompted the Atlas to state": the object speaks
        if cur.dep_ in ("xcomp", "conj", "advcl", "acl"):
            cur = cur.head
            continue
        if cur.dep_ == "acomp" and hops and cur.head.i != cur.i:
            adjective = True  # "Voters are more likely to say", "he is correct to note": the copula's subject
            cur = cur.head
            continue
        if cur.dep_ == "pcomp" and cur.head.head.i != cur.head.i:
            cur = cur.head.head
            continue
        if cur.dep_ == "relcl":
            return cur.head, hops
        if hops and cur.dep_ == "dobj" and cur.lemma_.lower() in DOC_NOUNS and cur.head.i != cur.i:
            cur = cur.head  # "the campaign issued a statement saying ...": the issuer speaks
            continue
        return None, hops
    return None, 5


_QUOTE_TEXTS = frozenset({'"', "''", "``", "\u201c", "\u201d"})


@last_doc
def sentence_starts(doc: Doc) -> tuple[int, ...]:
    """The index of each sentence's first token, sorted (``(0,)`` for a Doc with no sentence
    boundaries), once per Doc."""
    return tuple(sp.start for sp in sentences(doc)) if doc.has_annotation("SENT_START") else (0,)


def coordinated_left_subject(root: Token) -> Optional[Token]:
    """The subject of a clause the parser hung on a subjectless root as its complement when
    the two are coordinated verbs of one subject: "Pastor Roe stood at his pulpit and, citing
    Exodus, endorsed Ames" (the parser made *stood* a ccomp of *endorsed*), "Ames offered the
    man a job, then says he will ...". The clause comes first, is joined by "and" (its own
    conjunction, after it) or the root has "then" before it, and its subject stands outside
    any quote ('"I guess A, and B," added a voter': the voter speaks)."""
    then = any(c.lower_ == "then" and c.dep_ == "advmod" and c.i < root.i for c in root.children)
    for c in root.children:
        if c.i > root.i or c.dep_ not in ("ccomp", "conj") or c.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((k for k in c.children if k.dep_ == "nsubj"), None)
        joined = any(k.dep_ == "cc" and k.lower_ == "and" and c.i < k.i < root.i for k in c.children)
        if subj is None or subj.lower_ in _EXPLETIVES or subj.tag_ in ("WP", "WDT") or not (joined or then):
            continue
        start = min(c.left_edge.i, subj.left_edge.i)
        starts = sentence_starts(root.doc)  # back to its sentence's start, at most 60 tokens before the clause
        start = max(starts[bisect.bisect_right(starts, start) - 1], min(start, c.left_edge.i - 60))
        if any(t.text in _QUOTE_TEXTS for t in root.doc[start : c.i]):
            return None  # (a subject inside a quote, or a quote opened before it)
        return split_name(subj) or subj
    return None


def split_name(desc: Token) -> Optional[Token]:
    """'Tennis great Billie Jean King remembered', 'Former Secretary of State Hillary Clinton is
    calling' where the parser made the description and the name two subjects of the verb: the
    name (a person's proper noun that is a second subject right after the first, nothing
    between them; neither of them coordinated), else None."""
    doc = desc.doc
    nxt = desc.right_edge.i + 1
    if nxt >= len(doc) or desc.pos_ not in ("NOUN", "PROPN") or "\n" in desc.right_edge.whitespace_:
        return None
    for c in desc.head.children:
        if c.i > desc.i and c.dep_ == "nsubj" and c.left_edge.i == nxt and c.pos_ == "PROPN" and c.ent_type_ == "PERSON":
            # one person only: not "hopefuls Jeb Bush and Chris Christie", "Gov. Ann Roe (D) and Gov. Tom Ames"
            return None if any(x.dep_ in ("conj", "cc") for x in (*desc.children, *c.children)) else c
    return None


def _split_description(tok: Token) -> Optional[Token]:
    """The first subject of a split one (:func:`split_name`) whose name ``tok`` is, else None."""
    for c in tok.head.children:
        if c.i < tok.i and c.dep_ == "nsubj" and tok.dep_ == "nsubj" and c.head.i != c.i and split_name(c) is not None and split_name(c).i == tok.i:
            return c
    return None


def issuer_of_work(tok: Token, first: int, content) -> Optional[tuple[Token, Token]]:
    """'The PAC launched an ad on Sunday. It slams ...', 'Roe is expected to unveil her ad. It
    argues ...': for a subject "it" (``tok``), the work ("ad", "report", "letter") that is the
    last noun object between token ``first`` and it, when an issuing verb ("launch",
    "release", "unveil") has it, with that verb's noun subject (through "is expected to"):
    ``(subject, work)``, else None. Not a work inside ``content`` (character spans), nor one
    "from"/"by" someone."""
    doc = tok.doc
    objs = [t for t in doc[first : tok.i] if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN")]
    if not objs or (objs[-1].lemma_.lower() not in DOC_NOUNS and objs[-1].lower_ not in DOC_NOUNS):
        return None
    work, cur = objs[-1], objs[-1].head
    if cur.lemma_.lower() not in ISSUE_VERBS or any(cs <= work.idx < ce for cs, ce in content):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in work.children):
        return None  # "released a letter from Roe": Roe's, not the one who released it
    for _ in range(3):
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return (subj, work) if subj.pos_ in ("NOUN", "PROPN") else None
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def preceding_name(doc: Doc, verb: Token) -> Optional[Token]:
    """A proper noun (or noun) right before the cue in the same line, when the parse
    gave the verb no usable subject ("... D.C.\nGantz wrote")."""
    k = verb.i - 1
    while k >= 0 and doc[k].dep_ in CUE_LEFT_DEPS and doc[k].i >= 0:
        k -= 1
    if k < 0:
        return None
    t = doc[k]
    if (host := lifeless_host(verb)) is not None and host.i == t.i:
        return None  # "were given tickets telling them": the tickets say nothing
    if t.text == "," and is_cue_lemma(verb):
        return _name_before_comma(doc, k)
    if t.pos_ in ("PROPN", "NOUN", "PRON") and not any("\n" in x.whitespace_ for x in doc[t.i : verb.i]):
        return _phrase_over_date(doc, t, verb) if t.ent_type_ in ("DATE", "TIME") else t
    return None


def _phrase_over_date(doc: Doc, t: Token, verb: Token) -> Optional[Token]:
    """A date is nobody: for 'A court document filed Thursday says', 'Voters going to the polls
    on Super Tuesday said', the highest noun above the date that stands before the cue on its
    line ("document", "voters"), or None."""
    best = None
    for a in t.ancestors:
        if a.i >= verb.i or any("\n" in x.whitespace_ for x in doc[a.i : verb.i]):
            break
        if a.pos_ in ("NOUN", "PROPN") and a.ent_type_ not in ("DATE", "TIME"):
            best = a
    return best


#: how many tokens before a cue's comma the name may start
_COMMA_NAME_REACH = 30
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _name_before_comma(doc: Doc, comma: int) -> Optional[Token]:
    """'"...," Texas delegate Bill Eastland, wearing a cowboy hat, said', 'In a statement, her
    adviser, Jake Sullivan, said:' where the parse hung the name elsewhere: the first person
    named between the end of the quote (or the sentence's start) and the comma before the
    cue, when no finite verb stands there (an aside "wearing ..." may)."""
    lo = comma
    while lo > 0 and comma - lo < _COMMA_NAME_REACH:
        prev = doc[lo - 1]
        if prev.is_sent_start and lo - 1 < comma or "\n" in prev.whitespace_ or prev.text in ("\u201d", '"', "''") and lo > 1 and doc[lo - 2].is_punct:
            break
        lo -= 1
    region = doc[lo:comma]
    if not len(region) or any(t.tag_ in _FINITE_TAGS for t in region):
        return None
    t = next((t for t in region if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"), None)
    while t is not None and t.dep_ in ("compound", "flat") and lo <= t.head.i < comma:
        t = t.head
    return t


def postposed_name(doc: Doc, text: str, verb: Token, marked) -> Optional[Token]:
    """'"... the challenge,'' said Jared Bernstein, a senior fellow': the parse gave the
    cue no subject; the name right after it is the speaker when a quote ends just before."""
    if verb.i + 1 >= len(doc) or in_any(max(0, verb.idx - 3), marked) is None and not re.search(r"[\"\u201d']\s*,?\s*$", text[max(0, verb.idx - 6) : verb.idx]):
        return None
    if "\n" in text[max(0, verb.idx - 6) : verb.idx]:
        return None  # a quote that ended the paragraph before is not this cue's ("Bemoaning the X," at a paragraph's start)
    t = doc[verb.i + 1]
    if t.pos_ not in ("PROPN", "DET", "NOUN", "ADJ") or "\n" in verb.whitespace_:
        return None
    while t.dep_ in ("compound", "amod", "det", "poss", "nmod") and t.head.i > verb.i and t.head.i != t.i:
        t = t.head
    return t if t.pos_ in ("PROPN", "NOUN") else None


def name_after(doc: Doc, pos: int, verb: Token) -> Optional[Token]:
    """The head of the noun phrase that starts right after ``pos`` and before the verb
    ('"...," Trump, the front-runner, said')."""
    span = doc.char_span(pos, verb.idx, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if t.is_punct or t.is_space:
            continue
        if t.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        while t.dep_ in ("compound", "amod", "det", "poss", "nmod") and t.head.i < verb.i and t.head.i != t.i:
            t = t.head
        return t
    return None


def name_before_relative(doc: Doc, verb: Token) -> Optional[Token]:
    """'Mr. Slinker, whose start-up uses big data, said ...' / 'Ted Cruz, who has surged in
    Iowa, named ...': the parse gave the cue no subject (it hung the name on the verb of the
    relative aside, or the cue on the name); the name set off by a comma and a "who"/"whose"
    clause that ends with the comma right before the cue is the source."""
    k = verb.i - 1
    while k >= 0 and doc[k].dep_ in CUE_LEFT_DEPS:
        k -= 1
    if k < 1 or doc[k].text != ",":
        return None
    cands = [x for c in verb.children if c.i < verb.i and c.dep_ in ("ccomp", "advcl", "parataxis") for x in c.children if x.dep_ == "nsubj" and x.i < c.i]
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.i < verb.i and verb.head.dep_ == "ROOT":
        cands.append(verb.head)
    for n in cands:
        if n.pos_ == "PROPN" and n.i + 2 < k and doc[n.i + 1].text == "," and doc[n.i + 2].lower_ in ("who", "whose") \
                and not any("\n" in t.whitespace_ for t in doc[n.i : verb.i]):
            return n
    return None


def fronted_participle_subject(doc: Doc, text: str, verb: Token) -> Optional[Token]:
    """'Bemoaning the "phony system," Ames accused ...': a participle that opens its line and
    got no subject from the parse (it hung the participle on the paragraph before) takes the
    subject that follows its own phrase, never a word inside that phrase."""
    line_start = text.rfind("\n", 0, verb.idx) + 1
    if verb.tag_ != "VBG" or text[line_start : verb.idx].strip():
        return None
    k = verb.right_edge.i + 1
    while k < len(doc) and (doc[k].is_punct or doc[k].is_space) and "\n" not in doc[k].text:
        k += 1
    if k >= len(doc) or k == verb.right_edge.i + 1:
        return None  # (the phrase must close with its comma)
    n = doc[k]
    while n.dep_ in ("compound", "amod", "det", "poss", "nmod") and n.head.i > n.i:
        n = n.head
    if n.dep_ == "nsubj" and n.pos_ in ("PROPN", "NOUN", "PRON") and n.head.i > n.i and "\n" not in text[verb.idx : n.idx]:
        return n
    return None
