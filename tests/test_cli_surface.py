"""The public surface, pinned: ``newsfacts.__all__`` and every CLI command with its options.

A change to either must edit this file (and say so in the change log). Also the CLI's
shape: one error path, the quote-model options passed to ``build_nlp``, no error-code
literals, no hidden imports.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import newsfacts
from newsfacts.cli import cli
from newsfacts.errors import E_EVAL_DATA, InputError, NewsfactsError

CLI_DIR = Path(newsfacts.__file__).parent / "cli"

PUBLIC_NAMES = ["Options", "SCHEMA_VERSION", "__version__", "build_nlp", "extract", "facts_from_doc", "process"]

#: Every command path -> (its arguments, its options).
COMMANDS = {
    "actors": ([], ["--db", "--format", "--parquet", "--top", "--type"]),
    "dyads": ([], ["--background", "--by", "--count", "--db", "--format", "--from", "--modality", "--parquet", "--source", "--target", "--to"]),
    "eval": ([], []),
    "eval claims": ([], ["--json", "--limit", "--measeval", "--split"]),
    "eval events": ([], ["--conflibert", "--json", "--petrarch", "--plover", "--rounds", "--split"]),
    "eval places": (["folder"], ["--json", "--limit", "--sample", "--seed"]),
    "eval quotes": ([], ["--json", "--limit", "--per-article", "--polnear", "--quotes-mode", "--quotes-model", "--split"]),
    "events": ([], ["--background", "--db", "--format", "--from", "--limit", "--modality", "--parquet", "--source", "--target", "--to",
                    "--type"]),
    "export": (["out"], ["--background", "--db", "--force", "--format", "--modality"]),
    "claims": ([], ["--db", "--disagreements", "--format", "--limit", "--parquet"]),
    "extract": (["files"], ["--format", "--json", "--pretty", "--published", "--quotes-mode", "--quotes-model", "--reference", "--source",
                            "--title"]),
    "ingest": (["inputs"], ["--batch-size", "--db", "--json", "--max-chars", "--metadata", "--no-cluster", "--published-field", "--quiet",
                            "--reference", "--text-field", "--update-metadata", "--verbose", "--workers", "-q", "-v", "-w"]),
    "quotes": ([], ["--db", "--format", "--from", "--limit", "--parquet", "--reactions", "--speaker", "--to"]),
    "serve": ([], ["--allow-host", "--cache-mb", "--db", "--host", "--max-upload-mb", "--port"]),
    "spark": (["inputs", "output"], ["--format", "--master", "--overwrite", "--partitions", "--published-field", "--text-field"]),
    "sql": (["query"], ["--db", "--format", "--parquet"]),
    "train": ([], []),
    "train quotes": ([], ["--epochs", "--limit", "--out", "--polnear", "--seed"]),
}


def _walk(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, cmd in sorted(group.commands.items()):
        path = prefix + (name,)
        yield " ".join(path), cmd
        if isinstance(cmd, click.Group):
            yield from _walk(cmd, path)


def _shape(cmd: click.Command) -> tuple[list[str], list[str]]:
    args = [p.name for p in cmd.params if isinstance(p, click.Argument)]
    opts = sorted(o for p in cmd.params if isinstance(p, click.Option) for o in p.opts)
    return args, opts


def test_cli_surface_public_names():
    assert newsfacts.__all__ == PUBLIC_NAMES
    for name in PUBLIC_NAMES:
        assert getattr(newsfacts, name) is not None


def test_cli_surface_command_paths():
    assert [path for path, _ in _walk(cli)] == sorted(COMMANDS)


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_cli_surface_command_arguments_and_options(path):
    cmd = dict(_walk(cli))[path]
    assert _shape(cmd) == COMMANDS[path]


def test_cli_surface_console_script_target():
    """pyproject.toml's ``newsfacts = "newsfacts.cli:main"`` still names a callable."""
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^newsfacts = "newsfacts\.cli:main"$', pyproject, re.M)
    from newsfacts.cli import main

    assert callable(main)


@pytest.mark.parametrize("module", ["newsfacts", "newsfacts.cli"])
def test_cli_surface_runs_as_module(module):
    out = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "extract" in out.stdout and "ingest" in out.stdout


@pytest.mark.parametrize(
    "exc, line",
    [
        (InputError("no such file: a.txt", code="NF101"), "newsfacts: [NF101] no such file: a.txt"),
        (NewsfactsError("bad data", code=E_EVAL_DATA), f"newsfacts: [{E_EVAL_DATA}] bad data"),
    ],
)
def test_cli_surface_reports_errors_one_line_exit_2(exc, line):
    from newsfacts.cli.options import reports_errors

    @click.command()
    @reports_errors
    def boom():
        raise exc

    result = CliRunner().invoke(boom, [])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [line]
    assert result.stdout == ""


