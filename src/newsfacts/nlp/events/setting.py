"""Setting of an event: its place ("at/in X" in the trigger's clause), its date record, and
the list "talks with A at P, B at Q and C at R" (one counterpart and place each)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ...schema import DateRecord
from .parties import is_place_token
from .modifiers import local_place
from .context import Candidate, Ctx, Side, Span, SUBJ
from .lexicon import entity_types, preps
from .syntax import pobjs, token_after, token_before


def place_of(cand: Candidate, ctx: Ctx) -> None:
    """The nearest "at/in X" phrase naming a place, in the clause of the trigger (not inside a
    subordinate clause), that is not one of the event's actors."""
    best = None
    for top in {cand.trigger.i: cand.trigger, cand.clause.i: cand.clause}.values():
        stack = [top]
        while stack:
            t = stack.pop()
            for c in t.children:
                if c.dep_ in ("ccomp", "relcl", "advcl", "acl", "csubj", "parataxis", "appos", "conj"):
                    continue
                if c.dep_ == "prep" and (c.lower_ in preps("place") or (c.lower_ == "to" and t.lemma_ == "welcome")):
                    for p in pobjs(c):
                        hit = is_place_token(p, ctx) or _named_place(p, ctx)  # "at the Warsaw summit"
                        if hit and hit[0] not in cand.target.ids and hit[0] not in cand.source.ids:
                            d = abs(p.i - cand.trigger.i)
                            if best is None or d < best[0]:
                                best = (d, hit)
                stack.append(c)
    if best is None:
        best = next(((0, h) for k in cand.trigger.children if (h := local_place(k, ctx))), None)  # "the Geneva talks"
    if best:
        cand.place, cand.place_entity = best[1][1], best[1][0]


def _named_place(tok: Token, ctx: Ctx) -> Optional[tuple[str, Span]]:
    """The place modifying an event noun ("the Warsaw summit"): (entity id, span), or None."""
    return next((h for k in tok.children if (h := local_place(k, ctx))), None)


def date_of(cand: Candidate, ctx: Ctx, sent_span: Span) -> Optional[DateRecord]:
    """The date record that modifies the event: attached to the trigger, to the verb of its
    clause, or to a verb that clause hangs from as an adverbial clause ("Two weeks ago,
    Israel came out of a round in Gaza ... after Hamas opened fire"). A date inside another
    noun phrase ("the 2015 nuclear deal") or a duration ("11-day") does not date the event."""
    if not ctx.dates:
        return None
    anchors = {cand.trigger.i, cand.clause.i}
    anchors |= {c.i for t in (cand.trigger, cand.clause) for c in t.children if c.dep_ in ("dobj", "dative")}
    cur = cand.clause
    for _ in range(3):
        if cur.dep_ in ("advcl", "conj", "xcomp", "pcomp", "prep", "pobj") and cur.head != cur:
            cur = cur.head
            anchors.add(cur.i)
        else:
            break
    best = None
    loose: set[str] = set()
    loose_rec: dict[str, DateRecord] = {}
    for d, s, e, root in ctx.date_roots(ctx.sent_of[cand.trigger.i]):
        if e > sent_span[1]:
            continue
        head = root.head
        attached = head.i in anchors or (root.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in anchors)
        if attached and (best is None or abs(s - cand.trigger.idx) < abs(best[0] - cand.trigger.idx)):
            best = (s, d)
        if not attached and _clause_date(root):
            loose.add(d.id)
            loose_rec[d.id] = d
    if best:
        return best[1]
    if len(loose) == 1 and cand.modality not in ("future", "hypothetical"):
        # the one time adverbial of the sentence ("Two weeks ago, Israel came out of a round in
        # Gaza ... after Hamas opened fire"): the parse hangs it on another clause
        return loose_rec[next(iter(loose))]
    return None


def _clause_date(root: Token) -> bool:
    """True when a date phrase modifies a verb (a time adverbial), not a noun ("the 2015 deal")."""
    head = root.head
    if root.dep_ in ("npadvmod", "advmod", "tmod", "obl") and head.pos_ in ("VERB", "AUX"):
        return True
    return root.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX")


def enumeration(cand: Candidate, ctx: Ctx) -> list[tuple[Side, Optional[tuple[str, Span]]]]:
    """For "talks with A at P, B at Q and C at R": [(A, P), (B, Q), (C, R)], read off the text.

    The small model's parse of such lists is unreliable (B and C come out as appositions
    of an earlier noun), so the list is read token by token after the "with" object:
    separators are commas and "and", a place follows "at"/"in", and the list ends at the
    first word that is neither (or at a line break).
    """
    withs = [c for c in cand.trigger.children if c.dep_ == "prep" and c.lower_ == "with"]
    if not withs:
        return []
    first = next(pobjs(withs[0]), None)
    if first is None:
        return []
    hit = ctx.token_entity(first)
    if not hit:
        return []
    doc = ctx.doc
    sent_end = ctx.sent(first).end
    items: list[list] = [[hit, None]]
    i = token_after(doc, hit[1][1])
    while i is not None and i < sent_end:
        t = doc[i]
        if "\n" in t.text:
            break
        low = t.lower_
        if low in (",", "and", "the", "as", "well") or t.dep_ == "cc":
            i += 1
            continue
        if t.text == "(":
            j = i + 1
            while j < sent_end and doc[j].text != ")":
                j += 1
            i = j + 1
            continue
        if low in ("at", "in") and i + 1 < sent_end:
            j = i + 1
            while j < sent_end and doc[j].lower_ == "the":
                j += 1
            ph = ctx.token_entity(doc[j]) if j < sent_end else None
            if not ph:
                break
            if low == "at" or items[-1][1] is None:
                if low == "at" or ctx.types.get(ph[0]) in entity_types("place"):
                    items[-1][1] = items[-1][1] or ph
            i = token_after(doc, ph[1][1])
            continue
        m = ctx.by_start.get(t.idx)
        if m is None:
            break
        end, eid = m
        if ctx.types.get(eid) not in entity_types("actor") or eid in cand.source.ids:
            break
        last = token_before(doc, end)
        if last is not None and doc[last].dep_ in SUBJ:
            break  # "talks with Gantz, Austin said": Austin starts a new clause
        items.append([(eid, (t.idx, end)), None])
        i = token_after(doc, end)
    if len(items) < 2:
        return []
    return [(Side(ids=[h[0]], spans=[h[1]]), p) for h, p in items]
