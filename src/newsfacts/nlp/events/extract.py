"""The event stage: :func:`extract_events` (parsed Doc, entity index and report in; events
and new place records out), sentence by sentence: candidates, absorption, checks, setting,
records."""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan

from ...schema import Event, Place, Report
from ..token_arrays import pos_tags
from .absorb import absorb
from .candidates import modal_demand, noun_candidate, verb_candidate
from .content_events import fold_contents
from .context import Candidate, Ctx
from .destinations import destination_target
from .harm_doers import borrow_doers
from .modality import event_modality
from .recode import checked
from .records import build_records
from .stop_senses import asked_elsewhere, stop_context, stop_subject
from .setting import enumeration, place_of
from .placed_targets import placed_target_country
from .relation_targets import relation_target
from .side_rules import complete_sides
from .syntax import governing_verb
from .non_targets import drop_denied, drop_instruments, drop_source_phrases, drop_thing_phrases, drop_victims
from .triggers import modifies_a_trigger_or_agent, noun_pattern, verb_pattern


def extract_events(doc: Doc, index, report: Report) -> tuple[list[Event], list[Place]]:
    """Find the events of a parsed document.

    Args:
        doc: the parsed document.
        index: the :class:`~newsfacts.nlp.entities.EntityIndex` of ``doc``.
        report: the report so far; its ``quotes``, ``places`` and ``dates`` are linked to
            (they may be empty: then ``quote``, ``place`` and ``date`` stay null unless the
            event names its place, which is then returned as a new place record).

    Returns:
        ``(events, new_places)``: events in text order with ids ``ev1``..., and place
        records for event locations that no earlier stage recorded (ids continue after
        the report's places).
    """
    ctx = Ctx(doc, index, report)
    cands: list[Candidate] = []
    for k, sent in enumerate(ctx.sents):
        if stop_context(sent):
            continue  # a byline: "Contributing: Ann Roe", "(Reporting by X; Editing by Y)"
        sent_cands, demanded = _sentence_candidates(sent, ctx)
        absorb(sent_cands, demanded)
        headline = k == 0 and _headline(sent, ctx)
        kept = [c for c in sent_cands if not c.absorbed and checked(c, ctx)]
        fold_contents(kept)  # "urged X to press Y to attack Z": the attack is the request's content
        settled: list[Candidate] = []
        for c in kept:
            if c.absorbed:
                continue
            if headline:
                c.uncoded = "headline"  # elliptic; the story's body reports the act again
            settled += _settled(c, ctx)
        borrow_doers(settled, ctx)  # "were killed as Russian forces launched strikes": the forces
        cands += settled
    return build_records(cands, ctx, report)


def _headline(sent: SpacySpan, ctx: Ctx) -> bool:
    """True when the document's first sentence is a headline: a short first line (at most
    16 words) set off by a blank line or without final punctuation, with more text after it."""
    rest = ctx.text[sent.end_char:]
    line_end = ctx.text.find("\n", sent.start_char)
    if line_end < 0 or not rest.strip() or ctx.text[sent.start_char:line_end].count(" ") >= 16:
        return False
    if ctx.text[line_end:].startswith(("\n\n", "\n\r\n", "\r\n\r\n")):
        return True
    return not ctx.text[sent.start_char:line_end].rstrip().endswith((".", "!", "?", '"', "\u201d"))


#: the parts of speech a trigger or a modal demand can have (every other token is skipped)
_TRIGGER_POS = frozenset(("VERB", "AUX", "NOUN"))


def _sentence_candidates(sent: SpacySpan, ctx: Ctx) -> tuple[list[Candidate], set[int]]:
    """``(candidates, demanded)``: the event candidates of one sentence's verb and noun
    triggers and modal demands, in token order, and the token indices of the verbs a demand
    was read off."""
    sent_cands: list[Candidate] = []
    demanded: set[int] = set()
    stopped: dict[int, bool] = {}  # stop_subject by token index: a verb governs many nouns

    def stop(t) -> bool:
        if t.i not in stopped:
            stopped[t.i] = stop_subject(t)
        return stopped[t.i]

    pos, doc = pos_tags(sent.doc), sent.doc
    for tok in (doc[i] for i in range(sent.start, sent.end) if pos[i] in _TRIGGER_POS):  # no Token made for the other words
        if tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound"):
            pat = verb_pattern(tok) if not stop(tok) and not asked_elsewhere(tok) else None  # "a poll gave ...", "prices hit ..."
            if pat is not None and pat.type == "SUPPORT" and tok.dep_ == "acl" and tok.tag_ == "VBN":
                pat = None  # "forces backed by Russian warplanes": who they are, not what was done
            if pat is not None and pat.type == "AGREE" and any(c.dep_ == "ccomp" for c in tok.children) and not any(
                c.dep_ in ("dobj", "xcomp") for c in tok.children
            ):
                pat = None  # "agreed that the Iron Dome saved lives": an opinion, not an agreement
            if pat is not None:
                sent_cands.append(verb_candidate(tok, pat, ctx))
        if tok.pos_ in ("VERB", "AUX"):
            demand = modal_demand(tok, ctx)
            if demand is not None:
                demanded.add(tok.i)
                sent_cands.append(demand)
        elif tok.pos_ == "NOUN" and not modifies_a_trigger_or_agent(tok):
            gov = governing_verb(tok)
            pat = noun_pattern(tok) if gov is None or not stop(gov) else None  # "a poll tracks support"
            if pat is not None:
                c = noun_candidate(tok, pat, ctx)
                if c is not None:
                    sent_cands.append(c)
    return sent_cands, demanded


def _settled(c: Candidate, ctx: Ctx) -> list[Candidate]:
    """The candidate with its modality and place; for "talks with A at P, B at Q", one
    candidate per counterpart, each with its own place."""
    c.modality = event_modality(c, ctx)
    complete_sides(c, ctx)  # "received donations from X": X gives; "a plant in central Iran": Iran's
    drop_thing_phrases(c, ctx)  # "returned 12 skulls to Peru": Peru, not the skulls
    drop_victims(c, ctx)  # "opposed discrimination against Muslims": not the Muslims
    drop_instruments(c, ctx)  # "bombed Yemen with American bombs": not the US
    drop_source_phrases(c)  # "Saudi Arabia lifted its blockade of Yemen": "its" is no target
    drop_denied(c)  # "blamed it on X, not on Iran": not Iran
    relation_target(c, ctx)  # "cut ties with Israel": Israel
    destination_target(c, ctx)  # "returned the statues to Peru": Peru
    place_of(c, ctx)
    placed_target_country(c, ctx)  # "killed 11 civilians in Cameroon": CMR
    items = enumeration(c, ctx) if c.pattern.type == "CONSULT" else []
    out: list[Candidate] = []
    if items:
        for side, place in items:
            clone = Candidate(c.pattern, c.trigger, c.trigger_span, c.source, side, c.clause, c.modality, c.quote)
            clone.uncoded = c.uncoded
            if place:
                clone.place, clone.place_entity = place[1], place[0]
            else:
                clone.place, clone.place_entity = c.place, c.place_entity
            out.append(clone)
    else:
        out.append(c)
    return out
