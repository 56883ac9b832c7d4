"""Checks on news (session 9, cv9b): a move stated as an amount, a per cent and a level; no
"inconsistent" count comparison between counts said of different names or shares in words; no
rounding check for a figure with its own noun in parentheses. Sentences written for the test."""

from __future__ import annotations

from newsfacts.nlp.claims.check_words import names_in


def _checks(record: dict, kind: str) -> list:
    seen, out = set(), []
    for c in record["claims"]:
        for ch in c["checks"]:
            key = (ch["kind"], tuple(ch["claims"]))
            if ch["kind"] == kind and key not in seen:
                seen.add(key)
                out.append(ch)
    return out


def test_cv9b_a_market_move_fits_its_percent(extract_text):
    r = extract_text("The index fell 31.42 points, or 0.2 percent, to close at 17,120.50.")
    (ch,) = _checks(r, "change")
    assert ch["verdict"] == "consistent"
    assert "17,120.50 + 31.42 = 17,151.92" in ch["arithmetic"] and "0.18%" in ch["arithmetic"]


def test_cv9b_a_market_move_that_does_not_fit(extract_text):
    r = extract_text("Shares of the airline rose $1.20, or 12 percent, to $41.20.")
    (ch,) = _checks(r, "change")
    assert ch["verdict"] == "inconsistent"
    assert "41.20 USD − 1.20 USD = 40.00 USD" in ch["arithmetic"] and "3.00%" in ch["arithmetic"]


def test_cv9b_a_percent_of_the_new_level_is_a_minor_difference(extract_text):
    r = extract_text("Its stock gained $2.00, or 5.0 percent, to $40.00.")  # 2 / 38 = 5.26%; 2 / 40 = 5.0%
    (ch,) = _checks(r, "change")
    assert ch["verdict"] == "consistent" and "level after" in ch["explanation"]


def test_cv9b_no_move_without_a_direction_or_a_level(extract_text):
    assert not _checks(extract_text("The fund holds $2 million, or 4 percent, of its assets in cash."), "change")
    assert not _checks(extract_text("The index rose 31.42 points, or 0.2 percent, in early trading."), "change")


def test_cv9b_counts_said_of_different_places_may_differ(extract_text):
    r = extract_text("Dunmore, a hamlet in the hills, has 41 registered voters. Eastfield, home to 22 registered voters, also votes early.")
    checks = _checks(r, "count_comparison")
    assert checks and all(ch["verdict"] != "inconsistent" for ch in checks)


def test_cv9b_shares_in_words_are_not_compared_as_counts(extract_text):
    r = extract_text("He said one-third of the union's members back the mayor. Later he said more than half of the union's members back the mayor.")
    assert not _checks(r, "count_comparison")


def test_cv9b_a_figure_with_its_own_noun_in_parentheses_is_no_rounding(extract_text):
    r = extract_text("The measure passed with 61.3 percent of the vote (58 percent turnout).")
    assert not _checks(r, "rounding")
    r = extract_text("The measure passed with 61.3 percent of the vote (nearly 58 percent).")
    assert [ch["verdict"] for ch in _checks(r, "rounding")] == ["inconsistent"]


def test_cv9b_names_in():
    assert names_in("Hart, about 80 miles south, has 41 voters.") == {"Hart"}
    assert names_in("The town of Dixville has nine voters.") == {"Dixville"}
    assert names_in("But two of them voted.") == frozenset()


def test_cv9b_a_part_restated_as_a_percent_of_the_total_before_it(extract_text):
    r = extract_text("The groups spent $300 million, but only $15.3 million, or about 5 percent, went to ads.")
    (ch,) = _checks(r, "percentage_of_base")
    assert ch["verdict"] == "consistent" and "5.10%" in ch["arithmetic"]
    r = extract_text("The city spent $40 million, and $12 million, or 20 percent, went to roads.")
    (ch,) = _checks(r, "percentage_of_base")
    assert ch["verdict"] == "different bases possible"  # 30% of $40 million: the 20 percent may be of another whole
