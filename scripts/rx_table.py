"""Write content/rx_table.py: the gate of every content pattern (content/rx.py), so a process reads
it from a table instead of parsing each pattern on its first use.

Run from the checkout after changing patterns: .venv/bin/python scripts/rx_table.py
"""

from __future__ import annotations

import gc
import importlib
import json
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from content import rx  # noqa: E402


def _py(gate: rx.TableGate) -> str:
    """The gate as Python source with double quotes (as ruff would write it)."""

    def tup(items: list[str]) -> str:
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"

    return tup([tup([tup([json.dumps(k), json.dumps(x)]) for k, x in clause]) for clause in gate])


def main() -> None:
    import content

    for info in pkgutil.iter_modules(content.__path__):
        importlib.import_module(f"content.{info.name}")
    # every pattern made so far (module level, in tables, in closures): gc sees each Gated
    gates = {
        rx.table_key(g._pattern, g._flags): rx.table_gate(g._pattern, g._flags)
        for g in gc.get_objects()
        if isinstance(g, rx.Gated)
    }
    lines = [
        '"""Gates of content patterns (content/rx.py), written by scripts/rx_table.py: a digest of the',
        "pattern and its flags -> its clauses, each a tuple of (kind, text) atoms. Write it again after",
        'changing patterns (a pattern missing here is only read with the parser on its first use)."""',
        "",
        "GATES: dict[str, tuple[tuple[tuple[str, str], ...], ...]] = {",
    ]
    # one line per pattern (the file is left out of ruff format in pyproject.toml): "..." quotes
    lines += [f"    {json.dumps(k)}: {_py(v)}," for k, v in sorted(gates.items())]
    lines.append("}")
    out = ROOT / "content" / "rx_table.py"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(gates)} patterns, {sum(bool(v) for v in gates.values())} with a gate")


if __name__ == "__main__":
    main()
