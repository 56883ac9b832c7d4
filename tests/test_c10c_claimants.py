"""Claimants named outside the number's clause (session 10, helper C2): polls named by their maker
in a plain noun phrase, frames opening a sentence, a paraphrase the next sentence goes on with,
shares of respondents far from their poll; and the sentence lookup that replaces ``Token.sent``."""

from __future__ import annotations


class _Claims(dict):
    """Claims by text, also found by the text's first word ("739" for "739 delegates")."""

    def __getitem__(self, key):
        if key in self:
            return dict.__getitem__(self, key)
        return next(c for t, c in self.items() if t.split()[0] == key.split()[0] or key.startswith(t) or t.startswith(key))


def _by_text(record: dict) -> dict:
    return _Claims({c["text"]: c for c in record["claims"]})


def _name(record: dict, claim: dict):
    names = {e["id"]: e["name"] for e in record["entities"]}
    return names.get(claim["claimant"])


def test_c10c_poll_named_by_its_maker_claims_the_shares_after_it(extract_text):
    r = extract_text(
        "The latest Quinnipiac University poll of young adults explores their hopes for work.\n\n"
        "The economy has changed a great deal since their parents were young.\n\n"
        "Thirty-one percent of graduates expect to earn more than their parents."
    )
    got = _by_text(r)
    assert "Quinnipiac" in (_name(r, got["Thirty-one percent"]) or "")


def test_c10c_a_frame_names_the_source_of_its_sentence(extract_text):
    r = extract_text(
        "The race tightened last week.\n\nBy the Associated Press's tally, Smith now has 739 delegates to Jones's 465."
    )
    got = _by_text(r)
    assert _name(r, got["739 delegates"]) == "Associated Press"
    assert _name(r, got["465"]) == "Associated Press"


def test_c10c_a_frame_not_opening_its_sentence_claims_nothing(extract_text):
    r = extract_text("Smith now has 739 delegates, more than in the Associated Press's tally of last week.")
    assert _by_text(r)["739 delegates"]["claimant"] is None


def test_c10c_a_paraphrase_goes_on_in_the_next_sentence(extract_text):
    r = extract_text(
        "Ohio election officials said their primary turnout was the second highest in the past 28 years. "
        "The turnout was about 35% on Tuesday."
    )
    got = _by_text(r)
    assert got["about 35%"]["claimant"] is not None
    assert got["about 35%"]["claimant"] == got["28 years"]["claimant"]


def test_c10c_a_new_topic_is_the_writers(extract_text):
    r = extract_text("Acme Corp. said its sales rose last year. Shares of the company fell 3 percent on Monday.")
    assert _by_text(r)["3 percent"]["claimant"] is None


def test_c10c_respondents_far_from_their_poll_keep_it(extract_text):
    r = extract_text(
        "Clinton leads Trump in a new Quinnipiac University poll released Tuesday.\n\n"
        "Voters were asked about the economy and trade.\n\n"
        "\"I will vote for her,\" said Mary Jones, 54, a nurse in Dayton.\n\n"
        "Her campaign has spent heavily in the state.\n\n"
        "Just 28 percent of voters said they had a positive view of Trump."
    )
    assert "Quinnipiac" in (_name(r, _by_text(r)["28 percent"]) or "")


def test_c10c_a_poll_in_an_embedded_post_is_no_maker(extract_text):
    r = extract_text(
        "People are talking about the polls.\n\n"
        "<tweet tweet-author=\"@someone\">Smith leads Jones in NBC poll<tweet/>.\n\n"
        "On the other side, Brown continues to lead the field with 40 percent support."
    )
    assert _by_text(r)["40 percent"]["claimant"] is None


def test_c10c_sentence_lookup_is_token_sent(nlp):
    from newsfacts.nlp.claims.sentence_lookup import sentence_lookup, sentence_of

    doc = nlp("One sentence here. Another one follows!\n\nA third paragraph, with 3 numbers: 4 and 5.")
    assert sentence_lookup(doc) is sentence_lookup(doc)  # made once per Doc
    for tok in doc:
        got = sentence_of(tok)
        assert (got.start, got.end) == (tok.sent.start, tok.sent.end)
