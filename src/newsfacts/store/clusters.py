"""One event, many reports: cluster per-article events into real-world events.

A pure function over event rows (dicts with the columns of the ``events`` table, plus the
document's ``published`` date and ``source`` outlet, plus optionally ``evidence_text``: the
sentence that reports the event, or the words its evidence spans cut). No DuckDB or Spark import: the embedded store and the Spark
job call the very same :func:`cluster_events` / :func:`iter_clusters`.

Two event records can be one event when

- they have the same PLOVER type, or the same quad class with clearly similar wording;
- their actors are compatible: where both records code a side's country, the countries agree
  (for symmetric types such as CONSULT the sides may be swapped); where a country is missing,
  the actor names share a word or are missing too;
- their dates (event date, else the article's publication date) are at most
  ``window_days`` apart;
- their evidence texts are similar enough (content-word overlap), see :func:`similarity`.

Only events that happened are clustered (:func:`clusterable`: coded, asserted or reported, not
background); the others keep no cluster and, when a count includes them, count on their own.

Records are taken in date order and each joins the best-scoring open cluster of its block
(same quad class) whose members it matches, or starts a new one; a cluster closes when the
window has passed, so memory holds only the clusters of the last ``window_days`` days. A
record is scored only against clusters whose countries can match and that share a content
word with it (an index per block), so a busy day is not compared pair by pair.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional

from .dyads import HAPPENED

#: Event types whose source and target may be swapped between reports ("A met B" = "B met A").
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE", "FIGHT"})

#: Default clustering settings (see docs/accuracy.md, "Event clustering", for how they were chosen).
WINDOW_DAYS = 2
THRESHOLD = 0.55

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_STOP = frozenset(
    """the and for with that this from said says have has had was were will would could should its their his her
    they them there then than into onto over under after before about also been being which while who whom whose
    what when where why how not but are our out off per via any all one two new more most some such only other
    told reporters according officials official statement spokesman spokeswoman""".split()
)


#: The modalities of events that happened: the only ones clustered (and counted by default).


def clusterable(row: dict[str, Any]) -> bool:
    """True for an event row that reports something that happened: coded (no ``uncoded``
    reason), asserted or reported (a missing modality is the default, asserted), not
    background. Only these are clustered; the rule of the default counts
    (:func:`newsfacts.store.dyads.counted_condition`)."""
    return (row.get("uncoded") is None and (row.get("modality") or "asserted") in HAPPENED
            and not row.get("background"))


def content_words(text: Optional[str]) -> frozenset[str]:
    """Lower-cased words of 3+ letters that are not function or reporting words."""
    if not text:
        return frozenset()
    return frozenset(w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w not in _STOP)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _date(v: Any) -> Optional[_dt.date]:
    if v is None or v == "":
        return None
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    try:
        return _dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


@dataclass
class _Ev:
    key: tuple[str, str]
    type: Optional[str]
    quad: Optional[str]
    date: Optional[_dt.date]
    src_c: Optional[str]
    tgt_c: Optional[str]
    src_n: frozenset[str]
    tgt_n: frozenset[str]
    words: frozenset[str]
    source: str
    row: dict[str, Any]


def _prepare(row: dict[str, Any]) -> _Ev:
    return _Ev(
        key=(str(row["doc_id"]), str(row["event_id"])),
        type=row.get("type"),
        quad=row.get("quad_class"),
        date=_date(row.get("date")) or _date(row.get("published")),
        src_c=row.get("source_country") or None,
        tgt_c=row.get("target_country") or None,
        src_n=content_words(row.get("source_name")),
        tgt_n=content_words(row.get("target_name")),
        words=content_words(row.get("evidence_text")),
        source=str(row.get("source") or f"doc:{row['doc_id']}"),
        row=row,
    )


def _side_ok(c1: Optional[str], n1: frozenset[str], c2: Optional[str], n2: frozenset[str]) -> Optional[bool]:
    """True (agree), False (conflict) or None (nothing to compare) for one side's actors."""
    if c1 and c2:
        return c1 == c2
    if n1 and n2:
        return bool(n1 & n2)
    return None


def _actors_ok(a: _Ev, b: _Ev) -> bool:
    def straight() -> bool:
        s = _side_ok(a.src_c, a.src_n, b.src_c, b.src_n)
        t = _side_ok(a.tgt_c, a.tgt_n, b.tgt_c, b.tgt_n)
        return s is not False and t is not False

    def swapped() -> bool:
        s = _side_ok(a.src_c, a.src_n, b.tgt_c, b.tgt_n)
        t = _side_ok(a.tgt_c, a.tgt_n, b.src_c, b.src_n)
        return s is not False and t is not False

    if straight():
        return True
    return a.type in SYMMETRIC_TYPES and a.type == b.type and swapped()


