"""Makers: who made the statement, report, poll or other work that speaks ("a statement from the
office of Ivo Marsh said", "the Post's poll found", "a report the agency released shows").

:class:`MakerRules` is a part of :class:`~.speakers.Resolver` (a mixin): it reads the Resolver's
named-entity index (``index``), entity types (``types``), text, and its ``_entity_in`` /
``_entity_at`` look-ups. The nouns of made things are data (``lexicons/quote_words``
via :mod:`.words`, and the "finding" works of ``entity_unnamed.tsv``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ... import lexicons
from ..entities.unnamed import unnamed_heads
from .possessed_works import PossessorRules
from .words import CITE_VERBS, DOC_NOUNS, ISSUE_VERBS, MADE_NOUNS, POLL_NOUNS, STATEMENT_NOUNS

#: the works that speak of ``entity_unnamed.tsv`` ("the data", "statistics", "the website"): made too
_WORK_WORDS = frozenset(word for word, head in unnamed_heads().items() if head.only == "finding")


def is_made(tok: Token) -> bool:
    """Whether ``tok`` names a statement, report, poll or other work (by its lemma or its form:
    the lemma of "data" is "datum")."""
    return tok.lemma_.lower() in MADE_NOUNS or tok.lower_ in MADE_NOUNS or tok.lower_ in _WORK_WORDS


@lru_cache(maxsize=None)
def owned_word_nouns() -> frozenset[str]:
    """Nouns of words said or written whose possessive owner speaks (``quotes_speakers_owned_words.txt``)."""
    return frozenset(r[0].lower() for r in lexicons.rows("quotes_speakers_owned_words.txt"))


def owned_words(tok: Token) -> bool:
    """Whether ``tok`` is a source that is someone's words with its owner named in a possessive
    ("Clinton's response", "Starr's remarks suggest", "USA TODAY's reporting found"): a noun of
    a statement (``statement`` of quote_nouns.tsv), a work of ``entity_unnamed.tsv`` or a word of
    :func:`owned_word_nouns`, the subject of its clause, owned by a proper noun."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    word, lemma = tok.lower_, tok.lemma_.lower()
    if not (lemma in STATEMENT_NOUNS or word in _WORK_WORDS or word in owned_word_nouns() or lemma in owned_word_nouns()):
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)


def phrase_end(prep: Token) -> int:
    """The end (character) of a preposition's phrase without a clause on its object: "from the
    Legion" of "from the Legion obtained by the AP"."""
    clause = min((t.left_edge.i for t in prep.subtree if t.dep_ in ("acl", "relcl") and t.i > prep.i), default=None)
    last = prep.right_edge if clause is None else prep.doc[max(prep.i, clause - 1)]
    return last.idx + len(last.text)


def made_word(tok: Token) -> str:
    """The word that says what was made ("statement"), also when the parser made it a
    compound of the head ("a statement TV7 obtained")."""
    if is_made(tok):
        return tok.lower_
    return next((c.lower_ for c in tok.lefts if c.dep_ == "compound" and is_made(c)), tok.lower_)