def test_cli_surface_reports_errors_lets_other_errors_through():
    from newsfacts.cli.options import reports_errors

    @click.command()
    @reports_errors
    def boom():
        raise KeyError("x")

    result = CliRunner().invoke(boom, [])
    assert isinstance(result.exception, KeyError)


@pytest.mark.parametrize(
    "argv, env, expected",
    [
        ([], {}, (None, "augment")),
        (["--quotes-mode", "model"], {}, (None, "model")),
        (["--quotes-model", "{dir}"], {}, ("{dir}", "augment")),
        ([], {"NEWSFACTS_QUOTES_MODEL": "{dir}", "NEWSFACTS_QUOTES_MODE": "combined"}, ("{dir}", "combined")),
        (["--quotes-mode", "model"], {"NEWSFACTS_QUOTES_MODE": "combined"}, (None, "model")),
    ],
)
def test_cli_surface_extract_passes_quote_model_options_to_build_nlp(tmp_path, monkeypatch, argv, env, expected):
    import newsfacts.pipeline as pipeline

    seen = []
    monkeypatch.setattr(pipeline, "build_nlp", lambda **kw: seen.append((kw["quotes_model"], kw["quotes_mode"])) or "NLP")
    monkeypatch.setattr(pipeline, "process", lambda items, nlp: [{"nlp": nlp, "n": len(list(items))}])
    article = tmp_path / "a.txt"
    article.write_text("Hello.", encoding="utf-8")
    fill = {k: v.replace("{dir}", str(tmp_path)) for k, v in env.items()}
    argv = [a.replace("{dir}", str(tmp_path)) for a in argv]
    result = CliRunner().invoke(cli, ["extract", str(article), "--json", *argv], env=fill)
    assert result.exit_code == 0, result.output
    assert '"nlp": "NLP"' in result.stdout
    want = tuple(v.replace("{dir}", str(tmp_path)) if v else v for v in expected)
    assert seen == [want]


@pytest.mark.parametrize("path", ["extract", "eval quotes"])
def test_cli_surface_quotes_mode_choices_are_the_pipelines(path):
    from newsfacts.pipeline import QUOTES_MODES

    (mode,) = [p for p in dict(_walk(cli))[path].params if p.name == "quotes_mode"]
    assert sorted(mode.type.choices) == sorted(QUOTES_MODES)


def test_cli_surface_quotes_model_must_be_a_folder(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "-", "--quotes-model", str(tmp_path / "nope")], input="Hi.")
    assert result.exit_code == 2 and "--quotes-model" in result.stderr


def test_cli_surface_eval_quotes_passes_the_nlp(tmp_path, monkeypatch):
    import newsfacts.evaluation.polnear as polnear
    import newsfacts.pipeline as pipeline

    seen = {}
    monkeypatch.setattr(pipeline, "build_nlp", lambda **kw: ("NLP", kw["quotes_model"], kw["quotes_mode"]))

    def evaluate(folder, split, *, nlp=None, limit=None):
        seen.update(folder=folder, split=split, nlp=nlp, limit=limit)
        return {"scores": {}, "per_article": [{"doc": "a"}]}

    monkeypatch.setattr(polnear, "evaluate", evaluate)
    per = tmp_path / "per.jsonl"
    args = ["eval", "quotes", "--polnear", str(tmp_path), "--split", "train", "--limit", "3", "--per-article", str(per),
            "--quotes-model", str(tmp_path), "--quotes-mode", "combined", "--json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert seen == {"folder": str(tmp_path), "split": "train", "nlp": ("NLP", str(tmp_path), "combined"), "limit": 3}
    assert per.read_text(encoding="utf-8") == '{"doc": "a"}\n'
    assert "trained on train" in result.stderr


def test_cli_surface_eval_quotes_unwritable_per_article_fails_first(tmp_path, monkeypatch):
    import newsfacts.evaluation.polnear as polnear

    monkeypatch.setattr(polnear, "evaluate", lambda *a, **k: pytest.fail("evaluated before the per-article check"))
    result = CliRunner().invoke(cli, ["eval", "quotes", "--polnear", str(tmp_path), "--per-article", str(tmp_path / "no" / "x.jsonl")])
    assert result.exit_code == 2
    assert result.stderr.startswith("newsfacts: [NF106] can't write")


def test_cli_surface_missing_gold_folder_is_nf401(tmp_path):
    result = CliRunner().invoke(cli, ["train", "quotes", "--polnear", str(tmp_path / "nope"), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1].startswith(f"newsfacts: [{E_EVAL_DATA}]")


@pytest.mark.parametrize("path", sorted(CLI_DIR.glob("*.py")), ids=lambda p: p.name)
def test_cli_surface_no_code_literals_or_hidden_imports(path):
    src = path.read_text(encoding="utf-8")
    assert not re.search(r"NF\d{3}", src), "error codes come from newsfacts.errors"
    assert "__import__" not in src and "importlib" not in src
    assert "os.environ" not in src, "use click's envvar="
