"""An optional trained quote tagger: Content / Source / Cue spans as token BIO tags.

The rules in :mod:`newsfacts.nlp.quotes` are the default. This module adds a small
CPU model the user trains on PolNeAR (``newsfacts train quotes``; the weights come
from research-only data and are never shipped). It is a spaCy ``tagger`` with its own
hash-embedding CNN (no pretrained vectors) over a *copy* of the parsed document, so
the main pipeline's tags are untouched. Besides the word's norm, prefix, suffix and
shape, each token carries features from the parse the pipeline already made: its
coarse part of speech, dependency label, entity type, and one composite feature
(whether it is inside quote marks, and its relation to the nearest reporting verb
above it in the tree: ``cue``, ``ccomp``, ``nsubj``...).

Functions here are pure: the loaded model is an argument.

- :func:`features_doc` builds the model's input Doc from a parsed Doc.
- :func:`gold_tags` paints PolNeAR attributions onto tokens (training).
- :func:`predict_attributions` tags a parsed Doc and links the spans into
  attributions (content fragments, cue, source).
- :func:`model_quotes` turns them into :class:`~newsfacts.schema.Quote` records,
  resolving speakers with the rules' resolver: added to the rules' quotes where
  those found nothing (``mode="augment"``, the default), the other way round
  (``"combined"``), or alone (``"model"``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import numpy
from spacy.tokens import Doc

from ...schema import Cue, Quote
from .marks import as_index, quote_kind, scan_marks
from .spans import Attr
from .speakers import Resolver
from .words import reporting_verbs

PIPE = "quote_tagger"
ROLES = ("CONTENT", "SOURCE", "CUE")
LABELS = ("O",) + tuple(f"{p}-{r}" for r in ROLES for p in ("B", "I"))
MODES = ("augment", "combined", "model")
_MAX_UP = 12  # ancestors walked to find a reporting verb
_LINK_WINDOW = 40  # tokens between a content and its cue
_SPLIT_GAP = 12  # tokens between the two fragments of a quote split by its attribution
FILL_GAP = 3  # untagged tokens inside one sentence that do not cut a content in two
FILL_PROB = 0.1  # content probability that fills a longer gap
#: ``augment`` adds only the model's attributions at least this sure of their tags: chosen on
#: PolNeAR train documents 600-839 with a model trained on 0-599 (docs/accuracy.md)
AUGMENT_MIN_CONFIDENCE = 0.85
MERGE_SAME_CUE = True  # contents linked to one cue, on one side of it, are one
_OPEN_MARKS = {"\u201c", '"', "``", "''"}
_CLOSE_MARKS = {"\u201d", '"', "''"}


def tagger_config(width: int = 96, depth: int = 4) -> dict:
    """The tagger's model config: spaCy's own small CNN tok2vec, no vectors."""
    return {
        "model": {
            "@architectures": "spacy.Tagger.v2",
            "nO": None,
            "normalize": False,
            "tok2vec": {
                "@architectures": "spacy.Tok2Vec.v2",
                "embed": {
                    "@architectures": "spacy.MultiHashEmbed.v2",
                    "width": width,
                    "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE", "POS", "DEP", "ENT_TYPE", "LEMMA"],
                    "rows": [5000, 1000, 2500, 2500, 50, 100, 50, 1000],
                    "include_static_vectors": False,
                },
                "encode": {
                    "@architectures": "spacy.MaxoutWindowEncoder.v2",
                    "width": width,
                    "window_size": 1,
                    "maxout_pieces": 3,
                    "depth": depth,
                },
            },
        }
    }


def blank_model(width: int = 96, depth: int = 4):
    """A blank English pipeline holding only the untrained quote tagger."""
    import spacy

    qnlp = spacy.blank("en")
    tagger = qnlp.add_pipe("tagger", name=PIPE, config=tagger_config(width, depth))
    for label in LABELS:
        tagger.add_label(label)
    return qnlp


@lru_cache(maxsize=2)
def load_model(path: str):
    """Load a trained quote model folder (cached per path).

    Raises:
        NewsfactsError: the folder is not a trained quote model.
    """
    import spacy

    from ...errors import E_QUOTES_MODEL, NewsfactsError

    p = Path(path)
    if not (p / "config.cfg").is_file():
        raise NewsfactsError(f"{path} is not a trained quote model (no config.cfg): build one with `newsfacts train quotes`", code=E_QUOTES_MODEL)
    qnlp = spacy.load(p)
    if PIPE not in qnlp.pipe_names:
        raise NewsfactsError(f"{path} has no '{PIPE}' component: build it with `newsfacts train quotes`", code=E_QUOTES_MODEL)
    return qnlp


def _reporting_path(tok, verbs) -> str:
    if tok.lemma_.lower() in verbs and tok.pos_ in ("VERB", "AUX", "NOUN"):
        return "cue"
    cur = tok
    for _ in range(_MAX_UP):
        head = cur.head
        if head.i == cur.i:
            return "none"
        if head.lemma_.lower() in verbs and head.pos_ in ("VERB", "AUX"):
            return cur.dep_ or "dep"
        cur = head
    return "none"


def features_doc(vocab, doc: Doc, text: Optional[str] = None) -> Doc:
    """The model's input: a copy of ``doc`` (same tokens) carrying the parse features.

    Args:
        vocab: the quote model's vocab.
        doc: a Doc parsed by the newsfacts pipeline.
        text: ``doc.text`` when the caller has it.

    Returns:
        A new Doc with words, spaces, POS, heads, dependency labels and entities
        copied, and the composite feature (quote marks / reporting-verb relation) in
        the lemma slot.
    """
    text = doc.text if text is None else text
    marked, _ = scan_marks(text)
    bounds = sorted((m.start, m.end) for m in marked)
    verbs = reporting_verbs()
    inside = []
    k = 0
    for tok in doc:
        while k < len(bounds) and bounds[k][1] <= tok.idx:
            k += 1
        inside.append(k < len(bounds) and bounds[k][0] <= tok.idx < bounds[k][1])
    lemmas = [f"{'q' if q else '-'}|{_reporting_path(t, verbs)}" for t, q in zip(doc, inside)]
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]
    has_parse = doc.has_annotation("DEP")
    return Doc(
        vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        pos=[t.pos_ or "X" for t in doc] if doc.has_annotation("POS") else None,
        heads=[t.head.i for t in doc] if has_parse else None,
        deps=[t.dep_ or "dep" for t in doc] if has_parse else None,
        lemmas=lemmas,
        ents=ents if doc.has_annotation("ENT_IOB") else None,
    )


def gold_tags(doc: Doc, attributions: Sequence) -> list[str]:
    """BIO tags of the top-level attributions (PolNeAR ``Attribution`` objects) on ``doc``.

    An attribution whose cue lies inside another attribution's content is nested
    (speech reported inside a quote) and left out, as the rules do. Content is
    painted first, then Source, then Cue; a token belongs to a span when its first
    character does.
    """
    def first(a):
        for span in (a.cue, a.source, a.content):
            if span:
                return span[0][0]
        return None

    contents = [a.content for a in attributions if a.content]
    top = []
    for a in attributions:
        pos = first(a)
        if pos is None:
            continue
        if any(c is not a.content and any(s <= pos < e for s, e in c) for c in contents):
            continue
        top.append(a)
    starts = [t.idx for t in doc]
    tags = ["O"] * len(doc)
    for role in ROLES:
        for a in top:
            span = a.role(role.capitalize())
            for s, e in span or ():
                prev_in = False
                for i, ts in enumerate(starts):
                    if s <= ts < e:
                        tags[i] = ("I-" if prev_in else "B-") + role
                        prev_in = True
                    else:
                        prev_in = False
    return tags


def tag_spans(tags: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
    """Token spans ``[start, end)`` per role from BIO tags (an ``I`` after another
    role starts a span)."""
    out: dict[str, list[tuple[int, int]]] = {r: [] for r in ROLES}
    cur_role, cur_start = None, 0
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, role = tag.partition("-")
        if cur_role is not None and (prefix != "I" or role != cur_role):
            out[cur_role].append((cur_start, i))
            cur_role = None
        if prefix in ("B", "I") and cur_role is None and role in out:
            cur_role, cur_start = role, i
    return out


@dataclass
class ModelAttribution:
    """One attribution the model found, as character spans."""

    content: list[tuple[int, int]]
    cue: Optional[tuple[int, int]]
    source: Optional[tuple[int, int]]
    confidence: float = 1.0  # the mean probability of the chosen tag over the content's tokens


def _chars(doc: Doc, s: int, e: int) -> tuple[int, int]:
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)


def _gap(doc: Doc, a: tuple[int, int], b: tuple[int, int]) -> int:
    """Tokens between two token spans (0 when they touch or overlap)."""
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _no_newline(doc: Doc, a: tuple[int, int], b: tuple[int, int]) -> bool:
    lo, hi = min(a[0], b[0]), max(a[1], b[1])
    return "\n" not in doc[lo:hi].text if hi > lo else True


def link(doc: Doc, spans: dict[str, list[tuple[int, int]]]) -> list[ModelAttribution]:
    """Group tagged spans into attributions.

    Content spans cut only by whitespace are joined. Two quoted contents with a cue
    between them, a few tokens apart on one line, are one content in two fragments
    (``"A," he said in an interview, "B."``). Each content takes the nearest cue on its
    line within a few dozen tokens; the cue takes the nearest source.
    """
    role_of = {}
    for role in ("SOURCE", "CUE"):
        for s, e in spans[role]:
            for i in range(s, e):
                role_of[i] = role
    contents: list[tuple[int, int]] = []
    for c in sorted(spans["CONTENT"]):  # fragments cut only by whitespace are one
        if contents and all(doc[i].is_space for i in range(contents[-1][1], c[0])):
            contents[-1] = (contents[-1][0], c[1])
        else:
            contents.append(c)
    groups: list[list[tuple[int, int]]] = []
    for c in contents:
        if groups:
            prev = groups[-1][-1]
            between = range(prev[1], c[0])
            if (
                len(between) > 0
                and doc[prev[1] - 1].text in _CLOSE_MARKS
                and doc[c[0]].text in _OPEN_MARKS
                and any(role_of.get(i) == "CUE" for i in between)
                and len(between) <= _SPLIT_GAP
                and _no_newline(doc, prev, c)
            ):
                groups[-1].append(c)
                continue
        groups.append([c])
    linked: list[tuple[list[tuple[int, int]], Optional[tuple[int, int]]]] = []
    for frags in groups:
        cue = None
        best = None
        for q in spans["CUE"]:
            d = min(_gap(doc, f, q) for f in frags)
            if d <= _LINK_WINDOW and any(_no_newline(doc, f, q) for f in frags) and (best is None or d < best):
                cue, best = q, d
        prev = linked[-1] if linked else None
        if (
            MERGE_SAME_CUE
            and cue is not None
            and prev is not None
            and prev[1] == cue
            and len(prev[0]) == 1
            and len(frags) == 1
            and not (prev[0][0][1] <= cue[0] < frags[0][0])
            and _no_newline(doc, prev[0][0], frags[0])
        ):  # pieces of one content on the same side of its cue
            linked[-1] = ([(prev[0][0][0], frags[0][1])], cue)
            continue
        linked.append((frags, cue))
    out = []
    for frags, cue in linked:
        anchor = cue or frags[0]
        src = None
        best = None
        for s in spans["SOURCE"]:
            d = _gap(doc, s, anchor)
            if d <= _LINK_WINDOW and _no_newline(doc, s, anchor) and (best is None or d < best):
                src, best = s, d
        out.append(
            ModelAttribution(
                content=[_chars(doc, s, e) for s, e in frags],
                cue=_chars(doc, *cue) if cue else None,
                source=_chars(doc, *src) if src else None,
            )
        )
    return out


def repair_contents(
    doc: Doc,
    spans: dict[str, list[tuple[int, int]]],
    quoted: Sequence[tuple[int, int]],
    fill_gap: int = FILL_GAP,
    content_prob: Optional[Sequence[float]] = None,
    min_prob: float = FILL_PROB,
) -> dict[str, list[tuple[int, int]]]:
    """Mend the tagger's content spans, which it tends to cut into pieces.

    A content that starts or ends inside quote marks widens to the whole quoted span.
    Contents that overlap, or that are at most ``fill_gap`` untagged tokens apart on
    one line, or whose gap the model gives a content probability of at least
    ``min_prob`` throughout, are joined.

    Args:
        doc: the parsed Doc.
        spans: token spans per role (:func:`tag_spans`).
        quoted: character spans of the quoted passages (marks included).
        fill_gap: the largest gap of untagged tokens that is filled.
    """
    tagged = {i for role in ("SOURCE", "CUE") for s, e in spans[role] for i in range(s, e)}
    quotes = []
    for s, e in quoted:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and len(span):
            quotes.append((span.start, span.end))
    contents = []
    for s, e in spans["CONTENT"]:
        for qs, qe in quotes:
            if (qs <= s < qe or qs < e <= qe) and not any(i in tagged for i in range(qs, qe)):
                s, e = min(s, qs), max(e, qe)
        contents.append((s, e))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(contents):
        if merged:
            ps, pe = merged[-1]
            gap = range(pe, s)
            likely = content_prob is not None and all(content_prob[i] >= min_prob for i in gap)
            if s <= pe or ((len(gap) <= fill_gap or likely) and not any(i in tagged for i in gap) and "\n" not in doc[pe:s].text):
                merged[-1] = (ps, max(pe, e))
                continue
        merged.append((s, e))
    return {**spans, "CONTENT": merged}


def predict_tags(qnlp, doc: Doc, text: Optional[str] = None) -> tuple[list[str], list[float], list[float]]:
    """The model's BIO tag for each token of ``doc``, its probability that the token is
    inside a content (``B-`` or ``I-CONTENT``), and the probability of the tag it chose."""
    fdoc = features_doc(qnlp.vocab, doc, text)
    tagger = qnlp.get_pipe(PIPE)
    (scores,) = tagger.model.predict([fdoc])
    scores = tagger.model.ops.to_numpy(scores)  # unnormalised: softmax them
    scores = numpy.exp(scores - scores.max(axis=1, keepdims=True))
    scores /= scores.sum(axis=1, keepdims=True)
    labels = list(tagger.labels)
    cols = [labels.index("B-CONTENT"), labels.index("I-CONTENT")]
    tags = [labels[int(k)] for k in scores.argmax(axis=1)]
    return tags, [float(x) for x in scores[:, cols].sum(axis=1)], [float(x) for x in scores.max(axis=1)]


def predict_attributions(qnlp, doc: Doc, text: Optional[str] = None) -> list[ModelAttribution]:
    """Tag ``doc`` with the quote model and link the spans into attributions."""
    if not len(doc):
        return []
    text = doc.text if text is None else text
    marked, _ = scan_marks(text)
    tags, prob, top = predict_tags(qnlp, doc, text)
    spans = repair_contents(doc, tag_spans(tags), [(m.start, m.end) for m in marked], content_prob=prob)
    found = link(doc, spans)
    for a in found:
        toks = [t.i for s, e in a.content for t in (doc.char_span(s, e, alignment_mode="expand") or ())]
        a.confidence = sum(top[i] for i in toks) / len(toks) if toks else 0.0
    return found


def model_quotes(
    doc: Doc, index, qnlp, rule_quotes: Sequence[Quote], *, mode: str = "augment", text: Optional[str] = None, min_confidence: float = AUGMENT_MIN_CONFIDENCE
) -> list[Quote]:
    """Quotes from the trained model, with speakers resolved by the rules' resolver.

    Args:
        doc: the parsed Doc.
        index: its entity index.
        qnlp: a loaded quote model (:func:`load_model`).
        rule_quotes: the rules' quotes for the same Doc.
        mode: ``"model"``: the model's attributions only; ``"combined"``: the
            model's, plus each rule quote whose content overlaps none of them;
            ``"augment"``: the rules' quotes, plus each model attribution whose
            content overlaps none of them and whose confidence (the mean probability
            of the chosen tag over its content) is at least ``min_confidence``.
        text: ``doc.text`` when the caller has it.
        min_confidence: the ``augment`` threshold (0 adds every attribution).

    Returns:
        Quote records in text order, with empty ids (the caller numbers them).
    """
    if mode not in MODES:
        raise ValueError(f"unknown quote model mode {mode!r} (one of {', '.join(MODES)})")
    text = doc.text if text is None else text
    marked, _ = scan_marks(text)
    found = predict_attributions(qnlp, doc, text)
    resolver = Resolver(doc, index, text, as_index(marked))
    quotes: list[Quote] = []
    sure: list[bool] = []  # per quote: confident enough to augment the rules
    for a in sorted(found, key=lambda a: (a.cue or a.content[0])[0]):
        source_token = None
        if a.source:
            span = doc.char_span(*a.source, alignment_mode="expand")
            source_token = span.root if span is not None and len(span) else None
        attr = Attr(cue=a.cue or a.content[0], cue_token=None, source=a.source, source_token=source_token, content=a.content)
        speaker, reason = resolver.resolve(attr)
        if speaker:
            resolver.add_speaker(attr.cue[0], speaker)
        frags = sorted(a.content)
        quotes.append(
            Quote(
                id="",
                text=" ... ".join(text[s:e] for s, e in frags),
                evidence=frags,
                kind=quote_kind(text, frags, marked),
                speaker=speaker,
                speaker_evidence=[a.source] if a.source else [],
                cue=Cue(text[a.cue[0] : a.cue[1]], a.cue[0], a.cue[1]) if a.cue else None,
                speaker_reason=("quote model; " + reason) if reason else "quote model",
            )
        )
        sure.append(a.confidence >= min_confidence)
    if mode in ("combined", "augment"):
        first, second = (quotes, list(rule_quotes)) if mode == "combined" else (list(rule_quotes), [q for q, ok in zip(quotes, sure) if ok])
        covered = [f for q in first for f in q.evidence]
        quotes = first + [q for q in second if not any(s < ce and cs < e for s, e in q.evidence for cs, ce in covered)]
    quotes.sort(key=lambda q: q.evidence[0][0])
    return quotes
