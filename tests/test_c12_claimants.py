"""Claimants named again without their name (session 11, helper C2): a document's maker named by a
pronoun ("the document he released", "his book"), a definite owner ("the foundation's tally", "a
survey by the organization"), a poll no name holds taken by the one maker the story names for its
polls, a poll named by a name the entity stage left unlinked there ("A Field Poll of ..."), and a
source that is nobody ("no Republicans shows ...")."""

from __future__ import annotations


def _claim(record: dict, text: str) -> dict:
    return next(c for c in record["claims"] if c["text"] == text or c["text"].startswith(text))


def _name(record: dict, claim: dict):
    names = {e["id"]: e["name"] for e in record["entities"]}
    return names.get(claim["claimant"])


def test_c12_a_document_its_maker_released_by_a_pronoun(extract_text):
    r = extract_text(
        "Senator Anna Kroll released details of her housing plan on Monday. The plan would cost about "
        "$2.4 billion a year, according to the \"Homes for All\" document she released."
    )
    assert _name(r, _claim(r, "about $2.4 billion")) == "Anna Kroll"


def test_c12_his_book_is_the_person_named_before_not_a_name_after_he(extract_text):
    r = extract_text(
        "Peter Vale has long boasted that he buys cheaply. In 1990, he paid $3 million for a used "
        "ship from Oskar Lind, according to his book \"The Deal\"."
    )
    assert _name(r, _claim(r, "$3 million")) == "Peter Vale"


def test_c12_a_pronoun_with_two_people_before_it_claims_nothing(extract_text):
    r = extract_text(
        "Peter Vale met Oskar Lind in Paris last week. The ship cost $3 million, according to his book."
    )
    assert _claim(r, "$3 million")["claimant"] is None


def test_c12_the_foundations_tally_is_the_foundation_named_last(extract_text):
    r = extract_text(
        "The Lark Foundation gave a grant to the Rowan Foundation in 2010. The Rowan Foundation now runs "
        "schools in Kenya. It has helped 105,000 farmers increase their yields, according to the "
        "foundation's tally."
    )
    assert _name(r, _claim(r, "105,000")) == "Rowan Foundation"


def test_c12_a_survey_by_the_organization(extract_text):
    r = extract_text(
        "The poll, released on Wednesday by the Marlow Policy Institute, showed Hillary Clinton leading "
        "Bernie Sanders, 46 percent to 44 percent. A survey by the organization in March found Clinton "
        "with a lead of 48 percent to 41 percent over Sanders."
    )
    assert _name(r, _claim(r, "48 percent")) == "Marlow Policy Institute"


def test_c12_the_poll_is_the_one_maker_the_story_names(extract_text):
    r = extract_text(
        "The Boston Globe conducted a 50-state poll this summer, its first since 1988.\n\n"
        "Ohio and Florida remain close.\n\n"
        "Iowa has shifted toward the Republicans.\n\n"
        "Voters in the West are divided.\n\n"
        "Trump leads by 57 percent to 33 percent in the 50-state poll."
    )
    assert _name(r, _claim(r, "57 percent")) == "Boston Globe"


def test_c12_the_poll_with_two_makers_in_the_story_is_neither(extract_text):
    r = extract_text(
        "CNN conducted a poll in May, and Fox News conducted a poll in June.\n\n"
        "Trump leads by 57 percent to 33 percent in the poll."
    )
    assert _name(r, _claim(r, "57 percent")) not in ("CNN", "Fox News")


def test_c12_a_source_that_is_nobody_claims_nothing(extract_text):
    r = extract_text(
        "The fact that the bill has one Democratic sponsor and no Republicans shows its prospects are no "
        "better than Mr. Cruz's plan for a 16 percent tax."
    )
    assert _name(r, _claim(r, "16 percent")) != "Republicans"


def test_c12_an_i_inside_a_quote_leaves_the_figure_the_speakers(extract_text):
    r = extract_text(
        "\u201cI think the best way to stop him from getting to 1,237 is Ted Cruz, and I\u2019m going to help "
        "Ted in every way I can,\u201d Lindsey Graham told CNN."
    )
    assert _name(r, _claim(r, "1,237")) == "Lindsey Graham"


def test_c12_a_figure_estimated_by_a_named_maker_is_the_makers(extract_text):
    r = extract_text(
        "Donald Trump mocked Michael Bloomberg, suggesting that Bloomberg was personally worth less than "
        "the $36.5 billion estimated by Forbes."
    )
    assert _name(r, _claim(r, "$36.5 billion")) == "Forbes"


def test_c12_a_named_count_as_the_subject_of_the_figures_clause(extract_text):
    r = extract_text(
        "The campaign's projections rest on two kinds of delegates. The current Associated Press count "
        "gives her 1,280 pledged delegates and 469 super delegates for a total of 1,749."
    )
    for text in ("1,280", "469", "1,749"):
        assert _name(r, _claim(r, text)) == "Associated Press"


def test_c12_shares_right_before_those_surveyed_take_the_poll(extract_text):
    r = extract_text(
        "A USA TODAY/Suffolk University Poll finds voters under 35 divided.\n\n"
        "\"I'm a voter,\" declares Stephanie Acs, 27, a veteran who was among those polled.\n\n"
        "By an overwhelming 80%-10%, those surveyed say the country should turn to renewable energy. "
        "Three-fourths say police officers should wear body cameras."
    )
    assert "USA TODAY" in (_name(r, _claim(r, "80%")) or "") or "Suffolk" in (_name(r, _claim(r, "80%")) or "")
    assert _claim(r, "Three-fourths")["claimant"] == _claim(r, "80%")["claimant"]


def test_c12_a_share_in_another_named_average_is_not_the_polls(extract_text):
    r = extract_text(
        "A USA TODAY/Suffolk University Poll finds voters under 35 divided.\n\n"
        "Donald Trump leads among younger Republicans at 26%. He is backed by 34% of GOP voters in the "
        "RealClearPolitics average of national polls."
    )
    assert _name(r, _claim(r, "34%")) == "RealClearPolitics"  # (session 13: its own average's maker, not the poll named before)


def test_c12_a_share_saying_with_no_quote_record_takes_the_poll(extract_text):
    r = extract_text(
        "A New York Times/CBS News poll shows voters souring on both candidates.\n\n"
        "\"The investigation was extremely careless,\" James Comey said of the emails.\n\n"
        "Voters still view Clinton as more prepared for the job, with 50 percent saying she is prepared, "
        "compared with the 30 percent who say the same about Trump."
    )
    assert _claim(r, "50 percent")["claimant"] is not None
    assert _claim(r, "50 percent")["claimant"] == _claim(r, "30 percent")["claimant"]
    assert _name(r, _claim(r, "50 percent")) != "James Comey"
