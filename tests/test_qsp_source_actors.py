"""Unnamed actors a quote's source makes (issue #18: every quote with its right speaker):
"the commission said", "the moderator asked", "party leaders, who can back anyone", "all of
the candidates"; never an actor of a phrase that names a person, a negated or coordinated
group, or the group a share counts. Sentences written for these tests."""

import pytest

from tests.evidence import check_evidence


def _speaker(record, needle):
    ents = {e["id"]: e for e in record["entities"]}
    found = [q for q in record["quotes"] if needle in q["text"]]
    assert found, f"no quote containing {needle!r}: {[q['text'] for q in record['quotes']]}"
    q = found[0]
    return q, ents.get(q["speaker"])


@pytest.mark.parametrize(
    "text,content,name,type_",
    [
        # bodies that are actors only as a quote's source (entity_unnamed.tsv, only "quote")
        ("The state election commission met on Monday. The commission said that the ballots were valid.", "the ballots were valid", "commission", "ORG"),
        ("After a long hearing, the board ruled that the candidate could stay on the ballot.", "the candidate could stay", "board", "ORG"),
        # a vague speaker whose verb is no verb of saying ("support"): the quote stage found the cue
        # "the moderator" is no description of the one person named before (no title, no description)
        ('Dale Mercer answered slowly. "Why did you wait so long?" the moderator asked.', "Why did you wait", "moderator", "PERSON"),
        # a person's aides: the aides, never the person (a possessive "his"/"her" may own a source)
        ("Senator Tom Vale left the hall early. His aides said that he was tired.", "he was tired", "His aides", "NORP"),
        # a part of a group: the group
        ("All of the Republican candidates said that the tax was a mistake.", "the tax was a mistake", "Republican candidates", "NORP"),
    ],
)
def test_source_makes_an_unnamed_actor(extract_text, text, content, name, type_):
    record = extract_text(text)
    check_evidence(record, text)
    q, ent = _speaker(record, content)
    assert ent is not None, q["speaker_reason"]
    assert ent["name"].lower().endswith(name.lower())
    assert ent["type"] == type_
    assert ent["named"] is False
    assert any(m["start"] == q["speaker_evidence"][0][0] or m["start"] > q["speaker_evidence"][0][0] for m in ent["mentions"])


def test_add_speaker_actor_indexes_the_new_actor(nlp):
    from newsfacts.nlp.entities import extract_entities
    from newsfacts.nlp.entities.unnamed import add_speaker_actor

    doc = nlp("Delegates met on Monday, and the state commission said that the plan was fair.")
    index = extract_entities(doc)
    before = len(index.entities)
    leaders = next(t for t in doc if t.text == "commission")
    eid = add_speaker_actor(leaders, index)
    assert eid == f"e{before + 1}"
    ent = index.by_id[eid]
    assert (ent.name, ent.type, ent.named) == ("state commission", "ORG", False)
    assert index.entities[-1] is ent
    assert [x for _, _, x in index.overlapping(leaders.idx, leaders.idx + 10)] == [eid]
    # a word that is no actor's head makes none
    assert add_speaker_actor(next(t for t in doc if t.text == "plan"), index) is None
    assert len(index.entities) == before + 1


def test_the_same_body_again_is_one_actor(extract_text):
    text = ("The commission said that the ballots were valid. Later the commission said that the count "
            "would end on Friday.")
    record = extract_text(text)
    _, first = _speaker(record, "ballots were valid")
    _, second = _speaker(record, "count would end")
    assert first is not None and second is not None
    assert first["id"] == second["id"]
    assert len(first["mentions"]) == 2
    ids = [e["id"] for e in record["entities"]]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "text,content",
    [
        # negated: nobody in particular
        ("Not everyone said that the plan would work.", "the plan would work"),
        # a coordination names more than one
        ("The board and the commission said that the vote was rushed.", "the vote was rushed"),
        # a definite person re-described with a clause: someone the text names, not a new actor
        ("Tom Ridley spoke in Ohio. The man who built his career on factory jobs said that trade deals had failed.", "trade deals had failed"),
    ],
)
def test_no_actor_where_no_one_speaks_or_it_is_someone_named(extract_text, text, content):
    record = extract_text(text)
    q, ent = _speaker(record, content)
    assert ent is None or ent["named"], (ent, q["speaker_reason"])


def test_body_words_make_no_actor_outside_a_quote(extract_text):
    text = "The commission met on Monday and the board approved the budget."
    record = extract_text(text)
    assert not [e for e in record["entities"] if not e["named"] and e["name"].lower() in ("commission", "board")]


def test_named_organisation_still_wins(extract_text):
    text = ("The Federal Election Commission fined the group. The commission said that the fine was final.")
    record = extract_text(text)
    q, ent = _speaker(record, "the fine was final")
    assert ent is not None and ent["named"] and "Federal Election Commission" in ent["name"], q["speaker_reason"]
