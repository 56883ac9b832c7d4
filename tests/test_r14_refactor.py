"""Session 14, refactor (R): the shared helpers that replaced copied blocks keep their callers' behaviour."""

from types import SimpleNamespace

from newsfacts.nlp.claims.named_findings import party_name
from newsfacts.nlp.claims.org_sources import open_claimant
from newsfacts.nlp.events.context import Side


def _side():
    return Side(ids=["e1", "e2", "e3"], spans=[(0, 5), (10, 15), (20, 25)], phrases=[(11, 14), (30, 35)], groups=["e2", "e3"])


def test_drop_within_ids_only_keeps_the_phrases():
    side = _side()
    assert side.drop_within([(8, 16)], phrases_too=False)
    assert side.ids == ["e1", "e3"] and side.spans == [(0, 5), (20, 25)]
    assert side.groups == ["e3"]
    assert side.phrases == [(11, 14), (30, 35)]


def test_drop_within_ids_only_reports_no_drop_for_a_phrase_alone():
    side = _side()
    assert not side.drop_within([(29, 36)], phrases_too=False)
    assert side.phrases == [(11, 14), (30, 35)] and len(side.ids) == 3


def test_drop_within_drops_phrases_by_default():
    side = _side()
    assert side.drop_within([(8, 16)])
    assert side.ids == ["e1", "e3"] and side.phrases == [(30, 35)]


def test_drop_ids_by_id():
    side = _side()
    assert side.drop_ids(lambda i, _: i in {"e3"})
    assert side.ids == ["e1", "e2"] and side.groups == ["e2"] and side.spans == [(0, 5), (10, 15)]
    assert not side.drop_ids(lambda i, _: i == "e9")


def test_party_name_prefix_and_plural():
    assert party_name("Republican National Committee")
    assert party_name("the Democrats")
    assert party_name("GOP")
    assert not party_name("Greenpeace")
    assert not party_name("Quinnipiac University")


def test_open_claimant_with_and_without_types():
    ents = SimpleNamespace(by_id={"a": SimpleNamespace(named=False, type="ORG"), "b": SimpleNamespace(named=False, type="PERSON"),
                                  "c": SimpleNamespace(named=True, type="ORG")})
    assert open_claimant(ents, None) and open_claimant(ents, None, ("ORG",))
    assert open_claimant(ents, "a", ("ORG",)) and open_claimant(ents, "b")
    assert not open_claimant(ents, "b", ("ORG",))
    assert not open_claimant(ents, "c") and not open_claimant(ents, "missing")


def test_put_it_as_name_is_reached_and_names_the_speaker(extract_text, monkeypatch):
    """The "as X put it" fallback (quotes/put_it.put_it_as_name) is live: when the parser makes the
    name the object of "As" and the cue gets no source, it names the speaker (kept, not removed)."""
    from newsfacts.nlp.quotes import cues

    seen = []
    real = cues.put_it_as_name

    def spy(tok):
        got = real(tok)
        seen.append(got.text if got is not None else None)
        return got

    monkeypatch.setattr(cues, "put_it_as_name", spy)
    text = ("The mayor is the kind of builder many voters fear.\n\nAs Tom Ames, professor of maritime law at Lakeside "
            "and author of ''America's Quiet Harbors,'' put it, ''Council members should remember that a bridge today may be cheaper.''")
    rec = extract_text(text)
    assert seen == ["Ames"]
    qs = [q for q in rec["quotes"] if q["cue"]["text"] == "put it"]
    assert len(qs) == 1 and qs[0]["speaker"] is not None
    s, e = qs[0]["speaker_evidence"][0]
    assert text[s:e].startswith("Tom Ames, professor")
