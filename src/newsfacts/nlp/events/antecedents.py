"""Antecedent helpers for pronoun resolution (used by :mod:`.actors`): where a relative
clause hangs, a cataphoric main-clause subject, the nearest fitting mention, a possessive's own
clause subject, gender and family filters, and which object of a verb controls its infinitive.
None of them reads the sides of a phrase, so this module imports nothing from ``actors``."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Ctx, OBJ, Span, SUBJ
from .lexicon import actor_words, event_words, preps
from .names import pronoun_gender
from .parties import below_country
from .syntax import pobjs, token_after


UNNAMED = ("", (0, 0))  # what actors' subject search returns for a person named by no entity
COPULA_FORMS = {"'s", "\u2019s", "is", "was", "'", "\u2019"}


def relative_antecedent(tok: Token) -> Optional[Token]:
    """The noun a relative clause containing ``tok`` modifies, or None."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "relcl":
            ante = cur.head
            if ante.dep_ == "appos" and ante.head.pos_ == "PROPN" and any(c.dep_ == "det" for c in ante.children):
                return ante.head  # "Bob Corker, a Tennessee Republican who has met X": Corker, not the party
            return _agreeing_conjunct(ante, cur)
        if cur.head == cur:
            return None
        cur = cur.head
    return None


SINGULAR_AUX = {"has", "is", "was", "does"}


def _agreeing_conjunct(ante: Token, verb: Token) -> Token:
    """"Trump and Cruz, who has opposed X": a relative clause hung on the first of a coordination
    whose verb is singular (VBZ, or has/is/was/does) is about the last conjunct just before it;
    with a plural or tenseless verb the parse's first conjunct stays."""
    conj = [c for c in ante.conjuncts if c.i > ante.i]
    if not conj or verb.i < conj[-1].i:
        return ante
    singular = verb.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in SINGULAR_AUX for c in verb.children)
    return conj[-1] if singular else ante


PLURAL_AUX = {"have", "are", "were", "do"}


def plural_relative(tok: Token) -> bool:
    """True when the relative pronoun ``tok`` is the subject of a plural verb ("X and Y, who
    have attacked Z": both did)."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
        return False
    return verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in PLURAL_AUX for c in verb.children)


def person_of_phrase(ante: Token) -> Optional[Token]:
    """"Altman, head of the fund Evercore Partners, who has donated": for a "who" whose parse
    antecedent is a name in an "of" (or other) phrase, the person named by the noun phrase that phrase
    hangs from ("head" apposed, or joined, to "Altman"), or None."""
    tok = ante.head if ante.dep_ == "appos" and ante.head.dep_ == "pobj" else ante
    # any preposition: "Reich, a secretary of labor during the Clinton administration who has endorsed"
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return None
    noun = tok.head.head
    for _ in range(4):
        if noun.pos_ == "PROPN":
            return noun
        if noun.dep_ not in ("appos", "conj"):
            return None
        noun = noun.head
    return None


def cataphora(tok: Token, ctx: Ctx, kinds: set[str], exclude: set[str]) -> Optional[tuple[str, Span]]:
    """For a pronoun before the main clause ("Ahead of his talks with Gantz, Austin said ...",
    "Even as he accused X, Giuliani wouldn't ..."), the main clause's named subject, or None."""
    root = ctx.sent(tok).root
    clause = next((a for a in tok.ancestors if a.dep_ == "advcl" and a.i < a.head.i), None)
    if clause is not None and tok.i < clause.head.i:
        root = clause.head
    if tok.i < root.i:
        for c in root.children:
            if c.dep_ in SUBJ and c.i > tok.i and c.pos_ == "PROPN":
                hit = ctx.token_entity(c)
                if hit and ctx.types.get(hit[0]) in kinds and hit[0] not in exclude:
                    return hit
    return None


def nearest_actor(tok: Token, ctx: Ctx, kinds: set[str], exclude: set[str]) -> Optional[tuple[str, Span]]:
    """The nearest mention of one of ``kinds`` before ``tok`` that is not only where something
    happened: in "Merkel met Macron in Berlin. They discussed ...", "they" is not Berlin (a
    place named by "in/at/near" is a setting, no antecedent); "they/them" is never a city or a
    state."""
    skip = set(exclude)
    for _ in range(3):
        hit = ctx.preceding(tok.idx, kinds, exclude=skip)
        if hit is None or ctx.types.get(hit[0]) != "GPE":
            return hit
        if tok.lower_ in event_words()["group_pronoun"] and below_country(hit[0], ctx):
            skip.add(hit[0])  # "his supporters in Philadelphia, asking them": they are no city or state
            continue
        k = token_after(ctx.doc, hit[1][0])
        if k is None:
            return hit
        word = ctx.doc[k]
        while word.dep_ == "compound" and word.head.idx < hit[1][1]:
            word = word.head  # "in New York": the name's head word
        moved = word.head.lower_ in ("to", "from", "into") and below_country(hit[0], ctx)  # "returned to Washington"
        if word.dep_ != "pobj" or (word.head.lower_ not in preps("place") and not moved):
            return hit
        skip.add(hit[0])
    return None


