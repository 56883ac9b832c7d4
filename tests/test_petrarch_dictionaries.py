"""PETRARCH2 dictionaries: the parser on small texts, and the shipped TSVs and lookups."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts.lexicons import rows
from newsfacts.lexicons.petrarch import Entry, actor_entries, agent, agent_code, code_on, split_cameo
from newsfacts.lexicons.petrarch_format import (
    CodeRange,
    actor_rows,
    agent_rows,
    format_codes,
    merge_entries,
    parse_actors,
    parse_agents,
    parse_codes,
    parse_date,
    plural,
)

REPO = Path(__file__).resolve().parent.parent
LEXICONS = REPO / "src/newsfacts/lexicons"
PETRARCH_SRC = REPO.parent / "shared/data/petrarch2"

MINI_ACTORS = """\
# a comment line
<!-- an XML comment line -->
AFGHANISTAN_  [AFG]
+AFGHAN_ 
+KABUL_ +HERAT_

BARACK_OBAMA  # a trailing comment
+PRESIDENT_OBAMA_
+OBAMA
\t[USAELI 780101-000101]
\t[USAGOV >090120]
JAMES_BYRNES_  ; CountryInfo.txt
\t[USAELI 18970101-450703]
\t[USAGOV 450703-470121]
OLD_KING_
\t[XYZGOV <350101]
\t[XYZELI]
AMERICAN_VICE_PRESIDENT
+US_VICE_PRESIDENT
AMERICAN_VICE-PRESIDENT
\t[USAGOV]
JOHN_J MCCLOY_
\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]
BROKEN_ENTRY_  [KORGOVBUS 2004017-20061201] [KOR]
BAD_CODE_ [NGOEEURENV]
"""

MINI_AGENTS = """\
# comment
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
FARMER [~AGR] # ab 01 Jan 2001
CONGRESS!PERSON! [~LEG]
FOREIGN_!MINIST! [~GOV]
POLICE {} [~COP]
THIEF {THIEVES} [~CRM]
ENVOY [~GOV]
DEPUTY [~GOV]
BOSS [~BUS]
LIBERATION_FORCES_  [~REB]
HUMAN_RIGHTS_BODY  [NGO~]
!MINIST! FOR_DEFENSE [~GOVMIL]
DEFENCE_MINIST [~GOVMIL]
NO_CODE_HERE
"""


def _mini_entries():
    entries, problems = parse_actors(MINI_ACTORS, "mini")
    return {e.id: e for e in merge_entries(entries)}, problems


# ---- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, iso",
    [
        ("780101", "1978-01-01"),  # Obama's ELI start: 78 -> 1978
        ("090120", "2009-01-20"),  # Obama's inauguration: 09 -> 2009
        ("000101", "2000-01-01"),
        ("300101", "2030-01-01"),  # the pivot: 00-30 are 20YY
        ("310101", "1931-01-01"),
        ("18970101", "1897-01-01"),
        ("20120229", "2012-02-29"),
        ("2004017", None),  # seven digits (a typo in International.actors)
        ("20100931", None),  # no 31 September
        ("20110229", None),
        ("abc", None),
    ],
)
def test_petrarch_format_parse_date_century_rule(text, iso):
    assert parse_date(text) == iso


# ---- actor parser --------------------------------------------------------------------------


def test_petrarch_format_actor_aliases_and_default_code():
    entries, _ = _mini_entries()
    afg = entries["AFGHANISTAN"]
    assert afg.phrases == ["afghanistan", "afghan", "kabul", "herat"]
    assert afg.codes == [CodeRange("AFG")]


def test_petrarch_format_actor_dated_restrictions():
    entries, _ = _mini_entries()
    obama = entries["BARACK_OBAMA"]
    assert obama.phrases == ["barack obama", "president obama", "obama"]
    assert obama.codes == [
        CodeRange("USAELI", "1978-01-01", "2000-01-01"),
        CodeRange("USAGOV", "2009-01-20", None),
    ]
    byrnes = entries["JAMES_BYRNES"]  # ';' comment, mixed 8- and 6-digit dates
    assert byrnes.codes == [
        CodeRange("USAELI", "1897-01-01", "1945-07-03"),
        CodeRange("USAGOV", "1945-07-03", "1947-01-21"),
    ]
    king = entries["OLD_KING"]
    assert king.codes == [CodeRange("XYZGOV", None, "1935-01-01"), CodeRange("XYZELI")]


def test_petrarch_format_actor_without_code_joins_next_entry():
    entries, _ = _mini_entries()
    vp = entries["AMERICAN_VICE_PRESIDENT"]
    assert vp.phrases == [
        "american vice president",
        "us vice president",
        "american vice-president",
    ]
    assert vp.codes == [CodeRange("USAGOV")]
    assert "AMERICAN_VICE-PRESIDENT" not in entries


def test_petrarch_format_actor_odd_lines_reported():
    entries, problems = _mini_entries()
    assert entries["JOHN_J_MCCLOY"].phrases == ["john j mccloy", "john mccloy"]
    assert entries["BROKEN_ENTRY"].codes == [CodeRange("KOR")]  # the 7-digit range skipped
    assert "BAD_CODE" not in entries  # its only code is malformed: no entry
    text = "\n".join(problems)
    assert "JOHN_MCCLOY_" in text and "2004017" in text and "NGOEEURENV" in text


def test_petrarch_format_merge_entries_dedupes_and_suffixes():
    text = "A_ [USA]\n+B_\nA_ [USA]\n+C_\nA_ [FRA]\n"
    entries = merge_entries(parse_actors(text)[0])
    assert [(e.id, e.phrases) for e in entries] == [("A", ["a", "b", "c"]), ("A~2", ["a"])]
    assert actor_rows(entries) == [("a", "A", "USA"), ("a", "A~2", "FRA"), ("b", "A", "USA"), ("c", "A", "USA")]


def test_petrarch_format_codes_round_trip():
    codes = (
        CodeRange("AFG"),
        CodeRange("USAELI", "1978-01-01", "2000-01-01"),
        CodeRange("USAGOV", "2009-01-20", None),
        CodeRange("XYZGOV", None, "1935-01-01"),
    )
    field = format_codes(codes)
    assert field == "AFG USAELI@1978-01-01/2000-01-01 USAGOV@2009-01-20/.. XYZGOV@../1935-01-01"
    assert parse_codes(field) == codes


# ---- agent parser --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("FARMER", "FARMERS"),
        ("ENVOY", "ENVOYS"),  # vowel + Y
        ("DEPUTY", "DEPUTIES"),  # consonant + Y
        ("BOSS", "BOSSES"),
        ("CHURCH", "CHURCHES"),
        ("LIBERATION_FORCES_", None),  # stopped with "_": no plural
    ],
)
def test_petrarch_format_regular_plural(phrase, expected):
    assert plural(phrase) == expected


def test_petrarch_format_agents_expand_sets_and_plurals():
    agents, problems = parse_agents(MINI_AGENTS, "mini")
    table = {r[0]: r[1:] for r in agent_rows(agents)}
    assert table["farmer"] == ("AGR", "after", "", "entry")
    assert table["farmers"] == ("AGR", "after", "", "plural")
    assert {p for p in table if p.startswith("congress")} == {
        "congressman", "congressmen", "congresswoman", "congresswomen", "congressperson",
    }
    assert table["foreign ministries"] == ("GOV", "after", "", "substituted")
    assert "foreign ministriess" not in table  # no plural of a substituted phrase
    assert "polices" not in table and table["police"][0] == "COP"  # {}: no plural
    assert table["thieves"] == ("CRM", "after", "", "plural")
    assert "thiefs" not in table
    assert "liberation forcess" not in table
    assert table["human rights body"][:2] == ("NGO", "before")
    assert table["minister for defense"] == ("GOVMIL", "after", "gap", "substituted")
    assert table["defence ministry"] == ("GOVMIL", "after", "", "substituted")  # TABARI stem
    assert "defence minist" not in table and "defence minists" not in table
    assert len(problems) == 1 and "no [code]" in problems[0]


# ---- code_on ---------------------------------------------------------------------------------


def _entry(field: str) -> Entry:
    return Entry("TEST", field)


@pytest.mark.parametrize(
    "field, date, expected",
    [
        ("USAELI@1978-01-01/2000-01-01 USAGOV@2009-01-20/..", "1990-05-01",
         ("USAELI", ("1978-01-01", "2000-01-01"), "dated")),
        ("USAELI@1978-01-01/2000-01-01 USAGOV@2009-01-20/..", "2009-01-20",
         ("USAGOV", ("2009-01-20", None), "dated")),  # ends are included
        ("USAELI@1978-01-01/2000-01-01 USAGOV@2009-01-20/..", "2005-01-01", (None, None, "none")),
        ("AFGELI@1962-01-01/1978-04-27 AFGGOV@1978-04-27/1978-04-30 AFGELI", "1990-01-01",
         ("AFGELI", None, "default")),
        ("A@1990-01-01/2010-01-01 B@2000-01-01/2005-01-01", "2002-06-01",
         ("B", ("2000-01-01", "2005-01-01"), "dated")),  # overlap: the latest start wins
        ("IGOUNO@2000-01-01/2008-08-01 ---", "2010-01-01", (None, None, "default")),  # null code
        ("USAELI@1978-01-01/2000-01-01 USAGOV@2009-01-20/..", None,
         ("USAGOV", ("2009-01-20", None), "latest_open")),
        ("AFGELI@1962-01-01/1978-04-27 AFGELI", None, ("AFGELI", None, "default")),
        ("A@1950-01-01/1960-01-01 B@1961-01-01/1970-01-01", None,
         ("B", ("1961-01-01", "1970-01-01"), "latest_ended")),
        ("", None, (None, None, "none")),
    ],
)
def test_petrarch_code_on_rules(field, date, expected):
    assert code_on(_entry(field), date) == expected


def test_petrarch_code_on_accepts_datetime_and_rejects_junk():
    entry = _entry("USAGOV@2009-01-20/..")
    assert code_on(entry, "2010-05-01T12:00:00Z")[0] == "USAGOV"
    with pytest.raises(ValueError):
        code_on(entry, "May 2010")


# ---- split_cameo ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code, expected",
    [
        ("USA", ("USA", None, None)),
        ("ISRGOV", ("ISR", "GOV", None)),
        ("USAGOVMIL", ("USA", "GOV", "MIL")),
        ("COGGOVHLH", ("COG", "GOV", "HLH")),
        ("USAELI", ("USA", "ELI", None)),
        ("PSEREBHMS", ("PSE", "REB", None)),  # HMS: Hamas's own id, skipped
        ("IGOWSTNAT", (None, "IGO", None)),  # NATO: region and organisation ids skipped
        ("IGOUNOREFHCR", (None, "IGO", "REF")),
        ("NGOUSAHRI", (None, "NGO", "HRI")),
        ("IMGMUSALQ", (None, "REB", None)),
        ("MNC", (None, "BUS", None)),
        ("BUDREB", (None, "REB", None)),  # a role overrides a religion
        ("HINRAD", (None, "REL", None)),
        ("MED", (None, "MED", None)),
        ("KSV", ("XKX", None, None)),
        ("TMPOCC", ("TLS", None, None)),
        ("SUN", ("SUN", None, None)),
        ("SEPREB", (None, "REB", None)),  # separatists are REB; no portfolio equal to the sector
        ("XYZGOV", ("XYZ", "GOV", None)),  # a first block not in the table is the country
        ("---", (None, None, None)),
        (None, (None, None, None)),
    ],
)
def test_petrarch_split_cameo(code, expected):
    assert split_cameo(code) == expected


@pytest.mark.parametrize("code", ["NGOEEURENV", "usagov", "USA GOV"])
def test_petrarch_split_cameo_rejects_malformed(code):
    with pytest.raises(ValueError):
        split_cameo(code)


# ---- the shipped data ----------------------------------------------------------------------


def test_petrarch_shipped_obama_by_date():
    (obama,) = actor_entries("Barack Obama")
    assert obama.id == "BARACK_OBAMA"
    assert actor_entries("PRESIDENT_OBAMA") == (obama,)
    assert code_on(obama, "1990-06-01")[0] == "USAELI"
    assert code_on(obama, "2010-06-01") == ("USAGOV", ("2009-01-20", None), "dated")
    # Source: [USAELI 780101-000101]: 000101 is 2000-01-01 by the two-digit-year rule, so
    # the dictionary gives Obama no code between 2000 and his inauguration (PETRARCH the same).
    assert code_on(obama, "2008-06-01") == (None, None, "none")
    # [USAGOV >090120] has no end in the source: later dates stay USAGOV (a known limit).
    assert code_on(obama, "2020-06-01")[0] == "USAGOV"
    assert split_cameo(code_on(obama, "2010-06-01")[0]) == ("USA", "GOV", None)


@pytest.mark.parametrize(
    "phrase, code, split",
    [
        ("NATO", "IGOWSTNAT", (None, "IGO", None)),
        ("North Atlantic Treaty Organization", "IGOWSTNAT", (None, "IGO", None)),
        ("Hamas", "PSEREBHMS", ("PSE", "REB", None)),
        ("Hezbollah", "LBNREB", ("LBN", "REB", None)),
        ("UNHCR", "IGOUNOREFHCR", (None, "IGO", "REF")),
        ("World Health Organization", "IGOUNOHLHWHO", (None, "IGO", "HLH")),
        ("Taliban", "AFGREB", ("AFG", "REB", None)),
    ],
)
def test_petrarch_shipped_organisations(phrase, code, split):
    entries = actor_entries(phrase)
    assert entries, phrase
    assert code_on(entries[0], "2012-01-01")[0] == code
    assert split_cameo(code) == split


@pytest.mark.parametrize(
    "phrase, code",
    [
        ("farmer", "AGR"),
        ("farmers", "AGR"),
        ("foreign minister", "GOV"),
        ("ministries", "GOV"),
        ("congresswomen", "LEG"),
        ("police", "COP"),
        ("rebels", "REB"),
        ("troops", "MIL"),
        ("students", "EDU"),
        ("defence minister", "GOVMIL"),  # from the TABARI stem DEFENCE_MINIST
        ("defense ministers", "GOVMIL"),
    ],
)
def test_petrarch_shipped_agents(phrase, code):
    assert agent_code(phrase) == code


def test_petrarch_shipped_agent_details():
    assert agent_code("polices") is None
    assert agent_code("no such agent phrase") is None
    assert agent("Foreign_Minister").attach == "after"


def test_petrarch_shipped_codes_all_split():
    codes = set()
    for _, _, field in rows("petrarch_actors.tsv"):
        codes.update(r.code for r in parse_codes(field))
    assert len(codes) > 3000
    for code in codes:
        split_cameo(code)  # raises on a malformed code


def test_petrarch_shipped_headers_and_licence():
    for name in ("petrarch_actors.tsv", "petrarch_agents.tsv"):
        head = (LEXICONS / name).read_text(encoding="utf-8").split("\n", 6)[:6]
        text = "\n".join(head)
        assert "676801cd9cb2924bbbad09f86d15c9323e7097bf" in text
        assert "MIT" in text and "scripts/convert_petrarch.py" in text
    licence = (LEXICONS / "PETRARCH2-LICENSE.txt").read_text(encoding="utf-8")
    assert "Permission is hereby granted, free of charge" in licence
    assert "676801cd9cb2924bbbad09f86d15c9323e7097bf" in licence


def test_petrarch_cameo_table_covers_roles():
    table = {r[0]: r for r in rows("cameo_actor_codes.tsv") if r[1] == "role"}
    for role in ("GOV", "MIL", "OPP", "REB", "BUS", "MED", "ELI", "LEG", "JUD", "COP",
                 "SPY", "CVL", "EDU", "HLH", "LAB", "REF", "AGR"):
        assert role in table, role
        assert len(table[role]) == 6 and table[role][5], role  # every row has a comment


@pytest.mark.skipif(not PETRARCH_SRC.is_dir(), reason="PETRARCH2 source folder not present")
def test_petrarch_converter_is_deterministic(tmp_path):
    subprocess.run(
        [sys.executable, str(REPO / "scripts/convert_petrarch.py"), str(PETRARCH_SRC),
         "--out", str(tmp_path), "--problems", str(tmp_path / "problems.txt")],
        check=True, capture_output=True,
    )
    for name in ("petrarch_actors.tsv", "petrarch_agents.tsv", "PETRARCH2-LICENSE.txt"):
        assert (tmp_path / name).read_bytes() == (LEXICONS / name).read_bytes(), name
