"""The packages import each other without cycles, counting imports inside functions too (only
`if TYPE_CHECKING:` blocks are left out): a deferred import must not be the way around a cycle."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("crawlers", "pipeline", "nlp", "flows", "pantau")


def module_files() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (REPO / package).rglob("*.py"):
            parts = path.relative_to(REPO).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imported(tree: ast.Module, modules: dict[str, Path]) -> set[str]:
    """Repo modules a module imports (`from pkg import sub` counts as `pkg.sub`, not `pkg`)."""
    typing_only = {
        id(sub)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for sub in ast.walk(node)
    }
    names: list[str] = []
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names += [
                f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules else node.module
                for a in node.names
            ]
    out = set()
    for name in names:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        if name:
            out.add(name)
    return out


def import_graph() -> dict[str, set[str]]:
    modules = module_files()
    graph = {
        name: imported(ast.parse(path.read_text(encoding="utf-8")), modules)
        for name, path in modules.items()
    }
    return {name: deps - {name} for name, deps in graph.items()}


def test_the_graph_sees_the_packages_imports():
    graph = import_graph()
    assert "pipeline.store.table_store" in graph["pipeline.store"]
    assert "flows.crawl" in graph["flows.full"]


def test_no_module_imports_itself_back_through_others():
    try:
        TopologicalSorter(import_graph()).prepare()
    except CycleError as exc:
        pytest.fail(f"import cycle: {' -> '.join(exc.args[1])}")
