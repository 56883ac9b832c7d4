"""Shapes of the clause around a number or a report cue, read off the parse for the claimant
rules (:mod:`newsfacts.nlp.claims.claimants`): asides of the writer, negated and hypothetical
cues, quotation marks, participles and parentheticals that go on with what a verb reports."""

from __future__ import annotations


def aside(tok) -> bool:
    """A relative clause set off by a comma, a dash or a parenthesis ("the state, where 18
    electoral votes are up for grabs"): the writer's aside."""
    return tok.dep_ == "relcl" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text in (",", "(", "-", "\u2014", "\u2013")


def aside_above(tok, stop: int, place_or_time: bool = True) -> bool:
    """Whether an aside lies on the way from ``tok`` up to the token ``stop`` (or the root);
    with ``place_or_time``, only one of place or time: "the state, where ...", "in 2009, when
    ..." (a "who" or "which" clause may be the source's own words: "her niece, who had spent
    two years in Pakistan")."""
    for _ in range(20):
        if tok.i == stop or tok.head.i == tok.i:
            return False
        if aside(tok) and (not place_or_time or any(c.lower_ in ("where", "when") and c.i < tok.i for c in tok.children)):
            return True
        tok = tok.head
    return False


def named_share(tok) -> bool:
    """A number that is itself the object of a verb naming it something ("called half of
    his supporters 'deplorables'", "called 60 percent of the bill wasteful"): the share is
    part of what the subject says (not a number describing the object: "called the
    40-year-old man a loser")."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.pos_ == "VERB" and any(c.dep_ in ("oprd", "xcomp") and c.i > tok.i for c in verb.children)


def participle(verb) -> bool:
    """An "-ing" clause with no subject or conjunction of its own that goes on with what the
    verb above shows ("a poll showed Clinton with a lead, earning 51 percent")."""
    return verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def continues_saying(verb) -> bool:
    """A verb the parse coordinated with a verb of saying that continues what was said: no
    subject of its own, a modal after the speech verb ("The Tax Policy Center says it would
    depress revenue ..., but would eventually add $84 billion")."""
    return (verb.i > verb.head.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "will", "may") for c in verb.children))


def parenthetical(verb, child) -> bool:
    """Whether ``verb`` is a cue set off by commas inside the sentence it reports ("These
    employees, Stumpf explained earlier, were well-paid, making ..."), the parse's root, and
    ``child`` lies outside the commas."""
    if verb.dep_ != "ROOT":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    doc = verb.doc
    if subj is None or subj.left_edge.i < 2 or doc[subj.left_edge.i - 1].text != ",":
        return False
    close = next((t.i for t in doc[verb.i + 1 : verb.i + 12] if t.text == ","), None)
    return close is not None and (child.i > close or child.right_edge.i < subj.left_edge.i - 1)


def quoted(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` is inside quotation marks opened after ``start``."""
    between = text[start:pos]
    if between.count("\u201c") > between.count("\u201d"):
        return True
    return between.count('"') % 2 == 1 or between.count("''") % 2 == 1


def negated(verb) -> bool:
    """A verb with "not" or "never"."""
    return any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "never" for c in verb.children)


def hypothetical(verb) -> bool:
    """A verb in an "if"/"unless" clause, or coordinated with one."""
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in v.children):
            return True
    return False


def relative_antecedent(pron):
    """The noun a relative pronoun stands for: the head of the relative clause above it, else,
    when the parse attached the clause elsewhere ("turned to the Police Department which
    reported ...": an adverbial clause of "turned"), the noun right before "which" or "who"
    (a comma or dash between), or None."""
    clause = next((t for t in (pron.head, *pron.head.ancestors) if t.dep_ == "relcl"), None)
    if clause is not None:
        return clause.head if clause.head.pos_ in ("NOUN", "PROPN") else None
    if pron.lower_ not in ("which", "who") or pron.tag_ not in ("WDT", "WP") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    i = pron.i - 1
    if i >= 0 and pron.doc[i].text in (",", "-", "\u2013", "\u2014"):
        i -= 1
    prev = pron.doc[i] if i >= 0 else None
    if prev is None or prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ in ("compound", "nmod"):
        return None
    return prev
