"""Who speaks for a finding or a share: the maker of a statement, report, poll or study
named earlier ("The museum issued a statement ... The statement urged" -> the museum) and
the group a share counts ("47 percent of Republicans said" -> Republicans; "32 percent said"
right after it -> the same group).

:class:`Findings` scans a Doc once for documents and polls with a named maker; the
:class:`~newsfacts.nlp.quotes.speakers.Resolver` asks it when a source names nobody.
"""

from __future__ import annotations

import bisect
from typing import Callable, Optional

from spacy.tokens import Doc, Token

from .words import ISSUE_VERBS, MADE_NOUNS, SHARE_NOUNS
from ..token_arrays import indices, with_lemma, with_pos

#: how far back (characters) the maker of "the statement" may be named
MAKER_REACH = 1500
#: how far back (characters, same paragraph) a bare share takes the group counted before it
SHARE_REACH = 400
#: nouns that stand for whatever finding was made last ("The findings underscore ...")
_ANY_FINDING = frozenset({"finding", "result", "data"})
_POLLS = frozenset({"poll", "survey", "polling"})


def made_kind(lemma: str) -> str:
    """The kind of a made thing: polls and surveys are one kind, any other noun its own."""
    return "poll" if lemma in _POLLS else lemma


def _two(tok: Token, anywhere: bool = False) -> bool:
    """A phrase that names more than one ("Smith and Woods"; with ``anywhere``, any "and" in
    the phrase: "Republicans and Republican-leaning voters", however the parser hung it)."""
    return any(c.dep_ == "conj" for c in tok.children) or anywhere and any(t.dep_ == "cc" for t in tok.subtree)


def is_share(tok: Token) -> bool:
    """A share of a group: "47 percent", "a majority", "Six in 10", "half"."""
    if tok.lemma_.lower() in SHARE_NOUNS or tok.text == "%":
        return True
    return tok.like_num and any(c.lower_ == "in" for c in tok.children)  # "Six in 10"


class Findings:
    """The makers of one document's statements, reports and polls, and the groups its
    shares count, in text order."""

    def __init__(self, doc: Doc, maker_of: Callable[[Token], Optional[str]]):
        """``maker_of(tok)``: the named entity a subject or agent head names, or None."""
        self.made: list[tuple[int, str, str]] = []  # (position, kind, entity)
        self.shares: list[tuple[int, str]] = []  # (position, entity of the group counted)
        for i in indices(with_lemma(doc, MADE_NOUNS) & with_pos(doc, "NOUN")):  # (read from the Doc's arrays: a Token per word cost more)
            tok = doc[i]
            lemma = tok.lemma_.lower()
            maker = None
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ISSUE_VERBS:
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)  # "The museum issued a statement"
                maker = maker_of(subj) if subj is not None and subj.pos_ in ("PROPN", "NOUN") and not _two(subj) else None  # (not one of two: "Smith and Woods filed")
            if maker is None and not any(c.dep_ == "poss" for c in tok.children):
                # "a statement issued by the Sanders campaign", "The letter was released by X"
                # (not "Exxon's letter, written by its vice president": the letter is Exxon's)
                verbs = [*tok.rights, tok.head] if tok.dep_ == "nsubjpass" else list(tok.rights)
                for c in verbs:
                    agent = next((a for a in c.children if a.dep_ == "agent"), None) if c.dep_ in ("acl", "ROOT", "ccomp", "conj") and c.lemma_.lower() in ISSUE_VERBS else None
                    pobj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
                    maker = maker_of(pobj) if pobj is not None else None
                    if maker:
                        break
            if maker:
                self.made.append((tok.idx, made_kind(lemma), maker))

    def add_made(self, pos: int, tok: Token, eid: str) -> None:
        """Record that the made thing at ``pos`` (a resolved source: "A Gallup poll found") is ``eid``'s."""
        bisect.insort(self.made, (pos, made_kind(tok.lemma_.lower()), eid))

    def maker(self, tok: Token, s: int) -> tuple[Optional[str], str]:
        """"The statement said", "the report found", "The findings show": the maker of the last
        such thing named before, within :data:`MAKER_REACH` characters. Only "the" (or
        "this"/"that") with no other modifier: "a statement" or "one report" is another one."""
        dets = [c for c in tok.children if c.i < tok.i and not c.is_punct]
        if [c.lower_ for c in dets if c.dep_ == "det"] not in (["the"], ["this"], ["that"]) or any(c.dep_ in ("compound", "poss", "nmod") or c.pos_ == "PROPN" for c in dets):
            return None, ""
        if any(c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for c in tok.rights):
            return None, ""  # "the report by X", "the study of voters": its own maker or none
        lemma = tok.lemma_.lower()
        kind = made_kind(lemma)
        k = bisect.bisect_left(self.made, (s, "", ""))
        for pos, kd, eid in reversed(self.made[:k]):
            if s - pos > MAKER_REACH:
                break
            if kd == kind or lemma in _ANY_FINDING and kd in ("poll", "study", "report", "analysis"):
                return eid, f"'the {tok.lower_}' -> the maker of the {kd} named last before it"
        return None, ""

    def add_share(self, pos: int, eid: str) -> None:
        """Record that the share at ``pos`` counts the group ``eid``."""
        bisect.insort(self.shares, (pos, eid))

    def counted(self, tok: Token, cue: Optional[Token]) -> Optional[Token]:
        """The group a share counts: the object of its "of" ("47 percent of Republicans"), the
        noun of "Nine in 10 Democratic voters", or of an "among" on its verb before it ("Among
        Republicans, 27 percent would ...")."""
        preps = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"]
        if not preps and tok.like_num:  # "Nine in 10 Democratic voters": the "in" phrase whose noun has the "10"
            preps = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in" and any(k.dep_ == "nummod" for p in c.children if p.dep_ == "pobj" for k in p.children)]
        if not preps and cue is not None:
            verbs = [cue, *(cue.ancestors if cue.dep_ in ("xcomp", "ccomp", "conj") else ())][:3]
            preps = [c for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "among" and c.i < tok.i][:1]
        for c in preps:
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            return pobj if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and not _two(pobj, anywhere=True) else None  # (not "31% of Republicans and leaners")
        return None

    def bare_share(self, tok: Token, s: int, text: str) -> tuple[Optional[str], str]:
        """"46 percent of voters said X; 32 percent said Y": a share with no "of" counts the
        group of the share before it in the same paragraph, within :data:`SHARE_REACH`."""
        if any(c.dep_ == "prep" for c in tok.rights):
            return None, ""
        k = bisect.bisect_left(self.shares, (s, ""))
        if not k:
            return None, ""
        pos, eid = self.shares[k - 1]
        if s - pos > SHARE_REACH or "\n" in text[pos:s]:
            return None, ""
        return eid, f"a share ('{text[s : tok.idx + len(tok.text)]}') -> the group counted by the share before it, in the same paragraph"
