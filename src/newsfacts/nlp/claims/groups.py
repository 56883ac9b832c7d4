"""What a share of a group, or a count of people, counts when the text says what they do: the group
with its predicate, in the story's words (``Claim.counts``), not the group alone.

- a share "of" a group that is the subject of a verb: "47 percent of Republicans said they would vote
  for Trump" -> "Republicans who said they would vote for Trump"; "about 90% of the 4,400 rockets were
  intercepted" -> "rockets intercepted"; "more than half of Clinton's support (57 percent) comes from
  women" -> "Clinton's support that comes from women";
- a share "of" a group a participle describes: "three-quarters of precincts tallied" -> "precincts
  tallied";
- a count of people (``claim_people_nouns.tsv``, or a NORP name) that is the subject of a verb, or
  that a relative clause or participle describes: "Two Americans were killed at each location" ->
  "Americans killed at each location", "the 93,522 people who voted for John Edwards" -> "people who
  voted for John Edwards"; not after a verb of speech ("three people familiar with it said": sources).

The predicate ends at the end of its clause (a comma, the next clause, another number), at most ten
words; a predicate cut inside what the verb says gives nothing (the group alone stays).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ... import lexicons
from .durations import TIME_UNITS
from .holders import held_by
from .owners import LEVEL_VERBS
from .specifiers import COUNT_WORDS as _COUNT_WORDS, object_clause, prep_clause, said_they, short_end

_STOP_DEPS = ("cc", "mark", "punct", "advcl", "conj", "relcl", "npadvmod")
_NO_VERBS = ("do", "get")  # "70 percent of voters do": no predicate yet
#: verbs that say what someone does, though listed as verbs of a level ("53 percent of voters remain undecided")
_DOING = frozenset(("be", "come", "remain", "stay", "lose", "gain"))


@lru_cache(maxsize=None)
def people_words() -> dict[str, frozenset]:
    """``claim_people_nouns.tsv``: {"people": nouns of people, "speech": verbs of speech, "object": ...}."""
    out: dict[str, set] = {}
    for row in lexicons.rows("claim_people_nouns.tsv"):
        out.setdefault(row[0], set()).add(row[1])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def object_participles() -> dict[str, str]:
    """``claim_people_nouns.tsv`` ``object`` rows: a verb whose object is the people counted -> its
    participle ("kill" -> "killed")."""
    return {r[1]: r[2] for r in lexicons.rows("claim_people_nouns.tsv") if r[0] == "object" and len(r) > 2}


@lru_cache(maxsize=None)
def share_participles() -> dict[str, str]:
    """``claim_people_nouns.tsv`` ``object`` and ``share_object`` rows: a verb whose object is a
    share of the things counted -> its participle ("intercept" -> "intercepted")."""
    rows = lexicons.rows("claim_people_nouns.tsv")
    return {r[1]: r[2] for r in rows if r[0] in ("object", "share_object") and len(r) > 2}


def _share_done_to(share, found) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """A share that is the object of a verb done to the things it is a share of: "intercepted
    about 90% of the 4,400 rockets" -> "rockets intercepted" (not a verb with a particle: "laid off")."""
    verb = share.head
    participle = share_participles().get(verb.lemma_.lower())
    if share.dep_ != "dobj" or verb.pos_ != "VERB" or participle is None or any(c.dep_ == "prt" for c in verb.children):
        return None
    return f"{found[0]} {participle}", sorted(list(found[1]) + [(verb.idx, verb.idx + len(verb.text))])