def families(ctx: Ctx) -> set[str]:
    """The "persons" that are families ("the Clintons": one plural word named with "the"): no
    antecedent for he/she/his/her."""
    low = ctx.text.lower()
    return {
        e.id
        for e in ctx.index.entities
        if e.type == "PERSON" and " " not in e.name and e.name.endswith("s") and f"the {e.name.lower()}" in low
    }


def gender_of(low: str) -> Optional[str]:
    """``"M"`` or ``"F"`` for a gendered pronoun ("he", "her"; ``male_pronoun`` rows), else None."""
    return pronoun_gender(low)


def controls_infinitive(obj: Token, verb: Token, ctx: Ctx) -> bool:
    """True when the object of a verb with a "to" infinitive does the infinitive's act: a
    personal pronoun or a named person, group or state ("persuaded Smith to endorse X", "whom
    Trump empowered to help him"), not a thing or a common noun ("used drones to strike"), nor
    after a ``subject_control`` verb ("promised him to")."""
    if verb.lemma_.lower() in actor_words().get("subject_control", ()):
        return False
    if obj.pos_ == "PRON":
        return obj.lower_ not in ("it", "this", "that", "which", "what")
    hit = ctx.token_entity(obj)  # a named one only: "began a sit-in outside parliament to protest" is misparsed
    ent = ctx.index.by_id.get(hit[0]) if hit is not None else None
    return ent is not None and ent.named and ctx.types.get(hit[0]) in ("PERSON", "ORG", "NORP", "GPE")


def binding_clash(verb: Token, ctx: Ctx) -> Optional[Token]:
    """For "Khan said Jones was ignorant and criticized him": a verb the parse coordinates inside
    a reported clause whose subject cannot be its own object ("him" is not the "Jones" it would
    inherit: that would be "himself"), so the verb is the reporter's: the reporting verb, else None."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJ for c in verb.children):
        return None
    head = verb.head
    rep = head.head
    if head.dep_ != "ccomp" or rep.i == head.i or not any(c.dep_ in SUBJ for c in rep.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PRON"), None)
    want = gender_of(obj.lower_) if obj is not None and not obj.lower_.endswith("self") else None
    subj = next((c for c in head.children if c.dep_ in SUBJ), None)
    if want is None or subj is None:
        return None
    if subj.pos_ == "PRON":
        have = gender_of(subj.lower_)
    else:
        hit = ctx.token_entity(subj)
        have = ctx.gender(hit[0]) if hit and ctx.types.get(hit[0]) == "PERSON" else None
    return rep if have == want else None


def by_gerund_object(tok: Token, ctx: Ctx, kinds: set[str], exclude: set[str]) -> Optional[tuple[str, Span]]:
    """For the object of a "by"-gerund, the object of the verb the gerund says how it was done:
    "tripped up Rubio by calling him out" (him = Rubio); else None."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.dep_ != "pcomp" or verb.head.lower_ != "by":
        return None
    for c in verb.head.head.children:
        if c.dep_ == "dobj":
            hit = ctx.token_entity(c)
            if hit and ctx.types.get(hit[0]) in kinds and hit[0] not in exclude:
                return hit
    return None


def other_gender(low: str, ctx: Ctx) -> set[str]:
    """The persons whose known gender does not fit the pronoun ``low`` ("she" is not Jesse)."""
    gender = gender_of(low)
    if gender is None:
        return set()
    return {e.id for e in ctx.index.entities if e.type == "PERSON" and ctx.gender(e.id) not in (None, gender)}


