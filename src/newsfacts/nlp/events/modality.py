"""Modality of an event: negated > hypothetical > future > reported > asserted, read off the
trigger and the verbs above it, conditional clauses, reporting verbs and quotes."""

from __future__ import annotations

from spacy.tokens import Token

from .attitudes import attitude_object
from .caused_clauses import caused_clause
from .context import Candidate, Ctx, OBJ, PASS_SUBJ, SUBJ
from .lexicon import event_words
from .modality_links import condition_first, first_conjunct, lacking, means_verb, negated_belief, phrasal_lemma
from .questions import about_topic_head, in_yes_no_question, wished_clause
from .talk_senses import denied_allegation


#: The note on an act only under consideration ("is considering sending aid"): PLOVER codes no
#: event for it (not an AGREE, not a THREATEN), see :func:`newsfacts.nlp.events.plover_coded_type`.
CONSIDERED = "under consideration: no commitment (PLOVER codes no event)"

#: The note on an act in the condition of a conditional sentence ("if the politicians cut
#: their funding", "should Russia attack"): what would set something off, not a pledge or a
#: threat of anyone's (PLOVER codes no event for it).
CONDITION = "in the condition of a conditional: no commitment (PLOVER codes no event)"

#: The note on an act in the content of a denial ("denied charges that it rescued ..."): a
#: denial is a statement, not a refusal of the act denied (PLOVER codes no event for it).
DENIED = "content of a denial: a statement, not a refusal (PLOVER codes no event)"


MODALITY_RANK = {"negated": 4, "hypothetical": 3, "future": 2, "reported": 1, "asserted": 0}


def _chain(cand: Candidate) -> list[Token]:
    """The trigger and the verbs above it whose modifiers give its modality (its light verb, a
    noun's verb, the verbs an infinitive or a complement hangs from)."""
    chain = [cand.trigger]
    if cand.clause != cand.trigger:
        chain.append(cand.clause)
    elif cand.trigger.pos_ == "NOUN":
        # a noun's modality is its verb's: "would not hesitate to exercise its right to self-defense"
        cur = cand.trigger
        for _ in range(4):
            if cur.dep_ not in ("pobj", "prep", "dobj", "attr", "nsubjpass", "compound", "conj", "appos") or cur.head == cur:
                break
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                chain.append(cur)
                break
    cur = chain[-1]
    for _ in range(5):
        if cur.head == cur:
            break
        if cur.dep_ in ("xcomp", "pcomp", "acomp") or _bare_infinitive_clause(cur) or _shared_infinitive(cur) or caused_clause(cur):
            cur = cur.head
            chain.append(cur)
            if cur.dep_ == "prep" and cur.head != cur:
                cur = cur.head
                chain.append(cur)
            elif (means := means_verb(cur)) is not None:  # "could act ...: by suing X, by cutting funds or by asking Y"
                cur = means
                chain.append(cur)
        else:
            break
    return chain


def _to_infinitive(verb: Token) -> bool:
    """The verb is a "to" infinitive."""
    return verb.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _bare_infinitive_clause(verb: Token) -> bool:
    """A "to" infinitive the parser hung as an adverbial clause with no subject ("declined at
    first to criticize X", "pressed companies to boycott X to protest Y") or as a complement
    ("wants Ankara to close its borders"): it serves the verb above it, whose modality it
    takes, like an ``xcomp``."""
    if verb.dep_ not in ("advcl", "ccomp") or not _to_infinitive(verb) or any(c.dep_ == "mark" for c in verb.children):
        return False  # ("for Washington to oppose X": a clause of its own, hypothetical)
    return verb.dep_ == "ccomp" or not any(c.dep_ in SUBJ for c in verb.children)  # ("wants Ankara to close")


