"""What figures of the stock market and of wealth count (:mod:`.measured` reads these first; this
module imports nothing of it):

- a change or level of an index or market (``market`` rows of ``claim_count_classes.tsv``): "The
  Dow fell 300 points", "the S&P 500 index dropped 40 points, or 2 percent", "the Nasdaq closed at
  5,000" -> "The Dow", "The S&P 500 index", "the Nasdaq";
- a change of a company's shares or stock (``stock`` rows): "Shares of Apple fell 3 percent",
  "Apple shares rose 5 percent", "the company's stock slid 8 percent" -> "share price of Apple",
  "share price of the company"; "shares fell 3 percent" -> "share price"; never a count of shares
  ("sold 300 shares": the number is the shares' own);
- a fortune "worth" a sum after a word the parse made an adjective with a determiner ("an individual
  worth $10 billion" -> "net worth of an individual"; a true noun keeps its own rule: "a mortgage
  worth $50 million" -> "mortgage").
"""

from __future__ import annotations

from typing import Optional

from .windows import count_classes

_VALUE_DEPS = ("npadvmod", "dobj", "advmod")
_VALUE_PREPS = ("by", "to", "at")
_OWNER_LABELS = ("ORG", "PRODUCT", "")


def _anchor(span, counted):
    """The verb a figure hangs from, directly ("fell 300 points") or "by"/"to"/"at" ("closed at
    5,000"), also a figure said again after "or" ("40 points, or 2 percent"); None otherwise."""
    root = counted if counted is not None and counted.i >= span.end and span.root.head.i == counted.i else span.root
    if root.dep_ in ("appos", "conj") and root.head.i < span.start and root.head.like_num is False and root.head.dep_ in _VALUE_DEPS:
        root = root.head  # "40 points, or 2 percent": the change said again
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _VALUE_PREPS and head.dep_ == "prep":
        head = head.head
    elif root.dep_ not in _VALUE_DEPS:
        return None
    return head if head.pos_ == "VERB" and head.i < span.start else None


def _noun_words(tok) -> tuple[str, tuple[int, int]]:
    first = min([c.left_edge.i for c in tok.lefts if c.dep_ in ("det", "compound", "amod", "nmod", "nummod", "poss")] + [tok.i])
    doc = tok.doc
    words = doc[first : tok.i + 1].text
    if doc[first].is_sent_start and doc[first].pos_ == "DET":
        words = words[:1].lower() + words[1:]
    return words, (doc[first].idx, tok.idx + len(tok.text))


def _stock_owner(noun):
    """The company whose shares ``noun`` are: "shares of Apple", "Apple shares", "the company's stock"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in c.children if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN") and p.ent_type_ in _OWNER_LABELS), None)
    return next((c for c in noun.lefts if c.dep_ in ("compound", "poss") and c.pos_ in ("PROPN", "NOUN") and c.ent_type_ in _OWNER_LABELS), None)


def market_counts(span, counted) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a figure of the stock market counts (see the module docstring), or None."""
    if counted is not None and counted.lemma_.lower() not in ("point", "percent"):
        return None
    verb = _anchor(span, counted)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subj is None or subj.i > span.start:
        return None
    classes = count_classes()
    lemma = subj.lemma_.lower()
    if lemma in classes.get("stock", {}) and subj.tag_ in ("NNS", "NN") and not any(c.like_num for c in subj.children) and (
            subj.tag_ == "NNS" or lemma != "share"):  # "the share of Republicans rose 28 points": a proportion
        if lemma == "stock" and subj.tag_ == "NNS" and not any(c.dep_ in ("compound", "poss") for c in subj.lefts):
            return None  # "stocks fell 2 percent": the market, said below
        owner = _stock_owner(subj)
        if lemma == "stock" and (owner is None or not (owner.ent_type_ == "ORG" or owner.dep_ == "poss")):
            return None  # "SOC stocks decreased by 12%": a stock of carbon, not a company's
        s_ev = (subj.idx, subj.idx + len(subj.text))
        if owner is None:
            return "share price", [s_ev]
        words, ev = _noun_words(owner)
        return f"share price of {words}", sorted([s_ev, ev])
    names = [subj.lower_] + [c.lower_ for c in subj.lefts if c.dep_ == "compound"]  # "the S&P 500 index", not "average earnings"
    if not any(w in classes.get("market", {}) for w in names) and not (lemma == "stock" and subj.tag_ == "NNS"):
        return None
    if subj.ent_type_ not in ("ORG", "") or any(c.dep_ == "prep" for c in subj.children):
        return None
    words, ev = _noun_words(subj)
    return words, [ev]


def worth_after(head) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``("net worth of an individual", evidence)`` when ``head`` is "worth" qualifying a word before
    it that the parse made an adjective ("an individual worth $10 billion"); None otherwise."""
    noun = head.head
    if head.lower_ != "worth" or head.dep_ != "amod" or noun.i > head.i or noun.ent_type_:
        return None
    if noun.pos_ != "ADJ" or not any(c.dep_ == "det" for c in noun.children):
        return None  # a true noun is read from where the sum hangs ("a mortgage worth $50 million" -> mortgage)
    words, ev = _noun_words(noun)
    return f"net worth of {words}", sorted([ev, (head.idx, head.idx + len(head.text))])
