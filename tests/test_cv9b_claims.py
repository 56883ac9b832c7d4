"""Claims on news (session 9, cv9b): labels and idioms that are no quantity, the old and new value
of a change of a verb's object, a poll named in a fronted "In the X poll," or right after its
figure. Every sentence here was written for the test."""

from __future__ import annotations

from newsfacts.nlp.claims.spans import is_change


def _claims(extract_text, text: str) -> dict:
    return {c["text"]: c for c in extract_text(text)["claims"]}


def _names(record: dict) -> dict:
    return {e["id"]: e["name"] for e in record["entities"]}


def test_cv9b_income_groups_are_labels_and_their_shares_stay(extract_text):
    got = _claims(extract_text, "The top 1 percent took 52 percent of the gains, while the bottom 80 percent of earners got 9 percent.")
    assert "1 percent" not in got and "80 percent" not in got
    assert got["52 percent"]["value"] == 52 and got["9 percent"]["value"] == 9


def test_cv9b_the_one_percent_as_a_noun_but_not_a_share_of_voters(extract_text):
    got = _claims(extract_text, "The economy works for the 1 percent, she said.")
    assert "1 percent" not in got
    got = _claims(extract_text, "Support rose from the 1 percent who backed him in May.")
    assert "1 percent" in got


def test_cv9b_idioms_races_and_numbered_items_are_no_claims(extract_text):
    got = _claims(extract_text, "A good map is worth a thousand of his speeches, and this is a three-way race for second.")
    assert not any(c in got for c in ("a thousand", "three"))
    got = _claims(extract_text, '"He will win for two reasons: 1) He has money. 2) He has time," said an aide.')
    assert set(got) == {"two"}
    got = _claims(extract_text, "If you're 75 years old, you vote. She is 75 years old.")
    assert [c["value"] for c in got.values()] == [75]


def test_cv9b_a_change_of_the_verbs_object_is_two_values(extract_text):
    got = _claims(extract_text, "She backs raising the state minimum wage from the current $8.10 to $13 an hour.")
    assert got["$8.10"]["low"] is None and got["$13"]["value"] == 13
    got = _claims(extract_text, "He would cut taxes for families earning from $40,000 to $90,000.")
    assert got["$40,000 to $90,000"]["low"] == 40000  # a range of the families' incomes, not a change


def test_cv9b_is_change():
    text = "raising the federal minimum wage from the current $8.10 to $13; families earning from $40,000"
    assert is_change(text, text.index("$8.10"))
    assert not is_change(text, text.index("$40,000"))


def test_cv9b_a_fronted_poll_claims_its_points(extract_text):
    r = extract_text("In the Gallup poll, the governor's lead narrowed from 20 points to 11 points. In Ohio, he leads by 4 points.")
    names, got = _names(r), {c["text"]: c for c in r["claims"]}
    assert names.get(got["11 points"]["claimant"]) == "Gallup"
    assert got["4 points"]["claimant"] is None


def test_cv9b_a_share_named_with_its_own_poll_keeps_it(extract_text):
    r = extract_text("In a new Marist survey, Smith leads by 6 points. Jones fell to 9 percent in the latest Gallup poll.")
    names, got = _names(r), {c["text"]: c for c in r["claims"]}
    assert names.get(got["9 percent"]["claimant"]) == "Gallup"
