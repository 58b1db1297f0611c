"""Precision audit (round 6b, R2B): which dialogue rules fire for which message, over a pool.

Run: .venv/bin/python bench/audit_r2b.py OUT.tsv [RULE]
Pool: /work/notes/blind6/{dev_a,dev_b,val_c}.tsv (with prev) and tests/data/question_bank*.tsv.
OUT: source, question, prev, rules fired (for the question, not its prev), reply.
"""

from __future__ import annotations

import csv
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import content  # noqa: E402


def pool() -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for name in ("dev_a", "dev_b", "val_c"):
        p = Path(f"/work/notes/blind6/{name}.tsv")
        if not p.exists():
            continue
        with p.open(newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                rows.append((r["id"], r["question"], r.get("prev") or ""))
    for p in sorted((ROOT / "tests/data").glob("question_bank*.tsv")):
        for i, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) >= 3:
                rows.append((f"{p.stem}:{i}", cols[2], ""))
    return rows


class _Fired(logging.Handler):
    """Collects the (rule, detail) pairs content/dialogue.py logs at DEBUG."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.fired: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        rule, _, detail = record.getMessage().partition("\t")
        self.fired.append((rule, detail))


def main() -> None:
    log = logging.getLogger("content.dialogue.rules")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    out = Path(sys.argv[1])
    only = sys.argv[2] if len(sys.argv) > 2 else None
    counts: dict[str, int] = {}
    with out.open("w", encoding="utf-8") as f:
        for rid, q, prev in pool():
            last = content.answer(prev).context if prev else None
            handler = _Fired()
            log.addHandler(handler)
            reply = content.answer(q, last).text
            log.removeHandler(handler)
            fired = handler.fired
            for rule, _ in fired:
                counts[rule] = counts.get(rule, 0) + 1
            if only and not any(r == only for r, _ in fired):
                continue
            tags = ",".join(f"{r}:{d}" if d else r for r, d in fired)
            f.write("\t".join([rid, q, prev, tags, reply.replace("\n", " | ")]) + "\n")
    print(len(pool()), "questions;", counts)


if __name__ == "__main__":
    main()
