"""A span the model tags as a name but that holds no letter or digit is no mention (a byline's
horizontal bar and no-break space before the name). Self-written text."""

from newsfacts import extract


def test_a_dash_and_space_tagged_as_a_person_is_no_entity():
    text = ("\u201cWe will not stand for this man and his movement!\u201d \u2015\u00a0Julie A. Diaz Martinez.\n\n"
            "Getty/Instagram.\n\n\u201cWhat is most infuriating is the talk,\u201d said Ana Ruiz.\n")
    r = extract(text)
    for e in r["entities"]:
        assert any(ch.isalnum() for ch in e["name"]), e
        for m in e["mentions"]:
            assert any(ch.isalnum() for ch in text[m["start"]:m["end"]]), m
    assert "Julie A. Diaz Martinez" in [e["name"] for e in r["entities"]]
