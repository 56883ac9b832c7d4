"""PolNeAR: read its BRAT standoff attributions and score newsfacts' quotes against them.

PolNeAR (networkdynamics/PolNeAR) annotates every attribution in 924 US political
news articles: the Source (who), the Cue (the reporting words) and the Content (what
was said), as character spans. The folder layout this module reads::

    DIR/metadata.tsv                      (optional) compartment, filename, ...
    DIR/<split>/text/<doc>.txt            raw UTF-8
    DIR/<split>/attributions/<doc>_<annotator>.ann

``.ann`` lines: ``T9<TAB>Content 755 794;948 982<TAB>covered text`` (fragments
separated by ``;``; the covered text may run on over following physical lines) and
``E3<TAB>Attribution:T12 Source:T11 Cue:T10 Content:T9`` (also
``Attribution-no-source``). ``Discuss``/``Discard`` are annotator flags and are
ignored. Where several annotators did one document, the annotator whose id sorts
first is used (deterministic; see docs/accuracy.md).

Scoring (:func:`score`) is span-level, per role (Content, Source, Cue):

- a span is a tuple of ``(start, end)`` fragments, each stripped of surrounding
  whitespace, and fragments separated only by whitespace are joined (PolNeAR's
  annotators cut a multi-sentence content into one fragment per sentence; joining
  changes no character covered); gold and predicted spans of one role are
  de-duplicated per document;
- **exact**: a predicted span matches a gold span with exactly the same fragments;
- **overlap**: a predicted span matches a gold span that shares at least one
  non-space character with it; each gold and each predicted span is matched at most
  once (greedy, largest overlap first);
- **sentence**: how the published sentence-level figures count (CofeNet's BIO
  tagging of PolNeAR, one sentence at a time): every fragment of every span of a role
  is cut at sentence boundaries (:func:`sentence_bounds`, the same splitter for gold
  and predictions), the pieces of one role are pooled per document (duplicates
  dropped), and a predicted piece matches a gold piece with exactly the same
  characters. A three-sentence quote is three pieces, each matched on its own; the
  two halves of ``"A," he said, "B."`` are two pieces;
- precision = matched / predicted, recall = matched / gold, F1 their harmonic mean,
  micro-averaged over documents.

**Attribution** (end to end, :func:`attribution_counts`): a predicted quote is right
when its content matches a gold content (overlap, one to one, largest overlap first)
AND its source agrees with that attribution's Source: both spans share a non-space
character, or neither has one (PolNeAR's ``Attribution-no-source``). Precision is over
the predicted quotes with a content, recall over the gold attributions with a content.
``speakers`` gives the share of predicted quotes without a speaker entity
(``no_speaker``: ``speaker`` null; an entity id of any type, person, organisation, country
or nationality, is a speaker) and without a source span (``no_source``).

The "quoted" subset keeps the gold attributions whose Content contains a double
quote mark (straight, curly or ``''``) and the predicted quotes whose kind is
``direct`` or ``partial`` (quoted words in reported speech).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

Frag = tuple[int, int]
SpanT = tuple[Frag, ...]
ROLES = ("Content", "Source", "Cue")
MODES = ("exact", "overlap", "sentence")
_QUOTE_MARK_RE = re.compile("[\"\u201c\u201d]|''")
_T_RE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_E_RE = re.compile(r"^(E\d+)\t(.*)$")


@dataclass
class Attribution:
    """One gold attribution: each role is a tuple of fragments, or None when absent."""

    content: Optional[SpanT]
    source: Optional[SpanT]
    cue: Optional[SpanT]

    def role(self, name: str) -> Optional[SpanT]:
        return {"Content": self.content, "Source": self.source, "Cue": self.cue}[name]


@dataclass
class GoldDoc:
    name: str
    annotator: str
    text: str
    attributions: list[Attribution] = field(default_factory=list)
    published: Optional[str] = None  # from metadata.tsv, when the folder has it


def publication_dates(folder: str | Path) -> dict[str, str]:
    """File name (without extension) -> publication date, from the folder's ``metadata.tsv``
    ({} without one): the pipeline codes actors as of the article's date, as in real use."""
    from ..corpus.metadata import load_metadata_csv  # the table ingest --metadata reads

    path = Path(folder) / "metadata.tsv"
    if not path.is_file():
        return {}
    return {name: meta["published"] for name, meta in load_metadata_csv(str(path)).items() if meta.get("published")}


