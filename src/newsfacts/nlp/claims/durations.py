"""What a span of time measures when no noun or subject says it (:mod:`.measured` tries this last
and imports this module, never the other way):

- a time between two things: "died four days before the crash" -> "time before the crash", "it's
  been more than a month since Clinton sewed up the delegates" -> "time since Clinton sewed up the
  delegates" (the words after "before", "after", "since" or "until" right after the value);
- how long something was done: "had worked for Vanguard for more than eight years" -> "time worked
  for Vanguard", "was in the Senate for eight years" -> "time in the Senate" (the verb the value
  hangs "for" from, with its object or first phrase before the value; never a negated verb, a
  light verb alone or a verb of "have"/"be" with nothing after it);
- time spent: "users spent an average of nine minutes a day on Yahoo's sites" -> "time spent on
  Yahoo's sites" (the object of "spend", "take", "wait" and the verb's phrase after it);
- where the time was spent: "six months behind bars", "her 12 years as a congresswoman" -> "time
  behind bars", "time as a congresswoman";
- a period named by its possessive: "five months' probation" -> probation.

Evidence or nothing: every phrase comes with the spans of its words.
"""

from __future__ import annotations

from typing import Optional

from ... import lexicons
from .doers import bare_verb, with_doer
from .owners import NOT_OWNERS
from .money_periods import money_period
from .time_gaps import gap_counts
from .time_points import point_counts
from .windows import lasting_subject, window_counts

#: time units a span of time is read in (``Claim.unit``)
TIME_UNITS = frozenset(("year", "month", "week", "day", "hour", "minute", "second", "decade", "century"))
_BETWEEN_WORDS = ("before", "after", "since", "until")
_STOP = frozenset((",", ";", ":", "(", ")", "—", "–", '"', "“", "”", "and", "but", "which", "who", "according"))
_MAX_WORDS = 9
#: nouns that name a figure ("an average of nine minutes"), read here and by :mod:`.measured`
GENERIC_NOUNS = frozenset(r[1] for r in lexicons.rows("claim_generic_nouns.txt") if r[0] == "noun")
#: words before a generic noun that leave it generic ("the actual number"; not "the control value")
FIGURE_WORDS = frozenset(r[1] for r in lexicons.rows("claim_generic_nouns.txt") if r[0] == "modifier")


def _words(doc, first: int, last: int) -> Optional[tuple[int, int]]:
    """Token range ``[first, end)`` from ``first`` up to ``last`` (inclusive), cut at a comma, a
    bracket, a quote mark or a conjunction, at most ``_MAX_WORDS`` words; None when empty."""
    end = first
    while end <= last and end < len(doc) and end - first < _MAX_WORDS and doc[end].lower_ not in _STOP:
        end += 1
    while end > first and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PART", "PUNCT", "SCONJ"):
        end -= 1
    return (first, end) if end > first else None


def _phrase(doc, rng: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    a, b = rng
    return doc[a:b].text, (doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))


