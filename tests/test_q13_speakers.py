"""Quote speakers, session 12 second round (issue #18): titles coordinated before one name
("former Ohio Gov. and party Chairman Tom Ames said": Tom Ames), a description that uses
another word for an office people.tsv lists ("the Russian leader": the Russian president
named before), and group words PolNeAR marks as sources ("Fact-checkers noted").
"""

from newsfacts.nlp.quotes.office_words import office_words
from tests.evidence import one_speaker


def test_titles_coordinated_before_a_name(extract_text):
    text = ("The party met in Columbus on Monday. \"Turnout is what matters in the fall,\" said former "
            "Ohio Gov. and Democratic National Committee Chairman Tom Ames.")
    rec = extract_text(text)
    sp, why = one_speaker(rec, "Turnout is what matters")
    assert sp is not None and sp[0] == "Tom Ames", why


def test_two_titles_with_an_article_are_not_joined(extract_text):
    text = ("The board met in Columbus on Monday. The governor and Senator Tom Ames said the budget "
            "would pass.")
    rec = extract_text(text)
    sp, why = one_speaker(rec, "the budget")
    assert sp is None or "titles coordinated" not in why, why


def test_the_leader_for_a_president():
    assert "leader" in office_words("president (from 2012-05-07)")
    assert "leader" not in office_words("vice president")
    assert "ceo" in office_words("chief executive of hewlett-packard")
    assert "lawmaker" not in office_words("u.s. trade representative")


def test_a_national_leader_is_the_president_named_before(extract_text):
    text = ("President Vladimir Putin of Russia held his annual news conference in Moscow on Thursday. "
            "He spoke for four hours. Asked about the American election, the Russian leader said the "
            "race was none of his business.")
    rec = extract_text(text, published="2015-12-17")
    sp, why = one_speaker(rec, "the race was none of his business")
    assert sp is not None and "Putin" in sp[0], why


def test_fact_checkers_speak(extract_text):
    text = ("The senator gave a long speech on jobs in Ames on Friday. Fact-checkers soon noted that "
            "the figures he cited were ten years old.")
    rec = extract_text(text)
    sp, why = one_speaker(rec, "the figures he cited")
    assert sp is not None and sp[0].lower().endswith("fact-checkers"), why


def test_they_after_a_clause_inside_the_sentence_before(extract_text):
    text = ("Dana Vale and other union leaders remain confident that they can keep their members by "
            "making a case that the party's economic agenda, including the governor's, runs counter to "
            "the interests of working people. But they also see the vote as a risk to their members.")
    rec = extract_text(text)
    sp, why = one_speaker(rec, "as a risk")
    assert sp is not None and sp[0] == "Dana Vale", why


def test_who_after_a_copula_is_the_named_subject(extract_text):
    text = ("The trial opened in Tampa on Monday. Angela Dorn is the state attorney who said the "
            "driver would face a charge of murder.")
    rec = extract_text(text)
    sp, why = one_speaker(rec, "would face a charge")
    assert sp is not None and sp[0] == "Angela Dorn", why


def test_who_after_a_parenthetical_apposition(extract_text):
    text = ("The vote was close. Rep. Tom Ames (D-Ohio), a longtime union ally who suggested that "
            "turnout would rise, spoke on Monday.")
    rec = extract_text(text)
    sp, why = one_speaker(rec, "turnout would rise")
    assert sp is not None and sp[0] == "Tom Ames", why
