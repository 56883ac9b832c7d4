"""Speakers of works, shares and continued quotes (issue #18, speaker side): the agent of an
issuing verb ("a document filed by X"), never the one who only obtained it; works named by
their form ("the FBI data", lemma "datum"); a medium's article; "Nine in 10 voters"; "neither
X nor Y"; a floating quote's speaker evidence. Sentences written for these tests."""

import pytest


def _quote(record, needle):
    ents = {e["id"]: e["name"] for e in record["entities"]}
    found = [(q, ents.get(q["speaker"])) for q in record["quotes"] if needle in q["text"]]
    assert found, f"no quote containing {needle!r}: {[q['text'] for q in record['quotes']]}"
    return found[0]


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # the agent of an issuing verb made the work
        ('A court document filed by state attorney Dwight Farrow says the company "misled investors."', "misled investors", "Dwight Farrow"),
        ('A report released by the Ridgeway Institute says the fees "are too high."', "are too high", "Ridgeway Institute"),
        # "from X obtained by Y": X wrote it, Y only obtained it
        ('A letter from the Ocean Society obtained by the Dover Herald says the fees "are too high."', "are too high", "Ocean Society"),
        # a work named by its form ("data": lemma "datum") with its maker as a modifier
        ('According to the FBI data, violent crime "fell by 10 percent" last year.', "fell by 10 percent", "FBI"),
        ('The Heritage Foundation website says the tax "hurts families."', "hurts families", "Heritage Foundation"),
        # a medium's article
        ('A new article in Politico says the campaign "is in trouble."', "is in trouble", "Politico"),
        # a person's own statement
        ('Jane Holloway\'s statement said the law "was unfair."', "was unfair", "Jane Holloway"),
    ],
)
def test_makers_of_works_speak(extract_text, text, content, speaker):
    q, who = _quote(extract_text(text), content)
    assert who == speaker, q["speaker_reason"]


@pytest.mark.parametrize(
    "text,content,not_speaker",
    [
        # who obtained a memo did not write it
        ('A memo obtained by the Dover Herald says the fees "are too high."', "are too high", "Dover Herald"),
        # a poll taken in a place is not the place's
        ('A poll in Ohio shows that voters "are angry."', "are angry", "Ohio"),
        # a place that only modifies the object of "from" made nothing
        ('According to data from the Ohio primary, turnout "was low."', "was low", "Ohio"),
        ('Exit polls from the Ohio primary found that voters "were angry."', "were angry", "Ohio"),
        # neither of them said it
        ('Neither Germany\'s Angela Merkel nor France\'s Francois Hollande said the deal "was dead."', "was dead", "Francois Hollande"),
        ('Neither Germany\'s Angela Merkel nor France\'s Francois Hollande said the deal "was dead."', "was dead", "Angela Merkel"),
    ],
)
def test_no_wrong_maker(extract_text, text, content, not_speaker):
    q, who = _quote(extract_text(text), content)
    assert who != not_speaker, q["speaker_reason"]
    assert q["speaker_reason"]


def test_neither_nor_is_null_with_reason(extract_text):
    q, who = _quote(extract_text('Neither Germany\'s Angela Merkel nor France\'s Francois Hollande said the deal "was dead."'), "was dead")
    assert who is None
    assert "neither" in q["speaker_reason"]


def test_share_in_ten_speaks_for_the_group(extract_text):
    text = ("The Ridgeway poll of 900 adults was taken last week.\n\n"
            "Nine in 10 Democratic registered voters say they think she could win a general election.")
    q, who = _quote(extract_text(text), "could win a general election")
    assert who is not None and "voters" in who, q["speaker_reason"]
    assert "share" in q["speaker_reason"]


def test_floating_quote_keeps_the_speaker_evidence(extract_text):
    text = ('"We will rebuild the bridge by spring," Mayor Lena Ostrova said on Monday. The bridge has been closed since March.\n\n'
            '"Nobody in this town should have to drive forty miles to get to work."')
    rec = extract_text(text)
    first, who = _quote(rec, "We will rebuild the bridge")
    floating, who2 = _quote(rec, "Nobody in this town")
    assert who == who2 == "Lena Ostrova"
    assert floating["cue"] is None
    assert floating["speaker_evidence"] == first["speaker_evidence"] != []
    s, e = floating["speaker_evidence"][0]
    assert "Ostrova" in text[s:e]


def test_copula_with_a_clause_reports_a_thought(extract_text):
    rec = extract_text("Critics were sure that the bridge would never open.")
    assert any(e["name"] == "Critics" and e["named"] is False for e in rec["entities"]), rec["entities"]
    rec = extract_text("Critics were happy with the bridge.")
    assert not any(e["name"] == "Critics" for e in rec["entities"])


@pytest.mark.parametrize(
    "text,content,speaker",
    [
        # a kind noun ("magazine", "newspaper") with the organisation's own name before it
        ('Time magazine reported that the senator "will not run again."', "will not run again", "Time magazine"),  # the name keeps its kind word since session 13
        # a unit speaks for the organisation it belongs to
        ("The Washington Post's investigative unit found that the charity \"never paid the grants.\"", "never paid the grants", "Washington Post"),
    ],
)
def test_organisation_named_with_its_kind(extract_text, text, content, speaker):
    q, who = _quote(extract_text(text), content)
    assert who == speaker, q["speaker_reason"]


def test_kind_noun_with_a_place_is_not_the_place(extract_text):
    q, who = _quote(extract_text('The Ohio newspaper said the mayor "must resign."'), "must resign")
    assert who != "Ohio", q["speaker_reason"]


def test_sentence_opening_participle_carries_the_speaker(extract_text):
    text = ('Later in the show, Maher stated that the report "wasn\'t good." Adding, "Now, like with all '
            'scandals, what they actually do is never that bad."')
    rec = extract_text(text)
    q, who = _quote(rec, "Now, like with all scandals")
    assert who == "Maher", q["speaker_reason"]
    s, e = q["speaker_evidence"][0]
    assert text[s:e] == "Maher"


def test_participle_after_another_paragraph_carries_nothing(extract_text):
    text = ('Later in the show, Maher stated that the report "wasn\'t good."\n\nAdding, "Now, like with all '
            'scandals, what they actually do is never that bad."')
    rec = extract_text(text)
    q, who = _quote(rec, "Now, like with all scandals")
    assert who is None and q["speaker_evidence"] == [], q["speaker_reason"]
