"""Quote speakers (nlp/quotes/speakers.py, persons.py, sources.py): relative pronouns, first
and second person, "it"/"they" after an organisation, descriptions with a place or a
possessive, and subjects reached through an adjective. Every text here was written for these
tests; each case checks the speaker's name (or that there is none) and the reason's words.
Only the entity and quote stages run (the other stages have their own tests)."""

from __future__ import annotations

import pytest

from newsfacts.nlp.entities import extract_entities
from newsfacts.nlp.quotes import extract_quotes


@pytest.fixture(scope="module")
def extract_text(nlp):
    def run(text: str) -> dict:
        doc = nlp(text)
        index = extract_entities(doc)
        quotes = extract_quotes(doc, index)
        for q in quotes:
            for s, e in q.evidence + q.speaker_evidence:
                assert 0 <= s < e <= len(text)
        return {"entities": [e.to_dict() for e in index.entities], "quotes": [q.to_dict() for q in quotes]}

    return run


def _quote(rec, needle):
    found = [q for q in rec["quotes"] if q["text"].startswith(needle)] or [q for q in rec["quotes"] if needle in q["text"]]
    assert found, [q["text"] for q in rec["quotes"]]
    return found[0]


def _speaker(rec, needle):
    names = {e["id"]: e["name"] for e in rec["entities"]}
    q = _quote(rec, needle)
    return names.get(q["speaker"]), q["speaker_reason"] or ""


@pytest.mark.model
@pytest.mark.parametrize(
    "text,needle,speaker,why",
    [
        # a relative pronoun speaks for the noun its clause modifies, with its apposition
        ("The bill was backed by Senator Ann Marlow, who said that it would pass easily.", "it would pass", "Ann Marlow", "relative 'who'"),
        ("Tom Vale arrived with his wife, Martha, who said that the campaign had been long.", "campaign had been long", "Martha", "relative 'who'"),
        # a person's name the parser hangs on the organisation the described person speaks for
        (
            "A spokesman for the Danish Transport Ministry, Lars Holm, accused the port of \"hiding the delays,\" and said that fees would rise.",
            "fees would rise",
            "Lars Holm",
            "hung it on the organisation",
        ),
        # a finding in a relative clause of citing is its subject's
        (
            "The port handled 900 ships last year, according to figures Lars Holm cited.",
            "The port handled",
            "Lars Holm",
            "figures Lars Holm cited",
        ),
        # never one of two people
        ("Ann Marlow and Tom Vale, who both said that the plan was sound, left early.", "plan was sound", None, "more than one"),
        # first person: a transcript turn's speaker, the author's own voice, never "you"
        (
            "Governor Ann Marlow of Utah spoke to reporters on Monday.\n\nREPORTER: Will the plan pass?\n\n"
            "MARLOW: Well, I think the plan will pass, because the voters of this state want it, the lawmakers know that "
            "they want it, and nobody in the capitol has given me a single good reason to think otherwise this year, "
            "not one, and I have asked every member of both chambers.",
            "the plan will pass",
            "Ann Marlow",
            "in a transcript turn: the person the label 'MARLOW' names",
        ),
        (
            "Governor Ann Marlow of Utah spoke to reporters on Monday.\n\nREPORTER: Will the plan pass?\n\n"
            "MARLOW: Well, I think the plan will pass this year.",
            "the plan will pass",
            "Ann Marlow",
            "in a headline or transcript line",
        ),
        ("I think the new plan is a mistake, and I believe voters will see that soon.", "the new plan is a mistake", None, "the author's own voice"),
        ("You told me last week that the plan is fair.", "that the plan is fair", None, "whoever is addressed"),  # ("if you think ...": no quote at all, tests/test_qcu_quote_forms.py)
        # "it"/"they" as the subject: the organisation that was the subject before, never a person or a thing
        ("The Federal Reserve raised its rates on Tuesday. It said that inflation was still too high.", "inflation was still too high", "Federal Reserve", "the subject before it"),
        ("Ann Marlow visited the new plant on Tuesday. It said that jobs would be cut.", "jobs would be cut", None, "left unresolved"),
        # a title with a place: the person people.tsv lists so, not the last subject
        (
            "Mike Pence and Donald Trump campaigned in Ohio on Monday. Trump spoke first.\n"
            "The Indiana governor said that the state would vote Republican.",
            "the state would vote Republican",
            "Mike Pence",
            "people.tsv",
        ),
        # a quoted paragraph that opens with another speaker's label is not the previous speaker's
        (
            "Ann Roe said the plan would fail. \u201cIt is a mistake,\u201d she said.\n"
            "\u201cTom Vale: Seriously, the plan will work and everyone knows it.\u201d",
            "\u201cTom Vale: Seriously",
            None,
            "opens with a speaker's label ('Tom Vale:')",
        ),
        # a possessive description of the story's person; never a spokesman
        (
            "Vale slams the plan.\n\nTom Vale criticized the new budget plan on Monday.\n\n"
            "\u201cIt will fail,\u201d Obama's former campaign strategist said in an interview.",
            "It will fail",
            "Tom Vale",
            "possessive description",
        ),
    ],
)
def test_speaker(extract_text, text, needle, speaker, why):
    rec = extract_text(text)
    got, reason = _speaker(rec, needle)
    assert got == speaker, (got, reason)
    assert why in reason, reason