def list_goes_on(comma) -> bool:
    """Whether a comma separates names of one list ("Roe, Poe or Doe"), not a clause or an apposition."""
    nxt = comma.doc[comma.i + 1 : comma.i + 4]
    return (comma.head.pos_ in ("NOUN", "PROPN") and any(t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") for t in nxt)
            and not any(t.like_num for t in nxt))


def clause_end(verb, first: int, limit: int = 10) -> Optional[int]:
    """The last token of what ``verb`` says from token ``first`` on, up to a comma or the next
    clause, a quotation that ends it whole ('say he is "not at all responsible"'); None when
    that is cut inside what the verb says (at an unclosed quote, another figure) or longer than
    ``limit`` words."""
    doc = verb.doc
    last, quoted, words, that = first - 1, False, 0, False
    for tok in doc[first : _clause_stop(verb, first) + 1]:
        if _said_that(tok, verb):
            last, words, that = tok.i, words + 1, True  # "said that Wall Street does more ...": read on, to the clause's end
            continue
        if tok.text == "-" and not tok.whitespace_ and not doc[tok.i - 1].whitespace_:
            last = tok.i  # a hyphen inside a word ("foreign-flagged") cuts nothing
            continue
        if tok.is_quote and (quoted or _closes(tok, verb) or _inner_quote(tok, verb)):
            quoted, last = not quoted, tok.i
            continue
        if quoted and not tok.like_num:
            last, words = tok.i, words + (not tok.is_punct)
            continue
        if tok.i > verb.i and (_figure(tok) or tok.dep_ in ("cc", "mark") and tok.head.pos_ in ("VERB", "AUX") or tok.dep_ in _STOP_DEPS and tok.head.i == verb.i
                               or tok.is_punct and (tok.text != "," or not list_goes_on(tok))):
            if that and not tok.is_punct:
                return None  # "said that banks do more to hurt | than to help": what they said, cut
            break  # the next clause ("while 45 percent chose Cruz"); a comma of a list goes on ("Roe, Poe or Doe")
        last, words = tok.i, words + 1
        if words > limit + 1:
            return None
    if quoted:
        return None
    while last > verb.i and doc[last].head.i > last and not doc[last].is_quote:
        last -= 1  # "cleaned the beach last | spring": a word of what was cut
    cut = doc[last + 1] if last + 1 < len(doc) and last + 1 <= verb.right_edge.i else None
    if cut is not None and (_figure(cut) or cut.tag_ == "$" or cut.is_quote or cut.text == "("):
        if (not _figure(cut) and cut.i < verb.right_edge.i
                or any(c.i <= last < c.right_edge.i for c in verb.rights if c.dep_ not in _STOP_DEPS + ("punct",))):
            return None  # cut inside what the verb says ("said Clinton was | 'justified'", "a tax cut of $ | 275,000")
    while last > verb.i and not doc[last].is_quote and (doc[last].dep_ in ("cc", "det", "prep", "punct") or doc[last].is_punct or doc[last].tag_ == "$"):
        last -= 1  # "chose Jones and | 4 percent chose Brown"
    if last < verb.i or sum(not t.is_punct for t in doc[first : last + 1]) > limit:
        return None
    end = next((t.i for t in doc[last + 1 : verb.right_edge.i + 1] if t.text in (".", "!", "?", ";")), verb.right_edge.i + 1)
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative", "acomp") and last < c.i < end for c in verb.rights) or last == verb.i and any(c.dep_ == "prep" for c in verb.rights):
        return None  # the verb without what it takes ('"strongly agree" | that they will ...')
    return last


THAT_OFF = False  #: switch for "said that ..." read as a clause (session 13, second round)


def _said_that(tok, verb) -> bool:
    """Whether ``tok`` is the "that" right after a verb of speech or thought opening what it says."""
    return (not THAT_OFF and tok.i == verb.i + 1 and tok.lower_ == "that" and tok.dep_ == "mark" and tok.head.dep_ == "ccomp"
            and tok.head.head.i == verb.i and verb.lemma_.lower() in people_words()["speech"] | _THINK)


_THINK = frozenset(("think", "believe", "agree", "feel", "expect", "worry", "fear"))


#: switch for the dates read as words of a clause (session 12, second round)
DATES_OFF = False


def _figure(tok) -> bool:
    """Whether a token is a figure that ends a clause: a number, not one of a date ("cast in the March
    12 county convention", "won in 2012")."""
    if not CLAUSES_OFF and tok.like_num and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and not tok.whitespace_ and tok.doc[tok.i + 2].is_alpha:
        return False  # "the three-candidate race": a word, no figure of its own
    return tok.like_num and (DATES_OFF or tok.ent_type_ not in ("DATE", "TIME"))


def _inner_quote(quote, verb) -> bool:
    """Whether an opening quote mark right after ``verb`` closes again before the end of what it says
    ('said "most people in politics" can't be trusted'): a quoted phrase opening the clause, read
    whole (not 'said the mayor was "reckless" in ...', left out as before)."""
    if LISTS_OFF or quote.i != verb.i + 1 or quote.i + 1 >= len(quote.doc) or quote.doc[quote.i + 1].is_punct:
        return False
    end = _close_of(quote, verb)
    return end is not None and end < verb.right_edge.i and end - quote.i <= 8


def _clause_stop(verb, first: int) -> int:
    """The last token the clause may reach: the verb's right edge, or a closing quote right after it."""
    edge = verb.right_edge.i
    opening = next((t for t in verb.doc[first : edge + 1] if t.is_quote), None)
    close = _close_of(opening, verb) if opening is not None else None
    return max(edge, close or edge)


def _closes(quote, verb) -> bool:
    """Whether an opening quote mark is closed again at the end of what ``verb`` says (a quote
    followed by more words of the clause is left out: 'was "justified" in ...')."""
    end = _close_of(quote, verb)
    doc = quote.doc
    return end is not None and (end + 1 >= len(doc) or doc[end + 1].is_punct or doc[end + 1].is_space or doc[end + 1].dep_ in ("cc", "mark"))


def _close_of(quote, verb) -> Optional[int]:
    """The closing quote mark of ``quote`` inside what ``verb`` says or right after it ('"not at all
    responsible."' whose last quote the parse hangs elsewhere)."""
    doc = quote.doc
    edge = verb.right_edge.i
    return next((t.i for t in doc[quote.i + 1 : min(len(doc), edge + 3)] if t.is_quote and (t.i <= edge or all(x.is_punct or x.is_space for x in doc[edge + 1 : t.i]))), None)


def _is_people(noun) -> bool:
    lemma = noun.lemma_.lower()
    return (lemma in people_words()["people"] or noun.ent_type_ == "NORP" and noun.tag_ in ("NNPS", "NNS", "NNP")
            or not MODIFIERS_OFF and lemma in people_words()["role"])


#: plural nouns that name a measure or a span, not things one can count by what they do
_NOT_COUNTABLE = frozenset(("percent", "point", "time", "dollar", "cent", "mile", "pound", "ton", "degree", "figure", "digit"))


def countable(noun) -> bool:
    """Whether a plural common noun a count stands on counts things the text may say more of ("three
    moderates who have led big states", "12 FDIC workstations" a verb compromised): not a unit,
    a span of time or a measure (``countable`` is off for "points", "votes", "days")."""
    if MODIFIERS_OFF:
        return _is_people(noun)
    return _is_people(noun) or (noun.pos_ == "NOUN" and noun.tag_ == "NNS" and not noun.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "DATE", "TIME")
                                and noun.lemma_.lower() not in TIME_UNITS and noun.lemma_.lower() not in _NOT_COUNTABLE)


