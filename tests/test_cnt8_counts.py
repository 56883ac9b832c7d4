"""What a number counts, session 8 rules (nlp/claims/durations.py, hosts.container_of, measured.generic,
owners.owner_after): spans of time, the container of a count, figures named only by a generic noun,
phrases before a noun that are not its owner. Every sentence was written for the test."""

from __future__ import annotations

import pytest

from tests.evidence import claims_by_text, counts_words


@pytest.mark.parametrize(
    "text,surface,counts,evidence",
    [
        # a span of time before or after an event: the time between
        ("Her father died three days before the flood, a cousin said.", "three days", "time before the flood",
         ["before", "the flood"]),
        ("It has been more than a year since the council approved the new budget.", "more than a year",
         "time since the council approved the new budget", ["since", "the council approved the new budget"]),
        # how long a verb was done, with its phrase before the value
        ("She had worked for Acme Bank for more than ten years.", "more than ten years", "time worked for Acme Bank",
         ["worked", "for Acme Bank"]),
        ("He served in the state legislature for six years.", "six years", "time served in the state legislature",
         ["served", "in the state legislature"]),
        # a light verb says nothing: only its phrase
        ("He was in the Senate for eight years.", "eight years", "time in the Senate", ["in the Senate"]),
        # time spent, also "an average of" it
        ("Viewers spent an average of twelve minutes a day on the news site.", "twelve minutes",
         "time spent on the news site", ["on the news site", "spent"]),
        # where the time was spent, read from the words after the value
        ("They stayed 5 days on campus.", "5 days", "time on campus", ["on campus"]),
        ("She could face up to four years in prison.", "up to four years", "time in prison", ["in prison"]),
        ("His 10 years as a county judge made him known.", "10 years", "time as a county judge", ["as a county judge"]),
        # a period named by its possessive
        ("The court gave him six months' probation.", "six months", "probation", ["probation"]),
        # a noun's duration "for": the noun and what it is of
        ("Storage of the samples for 36 hr lowered the signal.", "36 hr", "storage of the samples",
         ["Storage", "the samples"]),
        # the container of a count, from a verb of holding
        ("The cohort consisted of 4,210 nurses.", "4,210", "nurses of the cohort", ["nurses", "The cohort"]),
        ("The trial involved three soil types.", "three", "soil types of the trial", ["soil types", "The trial"]),
        # a part noun joined to the number by a hyphen counts the parts of the noun after it
        ("The navy sent a 12-member diving team.", "12", "member of diving team", ["member", "diving team"]),
        ("Patients filled in a 20-item symptom questionnaire.", "20", "item of symptom questionnaire", ["item", "symptom questionnaire"]),
        # a share or price that changes: a name that is no person is what changed, also after "or"
        ("Acme climbed 40 cents, or 0.9 percent, to $45.10.", "0.9 percent", "Acme", ["Acme"]),
        ("The jobless rate ticked down to 4 percent.", "4 percent", "the jobless rate", ["The jobless rate"]),
        # a figure a verb holds "near"
        ("The bank has held interest rates near zero since 2009.", "zero", "interest rates", ["interest rates"]),
        # "the 43-year-old" as a noun: an age
        ("The 38-year-old asked in the video.", "38-year", "age", ["old"]),
        # a change "by" a value with a word after it that is no distance
        ("Lake temperatures rose by 3 °C from earlier levels.", "3 °C", "Lake temperatures", ["Lake temperatures"]),
    ],
)
def test_count_rules(nlp, text, surface, counts, evidence):
    claim = claims_by_text(nlp, text)[surface]
    assert claim.counts == counts
    assert counts_words(text, claim) == sorted(evidence)


@pytest.mark.parametrize(
    "text,surface",
    [
        # a generic noun names the figure, not what it counts
        ("The actual number is closer to 12 percent.", "12 percent"),
        ("The values are very low at 0.02 ppm.", "0.02 ppm"),
        # a passive verb with a thing for subject: the time is when it was measured, not a time between
        ("Plasma levels were measured 5 weeks after surgery.", "5 weeks"),
        # a fronted time qualifies the clause after it
        ("Two days after the storm, the roads were cleared.", "Two days"),
        # a negated verb: no time it was done
        ("He has not voted for nine years.", "nine years"),
        # a time point ("in 90 days"), a plural place and the first word of a compound are no time spent
        ("The rule takes effect in 60 days in most counties.", "60 days"),
        ("They stayed 5 days on campus-owned land.", "5 days"),
        # "for" a date or a person is no event
        ("They left two days before May 3.", "two days"),
    ],
)
def test_not_taken(nlp, text, surface):
    claim = claims_by_text(nlp, text).get(surface)
    assert claim is not None
    assert claim.counts is None and claim.counts_evidence == []


def test_owner_is_after_the_noun(nlp):
    """A phrase put before the noun ("At site 12, a 0.4‰ rise in ...") is not what the noun is of."""
    text = "At station 12 in the north basin, a 0.4‰ rise in surface salinity was recorded."
    claim = claims_by_text(nlp, text)["0.4‰"]
    assert claim.counts == "rise in surface salinity"
    assert counts_words(text, claim) == ["rise", "surface salinity"]


def test_have_gives_no_container(nlp):
    """"have" is no verb of holding here: "Lopez has 310 delegates, Hill has 129" copies the first
    count's noun to the second, which an owner ("delegates of Lopez") would make wrong."""
    text = "The clinic has 300 nurses. The committee includes nine senators."
    claims = claims_by_text(nlp, text)
    assert claims["300"].counts == "nurses"
    assert claims["nine"].counts == "senators of the committee"
