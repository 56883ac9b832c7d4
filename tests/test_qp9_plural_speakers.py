"""A subject "they" goes to the group or campaign that spoke just before it (quotes/plural_speakers.py)."""

from newsfacts.pipeline import process


def _speakers(text: str) -> list[tuple[str, object]]:
    rec = next(iter(process([(text, None)])))
    names = {e["id"]: e["name"] for e in rec["entities"]}
    out = []
    for q in rec["quotes"]:
        s, e = (q.get("speaker_evidence") or [[0, 0]])[0]
        out.append((text[s:e], names.get(q["speaker"])))
    return out


def _they(text: str):
    found = [name for src, name in _speakers(text) if src.lower() == "they"]
    assert len(found) == 1
    return found[0]


def test_they_after_a_group_that_spoke_with_a_subject_in_the_quote_between():
    text = ("The first step, the senator's allies say, will be to help the party keep its seats. "
            "The senator wants to campaign for Republicans aiming to turn out the base, they say.")
    assert _they(text) == "senator's allies"


def test_they_after_a_campaign_that_spoke():
    text = ("Ann Roe is running for governor. It is not that Roe regrets anything, but the Roe campaign "
            "does see the fall races as a way to mend ties. They believe other senators would welcome the help.")
    assert _they(text) == "Roe campaign"


def test_they_never_a_person_who_spoke():
    text = ("The first step, Tom Ames says, will be to help the party. "
            "The senator wants to campaign for Republicans aiming to turn out the base, they say.")
    assert _they(text) is None


def test_they_not_past_a_person_named_as_subject_between():
    text = ("The first step, the senator's allies say, will be to help the party keep its seats. "
            "Tom Ames disagreed on Tuesday. The senator wants to campaign for Republicans, they say.")
    assert _they(text) is None


def test_they_not_to_the_first_group_past_another_group():
    text = ("The first step, the senator's allies say, will be to help the party. Democrats disagreed on Tuesday. "
            "The senator wants to campaign for Republicans, they say.")
    assert _they(text) != "senator's allies"


def test_they_past_a_subject_of_what_the_group_said():
    text = ("Republicans say Democrats are just trying to distract voters from the leaks. "
            "They say the Democrats already knew about the emails.")
    assert _they(text) == "Republicans"