def _said_of_event(span, word) -> bool:
    """Whether the time between hangs from a verb before it, not a passive one with a common noun
    for subject ("his mother died four days before the crash", "it's been a month since"): that
    subject is what was measured then ("GH levels were measured 6 weeks after transplantation"), and a
    fronted time ("Two days after transplantation, cells were found") qualifies a later clause."""
    root = span.root
    verb = root.head if root.head.i != word.i else word.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > span.start:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is None or subj.pos_ != "NOUN" or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def between_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """"time before the crash": the value followed by "before", "after", "since" or "until" and
    what it is before or after (a noun phrase, or a clause); not a person ("before Trump")."""
    doc, k = span.doc, span.end
    if k >= len(doc) - 1 or doc[k].lower_ not in _BETWEEN_WORDS:
        return None
    word = doc[k]
    if not _said_of_event(span, word) and not fronted_clause(span, word) and not clause_after_event(span, word):
        return None
    pobj = next((c for c in word.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is not None:
        if pobj.ent_type_ in NOT_OWNERS + ("PERSON",) or pobj.pos_ == "PRON":
            return None  # "two days before May 1", "before him"
        rng = _words(doc, k + 1, pobj.i if pobj.pos_ in ("NOUN", "PROPN") else pobj.right_edge.i)
    elif word.dep_ == "mark" and word.head.pos_ in ("VERB", "AUX") and word.head.i > k:
        rng = _words(doc, k + 1, word.head.right_edge.i)  # "since Clinton sewed up the necessary delegates"
        if not OFF13 and rng is not None and doc[rng[1] - 1].pos_ == "ADJ":
            end = rng[1] - 1
            while end > word.head.i and (doc[end].pos_ not in ("NOUN", "PROPN") or doc[end].dep_ in ("poss", "compound", "nmod", "case")):
                end -= 1  # "since he nominated Judge Merrick Garland to fill the vacant |": back to "Garland"
            rng = (rng[0], end + 1) if end > word.head.i else None
        if not OFF13 and rng is not None and rng[1] <= word.head.i:
            return None  # "after a U.S.-born gunman claiming allegiance to various | ...": cut before the verb
    else:
        return None
    if rng is None or not any(doc[i].pos_ in ("NOUN", "PROPN", "VERB") for i in range(*rng)):
        return None
    words, ev = _phrase(doc, rng)
    return f"time {word.lower_} {words}", sorted([(word.idx, word.idx + len(word.text)), ev])


def fronted_clause(span, word) -> bool:
    """Whether a span of time opens its sentence before a clause of its own with a subject ("Two years
    before the public learned of the server, the department ..." -> "time before the public learned of
    the server"; session 13): the time between two events, not a time of the main clause's subject
    ("Two days after the storm, the roads were cleared" stays none); or before an event noun when the
    main clause's subject acts ("Two hours after his initial tweet, Trump tweeted a similar image")."""
    if OFF13 or word.lower_ not in ("before", "after", "since"):
        return False
    if word.dep_ == "prep":
        main = span.root.head if span.root.head.i != word.i else word.head
        if main.pos_ != "VERB" or main.i < span.end or any(c.dep_ in ("nsubjpass", "auxpass") for c in main.children):
            return False  # "Two days after the storm, the roads were cleared": a time of the subject's state
        if not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in main.children):
            return False
    else:
        verb = word.head
        if word.dep_ != "mark" or verb.pos_ not in ("VERB", "AUX") or verb.i <= word.i or verb.dep_ != "advcl":
            return False
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
            return False  # "before they left": who "they" are is not said here
    doc = span.doc
    first = doc[min(span.start, span.root.left_edge.i)]  # "Less than | three months before ..."
    return first.is_sent_start or (first.i > 0 and doc[first.i - 1].is_sent_start and doc[first.i - 1].is_punct)


def clause_after_event(span, word) -> bool:
    """Whether a span of time measures from an event to the clause after it, when the parse hangs both
    the span and "after"/"before" from the clause's verb ("Ryan's comments come two days after Trump
    delivered a blowout win", "arrived four days after a gunman carried out ..."; session 13): the
    clause's verb hangs from a verb before the span whose subject is no measured thing (see
    :func:`_said_of_event`)."""
    root = span.root
    clause = word.head
    if OFF13 or word.dep_ != "mark" or root.dep_ != "npadvmod" or root.head.i != clause.i or clause.dep_ != "advcl":
        return False
    main = clause.head
    if main.pos_ not in ("VERB", "AUX") or main.i > span.start:
        return False
    left = span.doc[min(span.start, root.left_edge.i) - 2 : min(span.start, root.left_edge.i)]
    if len(left) == 2 and left[1].text == "," and left[0].ent_type_ in ("DATE", "TIME"):
        return False  # "They met on Tuesday, three weeks after ...": a date said again, not a time between
    subj = next((c for c in main.children if c.dep_ == "nsubjpass"), None)
    return subj is None or subj.pos_ != "NOUN" or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def done_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """"time worked for Vanguard": how long the verb the value hangs "for" from was done, with the
    verb's object or first phrase between it and the value."""
    doc, root = span.doc, span.root
    prep = root.head
    if root.dep_ in ("npadvmod", "dobj") and not OFF14:
        verb, prep = bare_verb(span), span.root  # "has worked at Carrier almost 24 years": no "for" (session 14)
        if verb is None:
            return None
    elif root.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    else:
        verb = prep.head
    if verb.i > prep.i:
        return fronted_done(span, prep, verb)
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return None
    light = verb.lemma_.lower() in ("be", "have", "do", "remain", "stay")
    extra = next((c for c in verb.children if c.i > verb.i and c.i < prep.i and (
        c.dep_ in ("dobj", "prt", "attr") or (c.dep_ == "prep" and any(p.dep_ == "pobj" for p in c.children)))), None)
    if extra is not None and extra.dep_ in ("dobj", "attr") and (extra.pos_ == "PRON" or extra.ent_type_ in NOT_OWNERS):
        extra = None  # "paid it for ...", "earned $5 for ..."
    if extra is None and light:
        return None  # "was for eight years": nothing says what
    spans = [] if light else [(verb.idx, verb.idx + len(verb.text))]
    words = "" if light else verb.text
    if extra is not None:
        rng = _words(doc, extra.left_edge.i if extra.dep_ != "prep" else extra.i, min(extra.right_edge.i, prep.i - 1))
        if rng is not None and doc[rng[1] - 1].pos_ == "ADJ" and not OFF:
            rng = None  # "has been a popular | and cherished feature ... for a decade": cut before its noun
        if rng is not None:
            more, ev = _phrase(doc, rng)
            words, spans = f"{words} {more}".strip(), spans + [ev]
    if extra is None and prep.i == root.i and not light:  # "served 12 years in the Senate": the phrase after
        after = next((c for c in verb.children if c.dep_ == "prep" and c.i == span.end and c.lower_ in ("in", "at", "on", "as", "with")), None)
        rng = _words(doc, after.i, after.right_edge.i) if after is not None else None
        if rng is not None and rng[1] - rng[0] >= 2:
            more, ev = _phrase(doc, rng)
            words, spans = f"{words} {more}", spans + [ev]
    if not words or not spans:
        return None
    return f"time {words}", sorted(spans)


def possessed_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """"five months' probation" -> probation: the noun a period's possessive qualifies."""
    root = span.root
    if root.dep_ != "poss" or root.head.pos_ != "NOUN" or root.head.i < root.i or root.head.ent_type_:
        return None
    noun = root.head
    return noun.text, [(noun.idx, noun.idx + len(noun.text))]


_SPENDING_VERBS = ("spend", "take", "wait")


def spent_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """"time spent on Yahoo's sites": a span of time (or "an average of" one) that is the object
    of "spend", "take" or "wait", with the verb's first phrase after the value; never a phrase
    that is only the time ("spent a day")."""
    doc, noun = span.doc, span.root
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in GENERIC_NOUNS:
        noun = noun.head.head  # "an average of nine minutes"
    verb = noun.head
    if noun.dep_ not in ("dobj", "npadvmod") or verb.pos_ != "VERB" or verb.lemma_.lower() not in _SPENDING_VERBS:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i >= span.end and c.lower_ in ("on", "in", "at", "with", "for")
                 and any(p.dep_ == "pobj" and p.ent_type_ not in NOT_OWNERS for p in c.children)), None)
    if prep is None:
        return None
    rng = _words(doc, prep.i, prep.right_edge.i)
    if rng is None or rng[1] - rng[0] < 2:
        return None
    words, ev = _phrase(doc, rng)
    return f"time {verb.text} {words}", sorted([(verb.idx, verb.idx + len(verb.text)), ev])


