"""No module of the product binds a module-level name twice: a second `_WHICH_KIND = …` further down
silently replaces the first for every function that reads it (found when a new pattern took the
name of an older one and answers about universities changed)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MODULES = sorted(p for pkg in ("assistant", "corpus", "index", "ui", "evals") for p in (REPO / pkg).glob("*.py"))


def _bound_twice(source: str) -> list[str]:
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            seen[name] = seen.get(name, 0) + 1
    return [name for name, n in seen.items() if n > 1]


def test_the_check_finds_a_name_bound_twice():
    assert _bound_twice("_KIND = 1\ndef f():\n    return _KIND\n_KIND = 2\n") == ["_KIND"]


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(REPO)) for p in MODULES])
def test_no_module_level_name_is_bound_twice(path):
    assert _bound_twice(path.read_text(encoding="utf-8")) == []
