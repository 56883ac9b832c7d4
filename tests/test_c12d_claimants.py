"""Claimants of a report cue the parse read as a noun ("..., county records show.") and of a
definite description of an organisation ("The company says ..."), session 12, helper C2b."""

from __future__ import annotations


def _claim(record: dict, text: str) -> dict:
    return next(c for c in record["claims"] if c["text"] == text or c["text"].startswith(text))


def _entity(record: dict, claim: dict):
    return next((e for e in record["entities"] if e["id"] == claim["claimant"]), None)


def test_c12d_records_show_set_off_by_commas_names_the_maker(extract_text):
    r = extract_text("Since January, Federal Aviation Administration records show, the plane has flown roughly 310 hours.")
    c = _claim(r, "roughly 310 hours")
    ent = _entity(r, c)
    assert ent is not None and "Aviation" in ent["name"]
    assert c["claimant_evidence"]


def test_c12d_records_show_with_no_maker_keeps_words_only(extract_text):
    r = extract_text("A firm called Larkspur Holdings gave $7,000 to the committee on May 3, campaign finance records show.")
    c = _claim(r, "$7,000")
    assert c["claimant"] is None
    assert c["claimant_evidence"]


def test_c12d_a_quote_cue_in_the_sentence_blocks_the_cue(extract_text):
    r = extract_text("Records show the plane flew 40 hours, Smith said, and data show it cost $9,000.")
    c = _claim(r, "40 hours")
    ent = _entity(r, c)
    assert ent is None or ent["name"] != "Records"


def test_c12d_the_company_says_is_the_company_named_before(extract_text):
    r = extract_text(
        "Brightwell Analytics keeps its own finances private but says its business has doubled. "
        "The company says it has identified more than 3,100 wealthy donors in the state."
    )
    ent = _entity(r, _claim(r, "more than 3,100"))
    assert ent is not None and ent["name"] == "Brightwell Analytics"


def test_c12d_the_company_with_two_companies_before_stays_empty(extract_text):
    r = extract_text(
        "Brightwell Analytics bought a stake in Corvane Media last year. "
        "The company says it has identified more than 3,100 wealthy donors in the state."
    )
    ent = _entity(r, _claim(r, "more than 3,100"))
    assert ent is None or not ent["named"]


def test_c12d_a_figure_others_expected_is_not_the_company_s(extract_text):
    r = extract_text(
        "Zentrix shares rose $4.10 on Thursday. The software maker reported a profit of $2.31 a share, "
        "above the $1.95 a share that analysts expected."
    )
    assert _claim(r, "$1.95")["claimant"] is None


def test_c12d_a_ton_of_work_is_no_quantity(extract_text):
    text = "It was a ton of work for the staff, and the barge carried a ton of coal."
    r = extract_text(text)
    tons = [c for c in r["claims"] if c["unit"] == "ton"]
    assert len(tons) == 1 and tons[0]["evidence"][0][0] == text.index("a ton of coal")


def test_c12d_the_poll_takes_the_one_maker_named_before(extract_text):
    r = extract_text(
        "Kroll is viewed unfavorably by 71 percent of Latino voters in Nevada, according to a poll of 500 "
        "registered Latino voters released on Monday by the Harwell Institute.\n\n"
        "Vale leads among younger voters, and 38 percent of older voters back Kroll, according to the poll."
    )
    first, later = _claim(r, "71 percent"), _claim(r, "38 percent")
    assert _entity(r, first)["name"] == "Harwell Institute"
    assert later["claimant"] == first["claimant"]


class _Ent:
    def __init__(self, named, type_="ORG"):
        self.named, self.type = named, type_


class _Ents:
    def __init__(self, by_id):
        self.by_id = by_id


class _Claim:
    def __init__(self, claimant):
        self.claimant = claimant


class _Info:
    def __init__(self, claimant, ev):
        self.claim, self.claimant_evidence = _Claim(claimant), [ev]


def test_c12d_the_poll_with_two_makers_before_keeps_no_name():
    from newsfacts.nlp.claims.late_polls import late_poll_makers

    text = "a CNN poll; a Fox News poll; the poll"
    ents = _Ents({"e1": _Ent(True), "e2": _Ent(True), "e3": _Ent(False)})
    infos = [_Info("e1", (0, 10)), _Info("e2", (12, 27)), _Info("e3", (29, 37))]
    late_poll_makers(text, infos, ents)
    assert infos[2].claim.claimant == "e3"
    infos = [_Info("e1", (0, 10)), _Info("e3", (29, 37))]
    late_poll_makers(text, infos, ents)
    assert infos[1].claim.claimant == "e1"