class MakerRules(PossessorRules):
    """The maker of a statement, report or poll (a mixin of :class:`~.speakers.Resolver`)."""

    def names_maker(self, tok, eid: str, how: str) -> bool:
        """Whether the poll's maker is named as its maker: "a poll by X", "the X poll" (not
        any organisation elsewhere in the phrase: "a poll of Republican voters")."""
        lo = tok.left_edge.idx
        return how.endswith(("by them", "from them")) or any(lo <= ms < tok.idx for ms, _, x in self.index.overlapping(lo, tok.idx) if x == eid)

    def maker(self, tok, s: int, e: int) -> tuple[Optional[str], str]:
        """Who made a statement, report or poll: the one it is "from" or "by" ("a
        statement from the office of Ivo Marsh"), the agent of an issuing verb ("a document
        filed by X"), else an organisation named with it ("the Post-SurveyMonkey poll"), not in a clause of
        another verb ("a memo obtained by the Herald" is not the Herald's)."""
        for p in tok.subtree:  # (also "a statement TV7 obtained from the office of X")
            if p.dep_ == "prep" and p.lower_ in ("from", "by", "in") and p.i > tok.i and s <= p.idx < e:
                lo, hi = p.idx, phrase_end(p)  # not a clause on its object ("a letter from X obtained by the AP")
                eid = self._entity_in(lo, min(hi, e), prefer="PERSON")
                if eid and p.lower_ == "in" and (p.head.i != tok.i or self.index.by_id[eid].actor.sector != "MED"):
                    continue  # "an article in Politico" (a medium's), not "a poll in Ohio", "a report in the Senate"
                if eid and self._modifies_only(p, eid):
                    continue  # "exit polls from the New Hampshire primary", "data from the American Community Survey"
                if eid:
                    return eid, f"a {made_word(tok)} {p.lower_} them"
        # "Clinton's statement", "the Post's poll": whose it is made it (not "Clinton's record", a finding about her)
        # (a subject's, not an object's: "the pope described Trump's statements as ..." is no statement of Trump's)
        own = (tok.lemma_.lower() in DOC_NOUNS | POLL_NOUNS or tok.lower_ in DOC_NOUNS | POLL_NOUNS or owned_words(tok)) and tok.dep_ not in ("dobj", "attr", "oprd", "dative")
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) if own else None
        eid = self._entity_at(poss, poss.left_edge.idx, poss.idx + len(poss.text)) if poss is not None else None
        if eid:
            return eid, f"the {made_word(tok)} of {self.text[poss.left_edge.idx : poss.idx + len(poss.text)]}"
        if (owned := self.possessor(tok, s, e))[0]:  # "his book", "the foundation's tally" (.possessed_works)
            return owned
        for c in tok.rights:  # "a court document filed by X", "a report released by the agency" (not "obtained by")
            agent = next((a for a in c.children if a.dep_ == "agent"), None) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ISSUE_VERBS else None
            if agent is not None and s <= agent.idx < e:
                eid = self._entity_in(agent.idx, min(phrase_end(agent), e), prefer="PERSON")
                if eid:
                    return eid, f"a {made_word(tok)} {c.text} by them"
        for c in tok.rights:  # "according to figures Solheim cited", "a report the agency released"
            subj = next((x for x in c.children if x.dep_ == "nsubj"), None) if c.dep_ == "relcl" and c.lemma_.lower() in CITE_VERBS else None
            if subj is not None and subj.pos_ == "PROPN" and s <= subj.idx < e:
                eid = self._entity_in(subj.idx, subj.idx + len(subj.text), prefer="PERSON")
                if eid:
                    return eid, f"the {made_word(tok)} {self.text[subj.left_edge.idx : subj.idx + len(subj.text)]} {c.text}"
        # (not one in a clause of another verb: "a memo obtained by the Herald" is not the Herald's)
        other = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in tok.rights if c.dep_ in ("acl", "relcl") and c.lemma_.lower() not in ISSUE_VERBS]
        if not (tok.lemma_.lower() in MADE_NOUNS or tok.lower_ in MADE_NOUNS):  # a work of entity_unnamed.tsv only ("data"):
            names = [c for c in tok.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.i < tok.i]  # its maker's name before it
            other.append((s, names[0].left_edge.idx) if names else (s, e))  # ("Crowdpac data", not "the Democratic numbers")
        orgs = [(me - ms, eid) for ms, me, eid in self.index.overlapping(s, e) if self.types.get(eid) == "ORG" and not any(lo <= ms < hi for lo, hi in other)]
        if orgs:
            return max(orgs)[1], f"the organisation named with the {made_word(tok)}"
        return None, ""

    def _modifies_only(self, prep, eid: str) -> bool:
        """Whether ``eid`` is named only by a modifier of the preposition's object, not by the
        object itself ("from the New Hampshire primary": a primary, not New Hampshire)."""
        def names(t) -> bool:
            return any(x == eid for _, _, x in self.index.overlapping(t.idx, t.idx + len(t.text)))
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        return pobj is not None and not names(pobj) and any(names(m) for c in pobj.children if c.dep_ in ("compound", "amod", "nmod") and c.i < pobj.i for m in c.subtree)