def own_subject(tok: Token, ctx: Ctx, kinds: set[str], exclude: set[str]) -> Optional[tuple[str, Span]]:
    """For a possessive pronoun, the named subject of its own clause, before it ("Putin has
    utilized his invasions"), when it is of the right kind; else None."""
    verb = _poss_verb(tok)
    for _ in range(2):
        if any(c.dep_ in SUBJ for c in verb.children) or verb.head.pos_ not in ("VERB", "AUX"):
            break
        if verb.dep_ == "conj":
            verb = verb.head  # "Obama lectured X and defended his record": the first conjunct's subject
        elif verb.dep_ == "xcomp" and not any(c.dep_ in OBJ for c in verb.head.children):
            verb = verb.head  # "Trump tried to defend his remarks": the subject of "tried"
        else:
            break
    for c in verb.children:
        if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ == "PROPN":
            hit = ctx.token_entity(c)
            if hit and ctx.types.get(hit[0]) in kinds and hit[0] not in exclude:
                return hit
        if c.dep_ == "nsubj" and c.i < tok.i and c.lower_ == "who" and gender_of(tok.lower_):
            # "a Muslim who pledged his allegiance": his is the one the clause is about
            ante = relative_antecedent(c)
            hit = ctx.token_entity(ante) if ante is not None and ante.i != c.i else None
            if hit and ctx.types.get(hit[0]) in kinds and hit[0] not in exclude:
                return hit
            return UNNAMED
    return None


def _poss_verb(tok: Token) -> Token:
    """The verb a possessive pronoun's phrase depends on (up to four heads up), else the last head."""
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    return verb


def object_antecedent(tok: Token, ctx: Ctx, kinds: set[str], exclude: set[str]) -> Optional[tuple[str, Span]]:
    """For a possessive pronoun in a phrase of its verb (not in the verb's object or subject), the
    named object before it: "halt Mr. Trump in his march", "viewed Obama as responsible for his
    failure". Only asked when the clause's subject is no named entity of the right kind (see
    :func:`own_subject`); else None."""
    verb = _poss_verb(tok)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for c in verb.children:
        if c.dep_ in SUBJ and c.left_edge.i <= tok.i <= c.right_edge.i:
            return None
    for c in verb.children:
        if c.dep_ == "dobj" and c.i < tok.i and not (c.left_edge.i <= tok.i <= c.right_edge.i):
            hit = ctx.token_entity(c)
            if hit and ctx.types.get(hit[0]) in kinds and hit[0] not in exclude:
                return hit
    return None


def inside_marks(tok: Token, q, ctx: Ctx) -> bool:
    """True when ``tok`` is between quotation marks in the evidence of quote ``q`` (the
    speaker's own words of a partial quote: 'Teachers "get why the union endorsed her"')."""
    start = next((s for s, e in q.evidence if s <= tok.idx < e), None)
    if start is None:
        return False
    seg = ctx.text[start:tok.idx]
    return seg.count("\u201c") > seg.count("\u201d") or seg.count('"') % 2 == 1


def pronoun_class(low: str) -> Optional[frozenset]:
    """The personal, thing or group pronouns ``low`` is one of, or None."""
    for group in (event_words()["person_pronoun"], event_words()["thing_pronoun"], event_words()["group_pronoun"]):
        if low in group:
            return frozenset(group)
    return None


def apposed_name(subj: Token, ctx: Ctx) -> Optional[tuple[str, Span]]:
    """The entity of a name apposed to a common-noun subject ("The director of the centre,
    Ina Kirsch, told ..."; the parse may hang the name on the "of" phrase), or None."""
    if subj.pos_ != "NOUN":
        return None
    hit = next((h for c in subj.children if c.dep_ == "appos" and (h := ctx.token_entity(c))), None)
    if hit is None and subj.lemma_.lower() in actor_words().get("person_noun", ()):
        of = [p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)]
        names = [h for p in of for c in p.children if c.dep_ == "appos" and (h := ctx.token_entity(c))]
        hit = next((h for h in names if ctx.types.get(h[0]) == "PERSON"), None)
    return hit


def unnamed_person(subj: Token, pron: Token) -> bool:
    """True when the subject ``subj`` is one person named by a common noun ("the Vermont
    senator"; ``person_noun`` rows) and ``pron`` is a he/she fitting it."""
    if subj.tag_ != "NN" or gender_of(pron.lower_) is None or pron.lower_.endswith("self"):
        return False
    if subj.lemma_.lower() not in actor_words().get("person_noun", ()):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)


def doubtful_who(tok: Token, ante: Token) -> bool:
    """True when the person a "who" stands for is in doubt: "Bryant, a former backer of Cruz,
    who has since called on X" (Bryant or Cruz?), the parse's antecedent being a name in the "of"
    phrase of a role noun apposed to another name."""
    if tok.lower_ not in ("who", "whom") or ante.dep_ != "pobj" or ante.head.lower_ != "of":
        return False
    noun = ante.head.head
    if noun.pos_ != "NOUN" or noun.dep_ != "appos" or noun.head.pos_ != "PROPN":
        return False
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","