def longer(counts: Optional[str], words: str) -> bool:
    """Whether ``counts`` is ``words`` with what the text says of them after ("House members who
    voted against the act" for "House members"): the longer phrase stays."""
    if MODIFIERS_OFF or counts is None or not counts.startswith(words + " "):
        return False
    nxt = counts[len(words) + 1 :].split(" ", 1)[0]
    if not CLAUSES_OFF and len(counts[len(words) + 1 :].split()) >= 2:
        return True  # "Syrian refugees President Obama wanted to take in", "Twitter followers of Canova"
    return nxt in ("who", "that", "which", "whose", "whom") or nxt.endswith(("ed", "ing"))


#: switch for measuring the rules of session 11 off (a test and the hand checks set it)
MODIFIERS_OFF = False
#: switch for the clauses of session 13 (infinitives, purposes, objects, what people said they do)
CLAUSES_OFF = False
#: switch for the shares of a list before one verb (session 12)
LISTS_OFF = False
#: switch for "where" clauses and "to" predicates (session 13, second round)
WHERE_OFF = False


def _passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _predicate(verb, first: int, limit: int = 10) -> Optional[tuple[int, int]]:
    """The words of the predicate from ``first`` (the group's end) to its clause's end; a passive's
    auxiliaries left out ("were intercepted" -> "intercepted")."""
    doc = verb.doc
    if not MODIFIERS_OFF and first < verb.i and doc[first - 1].dep_ == "cc":
        sib = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == first), None)
        if sib is not None:  # "89% of young Democrats and 83% of young Republicans endorse ...": the second subject
            first = sib.right_edge.i + 1
    sibs = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass") and c.right_edge.i >= first] if not LISTS_OFF else []
    if sibs and any(t.like_num for t in doc[first : verb.i]) and all(t.text == "," or t.dep_ == "cc" or any(x.left_edge.i <= t.i <= x.right_edge.i for x in sibs) for t in doc[first : verb.i]):
        first = max(x.right_edge.i for x in sibs) + 1  # "45% of Republicans, 28% of independents and 12% of Democrats say ..."
    if not LISTS_OFF and first < verb.i and all(t.text == "," for t in doc[first : verb.i]) and any(
            t.dep_ == "appos" and t.right_edge.i == first - 1 and t.like_num or t.dep_ == "appos" and t.right_edge.i == first - 1 and t.lower_ in ("%", "percent") for t in doc[max(0, first - 4) : first]):
        first = verb.i  # "a third of independents, 35%, agree": the figure again, set off
    if verb.i < first or any(t.is_punct and not t.is_quote or t.like_num for t in doc[first : verb.i]):
        return None  # "Two objectors, Lawrence Joyce and William Graham, had challenged": an aside between
    last = clause_end(verb, first, limit)
    if last is None and not CLAUSES_OFF:
        last = short_end(verb, first, limit)  # "were charged with receiving bribes | from developers who sought ..."
    if last is None:
        return None
    if _passive(verb):
        while first < verb.i and doc[first].dep_ in ("auxpass", "aux"):
            first += 1
    return first, last


