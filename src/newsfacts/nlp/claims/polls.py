"""Numbers of votes and polls: tallies, candidates' shares, leads in points, age groups.

- a **tally** ("a 19-15 vote", "a 3 to 1 margin", "won 52-48") is one claim, not a count and
  a stray number: ``value`` the first side, ``tally`` the two sides (so no arithmetic
  check reads it as one figure), ``counts`` what is tallied ("vote", "margin", "result");
- a **candidate's share** ("Clinton received 38 percent", "Trump got 41% of the vote",
  "Sanders finished second with 38 percent") counts the share of the vote for the candidate
  ("support for" in a poll); in a list the parse breaks up, a share right after a name and a
  link word ("followed by Ted Cruz at 17 percent", "Clinton, who has 44 percent") too;
- **points of a lead** ("leads Trump by 5 points", "7 percentage points") are percentage
  points, and count the lead ("lead of Clinton over Trump");
- an **age group** ("blacks ages 16 to 24", "18- to 29-year-olds") is one age range.

The words are data: ``lexicons/claim_poll_words.tsv``.
"""

from __future__ import annotations

import re
from typing import Optional

from ... import lexicons
from .description import noun_phrase
from .measured import np_span, owned

_ROWS = lexicons.rows("claim_poll_words.tsv")
TALLY_NOUNS = frozenset(r[1] for r in _ROWS if r[0] == "tally_noun")
_TALLY_VERBS = {r[1]: r[2] for r in _ROWS if r[0] == "tally_verb"}
_SHARE_VERBS = frozenset(r[1] for r in _ROWS if r[0] == "share_verb")
_SHARE_VERBS_VOTE = frozenset(r[1] for r in _ROWS if r[0] == "share_verb_vote")
_SHARE_WITH = frozenset(r[1] for r in _ROWS if r[0] == "share_with")
_SHARE_NOUNS = frozenset(r[1] for r in _ROWS if r[0] == "share_noun")
POLL_WORDS = frozenset(r[1] for r in _ROWS if r[0] == "poll_word")
VOTE_WORDS = POLL_WORDS | frozenset(r[1] for r in _ROWS if r[0] == "vote_word")
_GAP_BEFORE_RE = re.compile(r"\b(?:" + "|".join(re.escape(r[1]) for r in _ROWS if r[0] == "gap_verb") + r")\s+$", re.I)
_GAP_AFTER_RE = re.compile(r"^(?:\s*[.,;)]|\s+(?:and|to|in|so|for)\b|\s*$)")
LEAD_VERBS = {r[1]: r[2] for r in _ROWS if r[0] == "lead_verb"}
_POINTS_CONTEXT = frozenset(r[1] for r in _ROWS if r[0] == "points_context")
_POINTS_NOT = frozenset(r[1] for r in _ROWS if r[0] == "points_not")

#: the second side of a tally right after the first ("-15", " to 1"), then what follows
_PAIR_RE = re.compile(r"^(-to-|\s?[-\u2013\u2014]\s?|\s+to\s+)(\d{1,3})(?![\d.,]\d)")
_NOUN_AFTER_RE = re.compile(r"^(?:-|\s+)([A-Za-z]+)")
_VERB_BEFORE_RE = re.compile(r"\b([A-Za-z]+)\s+(?:(?:[A-Z][\w.'\u2019]*|the|a|an)\s+){0,3}$")
_AGES_RE = re.compile(r"\b(?:ages?|aged)\s+(\d{1,3})\s*(?:to|-|\u2013|through|and)\s*(\d{1,3})\b(?!\s*(?:percent|%))", re.I)
_YEAR_OLDS_RE = re.compile(r"(?<![\w.,])(\d{1,3})(?:-\s+|\s*)(?:to|-|\u2013)\s*(\d{1,3})-year-olds?\b")


