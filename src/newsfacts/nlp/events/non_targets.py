"""What is no target: thing objects ("returned 12 skulls to Peru" has Peru as its target, not
the skulls; "lifted travel curbs" names no target at all), the source's own words, and the
victims of an act opposed ("opposed discrimination against Muslims": the Muslims are not whom
the opposition is aimed at; the act's owner is, when named: ``opposes_act`` rows of
``lexicons/event_type_roles.tsv``). A target phrase headed by a thing (:func:`.modifiers.thing_head`:
no people, no event, no agent) that names no entity is dropped from the target's evidence
("rejected US assertions" keeps its owner), but for the types whose target may be a thing or a
place (``thing_target`` rows: "attacked an army base") and the acts opposed ("decried the new
tariffs")."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Candidate, Ctx, OBJ, PASS_SUBJ, Span, within
from .lexicon import actor_words, noun_patterns, preps, type_roles, verb_patterns
from .modifiers import thing_head
from .side_words import is_actor_word
from .syntax import pobjs
from .targets import noun_owner


def drop_thing_phrases(c: Candidate, ctx: Ctx) -> None:
    """Remove from ``c.target.phrases`` the phrases that name a thing, not an actor (a note says
    so), unless ``c``'s type takes a thing as its target ("attacked an army base"); for an act
    opposed, the trigger's own object stays ("decried the new tariffs"), not a thing in its other
    phrases ("rejected a request on the charge of rebellion")."""
    if not c.target.phrases or c.pattern.type in type_roles("thing_target"):
        return
    opposed = c.pattern.type in type_roles("opposes_act")
    objects = {k.i for k in c.trigger.children if k.dep_ in OBJ} if opposed else set()
    keep = [p for p in c.target.phrases if not _thing_phrase(p, ctx, objects)]
    if len(keep) < len(c.target.phrases):
        c.target.phrases = keep
        c.target.notes.append("a thing acted on is no target")


def drop_source_phrases(c: Candidate) -> None:
    """Remove from ``c.target.phrases`` the words that name the source: "Saudi Arabia lifted its
    blockade of Yemen", where "its" (Saudi Arabia) brought its antecedent into the target's
    phrases; the source is never its own target's evidence."""
    if not c.target.phrases or not c.source.spans:
        return
    keep = [p for p in c.target.phrases if not any(p[0] < e and s < p[1] for s, e in c.source.spans)]
    if len(keep) < len(c.target.phrases):
        c.target.phrases = keep


def drop_instruments(c: Candidate, ctx: Ctx) -> None:
    """"Bombed Yemen with American bombs", "attacked the town with Russian-made rockets": for an
    act that may hit a thing (``thing_target`` types), a nation modifying a thing in the
    trigger's "with" phrase names what was used, not whom it was used on: its id leaves the
    target (with a note)."""
    if c.pattern.type not in type_roles("thing_target") or c.trigger.pos_ != "VERB" or not c.target.ids:
        return
    spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text))
             for k in c.trigger.children if k.dep_ == "prep" and k.lower_ == "with"
             for p in pobjs(k) if _means(p) and ctx.token_entity(p) is None]
    if c.target.drop_within(spans, phrases_too=False):
        c.target.notes.append("a nation modifying the means ('with ...') is not whom the act hits")


def _means(noun: Token) -> bool:
    """True when ``noun`` names a thing or a weapon ("tear gas", "bombs", "rockets"), not people."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in actor_words().get("person_noun", ()):
        return False
    return thing_head(noun) or noun.lemma_.lower() in noun_patterns() or noun.lower_ in noun_patterns()


def _thing_phrase(span: Span, ctx: Ctx, keep: set[int]) -> bool:
    """True when the phrase at ``span`` is headed by a thing noun that names no entity (and is
    not one of the tokens ``keep``)."""
    sp = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None or not len(sp):
        return False
    head = sp.root
    if head.i in keep or not thing_head(head) or ctx.token_entity(head) is not None:
        return False
    if head.lemma_.lower() in actor_words().get("person_noun", ()):
        return False  # "a physician and nurse": a person
    # "rejected US assertions", "lifted the ban on British beef": the owner named in the phrase
    # keeps it as the target's evidence
    return not any(t.i != head.i and ctx.token_entity(t) for t in sp)


def drop_victims(c: Candidate, ctx: Ctx) -> None:
    """For an act opposed ("opposed discrimination against Muslims", "condemned the attacks on
    Kurds"; ``opposes_act`` types), remove from ``c.target`` the entities named in the object
    act's ``directed`` phrases (its victims), and put the act's owner in their place when one is
    named ("condemned Israel's attacks on Gaza": Israel), else the act's words as the target's
    evidence."""
    if c.pattern.type not in type_roles("opposes_act") or c.trigger.pos_ != "VERB" or not c.target.ids:
        return
    for obj in c.trigger.children:
        if (obj.dep_ not in OBJ and obj.dep_ not in PASS_SUBJ) or not _act_noun(obj, c.trigger, ctx):
            continue
        spans = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text))
                 for k in obj.children if k.dep_ == "prep" and k.lower_ in preps("directed") for p in pobjs(k)]
        if any(within(sp, spans) for sp in c.target.spans) and c.target.drop_within(spans):  # (the phrases go only with an id)
            c.target.notes.append("the victims of an act opposed are not the target of the opposition")
            owner = noun_owner(obj, ctx)
            for i, sp in zip(owner.ids, owner.spans):
                if i not in c.source.ids:
                    c.target.take_id(i, sp, owner)
            act = (obj.left_edge.idx, obj.idx + len(obj.text))  # "discrimination": the act opposed
            if not c.target.ids and act not in c.target.phrases:
                c.target.phrases.append(act)


def _act_noun(obj: Token, verb: Token, ctx: Ctx) -> bool:
    """True when the object ``obj`` of ``verb`` is a common noun naming an act, not a person,
    group or entity ("discrimination", "the attacks"; not "the protesters", "Iran"), nor a word
    of the trigger itself ("presented evidence against Iran": the accusation, aimed at Iran)."""
    if obj.pos_ != "NOUN" or ctx.token_entity(obj) is not None:
        return False
    rows = verb_patterns().get(verb.lemma_.lower(), {})
    if obj.lemma_.lower() in rows or obj.lower_ in rows:
        return False
    return not is_actor_word(obj)


def drop_denied(c: Candidate) -> None:
    """"Blamed the violence on a disturbed person, not on his religion", "blamed the attack on
    Russia, not on Iran": a phrase of the trigger (or of its object) negated by its own "not"
    names whom the act is not aimed at: the ids named only there leave the target (with a note)."""
    if not (c.target.ids or c.target.phrases):
        return
    heads = [c.trigger] + [k for k in c.trigger.children if k.dep_ in OBJ]
    spans = [(k.idx, k.right_edge.idx + len(k.right_edge.text)) for h in heads for k in h.children
             if k.dep_ == "prep" and any(n.dep_ == "neg" for n in k.children)]
    if not spans:
        return
    if c.target.drop_within(spans):
        c.target.notes.append("a phrase negated by its own 'not' names whom the act is not aimed at")