def similarity(a: dict[str, Any], b: dict[str, Any], *, window_days: int = WINDOW_DAYS) -> float:
    """How alike two event rows are, 0..1; 0 when they can't be the same event.

    The score is the content-word Jaccard of the evidence texts, plus 0.25 when the types
    are equal (0.10 when only the quad class is), plus 0.075 for each side whose actors
    agree (same country, or a shared name word; 0.03 when a side can't be compared), capped
    at 1. Different quad classes, conflicting actors or dates more than ``window_days``
    apart give 0.
    """
    return _score(_prepare(a), _prepare(b), window_days)


#: What :func:`_score` adds to the Jaccard of the evidence words: same type, or same quad class
#: only; per side, actors that agree, or that can't be compared.
_SAME_TYPE, _SAME_QUAD = 0.25, 0.10
_SIDE_AGREES, _SIDE_UNKNOWN = 0.075, 0.03


def _score(a: _Ev, b: _Ev, window_days: int) -> float:
    if (a.quad or a.type) != (b.quad or b.type):
        return 0.0
    if a.date is None or b.date is None or abs((a.date - b.date).days) > window_days:
        return 0.0
    if not _actors_ok(a, b):
        return 0.0
    s = _jaccard(a.words, b.words)
    s += _SAME_TYPE if (a.type and a.type == b.type) else _SAME_QUAD  # same quad class, other type: weaker evidence
    straight = (_side_ok(a.src_c, a.src_n, b.src_c, b.src_n), _side_ok(a.tgt_c, a.tgt_n, b.tgt_c, b.tgt_n))
    if a.type in SYMMETRIC_TYPES and a.type == b.type and False in straight:
        straight = (_side_ok(a.src_c, a.src_n, b.tgt_c, b.tgt_n), _side_ok(a.tgt_c, a.tgt_n, b.src_c, b.src_n))
    s += sum(_SIDE_AGREES if ok else _SIDE_UNKNOWN for ok in straight)  # agree per side; unknown (None) a little
    return min(1.0, s)


@dataclass(eq=False)
class _Cluster:
    members: list[_Ev] = field(default_factory=list)
    last: Optional[_dt.date] = None
    words: set[str] = field(default_factory=set)  # every member's content words (the word index's keys)


def cluster_id_for(representative: tuple[str, str]) -> str:
    """A stable cluster id from its earliest member's (doc_id, event_id)."""
    return "c" + hashlib.sha1(f"{representative[0]}:{representative[1]}".encode()).hexdigest()[:16]


def _most(values: Iterable[Optional[str]]) -> Optional[str]:
    c = Counter(v for v in values if v)
    return c.most_common(1)[0][0] if c else None


def _close(cl: _Cluster) -> dict[str, Any]:
    rep = cl.members[0]
    cid = cluster_id_for(rep.key)
    dates = [m.date for m in cl.members if m.date]
    return {
        "cluster_id": cid,
        "type": _most(m.type for m in cl.members),
        "quad_class": _most(m.quad for m in cl.members),
        "source_country": _most(m.src_c for m in cl.members),
        "target_country": _most(m.tgt_c for m in cl.members),
        "source_name": _most(m.row.get("source_name") for m in cl.members),
        "target_name": _most(m.row.get("target_name") for m in cl.members),
        "date_first": min(dates).isoformat() if dates else None,
        "date_last": max(dates).isoformat() if dates else None,
        "n_events": len(cl.members),
        "n_articles": len({m.key[0] for m in cl.members}),
        "n_sources": len({m.source for m in cl.members}),
        "representative": f"{rep.key[0]}:{rep.key[1]}",
        "source_actor_id": _most(m.row.get("source_actor_id") for m in cl.members),
        "target_actor_id": _most(m.row.get("target_actor_id") for m in cl.members),
        "members": [m.key for m in cl.members],
    }


#: The most members of one cluster a new record is compared with (the first and last few).
MAX_COMPARE = 10


#: The highest score two records can reach without a shared content word (same type, both
#: sides agreeing): a threshold above it lets only clusters sharing a word be candidates.
_SCORE_WITHOUT_WORDS = _SAME_TYPE + 2 * _SIDE_AGREES


def _key(cl: _Cluster) -> tuple:
    """The (source, target) countries of a cluster's first record: its place in the country index."""
    return cl.members[0].src_c, cl.members[0].tgt_c


