"""Claimants: who claims a number, from the quotes stage's records.

A number inside a quote (its evidence within one of the quote's spans) is claimed by the
quote's speaker; a number outside every quote is the outlet's own (claimant null).
"""

from __future__ import annotations

from bisect import bisect_left


def assign_claimants(infos: list, quotes) -> None:
    """Set ``claimant`` and ``quote`` of every claim inside a quote (its evidence within one
    of the quote's spans) to the quote's speaker and id: the first such quote in ``quotes``' order.

    One sweep over span starts with a Fenwick tree of the smallest quote index by span end
    (a walk over every quote for each claim was quadratic on long texts)."""
    spans = sorted((s, e, k) for k, q in enumerate(quotes) for s, e in q.evidence)
    if not spans or not infos:
        return
    ends = sorted({e for _, e, _ in spans})
    m = len(ends)
    none = len(quotes)
    tree = [none] * (m + 1)  # prefix minimum over reversed end ranks: rank 1 = the largest end

    def add(e: int, k: int) -> None:
        r = m - bisect_left(ends, e)
        while r <= m:
            if k < tree[r]:
                tree[r] = k
            r += r & -r

    def first_holding(b: int) -> int:  # the smallest quote index among added spans ending at or after b
        r, best = m - bisect_left(ends, b), none
        while r > 0:
            best = min(best, tree[r])
            r -= r & -r
        return best

    j = 0
    for info in sorted(infos, key=lambda i: i.claim.evidence[0][0]):
        a, b = info.claim.evidence[0]
        while j < len(spans) and spans[j][0] <= a:
            add(spans[j][1], spans[j][2])
            j += 1
        k = first_holding(b)
        if k < none:
            info.claim.claimant = quotes[k].speaker
            info.claim.quote = quotes[k].id
