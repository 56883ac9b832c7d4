"""Convert PETRARCH2's Phoenix actor and agent dictionaries into newsfacts lexicon TSVs.

Usage (from the repository root)::

    .venv/bin/python scripts/convert_petrarch.py [PETRARCH2_DIR] [--out DIR] [--problems FILE]

PETRARCH2_DIR (default ``../shared/data/petrarch2``) holds ``Phoenix.Countries.actors.txt``,
``Phoenix.International.actors.txt``, ``Phoenix.MilNonState.actors.txt``,
``Phoenix.agents.txt``, ``LICENSE`` and ``SOURCE_COMMIT.txt``. Writes, into DIR (default
``src/newsfacts/lexicons``):

- ``petrarch_actors.tsv``: ``phrase, entry id, code list``, one row per name or alias;
  the code list is ``CODE`` (default code) or ``CODE@START/END`` (ISO dates, ``..`` open),
  space-separated, in source order;
- ``petrarch_agents.tsv``: ``phrase, code, attach, gap, form``, substitution sets and
  plurals expanded;
- ``PETRARCH2-LICENSE.txt``: the MIT notice and the source commit.

The parsing rules (comments, aliases, restrictions, the two-digit-year rule: 00-30 ->
20YY, 31-99 -> 19YY, plurals, substitution sets) are in
:mod:`newsfacts.lexicons.petrarch_format`. The output is sorted and carries no time stamp,
so a re-run on the same input gives the same bytes. Lines that cannot be read are
listed on stderr (or in ``--problems FILE``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsfacts.lexicons.petrarch_format import (
    CENTURY_PIVOT,
    actor_rows,
    agent_rows,
    merge_entries,
    parse_actors,
    parse_agents,
)

REPO = Path(__file__).resolve().parent.parent
ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
AGENT_FILE = "Phoenix.agents.txt"
COMMAND = "python scripts/convert_petrarch.py ../shared/data/petrarch2"
SOURCE_URL = "https://github.com/openeventdata/petrarch2"


def source_line(src: Path) -> str:
    """``<url> commit <sha> (<date>)`` from SOURCE_COMMIT.txt."""
    commit = (src / "SOURCE_COMMIT.txt").read_text(encoding="utf-8").strip()
    return f"{SOURCE_URL} commit {commit}"


def header(src: Path, files: list[str], columns: str, lines: list[str]) -> str:
    """The comment block at the top of one TSV."""
    out = [
        f"# From PETRARCH2's Phoenix dictionaries: {', '.join(files)}",
        f"# Source: {source_line(src)}",
        "# Licence: MIT, Copyright (c) 2014 Open Event Data Alliance (see PETRARCH2-LICENSE.txt)",
        f"# Made by: {COMMAND}  (parser: newsfacts/lexicons/petrarch_format.py)",
        *[f"# {line}" for line in lines],
        f"# {columns}",
    ]
    return "\n".join(out) + "\n"


def write_tsv(path: Path, head: str, rows: list[tuple[str, ...]]) -> None:
    """Write the header and the rows as UTF-8 with ``\\n`` line ends."""
    body = "".join("\t".join(r) + "\n" for r in rows)
    path.write_bytes((head + body).encode("utf-8"))


def convert_actors(src: Path, out: Path, problems: list[str]) -> tuple[int, int]:
    """Write petrarch_actors.tsv; returns (entries, rows)."""
    entries = []
    for name in ACTOR_FILES:
        parsed, found = parse_actors((src / name).read_text(encoding="utf-8"), name)
        entries += parsed
        problems += found
    entries = merge_entries(entries)
    rows = actor_rows(entries)
    notes = [
        f"{len(entries)} entries, {len(rows)} phrases. Phrases: lower case, '_' as a space.",
        f"Two-digit years: 00-{CENTURY_PIVOT} are 20YY, the rest 19YY (780101 = 1978-01-01).",
        "Code list: CODE = default (when no range holds); CODE@START/END, '..' = open end;",
        "both ends included; ranges in source order. An entry id repeated with other codes",
        "is suffixed ~2, ~3. Codes are CAMEO actor codes: see cameo_actor_codes.tsv.",
    ]
    head = header(src, list(ACTOR_FILES), "phrase\tentry id\tcodes", notes)
    write_tsv(out / "petrarch_actors.tsv", head, rows)
    return len(entries), len(rows)


def convert_agents(src: Path, out: Path, problems: list[str]) -> int:
    """Write petrarch_agents.tsv; returns its row count."""
    agents, found = parse_agents((src / AGENT_FILE).read_text(encoding="utf-8"), AGENT_FILE)
    problems += found
    rows = agent_rows(agents)
    notes = [
        f"{len(rows)} phrases (substitution sets !PERSON!/!MINIST! and plurals expanded).",
        "attach: after = the code follows the actor's code (~GOV), before = precedes it (NGO~).",
        "gap: the source joined words with a blank: PETRARCH lets other words come between.",
        "form: entry (written), substituted (from a !SET!), plural ({...} or regular);",
        "for a phrase listed twice, the first row is the one to use.",
    ]
    head = header(src, [AGENT_FILE], "phrase\tcode\tattach\tgap\tform", notes)
    write_tsv(out / "petrarch_agents.tsv", head, rows)
    return len(rows)


def write_licence(src: Path, out: Path) -> None:
    """Write PETRARCH2-LICENSE.txt: what was taken, from where, and the MIT notice."""
    text = (
        "The files petrarch_actors.tsv and petrarch_agents.tsv in this folder are derived from\n"
        f"the Phoenix dictionaries of PETRARCH2 ({', '.join(ACTOR_FILES)}, {AGENT_FILE}),\n"
        f"{source_line(src)},\n"
        "converted by scripts/convert_petrarch.py. The dictionaries state: Copyright (c) 2014\n"
        "Open Event Data Alliance, The MIT License. The repository's LICENSE follows.\n\n"
        + (src / "LICENSE").read_text(encoding="utf-8").strip()
        + "\n"
    )
    (out / "PETRARCH2-LICENSE.txt").write_bytes(text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    """Run the conversion; print the counts and the problems met."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("src", nargs="?", default=str(REPO.parent / "shared/data/petrarch2"))
    parser.add_argument("--out", default=str(REPO / "src/newsfacts/lexicons"))
    parser.add_argument("--problems", help="write the problems here instead of stderr")
    args = parser.parse_args(argv)
    src, out = Path(args.src), Path(args.out)
    problems: list[str] = []
    entries, actor_count = convert_actors(src, out, problems)
    agent_count = convert_agents(src, out, problems)
    write_licence(src, out)
    report = "\n".join(problems) + ("\n" if problems else "")
    if args.problems:
        Path(args.problems).write_text(report, encoding="utf-8")
    else:
        sys.stderr.write(report)
    print(f"actors: {entries} entries, {actor_count} rows; agents: {agent_count} rows; "
          f"{len(problems)} problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
