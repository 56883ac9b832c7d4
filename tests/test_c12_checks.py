"""The lead check (session 11, helper C2): a lead in points stated with the two shares it is the
difference of ("leading Trump by 15 points ..., 52 percent to 37 percent")."""

from __future__ import annotations


def _lead_checks(record: dict) -> list:
    seen, out = set(), []
    for c in record["claims"]:
        for ch in c["checks"]:
            if ch["kind"] == "lead" and tuple(ch["claims"]) not in seen:
                seen.add(tuple(ch["claims"]))
                out.append(ch)
    return out


def test_c12_a_lead_that_is_the_difference_of_its_shares(extract_text):
    r = extract_text("A poll from Marquette Law School released Wednesday found Clinton leading Trump by 15 points "
                     "among likely voters in Wisconsin, 52 percent to 37 percent.")
    checks = _lead_checks(r)
    assert [c["verdict"] for c in checks] == ["consistent"]
    assert "52% − 37% = 15" in checks[0]["arithmetic"]


def test_c12_a_lead_that_is_not_the_difference_of_its_shares(extract_text):
    r = extract_text("A Quinnipiac poll released Tuesday found Clinton leading Trump by 9 points, 46 percent to 40 percent.")
    assert [c["verdict"] for c in _lead_checks(r)] == ["inconsistent"]


def test_c12_a_decimal_lead_within_rounding(extract_text):
    r = extract_text("In Pennsylvania, she is up an average of 9.2 percentage points at 49.2 percent to 40 percent for "
                     "Trump, according to the RealClearPolitics polling average.")
    assert [c["verdict"] for c in _lead_checks(r)] == ["consistent"]


def test_c12_a_margin_of_error_is_no_lead(extract_text):
    r = extract_text("Support in the poll fell from 71 percent to 55 percent, a drop outside the sample's 10 "
                     "percentage-point margin of error.")
    assert _lead_checks(r) == []