def _shared_infinitive(verb: Token) -> bool:
    """The second of two infinitives or gerunds serving one verb ("wants Ankara to close its borders and join
    the war", "plans to expel X and to cut aid", "is considering sending aid and to retaliate")."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(c.dep_ in SUBJ or c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lower_ != "to") for c in verb.children):
        return False
    head = first_conjunct(verb)  # "promising to raise taxes, expand the army and deport X"
    gerund = head.tag_ == "VBG" and head.dep_ in ("xcomp", "ccomp", "pcomp")  # "should consider bolting X and backing Y"
    return _to_infinitive(head) or (gerund and (_to_infinitive(verb) or verb.tag_ == "VBG"))


def inverted_condition(clause: Token, words: dict) -> bool:
    """True when ``clause`` heads a condition with subject-auxiliary inversion ("should Mrs.
    Clinton win", "had Russia attacked", "were Russia to attack"): it opens with an inversion
    word (``inversion`` rows) that comes before its subject, and it is no question."""
    first = clause.left_edge
    if first.lower_ not in words.get("inversion", ()) or not (first == clause or (first.head == clause and first.dep_ in ("aux", "auxpass"))):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > first.i for c in clause.children):
        return False
    return not clause.sent.text.rstrip().endswith("?")


def _has_inverted_condition(verb: Token, words: dict) -> bool:
    """A "would" clause with an inverted condition below it or right after it, however the
    parser hung it ("would no longer accept donations should Mrs. Clinton win")."""
    below = (k for k in verb.subtree if k.i != verb.i and k.pos_ in ("VERB", "AUX"))
    after = (k for k in verb.head.children if k.i > verb.i) if verb.head.i != verb.i else ()
    return any(inverted_condition(k, words) for k in (*below, *after))


def _backshifted(verb: Token, words: dict) -> bool:
    """"announced it would prohibit aid": a reported "will" (future in the past), not a
    conditional: the clause is the complement of a reporting verb and has no if/unless clause
    and no inverted condition ("should Mrs. Clinton win")."""
    if _has_inverted_condition(verb, words):
        return False
    cur = verb
    for _ in range(4):
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words["hypothetical"] for m in c.children)
               for c in cur.children):
            return False  # "would not hesitate to ... even if it risks ..."
        if cur.dep_ == "ccomp" and cur.head.lemma_ in words["reporting"]:
            return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head == cur:
            return False
        cur = cur.head
    return False


def _negated_other_ways(t: Token, words: dict) -> bool:
    """Negation the verb's own "not" does not show: on its auxiliary ("does not, and never
    will, accept": "never" hangs from "will"), on an auxiliary it is coordinated with ("does
    not, and ... accept"), on a subject or object ("Neither X nor Y condemned"), or on the verb
    of thinking or seeing its clause completes ("could not see herself supporting X")."""
    neg = words["negation"]
    heads = [t, t.head] if t.dep_ == "conj" and not any(c.dep_ in SUBJ for c in t.children) else [t]
    if any(
        c.dep_ in SUBJ and (c.lower_ in words.get("negation_det", ()) or any(k.lower_ in words.get("negation_det", ()) for k in c.children))
        for h in heads
        for c in h.children
    ):
        return True  # "none of them will come out and support Trump"
    for c in t.children:
        if c.dep_ in ("aux", "auxpass") and any(k.dep_ == "neg" for k in c.children):
            return True
        if c.dep_ in SUBJ | PASS_SUBJ | OBJ and (
            c.lower_ in words.get("negation_det", ()) or any(k.lower_ in words.get("negation_det", ()) for k in c.children)
        ):
            return True
    if t.dep_ == "conj" and t.head.pos_ == "AUX" and not any(c.dep_ in SUBJ for c in t.children):
        if any(k.dep_ == "neg" or k.lower_ in neg for k in t.head.children):
            return True
    if t.dep_ == "ccomp" and t.head.lemma_ not in words["reporting"] and t.head != t:
        return any(k.dep_ == "neg" for k in t.head.children) and t.head.lemma_ not in words.get("negation_flip", ())
    return False


def _own_no(trig: Token, words: dict) -> bool:
    """True when an ``own_negation_det`` ("no") is the trigger noun's determiner or that of the
    trigger verb's own subject or object ("offered no real plans"), not of a verb above it."""
    dets = words.get("own_negation_det", ())
    if trig.pos_ == "NOUN":
        own = any(k.dep_ == "det" and k.lower_ in dets for k in trig.children)
        # "there was no specific threat information against Stevens": the noun it modifies
        return own or (trig.dep_ == "compound" and any(k.dep_ == "det" and k.lower_ in dets for k in trig.head.children))
    return any(
        c.dep_ in SUBJ | OBJ and any(k.dep_ == "det" and k.lower_ in dets for k in c.children) for c in trig.children
    )


def _denied_content(tok: Token, words: dict) -> bool:
    """True when ``tok`` heads the content of a denial: the "that" clause of "denied that ..."
    or of an allegation a denial verb takes ("rejected accusations that its troops attacked")."""
    head = tok.head
    if head == tok or tok.dep_ not in ("ccomp", "acl", "relcl", "appos"):
        return False
    if tok.dep_ == "ccomp" and head.lemma_.lower() in words.get("denial_verb", ()):
        return True
    if head.pos_ != "NOUN" or (tok.dep_ == "relcl" and not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)):
        return False  # (a "that" the parser marks as a complementiser opens the allegation's content: "charges by X that it tortured")
    if head.lemma_.lower() in words.get("disputed_claim", ()) and head.dep_ in ("dobj", "nsubjpass"):
        return phrasal_lemma(head.head) in words.get("denial_verb", ())  # "challenged the assertion that ...", "played down the idea"
    return denied_allegation(head)