class _Block:
    """The open clusters of one quad class, indexed two ways: by the (source, target)
    countries of their first record, and by the content words of their members. A record
    can only reach a threshold above :data:`_SCORE_WITHOUT_WORDS` with a cluster whose words
    cover enough of its own for the Jaccard term to make up the difference, so it is compared
    with those alone (without the word index, a day of records whose target country is
    unknown was compared with every open cluster: quadratic)."""

    def __init__(self) -> None:
        self.clusters: dict[int, _Cluster] = {}  # creation number -> cluster (creation order)
        self.by_key: dict[tuple, set[int]] = {}
        self.by_word: dict[str, set[int]] = {}
        self.seq = 0

    def add(self, ev: _Ev) -> None:
        self.seq += 1
        cl = _Cluster([ev], ev.date)
        self.clusters[self.seq] = cl
        self.by_key.setdefault(_key(cl), set()).add(self.seq)
        self._index_words(self.seq, cl, ev.words)

    def join(self, n: int, ev: _Ev) -> None:
        cl = self.clusters[n]
        cl.members.append(ev)
        cl.last = max(cl.last, ev.date)
        self._index_words(n, cl, ev.words)

    def _index_words(self, n: int, cl: _Cluster, words: frozenset[str]) -> None:
        for w in words - cl.words:
            self.by_word.setdefault(w, set()).add(n)
        cl.words |= words

    def close_before(self, current: _dt.date, window_days: int) -> Iterator[_Cluster]:
        """Remove and yield the clusters whose last record is more than ``window_days`` before ``current``."""
        for n in [n for n, cl in self.clusters.items() if (current - cl.last).days > window_days]:
            cl = self.clusters.pop(n)
            key = _key(cl)
            self.by_key[key].discard(n)
            if not self.by_key[key]:
                del self.by_key[key]
            for w in cl.words:
                self.by_word[w].discard(n)
                if not self.by_word[w]:
                    del self.by_word[w]
            yield cl

    def candidates(self, ev: _Ev, threshold: float) -> list[tuple[float, int]]:
        """Open clusters ``ev`` may join, as ``(bound, number)`` pairs, highest bound first:
        countries that can match, and enough shared content words where the threshold needs
        them. ``bound`` is the most ``ev`` can score with any member of the cluster."""
        s, t = ev.src_c, ev.tgt_c
        found: Optional[set[int]] = None
        if s and t:
            keys = {(s, t), (s, None), (None, t), (None, None)}
            if ev.type in SYMMETRIC_TYPES:
                keys |= {(t, s), (t, None), (None, s)}
            found = set().union(*(self.by_key.get(k, ()) for k in keys))
        if threshold > _SCORE_WITHOUT_WORDS:
            if not ev.words:
                return []  # a Jaccard of 0: no cluster can reach the threshold
            # a member's Jaccard with ev needs |shared words| >= (threshold - the rest) x |ev.words|,
            # and a cluster's words include each member's: count them per cluster
            need = (threshold - _SCORE_WITHOUT_WORDS) * len(ev.words) - 1e-9
            if found is not None:  # the countries narrowed it: count the shared words of those alone
                counts = {n: len(ev.words & self.clusters[n].words) for n in found}
            else:  # every open cluster of the block: from the word index
                counts = Counter()
                for w in ev.words:
                    counts.update(self.by_word.get(w, ()))
            # Jaccard <= shared words / |ev.words|; the rest of the score is at most _SCORE_WITHOUT_WORDS
            n_words = len(ev.words)
            return sorted(((min(1.0, c / n_words + _SCORE_WITHOUT_WORDS) + 1e-9, n) for n, c in counts.items() if c >= need),
                          reverse=True)
        return sorted(((1.0 + 1e-9, n) for n in (found if found is not None else self.clusters)), reverse=True)


def _compare_members(cl: _Cluster) -> list[_Ev]:
    m = cl.members
    if len(m) <= MAX_COMPARE:
        return m
    half = MAX_COMPARE // 2
    return m[:half] + m[-half:]