@pytest.mark.model
@pytest.mark.parametrize(
    "text,needle,not_them",
    [
        # a spokesman speaks for another: never the person named before, nor the owner
        ("Donald Trump attacked Hillary Clinton on Monday. Clinton's spokesman said that the attack was false.", "attack was false", ("Donald Trump", "Hillary Clinton")),
        # never a name inside the relative clause (the speakers are the supporters, whoever they are)
        ("Ann Marlow met supporters who said that Marlow had been treated unfairly.", "treated unfairly", ("Ann Marlow",)),
    ],
)
def test_never_these(extract_text, text, needle, not_them):
    got, reason = _speaker(extract_text(text), needle)
    assert got not in not_them, (got, reason)


@pytest.mark.model
@pytest.mark.parametrize(
    "text,needle,speaker,why",
    [
        # a relative pronoun after an unnamed group: that group
        ("The new tolls angered local residents, who said that nobody had asked them.", "nobody had asked them", "local residents", "relative 'who' -> 'local residents': unnamed actor"),
        # "they" after an unnamed group that spoke (the subject inside its quote is no antecedent)
        ("Police said the bridge would stay closed. They added that nobody had been hurt.", "nobody had been hurt", "Police", "the unnamed group that was the last subject or speaker"),
        # a named person between: nobody
        ("Police said the bridge would stay closed. Ann Marlow visited the site. They added that nobody had been hurt.", "nobody had been hurt", None, "left unresolved"),
        # never one person ("a police officer"), nor a group two sentences back
        ("A police officer said the bridge would stay closed. They added that nobody had been hurt.", "nobody had been hurt", None, "left unresolved"),
        ("The government said the bridge would stay closed. They added that nobody had been hurt.", "nobody had been hurt", None, "left unresolved"),
        ("Police said the bridge would stay closed. The storm was over. The river fell. They added that nobody had been hurt.", "nobody had been hurt", None, "left unresolved"),
    ],
)
def test_unnamed_group_speaker(extract_text, text, needle, speaker, why):
    got, reason = _speaker(extract_text(text), needle)
    assert got == speaker, (got, reason)
    assert why in reason, reason


@pytest.mark.model
@pytest.mark.parametrize(
    "text,needle,source",
    [
        ("Voters in Ohio are more likely to say that the economy matters most.", "economy matters most", "Voters in Ohio"),
        ("He is correct to note that the plan failed twice.", "the plan failed twice", "He"),
    ],
)
def test_subject_through_an_adjective(extract_text, text, needle, source):
    rec = extract_text(text)
    q = _quote(rec, needle)
    assert [text[s:e] for s, e in q["speaker_evidence"]] == [source]


@pytest.mark.model
def test_expletive_it_is_no_source(extract_text):
    text = "It is important to note that the plan failed twice."
    rec = extract_text(text)
    assert all(text[s:e].lower() != "it" for q in rec["quotes"] for s, e in q["speaker_evidence"])


def _doc(words, heads, deps, pos, tags, ents):
    """A hand-built parse (no model): English spacing, none before punctuation."""
    from spacy.lang.en import English
    from spacy.tokens import Doc
    from spacy.vocab import create_vocab

    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".", ":") for i in range(len(words))]
    lemmas = ["say" if w == "said" else w.lower() for w in words]
    return Doc(create_vocab("en", English.Defaults), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


@pytest.mark.parametrize(
    "words,heads,deps,pos,tags,ents,name",
    [
        # the parser hung "Jake Sullivan" on "adviser" and gave "said" no subject
        (
            ["In", "a", "statement", ",", "her", "adviser", ",", "Jake", "Sullivan", ",", "said", ":", "no"],
            [10, 2, 0, 2, 5, 2, 5, 8, 5, 10, 10, 10, 10],
            ["prep", "det", "pobj", "punct", "poss", "appos", "punct", "compound", "appos", "punct", "ROOT", "punct", "dobj"],
            ["ADP", "DET", "NOUN", "PUNCT", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT", "INTJ"],
            ["IN", "DT", "NN", ",", "PRP$", "NN", ",", "NNP", "NNP", ",", "VBD", ":", "UH"],
            ["O", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"],
            "Sullivan",
        ),
        # a finite verb before the comma: a clause, not a name
        (
            ["Jake", "Sullivan", "left", "early", ",", "said", "one", "aide"],
            [1, 2, 2, 2, 2, 2, 7, 5],
            ["compound", "nsubj", "ROOT", "advmod", "punct", "conj", "nummod", "dobj"],
            ["PROPN", "PROPN", "VERB", "ADV", "PUNCT", "VERB", "NUM", "NOUN"],
            ["NNP", "NNP", "VBD", "RB", ",", "VBD", "CD", "NN"],
            ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"],
            None,
        ),
    ],
)
def test_name_before_the_cue_comma(words, heads, deps, pos, tags, ents, name):
    from newsfacts.nlp.quotes.sources import preceding_name

    doc = _doc(words, heads, deps, pos, tags, ents)
    got = preceding_name(doc, doc[words.index("said")])
    assert (got.text if got is not None else None) == name
