"""Filters that say what they do (issue "Daily use", 5): an actor filter takes a country, a
sector or both, in any case and spelling; an unknown code or event type is an error that lists
the valid values, never a filter that silently returns nothing."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.errors import NewsfactsError
from newsfacts.store.vocab import ActorFilter, parse_actor, parse_event_type


@pytest.mark.parametrize("value, expected", [
    ("USA", ActorFilter("USA", None)), ("GOV", ActorFilter(None, "GOV")), ("gov", ActorFilter(None, "GOV")),
    ("MIL", ActorFilter(None, "MIL")), ("USA GOV", ActorFilter("USA", "GOV")), ("usa.gov", ActorFilter("USA", "GOV")),
    ("gov usa", ActorFilter("USA", "GOV")), ("Israel", ActorFilter("ISR", None)), ("Netanyahu", ActorFilter(name="Netanyahu")),
])
def test_vocab_actor_filter(value, expected):
    assert parse_actor(value) == expected


@pytest.mark.parametrize("value", ["XYZ", "USA XYZ", "GOV MIL", "USA ISR"])
def test_vocab_unknown_actor_code_is_an_error_listing_values(value):
    with pytest.raises(NewsfactsError, match="sectors are .*GOV.*MIL") as err:
        parse_actor(value)
    assert err.value.code == "NF310"


@pytest.mark.parametrize("value, expected", [("consult", "CONSULT"), ("ASSAULT", "ASSAULT"),
                                             ("Material Conflict", "material conflict"), ("verbal_cooperation", "verbal cooperation")])
def test_vocab_event_types(value, expected):
    assert parse_event_type(value) == expected


@pytest.mark.parametrize("value", ["FIGHT", "BOGUS"])
def test_vocab_unknown_event_type_lists_the_types(value):
    with pytest.raises(NewsfactsError, match="PLOVER types are AGREE, CONSULT"):
        parse_event_type(value)


@pytest.fixture
def store_path(tmp_path):
    from newsfacts.store.duckdb import FactStore

    path = str(tmp_path / "s.duckdb")
    with FactStore.open(path) as store:
        store.con.execute("INSERT INTO documents (doc_id, text) VALUES ('d1', 'Ann Roe met Bo Lund.')")
        store.con.execute(
            "INSERT INTO events (doc_id, event_id, type, quad_class, source_name, source_country, source_sector, "
            "target_name, target_country, target_sector, start, \"end\") VALUES "
            "('d1', 'v1', 'CONSULT', 'verbal cooperation', 'Ann Roe', 'USA', 'GOV', 'Bo Lund', 'SWE', 'MIL', 0, 19)")
    return path


@pytest.mark.parametrize("args, rows", [
    (["--source", "GOV"], 1), (["--source", "gov"], 1), (["--source", "usa.gov"], 1), (["--source", "USA GOV"], 1),
    (["--target", "MIL"], 1), (["--target", "swe.mil"], 1), (["--source", "MIL"], 0), (["--source", "Roe"], 1),
    (["--type", "consult"], 1), (["--type", "verbal cooperation"], 1), (["--type", "ASSAULT"], 0),
])
def test_vocab_cli_events_filters(store_path, args, rows):
    res = CliRunner().invoke(cli, ["events", "--db", store_path, "--format", "csv", *args])
    assert res.exit_code == 0, res.output
    assert len(res.output.strip().splitlines()) - 1 == rows


@pytest.mark.parametrize("args", [["--type", "FIGHT"], ["--type", "BOGUS"], ["--source", "XYZ"]])
def test_vocab_cli_unknown_values_exit_2(store_path, args):
    res = CliRunner().invoke(cli, ["events", "--db", store_path, *args])
    assert res.exit_code == 2 and "NF310" in res.output and "Traceback" not in res.output


def test_vocab_cli_dyads_country_only(store_path):
    assert CliRunner().invoke(cli, ["dyads", "--db", store_path, "--source", "usa"]).exit_code == 0
    res = CliRunner().invoke(cli, ["dyads", "--db", store_path, "--source", "GOV"])
    assert res.exit_code == 2 and "counted by country" in res.output
