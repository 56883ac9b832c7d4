"""The quotes stage: :func:`extract_quotes` runs the passes over a parsed Doc and
builds :class:`~newsfacts.schema.Quote` records; :func:`quotes_stage` is its pipeline face.

Kinds: ``direct`` (the content is quoted words only), ``partial`` (reported speech with
some quoted words, ``he said it was "absolutely clear"``), ``indirect`` (no marks) and
``reaction`` (no marks and no verb: a bare noun phrase, as PolNeAR marks "the criticism"
in "rejected the criticism" or "Trump's remarks" in "condemned Trump's remarks": what
someone reacted to or mentioned, not words they said).
Spans follow PolNeAR's conventions where they are a choice: a direct quote's content
includes its marks; indirect content includes "that" and excludes the sentence's final
stop. See docs/quotes.md.
"""

from __future__ import annotations

import bisect
from typing import Optional

from spacy.tokens import Doc

from ...schema import Cue, Quote
from ..text import doc_text
from .adjectives import adjective_attributions
from .continuations import drop_nested, extend_with_following_quotes, floating_quotes
from .cues import find_attributions, with_governors
from .evidence_tails import evidence_tail_attributions
from .forms import colon_attributions, headline_attributions, headline_names_source, poll_attributions, title_headline_attributions
from .marks import MarkIndex, Marked, as_index, quote_kind, scan_marks, stabbing, tag_spans
from .nouns import noun_attributions
from .object_cues import object_cue_attributions
from .persons import first_person_speakers
from .receptions import reception_attributions
from .spans import Attr, Sents, whole_words
from .signatures import sign_quotes
from .speakers import Resolver
from .speech import is_reaction, is_speech
from .transcripts import transcript_attributions, without_nested_in_turns
from .unvoiced import is_unvoiced
from .words import reporting_verbs


def extract_quotes(
    doc: Doc, index, *, marked: Optional[list[Marked]] = None, verbs: Optional[dict[str, str]] = None, text: Optional[str] = None,
    cue_tokens: Optional[dict[int, str]] = None,
) -> list[Quote]:
    """Find the quotes and reported speech of a parsed document and their speakers.

    Args:
        doc: a Doc parsed by an English spaCy pipeline with a dependency parser.
        index: the document's :class:`~newsfacts.nlp.entities.EntityIndex`.
        marked: the quoted spans from :func:`scan_marks` (computed when omitted).
        verbs: reporting verb lemma -> class (default: ``lexicons/reporting_verbs.tsv``).
        text: ``doc.text`` when the caller has it (spaCy rebuilds it on every access).
        cue_tokens: token index -> class of the only cues to take (a cue detector's
            choice); the poll and colon passes are then skipped.

    Returns:
        Quote records in text order, with empty ids (the caller numbers them).
        ``speaker`` is an entity id or None; ``speaker_evidence`` the words that name
        the speaker in that attribution (a pronoun included).
    """
    text = doc.text if text is None else text
    if marked is None:
        marked, _ = scan_marks(text)
    marked = as_index(marked)
    verbs = verbs if verbs is not None else reporting_verbs()
    attrs = _attributions(doc, index, text, marked, verbs, cue_tokens)
    resolver = Resolver(doc, index, text, marked)
    for a in sorted(attrs, key=lambda a: a.cue[0]):
        a.speaker, a.speaker_reason = resolver.resolve(a)
        if a.speaker:
            resolver.add_speaker(a.cue[0], a.speaker)
    first_person_speakers(attrs, text, marked, index)
    attrs = [a for a in attrs if not is_unvoiced(doc, text, a, marked)]
    used = {s for a in attrs for s in a.content}
    out = [(min(a.content)[0], _quote(doc, text, a, marked)) for a in attrs]
    out += floating_quotes(text, marked, out, used)
    out = sign_quotes(text, marked, out, index)  # ('"..." / - Sanders.': the signer's)
    out.sort(key=lambda x: x[0])
    return [q for _, q in out]