def iter_clusters(rows: Iterable[dict[str, Any]], *, window_days: int = WINDOW_DAYS, threshold: float = THRESHOLD) -> Iterator[dict[str, Any]]:
    """Stream clusters from event rows given in date order (event date, else published).

    Yields one dict per cluster with the columns of the ``event_clusters`` table plus
    ``members``: the ``(doc_id, event_id)`` of every event record in it. Rows that are not
    :func:`clusterable` are skipped (they belong to no cluster). Rows without
    any date form clusters of their own. Memory holds only the open clusters (those
    whose last date is within ``window_days`` of the current row); a new record is
    compared only with open clusters of its quad class whose countries can match and
    (unless the threshold is low enough to join without) that share a content word with it.
    """
    open_: dict[Any, _Block] = {}  # quad class -> its open clusters
    current: Optional[_dt.date] = None
    for row in rows:
        if not clusterable(row):
            continue  # did not happen (or is no coded event): no cluster
        ev = _prepare(row)
        if ev.date is None:
            yield _close(_Cluster([ev]))
            continue
        if current is not None and ev.date < current:
            raise ValueError(f"iter_clusters needs rows in date order: {ev.date} after {current} (use cluster_events for unsorted rows)")
        if current is None or ev.date > current:
            current = ev.date
            for qkey, block in list(open_.items()):
                for cl in block.close_before(current, window_days):
                    yield _close(cl)
                if not block.clusters:
                    del open_[qkey]
        block = open_.setdefault(ev.quad or ev.type, _Block())
        # the best-scoring cluster (ties: the newest), scored highest bound first, stopping
        # where no cluster left could beat the best so far
        best: Optional[tuple[float, int]] = None
        for bound, n in block.candidates(ev, threshold):
            if bound < threshold or (best is not None and (bound, n) < best):
                break
            s = max(_score(ev, m, window_days) for m in _compare_members(block.clusters[n]))
            if s >= threshold and (best is None or (s, n) > best):
                best = (s, n)
        if best is None:
            block.add(ev)
        else:
            block.join(best[1], ev)
    for block in open_.values():
        for cl in block.clusters.values():
            yield _close(cl)


def _sort_key(row: dict[str, Any]):
    d = _date(row.get("date")) or _date(row.get("published"))
    return (d is None, d or _dt.date.min, str(row["doc_id"]), str(row["event_id"]))


@dataclass
class ClusterResult:
    """Cluster rows (``event_clusters`` columns) and the cluster of every event record."""

    clusters: list[dict[str, Any]]
    assignments: dict[tuple[str, str], str]


def cluster_events(rows: Iterable[dict[str, Any]], *, window_days: int = WINDOW_DAYS, threshold: float = THRESHOLD) -> ClusterResult:
    """Cluster event rows (any order) into real-world events.

    Args:
        rows: dicts with the ``events`` table's columns (at least doc_id, event_id, type,
            quad_class, source/target country and name, date), the document's
            ``published`` and ``source``, and ``evidence_text`` when available.
        window_days: the most days two reports of one event can be apart.
        threshold: the least :func:`similarity` for a record to join a cluster.

    Returns:
        :class:`ClusterResult`; ``clusters`` rows have exactly the ``event_clusters`` columns.
    """
    ordered = sorted(rows, key=_sort_key)
    clusters: list[dict[str, Any]] = []
    assignments: dict[tuple[str, str], str] = {}
    for c in iter_clusters(ordered, window_days=window_days, threshold=threshold):
        members = c.pop("members")
        clusters.append(c)
        for k in members:
            assignments[k] = c["cluster_id"]
    return ClusterResult(clusters, assignments)


def pairwise_scores(gold: dict[tuple[str, str], str], predicted: dict[tuple[str, str], str]) -> dict[str, float]:
    """Pairwise precision/recall/F1 of a clustering against gold event labels.

    Only records present in ``gold`` count. A pair is positive when both records share a
    label. Also returns the counts of gold and predicted clusters over those records.
    """
    keys = sorted(k for k in gold if k in predicted)
    tp = fp = fn = 0
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            g = gold[a] == gold[b]
            p = predicted[a] == predicted[b]
            tp += g and p
            fp += p and not g
            fn += g and not p
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "precision": prec,
        "recall": rec,
        "f1": f1,
        "records": len(keys),
        "gold_events": len({gold[k] for k in keys}),
        "predicted_clusters": len({predicted[k] for k in keys}),
    }


#: The event rows clustering reads: event columns, the document's date and outlet, and the text of the
#: sentence reporting the event (else the stretch its evidence spans cover).
CLUSTER_INPUT_SQL = """
SELECT e.doc_id, e.event_id, e.type, e.quad_class, e.source_country, e.target_country,
       e.source_name, e.target_name, e.source_actor_id, e.target_actor_id, e.date, d.published, d.source,
       e.modality, e.uncoded, e.background,
       CASE WHEN e.sentence_start IS NOT NULL THEN substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)
            WHEN e.start IS NOT NULL THEN substr(d.text, e.start + 1, e."end" - e.start) END AS evidence_text
FROM events e JOIN documents d USING (doc_id)
ORDER BY coalesce(e.date, d.published) NULLS LAST, e.doc_id, e.event_id
"""


def recluster(store, **kw) -> int:
    """Re-cluster every event in the store and return the number of clusters.

    Streams: event rows are read in date order by one cursor while clusters are written in
    chunks by the store's connection, all in one transaction, so memory holds only the
    clusters still open (those of the last ``window_days`` days).
    """

    def pairs():
        for c in iter_clusters(store.iter_rows(CLUSTER_INPUT_SQL, chunk=2_000), **kw):
            members = c.pop("members")
            yield c, members

    return store.write_clusters(pairs())
