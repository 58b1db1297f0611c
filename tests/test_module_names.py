"""No content/, handlers/ or bot/ module binds a module-level name twice unless the second binding
extends the first (``X = (*X, more)``, ``X += ...``): a second definition silently replaces the first
for every function that reads the name at call time (round 16 found three such in content/, each
written by a different tuner, where the first list was never read)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted(p for d in ("content", "handlers", "bot") for p in (ROOT / d).rglob("*.py"))


def _rebound(tree: ast.Module) -> list[tuple[str, int]]:
    seen: dict[str, int] = {}
    out: list[tuple[str, int]] = []
    for node in tree.body:
        names: list[str] = []
        value: ast.AST | None = None
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            value = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names, value = [node.target.id], node.value
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        for name in names:
            extends = value is not None and any(
                isinstance(n, ast.Name) and n.id == name for n in ast.walk(value)
            )
            if name in seen and not extends and name != "__all__":
                out.append((name, node.lineno))
            seen[name] = node.lineno
    return out


@pytest.mark.dateless
@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_name_bound_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert _rebound(tree) == [], f"{path.name}: names bound a second time (line): {_rebound(tree)}"
