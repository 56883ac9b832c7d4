"""Events: who did what to whom, typed in PLOVER, with mode, modality, place, date and evidence.

``extract_events(doc, index, report)`` is a pure function: a parsed spaCy Doc, the entity
index and the report so far (quotes, places and dates from earlier stages) in; a list of
:class:`~newsfacts.schema.Event` out (plus new :class:`~newsfacts.schema.Place` records for
event locations no earlier stage recorded, returned separately).

How it works, sentence by sentence:

1. **Triggers.** A verb whose lemma is in ``lexicons/event_verbs.tsv`` (with its particle
   when the row needs one: "call for", "pull out"), or a noun in ``event_nouns.tsv``
   ("talks", "attack", "sanctions"), only in its event sense: the row's sense conditions
   (:mod:`.senses`: "recalled its ambassador", not "she recalls his words") and no stop
   context (a byline, a poll or a market as subject).
2. **Actors.** For a verb: the subject is the source (the "by" agent of a passive; the
   subject of the governing verb for an infinitive or a conjunct), the object or a
   "with/to/against/on/at" phrase the target. For a noun: a possessor or national
   adjective ("Israeli strikes"), "by/from" phrases, the subject of the verb that takes it
   as object ("held talks") or of the copula ("Iran is a threat"), and "with/to/on/against/
   for/between" phrases. Each side is mapped to entity ids through the entity index;
   pronouns go to the nearest fitting entity (the speaker, inside a quote, for I/we), and
   relative pronouns to the noun they modify. A side with no entity stays empty and the
   event's ``notes`` say why.
3. **Absorption.** An infinitive or noun governed by another trigger ("threatened to
   attack", "signed an agreement", "rejected the demand") does not make an event of its
   own: it belongs to the governing one (PLOVER codes the threat, not the attack); so does
   any act deeper in what is asked for, promised, threatened, refused, alleged or backed, and
   an act's purpose ("urged X to back a plan to send troops", "will visit X to mediate"),
   kept as a ``context:`` note on the outer event.
4. **Modality.** negated > hypothetical > future > reported > asserted, from "not",
   "would/could/if", "will/plan to/pledge", and quotes (the event links the quote id) or
   "X said that ..." complements.
5. **Place and date.** "at/in" phrases on the trigger or its target, matched to the
   report's place records (or recorded as a new place when no stage had it), and the
   date record inside the trigger's clause. No date record: ``date`` stays null and the
   store falls back to the publication date, marked inferred.
6. **Lists.** "talks with A at P, B at Q and C at R" gives one event per counterpart,
   each with its own place.
7. **De-duplication.** Mentions of the same interaction (same type, same participants;
   CONSULT is symmetric; not one negated and one not; no conflicting dates) are one
   event with several evidence spans. An event with no entity on either side, or in a
   headline, is kept with ``uncoded`` saying why ("no actor", "headline"): a mention that
   no count or export includes. The merged events then pass the codable test
   (:mod:`.codable`: both sides named, no generic group, no figure of speech) or get
   ``uncoded`` too ("no target named", "pronoun only", "figurative", ...).

Modules, in the order a document goes through them:

- :mod:`.lexicon`: the word lists and trigger patterns (``lexicons/event_*.tsv``) and ``Pattern``;
- :mod:`.coding`: PLOVER/CAMEO coding of a type (quad class, PentaClass, PLOVER's coded type);
- :mod:`.context`: ``Ctx`` (lookups over one document), ``Side`` and ``Candidate``;
- :mod:`.syntax`: small dependency-tree helpers;
- :mod:`.triggers`: trigger typing of verbs and nouns (step 1);
- :mod:`.senses`: the sense conditions of trigger rows and the stop contexts (bylines, polls):
  a trigger fires only in its event sense;
- :mod:`.actors`: the entities a phrase names, pronouns, a verb's subject (step 2);
- :mod:`.targets` and :mod:`.candidates`: an event candidate's source and target (step 2);
- :mod:`.recode`: checks on, and re-typing of, the candidates kept;
- :mod:`.modality` (step 4) and :mod:`.setting` (steps 5 and 6);
- :mod:`.records`: event records from candidates, with de-duplication (step 7);
- :mod:`.codable`: the codable-event test, the reason an event is ``uncoded`` (step 7);
- :mod:`.absorb`: absorption (step 3);
- :mod:`.content_events`: acts in the content or purpose of another act (step 3);
- :mod:`.extract`: :func:`extract_events`, the stage.
"""

from __future__ import annotations

from .coding import pentaclass, plover_coded_type, quad_class
from .enrich import extract_events  # the stage of .extract, with goldstein, is_root and background set
from .lexicon import (
    Pattern,
    actor_words,
    agent_words,
    cameo_roots,
    event_words,
    noun_patterns,
    plover_types,
    recodings,
    verb_patterns,
)

__all__ = [
    "extract_events",
    "Pattern",
    "actor_words",
    "agent_words",
    "cameo_roots",
    "event_words",
    "noun_patterns",
    "plover_types",
    "recodings",
    "verb_patterns",
    "pentaclass",
    "plover_coded_type",
    "quad_class",
]