def tally(text: str, start: int, end: int, sent_start: int) -> Optional[tuple[int, float, float, str, tuple[int, int]]]:
    """The tally a count at ``start:end`` opens ("*19*-15 vote", "won *52*-48"):
    ``(end of the tally, first side, second side, what is tallied, its span)``, or None."""
    first = text[start:end]
    if not re.fullmatch(r"\d{1,3}", first):
        return None
    m = _PAIR_RE.match(text[end : end + 12])
    if not m:
        return None
    stop = end + m.end()
    a, b = float(first), float(m.group(2))
    noun = _NOUN_AFTER_RE.match(text[stop : stop + 20])
    if noun and noun.group(1).lower() in TALLY_NOUNS:
        s = stop + noun.start(1)
        return stop, a, b, noun.group(1).lower(), (s, s + len(noun.group(1)))
    verb = _VERB_BEFORE_RE.search(text[max(sent_start, start - 40) : start])
    if verb and verb.group(1).lower() in _TALLY_VERBS and (m.group(1).strip() != "to" or verb.group(1).lower().startswith("vot")):
        s = start - (len(text[max(sent_start, start - 40) : start]) - verb.start(1))
        return stop, a, b, _TALLY_VERBS[verb.group(1).lower()], (s, s + len(verb.group(1)))
    return None


def gapped(text: str, start: int, end: int) -> bool:
    """Whether a bare count at ``start:end`` leaves its noun out after a verb of having or winning
    ("Kasich has 129 and ...", "Sanders will win at least 73.", "It takes 2,383 to win")."""
    return bool(_GAP_BEFORE_RE.search(text[max(0, start - 30) : start]) and _GAP_AFTER_RE.match(text[end : end + 6]))