def _noun_complement_modality(verb: Token, words: dict) -> str:
    """The modality the noun a clause completes gives it: "expressed its readiness to
    negotiate", "announced plans to withdraw" (``future_noun``: future), "Sanders's refusal to
    endorse her" (``failing_noun``: negated)."""
    if verb.dep_ == "advcl" and verb.head.pos_ == "VERB":
        return "future" if _sought_by_object(verb, words) else "asserted"
    if verb.dep_ != "acl" and not (verb.dep_ == "advcl" and verb.head.pos_ == "NOUN"):
        return "asserted"  # ("the need for Americans to praise Muslims": a "for ... to" clause on the noun)
    head = verb.head.lemma_.lower()
    if _to_infinitive(verb) and head in words.get("failing_noun", ()):
        return "negated"
    if head in words.get("future_noun", ()) and _taken_chance(verb.head, words):
        return "asserted"  # "took the opportunity to praise Canada": the praise was given
    return "future" if head in words.get("future_noun", ()) else "asserted"


def _taken_chance(noun: Token, words: dict) -> bool:
    """True for the object of a taking verb that is not negated ("took the opportunity",
    "seized the chance"; not "did not take the chance", "would take the opportunity")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in words.get("taking_verb", ()):
        return False
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in words["hypothetical"]) for c in verb.children)


def _sought_by_object(verb: Token, words: dict) -> bool:
    """True when the to-infinitive ``verb`` hangs on the verb whose object is a ``sought_noun``
    before it: the parser's reading of "made multiple requests through the CIA to speak with
    Bob" (what was requested, not done; not "took the opportunity to praise Canada")."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i or not _to_infinitive(verb):
        return False
    noun = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return noun is not None and noun.lemma_.lower() in words.get("sought_noun", ())


def _for_to_clause(verb: Token, words: dict) -> bool:
    """A "for X to V" clause of a copula ("the only hope is for Washington to oppose X", "it
    becomes harder for Republicans to attack Obama"): an act wished for or judged, not done
    (not "gave approval for the UN to deliver aid": the approval is given), or of a request verb
    ("called for the US to fight IS", "pushed for Congress to act"): an act asked for."""
    if verb.head == verb or not _to_infinitive(verb) or not any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return False
    head = verb.head.lemma_.lower()
    return head in words.get("copula_head", ()) or head in words.get("request_verb", ())