_PLACE_PREPS = ("as", "behind", "in", "on", "at")
_NOT_PLACES = frozenset(("row", "total", "all", "advance", "part", "time", "place", "turn", "fact", "case", "order")) | GENERIC_NOUNS


def place_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """"time behind bars", "time as a congresswoman": the value followed by "as", "behind", "in", "on"
    or "at" and a noun phrase (a determiner, adjectives, the noun: read from the words, the parse
    often hangs them elsewhere); not a date, a number or an idiom ("two days in a row")."""
    doc, k = span.doc, span.end
    if k + 1 >= len(doc) or doc[k].lower_ not in _PLACE_PREPS:
        return None
    if span.start and doc[span.start - 1].lower_ in ("in", "within", "after", "over", "every"):
        return None  # "takes effect in 90 days in most states": when, not how long
    j = k + 1
    while j < len(doc) and j - k <= 4 and doc[j].pos_ in ("DET", "ADJ", "PRON") and doc[j].tag_ != "PRP":
        j += 1
    while j + 1 < len(doc) and doc[j].pos_ == "NOUN" and doc[j + 1].pos_ == "NOUN":
        j += 1  # "in the state legislature"
    noun = doc[j] if j < len(doc) else None
    if noun is not None and noun.pos_ == "PROPN" and j == k + 1 and span.start and doc[span.start - 1].tag_ == "PRP$":
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
            j += 1  # "her four years at Foggy Bottom": a place named, after a possessive
        if doc[j].ent_type_ not in ("DATE", "TIME", "PERSON"):
            words, ev = _phrase(doc, (k, j + 1))
            return f"time {words}", [ev]
    if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ in NOT_OWNERS or noun.lemma_.lower() in _NOT_PLACES:
        return None
    if j + 1 < len(doc) and doc[j + 1].text == "-":
        return None  # "4 days on gelatin-coated plates": the first word of a compound
    if doc[k].lower_ != "as" and doc[k].lower_ != "behind" and (noun.tag_ != "NN" or any(doc[i].pos_ == "ADJ" for i in range(k + 1, j))):
        return None  # "in office", "in prison", not "in most states", "in the first half"
    words, ev = _phrase(doc, (k, j + 1))
    return f"time {words}", [ev]


