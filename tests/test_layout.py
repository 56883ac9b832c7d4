"""The code's shape, held by tests: module and function sizes, one-way imports, no cycles,
no private names across modules, no environment reads below the faces (docs/architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PKG = SRC / "newsfacts"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80

#: Layers, lowest first: a module may import from its own layer and the layers below it.
LAYERS = (
    ("newsfacts.errors", "newsfacts.schema"),
    ("newsfacts.lexicons",),
    ("newsfacts.nlp",),
    ("newsfacts.pipeline",),
    ("newsfacts.store",),
    ("newsfacts.corpus",),
    ("newsfacts.evaluation", "newsfacts.training"),
    ("newsfacts.cli", "newsfacts.web", "newsfacts.spark", "newsfacts.__main__"),
)
#: The faces may read the environment (and nothing below them may).
ENV_READERS = ("newsfacts.cli", "newsfacts.web.app", "newsfacts.spark")


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PKG.rglob("*.py")):
        if "node_modules" in path.parts:
            continue
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


MODULES = _modules()
TREES = {name: ast.parse(path.read_text(encoding="utf-8")) for name, path in MODULES.items()}


def _imports(name: str) -> list[tuple[str, list[str], int]]:
    """(imported module, imported names, line) for every import in module ``name``, at any depth."""
    is_pkg = MODULES[name].name == "__init__.py"
    out = []
    for node in ast.walk(TREES[name]):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_pkg else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            out.append((target, [a.name for a in node.names], node.lineno))
        elif isinstance(node, ast.Import):
            out.extend((a.name, [], node.lineno) for a in node.names)
    return out


def _internal_targets(name: str) -> list[tuple[str, int]]:
    found = []
    for target, names, line in _imports(name):
        if not target.startswith("newsfacts"):
            continue
        for candidate in [target] + [f"{target}.{n}" for n in names]:
            if candidate in MODULES and candidate != name:
                found.append((candidate, line))
    return found


def _layer(name: str) -> int:
    for k, prefixes in enumerate(LAYERS):
        if any(name == p or name.startswith(p + ".") for p in prefixes):
            return k
    return -1  # the package face itself


def test_layout_modules_under_limit():
    big = {n: len(p.read_text(encoding="utf-8").splitlines()) for n, p in MODULES.items()}
    assert {n: k for n, k in big.items() if k > MAX_MODULE_LINES} == {}


def test_layout_functions_under_limit():
    long = []
    for name, tree in TREES.items():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    long.append(f"{name}.{node.name} ({n} lines)")
    assert long == []


def test_layout_no_private_names_imported_across_modules():
    private = [
        f"{name}:{line} imports {n} from {target}"
        for name in MODULES
        for target, names, line in _imports(name)
        if target.startswith("newsfacts")
        for n in names
        if n.startswith("_") and not n.startswith("__")
    ]
    assert private == []


def test_layout_imports_run_one_way():
    upward = [
        f"{name}:{line} -> {target}"
        for name in MODULES
        if _layer(name) >= 0
        for target, line in _internal_targets(name)
        if _layer(target) > _layer(name)
    ]
    assert upward == []


def test_layout_no_import_cycles():
    graph = {name: {t for t, _ in _internal_targets(name) if not name.startswith(t + ".")} for name in MODULES}
    cycles, seen = [], set()

    def visit(node, stack, on_stack):
        for nxt in graph[node]:
            if nxt in on_stack:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in seen:
                seen.add(nxt)
                visit(nxt, stack + [nxt], on_stack | {nxt})

    for start in MODULES:
        if start not in seen:
            seen.add(start)
            visit(start, [start], {start})
    assert cycles == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_layout_environment_read_only_by_faces(name):
    if name.startswith(ENV_READERS):
        return
    source = MODULES[name].read_text(encoding="utf-8")
    assert "os.environ" not in source and "getenv(" not in source