def parse_ann(ann: str, text: str) -> list[Attribution]:
    """Parse the text of one BRAT ``.ann`` file into attributions.

    Args:
        ann: the file's contents.
        text: the document text (spans are trimmed of whitespace against it).

    Returns:
        The attributions, in the order of their ``E`` lines. Lines that are neither a
        ``T`` nor an ``E`` line (continuations of a covered text) are skipped.
    """
    spans: dict[str, tuple[str, SpanT]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        m = _T_RE.match(line)
        if m:
            frags = []
            for part in m.group(3).split(";"):
                s, e = part.split()
                frags.append(_trim(text, int(s), int(e)))
            spans[m.group(1)] = (m.group(2), tuple(f for f in frags if f[0] < f[1]))
            continue
        m = _E_RE.match(line)
        if m:
            events.append([tuple(arg.split(":", 1)) for arg in m.group(2).split() if ":" in arg])  # type: ignore[misc]
    out = []
    for args in events:
        if not args or not args[0][0].startswith("Attribution"):
            continue
        roles: dict[str, SpanT] = {}
        for role, tid in args[1:]:
            if tid in spans and spans[tid][1]:
                roles.setdefault(role, spans[tid][1])
        out.append(Attribution(roles.get("Content"), roles.get("Source"), roles.get("Cue")))
    return out


def _trim(text: str, s: int, e: int) -> Frag:
    s, e = max(0, s), min(len(text), e)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


def read_split(folder: str | Path, split: str = "dev") -> Iterator[GoldDoc]:
    """Yield the gold documents of one split, sorted by name.

    Args:
        folder: the PolNeAR data folder (holding ``train/``, ``dev/``, ...).
        split: the split's folder name.

    Raises:
        FileNotFoundError: the split has no ``text/`` or ``attributions/`` folder.
    """
    base = Path(folder) / split
    tdir, adir = base / "text", base / "attributions"
    if not tdir.is_dir() or not adir.is_dir():
        raise FileNotFoundError(f"{base} has no text/ and attributions/ folders (is it a PolNeAR data folder?)")
    by_doc: dict[str, list[Path]] = {}
    for p in adir.glob("*.ann"):
        doc, _, annotator = p.stem.rpartition("_")
        by_doc.setdefault(doc, []).append(p)
    dates = publication_dates(folder)
    for name in sorted(by_doc):
        tpath = tdir / f"{name}.txt"
        if not tpath.exists():
            continue
        ann_path = sorted(by_doc[name], key=lambda p: p.stem.rpartition("_")[2])[0]
        text = tpath.read_text(encoding="utf-8")
        attributions = parse_ann(ann_path.read_text(encoding="utf-8"), text)
        yield GoldDoc(name, ann_path.stem.rpartition("_")[2], text, attributions, dates.get(name))


def has_quote_mark(text: str, span: Optional[SpanT]) -> bool:
    return bool(span) and any(_QUOTE_MARK_RE.search(text[s:e]) for s, e in span)  # type: ignore[union-attr]


def predicted(record: dict[str, Any]) -> list[Attribution]:
    """The attributions a newsfacts record predicts (content = the quote's fragments,
    source = its ``speaker_evidence``, cue = its cue)."""
    text_len = record["document"]["length"]
    out = []
    for q in record["quotes"]:
        content = tuple((int(s), int(e)) for s, e in q["evidence"] if 0 <= s < e <= text_len) or None
        source = tuple((int(s), int(e)) for s, e in q.get("speaker_evidence") or []) or None
        cue = ((q["cue"]["start"], q["cue"]["end"]),) if q.get("cue") else None
        out.append(Attribution(content, source, cue))
    return out


def _predicted_kinds(record: dict[str, Any]) -> list[str]:
    return [q["kind"] for q in record["quotes"]]


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    def prf(self) -> dict[str, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": self.tp, "pred": self.pred, "gold": self.gold}


def normalise(text: str, span: SpanT) -> SpanT:
    """Sort a span's fragments and join those separated only by whitespace (PolNeAR
    cuts a multi-sentence content into one fragment per sentence)."""
    out: list[list[int]] = []
    for s, e in sorted(span):
        if out and (s <= out[-1][1] or not text[out[-1][1] : s].strip()):
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


_SENT_END_RE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]*[A-Z0-9])|\n+")


