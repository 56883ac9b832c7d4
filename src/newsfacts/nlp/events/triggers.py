"""Triggers and typing: the PLOVER pattern of a verb (its row in ``event_verbs.tsv``, with
the particle or word the row needs) or a noun (``event_nouns.tsv``), and the rules that type a
trigger by what it acts on ("halted aid" reduces relations, "fired rockets" is an assault)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ..claims import normalise_number
from .lexicon import (
    agent_words,
    event_words,
    noun_patterns,
    Pattern,
    plover_types,
    recoding,
    type_roles,
    verb_forms,
    verb_patterns,
)
from .senses import in_sense


_ROW_DEPS = {"prt", "prep", "dobj", "nsubjpass", "acomp", "oprd", "xcomp", "ccomp", "advmod"}  # where a verb row's second word may sit


@lru_cache(maxsize=None)
def _object_typed_verbs() -> frozenset[str]:
    """Verbs that are a trigger only through their object ("halted aid", "allowed observers in")."""
    w = event_words()
    roles = ("stop", "ease", "admit", "dispatch", "seek", "fire_verb", "forcible", "obstruct", "naming_verb")
    return frozenset().union(*(w.get(role, ()) for role in roles))


def verb_pattern(tok: Token) -> Optional[Pattern]:
    """The pattern of the verb ``tok`` (see :func:`_verb_row_pattern`), with expelling an
    organisation or masses typed apart; None when it is no trigger."""
    pat = _verb_row_pattern(tok)
    if pat is not None and (pat.type == "-" or not in_sense(tok, pat)):
        return None  # "backed out of", "she recalls his words", "hosted a fundraiser"
    if pat is not None and pat.cameo in ("174", "166"):
        kind = _expelled([c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")])
        if kind == "organisation":
            return recoding("expel_organisation")  # "forced the UN refugee agency out": ends involvement
        if kind == "masses":
            return recoding("mass_expulsion")  # "forced out more than 1,000 refugees": mass expulsion
        if kind == "individuals" and pat.cameo == "166" and not _left_a_body(tok):
            return recoding("forcible_deport")  # "expelled the radical imam": individuals, not diplomats (174)
    return pat


_UNDECIDED = object()  # what a rule of _verb_row_pattern returns when it does not apply


def _verb_row_pattern(tok: Token) -> Optional[Pattern]:
    """The pattern of the verb ``tok``, or None when it is no trigger.

    The verb's row in ``event_verbs.tsv`` (the one its particle, preposition or object word
    picks: "called off", "went on strike"), unless a rule types it by what it acts on: ending
    an act ("halted aid"), the manner ("forcibly returned"), a weapon fired, something sought,
    let in, eased or sent.
    """
    rows = verb_patterns().get(tok.lemma_.lower()) or verb_patterns().get(verb_forms().get(tok.lower_, ""))
    if not rows and tok.lemma_.lower() not in _object_typed_verbs():
        return None
    rows = rows or {}
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if objs and all(c.lower_.endswith(("self", "selves")) for c in objs):
        return None  # "defend itself", "arm themselves": no second party
    for rule in (_stopping_pattern, _object_rule_pattern, _name_calling_pattern):
        hit = rule(tok, objs)
        if hit is not _UNDECIDED:
            return hit
    hit = _row_word_pattern(tok, rows)
    if hit is not None:
        return hit
    hit = _admitted_pattern(tok, objs)
    if hit is not None:
        return hit
    pat = rows.get("-")
    for rule in (_checked_row_pattern, _eased_or_sent_pattern):
        hit = rule(tok, objs, pat)
        if hit is not _UNDECIDED:
            return hit
    return pat


def _stopping_pattern(tok: Token, objs: list[Token]):
    """Ending or leaving an act: "halted aid", "froze cooperation", "called off the talks",
    "withdrew from the treaty", "ceased attacking" (a pattern, or ``_UNDECIDED``)."""
    words = event_words()
    stopping = tok.lemma_.lower() in words.get("stop", ()) or any(
        c.dep_ in ("prt", "prep") and f"{tok.lemma_.lower()} {c.lower_}" in words.get("stop", ()) for c in tok.children
    )
    if not stopping:
        return _UNDECIDED
    if any(f"{tok.lemma_.lower()} {c.lemma_.lower()}" in words.get("deal_idiom", ()) for c in objs):
        return None  # "cut a deal with X": making a deal (the noun codes it), not cutting one
    if tok.lemma_.lower() in words.get("retract_verb", ()) and any(c.lemma_.lower() in words.get("policy_object", ()) for c in objs):
        return recoding("withdraw_policy")  # "withdrew the extradition bill": backing down (CAMEO 080)
    # "halted aid", "froze cooperation", "called off the talks": ending a cooperative
    # relation reduces relations (CAMEO 16), whatever the verb alone would say
    for c in objs:
        npat = _left_pattern(c)
        if npat is None:  # "ended mediation efforts", "halted aid deliveries"
            npat = next((p for m in c.children if m.dep_ == "compound" for p in [noun_pattern(m)] if p), None)
        if npat is not None and npat.type == "CONSULT" and npat.mode == "visit" and tok.lemma_.lower() == "end":
            return None  # "is ending a five-day trip": finishing a visit, not breaking it off
        if npat is not None and plover_types().get(npat.type, ("", ""))[1] == "cooperation":
            if npat.type == "AID":
                return recoding("halt_aid")
            if npat.type == "CONSULT":
                return recoding("halt_mediation" if npat.cameo == "045" else "halt_negotiation")
            return recoding("halt_cooperation")
        if npat is not None and npat.type == "PROTEST" and tok.lemma_.lower() in words.get("prohibit_verb", ()):
            return verb_patterns().get(tok.lemma_.lower(), {}).get("-")  # "banned all demonstrations": repression (172), no easing
        if npat is not None and npat.type in type_roles("endable"):
            # "ended the war", "lifted the siege": de-escalation
            return _easing(c, npat)
    for c in _from_objects(tok):
        npat = _left_pattern(c)
        if npat is not None and npat.type == "CONSULT":
            return recoding("halt_negotiation")  # "pulled out of the talks": halting negotiations
        if not objs and (
            (npat is not None and npat.type in ("SUPPORT", "AGREE", "COOPERATE")) or c.ent_type_ == "ORG"
        ):
            # "withdrew from the treaty", "pulled out of the OAS": leaving an agreement or an
            # organisation reduces relations (CAMEO 16), it is no military retreat
            return recoding("halt_cooperation")
    for c in tok.children:
        if c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG":
            # "stopped sending aid", "ceased attacking": the same for an act named by a gerund
            vpat = verb_pattern(c)
            stance = plover_types().get(vpat.type, ("", ""))[1] if vpat is not None else ""
            if stance == "cooperation" and vpat.type not in ("RETREAT", "CONCEDE"):
                return recoding("halt_aid") if vpat.type == "AID" else recoding("halt_cooperation")
            if vpat is not None and vpat.type in ("ASSAULT", "COERCE", "MOBILIZE"):
                return recoding("disarm")
    return _UNDECIDED


def _name_calling_pattern(tok: Token, objs: list[Token]):
    """Calling an actor names: a naming verb (``naming_verb``: "called", "branded") with an actor
    as object and an ``insult`` word as what it is called ("called the senator a coward",
    "called Britain's ambassador a very stupid guy") is criticism (CAMEO 111); "called the deal a
    disaster" (no actor) and "called her a friend" are not (a pattern or ``_UNDECIDED``)."""
    words = event_words()
    if tok.lemma_.lower() not in words.get("naming_verb", ()):
        return _UNDECIDED
    nominals = [c for c in tok.children if c.dep_ in ("dobj", "oprd") and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if len(nominals) < 2 and not (nominals and any(a.dep_ == "appos" for a in nominals[0].children)):
        return None if tok.lemma_.lower() not in verb_patterns() else _UNDECIDED
    named = nominals[0]
    said = nominals[1:] + [a for a in named.children if a.dep_ == "appos"]
    insult = words.get("insult", frozenset())

    def insulting(t: Token) -> bool:
        return t.lemma_.lower() in insult or any(m.dep_ == "amod" and m.lemma_.lower() in insult for m in t.children)

    actor = named.pos_ in ("PROPN", "PRON") or bool(named.ent_type_) or named.lemma_.lower() in agent_words()
    if actor and any(insulting(t) for t in said):
        return recoding("name_calling")
    return _UNDECIDED


def _object_rule_pattern(tok: Token, objs: list[Token]):
    """A verb typed by its manner or object: forcibly returning people, blocking a proposal,
    firing a weapon, giving a speech (no event), seeking an act (a pattern, None or ``_UNDECIDED``)."""
    words = event_words()
    if tok.lemma_.lower() in words.get("forcible", ()) and any(
        c.dep_ == "advmod" and c.lower_ in ("forcibly", "forcefully") for c in tok.children
    ):
        return recoding("forcible_deport")  # "forcibly returned the refugees", "forcibly relocated villagers"
    if tok.lemma_.lower() in words.get("obstruct", ()) and any(
        c.lemma_.lower() in words.get("proposal", ()) for c in objs
    ):
        return recoding("veto")  # "blocked a UN resolution", "thwarted the plan": a veto, not a blockade
    if tok.lemma_.lower() in words.get("fire_verb", ()):
        # "launched missiles at", "fired rockets into": an attack with arms, whatever the verb alone says
        if any(c.lemma_.lower() in words.get("weapon", ()) for c in objs):
            return recoding("fire_weapon")
    if tok.lemma_.lower() in words.get("doubt_verb", ()) and objs and all(_quality_of_someone(c) for c in objs):
        return recoding("question_quality")  # "questioned Mr. Trump's veracity": a criticism, not an inquiry
    if tok.lemma_.lower() in words.get("blow_verb", ()) and any(c.lemma_.lower() in words.get("blow_object", ()) for c in objs):
        # "delivered heavy blows to the army": a strike; "delivered a blow to Obama's plan": a figure, no event
        return recoding("deal_blow") if _blow_to_forces(tok, objs, words) else None
    if objs and all(c.lemma_.lower() in words.get("speech_object", ()) for c in objs):
        return None  # "gave a speech", "provided a briefing": talk, not aid
    if tok.lemma_.lower() in words.get("seek", ()):
        # "sought talks with", "is seeking sanctions against": asking for the act (CAMEO 02, or 10 for a hostile one)
        for c in objs:
            npat = _left_pattern(c)
            if npat is not None and npat.type != "REQUEST":
                hostile = plover_types().get(npat.type, ("", ""))[1] == "conflict"
                return recoding("demand" if hostile else "appeal")
    return _UNDECIDED


def _quality_of_someone(obj: Token) -> bool:
    """The object names a quality of someone: a common noun (not a people word) with a possessor
    ("Mr. Trump's veracity") or an "of" phrase naming someone ("the independence of a judge")."""
    if obj.pos_ != "NOUN":
        return False
    if any(k.dep_ == "poss" for k in obj.children):
        return True
    if obj.lemma_.lower() in agent_words() or obj.lemma_.lower() in event_words().get("people_head", ()):
        return False  # "questioned the suspects of the robbery"
    return any(
        k.dep_ == "prep" and k.lower_ == "of" and any(p.dep_ == "pobj" and (p.pos_ in ("PROPN", "PRON") or p.ent_type_ == "PERSON"
                                                         or p.lemma_.lower() in agent_words()) for p in k.children)
        for k in obj.children
    )


def _row_word_pattern(tok: Token, rows: dict[str, Pattern]) -> Optional[Pattern]:
    """The verb's row picked by its particle, preposition or object word ("called off",
    "went on strike", "violated the ceasefire agreement"), or None."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in event_words()["row_particle"] and any(p.dep_ == "pobj" for p in c.children):
            continue  # "gave refuge to the Dalai Lama in 1959" is no "give in"
        if c.dep_ == "prep" and c.i < tok.i:
            continue  # "On Twitter, Bush called Trump unhinged" is no "call on": a fronted phrase
        if c.dep_ in _ROW_DEPS and c.lower_ in rows and c.lower_ != "-" and in_sense(tok, rows[c.lower_]):
            return rows[c.lower_]  # "called off", "withdrew its ambassador", "found guilty", "worked together"
        if c.dep_ in ("prep", "advcl"):  # "took to the streets", "went on strike", "pushed for the US to"
            for p in c.children:
                if (p.dep_ == "pobj" or (p.dep_ == "mark" and c.dep_ == "advcl")) and p.lower_ in rows:
                    return rows[p.lower_]
        if c.dep_ == "dobj":  # "violated the ceasefire agreement", "held Somalia responsible"
            for m in c.children:
                if m.dep_ in ("compound", "amod") and m.lower_ in rows and m.lower_ != "-":
                    return rows[m.lower_]
    return _with_after_place(tok, rows)


def _with_after_place(tok: Token, rows: dict[str, Pattern]) -> Optional[Pattern]:
    """The verb's "with" row when the parser hung "with" on the place named before it ("spoke at
    the White House with Merkel", "met in Paris with the rebels"), or None."""
    row = rows.get("with")
    if row is None:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("at", "in", "on") and c.i > tok.i:
            for p in c.children:
                if p.dep_ == "pobj" and (p.ent_type_ in ("FAC", "GPE", "LOC", "ORG") or p.pos_ == "PROPN") and any(
                    k.dep_ == "prep" and k.lower_ == "with" and any(q.dep_ == "pobj" for q in k.children) for k in p.children
                ):
                    return row if in_sense(tok, row) else None
    return None


def _admitted_pattern(tok: Token, objs: list[Token]) -> Optional[Pattern]:
    """"allowed aid convoys in", "received a mission of observers": allowing international
    involvement (CAMEO 086), a retreat, not a concession or a meeting; else None."""
    if tok.lemma_.lower() not in event_words().get("admit", ()):
        return None
    clauses = [k for k in tok.children if k.dep_ in ("ccomp", "xcomp")]
    objs = objs + [s for k in clauses for s in k.children if s.dep_ == "nsubj"]  # "allowed inspectors to visit"
    objs += [k for k in clauses if k.pos_ == "NOUN"]  # "allowed relief workers access": the parser's clause
    for c in objs:
        near = [c] + [k for k in c.children if k.dep_ in ("compound", "amod")]
        near += [p for k in c.children if k.dep_ == "prep" and k.lower_ == "of" for p in k.children]
        if tok.lemma_.lower() == "receive":
            near = near[1:] if c.lemma_.lower() in ("mission", "delegation") else near  # "received a trade mission": a visit
        if any(t.lemma_.lower() in event_words().get("access_object", ()) for t in near):
            return recoding("admit_access")
    return None


def _checked_row_pattern(tok: Token, objs: list[Token], pat: Optional[Pattern]):
    """The verb's own row, checked: an arrest for treason is an accusation, a protest with a
    complement a complaint; "was met with", "met the criteria" and "denied the charges" are
    no events (a pattern, None or ``_UNDECIDED``)."""
    words = event_words()
    if pat is not None and pat.cameo == "173" and any(
        p.lemma_.lower() in words.get("treason", ())
        for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "over") for p in c.subtree
    ):
        return recoding("treason_accusation")  # "arrested for collaborating with Israel": accused of treason
    if pat is not None and pat.type == "PROTEST" and any(c.dep_ == "ccomp" for c in tok.children):
        if tok.lemma_.lower() in words.get("show_verb", ()):
            return None  # "has demonstrated that he has the guts": showed, no protest
        # "X is failing refugees, a rights group protested": a verbal protest is a complaint (CAMEO 111)
        return recoding("verbal_protest")
    if pat is not None and pat.type == "REJECT":
        # CAMEO codes these as statements (011, 016), PLOVER as no event:
        # "declined to comment", "denied the charges", "rejected accusations that ..."
        for c in tok.children:
            if c.dep_ == "dobj" and c.lower_ in ("which", "that") and tok.dep_ == "relcl":
                c = tok.head  # "allegations that he assaulted her, which he has denied"
            if (c.dep_ in ("dobj", "relcl") and c.lemma_.lower() in words.get("statement_object", ())) or (
                c.dep_ == "xcomp" and c.lemma_.lower() in words.get("statement_xcomp", ())
            ):
                return None
    return _UNDECIDED


