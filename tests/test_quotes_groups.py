"""Group sources (nlp/quotes/groups.py): the organisation or country a group speaks for, a
definite description of an organisation, the poll named before, a bare name the NER missed.
Every text here was written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.nlp.quotes.groups import GroupSpeakers
from tests.evidence import check_evidence


def _speaker(rec, needle):
    names = {e["id"]: e["name"] for e in rec["entities"]}
    found = [q for q in rec["quotes"] if needle in q["text"]]
    assert found, [q["text"] for q in rec["quotes"]]
    return names.get(found[0]["speaker"]), found[0]["speaker_reason"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text,needle,speaker,why",
    [
        ("Pentagon officials said on Monday that the new base would open in May.", "new base would open", "Pentagon", "speak for it"),
        ("A spokeswoman for the State Department said the talks would resume in Geneva.", "talks would resume", "State Department", "speak for it"),
        ("The Mexican government said the border crossing would stay closed.", "border crossing", "Mexican", "speak for it"),
        # a spokesman for a person is not the person (as "the Roe campaign" is not Roe)
        # never Clinton: the spokesman is an unnamed actor of his own (entities with named false)
        ("Hillary Clinton arrived late. A spokesman for Clinton said the plane had been delayed.", "plane had been delayed", "spokesman", "unnamed actor"),
        # two organisations in the phrase: nobody
        ("Officials at the FBI and the State Department said the files were incomplete.", "files were incomplete", None, ""),
        (
            "Donald Trump spoke in Ohio. The Trump campaign bought new ads there.\nThe campaign said the ads would run for two weeks.",
            "ads would run",
            "Trump campaign",
            "named most recently",
        ),
        # "the campaign of X" names its own owner: not the campaign named before
        (
            "Donald Trump spoke in Ohio. The Trump campaign bought new ads there.\nThe campaign of Hillary Clinton said the ads were false.",
            "ads were false",
            "Hillary Clinton's campaign",  # (session 10: an unnamed actor of its own, made by campaign_actors.py)
            "",
        ),
        (
            "Donald Trump spoke in Ohio. The Trump campaign bought new ads there.\nHe left early. His campaign said the ads would run for a week.",
            "ads would run",
            "Trump campaign",
            "the campaign speaks, not the candidate",
        ),
        (
            "A new Quinnipiac University poll found that most voters back the bridge.\nThe poll also found that most voters want lower taxes.",
            "most voters want lower taxes",
            "Quinnipiac University",
            "the maker of the poll",
        ),
        # "the officials" after a group that spoke for someone: the same group's
        (
            "Pentagon officials said on Monday that the base would open.\nThe officials said the runway was ready.",
            "runway was ready",
            "Pentagon",
            "the officials of the organisation named last",
        ),
        (
            "Hillary Clinton spoke in Iowa on Monday. Clinton aides handed out flyers there.\nShe left early. Her aides said the flyers had been printed late.",
            "printed late",
            "Clinton aides",
            "the person 'her' refers to",
        ),
        # "the companies": more than one, nobody
        ("Apple and Google sold more phones this year. The companies said sales in China had doubled.", "had doubled", None, ""),
        # "it"/"they" as the subject of a verb of saying: the organisation that spoke last, same paragraph
        (
            "The Federal Reserve said on Monday that rates would rise. It added that growth was slow.",
            "growth was slow",
            "Federal Reserve",
            "the organisation that spoke last",
        ),
        # ... never across a paragraph, and never an expletive "it"
        ("The Federal Reserve said on Monday that rates would rise.\nIt added that growth was slow.", "growth was slow", None, ""),
        ("The Federal Reserve said on Monday that rates would rise. It is widely believed that growth was slow.", "growth was slow", None, ""),
    ],
)
def test_quotes_group_speakers(extract_text, text, needle, speaker, why):
    rec = extract_text(text)
    who, reason = _speaker(rec, needle)
    assert who == speaker, (reason, [(e["name"], e["type"]) for e in rec["entities"]])
    assert why in reason
    check_evidence(rec, text)


def test_quotes_group_rules_lexicon():
    from newsfacts.nlp.quotes import groups

    assert groups.RULES["official"] == ("speaks_for", "")
    assert groups.RULES["company"] == ("org_sector", "BUS")
    assert "authority" not in groups.RULES  # "the authority to call a meeting" is a power, not a speaker
    assert callable(GroupSpeakers.resolve)
