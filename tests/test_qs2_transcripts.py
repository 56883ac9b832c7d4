"""Interview and broadcast transcripts (nlp/quotes/transcripts.py): "Q:"/"A:" turns, name
labels in capitals, unlabelled paragraphs that go on a turn. Texts written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.nlp.entities import extract_entities
from newsfacts.nlp.quotes import extract_quotes


@pytest.fixture(scope="module")
def run(nlp):
    def go(text: str):
        doc = nlp(text)
        index = extract_entities(doc)
        names = {e.id: e.name for e in index.entities}
        return [(text[q.evidence[0][0]:q.evidence[0][1]], q.evidence, names.get(q.speaker), q.speaker_reason) for q in extract_quotes(doc, index)]

    return go


_QA = (
    "A talk with novelist Carla Wendt.\n\n"
    "Carla Wendt has written nine books about rivers. Wendt spoke with a reporter on Tuesday in Ohio.\n\n"
    "Q: Why do rivers matter so much to your work?\n\n"
    "A: They carry everything, the mud and the memories. My father fished the same bend for forty years.\n\n"
    "The bend is gone now, dredged for a marina.\n\n"
    "Q: What comes next?\n\n"
    "A: A quiet book about a lake, and a long rest after it.\n"
)


def test_answers_are_the_interviewees(run):
    quotes = run(_QA)
    answers = [q for q in quotes if q[0].startswith(("They carry", "A quiet book"))]
    assert len(answers) == 2
    assert all(q[2] == "Carla Wendt" for q in answers), answers
    assert all("interviewee" in q[3] for q in answers)


def test_questions_have_no_speaker(run):
    quotes = run(_QA)
    questions = [q for q in quotes if q[0].startswith(("Why do rivers", "What comes next"))]
    assert len(questions) == 2
    assert all(q[2] is None and "question" in q[3] for q in questions)


def test_unlabelled_paragraph_joins_the_turn(run):
    quotes = run(_QA)
    turn = next(q for q in quotes if q[0].startswith("They carry"))
    assert len(turn[1]) == 2
    assert _QA[turn[1][1][0] : turn[1][1][1]].startswith("The bend is gone")


def test_last_turn_does_not_run_on(run):
    text = _QA + "\nWendt's next book comes out in the spring, her publisher said.\n"
    quotes = run(text)
    last = next(q for q in quotes if q[0].startswith("A quiet book"))
    assert len(last[1]) == 1


def test_name_labels_in_capitals(run):
    text = (
        "Governor Dana Pruitt spoke on the Sunday program.\n\n"
        "MARK ELLIS: Governor, the budget is late again. What happened this time in the statehouse?\n\n"
        "PRUITT: We had a long fight over the schools and the roads, and we lost two weeks to it, which I regret deeply.\n\n"
        "ELLIS: Will it pass by Friday?\n\n"
        "PRUITT: It will pass, and it will be balanced, as it has been every single year that I have been the governor of this state.\n"
    )
    quotes = run(text)
    pruitt = [q for q in quotes if q[0].startswith(("We had a long fight", "It will pass"))]
    assert len(pruitt) == 2 and all(q[2] == "Dana Pruitt" for q in pruitt), pruitt


def test_one_label_is_no_transcript(run):
    text = "UPDATE: The mayor resigned on Friday, the city said.\n\nThe council meets on Monday to pick a successor.\n"
    quotes = run(text)
    assert not any("transcript" in (q[3] or "") or "interview" in (q[3] or "") for q in quotes)


def test_no_interviewee_when_two_tie(run):
    text = (
        "Ann Dorsey and Tom Keel talk about the merger.\n\n"
        "Q: Was the merger a good idea?\n\n"
        "A: It was the only idea we had left, and it worked.\n"
    )
    quotes = run(text)
    answer = next(q for q in quotes if q[0].startswith("It was the only idea"))
    assert answer[2] is None


def test_inverted_colon_quote_runs_on_over_the_next_quoted_paragraph(run):
    text = (
        "The mayor spoke at length about the budget on Monday.\n\n"
        "Stated Mayor Ann Keller:\n\n"
        "\u201cWe cannot pay for the bridge this year.\u201d\n\n"
        "\u201cThe roads come first, and the schools after them.\u201d\n\n"
        "The council votes next week.\n"
    )
    quotes = run(text)
    q = next(q for q in quotes if "We cannot pay" in q[0])
    assert q[2] == "Ann Keller"
    assert len(q[1]) == 2 and "The roads come first" in text[q[1][1][0] : q[1][1][1]]
    assert not any("council votes" in q[0] for q in quotes)