def fronted_done(span, prep, verb) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """"For almost 18 years, the club has hosted young singers" -> "time hosted young singers": a
    "for" span of time that opens its clause (the sentence, after a comma or "which"), and the verb after
    it with its object, or with the phrase right after it ("For 40 hours, they spoke on the bill" -> "time
    spoke on the bill"); never a verb of being or having, a negated one or one with neither."""
    doc = span.doc
    if not (prep.is_sent_start or (prep.i and (doc[prep.i - 1].text in (",", ";", "\u2014") or doc[prep.i - 1].tag_ in ("WDT", "WP")))):
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() in ("be", "have", "do", "remain", "stay") or any(c.dep_ == "neg" for c in verb.children):
        return None
    lasted = lasting_subject(verb)  # "For eight years, Mr. Obama's presidency has muted ...": what lasted
    if lasted is not None:
        return lasted
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None and not any(c.dep_ == "dobj" for c in verb.children):
        obj = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and any(p.dep_ == "pobj" for p in c.children)), None)
        if obj is None or obj.i != verb.i + 1:
            return _fronted_infinitive(span, verb)  # "For 40 hours, they spoke on the bill": the verb and the phrase right after it
    if obj is None:
        return _fronted_infinitive(span, verb)
    rng = _words(doc, verb.i, obj.right_edge.i)
    if rng is None or rng[1] <= obj.i:
        return None
    words, ev = _phrase(doc, rng)
    return f"time {words}", [ev]


_LASTING_VERBS = ("last", "run")