def coordinated(doc, start: int, end: int, noun_end: int) -> bool:
    """Whether a bare count at ``start:end`` leaves out the noun that ends at ``noun_end`` (the count
    before it counts it) in a coordination: "killed 49 people and wounded 53", "158 stores closed and
    just 14 opened", "monitors 265 women in the state and 189 in the territory"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    noun = doc.char_span(noun_end - 1, noun_end, alignment_mode="expand")
    if span is None or noun is None:
        return False
    root, noun = span.root, noun.root
    if any(c.pos_ in ("NOUN", "PROPN") or c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return False  # a count with a noun of its own
    if root.dep_ == "conj" and root.head.i == noun.head.i and noun.dep_ in ("dobj", "nsubj", "pobj"):
        return True  # "265 women in the state and 189 in the territory"
    verb, other = root.head, noun.head
    return (root.dep_ == noun.dep_ and root.dep_ in ("dobj", "nsubj") and verb.pos_ == "VERB" and verb.dep_ == "conj"
            and verb.head.i == other.i)


def tally_counts(doc, what: str, span: tuple[int, int]) -> tuple[str, list[tuple[int, int]]]:
    """What a tally counts: its noun with what it is of or in ("vote in the Senate"), or the word
    the verb stands for ("voted" -> "vote")."""
    tok = doc.char_span(span[0], span[1], alignment_mode="expand")
    if tok is not None and tok.root.lower_ == what:
        return owned(tok.root, None, what, span)
    return what, [span]


def age_groups(text: str) -> list[tuple[int, int, float, float, Optional[tuple[int, int]]]]:
    """Age ranges of a group ("blacks ages 16 to 24", "18- to 29-year-olds"): ``(start, end, low,
    high, the span of the word naming the group or None)``; the group word is found by the caller."""
    out = []
    for m in _AGES_RE.finditer(text):
        low, high = float(m.group(1)), float(m.group(2))
        if low < high:
            out.append((m.start(1), m.end(2), low, high, None))
    for m in _YEAR_OLDS_RE.finditer(text):
        low, high = float(m.group(1)), float(m.group(2))
        if low < high:
            out.append((m.start(1), m.end(2) + len("-year"), low, high, (m.end(2) + len("-year-"), m.end())))
    return out


def group_before(doc, start: int) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """The group an "ages 16 to 24" belongs to: the noun right before "ages" ("blacks")."""
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None or tok.start < 2:
        return None
    ages = doc[tok.start - 1]
    noun = doc[tok.start - 2]
    if ages.lower_ not in ("age", "ages", "aged") or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("PERSON", "GPE", "ORG"):
        return None
    s, e, words = np_span(noun)
    return f"age of {words}", [(s, e)]


def points_after_percentage(text: str, start: int, end: int) -> Optional[int]:
    """Where "points" ends when a span stops at "percentage" ("3 to 8 percentage | points"), else None."""
    if not text[start:end].lower().endswith("percentage"):
        return None
    m = re.match(r"\s+points?\b", text[end : end + 10])
    return end + m.end() if m else None


def is_percentage_points(after: str, sentence: str) -> Optional[int]:
    """The length of "percentage points" / "points" at the start of ``after`` when they are
    percentage points in this ``sentence`` (a poll or a lead, no stock index or game), else None."""
    m = re.match(r"(?:\s+an?(?=\s+(?:percentage\s+)?point\b))?(\s*-?\s*percentage)?[\s-]+points?\b", after)  # "half a percentage point"
    if not m:
        return None
    if m.group(1):
        return m.end()
    words = set(re.findall(r"[\w&]+", sentence))
    lowered = {w.lower() for w in words}
    if words & _POINTS_NOT or not lowered & _POINTS_CONTEXT:
        return None
    return m.end()


def _name(tok) -> Optional[tuple[str, tuple[int, int]]]:
    """A subject or object that names a side: a person, party or group ("Clinton", "the Democrats")."""
    if tok is None or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    if tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        ent = next((x for x in tok.doc.ents if x.start <= tok.i < x.end), None)
        if ent is not None and ent.end == tok.i + 1:  # "Hillary Clinton", "Sanders" at a sentence's start
            return ent.text, (ent.start_char, ent.end_char)
    s, e, _words = np_span(tok)
    words = tok.doc[tok.doc.char_span(s, e, alignment_mode="expand").start : tok.i + 1].text  # a name keeps its case
    return words, (s, e)


def _child(verb, deps):
    return next((c for c in verb.children if c.dep_ in deps), None)


def share_counts(span, unit: Optional[str], counted, sentence: str) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a candidate's share counts ("Clinton received 38 percent" -> "share of the vote for
    Clinton"; "support for Clinton" in a poll); None unless a person is the verb's subject."""
    if unit != "percent" or (counted is not None and counted.lower_ not in _SHARE_NOUNS):
        return None
    root = span.root
    if counted is not None and root.head.i == counted.i:
        root = counted  # "received 42 percent support"
    verb, dep, prep = root.head, root.dep_, None
    rel = next((c for c in root.rights if c.dep_ == "relcl" and c.lemma_.lower() in _SHARE_VERBS), None)
    if rel is not None and counted is None:
        verb, dep = rel, "dobj"  # "the 95 percent Obama received"
    elif dep == "pobj" and verb.dep_ == "prep":
        verb, prep = verb.head, verb.lower_
    if verb.pos_ not in ("VERB", "AUX") or verb.i == root.i:
        return None
    lemma = verb.lemma_.lower()
    if not ((dep == "dobj" and lemma in _SHARE_VERBS | _SHARE_VERBS_VOTE) or (prep == "with" and lemma in _SHARE_WITH)):
        return None
    subj = _child(verb, ("nsubj",))
    words = {w.lower() for w in re.findall(r"\w+", sentence)}
    named = subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "NORP") and subj.text[:1].isupper())
    if not named or subj.ent_type_ in ("GPE", "LOC", "DATE"):
        return None
    if (subj.ent_type_ != "PERSON" and counted is None or lemma in _SHARE_VERBS_VOTE) and not words & VOTE_WORDS:
        return None  # "Apple got 38 percent": a candidate only in a story of votes
    name, ev = _name(subj)
    poll = bool(words & POLL_WORDS)
    if counted is not None and counted.lower_ != "support":
        what = f"share of the {noun_phrase(counted)} for"  # "41% of the Latino vote"
    else:
        what = "support for" if poll or counted is not None else "share of the vote for"
    spans = [ev, (verb.idx, verb.idx + len(verb.text))]
    if counted is not None:
        spans.append((counted.idx, counted.idx + len(counted.text)))
    return f"{what} {name}", sorted(spans)


