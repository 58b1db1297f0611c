"""The import graph of bot/, handlers/ and content/: no cycle, and arrows only point down.

Every import statement counts, wherever it stands (module level, inside a function, under
TYPE_CHECKING), which is stricter than importing the modules would show. lint-imports checks
the layer contracts in pyproject.toml; this test also checks that there is no cycle at all.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "content")
LAYER = {"content": 0, "handlers": 1, "bot": 2}


def _modules() -> dict[str, Path]:
    found = {}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def import_graph() -> dict[str, set[str]]:
    """module -> the modules of ours it imports (any import statement anywhere in the file)."""
    mods = _modules()
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for mod, path in mods.items():
        is_pkg = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    here = mod.split(".") if is_pkg else mod.split(".")[:-1]
                    here = here[: len(here) - (node.level - 1)]
                    base = ".".join([*here, base] if base else here)
                names = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in mods] or [base]
            for name in names:
                while name and name not in mods:  # "bot.store.sqlite.core.iso" -> "bot.store.sqlite.core"
                    name = name.rpartition(".")[0]
                if name and name != mod:
                    graph[mod].add(name)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path (first == last), or None."""
    state: dict[str, int] = {}  # 1: on the stack, 2: done
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for n in sorted(graph[m]):
            if state.get(n) == 1:
                return [*stack[stack.index(n) :], n]
            if n not in state and (found := visit(n)):
                return found
        stack.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (found := visit(m)):
            return found
    return None


def test_the_graph_sees_our_modules() -> None:
    graph = import_graph()
    assert "handlers.store" in graph["handlers.deps"]
    assert "content.calendar" in graph["handlers.schedule"]
    assert len(graph) > 30


def test_no_import_cycle() -> None:
    assert find_cycle(import_graph()) is None


def test_find_cycle_finds_one() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_imports_only_point_down() -> None:
    up = [
        (m, n)
        for m, targets in import_graph().items()
        for n in targets
        if LAYER[n.split(".")[0]] > LAYER[m.split(".")[0]]
    ]
    assert up == []


if __name__ == "__main__":
    cycle = find_cycle(import_graph())
    print(" -> ".join(cycle) if cycle else "no import cycle among bot/, handlers/, content/")


def test_the_sqlite_store_implements_the_port() -> None:
    import inspect

    from bot.store.sqlite import Store as SQLiteStore
    from handlers.store import Store

    # Store is the union of the role ports (handlers/store_*.py): every operation of every role
    ops = sorted(
        {name for base in Store.__mro__ for name, v in vars(base).items() if inspect.iscoroutinefunction(v)}
    )
    assert len(ops) > 90
    for name in ops:
        port, impl = inspect.signature(getattr(Store, name)), inspect.signature(getattr(SQLiteStore, name))
        # (some mixins annotate self; the rest must read the same)
        assert list(impl.parameters.values())[1:] == list(port.parameters.values())[1:], name
        assert impl.return_annotation == port.return_annotation, name
