"""What a count or a share of things counts when its ``counts`` is a general noun alone and the
sentence says which ones (session 14, issue #20): one rule from the parse for every counted noun,
applied after every other rule (:func:`specify_counts`).

For a claim whose ``counts`` is only its counted noun with the words before it ("others", "states",
"Democrat U.S. senators"), or a noun carried from an earlier count ("Sanders will gain at least 24"
after "delegates"), the phrase grows, in the story's words, with:

1. the words after the noun that say which ones: its "of", "in", "on", "from", "at", "with" ...
   phrases, a relative clause or a participle ("dozens of Democrats on Capitol Hill who at least said
   they were pro-life", "endorsements from current and former Republican governors");
2. when they hold no clause, the clause the noun (or the share or count word it is "of") stands in:
   - its subject's predicate: "150 others were there for evening prayers" -> "others who were there
     for evening prayers", "over half the states have set a higher amount" -> "states that have set a
     higher amount" (not a level "be" with a figure, not "do", not a verb of speech with a count of
     people: "three people familiar with the talks said" are sources);
   - the object of a verb with its doer, a noun or a name: "Kasich picked up all 66 of the state's
     delegates" -> "the state's delegates Kasich picked up"; "Sanders will gain at least 24" ->
     "delegates Sanders will gain"; with a pronoun doer a regular past participle: "he has rolled out
     dozens of endorsements" -> "endorsements rolled out";
   - the object of a verb's preposition with the doer: "Rubio left the race with 163" -> "delegates
     Rubio left the race with";
   - "it takes" or "needs" a count "to" do something: "It takes 1,237 delegates to win the
     nomination" -> "delegates needed to win the nomination".

Never more than :data:`CAP` words in all, never a clause cut inside what it says (another figure, a
quotation), never a word of the number itself; the evidence is the spans of the words used. Word lists: the
``general_*`` rows of ``lexicons/claims_counts_clauses.tsv`` (:func:`.specifiers.clause_words`).
"""

from __future__ import annotations

import re
from typing import Optional

from . import groups, holders, specifiers
from .description import counted_noun, noun_phrase
from .durations import GENERIC_NOUNS, TIME_UNITS
from .groups import clause_end, list_goes_on, people_words
from .money_general import general_money
from .owners import LEVEL_VERBS

#: switch for measuring the rule off (tests and hand checks set it)
OFF = False
#: switch for a personal pronoun as the doer ("remaining delegates he would need to win"), measured apart
PRONOUNS_OFF = False
_PERSONAL = frozenset(("he", "she", "they", "we"))
#: the most words a phrase may have
CAP = 16

_WORDS = specifiers.clause_words()  # ``claims_counts_clauses.tsv``, ``general_*`` rows
_POST_PREPS = frozenset(_WORDS.get("general_prep", {}))
#: verbs whose object a count is without saying which ones
_LIGHT = frozenset(_WORDS.get("general_light", {}))
_NEED = frozenset(_WORDS.get("general_need", {}))
_NO_SUBJECT_VERBS = frozenset(_WORDS.get("general_nosubject", {}))
#: light verbs that say which part of a whole a share that is their object is ("made up 36 percent of")
_SHARE_VERBS = frozenset(_WORDS.get("general_share_verb", {}))
#: switch for the session-15 share rules (singular wholes, share verbs, a doer with an aside), measured apart
SHARES_OFF = False
#: entity labels of another figure in a phrase ("thousands of shooting victims")
_FIGURES = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_PAIR_RE = re.compile(r"\d\s*(?:to|-|\u2013)\s*\d")
_POSS_RE = re.compile(r"^(?:[A-Z][\w.\-]*\s){0,3}[A-Z][\w.\-]*(?:'s|\u2019s|')\s+(?=\S)")


