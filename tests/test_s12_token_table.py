"""The Doc-array lookups (nlp.text.token_table; nlp.token_arrays.pos_tags, tokens_with_dep) agree with spaCy's Token
attributes, and the entity stage scans that use them still find what they found."""

from newsfacts.nlp.text import token_table
from newsfacts.nlp.token_arrays import pos_tags, tokens_with_dep

_TEXT = (
    "Crowdpac, a site that tracks donations, said on Monday that Hamas had fired rockets.\n\n"
    "Maria Lopez told reporters in Lisbon that the Human Rights Watch report was wrong. "
    "Lopez said it twice."
)


def test_token_table_matches_tokens(nlp):
    doc = nlp(_TEXT)
    words, starts, tagged = token_table(doc)
    assert words == [t.text for t in doc]
    assert starts == [bool(t.is_sent_start) for t in doc]
    assert tagged == [bool(t.ent_type_) for t in doc]
    assert starts[0] and any(starts[1:])


def test_token_table_follows_the_doc(nlp):
    first, second = nlp("Alpha beta."), nlp("Gamma delta epsilon.")
    assert token_table(first)[0] == ["Alpha", "beta", "."]
    assert token_table(second)[0] == ["Gamma", "delta", "epsilon", "."]
    assert token_table(first)[0] == ["Alpha", "beta", "."]


def test_with_dep_matches_dep_labels(nlp):
    doc = nlp(_TEXT)
    for dep in ("nsubj", "appos", "dobj"):
        assert [t.i for t in tokens_with_dep(doc, {dep})] == [t.i for t in doc if t.dep_ == dep]
    assert tokens_with_dep(doc, {"nsubj"})


def test_entity_scans_still_read_names(extract_text):
    record = extract_text(_TEXT)
    names = {e["name"] for e in record["entities"]}
    assert "Crowdpac" in names or "Human Rights Watch" in names
    lopez = [e for e in record["entities"] if e["name"] == "Maria Lopez"]
    assert lopez and len(lopez[0]["mentions"]) >= 2


def test_pos_tags_match_tokens(nlp):
    doc = nlp(_TEXT)
    assert pos_tags(doc) == [t.pos_ for t in doc]
    assert "VERB" in pos_tags(doc) and "PROPN" in pos_tags(doc)