def sentence_bounds(text: str) -> list[int]:
    """Sentence start offsets of ``text`` by a plain rule (a stop, an optional closing
    mark, space, then a capital or digit; or a line break), so that scoring needs no
    parse and treats gold and predictions alike."""
    return [0] + [m.end() for m in _SENT_END_RE.finditer(text) if m.end() < len(text)]


def sentence_pieces(text: str, span: SpanT, bounds: list[int]) -> list[Frag]:
    """The fragments of ``span`` cut at the sentence starts in ``bounds``, trimmed of
    whitespace, empty pieces dropped."""
    import bisect

    out = []
    for s, e in span:
        k = bisect.bisect_right(bounds, s)
        cuts = [s] + [b for b in bounds[k:] if b < e] + [e]
        for a, b in zip(cuts, cuts[1:]):
            a, b = _trim(text, a, b)
            if a < b:
                out.append((a, b))
    return out


def _chars(text: str, span: SpanT) -> set[int]:
    return {i for s, e in span for i in range(max(0, s), min(e, len(text))) if not text[i].isspace()}


def match_counts(text: str, gold: Iterable[SpanT], pred: Iterable[SpanT], mode: str) -> Counts:
    """Count one-to-one matches between gold and predicted spans of one role.

    Args:
        text: the document text.
        gold: gold spans (duplicates are dropped).
        pred: predicted spans (duplicates are dropped).
        mode: ``"exact"``, ``"overlap"`` or ``"sentence"`` (see the module docstring).
    """
    if mode == "sentence":
        bounds = sentence_bounds(text)
        gp = {piece for s in gold for piece in sentence_pieces(text, s, bounds)}
        pp = {piece for s in pred for piece in sentence_pieces(text, s, bounds)}
        return Counts(len(gp & pp), len(pp), len(gp))
    g = sorted({normalise(text, s) for s in gold})
    p = sorted({normalise(text, s) for s in pred})
    c = Counts(0, len(p), len(g))
    if mode == "exact":
        c.tp = len(set(g) & set(p))
        return c
    gc = [_chars(text, s) for s in g]
    pc = [_chars(text, s) for s in p]
    pairs = []
    for i, a in enumerate(gc):
        for j, b in enumerate(pc):
            ov = len(a & b)
            if ov:
                pairs.append((-ov, i, j))
    pairs.sort()
    used_g, used_p = set(), set()
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        c.tp += 1
    return c


def attribution_counts(text: str, gold: list[Attribution], pred: list[Attribution]) -> Counts:
    """End-to-end attribution counts of one document: a predicted quote counts when its
    content overlaps a gold content (one to one, largest overlap first) and its source
    agrees with that attribution's (overlapping spans, or both absent)."""
    gs = {}
    for a in gold:
        if a.content:
            gs.setdefault(normalise(text, a.content), a.source)
    ps = {}
    for a in pred:
        if a.content:
            ps.setdefault(normalise(text, a.content), a.source)
    g, p = list(gs.items()), list(ps.items())
    gc = [_chars(text, c) for c, _ in g]
    pc = [_chars(text, c) for c, _ in p]
    pairs = sorted((-len(a & b), i, j) for i, a in enumerate(gc) for j, b in enumerate(pc) if not a.isdisjoint(b))
    used_g, used_p = set(), set()
    c = Counts(0, len(p), len(g))
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        gsrc, psrc = g[i][1], p[j][1]
        if (gsrc is None and psrc is None) or (gsrc is not None and psrc is not None and not _chars(text, gsrc).isdisjoint(_chars(text, psrc))):
            c.tp += 1
    return c


def score_doc(text: str, gold: list[Attribution], pred: list[Attribution], pred_kinds: list[str]) -> dict[str, dict[str, dict[str, Counts]]]:
    """Counts for one document: ``{subset: {mode: {role: Counts}}}`` with subsets
    ``all`` and ``quoted`` and modes ``exact``, ``overlap`` and ``sentence``."""
    out: dict[str, dict[str, dict[str, Counts]]] = {}
    quoted_gold = [a for a in gold if has_quote_mark(text, a.content)]
    quoted_pred = [a for a, k in zip(pred, pred_kinds) if k in ("direct", "partial")]
    for subset, gs, ps in (("all", gold, pred), ("quoted", quoted_gold, quoted_pred)):
        out[subset] = {}
        for mode in MODES:
            out[subset][mode] = {}
            for role in ROLES:
                gspans = [a.role(role) for a in gs if a.role(role)]
                pspans = [a.role(role) for a in ps if a.role(role)]
                out[subset][mode][role] = match_counts(text, gspans, pspans, mode)  # type: ignore[arg-type]
        out[subset]["overlap"]["Attribution"] = attribution_counts(text, gs, ps)
    return out