def _joined(group: tuple[str, list], doc, first: int, last: int, word: str) -> tuple[str, list[tuple[int, int]]]:
    words = doc[first : last + 1]
    text = f"{group[0]} {word} {words.text}" if word else f"{group[0]} {words.text}"
    return text, sorted(list(group[1]) + [(words.start_char, words.end_char)])


def _described(noun, group, people: bool) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """A relative clause ("people who voted for ...", "missiles Pyongyang fired into the sea",
    "miners whose health care ...") or a participle ("precincts tallied", "delegates needed to
    clinch the nomination") right after the group's words (its noun and the nouns it is of, in, on)."""
    doc = noun.doc
    end = max(e for _, e in group[1])
    after = next((t.i for t in doc[noun.i + 1 : noun.i + 12] if t.idx >= end), noun.i + 1)
    to = doc[after] if after < len(doc) else None
    for child in noun.rights:
        if (not CLAUSES_OFF and child.dep_ in ("acl", "relcl") and child.tag_ == "VB" and to is not None and child.i == after + 1
                and to.lower_ == "to" and to.head.i == child.i):
            last = clause_end(child, to.i)  # "five things to watch in tonight's debate"
            return _joined(group, doc, to.i, last, "") if last is not None else None
        near = 6 if not WHERE_OFF and after < len(doc) and doc[after].lower_ == "where" else 3  # "states where Edison Research has polled"
        if child.dep_ == "relcl" and (people or not MODIFIERS_OFF) and child.i <= after + near:
            rel = doc[after] if after < len(doc) else None
            if rel is None or rel.i != child.left_edge.i or not _relative(rel, child, people):
                return None
            last = clause_end(child, rel.i + 1)
            if last is not None and not MODIFIERS_OFF and any(t.like_num or t.tag_ == "$" for t in doc[last + 1 : last + 5]):
                return None  # "states that vote represent | only 4%": cut before the figure the clause says
            return _joined(group, doc, rel.i, last, "") if last is not None else None
        if child.dep_ == "acl" and child.i == (after if not MODIFIERS_OFF else noun.i + 1) and child.tag_ in ("VBN", "VBG"):
            last = clause_end(child, child.i)
            return _joined(group, doc, child.i, _purpose(child, last), "") if last is not None else None
    return None


def _purpose(verb, last: int) -> int:
    """The end of a participle's clause with the purpose it is for ("delegates needed | to clinch the
    nomination"): an infinitive right after ``last`` that hangs from ``verb``."""
    doc = verb.doc
    if CLAUSES_OFF or last + 2 >= len(doc) or doc[last + 1].lower_ != "to":
        return last
    goal = doc[last + 1].head
    if goal.dep_ not in ("advcl", "xcomp") or goal.head.i != verb.i or goal.i != last + 2:
        return last
    end = clause_end(goal, last + 1)
    return end if end is not None else last


def _share_acl(share, counted, group) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """A participle the parse hangs from the share, right after its group ("56 percent of Americans
    saying they don't like her"): the group with the participle's clause."""
    doc = share.doc
    acl = next((c for c in share.rights if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i == counted.right_edge.i + 1), None)
    if acl is None:
        return None
    last = clause_end(acl, acl.i)
    if last is None or last + 1 < len(doc) and not (doc[last + 1].is_punct and doc[last + 1].text not in ("n’t", "n't") or doc[last + 1].is_space):
        return None  # "saying they do | n’t like her": a misparse cut the clause
    return _joined(group, doc, acl.i, last, "")