def lead_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a margin "by" N points counts: the lead ("Clinton leads Trump by 5 points" -> "lead of
    Clinton over Trump"); None when the sides are not named."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ not in ("prep", "agent"):
        return None
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ in ("to", "-") and doc[span.end + 1].like_num:
        return None  # "leads Trump by 43 percent to 38 percent": two shares, not a lead
    verb = prep.head
    template = LEAD_VERBS.get(verb.lemma_.lower())
    if verb.pos_ not in ("VERB", "AUX") or template is None:
        return None
    subj = _name(_child(verb, ("nsubj",)))
    behind = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("behind", "against")), None)  # "lagging behind Clinton"
    for c in verb.children if behind is None else ():  # "trailing by two points in the polls against Clinton"
        if c.dep_ == "prep" and c.lower_ == "in":
            behind = next((p for n in c.children if n.dep_ == "pobj" for p in n.children if p.dep_ == "prep" and p.lower_ == "against"), behind)
    obj = _name(_child(verb, ("dobj",)) or (_child(behind, ("pobj",)) if behind is not None else None))
    if subj is None or ("{object}" in template and obj is None and "{object}" in template.split("{subject}")[0]):
        return None
    if obj is None:
        template = template.replace(" over {object}", "")
    words = template.replace("{subject}", subj[0]).replace("{object}", obj[0] if obj else "")
    spans = [subj[1], (verb.idx, verb.idx + len(verb.text))] + ([obj[1]] if obj else [])
    return words, sorted(spans)


_POSITIONS = {r[1]: (r[2], r[3]) for r in _ROWS if r[0] == "lead_position"}
_POSITION_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}"
#: "Clinton ahead by |", "Trump is up |", "Warren is ahead of Biden by |", "Sanders, still behind Clinton by |", "Clinton likewise ahead by |"
_POSITION_RE = re.compile(
    r"(?<![\w.])(?P<a>" + _POSITION_NAME + r"),?\s+(?:(?:is|was|remains|remained|stays|stayed|still|now|already|[a-z]+ly|likewise)\s+){0,2}"
    r"(?P<w>" + "|".join(_POSITIONS) + r")(?:\s+(?:of\s+)?(?P<b>" + _POSITION_NAME + r"))?\s+(?:by\s+)?"
    r"(?:(?:just|about|nearly|roughly|some|almost|only|around|more\s+than)\s+)?$")
#: after a figure "up" or "down": a change, not a lead ("up 5 points from last month", "since May")
_CHANGE_AFTER_RE = re.compile(r"^\s+(?:\w+\s+){0,3}?(?:from|since|compared|over\s+(?:the|last)|in\s+(?:the\s+)?(?:past|last))\b", re.I)


