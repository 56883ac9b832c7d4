"""What a margin in points counts when the lead rules of :mod:`.polls` leave it empty (session 15,
issue #20): one rule from the parse for every "by N points" hung on a verb, and every "N points
short of / below / above" a figure.

- a verb of leading (the ``lead_verb`` rows of ``claim_poll_words.tsv``) whose subject or object is
  "he"/"she": the pronoun stands for the one person named before it whose gender agrees
  (:func:`.money_pronouns.pronoun_maker`): "She trails Trump by about 15 points" after a sentence
  naming Mrs. Clinton -> "lead of Trump over Clinton";
- any other verb with a subject and an object or a "than"/"over"/"from" phrase, with "by" N points
  (not percent: "cut the deficit by 50 percent" is a change): "Obama's disapproval mark exceeds
  Trump's vote share by 13 points" -> "margin by which Obama's disapproval mark exceeds Trump's vote
  share"; never a verb of change or motion (a verb of level
  is fine: "exceeds"), nor a verb with no sure subject (a participle);
- N points "short of", "below", "above", "behind" or "ahead of" a figure or a name, with the subject
  of the verb they hang on: "Clinton's support falls four points short of Obama's approval mark" ->
  "gap between Clinton's support and Obama's approval mark".

Sides are names or noun phrases of at most :data:`_MAX_SIDE` words, never another figure.
"""

from __future__ import annotations

from typing import Optional

from .measured import CHANGE_VERBS
from .moves import move_verbs
from .money_pronouns import pronoun_maker
from .polls import LEAD_VERBS

#: switch for measuring the rule off (tests and hand checks set it)
OFF = False
_MAX_SIDE = 8
_POINTS = frozenset(("point", "points"))
_COMPARED = frozenset(("than", "over", "from"))
_GAP_WORDS = {"short": "of", "below": None, "above": None, "behind": None, "ahead": "of"}
_FIGURES = frozenset(("CARDINAL", "MONEY", "PERCENT", "QUANTITY"))


def _side(tok) -> Optional[tuple[str, tuple[int, int]]]:
    """A side of a margin: a name or a noun phrase (a pronoun "he"/"she" stands for its person)."""
    if tok is None:
        return None
    if tok.pos_ == "PRON":
        tok = pronoun_maker(tok)
        if tok is None:
            return None
        ent = next((x for x in tok.doc.ents if x.start <= tok.i < x.end), None)
        return (ent.text, (ent.start_char, ent.end_char)) if ent is not None else (tok.text, (tok.idx, tok.idx + len(tok.text)))
    if tok.pos_ not in ("PROPN", "NOUN") or tok.ent_type_ in ("DATE", "TIME") or tok.like_num:
        return None
    words = tok.doc[tok.left_edge.i : tok.i + 1]  # the noun and the words before it, not its phrases after
    if len(words) > _MAX_SIDE or any(t.ent_type_ in _FIGURES or t.like_num or t.pos_ == "PRON" or t.is_punct and t.text not in ("-",) for t in words):
        return None  # "His 70 percent job-approval rating": another figure, an owner not named
    return words.text, (words.start_char, words.end_char)


def _subject(verb):
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _compared(verb):
    """The other side of a verb's margin: its object, or the object of its "than"/"over"/"from"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _COMPARED), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _points(span, unit):
    """The token "points" of the span (or right after its number), else the span's root for a
    percentage-point unit; with whether the word "points" is said."""
    root = span.root
    if root.lower_ in _POINTS:
        return root, True
    if root.dep_ == "nummod" and root.head.lower_ in _POINTS and root.head.i == span.end:
        return root.head, True
    return (root, False) if unit == "percentage point" else (None, False)


def _by_margin(tok, unit) -> Optional[tuple[str, list[tuple[int, int]]]]:
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ not in ("prep", "conj"):
        return None
    if prep.dep_ == "conj":  # "by eight points in New Hampshire, and by seven points in Ohio"
        prep = prep.head
        if prep.lower_ != "by" or prep.dep_ != "prep":
            return None
    verb = prep.head
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        verb = verb.head  # "exceeds Trump's vote share | by 13 points": the parse hangs "by" on the object
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBD", "VBP", "VBN") or lemma in CHANGE_VERBS or verb.lower_ in CHANGE_VERBS or lemma in move_verbs():
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return None  # a participle: no sure subject
    subj, other = _side(_subject(verb)), _compared(verb)
    template = LEAD_VERBS.get(lemma)
    if template is not None:
        obj = _side(other)
        if subj is None or "{object}" in template and obj is None and "{object}" in template.split("{subject}")[0]:
            return None
        if obj is None:
            template = template.replace(" over {object}", "")
        words = template.replace("{subject}", subj[0]).replace("{object}", obj[0] if obj else "")
        return words, sorted([subj[1], (verb.idx, verb.idx + len(verb.text))] + ([obj[1]] if obj else []))
    obj = _side(other)
    if subj is None or obj is None or unit == "percent":
        return None  # "by 50 percent" with any other verb is a change
    words = f"margin by which {subj[0]} {verb.text} {obj[0]}"
    return words, sorted([subj[1], (verb.idx, verb.idx + len(verb.text)), obj[1]])


def _gap(tok) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """"N points short of / below / above ..." with the subject of the verb the gap word hangs on."""
    word = tok.head
    if tok.dep_ != "npadvmod" or word.lower_ not in _GAP_WORDS or word.i != tok.i + 1:
        return None
    prep = _GAP_WORDS[word.lower_]
    holder = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == prep), None) if prep else word
    other = next((c for c in holder.children if c.dep_ == "pobj"), None) if holder is not None else None
    verb = word.head
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBD", "VBP"):
        return None  # ("falls four points short of" is a gap, not a change)
    subj, obj = _side(_subject(verb)), _side(other)
    if subj is None or obj is None:
        return None
    return f"gap between {subj[0]} and {obj[0]}", sorted([subj[1], (word.idx, word.idx + len(word.text)), obj[1]])


def margin_counts(doc, infos) -> None:
    """Fill the empty ``counts`` of margins in points (see the module docstring); a post-pass over the
    claims of one document (``ClaimInfo`` objects)."""
    if OFF:
        return
    for info in infos:
        c = info.claim
        if c.counts or c.unit not in (None, "percent", "percentage point"):
            continue
        span = doc.char_span(c.evidence[0][0], c.evidence[0][1], alignment_mode="expand")
        if span is None:
            continue
        tok, said = _points(span, c.unit)
        if tok is None and c.unit == "percent":
            tok = span.root
        if tok is None or c.unit is None and not said:
            continue
        if span.end + 1 < len(doc) and doc[span.end].lower_ in ("to", "-") and doc[span.end + 1].like_num:
            continue  # "by 43 percent to 38 percent": two shares
        got = _by_margin(tok, c.unit) or (_gap(tok) if said or c.unit == "percentage point" else None)
        if got is not None:
            c.counts, c.counts_evidence = got