def lasted_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """"Early voting lasts all of ten minutes" -> "length of early voting": a span of time that is
    the object of "last" (or "run", also after "all of"), and the verb's subject, a common noun."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "all":
        root = root.head.head  # "all of ten minutes"
    verb = root.head
    if root.dep_ not in ("dobj", "npadvmod") or verb.pos_ != "VERB" or verb.lemma_.lower() not in _LASTING_VERBS or verb.i > span.start:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or subj.lemma_.lower() in GENERIC_NOUNS:
        return None
    rng = _words(doc := span.doc, subj.left_edge.i, subj.i)
    if rng is None:
        return None
    words, ev = _phrase(doc, rng)
    if doc[rng[0]].is_sent_start and doc[rng[0]].pos_ != "PROPN":
        words = words[:1].lower() + words[1:]
    return f"length of {words}", [ev]


def duration_counts(span, unit: Optional[str]) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """What a span of time measures (see the module docstring), or None."""
    if unit not in TIME_UNITS:
        return None
    return (possessed_counts(span) or between_counts(span) or with_doer(span, spent_counts(span) or done_counts(span)) or place_counts(span)
            or lasted_counts(span) or window_counts(span) or until_counts(span) or money_period(span) or gap_counts(span) or point_counts(span))


#: switch for measuring the rules of session 11 off (hand checks)
OFF = False
#: switch for measuring the rules of session 13 off (hand checks)
OFF13 = False
#: switch for measuring the rule of session 14 off (hand checks)
OFF14 = False


def until_counts(span) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """The time left until an event (session 11): "five days remaining until the Iowa caucuses", "two
    weeks left before the vote" -> "time until the Iowa caucuses"; "the election is 40 days away" ->
    "time until the election" (the subject of "be", a common noun)."""
    doc, k = span.doc, span.end
    if OFF or k >= len(doc) - 1 or doc[k].lower_ not in ("remaining", "left", "away"):
        return None
    if doc[k + 1].lower_ in ("until", "till", "before") and (pobj := next((c for c in doc[k + 1].children if c.dep_ == "pobj"), None)) is not None:
        if pobj.pos_ not in ("NOUN", "PROPN") or pobj.ent_type_ in ("DATE", "TIME", "PERSON"):
            return None
        rng = _words(doc, k + 2, pobj.i)
        if rng is None:
            return None
        words, ev = _phrase(doc, rng)
        return f"time until {words}", sorted([(doc[k + 1].idx, doc[k + 1].idx + len(doc[k + 1].text)), ev])
    verb = span.root.head if span.root.head.lower_ != "away" else span.root.head.head
    if doc[k].lower_ != "away" or not (doc[k + 1].is_punct) or verb.lemma_.lower() != "be":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return None
    rng = _words(doc, subj.left_edge.i, subj.i)
    if rng is None:
        return None
    words, ev = _phrase(doc, rng)
    return f"time until {words[:1].lower() + words[1:] if doc[rng[0]].is_sent_start else words}", [ev]


def fronted_clause_verb(span, verb):
    """The infinitive an active verb takes after a fronted "for" span of time ("For two years, his
    father refused to call him Ted": "call"; session 13), or None."""
    if OFF13 or verb.pos_ != "VERB" or verb.i < span.end or any(c.dep_ in ("nsubjpass", "dobj") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i
                 and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)), None)


def _fronted_infinitive(span, verb) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """"time his father refused to call him Ted": the fronted span of time, the verb's subject (a noun or
    a name, never a pronoun) and the verb with its infinitive."""
    comp = fronted_clause_verb(span, verb)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if comp is None or subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ in NOT_OWNERS:
        return None
    doc = span.doc
    first = subj.left_edge.i
    if any(t.is_punct for t in doc[first : subj.i]) or subj.right_edge.i > subj.i:
        return None
    if any(t.dep_ not in ("aux", "neg", "advmod") for t in doc[subj.i + 1 : verb.i]):
        return None  # something between the subject and its verb
    rng = _words(doc, verb.i, comp.right_edge.i)
    if rng is None or rng[1] <= comp.i:
        return None
    who, who_ev = _phrase(doc, (first, subj.i + 1))
    words, ev = _phrase(doc, rng)
    return f"time {who} {words}", sorted([who_ev, ev])