def _clean(words) -> bool:
    """Whether a stretch of tokens may stand in a phrase: no figure (a date's is fine), no quotation, no
    bracket, no punctuation but a hyphen inside a word or a comma of a list."""
    for t in words:
        if t.like_num and t.ent_type_ not in ("DATE", "TIME") or t.is_quote or t.text in ("(", ")", "[", "]", "$", "%", ";", ":", "--", "—", "–"):
            return False
        if t.ent_type_ in _FIGURES or "[" in t.text or "]" in t.text:
            return False  # (the lead, session 14) "thousands of shooting victims", "[W]e": another figure, a bracket
        if t.is_punct and t.text not in ("-", ",") or t.text == "," and not list_goes_on(t):
            return False
    return True


def _n(words: str) -> int:
    return len(words.split())


def _after_noun(noun, found: str):
    """The phrases after the noun that say which ones (step 1): ``(tokens or None, has a clause)``."""
    doc = noun.doc
    last, clause = noun.i, False
    for child in noun.rights:
        if child.left_edge.i != last + 1:
            break
        if child.dep_ == "prep" and child.lower_ in _POST_PREPS or child.dep_ in ("relcl", "acl"):
            end = child.right_edge.i
            if end - child.left_edge.i > CAP:
                break  # (a phrase heading a huge stretch is never walked whole)
            if child.dep_ in ("relcl", "acl"):  # "states voting Tuesday | support ...": up to the clause's end only
                verb = child if child.pos_ in ("VERB", "AUX") else None
                end = clause_end(verb, child.left_edge.i, 10) if verb is not None and child.left_edge.i > noun.i else None
                if end is None or end < child.right_edge.i and not doc[end + 1].is_punct:
                    break
            sub = doc[child.left_edge.i : end + 1]
            if not _clean(sub) or _n(found) + len(sub) > CAP:
                break
            last, clause = end, clause or child.dep_ in ("relcl", "acl") or any(t.dep_ in ("relcl", "acl") for t in sub)
        else:
            break
    if last == noun.i:
        return None, False
    while last > noun.i and (doc[last].dep_ in ("cc", "prep", "det") or doc[last].is_punct):
        last -= 1
    return (doc[noun.i + 1 : last + 1] if last > noun.i else None), clause


def _doer(verb):
    """The subject of ``verb`` or of the verb it is the complement of ("will gain", "wanted to take in"),
    with the indices of the verbs between; ``(None, ...)`` when there is none."""
    v, chain = verb, {verb.i}
    for _ in range(3):
        subj = max((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and c.ent_type_ not in ("DATE", "TIME")),
                   key=lambda c: c.i, default=None)  # "9:15 p.m. | By winning ..., John Kasich picked up": the nearest
        if subj is not None:
            return subj, chain
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return None, chain
        if v.dep_ not in ("xcomp", "conj") or v.head.pos_ not in ("VERB", "AUX") or v.head.i > v.i:
            return None, chain
        v = v.head
        chain.add(v.i)
    return None, chain


def _doer_words(verb, last: int):
    """The words from the doer of ``verb`` to token ``last`` ("Sanders will gain"), one short clause, or None."""
    doer, chain = _doer(verb)
    if doer is None or not (doer.pos_ in ("NOUN", "PROPN") or not PRONOUNS_OFF and doer.lower_ in _PERSONAL) or doer.ent_type_ in ("DATE", "TIME") or doer.lemma_.lower() in GENERIC_NOUNS:
        return None  # "That number follows 292,000 in June": a figure, not who did it
    doc = verb.doc
    words = doc[doer.left_edge.i : last + 1]
    if (len(words) > 9 or not _clean(words) or any(t.is_punct for t in words)
            or any(t.dep_ in ("mark", "relcl", "advcl", "ccomp") and t.i not in chain for t in words)
            or any(t.dep_ == "cc" and t.head.pos_ != "VERB" for t in words)
            or any(t.pos_ == "PRON" for t in doc[doer.right_edge.i + 1 : last + 1])):
        return None if SHARES_OFF else _set_off_doer(doer, chain, last)
    if (words[0].pos_ in ("DET", "ADJ", "PRON") or words[0].is_sent_start and words[0].pos_ == "NOUN" and not words[0].ent_type_) and words[0].text[:1].isupper():
        return words, words.text[:1].lower() + words.text[1:]
    return words, words.text