def position_lead(doc, text: str, start: int, end: int, unit: Optional[str]) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a margin in points after a name and "ahead", "up", "behind", "down" counts when no verb
    of leading stands there ("the average shows Clinton ahead by 3.7 points" -> "lead of Clinton";
    "Warren is ahead of Biden by 4 points" -> "lead of Warren over Biden"; "Sanders is behind
    Clinton by 8 points" -> "lead of Clinton over Sanders"), or None. The names are people the story
    names; "up" and "down" only in points and never with a change's "from" or "since" after the figure."""
    m = _POSITION_RE.search(text[max(0, start - 90) : start])
    if m is None or unit not in ("percentage point", "percent"):
        return None
    if m.group("w") in ("up", "down") and (unit != "percentage point" or _CHANGE_AFTER_RE.match(text[end : end + 40])):
        return None
    surnames = {e.text.split()[-1] for e in doc.ents if e.label_ == "PERSON"}
    base = max(0, start - 90)
    sides = {}
    for side in ("a", "b"):
        name = m.group(side)
        if name is not None:
            if name.split()[-1].rstrip(".,") not in surnames:
                return None
            sides[side] = (name, (base + m.start(side), base + m.end(side)))
    if "a" not in sides:
        return None
    with_object, alone = _POSITIONS[m.group("w")]
    template = with_object if "b" in sides else alone
    words = template.replace("{subject}", sides["a"][0]).replace("{object}", sides["b"][0] if "b" in sides else "")
    spans = [ev for _, ev in sides.values()] + [(base + m.start("w"), base + m.end("w"))]
    return words, sorted(spans)


def lead_points(doc, text: str, start: int, end: int, context: str) -> Optional[int]:
    """The length of " points" after a figure that is a person's lead in a passage about votes or polls
    (``context``: the sentence and the text before it) with no other word that makes points percentage
    points: "According to the average, Trump is up 15.6 points"; else None."""
    m = re.match(r"[\s-]+points?\b", text[end : end + 10])
    if m is None or not {w.lower() for w in re.findall(r"\w+", context)} & VOTE_WORDS:
        return None
    return m.end() if position_lead(doc, text, start, end + m.end(), "percentage point") is not None else None


_LISTED_RE = re.compile(r"^\s*(?:\w+\s*?){0,2}?\s*(?:,|;|\band\b|\bwhile\b)\s+(?:and\s+)?")


def listed_share(doc, text: str, prev_counts: Optional[str], prev_end: int, start: int) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a share right after a person's name counts when the share before it is a candidate's
    ("..., Libertarian Gary Johnson 3 percent": "support for Gary Johnson"), or None."""
    if not prev_counts or not prev_counts.startswith(("share of the vote for ", "support for ")):
        return None
    lead = "support for" if prev_counts.startswith("support for ") else "share of the vote for"
    gap = text[prev_end:start]
    if len(gap) > 80 or not _LISTED_RE.match(gap):
        return None
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None or tok.start == 0:
        return None
    name = doc[tok.start - 1]
    ent = next((e for e in doc.ents if e.start <= name.i < e.end), None) if name.ent_type_ == "PERSON" else None
    if ent is None or ent.end != tok.start:
        return None
    return f"{lead} {ent.text}", [(ent.start_char, ent.end_char)]



_SHARE_NOT_RE = re.compile(r"\b(?:" + "|".join(re.escape(r[1]) for r in _ROWS if r[0] == "share_not") + r")\b", re.I)
_LINKS = "|".join(re.escape(r[1]) for r in _ROWS if r[0] == "share_link")
#: a capitalised word, then up to a share: "(, who) a few lower-case words, a link word (just|only)"
_LINKED_RE = re.compile(r"\b([A-Z][\w'\u2019-]*)((?:,\s+who)?(?:\s+[a-z]+){0,4}?\s+(" + _LINKS
                        + r")(?:\s+(?:just|only|a\s+mere|a\s+paltry))?\s+)$")


def named_share(doc, text: str, start: int, context: str) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a share right after a candidate's name and a link word counts, in a passage about
    votes or polls (``context``: the sentence and the text before it): "followed by Ted Cruz at
    17 percent", "Cruz with 22 percent", "Clinton, who has 44 percent" -> "support for Ted Cruz"
    ("share of the vote for" without a poll word). The name is a person's: a person named in the
    story ends with it; the words between hold no other name or number."""
    m = _LINKED_RE.search(text[max(0, start - 60) : start])  # first: the context can be a whole long sentence
    if m is None:
        return None
    words = {w.lower() for w in re.findall(r"\w+", context)}
    if not words & VOTE_WORDS or _SHARE_NOT_RE.search(context):
        return None  # "22 percent would definitely not support him, Pataki at 20 percent": no support
    name_end = start - len(m.group(2))
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    if not any(e.text.split()[-1] == m.group(1) for e in persons):
        return None
    ent = next((e for e in persons if e.end_char == name_end), None)
    name = (ent.start_char, name_end) if ent is not None else (name_end - len(m.group(1)), name_end)
    lead = "support for" if words & POLL_WORDS else "share of the vote for"
    link = (name_end + m.start(3) - m.start(2), name_end + m.end(3) - m.start(2))
    return f"{lead} {text[name[0] : name[1]]}", [name, link]



_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}"
#: "Trump leads Clinton | 44 percent to 37 percent", "Cruz of Texas, who won, |", "leading Clinton by |"
_SIDES_RE = re.compile(
    r"(?:(?<![\w.])(?P<a>" + _NAME + r")(?:\s+of\s+[A-Z][\w.]*)?(?:,\s+who)?\s+(?:is\s+|was\s+)?)?"
    r"(?P<v>lead(?:s|ing)?|led|trail(?:s|ed|ing)?|beat(?:s|ing)?|top(?:s|ped|ping)?|edg(?:e|es|ed|ing)|outpac(?:e|es|ed|ing)"
    r"|won|wins|winning|prevail(?:s|ed|ing)?|defeat(?:s|ed|ing)?|trounc(?:e|es|ed|ing)),?"
    r"\s+(?:(?P<b>" + _NAME + r"),?\s+|(?:him|her|them),?\s+)?(?:by\s+)?$")  # ("beat her": the other side unnamed)