def _eased_or_sent_pattern(tok: Token, objs: list[Token], pat: Optional[Pattern]):
    """Easing a restriction ("lifted the curfew") or sending people ("sent troops", "sent an
    envoy", "sent inspectors") (a pattern, None or ``_UNDECIDED``)."""
    words = event_words()
    if tok.lemma_.lower() in words.get("ease", ()):
        for c in objs:
            npat = noun_pattern(c)
            if (npat is not None and npat.type in ("COERCE", "SANCTION", "PROTEST")) or _easing(c, None).type == "CONCEDE":
                return _easing(c, npat)
    if tok.lemma_.lower() in words.get("dispatch", ()):
        # "sent troops to ...": a show of force, not aid; "sent inspectors": an investigation;
        # "sent officials to investigate": the purpose says what was done
        envoys = words.get("envoy", ())
        if any(agent_words().get(c.lemma_.lower(), "MIL") != "MIL" or c.lemma_.lower() in envoys for c in objs) and any(
            k.dep_ in ("xcomp", "advcl") and k.pos_ == "VERB" and verb_pattern(k) is not None for k in tok.children
        ):
            return None
        for c in objs:
            if pat is not None and (agent_words().get(c.lower_) == "MIL" or agent_words().get(c.lemma_.lower()) == "MIL"):
                return recoding("dispatch_troops")
            if c.lemma_.lower() in words.get("diplomat_object", ()) or (c.ent_type_ == "PERSON" and any(
                m.dep_ == "compound" and m.lemma_.lower() in words.get("diplomat_object", ()) for m in c.children
            )):
                # "sent an envoy to Damascus", "sent Foreign Minister Jean Roux to Algeria": a visit, not aid
                return recoding("dispatch_envoy")
            if c.lemma_.lower() in words.get("investigator", ()):
                return recoding("dispatch_investigators")
    return _UNDECIDED