def _relative(rel, clause, people: bool) -> bool:
    """Whether ``rel`` opens a relative clause that says which ones: "who"/"that" its subject, or
    (since session 11) "that"/"which"/"whom"/"whose" anywhere in it, or the subject of a clause with no
    relative word ("the 3 missiles Pyongyang fired")."""
    if rel.lower_ in ("who", "that") and rel.head.i == clause.i and rel.dep_ in ("nsubj", "nsubjpass"):
        return True
    if MODIFIERS_OFF:
        return False
    if sum(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) > 1:
        return False  # "the first four states that vote represent ...": a misparse, two subjects
    if rel.lower_ in ("that", "which", "whom", "who"):
        return rel.head.i == clause.i  # not "ask 30 people who they think is ...": a question, no relative
    if rel.lower_ == "whose":
        return rel.head.head.i == clause.i
    if rel.lower_ == "where" and not WHERE_OFF:
        return rel.dep_ == "advmod" and rel.head.i == clause.i  # "the 13 states where pollsters asked voters"
    return rel.dep_ in ("nsubj", "nsubjpass") and rel.head.i == clause.i and rel.pos_ in ("PROPN", "NOUN", "PRON") and clause.i > rel.i


@lru_cache(maxsize=None)
def done_participles() -> dict[str, str]:
    """``claim_participles.tsv``: verb lemma -> the participle that says what was done to the things
    counted ("win" -> "won", "get" -> "received")."""
    return {r[0]: r[1] for r in lexicons.rows("claim_participles.tsv") if len(r) > 1}


#: verbs whose object a count is without saying which ones ("has two advantages", "includes 389 voters")
_NOT_DONE = frozenset(("be", "have", "do", "say", "tell", "include", "need", "represent", "involve", "contain", "comprise",
                       "number", "total", "reach", "exceed", "mean", "cover", "require", "equal", "get", "show", "name",
                       "estimate", "want", "see", "face", "list", "make", "give", "take", "use", "offer", "cite",
                       "count", "tally", "report"))  # "we counted 300 checkpoints": the counting is not what is counted


def _participle(verb) -> Optional[str]:
    """The past participle of a verb whose object a count is, where its form shows it: "compromised",
    "added" (a regular past), "surveyed"; None for an irregular or a light verb (``_NOT_DONE``)."""
    lemma = verb.lemma_.lower()
    if MODIFIERS_OFF or not lemma.isalpha():
        return None
    if lemma in done_participles():
        return done_participles()[lemma]
    if lemma in _NOT_DONE:
        return None
    if verb.tag_ in ("VBD", "VBN") and verb.lower_.endswith("ed") and verb.lower_.startswith(lemma[:3]):
        return verb.lower_
    if verb.tag_ in ("VB", "VBP", "VBZ", "VBG") and lemma.endswith("e") and not lemma.endswith("ee"):
        return lemma + "d"  # "to survey" has no sure form; "to compromise" -> "compromised"
    return None


def _done_to(noun, group, verb=None) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """People counted as the object of a verb of ``object`` rows, with its participle and a
    place or cause after them ("killing 14 people in the attack" -> "people killed in the attack",
    "lose 33,000 people a year to gun violence" -> "people lost to gun violence"); ``verb`` for a count
    word the noun is "of" ("deployed hundreds of volunteers")."""
    verb = noun.head if verb is None else verb
    participle = object_participles().get(verb.lemma_.lower()) or _participle(verb)
    if participle is None or verb.pos_ != "VERB" or any(c.dep_ == "prt" for c in verb.children):
        return None  # "laid off": another verb
    if any(c.dep_ == "conj" and any(o.dep_ == "dobj" and o.like_num for o in c.children) for c in verb.children):
        return None  # "killed 49 people and wounded 53": the second count takes the first one's noun (extract)
    doc = noun.doc
    spans = list(group[1]) + [(verb.idx, verb.idx + len(verb.text))]
    first = group[1][0]
    words = doc.char_span(first[0], first[1], alignment_mode="expand") if first[1] == noun.idx + len(noun.text) else None
    head = words.text if words is not None else group[0]
    rest = group[0][len(head):] if group[0].startswith(head) else ""
    text = f"{head} {participle}{rest}"  # "people in the valley": "people killed in the valley"
    if rest.startswith(" of ") and not MODIFIERS_OFF:
        text = f"{head}{rest} {participle}"  # "pages of Clinton's emails released", not "pages released of ..."
    agent = None if MODIFIERS_OFF else _agent(verb)
    if agent is not None:  # "Trump got 13 million votes": "votes received by Trump"
        text, spans = f"{text} by {agent.text}", spans + [(agent.start_char, agent.end_char)]
    preps = ("in", "at", "during", "to") if verb.lemma_.lower() == "lose" else ("in", "at", "during")  # not "deport X, to his reversals"
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.i > noun.right_edge.i and c.lower_ in preps), None)
    if prep is not None and prep.right_edge.i - prep.i <= 6 and not any(t.like_num or t.is_punct or t.ent_type_ in ("DATE", "TIME") for t in prep.subtree):
        words = doc[prep.i : prep.right_edge.i + 1]
        text, spans = f"{text} {words.text}", spans + [(words.start_char, words.end_char)]
    return text, sorted(spans)


