"""Claimants and checks on news (issue #20, session 7): a finding "in an article", a finding
continued by an "-ing" clause, a count a verb acts on (no claimant), a name the entity stage
left unlinked; checks that stay silent on two quantities of one kind.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.nlp.claims.check_arith import plausibly_restated
from newsfacts.nlp.claims.checks import run_checks
from newsfacts.nlp.claims.extract import ClaimInfo
from newsfacts.schema import Claim


def _claimant(record, surface: str):
    names = {e["id"]: e["name"] for e in record["entities"]}
    claims = [c for c in record["claims"] if c["text"] == surface]
    assert claims, [c["text"] for c in record["claims"]]
    cid = claims[0]["claimant"]
    return names[cid] if cid else None


@pytest.mark.parametrize("text, surface, who", [
    # the maker of an article a verb of saying hangs on ("shot back in an article stating ...")
    ("The Beacon Review ranks rich families every year. The Beacon Review shot back in an article stating "
     "that the city had 79 billionaires.", "79", "Beacon Review"),
    # a finding continued by a participle clause
    ("A Gallup poll released Monday showed the governor with a wide lead, earning 58 percent of the vote "
     "to the challenger's 31 percent.", "31 percent", "Gallup"),
    # "the <noun>": the one named organisation with that word in its name
    ("The Public Policy Institute of California released a survey on Wednesday. Among Democrats alone, "
     "Mrs. Clinton leads Mr. Sanders 49 percent to 41 percent, according to the institute.", "41 percent",
     "Public Policy Institute of California"),
    # a share a verb of naming calls something: the subject's words
    ("At a fundraiser in Boston, Senator Ada Quill called half of Governor Bo Lind's supporters \"cranks.\"", "half", "Ada Quill"),
])
def test_ccl_report_gives_the_claimant(extract_text, text, surface, who):
    assert _claimant(extract_text(text), surface) == who


@pytest.mark.parametrize("text, surface", [
    # what a verb of writing does, not what it states
    ("The Harbor Group is a media company. The Harbor Group publishes more than 30 magazines a year.", "more than 30"),
    # a number describing what the verb of naming names: the writer's
    ("Senator Ada Quill called the 40-year-old man a crank.", "40-year"),
])
def test_ccl_acted_on_has_no_claimant(extract_text, text, surface):
    assert _claimant(extract_text(text), surface) is None


def test_ccl_name_fallback_links_an_unlinked_mention(nlp):
    """A source whose words the entity stage linked to no entity: the one person or
    organisation with a mention written the same way; none when two share the name."""
    from newsfacts.nlp.claims.claimants import _Reports
    from newsfacts.nlp.entities.index import EntityIndex
    from newsfacts.schema import Entity, Mention

    text = "Zeta Analytics tracks fortunes. Zeta Analytics says the family is worth $3 billion."
    doc = nlp(text)
    ent = Entity("e1", "Zeta Analytics", "ORG", [Mention("Zeta Analytics", 0, 14, "name")])
    index = EntityIndex([ent], {"e1": ent}, [(0, 14, "e1")])
    start = text.index("$3")
    eid, spans = _Reports(doc, index).claimant((start, start + 10))
    assert eid == "e1" and text[spans[0][0] : spans[0][1]] == "Zeta Analytics"
    other = Entity("e2", "Zeta Analytics", "PERSON", [Mention("Zeta Analytics", 0, 14, "name")])
    index2 = EntityIndex([ent, other], {"e1": ent, "e2": other}, [(0, 14, "e1"), (0, 14, "e2")])
    assert _Reports(doc, index2).claimant((start, start + 10))[0] is None  # two entities of that name: none


def _claim(cid, value, unit=None, counts=None, start=0):
    return Claim(cid, str(value), value, unit, [(start, start + 1)], counts=counts)


def test_ccl_restated_ratio():
    assert plausibly_restated(721, 1237) and plausibly_restated(4.21, 4.57)
    assert not plausibly_restated(1_200_000, 332_000) and not plausibly_restated(5500, 43000) and not plausibly_restated(0, 5)


def _money(text: str, spans):
    infos = []
    for k, (surface, value) in enumerate(spans, 1):
        s = text.index(surface)
        end = text.index(".", s) + 1
        begin = text.rfind(". ", 0, s)
        sentence = (begin + 2 if begin >= 0 else 0, end)
        c = Claim(f"c{k}", surface, value, "USD", [(s, s + len(surface))], counts="ad spending")
        infos.append(ClaimInfo(c, sentence=sentence))
    return infos


def test_ccl_same_quantity_far_apart_is_no_check():
    text = "The first group spent $1.2 million on ads. The second group spent $332,000 on mailers."
    checks = run_checks(_money(text, [("$1.2 million", 1_200_000.0), ("$332,000", 332_000.0)]), text=text)
    assert not [c for c in checks if c.kind == "same_quantity"]
    text = "The group spent $1.2 million on ads. Later the group spent $900,000 on ads."
    checks = run_checks(_money(text, [("$1.2 million", 1_200_000.0), ("$900,000", 900_000.0)]), text=text)
    assert [c for c in checks if c.kind == "same_quantity"]  # within a factor of two: still compared


def test_ccl_same_quantity_of_groups_is_no_check():
    text = "Among men the group spent $1.2 million on ads. Among women the group spent $900,000 on ads."
    checks = run_checks(_money(text, [("$1.2 million", 1_200_000.0), ("$900,000", 900_000.0)]), text=text)
    assert not [c for c in checks if c.kind == "same_quantity"]


def test_ccl_counts_far_apart_or_as_modifiers_are_not_compared():
    a = ClaimInfo(_claim("c1", 721.0), head="delegate", verbs=frozenset({"cast"}), description="delegates", sentence=(0, 10))
    b = ClaimInfo(_claim("c2", 5500.0), head="delegate", verbs=frozenset({"cast"}), description="delegates", sentence=(11, 20))
    assert not [c for c in run_checks([a, b]) if c.kind == "count_comparison"]
    text = "In all 721 delegates voted. He passed the 1,237-delegate threshold."
    s1, s2 = text.index("721"), text.index("1,237")
    a = ClaimInfo(Claim("c1", "721", 721.0, None, [(s1, s1 + 3)]), head="delegate", verbs=frozenset({"vote"}),
                  description="delegates", sentence=(0, 27))
    b = ClaimInfo(Claim("c2", "1,237", 1237.0, None, [(s2, s2 + 5)]), head="delegate", verbs=frozenset({"vote"}),
                  description="delegates", sentence=(28, len(text)))
    assert [c for c in run_checks([a, b]) if c.kind == "count_comparison"]  # without the text: compared
    assert not [c for c in run_checks([a, b], text=text) if c.kind == "count_comparison"]


def test_ccl_change_needs_no_list_between_old_and_new():
    text = "The committee spent $1 million, from $272,000 on clothing, mugs and magnets to $375,000 on books."
    s1, s2 = text.index("$272,000"), text.index("$375,000")
    infos = [ClaimInfo(Claim("c1", "$272,000", 272_000.0, "USD", [(s1, s1 + 8)]), sentence=(0, len(text))),
             ClaimInfo(Claim("c2", "$375,000", 375_000.0, "USD", [(s2, s2 + 8)]), sentence=(0, len(text)))]
    assert not [c for c in run_checks(infos, text=text) if c.kind == "change"]
    text = "Spending rose from $272,000 in May to $375,000 in June."
    s1, s2 = text.index("$272,000"), text.index("$375,000")
    infos = [ClaimInfo(Claim("c1", "$272,000", 272_000.0, "USD", [(s1, s1 + 8)]), sentence=(0, len(text))),
             ClaimInfo(Claim("c2", "$375,000", 375_000.0, "USD", [(s2, s2 + 8)]), sentence=(0, len(text)))]
    assert [c for c in run_checks(infos, text=text) if c.kind == "change"]


def test_ccl_list_numbers_are_no_claims(extract_text):
    record = extract_text("WEEK 9. 1. Ada Quill (Last week: 2.) 2. Bo Lind (1.) The firm hired 20. Quill said 45 people came.")
    assert [c["text"] for c in record["claims"]] == ["20", "45"]
