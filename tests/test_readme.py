"""The README's two commands work from a fresh clone, and every CLI command is documented."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsfacts.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_names_the_two_setup_commands():
    block = re.search(r"## Two commands.*?```\n(.*?)```", README, re.S)
    assert block, "README has no 'Two commands' block"
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in ci


@pytest.mark.model
def test_readme_demo_runs_from_a_fresh_clone(tmp_path):
    if not (ROOT / ".git").exists() or shutil.which("git") is None or shutil.which("make") is None:
        pytest.skip("needs a git checkout, git and make")
    clone = tmp_path / "nf"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    # What `make demo` will run on a fresh machine: venv creation, pinned install, then extract.
    plan = subprocess.run(["make", "-n", "demo"], cwd=clone, capture_output=True, text=True, check=True).stdout
    assert "-m venv" in plan and "requirements.lock" in plan
    extract_line = [line for line in plan.splitlines() if "newsfacts extract" in line]
    assert len(extract_line) == 1
    # Run that command in the clone with this environment's interpreter (the install is tested by CI itself).
    args = extract_line[0].split()
    assert args[0].endswith("bin/newsfacts")
    env = dict(os.environ, PYTHONPATH=str(clone / "src"))
    out = subprocess.run([sys.executable, "-m", "newsfacts", *args[1:]], cwd=clone, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "People" in out.stdout and "NOR GOV" in out.stdout


def _commands(group, prefix=()):
    for name, cmd in sorted(group.commands.items()):
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, prefix + (name,))
        else:
            yield prefix + (name,)


@pytest.mark.parametrize("path", list(_commands(cli)), ids=lambda p: " ".join(p))
def test_readme_every_command_has_help_and_is_documented(path):
    r = CliRunner().invoke(cli, [*path, "--help"])
    assert r.exit_code == 0
    assert "Example" in r.output or "example" in r.output, f"`newsfacts {' '.join(path)} --help` has no example"
    docs = README + "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    assert f"newsfacts {' '.join(path)}" in docs, f"`newsfacts {' '.join(path)}` is not in the README or docs/"