def _attributions(doc: Doc, index, text: str, marked: MarkIndex, verbs: dict[str, str], cue_tokens: Optional[dict[int, str]]) -> list[Attr]:
    """Every pass's attributions, in the order of their contents: cues, polls,
    quotes that continue an attribution, colons and headlines."""
    sents = Sents(doc)
    attrs = find_attributions(doc, text, marked, verbs, sents, cue_tokens)
    attrs = drop_nested(attrs)
    if cue_tokens is None:  # (after the nesting check: "In a poll, 31% said ..." keeps "said")
        attrs += poll_attributions(doc, text, marked, attrs)
        attrs.sort(key=lambda a: a.cue[0])
    extend_with_following_quotes(text, attrs, marked)
    if cue_tokens is None:
        colons = colon_attributions(doc, text, marked, stabbing([c for a in attrs for c in a.content]), sents)
        extend_with_following_quotes(text, colons, marked, attrs)  # ('Stated Roe: "A." / "B."': B is Roe's too)
        attrs += colons
    if cue_tokens is None:
        attrs += noun_attributions(doc, text, marked, sents, attrs)
        attrs += adjective_attributions(doc, text, marked, attrs)
        attrs += reception_attributions(doc, text, marked, attrs)
        attrs += object_cue_attributions(doc, text, marked, attrs)
        attrs += evidence_tail_attributions(doc, text, marked, sents, attrs)
    if cue_tokens is None:
        attrs += transcript_attributions(doc, text, marked, index)
        attrs = without_nested_in_turns(attrs)  # the gold marks an interview turn, not what is reported inside it
    taken = {c for a in attrs for c in a.content}
    attrs += [a for a in headline_attributions(doc, text, marked) if not any(c in taken for c in a.content) and headline_names_source(text, a, index)]
    if cue_tokens is None:
        attrs += title_headline_attributions(doc, text, marked, verbs, attrs)
    attrs = [a for a in attrs if is_speech(doc, text, a, marked)]
    if tags := tag_spans(text):
        attrs = _without_tags(text, tags, attrs)
    for a in attrs:
        a.content = whole_words(text, a.content)  # (never a cut inside a word: "do|n't")
    with_governors(doc, text, attrs, verbs)
    attrs.sort(key=lambda a: a.content[0][0])
    return attrs


def _without_tags(text: str, tags: list[tuple[int, int]], attrs: list[Attr]) -> list[Attr]:
    """The attributions of a text with markup tags left in it, none made of a tag: no cue or
    content that starts inside a tag ('<tweet pic="" author="Roe">': the parser read "tweet"
    as a verb), and each content cut before a tag it runs into ("... in them.Watch the
    video at <a href=...>"); an attribution left with no content is dropped."""
    out = []
    for a in attrs:
        if _tag_at(tags, a.cue[0]) is not None or any(_tag_at(tags, s) is not None for s, _ in a.content):
            continue
        content = []
        for s, e in a.content:
            k = bisect.bisect_left(tags, (s, s))
            if k < len(tags) and tags[k][0] < e:
                e = tags[k][0]
                while e > s and text[e - 1].isspace():
                    e -= 1
            if e - s >= 3:
                content.append((s, e))
        if content:
            a.content = content
            out.append(a)
    return out


def _tag_at(tags: list[tuple[int, int]], pos: int) -> Optional[tuple[int, int]]:
    """The markup tag holding ``pos`` (``tags`` sorted, not overlapping), or None."""
    k = bisect.bisect_right(tags, (pos, float("inf"))) - 1
    return tags[k] if k >= 0 and pos < tags[k][1] else None


def _quote(doc: Doc, text: str, a: Attr, marked: MarkIndex) -> Quote:
    """The Quote record of an attribution whose speaker is resolved."""
    frags = sorted(a.content)
    kind = quote_kind(text, frags, marked)
    if kind == "indirect" and is_reaction(doc, a):
        kind = "reaction"
    return Quote(
        id="",
        text=" ... ".join(text[s:e] for s, e in frags) if len(frags) > 1 else text[frags[0][0] : frags[0][1]],
        evidence=frags,
        kind=kind,
        speaker=a.speaker,
        speaker_evidence=[a.source] if a.source else [],
        cue=Cue(text[a.cue[0] : a.cue[1]], a.cue[0], a.cue[1]),
        speaker_reason=a.speaker_reason,
    )


def quotes_stage(doc: Doc, report, index, meta) -> None:
    """Pipeline stage: fill ``report.quotes`` (ids ``q1``, ``q2``...) and add a
    ``quote_marks`` warning for each repaired quote mark."""
    text = doc_text(doc)
    marked, warnings = scan_marks(text)
    quotes = extract_quotes(doc, index, marked=marked, text=text)
    for k, q in enumerate(quotes, start=1):
        q.id = f"q{k}"
    report.quotes = quotes
    report.warnings.extend(warnings)