def _set_off_doer(doer, chain: set, last: int):
    """The doer without an aside set off after it ("Sen. Ted Cruz (who has 231 delegates) must win",
    "Democratic superdelegates, on the other hand, make up"): ``((doer's words, verb's words), text)``
    when the doer is its words before it and the verb is its auxiliaries, "to" and particle alone."""
    doc = doer.doc
    head = doc[doer.left_edge.i : doer.i + 1]
    after = doer.right_edge.i + 1
    if after > last or not doc[after].is_punct and doc[after].dep_ not in ("relcl", "acl", "appos", "prep"):
        return None  # no aside: the long form failed for another reason
    verbs = [t for t in doc[after : last + 1] if t.i in chain]
    if not verbs or len(head) > 5 or not _clean(head) or any(t.is_punct or t.pos_ == "PRON" for t in head):
        return None
    first = min([verbs[0].i] + [c.i for v in verbs for c in v.children if c.dep_ in ("aux", "neg") and c.i > doer.right_edge.i])
    tail = doc[first : last + 1]
    if len(tail) > 5 or any(not (t.i in chain or t.dep_ in ("aux", "neg", "prt") and t.head.i in chain) for t in tail):
        return None
    text = head.text + " " + tail.text
    if head[0].pos_ == "DET" and head[0].text[:1].isupper():  # "The party" -> "the party", not "democratic superdelegates"
        text = text[:1].lower() + text[1:]
    return (head, tail), text


def _participle(verb) -> Optional[str]:
    """A regular past participle of ``verb`` the text shows ("rolled", "backed"), or None."""
    lemma = verb.lemma_.lower()
    if not lemma.isalpha() or lemma in _LIGHT or not verb.lower_.endswith("ed") or not verb.lower_.startswith(lemma[:3]):
        return None
    return verb.lower_


def _people(noun) -> bool:
    words = people_words()
    return noun.lemma_.lower() in words["people"] | words.get("role", frozenset()) or noun.ent_type_ == "NORP"


def _subject_clause(anchor, noun, first: int):
    """The predicate of a subject (step 2): ``(word, tokens)``."""
    verb = anchor.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or verb.i < first or lemma in _NO_SUBJECT_VERBS:
        return None
    if lemma in people_words()["speech"] and anchor.i == noun.i and not any(c.dep_ == "xcomp" for c in verb.rights):
        return None  # "three people familiar with the talks said": sources (not "four senators claim to object")
    doc = noun.doc
    if any(not (t.dep_ in ("aux", "auxpass", "neg", "advmod") and t.head.i == verb.i) for t in doc[first : verb.i]):
        return None  # an aside between the group and its verb
    if lemma in LEVEL_VERBS and lemma != "be":
        return None  # "support rose to 47 percent": a level, another rule's
    if lemma == "be" and not any(c.dep_ in ("acomp", "attr", "advmod", "prep") and c.i > verb.i and not any(x.like_num for x in doc[c.i : min(c.right_edge.i, c.i + 12) + 1])
                                 for c in verb.children):
        return None
    if lemma == "have" and not any(c.dep_ == "dobj" and not c.like_num for c in verb.rights):
        return None
    last = clause_end(verb, first, 12)
    if last is None or last < verb.i:
        return None
    words = doc[first : last + 1]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        while words and words[0].dep_ in ("aux", "auxpass"):
            words = doc[words.start + 1 : words.end]
    return ("" if passive else "who" if _people(noun) else "that"), words


