"""Counted things: what a number counts, read from the dependency parse.

For a number span, :func:`counted_noun` finds the noun it counts ("4,400 rockets",
"90% of the people"), skipping unit words and names inside a compound. Around that noun:
:func:`noun_phrase` (the noun with its modifiers: ``Claim.counts``), :func:`description`
(its whole phrase, to tell two counts of the same thing), :func:`verbs` (what the
quantity is a count *of*: "intercept" for rockets intercepted) and :func:`phrase` (the
story's own words, for explanations).
"""

from __future__ import annotations

from typing import Optional

from spacy.attrs import HEAD

from ... import lexicons
from .numbers import NUMERIC_LABELS
from .units import is_unit_word

#: reporting and light verbs: never what a quantity counts
_LIGHT_VERBS = frozenset(r[0] for r in lexicons.rows("claim_light_verbs.txt"))


def noun_phrase(tok) -> str:
    """A noun with its adjective and compound modifiers ("Israeli lives")."""
    left = tok.i
    for child in sorted(tok.lefts, key=lambda t: -t.i):
        if (child.i == left - 1 and child.dep_ in ("amod", "compound") and child.pos_ != "NUM" and not child.like_num
                and not child.ent_type_ in NUMERIC_LABELS + ("DATE", "TIME") and not is_unit_word(child)):
            left = child.left_edge.i if child.left_edge.i >= child.i - 3 else child.i  # "private sector jobs"
            while left < child.i and tok.doc[left].pos_ in ("ADP", "DET", "PART", "PUNCT"):
                left += 1
        else:
            break
    doc = tok.doc
    while (left >= 2 and doc[left - 1].text == "-" and not doc[left - 1].whitespace_ and not doc[left - 2].whitespace_
           and doc[left - 2].is_alpha and not doc[left - 2].like_num):
        left -= 2  # "follow-ups", "convention-goers": the word the tokenizer split at a hyphen
    return doc[left : tok.i + 1].text


class Tree:
    """The children of every token of a Doc, left and right, built once per document.

    ``Token.subtree`` finds a token's children by scanning every token between its
    subtree's edges, so even its first few words cost the width of the subtree: for a noun
    heading a sentence of thousands of tokens, once per number counting it (quadratic)."""

    def __init__(self, doc):
        self.doc = doc
        self.lefts: dict[int, list[int]] = {}
        self.rights: dict[int, list[int]] = {}
        # the heads as offsets from one array (a Token object per word and head costs more)
        for i, off in enumerate(doc.to_array([HEAD]).astype("int64").ravel().tolist()):
            if off:
                (self.lefts if off > 0 else self.rights).setdefault(i + off, []).append(i)

    def subtree(self, tok):
        """The tokens of ``Token.subtree``, in its order, produced lazily."""
        doc, lefts, rights = self.doc, self.lefts, self.rights

        def items(i):
            for c in lefts.get(i, ()):
                yield False, c
            yield True, i
            for c in rights.get(i, ()):
                yield False, c

        stack = [items(tok.i)]
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
            elif nxt[0]:
                yield doc[nxt[1]]
            else:
                stack.append(items(nxt[1]))


def description(tok, skip: tuple[int, int], tree: Optional[Tree] = None) -> str:
    """The counted noun's whole phrase, without the number and determiners, at most 16 words."""
    # stop at 17 words: the subtree of a noun heading a huge sentence is the whole sentence,
    # and walking it for each of thousands of numbers was quadratic (docs/reliability.md);
    # ``tree`` (built once per document) makes the first words cheap to reach as well
    words = []
    for t in tree.subtree(tok) if tree is not None else tok.subtree:
        if not (skip[0] <= t.i < skip[1]) and t.dep_ not in ("det", "quantmod", "nummod") and (not t.is_punct or t.text == ","):
            words.append(t)
            if len(words) > 16:
                break
    out = " ".join(t.text for t in words[:16]).replace(" ,", ",").strip(" ,")
    return out + (" ..." if len(words) > 16 else "")