def _sentence_cut(name: str) -> int:
    """Where a name the pattern took across a full stop really starts ("Monday. Lopez" -> 8): after
    the last ". " that ends a word of three letters or more that is no title ("Sen.", "Gov.")."""
    cut = 0
    for m in re.finditer(r"(\w+)\.\s+", name):
        if len(m.group(1)) >= 3 and m.group(1).lower() not in _TITLE_ABBREVIATIONS:
            cut = m.end()
    return cut


_TITLE_ABBREVIATIONS = frozenset(("sen", "gov", "rep", "mrs", "sgt", "col", "gen", "adm", "lt", "capt", "rev", "hon", "atty", "dr", "mr", "ms", "jr", "sr", "st"))


def pair_shares(doc, text: str, first: tuple[int, int], second: tuple[int, int], context: str) -> tuple[Optional[tuple], Optional[tuple]]:
    """What the two shares of "Trump leads Clinton 44 percent to 37 percent" (also "leading Clinton
    by 46 percent to 35 percent", "Cruz, who won, 27.6 percent to 24.3 percent") count: the support
    for the side named before the verb, then for the side after it (``(counts, spans)`` each, or
    None where that side is no person the story names); only in a passage (``context``) about votes."""
    if not re.fullmatch(r"\s+to\s+", text[first[1] : second[0]]):
        return None, None
    words = {w.lower() for w in re.findall(r"\w+", context)}
    if not words & VOTE_WORDS:
        return None, None  # "Apple leads Samsung 44 percent to 37 percent": no race
    window = max(0, first[0] - 90)
    m = _SIDES_RE.search(text[window : first[0]])
    if m is None:
        return None, None
    lead = "support for" if words & POLL_WORDS else "share of the vote for"
    surnames = {e.text.split()[-1] for e in doc.ents if e.label_ == "PERSON"}
    verb = (window + m.start("v"), window + m.end("v"))
    out = []
    for side in ("a", "b"):
        name = m.group(side)
        if name is None or name.split()[-1].rstrip(".,") not in surnames:
            out.append(None)
            continue
        cut = _sentence_cut(name)  # "Monday. Lopez leads Grant": the name starts after the sentence's end
        name = name[cut:]
        ev = (window + m.start(side) + cut, window + m.end(side))
        out.append((f"{lead} {name}", sorted([ev, verb])))
    return out[0], out[1]
