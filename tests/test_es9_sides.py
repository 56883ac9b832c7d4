"""Round 10 sides (issue #19): two parties of a signing named in one coordination are each
other's counterparts (the first the source, the others the target), as for meetings and
agreements; not when the signing names its own counterpart, nor for parties of one country."""

from __future__ import annotations

from tests.evidence import event_sides, side_text


def _sides(extract_text, text: str, trigger: str):
    found, rec = event_sides(extract_text, text, trigger)
    assert len(found) == 1, found
    return found[0], rec


def test_coordinated_signers_are_each_others_counterparts(extract_text):
    text = "Norway and Chile signed a fisheries agreement in Santiago on Monday."
    (typ, src, tgt, src_c, tgt_c), rec = _sides(extract_text, text, "agreement")
    assert typ == "SUPPORT"
    assert src_c == ["NOR"] and tgt_c == ["CHL"], (src, tgt)
    ev = next(e for e in rec["events"] if text[e["trigger"][0]:e["trigger"][1]] == "agreement")
    assert side_text(ev, text, "source") == ["Norway"] and side_text(ev, text, "target") == ["Chile"]


def test_signed_treaty(extract_text):
    text = "Peru and Bolivia signed a treaty of friendship on Friday."
    (typ, src, tgt, src_c, tgt_c), _ = _sides(extract_text, text, "treaty")
    assert src_c == ["PER"] and tgt_c == ["BOL"], (src, tgt)


def test_signing_with_named_counterpart_unchanged(extract_text):
    text = "Norway signed a fisheries agreement with Chile on Monday."
    (typ, src, tgt, src_c, tgt_c), _ = _sides(extract_text, text, "agreement")
    assert src_c == ["NOR"] and tgt_c == ["CHL"]


def test_one_country_signers_stay_sources(extract_text):
    text = "The governors of Texas and Ohio signed an agreement on water rights."
    (typ, src, tgt, src_c, tgt_c), _ = _sides(extract_text, text, "agreement")
    assert tgt == [] and src_c == ["USA", "USA"], (src, tgt)


def test_opportunity_taken_gives_the_source(extract_text):
    text = "Chancellor Ida Brandt took the opportunity to praise Norway for its climate policy."
    (typ, src, tgt, src_c, tgt_c), _ = _sides(extract_text, text, "praise")
    assert src == ["Ida Brandt"] and tgt_c == ["NOR"], (src, tgt)


def test_occasion_used_is_no_actor(extract_text):
    text = "Governor Ray Dunn used the occasion to criticize the Senate."
    found, rec = event_sides(extract_text, text, "criticize")
    ev = next(e for e in rec["events"] if text[e["trigger"][0]:e["trigger"][1]] == "criticize")
    assert "the occasion" not in side_text(ev, text, "source")
    assert found[0][1] == ["Ray Dunn"], found


def test_family_of_a_man_is_not_the_man(extract_text):
    text = "The family of Carl Moody criticized the police department on Monday."
    (typ, src, tgt, src_c, tgt_c), rec = _sides(extract_text, text, "criticized")
    assert "Carl Moody" not in src, src


def test_his_family_is_not_he(extract_text):
    text = "Carl Moody was shot in May. His family sued the city of Dayton on Monday."
    found, _ = event_sides(extract_text, text, "sued")
    assert found and all("Carl Moody" not in f[1] for f in found), found


def test_statement_urging_is_said_by_its_issuer(extract_text):
    text = "The foreign ministers of Peru and Chile issued a statement urging Bolivia to reopen the border."
    found, rec = event_sides(extract_text, text, "urging")
    assert found, rec["events"]
    ev = next(e for e in rec["events"] if text[e["trigger"][0]:e["trigger"][1]] == "urging")
    assert "a statement" not in side_text(ev, text, "source") and ev["source"], side_text(ev, text, "source")


def test_claimed_responsibility_gives_the_source(extract_text):
    text = "Houthi rebels in Yemen claimed responsibility for a drone attack on a Saudi air base on Monday."
    (typ, src, tgt, src_c, tgt_c), _ = _sides(extract_text, text, "attack")
    assert typ == "ASSAULT" and src and src_c[0] == "YEM", (src, src_c)


def test_hyphenated_backer_is_no_listed_party(extract_text):
    text = "Georgia and Russia-backed separatists signed a ceasefire agreement on Tuesday."
    found, _ = event_sides(extract_text, text, "agreement")
    assert found and all("RUS" not in f[4] for f in found), found


def test_attack_which_killed_is_the_claimers(extract_text):
    text = "The Shabab claimed responsibility for the attack, which killed nine soldiers in Mogadishu."
    found, _ = event_sides(extract_text, text, "killed")
    assert found and found[0][1] == ["Shabab"], found


def test_attack_launched_that_wounded_is_the_launchers(extract_text):
    text = "Hezbollah launched a rocket attack that wounded two Israeli soldiers."
    found, _ = event_sides(extract_text, text, "attack")  # one event: the attack and the wounding it did
    assert found and found[0][1] == ["Hezbollah"], found


def test_attack_condemned_is_not_the_condemners(extract_text):
    text = "France condemned the attack that wounded two soldiers in Mali."
    found, _ = event_sides(extract_text, text, "wounded")
    assert all("France" not in f[1] for f in found), found