def _copula_infinitive(verb: Token, words: dict) -> bool:
    """A "to" infinitive that a copula says a thing is ("Obama's policy has been to allow X",
    "the way to proceed is to get X working", "the goal is to defeat ISIS") or that "have to",
    "got to" or "ought to" requires ("you have got to sit down and talk"): an aim or a duty,
    not an act done."""
    if verb.head.i == verb.i or not _to_infinitive(verb) or verb.dep_ not in ("xcomp", "ccomp", "attr", "advcl"):
        return False
    head = verb.head
    if head.lemma_.lower() in words.get("obligation", ()) and verb.dep_ == "xcomp":
        # ("does not have to" is no act either; "got to" only as "have got to": "got to meet X" is done)
        return head.lemma_.lower() != "get" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    if head.lemma_.lower() not in words.get("copula_head", ()):
        return False
    subj = [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
    return bool(subj) and all(s.pos_ in ("NOUN", "VERB") and s.ent_type_ == "" for s in subj)


def _modal_conjunct_head(verb: Token):
    """The verb a conjunct shares its auxiliaries with ("would challenge X and support Y"), or
    None when the conjunct has a subject or an auxiliary of its own."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head == verb:
        return None
    if any(c.dep_ in SUBJ or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    cur = verb.head
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
    return cur if cur.pos_ == "VERB" else None


def _infinitive_of_intent(verb: Token, words: dict) -> bool:
    """A "to" infinitive that says what is to be done, not what was done: one that modifies a
    noun ("called for a special prosecutor to investigate X", "has the guts to return our
    jobs") or a purpose clause of a verb of intent the parser hung off as an adverbial
    clause ("promised Sunday at a rally to end the regime")."""
    if _stray_infinitive_conjunct(verb):
        return True  # "have made requests to withdraw the motion, and even to agree to cancel ..."
    while verb.dep_ == "conj" and verb.head != verb and not any(c.dep_ in SUBJ for c in verb.children):
        verb = verb.head  # "requests to withdraw the motion, and even to agree to cancel the meeting"
    if verb.pos_ != "VERB" or verb.head == verb or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return False
    if any(c.dep_ in SUBJ for c in verb.children):
        return False
    if verb.dep_ in ("acl", "relcl"):
        return verb.head.pos_ in ("NOUN", "PROPN") and not _taken_chance(verb.head, words)
    return verb.dep_ == "advcl" and (verb.head.lemma_ in words["future"] or verb.head.lemma_ in words.get("request_verb", ()))


def _stray_infinitive_conjunct(verb: Token) -> bool:
    """A "to" infinitive with no subject that the parser coordinated with a finite verb ("have
    made requests to withdraw the motion, and even to agree to cancel it": "to agree" belongs
    with "to withdraw"): an infinitive cannot coordinate with a finite verb, so it continues an
    infinitive of what is asked or meant, not an act done."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or not _to_infinitive(verb) or any(c.dep_ in SUBJ or c.dep_ in PASS_SUBJ for c in verb.children):
        return False
    head = verb.head
    finite = head.tag_ in ("VBD", "VBZ", "VBP") or (
        head.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_ == "have" for a in head.children)
    )
    return head.pos_ in ("VERB", "AUX") and finite


def _stance_gerund(verb: Token, words: dict) -> bool:
    """A gerund that a stance verb (``general_stance_verb``) or a verb of proposing
    (``proposing_verb``) takes as its object ("oppose sending more troops", "supports giving aid
    to Ukraine", "suggested boycotting Apple"): a policy one is for or against, or proposes."""
    return (
        verb.tag_ == "VBG" and verb.dep_ in ("dobj", "xcomp", "ccomp") and verb.head.i != verb.i
        and (verb.head.lemma_.lower() in words.get("general_stance_verb", ()) or verb.head.lemma_.lower() in words.get("proposing_verb", ()))
    )


def _talk_topic(verb: Token, words: dict) -> bool:
    """A gerund that is what talk is about ("told CNN about extending his support", "joked
    about attacking Iran"): the "about" phrase of a reporting or ``topic_verb`` verb names a
    topic, not an act the text says was done."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "about" or verb.head.head.i == verb.head.i:
        return False
    up = about_topic_head(verb)  # ("talking with officials for weeks about her endorsing X": "about" on a noun)
    talks = {verb.head.head.lemma_.lower(), up.lemma_.lower() if up is not None else ""}
    return any(t in words["reporting"] or t in words.get("topic_verb", ()) for t in talks)


def _failing_noun_to(head: Token, to: Token, words: dict) -> bool:
    """True when the "to" phrase ``to`` completes a ``failing_noun`` ("resistance to providing
    aid"), also when the parser hangs it on the verb that takes the noun ("showed strong
    resistance | to providing")."""
    nouns = words.get("failing_noun", ())
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in nouns
    return head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.i < to.i and c.lemma_.lower() in nouns for c in head.children
    )


def _purpose_modalities(verb: Token, words: dict) -> list[str]:
    """The modalities of the verbs of going (``trip_verb``) a purpose clause serves ("would like
    to go to the United States to meet with mayors": hypothetical; "did not go to Paris to meet Macron": negated;
    "went to Paris to meet Macron": none)."""
    if verb.dep_ != "advcl" or verb.head == verb or any(c.dep_ in SUBJ for c in verb.children):
        return []
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return []
    if verb.head.lemma_.lower() not in words.get("trip_verb", ()):
        return []  # (only a trip's purpose: "will meet in Zurich to discuss" is the meeting's business)
    out = []
    head = verb.head
    for _ in range(3):
        for a in head.children:
            if a.dep_ == "aux" and a.lower_ in words["hypothetical"]:
                out.append("future" if a.lower_ == "would" and _backshifted(head, words) else "hypothetical")
            elif a.dep_ == "aux" and a.lower_ in words["future"]:
                out.append("future")
        if any(c.dep_ == "neg" for c in head.children):
            out.append("negated")
        if head.lemma_ in words["future"]:
            out.append("future")
        if head.dep_ != "xcomp" or head.head == head:
            break
        head = head.head
    return out


def _modal_of(verb: Token, words: dict) -> str:
    """What the modal auxiliary of ``verb`` alone says ("would": hypothetical, unless a
    reported will; "will": future), else asserted."""
    found = "asserted"
    for a in verb.children:
        if a.dep_ == "aux" and a.lower_ in words["hypothetical"] and not _backshifted(verb, words):
            return "hypothetical"
        if a.dep_ == "aux" and (a.lower_ in words["future"] or a.lower_ in ("'ll", "\u2019ll")):
            found = "future"
    return found


def _bare_copula(adj: Token) -> bool:
    """True when the predicative adjective ``adj`` ("able") hangs from a copula in no tense: a
    gerund or a bare infinitive ("being able to", "will be able to", "to be able to"), not "was
    able to" (done) or "is able to"."""
    head = adj.head
    if adj.dep_ != "acomp" or head.i == adj.i or head.lemma_ != "be":
        return False
    return head.tag_ in ("VBG", "VB")


def _through_noun(below: Token, also: tuple[str, ...] = ()) -> bool:
    """True when a noun trigger hangs from a preposition that names no aim: "is offering his
    condolences over an attack", "during the discussion, Pence pledged" (the attack and the
    discussion are no offer or pledge), unlike "hoped for talks", "agreed to talks" (and the
    prepositions ``also`` names)."""
    aims = ("for", "to", "toward", "towards") + also
    return below.pos_ == "NOUN" and below.dep_ == "pobj" and below.head.lower_ not in aims


def _governing_modalities(cand: Candidate, chain: list[Token], words: dict) -> list[str]:
    """The modalities the verbs above the trigger give it: intent ("plan to visit", "is going
    to attack"), failure ("failed to reach", "avoided criticism"), deliberation ("is
    considering sending aid", noted on ``cand`` as :data:`CONSIDERED`)."""
    out = []
    last = chain[-1]
    if last.dep_ == "acl" and last.tag_ == "VBG" and last.head.pos_ == "NOUN" and last.head.lemma_ in words.get("failing", ()):
        out.append("negated")  # "Trump avoids condemning X" parsed as a noun "avoids" with a participle
    for below, t in zip(chain, chain[1:]):
        if t.lemma_ in words["future"] and not _through_noun(below) and not (
            t.lemma_ in words.get("light_offer", ()) and below.lemma_.lower() in words.get("offered_speech", ())
        ):  # ("offered his congratulations" is praise given now, not an intent)
            out.append("future")
        elif t.lemma_ == "go" and t.tag_ == "VBG" and not _through_noun(below, ("with",)):
            out.append("future")  # "With your help, we're going to win": the means of an act to come
        if t.lemma_ in words.get("request_verb", ()) and below.dep_ in ("xcomp", "advcl") and below.pos_ == "VERB":
            out.append("future")  # "pushed Obama to arm the rebels": asked for, not done
        if t.lemma_ in words.get("failing", ()):
            out.append("negated")  # "failed to reach agreement": the act did not happen
        elif below.dep_ == "prep" and below.lower_ == "to" and _failing_noun_to(t, below, words):
            out.append("negated")  # "strong resistance to providing aid": withheld, not given
        if t.pos_ == "ADJ" and t.lemma_.lower() in words.get("ability_adjective", ()) and below.dep_ == "xcomp" and _bare_copula(t):
            out.append("hypothetical")  # "bluster about being able to negotiate a deal": an ability claimed
        if t.pos_ == "ADJ" and t.lemma_.lower() in words.get("deliberation_adjective", ()) and below.dep_ in ("pcomp", "pobj", "prep", "xcomp"):
            out.append("hypothetical")  # "is open to negotiating a deal": entertained, not committed to
            if CONSIDERED not in cand.notes:
                cand.notes.append(CONSIDERED)
        if below.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ in words.get("not_done_adverb", ()) for c in t.children):
            out.append("negated")  # "has yet to apologize": not done (so far)
        if t.lemma_ in words.get("deliberation", ()) and not any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "in" for c in t.children
        ):  # ("weighed in on the allegations" is a comment, not a deliberation)
            out.append("hypothetical")  # "is considering sending aid": no commitment yet
            if CONSIDERED not in cand.notes:
                cand.notes.append(CONSIDERED)
    return out