def _object_clause(anchor, found_words: str, need_noun: bool, share: bool = False):
    """The doer and verb of an object, or of a verb's preposition's object, or "needed to ..." (step 2)."""
    doc = anchor.doc
    prep = None
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.head.pos_ == "VERB" and anchor.head.head.i < anchor.head.i:
        prep, verb = anchor.head, anchor.head.head
    elif anchor.dep_ == "dobj" and anchor.head.pos_ == "VERB" and anchor.head.i < anchor.i:
        verb = anchor.head
    else:
        return None
    lemma = verb.lemma_.lower()
    prt = next((c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1), None)
    if prep is None and lemma in _NEED:
        goal = next((c for c in verb.rights if c.dep_ in ("xcomp", "advcl") and c.i > anchor.right_edge.i and doc[c.i - 1].lower_ == "to"), None)
        last = clause_end(goal, goal.i, 10) if goal is not None else None
        if last is None:
            return None
        words = doc[goal.i - 1 : last + 1]
        return ("needed", words) if _clean(words) else None
    if any(c.dep_ == "conj" and c.i > anchor.i and any(t.like_num for t in doc[c.left_edge.i : min(c.right_edge.i, c.i + 12) + 1])
           for c in list(anchor.children) + list(verb.children)):
        return None  # "carried 70 percent of Hispanic voters and 40 percent of ...": a list, read alike (the older rule)
    if lemma in LEVEL_VERBS and prep is not None:
        return None  # "came to 2 percent of the drivers", "held rates near zero": a level, not what was done to them
    if lemma in _LIGHT and not (lemma == "have" and not need_noun) and not (share and lemma in _SHARE_VERBS and not SHARES_OFF) or any(c.dep_ in ("xcomp", "ccomp", "oprd") and c.i > anchor.i for c in verb.children):
        return None  # "left 30 residents waiting"; "has" only for a count whose noun was carried ("Kasich has 129")
    between = doc[verb.i + 1 : (prep.i if prep is not None else anchor.left_edge.i)]  # not the number's own words ("65 | %")
    if len(between) > 8 or any(t.is_punct or t.like_num for t in between):
        return None
    if prep is not None and any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "\u2019s") for c in verb.children):
        return None  # (the lead) "we are reminded of millions of refugees": a passive's subject did nothing to them
    last = (prep.i if prep is not None else prt.i if prt is not None else verb.i)
    got = _doer_words(verb, last)
    if got is not None:
        return "", got[0], got[1]
    part = _participle(verb) if prep is None else None
    if part is None or _doer(verb)[0] is None and verb.dep_ not in ("ROOT", "conj", "ccomp", "advcl"):
        return None
    words = doc[verb.i : last + 1]
    return "", words, part + (" " + prt.text if prt is not None else "")


def _join(found, extra: list) -> tuple[str, list[tuple[int, int]]]:
    words, spans = found[0], list(found[1])
    for word, toks, *text in extra:
        said = text[0] if text else toks.text
        words = f"{words} {word} {said}" if word else f"{words} {said}"
        spans.extend((t.start_char, t.end_char) for t in (toks if isinstance(toks, tuple) else (toks,)))  # a doer set off: two spans
    return words, sorted(set(spans))


def _anchor(counted, span):
    """The token whose place in the clause tells which ones: the share or count word the noun is "of"
    ("66 of the state's delegates" -> 66), else the noun."""
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and span.start <= counted.head.head.i < span.end:
        return counted.head.head
    return counted