def _agent(verb):
    """The name that is the subject of a verb done to the things counted ("Trump" of "Trump got 13
    million votes"; a person, an organisation, a country or a group), its whole name; None for a
    common noun or a pronoun."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    first = subj.i
    while first > 0 and first - 1 >= subj.left_edge.i and subj.doc[first - 1].pos_ == "PROPN" and subj.doc[first - 1].ent_type_ == subj.ent_type_:
        first -= 1
    return subj.doc[first : subj.i + 1]


#: switch for the ratios read as shares of a group (session 12, second round)
RATIOS_OFF = False


def _ratio(span) -> bool:
    """Whether a span is a ratio "N in M" or "N out of M" of the noun after it ("Six in 10 voters said",
    "seven out of 11 states"): a share of the group, read as one."""
    doc = span.doc
    if RATIOS_OFF or not span[-1].like_num:
        return False
    words = [t.lower_ for t in span if not t.like_num]
    if words in (["in"], ["out", "of"]) and span[0].like_num:
        return True
    k = span.start  # the span is the whole's figure alone: "Six in | 10"
    return (k >= 2 and doc[k - 1].lower_ == "in" and doc[k - 2].like_num
            or k >= 3 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ == "out" and doc[k - 3].like_num)


def group_counts(counted, span, found) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """The group a share is of, or the people a count counts, with what the text says they do
    (see the module docstring); None when the text says nothing more than the group."""
    doc = span.doc
    share = span.root
    if share.pos_ not in ("NUM", "NOUN") or share.lemma_.lower() in TIME_UNITS:
        return None  # "A week of traffic jams": a span of time, no share
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.i == share.i and counted.i >= span.end:
        people = _is_people(counted) or counted.ent_type_ == "NORP"
    elif (not LISTS_OFF and share.dep_ == "appos" and share.head.i != counted.i and counted.dep_ == "pobj" and counted.head.lower_ == "of"
          and counted.head.head.i == share.head.i and share.head.dep_ in ("nsubj", "nsubjpass")):
        share, people = share.head, _is_people(counted) or counted.ent_type_ == "NORP"  # "a third of independents, 35%, agree"
    elif share.dep_ == "appos" and share.head.i == counted.i and counted.dep_ == "pobj" and counted.head.lower_ == "of":
        share, people = counted.head.head, _is_people(counted)  # "half of Clinton's support (57 percent) comes from women"
    elif (counted.i >= span.end and share.head.i == counted.i and share.dep_ in ("nummod", "compound", "amod")
          and (countable(counted) or not MODIFIERS_OFF and counted.lemma_.lower() in ("majority", "plurality", "minority"))
          and (not (span.start >= 2 and doc[span.start - 1].lower_ in ("in", "of") and doc[span.start - 2].like_num) or _ratio(span))
          and (not any(t.lower_ in ("in", "of", "out") for t in span) or _ratio(span))):  # "1 in 5 adults": a ratio's whole
        share, people = counted, _is_people(counted)  # "Two Americans were killed", "three moderates who have led big states"
    else:
        return None
    poss = next((c for c in counted.lefts if c.dep_ == "poss" and c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")), None)
    if poss is not None and found[0] == doc[poss.right_edge.i + 1 : counted.i + 1].text:
        words = doc[poss.left_edge.i : counted.i + 1]  # "half of Clinton's support": Clinton's
        found = words.text, [(words.start_char, words.end_char)]
    described = _described(counted, found, people)
    if described is None and share.i != counted.i and not LISTS_OFF:
        described = _share_acl(share, counted, found)  # "with 56 percent of Americans saying they don't like her"
    if share.dep_ == "dobj" and share.i != counted.i:
        done = _share_done_to(share, described or found)  # "intercepted 80% of the shells fired at X"
        if done is not None:
            return done
    if described is not None:
        return described
    if share.dep_ == "dobj" and share.i != counted.i and people and not WHERE_OFF:
        described = object_clause(counted, found, share.head, _NOT_DONE)  # "Romney won 60 percent of white voters"
        if described is not None:
            return described
    verb = share.head
    if share.i == counted.i and share.dep_ == "appos":
        return held_by(counted, found, _agent)  # "Both Florida, 99 delegates, and Ohio, 66 delegates"
    if share.i == counted.i and share.dep_ in ("dobj", "pobj"):  # "Clinton has 866 delegates", "leads with 182 delegates"
        clause = None if CLAUSES_OFF else object_clause(counted, found, verb, _NOT_DONE) if share.dep_ == "dobj" else prep_clause(counted, found, _NOT_DONE)
        return (_done_to(counted, found) if share.dep_ == "dobj" else None) or held_by(counted, found, _agent) or clause
    if (share.dep_ == "dobj" and share.i != counted.i and not CLAUSES_OFF and share.tag_ == "NNS" and share.lemma_.lower() in _COUNT_WORDS
            and countable(counted) and not any(c.dep_ in ("xcomp", "ccomp", "oprd", "acl") and c.i > counted.i for c in list(verb.children) + list(counted.children) + list(share.children))):  # not "hundreds of times", "left thousands of residents waiting"
        return _done_to(counted, found, verb) or object_clause(counted, found, verb, _NOT_DONE)  # "deployed hundreds of volunteers"
    dep = share.dep_
    if dep == "conj" and share.head.dep_ in ("nsubj", "nsubjpass") and share.i != counted.i and not MODIFIERS_OFF:
        verb, dep = share.head.head, share.head.dep_  # "25 percent of voters and two-fifths of Independents are ..."
    top = share
    while not LISTS_OFF and share.i != counted.i and top.dep_ in ("conj", "appos") and top.head.i < top.i and top.i - top.head.i <= 12 and any(
            c.dep_ == "nummod" or c.like_num for c in top.head.children) | top.head.like_num:
        top = top.head  # "41% of farmers, 33% of teachers and 12% of nurses say ...": the list's first share
    if top.i != share.i and top.dep_ in ("nsubj", "nsubjpass"):
        verb, dep = top.head, top.dep_
    if dep not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _NO_VERBS or verb.lemma_.lower() in LEVEL_VERBS - _DOING:
        return None
    if share.i == counted.i and verb.lemma_.lower() in people_words()["speech"] and not _ratio(span):
        return None if CLAUSES_OFF else said_they(counted, found, verb, clause_end)  # "three people familiar with the talks said": sources
    if verb.lemma_.lower() == "have" and not any(c.dep_ == "dobj" and not c.like_num for c in verb.rights):
        return None  # "have" without what they have
    if verb.lemma_.lower() == "be" and not any(c.dep_ in ("acomp", "attr") and not any(_figure(t) if not CLAUSES_OFF else t.like_num for t in c.subtree) for c in verb.rights):
        return None
    if verb.lemma_.lower() == "be" and not MODIFIERS_OFF and any(c.dep_ in ("acomp", "attr") and c.lower_ in ("same", "different", "similar") for c in verb.rights):
        return None  # "the top two candidates are the same as in Iowa": a comparison, not which ones
    first = max(counted.right_edge.i, span.end - 1, doc[share.right_edge.i].i) + 1
    got = _predicate(verb, first, 16 if share.i != counted.i and not MODIFIERS_OFF else 10)  # "52 percent of voters say they would ..."
    if got is None:
        return None
    bare = _passive(verb) or (verb.tag_ == "VBG" or any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children)) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)  # "with 60 percent of ballots counted", "people coming into the party"
    word = "" if bare else ("who" if people else "that")  # "millions of people coming into the party"
    if not WHERE_OFF and doc[got[0]].tag_ in ("TO", "VBG"):
        word = ""  # "get thousands of residents to return": no "who to return"; "four states having voted": no "that having"
    return _joined(found, doc, got[0], got[1], word)