def _noun_modality(trig: Token, words: dict) -> str:
    """The modality a noun trigger's own phrase gives it: the subject of a modal clause ("an
    attack on Estonia would trigger a response", an indefinite act; the modal only: "the attack
    did not stop them" does not negate the attack), an act sought ("Obama's push for a nuclear agreement",
    "support for replenishing ...")."""
    found = "asserted"
    if trig.dep_ == "nsubj" and trig.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) for c in trig.children
    ):  # (not "Trump's accusations could galvanize extremists": those were made)
        found = _modal_of(trig.head, words)
    if trig.dep_ == "pobj" and trig.head.lower_ in ("for", "toward", "towards") and (
        trig.head.head.pos_ == "NOUN" and trig.head.head.lemma_.lower() in words.get("future_noun", ())
    ):
        found = max(found, "future", key=MODALITY_RANK.get)
    for c in trig.children:
        if c.dep_ == "prep" and c.lower_ == "for" and any(p.pos_ == "VERB" and p.tag_ == "VBG" for p in c.children):
            found = max(found, "future", key=MODALITY_RANK.get)
    return found


def _not_yet(clause: Token, words: dict) -> bool:
    """A clause opened by "before" or "until" (``not_yet`` rows) in the present tense or with a
    modal: what it names has not happened at the time ("before he throws his support behind
    Kim", "until Russia withdraws"); a past one ("hours before Russia invaded") has."""
    if not any(c.dep_ == "mark" and c.lower_ in words.get("not_yet", ()) for c in clause.children):
        return False
    return clause.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "MD") and c.lower_ not in ("has", "have", "'s", "'ve") for c in clause.children
    )


