"""The shared helpers the session-13 refactor made of repeated code (events sides)."""

from newsfacts.nlp.events.context import Side, within


def test_re13_within_needs_the_whole_span_inside():
    assert within((5, 9), [(0, 3), (4, 10)])
    assert not within((5, 12), [(4, 10)])
    assert not within((5, 9), [])


def test_re13_drop_within_drops_ids_phrases_and_group_marks():
    side = Side(ids=["e1", "e2"], spans=[(0, 4), (20, 25)], phrases=[(21, 24), (40, 45)], groups=["e2"])
    assert side.drop_within([(18, 30)])
    assert side.ids == ["e1"] and side.spans == [(0, 4)]
    assert side.phrases == [(40, 45)] and side.groups == []


def test_re13_drop_within_spares_what_lies_in_a_spared_span():
    side = Side(ids=["e1", "e2"], spans=[(10, 14), (20, 25)], groups=["e1"])
    assert side.drop_within([(0, 30)], [(18, 26)])
    assert side.ids == ["e2"] and side.spans == [(20, 25)] and side.groups == []


def test_re13_drop_within_says_false_and_keeps_all_when_nothing_is_inside():
    side = Side(ids=["e1"], spans=[(0, 4)], phrases=[(5, 8)], groups=["e1"])
    assert not side.drop_within([(10, 20)])
    assert side.ids == ["e1"] and side.phrases == [(5, 8)] and side.groups == ["e1"]