def noun_clause(span, counted, found, bare: bool = True) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``(counts, evidence)`` grown from a general noun alone (see the module docstring), or None;
    ``bare``: False when ``found`` already holds the phrases after the noun (step 2 only)."""
    if OFF:
        return None
    extra = []
    after, clause = _after_noun(counted, found[0]) if bare else (None, False)
    if after is not None:
        extra.append(("", after))
    if not clause:
        anchor = _anchor(counted, span)
        first = max(counted.right_edge.i, anchor.right_edge.i if anchor.i != counted.i else counted.i, span.end - 1) + 1
        got = None
        if anchor.dep_ in ("nsubj", "nsubjpass"):
            got = _subject_clause(anchor, counted, first)
            if got is not None:
                extra.append(got)  # "others | who were there for evening prayers"
        elif anchor.dep_ in ("dobj", "pobj"):
            got = _object_clause(anchor, found[0], True, anchor.i != counted.i)
            if got is not None and counted.tag_ == "NN" and (anchor.head.lemma_.lower() not in _SHARE_VERBS - {"get", "take"} or anchor.dep_ != "dobj"):
                got = None  # a singular whole only with a verb of making up ("got 30 percent of the market": another rule's)
            if got is not None:
                extra.append(got)
    if not extra:
        return None
    out = _join(found, extra)
    return out if _n(out[0]) <= CAP else None


def carried_clause(span, found) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """A bare count whose noun was carried from an earlier count ("Sanders will gain at least 24"
    after "delegates"): the noun without the earlier holder's name, with this count's clause."""
    if OFF:
        return None
    words = _POSS_RE.sub("", found[0])
    before = span.doc.char_span(found[1][-1][0], found[1][-1][1], alignment_mode="expand")
    if _n(words) > 3 or before is None or not any(c.dep_ == "nummod" or c.like_num for c in before.root.children):
        return None  # the noun of an earlier count ("370 delegates"), not any noun before it ("held interest rates near zero")
    anchor = span.root
    got = _object_clause(anchor, words, False) if anchor.dep_ in ("dobj", "pobj") else None
    if got is None:
        got = _name_before(span)  # "Kasich has 129 and ...": the parse lost the object, the words say it
    if got is None and words != found[0]:
        got = ("", None)  # "Ted Cruz's delegates" carried to another holder's count: the noun alone
    if got is None:
        return None
    s, e = found[1][-1]
    noun = span.doc.char_span(e - len(words), e) if e - s >= len(words) else None
    if noun is None or noun.text != words:
        return None
    return _join((words, [(e - len(words), e)]), [got] if got[1] is not None else [])  # the noun's own words, not the earlier holder's name


_HOLD = frozenset(_WORDS.get("general_hold", {}))


def _name_before(span):
    """A name and a verb of holding right before a bare count ("Kasich has | 129"): ``("", tokens)``."""
    doc, k = span.doc, span.start
    while k > 0 and doc[k - 1].dep_ in ("quantmod", "advmod") and doc[k - 1].head.i in range(span.start, span.end):
        k -= 1
    if k < 2 or doc[k - 1].lemma_.lower() not in _HOLD or doc[k - 1].pos_ not in ("VERB", "AUX") or doc[k - 2].pos_ != "PROPN":
        return None
    first = k - 2
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].ent_type_ == doc[k - 2].ent_type_:
        first -= 1
    return "", doc[first : k]


def _bare(counted, found, share: bool = False) -> bool:
    """Whether ``counts`` is the counted noun with only the words before it ("Democrat U.S. senators");
    ``share``: the claim is a share of the noun, which may be singular ("36 percent of the electorate")."""
    words, spans = found
    if counted is None or len(spans) != 1 or spans[0][1] != counted.idx + len(counted.text):
        return False
    np = noun_phrase(counted).lower()
    return (words.lower().endswith(np) or np.endswith(words.lower())) and _n(words) <= _n(np) + 1 and (
        counted.tag_ in ("NNS", "NNPS") or counted.ent_type_ == "NORP" or share and counted.tag_ == "NN" and not SHARES_OFF)


#: switch for the clause after the last noun of an of-phrase (measured apart)
OWNER_CLAUSE_OFF = False


def _owner_clause(counted, found) -> Optional[tuple[str, list[tuple[int, int]]]]:
    """``counts`` ending with the noun an "of" phrase of the counted noun names, which a relative clause
    or participle right after describes: "pages of emails" -> "pages of emails that Mrs. Roe had given
    to the agency" (the clause read whole, at most ten words)."""
    words, spans = found
    doc = counted.doc
    last = doc.char_span(spans[-1][0], spans[-1][1], alignment_mode="expand") if spans else None
    if last is None or not words.endswith(last.text) or last.root.pos_ != "NOUN" or last.end != last.root.i + 1:
        return None
    owner = last.root
    if not (counted.i < owner.i <= counted.right_edge.i) or owner.head.dep_ != "prep" or owner.head.lower_ != "of" or owner.head.head.i != counted.i:
        return None
    clause = next((c for c in owner.rights if c.dep_ in ("relcl", "acl") and c.left_edge.i == owner.i + 1), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    end = clause_end(clause, clause.left_edge.i, 10)
    if end is None or end < clause.right_edge.i and not doc[end + 1].is_punct:
        return None  # cut inside what the clause says (an aside after a comma may go)
    sub = doc[clause.left_edge.i : end + 1]
    if not _clean(sub) or _n(words) + len(sub) > CAP:
        return None
    return _join(found, [("", sub)])


def _with_phrases(counted, found) -> bool:
    """Whether ``counts`` is the counted noun and the phrases after it, no clause ("states in the South"):
    every span inside the noun's phrase, the last ending where it ends, no verb among its words."""
    words, spans = found
    doc = counted.doc
    first, last = doc[counted.left_edge.i], doc[counted.right_edge.i]
    if any(b[0] - a[1] > 6 for a, b in zip(spans, spans[1:])):
        return False  # words picked out of a longer stretch ("emails from | her private server “| top secret")
    if not spans or spans[-1][1] != last.idx + len(last.text) or any(s < first.idx for s, _e in spans) or not (
            counted.tag_ in ("NNS", "NNPS") or counted.ent_type_ == "NORP"):
        return False
    said = [doc.char_span(s, e, alignment_mode="expand") for s, e in spans]
    if any(x is None for x in said) or " ".join(x.text for x in said) != words:
        return False  # a phrase not made of its spans' words
    if counted.right_edge.i - counted.i > 12:
        return False
    return not any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("relcl", "acl") for t in doc[counted.i : counted.right_edge.i + 1]) and _n(words) <= 10