def verbs(tok) -> frozenset[str]:
    """Lemmas of the verbs above ``tok`` in its sentence, minus reporting and light verbs:
    what the quantity is a count *of* ("intercept" for rockets intercepted)."""
    out = set()
    t = tok
    for _ in range(12):
        if t.pos_ == "VERB" and t.lemma_.lower() not in _LIGHT_VERBS:
            out.add(t.lemma_.lower())
        if t.head.i == t.i:
            break
        t = t.head
    return frozenset(out)


def phrase(tok, sent_end: int, text: str, limit: int = 12) -> str:
    """The story's own words from the counted noun to the end of its clause (at most ``limit`` words)."""
    ancestors = None  # built when first needed: a deep parse of a huge sentence makes it long
    words = []
    n_words = 0
    for t in tok.doc[tok.i : sent_end]:
        if t.text in (";", "“", "”", '"') or (t.is_punct and t.text in ".!?"):
            break
        if t.dep_ in ("aux", "auxpass"):
            if ancestors is None:
                ancestors = {a.i for a in tok.ancestors}
            if t.head.i in ancestors:
                break  # "families in the valley | had received food": the clause's own verb starts here
        words.append(t)
        n_words += not t.is_punct
        if n_words >= limit:
            break
    if not words:
        return tok.text
    return text[words[0].idx : words[-1].idx + len(words[-1].text)].rstrip(" ,")


def _climb(tok, span):
    """From a candidate counted noun, skip unit words and names inside a compound
    ("1,500-kilometer (900 mile) radius" -> radius; "11-day Operation X conflict" -> conflict)."""
    for _ in range(4):
        if tok is None:
            return None
        if is_unit_word(tok) or tok.ent_type_ in NUMERIC_LABELS:
            h = tok.head
            tok = h if h.i != tok.i and h.pos_ in ("NOUN", "PROPN") else None
            continue
        if tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
            tok = tok.head  # "Operation Guardian conflict" counts conflicts
            continue
        if tok.pos_ == "PROPN":
            # "11-day Operation Guardian of the Walls conflict": the common noun after "of"
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    nouns = [p for p in child.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
                    if nouns and nouns[0].i - tok.i <= 6:
                        tok = nouns[0]
                        break
        break
    return tok


#: switch for the words split at a hyphen (session 12, second round)
HYPHEN_OFF = False


def _hyphened(tok):
    """The last word of a noun the tokenizer split at a hyphen ("15 co-defendants": defendants, not co)."""
    doc = tok.doc if tok is not None else None
    if (HYPHEN_OFF or tok is None or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-" or tok.whitespace_ or doc[tok.i + 1].whitespace_
            or not doc[tok.i + 2].is_alpha or doc[tok.i + 2].pos_ not in ("NOUN", "PROPN") or not doc[tok.i + 2].tag_.endswith("S") or len(tok.text) > 4):
        return tok
    return doc[tok.i + 2]


def counted_noun(span):
    """The noun a number span counts and whether "of" leads to it ("90% of the people"):
    ``(token, is_of_phrase)``, or ``(None, False)`` when the parse shows none."""
    root = span.root
    last = span[-1]
    for t in (last, root):
        h = t.head
        if t.dep_ in ("nummod", "quantmod", "amod", "compound", "npadvmod", "nmod", "appos") and h.i >= span.end and h.pos_ in ("NOUN", "PROPN"):
            return _hyphened(_climb(h, span)), False
    for t in span:
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
                for p in child.children:
                    if p.dep_ == "pobj" and p.pos_ == "PRON" and p.lower_ == "those":
                        return p, True  # "42 percent of those responding"
                    if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN", "NUM"):
                        if p.pos_ == "NUM":
                            if p.head.pos_ in ("NOUN", "PROPN"):
                                return _climb(p.head, span), True
                            continue
                        return _hyphened(_climb(p, span)), True  # "Three of his 15 co-defendants"
    return None, False
