"""A byline's dash before a name is never part of the name, whichever dash the text uses
(the horizontal bar U+2015 and a no-break space after it were kept: "― Ann Roe", with a
first-name mention "―\xa0" that was only the dash and a space)."""

import pytest

from newsfacts.nlp.entities.mentions import strip_mention


@pytest.mark.parametrize("dash", ["-", "\u2012", "\u2013", "\u2014", "\u2015"])
@pytest.mark.parametrize("space", ["", " ", "\u00a0"])
def test_entity_mention_dash_before_a_name_is_left_out(dash, space):
    text = f"{dash}{space}Julie Roe"
    name, start, end = strip_mention(text, 100)
    assert name == "Julie Roe"
    assert (start, end) == (100 + len(dash) + len(space), 100 + len(text))


def test_entity_mention_hyphenated_name_keeps_its_hyphen():
    assert strip_mention("Jean-Pierre Roe", 0) == ("Jean-Pierre Roe", 0, 15)