def score(pairs: Iterable[tuple[GoldDoc, dict[str, Any]]]) -> dict[str, Any]:
    """Score records against gold documents.

    Args:
        pairs: ``(gold document, newsfacts record of its text)`` pairs.

    Returns:
        ``{"documents": n, "annotator_rule": ..., "scores": {subset: {mode: {role:
        {precision, recall, f1, tp, pred, gold}}}}, "per_article": [...]}``.
    """
    total: dict[str, dict[str, dict[str, Counts]]] = {}
    per_article = []
    n = 0
    n_quotes = no_speaker = no_source = 0
    for gdoc, record in pairs:
        n += 1
        if record["document"]["length"] != len(gdoc.text):
            raise ValueError(f"record of {gdoc.name} does not match its text")
        d = score_doc(gdoc.text, gdoc.attributions, predicted(record), _predicted_kinds(record))
        row: dict[str, Any] = {"document": gdoc.name, "annotator": gdoc.annotator, "gold_attributions": len(gdoc.attributions), "predicted_quotes": len(record["quotes"])}
        for subset, modes in d.items():
            for mode, roles in modes.items():
                for role, c in roles.items():
                    total.setdefault(subset, {}).setdefault(mode, {}).setdefault(role, Counts()).add(c)
                    if subset == "all":
                        row[f"{role.lower()}_{mode}_f1"] = c.prf()["f1"]
        per_article.append(row)
        n_quotes += len(record["quotes"])
        no_speaker += sum(1 for q in record["quotes"] if not q.get("speaker"))
        no_source += sum(1 for q in record["quotes"] if not q.get("speaker_evidence"))
    scores = {s: {m: {r: c.prf() for r, c in roles.items()} for m, roles in modes.items()} for s, modes in total.items()}
    return {
        "documents": n,
        "annotator_rule": "where several annotators did a document, the one whose id sorts first",
        "scores": scores,
        "speakers": {
            "quotes": n_quotes,
            "no_speaker": round(no_speaker / n_quotes, 4) if n_quotes else 0.0,
            "no_source": round(no_source / n_quotes, 4) if n_quotes else 0.0,
        },
        "per_article": per_article,
    }


def evaluate(folder: str | Path, split: str = "dev", *, nlp=None, limit: Optional[int] = None) -> dict[str, Any]:
    """Run the pipeline over one PolNeAR split and score its quotes.

    Args:
        folder: the PolNeAR data folder.
        split: ``train`` to develop on, ``dev`` for the reported number.
        nlp: a loaded pipeline (default: :func:`newsfacts.build_nlp`).
        limit: score only the first ``limit`` documents (sorted by name).

    Returns:
        The result of :func:`score`, plus ``split``.
    """
    from ..pipeline import process

    docs = list(read_split(folder, split))
    if limit is not None:
        docs = docs[:limit]
    records = process(((d.text, {"published": d.published} if d.published else None) for d in docs), nlp=nlp)
    result = score(zip(docs, records))
    result["split"] = split
    return result


def format_table(result: dict[str, Any]) -> str:
    """The scores as a plain-text table."""
    lines = [f"PolNeAR {result.get('split', '?')}: {result['documents']} documents ({result['annotator_rule']})"]
    for subset, title in (("all", "all attributions"), ("quoted", "attributions with quote marks")):
        modes = result["scores"].get(subset, {})
        lines.append("")
        lines.append(f"{title}")
        lines.append(f"  {'role':<8} {'match':<8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}")
        for role in ROLES:
            for mode in MODES:
                r = modes.get(mode, {}).get(role)
                if r:
                    lines.append(f"  {role:<8} {mode:<8} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} {r['gold']:>6} {r['pred']:>6}")
        r = modes.get("overlap", {}).get("Attribution")
        if r:
            lines.append(f"  {'Attrib.':<8} {'e2e':<8} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} {r['gold']:>6} {r['pred']:>6}")
    sp = result.get("speakers")
    if sp:
        lines.append("")
        lines.append(f"predicted quotes: {sp['quotes']}; without a speaker entity {sp['no_speaker']:.1%}; without a source span {sp['no_source']:.1%}")
    return "\n".join(lines)
