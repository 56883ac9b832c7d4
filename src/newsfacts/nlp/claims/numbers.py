"""Numeric claims: the quantities a story asserts, normalised, with what they count and who says so.

``extract_claims(doc, dates, quotes)`` is a pure function. spaCy's NER finds the
spans (CARDINAL, QUANTITY, PERCENT, MONEY, and DATE spans the dates stage found to be
durations, such as "11-day"); quantulum3 reads each span on its own (value, unit,
ranges, "1.2 million", "two hundred and fifty") and pint names and converts units.
Running quantulum3 on the short span instead of whole sentences is about ten times
faster and avoids its misreadings of dates and names (see docs/claims.md).

newsfacts adds only what neither library does:

- qualifiers ("about", "over", "at least", "up to", "nearly", "between") from the words
  before the number, folded to a short canonical list;
- "a dozen" = 12 (quantulum3 reads it as 1 dozen), "dozens"/"hundreds"/"thousands" =
  at least 24/200/2,000, "3.5bn" = 3.5 billion;
- years and anaphoric numbers are not claims: a bare 1800-2100 integer that counts
  nothing is a year, "the two" / "one" alone are not quantities;
- ``counts``: the noun phrase the number counts, from the dependency parse ("rockets",
  "Israeli lives"); for a percentage, the noun phrase after "of" (its base);
- ``claimant``: the speaker of the quote whose evidence contains the number (from the
  quotes stage; null, i.e. the outlet, when there is no such quote).

The relations between claims are computed in :mod:`newsfacts.nlp.claims.checks`, from the
:class:`ClaimInfo` objects this module returns alongside the records.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ...schema import Claim
from ..text import doc_text

NUMERIC_LABELS = ("CARDINAL", "QUANTITY", "PERCENT", "MONEY")

# qualifier phrases -> canonical qualifier, longest first when matching
_QUALIFIERS = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "some": "about",
    "an estimated": "about", "estimated": "about", "circa": "about", "or so": "about",
    "over": "over", "more than": "over", "upwards of": "over", "in excess of": "over", "above": "over",
    "just over": "over", "well over": "over",
    "at least": "at least", "no fewer than": "at least", "no less than": "at least", "as many as": "up to",
    "as much as": "up to", "up to": "up to", "at most": "up to", "no more than": "up to",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "under": "under", "less than": "under", "fewer than": "under", "below": "under",
    "exactly": "exactly", "precisely": "exactly",
}
_QUAL_RE = re.compile(
    r"(?:^|\W)(" + "|".join(sorted((re.escape(k) for k in _QUALIFIERS), key=len, reverse=True)) + r")\s*$",
    re.I,
)
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
          "hundreds of thousands": 200000, "millions": 2_000_000, "billions": 2_000_000_000}
_VAGUE_RE = re.compile(r"^(?:many\s+)?(" + "|".join(sorted(_VAGUE, key=len, reverse=True)) + r")$", re.I)
_WORD_NUMBER_RE = re.compile(
    r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|single)$", re.I
)
_OF_BASE_RE = re.compile(
    r"\s+of\s+(?:(?:the|a|an|some|its|their|his|her|our|all|about|around|roughly|nearly|over|more than)\s+)*"
    r"(?:(?:the\s+)?[A-Z]?[\w.]+(?:'s|\u2019s)\s+)?",  # "1 percent of the bank's 100,000 bankers"
    re.I,
)
_APPOSITION_RE = re.compile(r"[^\d.;!?]{0,40}?(?:,|\(|\u2013|\u2014|-{1,2}|:)\s*(?:or|which is|that is|i\.e\.)?\s*", re.I)
_SMALL_NUMBERS = {
    w: k for k, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
}
_PLAIN_RE = re.compile(
    r"^(?:[A-Za-z]+(?:\s+[A-Za-z]+)*\s+)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<pct>\s*(?:%|percent|per cent))?$"
)
_ABBREV_SCALE_RE = re.compile(r"(\d)\s*(bn|tn|mn|million|billion|trillion)\b", re.I)
_SCALE_WORDS = {"bn": "billion", "tn": "trillion", "mn": "million", "million": "million", "billion": "billion",
                "trillion": "trillion"}

# quantulum3 unit name -> newsfacts unit (pint names the rest)
_UNIT_NAMES = {
    "percentage": "percent", "kilometre": "km", "metre": "m", "centimetre": "cm", "millimetre": "mm",
    "mile": "mile", "nautical mile": "nautical mile", "foot": "ft", "yard": "yd", "inch": "inch",
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week", "month": "month",
    "year": "year", "decade": "decade", "century": "century",
    "kilogram": "kg", "gram": "g", "tonne": "t", "pound-mass": "lb", "short ton": "short ton",
    "litre": "L", "barrel": "barrel", "hectare": "ha", "acre": "acre", "square kilometre": "km2",
    "square mile": "sq mile", "kilometre per hour": "km/h", "mile per hour": "mph",
    "minute of arc": "minute", "second of arc": "second",  # "a 30-minute interview": news means time
    "degree Celsius": "degC", "degree fahrenheit": "degF", "megawatt": "MW", "gigawatt": "GW",
}
_SCALE_NOUNS = frozenset({"dozen", "hundred", "thousand", "million", "billion", "half", "third", "quarter", "score"})
_LIGHT_VERBS = frozenset(
    {"say", "tell", "add", "state", "note", "report", "claim", "agree", "believe", "think", "be", "have", "do",
     "make", "credit", "accord", "estimate", "show", "suggest", "indicate", "go", "continue", "stress", "insist"}
)
_UNIT_WORDS = frozenset(
    {"kilometer", "kilometre", "km", "mile", "meter", "metre", "foot", "feet", "yard", "inch", "day", "week", "month",
     "year", "hour", "minute", "second", "ton", "tonne", "kilogram", "kg", "pound", "litre", "liter", "barrel",
     "hectare", "acre", "percent", "dollar", "euro", "shekel", "decade", "century", "mph"}
)
# newsfacts unit -> pint unit expression (for conversions)
_PINT_NAMES = {
    "km": "kilometer", "m": "meter", "cm": "centimeter", "mm": "millimeter", "mile": "mile",
    "nautical mile": "nautical_mile", "ft": "foot", "yd": "yard", "inch": "inch", "kg": "kilogram",
    "g": "gram", "t": "metric_ton", "lb": "pound", "short ton": "short_ton", "L": "liter", "barrel": "barrel",
    "ha": "hectare", "acre": "acre", "km2": "kilometer**2", "sq mile": "mile**2", "km/h": "kilometer/hour",
    "mph": "mile/hour", "degC": "degC", "degF": "degF", "second": "second", "minute": "minute",
    "hour": "hour", "day": "day", "week": "week", "month": "month", "year": "year", "MW": "megawatt",
    "GW": "gigawatt",
}


@dataclass
class ClaimInfo:
    """A claim plus what the checks need to know about it (not serialised)."""

    claim: Claim
    head: Optional[str] = None  # lemma of the counted noun ("rocket")
    description: Optional[str] = None  # the counted noun phrase with its modifiers and clauses
    verbs: frozenset = frozenset()  # lemmas of the verbs the quantity depends on ({"intercept"})
    phrase: Optional[str] = None  # the story's words for the thing counted, for explanations
    base: Optional[str] = None  # for a percentage: the claim id of its base ("90% of the 4,400 ...")
    in_parentheses_after: Optional[str] = None  # claim id this one restates in parentheses
    restates: Optional[str] = None  # for a percentage: the amount it says it is ("$3.5 billion, about 40% of ...")
    sentence: tuple[int, int] = (0, 0)


@lru_cache(maxsize=1)
def _quantulum():
    """quantulum3's parser, loaded once.

    quantulum3 imports inflect, whose engine class is wrapped in typeguard's
    ``@typechecked``: at import that re-parses and recompiles inflect's source method by
    method (4-5 s here; a no-op only under ``python -O``). Those checks guard inflect's own
    arguments and are not needed for reading numbers, so while inflect is imported (and only
    then) ``typeguard.typechecked`` is the identity; it is restored right after. Import
    time drops to about 1 s. If inflect is already imported, nothing is patched.
    """
    import sys

    patched = None
    if "inflect" not in sys.modules:
        try:
            import typeguard

            patched = typeguard.typechecked
            typeguard.typechecked = _no_typecheck
        except ImportError:  # typeguard absent: nothing to skip
            patched = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser

            parser.parse("1 km")  # loads the unit tables once
    finally:
        if patched is not None:
            import typeguard

            typeguard.typechecked = patched
    return parser


def _no_typecheck(target=None, **_kw):
    return target if target is not None else (lambda f: f)


def parse_quantity(text: str) -> Optional[tuple[float, Optional[str], Optional[float], Optional[float], int, int]]:
    """Read one quantity from a short text (cached; see :func:`_parse_quantity`)."""
    if not isinstance(text, str):
        return None
    return _parse_quantity(text)


@lru_cache(maxsize=8192)
def _parse_quantity(text: str) -> Optional[tuple[float, Optional[str], Optional[float], Optional[float], int, int]]:
    """Read one quantity from a short text (a number span, not a sentence).

    Args:
        text: e.g. "4,400", "about 90%", "1,500-kilometer", "a dozen", "$3.5bn", "10 to 20".

    Returns:
        ``(value, unit, low, high, start, end)`` with ``start``/``end`` the offsets of the
        quantity inside ``text``, or None when the text holds no quantity. Never raises.
    """
    if not isinstance(text, str) or not text.strip() or len(text) > 200:
        return None
    vague = _VAGUE_RE.match(text.strip())
    if vague:
        lead = len(text) - len(text.lstrip())
        return float(_VAGUE[vague.group(1).lower()]), None, None, None, lead, lead + len(text.strip())
    word = _SMALL_NUMBERS.get(text.strip().lower())
    if word is not None:
        lead = len(text) - len(text.lstrip())
        return float(word), None, None, None, lead, lead + len(text.strip())
    plain = _PLAIN_RE.match(text)
    if plain:  # "4,400", "nearly 17%": no need for quantulum3's full parser (about 1 ms a call)
        value = float(plain.group("num").replace(",", ""))
        unit = "percent" if plain.group("pct") else None
        return value, unit, None, None, plain.start("num"), plain.end()
    prepared = _ABBREV_SCALE_RE.sub(lambda m: m.group(1) + " " + _SCALE_WORDS[m.group(2).lower()], text)
    shift_ok = prepared == text
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = _quantulum().parse(prepared)
    except Exception:  # quantulum3 raises on some odd strings; no quantity is the honest answer
        return None
    if not found:
        return None
    q = max(found, key=lambda x: x.span[1] - x.span[0])
    value = float(q.value)
    if value != value or value in (float("inf"), float("-inf")):
        return None
    uname = q.unit.name
    unit = _unit(q.unit)
    if uname == "dozen":
        value *= 12
        unit = None
    low = high = None
    if q.uncertainty:
        low, high = value - float(q.uncertainty), value + float(q.uncertainty)
    start, end = q.span if shift_ok else (0, len(text))
    return value, unit, low, high, start, end


def _unit(u) -> Optional[str]:
    name = u.name
    if name in ("dimensionless", "dozen"):
        return None
    code = getattr(u, "currency_code", None)
    if code:
        return code
    if u.entity.name == "currency":
        return {"dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "yen": "JPY"}.get(name, name)
    return _UNIT_NAMES.get(name, name)


def normalise_number(text: str) -> Optional[float]:
    """The number a short text states ("4,400" -> 4400.0, "1.2 million" -> 1200000.0,
    "a dozen" -> 12.0), or None. Never raises."""
    got = parse_quantity(text)
    return got[0] if got else None


def _qualifier(text: str, sent_start: int, start: int) -> tuple[Optional[str], int]:
    """The qualifier just before ``start`` and where it begins."""
    window_start = max(sent_start, start - 30)
    m = _QUAL_RE.search(text[window_start:start])
    if not m:
        return None, start
    return _QUALIFIERS[m.group(1).lower()], window_start + m.start(1)


def _noun_phrase(tok) -> str:
    """A noun with its adjective and compound modifiers ("Israeli lives")."""
    left = tok.i
    for child in sorted(tok.lefts, key=lambda t: -t.i):
        if (child.i == left - 1 and child.dep_ in ("amod", "compound") and child.pos_ != "NUM" and not child.like_num
                and not child.ent_type_ in NUMERIC_LABELS + ("DATE", "TIME") and not _is_unit_word(child)):
            left = child.left_edge.i if child.left_edge.i >= child.i - 3 else child.i  # "private sector jobs"
            while left < child.i and tok.doc[left].pos_ in ("ADP", "DET", "PART", "PUNCT"):
                left += 1
        else:
            break
    return tok.doc[left : tok.i + 1].text


class _Tree:
    """The children of every token of a Doc, left and right, built once per document.

    ``Token.subtree`` finds a token's children by scanning every token between its
    subtree's edges, so even its first few words cost the width of the subtree: for a noun
    heading a sentence of thousands of tokens, once per number counting it (quadratic)."""

    def __init__(self, doc):
        self.doc = doc
        self.lefts: dict[int, list[int]] = {}
        self.rights: dict[int, list[int]] = {}
        for t in doc:
            h = t.head.i
            if h != t.i:
                (self.lefts if t.i < h else self.rights).setdefault(h, []).append(t.i)

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


def _description(tok, skip: tuple[int, int], tree: Optional[_Tree] = None) -> str:
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


def _verbs(tok) -> frozenset[str]:
    """Lemmas of the verbs above ``tok`` in its sentence, minus reporting and light verbs:
    what the quantity is a count *of* ("intercept" for rockets intercepted)."""
    out = set()
    t = tok
    for _ in range(12):
        if t.pos_ == "VERB" and t.lemma_.lower() not in _LIGHT_VERBS:
            out.add(t.lemma_.lower())
        if t.head is t:
            break
        t = t.head
    return frozenset(out)


def _phrase(tok, sent_end: int, text: str, limit: int = 12) -> str:
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


def _is_unit_word(tok) -> bool:
    return tok.lemma_.lower() in _UNIT_WORDS or tok.lower_ in _UNIT_WORDS


def _climb(tok, span):
    """From a candidate counted noun, skip unit words and names inside a compound
    ("1,500-kilometer (900 mile) radius" -> radius; "11-day Operation X conflict" -> conflict)."""
    for _ in range(4):
        if tok is None:
            return None
        if _is_unit_word(tok) or tok.ent_type_ in NUMERIC_LABELS:
            h = tok.head
            tok = h if h is not tok and h.pos_ in ("NOUN", "PROPN") else None
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


def _counted(span):
    """(counted noun token, is_of_phrase) for a number span, or (None, False)."""
    root = span.root
    last = span[-1]
    for t in (last, root):
        h = t.head
        if t.dep_ in ("nummod", "quantmod", "amod", "compound", "npadvmod", "nmod", "appos") and h.i >= span.end and h.pos_ in ("NOUN", "PROPN"):
            return _climb(h, span), False
    for t in span:
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
                for p in child.children:
                    if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN", "NUM"):
                        if p.pos_ == "NUM":
                            if p.head.pos_ in ("NOUN", "PROPN"):
                                return _climb(p.head, span), True
                            continue
                        return _climb(p, span), True
    return None, False


def extract_claims(doc, dates=(), quotes=()) -> tuple[list[Claim], list[ClaimInfo]]:
    """Find the numeric claims of a parsed document.

    Args:
        doc: the parsed spaCy Doc.
        dates: the dates stage's records (durations among them become claims; other
            date spans are never quantities).
        quotes: the quotes stage's records (a number inside a quote is claimed by its speaker).

    Returns:
        ``(claims, infos)``: claim records with ids ``c1``, ``c2``, ... in text order (checks
        not yet attached) and one :class:`ClaimInfo` per claim for the checks.
    """
    text = doc_text(doc)
    durations = {(d.evidence[0][0], d.evidence[0][1]) for d in dates if d.precision == "duration" and d.value}
    spans = []
    rank = {d: k for k, d in enumerate(durations)}  # the set's own order, as before
    by_start = sorted(durations)
    starts = [s for s, _ in by_start]
    for ent in doc.ents:
        if ent.label_ in NUMERIC_LABELS:
            spans.append(ent)
        elif ent.label_ in ("DATE", "TIME"):
            # the durations inside the entity, by bisect (a walk over all of them per entity was quadratic)
            inside = by_start[bisect_left(starts, ent.start_char) : bisect_right(starts, ent.end_char)]
            for s, e in sorted(inside, key=rank.__getitem__):
                if ent.start_char <= s and e <= ent.end_char:
                    sub = doc.char_span(s, e, alignment_mode="expand")
                    if sub is not None:
                        spans.append(sub)
    infos: list[ClaimInfo] = []
    sents = _Sentences(doc) if spans else None
    tree = _Tree(doc) if spans else None
    for k, span in enumerate(spans):
        if span.start > 0 and span[0].lower_ in _SCALE_NOUNS and doc[span.start - 1].lower_ in ("a", "an"):
            span = doc[span.start - 1 : span.end]  # NER leaves out the "a" of "a dozen"
        info = _claim_from_span(doc, text, span, quotes, sents, tree)
        if info is not None:
            infos.append(info)
    _claimants(infos, quotes)
    infos.sort(key=lambda i: i.claim.evidence[0])
    for k, info in enumerate(infos, start=1):
        info.claim.id = f"c{k}"
    _link(text, infos)
    return [i.claim for i in infos], infos


class _Sentences:
    """Sentence lookup by token index, built once per document (``Token.sent`` rescans the doc)."""

    def __init__(self, doc):
        self.sents = list(doc.sents)
        self.starts = [s.start for s in self.sents]

    def at(self, i: int):
        return self.sents[max(0, bisect_right(self.starts, i) - 1)]


def _claim_from_span(doc, text: str, span, quotes, sents: _Sentences, tree: Optional[_Tree] = None) -> Optional[ClaimInfo]:
    raw = span.text
    got = parse_quantity(raw)
    if got is None:
        return None
    value, unit, low, high, qs, qe = got
    start, end = span.start_char + qs, span.start_char + qe
    sent = sents.at(span.start)
    qualifier, q_start = _qualifier(text, sent.start_char, start)
    ev_start = min(q_start, start)
    surface = text[start:end]
    if low is not None and qualifier is None:
        qualifier = "between"
    vague = _VAGUE_RE.match(surface.strip())
    if vague and qualifier is None:
        qualifier = "at least"
    counted, _of_phrase = _counted(span)
    # not claims: years, lone "one", anaphoric "the two", numbers in names ("Two-State")
    if unit is None and counted is None:
        if re.fullmatch(r"1[89]\d\d|20\d\d|2100", surface.strip()):
            return None
        if _WORD_NUMBER_RE.match(surface.strip()):
            return None
    if _WORD_NUMBER_RE.match(surface.strip()) and unit is None:
        if value <= 1 or re.search(r"\b(?:the|these|those|both|their|our|its|his|her|your|my)\s+$", text[max(0, start - 8):start], re.I):
            return None  # "one thing", "the two nations": a reference, not a quantity
    if re.match(r"-[A-Z]", text[end:end + 2]) and unit is None:
        return None
    if re.match(r"(?:'|\u2019)?s\b", text[end:end + 3]) and unit is None:
        return None  # "the 90's", "1990s": a decade
    frac = re.fullmatch(r"(\d+)/(\d+)", surface.strip())
    if frac and not (0 < int(frac.group(1)) < int(frac.group(2)) <= 10):
        return None  # "9/11", "24/7": a name or a date, not a fraction
    if counted is not None and counted.ent_type_ in ("DATE", "TIME") and unit is None:
        return None
    counts = _noun_phrase(counted) if counted is not None else None
    if counted is not None and 0 < counted.i - span.end <= 7 and doc[span.end].pos_ == "PROPN":
        counts = doc[span.end : counted.i + 1].text  # "Operation Guardian of the Walls conflict"
    claim = Claim(
        id="",
        text=text[ev_start:end],
        value=value,
        unit=unit,
        evidence=[(ev_start, end)],
        qualifier=qualifier,
        counts=counts,
        low=low,
        high=high,
    )
    info = ClaimInfo(
        claim=claim,
        head=counted.lemma_.lower() if counted is not None else None,
        description=_description(counted, (span.start, span.end), tree) if counted is not None else None,
        verbs=_verbs(span.root),
        phrase=_phrase(counted, sents.at(counted.i).end, text) if counted is not None else None,
        sentence=(sent.start_char, sent.end_char),
    )
    return info


def _claimants(infos: list[ClaimInfo], quotes) -> None:
    """A claim inside a quote (its evidence within one of the quote's spans) is claimed by
    the quote's speaker: the first such quote in ``quotes``' order.

    One sweep over span starts with a Fenwick tree of the smallest quote index by span end
    (a walk over every quote for each claim was quadratic on long texts)."""
    spans = sorted((s, e, k) for k, q in enumerate(quotes) for s, e in q.evidence)
    if not spans or not infos:
        return
    ends = sorted({e for _, e, _ in spans})
    m = len(ends)
    none = len(quotes)
    tree = [none] * (m + 1)  # prefix minimum over reversed end ranks: rank 1 = the largest end

    def add(e: int, k: int) -> None:
        r = m - bisect_left(ends, e)
        while r <= m:
            if k < tree[r]:
                tree[r] = k
            r += r & -r

    def first_holding(b: int) -> int:  # the smallest quote index among added spans ending at or after b
        r, best = m - bisect_left(ends, b), none
        while r > 0:
            best = min(best, tree[r])
            r -= r & -r
        return best

    j = 0
    for info in sorted(infos, key=lambda i: i.claim.evidence[0][0]):
        a, b = info.claim.evidence[0]
        while j < len(spans) and spans[j][0] <= a:
            add(spans[j][1], spans[j][2])
            j += 1
        k = first_holding(b)
        if k < none:
            info.claim.claimant = quotes[k].speaker
            info.claim.quote = quotes[k].id


def _link(text: str, infos: list[ClaimInfo]) -> None:
    """Percentages to their bases, and parenthesised restatements to what they restate."""
    for k, info in enumerate(infos):
        c = info.claim
        if c.unit == "percent" and k + 1 < len(infos):
            nxt = infos[k + 1]
            between = text[c.evidence[-1][1] : nxt.claim.evidence[0][0]]
            if nxt.claim.unit != "percent" and _OF_BASE_RE.fullmatch(between):
                info.base = nxt.claim.id
                c.counts = nxt.claim.counts
                info.head, info.description, info.phrase = nxt.head, nxt.description, nxt.phrase
                if k > 0:
                    prev = infos[k - 1]
                    gap = text[prev.claim.evidence[-1][1] : c.evidence[0][0]]
                    if prev.claim.unit == nxt.claim.unit and _APPOSITION_RE.fullmatch(gap):
                        info.restates = prev.claim.id  # "$3.5 billion, about 40% of the $8.7 billion"
        if k > 0:
            prev = infos[k - 1]
            between = text[prev.claim.evidence[-1][1] : c.evidence[0][0]]
            if re.fullmatch(r"\s*[\(\[]\s*", between) and c.unit and prev.claim.unit:
                info.in_parentheses_after = prev.claim.id


def claims_stage(doc, report, index, meta) -> None:
    """Pipeline stage: fill ``report.claims`` (with checks) from the doc, dates and quotes."""
    from .checks import run_checks

    claims, infos = extract_claims(doc, report.dates, report.quotes)
    names = {e.id: e.name for e in report.entities}
    run_checks(infos, names)
    report.claims = claims
