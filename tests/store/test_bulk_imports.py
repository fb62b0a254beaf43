"""The bulk generator's modules import each other in one direction only (no cycle, and no
import hidden in a function to dodge one)."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import bewustwerven.store.bulk as bulk

PKG = "bewustwerven.store.bulk"


def _imports() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in Path(bulk.__file__).parent.glob("*.py"):
        name = path.stem
        tree = ast.parse(path.read_text(encoding="utf-8"))
        deps: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module == PKG:
                    deps |= {a.name for a in node.names}
                elif node.module.startswith(PKG + "."):
                    deps.add(node.module.removeprefix(PKG + "."))
        graph[name] = deps - {name}
    return graph


def test_no_import_cycle() -> None:
    graph = _imports()
    assert "scoring" in graph["procedure"] and "rows" in graph["scoring"]
    try:
        list(TopologicalSorter(graph).static_order())
    except CycleError as exc:  # pragma: no cover - the failure message
        raise AssertionError(f"import cycle in {PKG}: {exc.args[1]}") from None


def test_no_import_inside_a_function() -> None:
    for path in Path(bulk.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if isinstance(fn, ast.FunctionDef):
                inner = [n for n in ast.walk(fn) if isinstance(n, ast.Import | ast.ImportFrom)
                         and (getattr(n, "module", "") or "").startswith(PKG)]
                assert not inner, f"{path.name}:{fn.name} imports {PKG} at run time"