def _set_aside(clause: Token, words: dict) -> bool:
    """True when ``clause`` is the act an "instead of" / "rather than" (``set_aside`` rows) sets
    aside: "Instead of complying with the demand, X filed a complaint", "flew home rather than
    meet Lopez": the act was not done."""
    rows = words.get("set_aside", frozenset())
    doc = clause.doc
    if clause.dep_ == "pcomp" and clause.head.i > 0:
        prep = clause.head
        return f"{doc[prep.i - 1].lower_} {prep.lower_}" in rows
    if clause.dep_ == "conj":
        for c in clause.head.children:
            if c.dep_ == "cc" and c.i < clause.i and c.i > 0 and f"{doc[c.i - 1].lower_} {c.lower_}" in rows:
                return True
    return False


def _condition_clause(clause: Token, words: dict) -> bool:
    """A clause that completes a ``condition_noun`` ("upon the condition that the state
    contribute $5 million", "on condition that Iran release the sailors"): a condition set,
    not an act done."""
    return clause.dep_ in ("acl", "ccomp") and clause.head.i != clause.i and clause.head.lemma_.lower() in words.get("condition_noun", ())


def _chain_modalities(chain: list, words) -> list[str]:
    """The modalities the words on the trigger's chain carry themselves: negation ("not", "never",
    "instead of"), modal auxiliaries ("would", "may"), future auxiliaries and adjectives."""
    found: list[str] = []
    for t in chain:
        if _negated_other_ways(t, words) or _set_aside(t, words):
            found.append("negated")  # (_set_aside: "instead of complying with the demand": not done)
        for c in t.children:
            low = c.lower_
            if low in ("'d", "\u2019d") and t.tag_ in ("VB", "VBP"):
                low = "would"  # "he'd support Clinton": a bare verb after 'd is "would", not "had"
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and low in words["negation"]):
                if t.lemma_ not in words.get("negation_flip", ()):
                    found.append("negated")
            elif c.dep_ == "aux" and low in words["hypothetical"]:
                if low != "would" and any(a.dep_ == "aux" and a.lower_ == "have" for a in t.children):
                    continue  # "may have launched attacks": a possibility about the past, not a condition
                found.append("future" if low == "would" and _backshifted(t, words) else "hypothetical")
            elif c.dep_ in ("aux", "auxpass") and (low in words["future"] or low in ("'ll", "\u2019ll")):
                found.append("future")
            elif c.dep_ in ("amod",) and low in words["future_adjective"]:
                found.append("future")
    return found


