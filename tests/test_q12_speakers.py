"""Quote speakers, session 12 (issue #18): groups that judge out loud speak ("Muslim advocates
hailed ..."), coordinated verbs the parser hung on each other share a subject ("Pastor Roe
stood ... and endorsed ..."), and a quote paragraph signed on the next line ("- Sanders.") is
the signer's, not the previous speaker's.
"""

from tests.evidence import one_speaker


def test_a_group_that_hails_speaks(extract_text):
    rec = extract_text("The senate confirmed Dana Vale as a judge on Tuesday. Muslim advocates hailed the appointment of Vale.")
    sp, why = one_speaker(rec, "the appointment of Vale")
    assert sp is not None and sp[0].lower().endswith("advocates") and sp[1] == "NORP", why


def test_a_group_that_only_wants_is_no_speaker(extract_text):
    rec = extract_text("The plan came out on Monday. Liberals want the new tax on fuel to end.")
    quotes = [q for q in rec["quotes"] if "tax" in q["text"]]
    assert all(q["speaker"] is None for q in quotes), quotes


def test_a_group_shown_by_a_named_person_is_not_the_speaker(extract_text):
    rec = extract_text("Ann Roe spoke on Monday. Candidates like Ann Roe have blasted the plan.")
    for q in rec["quotes"]:
        if "the plan" in q["text"]:
            names = {e["id"]: e["name"] for e in rec["entities"]}
            assert "Candidates" not in (names.get(q["speaker"]) or ""), q


def test_coordinated_verbs_share_the_subject(extract_text):
    text = ("On Sunday, Pastor Tom Brandt stood at his pulpit in Ames, Iowa, and, citing Exodus, "
            "endorsed Senator Ted Cruz of Texas, urging his flock to vote for him.")
    rec = extract_text(text)
    sp, why = one_speaker(rec, "Ted Cruz")
    assert sp is not None and sp[0] == "Tom Brandt", why


def test_a_signed_quote_is_the_signers(extract_text):
    text = ("Fact check: the senators' claims.\n\n"
            "\"I helped write the farm bill, and I am proud of it.\"\n\n"
            "- Tom Ames.\n\n"
            "Ames exaggerates, Ann Roe said on Friday.\n\n"
            "\"Nobody in this race has fought harder for farmers than I have.\"\n\n"
            "- Ann Roe.\n")
    rec = extract_text(text)
    first, why1 = one_speaker(rec, "I helped write the farm bill")
    second, why2 = one_speaker(rec, "Nobody in this race")
    assert first is not None and first[0] == "Tom Ames", why1
    assert second is not None and second[0] == "Ann Roe", why2
    assert "signed" in why2


def test_a_dash_line_that_is_no_name_signs_nothing(extract_text):
    text = ("Ann Roe spoke in Ames on Friday.\n\n"
            "\"We will win this state, and we will win it by a lot,\" Roe said.\n\n"
            "\"Nobody in this race has fought harder for farmers.\"\n\n"
            "- and then the crowd cheered.\n")
    rec = extract_text(text)
    sp, why = one_speaker(rec, "Nobody in this race")
    assert sp is None or sp[0] == "Ann Roe", why


def test_a_group_of_forecasters_speaks(extract_text):
    rec = extract_text("The storm season starts in June. Forecasters say the coming season will be mild.")
    sp, why = one_speaker(rec, "will be mild")
    assert sp is not None and sp[0].lower() == "forecasters" and sp[1] == "NORP", why


def test_the_owner_of_remarks_speaks(extract_text):
    rec = extract_text("Kenneth Starr spoke at a dinner in Waco on Monday. Starr's remarks suggest that the inquiry was rushed.")
    sp, why = one_speaker(rec, "the inquiry was rushed")
    assert sp is not None and sp[0] == "Kenneth Starr", why