def _expelled(objs: list[Token]) -> Optional[str]:
    """Who is expelled: ``"organisation"`` (an agency, a mission: CAMEO 166), ``"masses"``
    (a thousand people or more: mass expulsion, 201), ``"individuals"`` (persons who are no
    diplomats, envoys, inspectors or staff: 174) or None (diplomats, or nothing named)."""
    words = event_words()
    official = words.get("diplomat_object", frozenset()) | words.get("access_object", frozenset()) | words.get("expelled_official", frozenset())
    kind = None
    for o in objs:
        if o.ent_type_ == "ORG" or o.lemma_.lower() in words.get("organisation_object", ()):
            return "organisation"
        for t in o.subtree:
            if t.lower_ in ("thousands", "millions") or (t.like_num and t.dep_ == "nummod" and (normalise_number(t.text) or 0) >= 1000):
                return "masses"
        owners = [p for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if o.pos_ == "PRON" or any(h.lemma_.lower() in official or h.ent_type_ == "ORG" for h in [o, *owners]):
            return None  # "two diplomats", "three members of the embassy staff"
        if o.ent_type_ == "PERSON" or (o.pos_ == "NOUN" and not o.ent_type_ and agent_words().get(o.lemma_.lower()) != "MIL"):
            kind = "individuals"  # "a British journalist", "a Filipino maid"; not "the Russians", "the troops"
    return kind


def _left_a_body(verb: Token) -> bool:
    """True when what the expelled leave is a body, not a country ("expelled from the party,
    the school, the club"): no deportation."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            if any(p.dep_ == "pobj" and p.ent_type_ not in ("GPE", "LOC") for p in c.children):
                return True
    return False


def _from_objects(verb: Token) -> list[Token]:
    """What a verb leaves: the objects of its "from" or "(out) of" phrase ("withdrew from the
    talks", "pulled out of the negotiations")."""
    out = []
    for c in verb.children:
        preps = [c] if c.dep_ == "prep" else []
        if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out":
            preps += [k for k in c.children if k.dep_ == "prep"]
        out += [p for prep in preps if prep.lower_ in ("from", "of") for p in prep.children if p.dep_ == "pobj"]
    return out


def modifies_a_trigger_or_agent(tok: Token) -> bool:
    """"peace talks" is one trigger (the head's); "aid workers", "aid agencies" name people,
    not an act of aid; "patrol boats" name boats."""
    if tok.dep_ != "compound":
        return False
    if tok.lemma_.lower() in event_words().get("kind_modifier", ()):
        return True  # "patrol boats", "battle zones", "a shooting range": a kind of thing, not an act
    head = tok.head.lemma_.lower()
    if head in event_words().get("verbal_medium", ()) or head in event_words().get("medium_noun", ()):
        return True  # "attack ads", "a campaign ad", "a talk show": a kind of message or programme
    if head in event_words().get("kind_head", ()):
        return True  # "a central meeting place", "a meeting room": a kind of place
    if head in event_words().get("charge_head", ()):
        return True  # "faces murder charges", "a kidnapping trial": the crime charged, not an act
    if noun_pattern(tok.head) is not None:
        return True
    if tok.head.lemma_.lower() in agent_words():
        pat = noun_pattern(tok)
        return pat is not None and pat.type == "AID"
    return False


def _easing(obj: Token, npat: Optional[Pattern]) -> Pattern:
    """The type of ending or easing the act ``obj`` names: a curfew, ban or state of emergency
    eased is a political concession (CONCEDE, CAMEO 081), and so is a strike, boycott or protest
    called off (easing political dissent, 082); sanctions or an embargo eased, a blockade or
    siege lifted, a war or occupation ended is a retreat (RETREAT, 085/087)."""
    civil = event_words().get("civil_restriction", ())
    near = [obj] + [c for c in obj.children if c.dep_ in ("compound", "amod")]
    near += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    if any(t.lemma_.lower() in civil for t in near):
        return recoding("ease_civil_restriction")
    if npat is not None and npat.type == "SANCTION":
        return recoding("ease_sanctions")
    if npat is not None and npat.type == "PROTEST":
        return recoding("ease_dissent")  # "called off the strike": easing political dissent (CAMEO 082)
    return recoding("disarm")


def _phone_call(tok: Token) -> bool:
    """A call made to someone: a "to" phrase naming a person or an actor ("calls to her", "a call
    to President Lee"), no "for/on" phrase and no "to" infinitive (a call for an act: "a call to
    end the war", "calls on Iran", "a call to action")."""
    to_actor = False
    near = list(tok.children)
    if tok.dep_ == "dobj":  # "placed several calls to her": the phrase hangs on the verb
        near += [c for c in tok.head.children if c.i > tok.i]
    for c in near:
        if c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") and not any(
            p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children
        ):  # ("on Monday" is a time, "calls on Iran" an appeal)
            return False
        if c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return False
        if c.dep_ == "prep" and c.lower_ == "to":
            to_actor = any(
                p.dep_ == "pobj" and (p.pos_ in ("PROPN", "PRON") or p.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                      or p.lemma_.lower() in agent_words())
                for p in c.children
            )
    return to_actor


def _left_pattern(tok: Token) -> Optional[Pattern]:
    """The pattern of a noun that a word of leaving, ending or seeking takes ("the treaty" of "its
    exit from the treaty", "sought a deal"): its own row even where the ``not_left`` or
    ``made_agreement`` sense keeps it from firing alone."""
    pat = noun_pattern(tok)
    if pat is None:
        row = noun_patterns().get(tok.lemma_.lower())
        if row is not None and {"not_left", "made_agreement"} & set(row.sense.split(",")):
            return row
    return pat


def _pretend(tok: Token) -> bool:
    """A pretend act: a ``pretend_modifier`` on the noun ("a simulated attack", "a mock
    invasion") or a ``pretend_verb`` taking it ("practiced an attack on the capital")."""
    words = event_words()
    if any(c.dep_ in ("amod", "compound") and c.lower_ in words.get("pretend_modifier", ()) for c in tok.children):
        return True
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in words.get("pretend_verb", ())


def _abstract_foe(tok: Token) -> bool:
    """A fight against no actor: "a battle against cancer", "the war on drugs", "its fight
    against poverty" (an ``abstract_foe`` in an "against/on/with" phrase), or a blaze: "the
    Grenfell Tower fire", "a house fire", "forest fires" (``fire`` with a ``blaze_modifier``)."""
    foes = event_words().get("abstract_foe", ())
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("against", "on", "with"):
            if any(p.dep_ == "pobj" and p.lemma_.lower() in foes for p in c.children):
                return True
    blaze = event_words().get("blaze_modifier", ())
    return tok.lemma_.lower() == "fire" and any(
        c.dep_ in ("compound", "nmod", "amod") and c.lemma_.lower() in blaze for c in tok.children
    )


def noun_pattern(tok: Token) -> Optional[Pattern]:
    """The pattern of the noun ``tok`` from ``event_nouns.tsv`` (the "modifier lemma" row first),
    unless a rule types it: an end to an act, exercises, a state of emergency, pressure to act, a
    labour strike; None when it is no trigger."""
    pats = noun_patterns()
    lemma = tok.lemma_.lower()
    if _pretend(tok) or _abstract_foe(tok):
        return None  # "a simulated attack", "rehearsed an invasion", "a battle against cancer": no act
    if lemma in event_words().get("stop_noun", ()):
        # "the suspension of aid", "a halt to the talks", "an end to the siege", "its exit from the treaty"
        leaving = lemma in event_words().get("leave_noun", ())
        for c in tok.children:
            if c.dep_ == "prep" and (c.lower_ in ("of", "to", "in", "on") or (leaving and c.lower_ == "from")):
                if lemma == "end" and c.lower_ != "to":
                    continue  # "at the end of their meeting" is a time, "an end to the talks" an act
                for p in c.children:
                    if p.dep_ != "pobj" or p.lemma_.lower() in event_words().get("stop_noun", ()):
                        continue
                    npat = _left_pattern(p)
                    if npat is not None and plover_types().get(npat.type, ("", ""))[1] == "cooperation":
                        if npat.type == "AID":
                            return recoding("halt_aid")
                        return recoding("halt_cooperation")
                    if npat is not None and npat.type in type_roles("endable"):
                        return _easing(p, npat)
    for c in tok.children:
        if c.dep_ in ("compound", "amod"):
            hit = pats.get(f"{c.lower_} {lemma}")
            if hit:
                return hit if in_sense(tok, hit) else None
    if lemma in ("exercise", "drill", "maneuver", "manoeuvre"):
        # "military exercises" alone are a show of force (CAMEO 150); "joint exercises", "drills with India" cooperation
        force = event_words().get("show_of_force", ())
        if any(c.dep_ in ("compound", "amod") and c.lower_ in force for c in tok.children) and not any(
            (c.dep_ == "prep" and c.lower_ == "with") or c.lower_ in ("joint", "combined") for c in tok.children
        ):
            return recoding("show_of_force")
    if lemma == "peacekeeper" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and not any(
        tok.head.lemma_.lower() in event_words().get(role, ()) for role in ("dispatch", "light", "stop", "admit")
    ):
        # "engaged peacekeepers in a firefight": the peacekeepers are a side, not an act of aid
        # (sending, withdrawing or admitting them is one)
        return None
    if lemma == "state" and any(
        p.lemma_.lower() in event_words().get("state_of", ())
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
    ):
        return recoding("state_of_emergency")  # "declared a state of emergency / siege" (CAMEO 1724)
    if lemma == "pressure" and any(
        c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in tok.children
    ):
        return recoding("demand")  # "pressure from Congress to help Iran": a demand (CAMEO 10)
    if lemma == "call" and _phone_call(tok):
        return pats.get("phone call")  # "placed several calls to her", "a call to the president": talk, no appeal
    if lemma == "strike":
        # a labour strike unless something says it is a military one ("air strike", "strikes on Gaza")
        military = event_words().get("military_strike", frozenset())
        if not any(
            (c.dep_ in ("compound", "amod") and c.lower_ in military) or (c.dep_ == "prep" and c.lower_ in ("on", "against"))
            for c in tok.children
        ):
            return recoding("labour_strike")
    pat = pats.get(lemma)
    return pat if pat is None or in_sense(tok, pat) else None  # "the release of the figures"


def _blow_to_forces(verb: Token, objs: list, words: dict) -> bool:
    """True when a blow dealt lands on forces (``force`` words: "to the army", "to Ukraine's
    forces") or is a military one ("a military blow"), not on a person, a plan or hopes."""
    force = words.get("force", frozenset())
    heads = [verb, *[o for o in objs if o.lemma_.lower() in words.get("blow_object", ())]]
    for h in heads:
        for c in h.children:
            if c.dep_ == "amod" and c.lemma_.lower() in force:
                return True
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "against", "on"):
                if any(p.lemma_.lower() in force or p.lower_ in force for p in c.children if p.dep_ == "pobj"):
                    return True
    return False
