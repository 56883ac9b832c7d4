"""Rule tests for the claims stage on strings, claim objects and hand-built Docs (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsfacts.nlp.claims import extract_claims, normalise_number, parse_quantity, run_checks
from newsfacts.nlp.claims.checks import conversion_check, interval
from newsfacts.nlp.claims.claimants import assign_claimants
from newsfacts.nlp.claims.description import counted_noun, noun_phrase
from newsfacts.nlp.claims.extract import ClaimInfo
from newsfacts.nlp.claims.numbers import find_qualifier, is_vague, is_word_number
from newsfacts.nlp.claims.units import convert
from newsfacts.schema import Claim, Quote

VOCAB = spacy.blank("en").vocab


def _doc(rows, spaces):
    """A Doc from ``(word, head, dep, pos, lemma, ent)`` rows; one sentence."""
    words, heads, deps, pos, lemmas, ents = (list(x) for x in zip(*rows))
    return Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


def _rockets_doc():
    """ "Officials said about 4,400 rockets were fired." """
    return _doc(
        [("Officials", 1, "nsubj", "NOUN", "official", "O"), ("said", 1, "ROOT", "VERB", "say", "O"),
         ("about", 3, "advmod", "ADV", "about", "O"), ("4,400", 4, "nummod", "NUM", "4,400", "B-CARDINAL"),
         ("rockets", 6, "nsubjpass", "NOUN", "rocket", "O"), ("were", 6, "auxpass", "AUX", "be", "O"),
         ("fired", 1, "ccomp", "VERB", "fire", "O"), (".", 1, "punct", "PUNCT", ".", "O")],
        [True, True, True, True, True, True, False, False],
    )


def _share_doc():
    """ "In 2021, 90% of the 4,400 rockets fell." """
    return _doc(
        [("In", 9, "prep", "ADP", "in", "O"), ("2021", 0, "pobj", "NUM", "2021", "B-DATE"),
         (",", 9, "punct", "PUNCT", ",", "O"), ("90", 4, "nummod", "NUM", "90", "B-PERCENT"),
         ("%", 9, "nsubj", "NOUN", "%", "I-PERCENT"), ("of", 4, "prep", "ADP", "of", "O"),
         ("the", 8, "det", "DET", "the", "O"), ("4,400", 8, "nummod", "NUM", "4,400", "B-CARDINAL"),
         ("rockets", 5, "pobj", "NOUN", "rocket", "O"), ("fell", 9, "ROOT", "VERB", "fall", "O"),
         (".", 9, "punct", "PUNCT", ".", "O")],
        [True, False, True, False, True, True, True, True, True, False, False],
    )


def _claim(cid, value, unit=None, qualifier=None, claimant=None, start=0):
    return Claim(cid, str(value), value, unit, [(start, start + 1)], qualifier=qualifier, claimant=claimant)


@pytest.mark.parametrize("text,value", [
    ("4,400", 4400.0), ("seven", 7.0), ("a dozen", 12.0), ("dozens", 24.0), ("many thousands", 2000.0),
    ("1.2 million", 1_200_000.0), ("two hundred and fifty", 250.0), ("nothing here", None), ("", None),
])
def test_numbers_normalise_number_words_and_figures(text, value):
    assert normalise_number(text) == value


@pytest.mark.parametrize("text,value,unit", [
    ("$3.5bn", 3.5e9, "USD"), ("$4.5 million", 4.5e6, "USD"), ("£20", 20.0, "GBP"), ("€2 billion", 2e9, "EUR"),
    ("-5%", -5.0, "percent"), ("3.5 per cent", 3.5, "percent"), ("1,500-kilometer", 1500.0, "km"),
])
def test_numbers_parse_quantity_money_percent_and_units(text, value, unit):
    got = parse_quantity(text)
    assert got[:2] == (value, unit)


def test_numbers_parse_quantity_offsets_skip_leading_words():
    assert parse_quantity("nearly 17%") == (17.0, "percent", None, None, 7, 10)


@pytest.mark.parametrize("text", ["10 to 20", "between 10 and 20"])
def test_numbers_parse_quantity_range(text):
    value, unit, low, high, start, end = parse_quantity(text)
    assert (value, unit, low, high) == (15.0, None, 10.0, 20.0)
    assert (start, end) == (0, len(text))


@pytest.mark.parametrize("before,want", [
    ("more than ", "over"), ("an estimated ", "about"), ("no fewer than ", "at least"), ("as many as ", "up to"),
    ("close to ", "nearly"), ("fewer than ", "under"), ("precisely ", "exactly"), ("the ", None),
])
def test_numbers_find_qualifier_folds_to_canonical(before, want):
    text = "Officials said " + before + "4,400 rockets"
    start = text.index("4,400")
    got, begins = find_qualifier(text, 0, start)
    assert got == want
    assert begins == (start if want is None else len("Officials said "))


def test_numbers_find_qualifier_stays_in_its_sentence():
    text = "It was close to. 4,400 rockets"
    assert find_qualifier(text, text.index("4,400"), text.index("4,400"))[0] is None


@pytest.mark.parametrize("text,vague,word", [
    ("dozens", True, False), ("many hundreds", True, False), ("two", False, True), (" both ", False, True),
    ("4,400", False, False),
])
def test_numbers_vague_and_word_numbers(text, vague, word):
    assert (is_vague(text), is_word_number(text)) == (vague, word)


@pytest.mark.parametrize("value,unit,to_unit,want", [
    (1500, "km", "mile", 932.06), (100, "degC", "degF", 212.0), (1, "km", "kg", None), (1, "km", "furlong", None),
])
def test_units_convert(value, unit, to_unit, want):
    got = convert(value, unit, to_unit)
    assert got == (pytest.approx(want, abs=0.01) if want is not None else None)


@pytest.mark.parametrize("value,qualifier,low,high", [
    (100, "about", 90, 110), (100, "over", 100, 125), (100, "up to", 75, 100), (100, "nearly", 85, 100),
    (100, "exactly", 100, 100), (1400, None, 1350, 1450), (10_000, None, 9000, 11_000),
])
def test_checks_interval_by_qualifier(value, qualifier, low, high):
    assert interval(value, qualifier) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize("miles,verdict", [(900, "consistent"), (500, "inconsistent")])
def test_checks_conversion_verdict(miles, verdict):
    check = conversion_check(_claim("c1", 1500.0, "km"), _claim("c2", float(miles), "mile"))
    assert check.kind == "conversion" and check.verdict == verdict
    assert "932 miles" in check.arithmetic


@pytest.mark.parametrize("restated,verdict", [(3.5e9, "consistent"), (5e9, "inconsistent")])
def test_checks_percentage_parts_add_up(restated, verdict):
    """ "$3.5 billion, about 40% of the $8.7 billion": 40% of 8.7 billion is about 3.48 billion."""
    amount, share, base = _claim("c1", restated, "USD"), _claim("c2", 40.0, "percent", "about"), _claim("c3", 8.7e9, "USD")
    infos = [ClaimInfo(amount), ClaimInfo(share, base="c3", restates="c1"), ClaimInfo(base)]
    (check,) = run_checks(infos)
    assert (check.kind, check.claims, check.verdict) == ("percentage_of_base", ["c1", "c2", "c3"], verdict)
    assert check in amount.checks and check in base.checks


@pytest.mark.parametrize("second,description,claimant,verdict", [
    (4000.0, "rockets fired at Oslo", None, "consistent"),
    (1000.0, "rockets fired at Oslo", None, "inconsistent"),
    (1000.0, "rockets fired at Oslo", "e2", "different bases possible"),
    (2500.0, "rockets", None, "different bases possible"),  # (4,400 vs 1,000 "rockets": too far apart to compare)
])
def test_checks_count_comparison_verdict(second, description, claimant, verdict):
    a = ClaimInfo(_claim("c1", 4400.0), head="rocket", verbs=frozenset({"fire"}), description=description, sentence=(0, 10))
    b = ClaimInfo(_claim("c2", second, qualifier="about", claimant=claimant), head="rocket", verbs=frozenset({"fire"}),
                  description=description, sentence=(11, 20))
    (check,) = run_checks([a, b])
    assert (check.kind, check.verdict) == ("count_comparison", verdict)


def test_checks_measures_are_not_counts():
    a = ClaimInfo(_claim("c1", 5.0), head="point", verbs=frozenset({"lead"}), sentence=(0, 10))
    b = ClaimInfo(_claim("c2", 50.0), head="point", verbs=frozenset({"lead"}), sentence=(11, 20))
    assert run_checks([a, b]) == []


def test_description_counted_noun_skips_unit_words():
    doc = _doc([("1,500", 1, "nummod", "NUM", "1,500", "B-QUANTITY"), ("kilometre", 2, "compound", "NOUN", "kilometre", "O"),
                ("radius", 2, "ROOT", "NOUN", "radius", "O")], [True, True, False])
    noun, via_of = counted_noun(doc[0:1])
    assert (noun.text, via_of) == ("radius", False)


def test_description_noun_phrase_keeps_adjectives_not_numbers():
    doc = _doc([("4,400", 2, "nummod", "NUM", "4,400", "B-CARDINAL"), ("Israeli", 2, "amod", "ADJ", "israeli", "O"),
                ("lives", 2, "ROOT", "NOUN", "life", "O")], [True, True, False])
    assert noun_phrase(doc[2]) == "Israeli lives"


def test_extract_claims_qualifier_counts_and_verbs():
    claims, infos = extract_claims(_rockets_doc())
    (claim,) = claims
    assert (claim.id, claim.value, claim.unit, claim.qualifier, claim.counts) == ("c1", 4400.0, None, "about", "rockets")
    assert claim.text == "about 4,400" and claim.evidence == [(15, 26)]
    assert infos[0].head == "rocket" and infos[0].verbs == frozenset({"fire"})  # "say" is a reporting verb


def test_extract_claims_percentage_takes_its_base():
    claims, infos = extract_claims(_share_doc())
    assert [(c.id, c.value, c.unit, c.counts) for c in claims] == [("c1", 90.0, "percent", "rockets"), ("c2", 4400.0, None, "rockets")]
    assert infos[0].base == "c2"
    (check,) = [c for c in run_checks(infos) if c.kind == "percentage_of_base"]
    assert check.arithmetic == "90% × 4,400 = 3,960"


@pytest.mark.parametrize("word,dep", [("2021", "attr"), ("two", "nsubj")])
def test_extract_claims_years_and_references_are_not_claims(word, dep):
    """ "It was 2021." counts nothing: a year. "The two met." refers, it does not count."""
    doc = _doc([("It", 2, "nsubj", "PRON", "it", "O"), ("the", 2, "det", "DET", "the", "O"),
                (word, 3, dep, "NUM", word, "B-CARDINAL"), ("met", 3, "ROOT", "VERB", "meet", "O")],
               [True, True, True, False])
    assert extract_claims(doc) == ([], [])


def test_claimants_first_quote_holding_the_claim():
    infos = [ClaimInfo(_claim("c1", 1.0, start=5)), ClaimInfo(_claim("c2", 2.0, start=50))]
    quotes = [Quote("q1", "", [(0, 3), (40, 60)], "direct", speaker="e1"), Quote("q2", "", [(0, 20)], "direct", speaker="e2")]
    assign_claimants(infos, quotes)
    assert [(i.claim.claimant, i.claim.quote) for i in infos] == [("e2", "q2"), ("e1", "q1")]


# the words around a number (nlp/claims/adjacent.py), on strings
from newsfacts.nlp.claims.adjacent import currency_after, currency_before, not_quantity, plus_after, symbol_after, widen  # noqa: E402


@pytest.mark.parametrize("text,code,lead", [
    ("paid $", "USD", "$"), ("paid US$", "USD", "US$"), ("paid C$", "CAD", "C$"), ("cost \u20ac", "EUR", "\u20ac"),
    ("cost \u00a3", "GBP", "\u00a3"), ("cost \u00a5", "JPY", "\u00a5"), ("grant of USD ", "USD", "USD "), ("BUS", None, None),
])
def test_adjacent_currency_before(text, code, lead):
    got = currency_before(text, len(text))
    assert (got[0] if got else None) == code
    if got:
        assert text[got[1]:] == lead


@pytest.mark.parametrize("after,sentence,code", [
    (" dollars in aid", "x", "USD"), (" million yuan", "x", None), (" yuan.", "x", "CNY"), (" euros", "x", "EUR"),
    (" pounds of flour", "The baker bought 300 pounds of flour.", None),
    (" pounds a week", "Rents in London are 300 pounds a week.", "GBP"), (" won", "The team 3 won", None),
])
def test_adjacent_currency_after(after, sentence, code):
    got = currency_after("300" + after, 3, sentence)
    assert (got[0] if got else None) == code


@pytest.mark.parametrize("after,unit", [
    (" mm thick", "mm"), (" \u00b0C", "degC"), (" mg/L", "mg/L"), (" m s\u22121", "m/second"), (" in May", None),
    (" a day", None), ("%", "percent"), (" km2", "km2"), (" Hz.", "Hz"), (" mmm", None),
])
def test_adjacent_symbol_after(after, unit):
    got = symbol_after("12" + after, 2)
    assert (got[0] if got else None) == unit


@pytest.mark.parametrize("after,plus", [("-plus donors", True), (" or more cars", True), ("+ fans", True), (" or so", False), (" plus tax", False)])
def test_adjacent_plus_after(after, plus):
    assert (plus_after("6,000" + after, 5) is not None) == plus


@pytest.mark.parametrize("text,number,expected", [
    ("The Nikkei 225 fell.", "225", True), ("the S&P 500 rose", "500", True), ("see Fig. 3 below", "3", True),
    ("as shown [12] before", "12", True), ("as shown [4, 12] before", "12", True), ("too clever by half", "half", True),
    ("at one point he left", "one", True), ("one of the few", "one", True), ("(2) the second item", "2", True),
    ("it took 225 days", "225", False), ("a 500-seat hall", "500", False), ("half of the members", "half", False),
    ("see Figures 2A and 2C here", "2C", True), ("a 3D model", "3", True), ("the 401(k) plan", "401", True),
    ("prices rose 3 and 5 percent", "5", False),
])
def test_adjacent_not_quantity(text, number, expected):
    s = text.index(number)
    assert not_quantity(text, s, s + len(number)) is expected


@pytest.mark.parametrize("text,span,unit,want", [
    ("raised $225,000 in June", (8, 15), None, ("$225,000", "USD", False, 1.0)),
    ("paid C$30 each", (7, 9), "USD", ("C$30", "CAD", False, 1.0)),
    ("a USD 5m grant", (6, 7), None, ("USD 5m", "USD", False, 1e6)),
    ("has 6,000-plus donors", (4, 9), None, ("6,000-plus", None, True, 1.0)),
    ("a 8.5 mm beach", (2, 5), None, ("8.5 mm", "mm", False, 1.0)),
    ("a handful of $20s", (14, 17), "second", ("$20s", "USD", False, 1.0)),
])
def test_adjacent_widen(text, span, unit, want):
    s, e, u, plus, scale = widen(text, span[0], span[1], unit, text)
    assert (text[s:e], u, plus, scale) == want


def _cost_doc():
    """ "The plan would cost $1.2 billion." """
    return _doc(
        [("The", 1, "det", "DET", "the", "O"), ("plan", 3, "nsubj", "NOUN", "plan", "O"), ("would", 3, "aux", "AUX", "would", "O"),
         ("cost", 3, "ROOT", "VERB", "cost", "O"), ("$", 6, "quantmod", "SYM", "$", "B-MONEY"),
         ("1.2", 6, "compound", "NUM", "1.2", "I-MONEY"), ("billion", 3, "dobj", "NUM", "billion", "I-MONEY"),
         (".", 3, "punct", "PUNCT", ".", "O")],
        [True, True, True, True, False, True, False, False],
    )


def _support_doc():
    """ "Support rose to 47 percent." """
    return _doc(
        [("Support", 1, "nsubj", "NOUN", "support", "O"), ("rose", 1, "ROOT", "VERB", "rise", "O"),
         ("to", 1, "prep", "ADP", "to", "O"), ("47", 4, "nummod", "NUM", "47", "B-PERCENT"),
         ("percent", 2, "pobj", "NOUN", "percent", "I-PERCENT"), (".", 1, "punct", "PUNCT", ".", "O")],
        [True, True, True, True, False, False],
    )


@pytest.mark.parametrize("make,unit,counts,evidence", [
    (_cost_doc, "USD", "cost of the plan", ["The plan", "cost"]),
    (_support_doc, "percent", "support", ["Support"]),
    (_rockets_doc, None, "rockets", ["rockets"]),
])
def test_measured_what_it_counts(make, unit, counts, evidence):
    from newsfacts.nlp.claims.measured import what_it_counts

    doc = make()
    span = doc.ents[0]
    counted, _ = counted_noun(span)
    got, spans = what_it_counts(span, unit, counted)
    assert got == counts and [doc.text[s:e] for s, e in spans] == evidence