def event_modality(cand: Candidate, ctx: Ctx) -> str:
    """The candidate's modality: negated > hypothetical > future > reported > asserted, from
    "not", "would/could/if", "will/plan to", a reporting verb, or a quote (linked to ``cand.quote``)."""
    words = event_words()
    chain = _chain(cand)
    found = "asserted"

    def bump(m: str) -> None:
        """Raise the modality found to ``m`` if ``m`` ranks higher."""
        nonlocal found
        if MODALITY_RANK[m] > MODALITY_RANK[found]:
            found = m

    if _own_no(cand.trigger, words):
        bump("negated")  # "offered no real plans", "there was no attack"
    if lacking(cand, words):
        bump("negated")  # "a lack of commitment on the part of Iran", "the absence of talks"
    for m in _chain_modalities(chain, words):
        bump(m)
    conj_head = _modal_conjunct_head(chain[-1])
    if conj_head is not None:
        # "YAF would challenge X, support Y and call for Z": the conjuncts share the modal
        bump(_modal_of(conj_head, words))
    # (a trip's purpose: "would like to go to Washington to meet X": the trip's modal is the meeting's)
    for m in _governing_modalities(cand, chain, words) + [m for t in chain for m in _purpose_modalities(t, words)]:
        bump(m)
    if chain[-1].dep_ == "csubj" and any(
        p.lower_ == "question" for c in chain[-1].head.children if c.dep_ == "prep" and c.lower_ == "out" for p in c.subtree
    ):
        bump("negated")  # "removing the sanctions is out of the question": ruled out
    bump(_noun_complement_modality(chain[-1], words))
    if attitude_object(cand.trigger, words):
        bump("hypothetical")  # "hoped for more talks", "pessimism over holding negotiations": neither done nor pledged
        if CONSIDERED not in cand.notes:
            cand.notes.append(CONSIDERED)
    if any(_sought_by_object(t, words) for t in chain):
        bump("future")  # "made requests to speak with Bob"
    if any(_stance_gerund(t, words) or _talk_topic(t, words) for t in chain):
        bump("hypothetical")  # "suggested boycotting Apple", "told CNN about extending his support"
    if _infinitive_of_intent(chain[-1], words):
        bump("future")
    trig = cand.trigger
    if trig.pos_ == "NOUN":
        bump(_noun_modality(trig, words))
    # conditional clauses: "if", "unless", "even if"
    if any(condition_first(t) for t in chain):
        bump("hypothetical")  # "If X moderates his rhetoric, he offers ...": a condition before the act
    if in_yes_no_question(trig, ctx):
        bump("hypothetical")  # "Would it make ISIL less committed to kill Americans?": asked, not said
    if any(_copula_infinitive(t, words) for t in chain):
        bump("hypothetical")  # "Obama's policy has been to allow X": an aim, not an act done
    cur = chain[-1]
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in words["hypothetical"] for c in cur.children) or _for_to_clause(cur, words) or _copula_infinitive(cur, words):
            bump("hypothetical")  # (_for_to_clause: "the only hope is for Washington to oppose X": wished for, not done)
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cur.children) or inverted_condition(cur, words) or _condition_clause(cur, words):
            bump("hypothetical")  # "if the politicians cut their funding": the condition, not an act
            if CONDITION not in cand.notes:
                cand.notes.append(CONDITION)
        if cur.dep_ in ("ccomp", "advcl") and cur.head.lemma_ in words["reporting"]:
            bump("reported")
        if wished_clause(cur, words) or negated_belief(cur, words):
            bump("hypothetical")  # "I wish Obama had met Putin", "I don't think Iran sent arms": not asserted
        if _not_yet(cur, words):
            bump("future")  # "before he throws his support behind X": not done at the time
            if any(c.dep_ == "mark" and c.lower_ in words.get("until_condition", ()) for c in cur.children) and CONDITION not in cand.notes:
                cand.notes.append(CONDITION)  # "sanctions stay until Iran releases them": a condition, no pledge
        if _denied_content(cur, words):
            bump("negated")  # "denied charges that it tortured a priest": the text does not say it happened
            if DENIED not in cand.notes:
                cand.notes.append(DENIED)
        if cur.head == cur:
            break
        cur = cur.head
    q = ctx.quote_at(trig.idx)
    if q is not None:
        cand.quote = q.id
        bump("reported")
    return found