def specify_counts(doc, infos) -> None:
    """Grow every general noun alone into what the sentence says of it (see the module docstring); a
    post-pass over the claims of one document (``ClaimInfo`` objects, in text order)."""
    general_money(doc, infos)  # "reallocated $81 million from ...": a sum no money rule filled (session 15)
    if OFF or groups.MODIFIERS_OFF or groups.CLAUSES_OFF or groups.WHERE_OFF or specifiers.OFF or holders.OFF:
        return  # the older clause rules switched off for a measure: this one, which stands on them, too
    for info in infos:
        c = info.claim
        if not c.counts or c.unit not in (None, "percent") or c.tally or _PAIR_RE.search(c.text):
            continue  # "4 to 4", "19-15": a tally or a pair, another rule's
        span = doc.char_span(c.evidence[0][0], c.evidence[0][1], alignment_mode="expand")
        if span is None:
            continue
        counted, _of = counted_noun(span)
        if counted is not None and counted.lemma_.lower() in TIME_UNITS or c.counts.startswith(("time ", "age of ", "distance ")):
            continue  # "a day at home": a span of time, the durations' rule
        found = (c.counts, [tuple(s) for s in c.counts_evidence])
        got = None
        share = (counted is not None and _anchor(counted, span).i != counted.i and (c.unit == "percent" or c.value is not None and 0 < c.value < 1)
                 and counted.lemma_.lower() != "time")  # "half of her time in Ohio": the time rules'
        if counted is not None and _bare(counted, found, share):
            got = noun_clause(span, counted, found)
        elif counted is not None and _with_phrases(counted, found):
            got = noun_clause(span, counted, found, bare=False)  # "states in the South | that have set ..."
        elif counted is not None and not OWNER_CLAUSE_OFF:
            got = _owner_clause(counted, found)  # "pages of emails | that Mrs. Roe had given to the agency"
        elif counted is None and c.unit is None and found[1] and found[1][0][1] < span.start_char and span.root.like_num:
            got = carried_clause(span, found)
        if got is not None:
            c.counts, c.counts_evidence = got
